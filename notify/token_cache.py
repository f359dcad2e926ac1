"""The WeChat access token cached in the database, so every API and worker process shares one (wechat-api.md §2c)."""

from core import db
from notify.models import WeChatAccessToken
from wechat.client import CachedToken


class DatabaseTokenCache:
    """Implements wechat.client.TokenCache. delete_if is one conditional DELETE: compare-and-delete in SQL."""

    def __init__(self, appid: str) -> None:
        self.appid = appid

    async def get(self) -> CachedToken | None:
        row = await WeChatAccessToken.filter(appid=self.appid).first()
        return CachedToken(token=row.token, expires_at=row.expires_at) if row else None

    @db.retry_lock_conflicts
    async def put(self, token: CachedToken) -> None:
        # Processes storing one at the same moment: stable tokens are the same, either will do.
        await db.upsert(WeChatAccessToken, {"appid": self.appid, "token": token.token, "expires_at": token.expires_at},
                        conflict=("appid",), replace=("token", "expires_at"))

    async def delete_if(self, token: str) -> bool:
        return await WeChatAccessToken.filter(appid=self.appid, token=token).delete() > 0
