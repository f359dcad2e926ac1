"""Async client for the WeChat server API (wechat-api.md §1, §2b, §2c, §9)."""

import asyncio
import json
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Protocol

from wechat.errors import WeChatError, WeChatTokenError, WeChatUnavailable, classify
from wechat.transport import AiohttpTransport, AsgiTransport, Transport, TransportError

BUSY_BACKOFF_SECONDS = (0.5, 1.0, 2.0)


@dataclass(frozen=True)
class WeChatSession:
    openid: str
    session_key: str
    unionid: str | None = None


@dataclass(frozen=True)
class CachedToken:
    token: str
    expires_at: float  # epoch seconds after which we refetch


class TokenCache(Protocol):
    async def get(self) -> CachedToken | None: ...
    async def put(self, token: CachedToken) -> None: ...
    async def delete_if(self, token: str) -> bool: ...


class MemoryTokenCache:
    """One process's cache. A cache shared between processes implements the same three calls."""

    def __init__(self) -> None:
        self._value: CachedToken | None = None

    async def get(self) -> CachedToken | None:
        return self._value

    async def put(self, token: CachedToken) -> None:
        self._value = token

    async def delete_if(self, token: str) -> bool:
        # Compare-and-delete: N concurrent failures of the same token cause one refetch, not N.
        if self._value is not None and self._value.token == token:
            self._value = None
            return True
        return False


class WeChatClient:
    def __init__(self, appid: str, secret: str, *, base_url: str = "https://api.weixin.qq.com",
                 app: Callable | None = None, token_cache: TokenCache | None = None,
                 sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
                 wall_clock: Callable[[], float] = time.time, busy_attempts: int = 3,
                 on_error: Callable[[str, int], None] | None = None,
                 timeout: float = 5.0, connect_timeout: float = 3.0):
        """Over HTTP (aiohttp, keep-alive) to `base_url`; or, given `app`, to that ASGI app in this process (the
        fake WeChat of dev, the demo and most tests)."""
        self.appid = appid
        self._secret = secret
        self._http: Transport = (AsgiTransport(app, timeout=timeout) if app is not None
                                 else AiohttpTransport(base_url, timeout=timeout, connect_timeout=connect_timeout))
        self._tokens = token_cache or MemoryTokenCache()
        self._token_lock = asyncio.Lock()
        self._sleep = sleep
        self._wall_clock = wall_clock
        self._busy_attempts = busy_attempts
        # Told of every errcode WeChat answers (metrics); must not raise.
        self._on_error = on_error

    async def aclose(self) -> None:
        await self._http.aclose()

    async def code2session(self, js_code: str) -> WeChatSession:
        """Exchange a wx.login code for the user's openid and session key (§1)."""
        params = {"appid": self.appid, "secret": self._secret, "js_code": js_code,
                  "grant_type": "authorization_code"}
        body = await self._retrying(lambda: self._request("GET", "/sns/jscode2session", params=params))
        return WeChatSession(openid=body["openid"], session_key=body["session_key"], unionid=body.get("unionid"))

    async def access_token(self) -> str:
        cached = await self._tokens.get()
        if cached and cached.expires_at > self._wall_clock():
            return cached.token
        async with self._token_lock:  # single flight within the process
            cached = await self._tokens.get()
            if cached and cached.expires_at > self._wall_clock():
                return cached.token
            fresh = await self._fetch_stable_token()
            await self._tokens.put(fresh)
            return fresh.token

    async def call(self, method: str, path: str, json_body: dict | None = None, *, image: bool = False):
        """A business API call with the access token; on 40001/40014/42001 refresh once and retry once (§2c).
        `image=True` for APIs that answer image bytes on success and JSON on failure (§4a)."""
        token = await self.access_token()
        try:
            return await self._request(method, path, params={"access_token": token}, json_body=json_body, image=image)
        except WeChatTokenError:
            await self._tokens.delete_if(token)
        token = await self.access_token()
        return await self._request(method, path, params={"access_token": token}, json_body=json_body, image=image)

    async def get_unlimited_qrcode(self, scene: str, page: str, *, width: int = 430, check_path: bool = True,
                                   env_version: str = "release") -> bytes:
        """getwxacodeunlimit (§4a): a mini-program code carrying `scene`. Idempotent, so busy (-1) is retried."""
        body = {"scene": scene, "page": page, "width": width, "check_path": check_path, "env_version": env_version}
        return await self._retrying(lambda: self.call("POST", "/wxa/getwxacodeunlimit", body, image=True))

    async def send_subscribe_message(self, openid: str, template_id: str, data: dict[str, dict[str, str]], *,
                                     page: str = "", state: str = "formal", lang: str = "zh_CN") -> str | None:
        """subscribeMessage.send (§3): not idempotent, so busy (-1) is not retried here; returns the msgid."""
        body = {"touser": openid, "template_id": template_id, "data": data, "miniprogram_state": state,
                "lang": lang}
        if page:
            body["page"] = page
        answer = await self.call("POST", "/cgi-bin/message/subscribe/send", body)
        msgid = answer.get("msgid")
        return None if msgid is None else str(msgid)

    async def _fetch_stable_token(self, force_refresh: bool = False) -> CachedToken:
        body = {"grant_type": "client_credential", "appid": self.appid, "secret": self._secret,
                "force_refresh": force_refresh}
        answer = await self._retrying(lambda: self._request("POST", "/cgi-bin/stable_token", json_body=body))
        expires_in = int(answer["expires_in"])
        # Normal mode may hand out a token with as little as 300 s left; never keep it to the last second.
        keep_for = max(expires_in - 300, expires_in // 2)
        return CachedToken(token=answer["access_token"], expires_at=self._wall_clock() + keep_for)

    async def _retrying(self, call: Callable[[], Awaitable]):
        """Retry busy (-1) and transport failures with exponential backoff and jitter; idempotent calls only."""
        for attempt in range(self._busy_attempts):
            try:
                return await call()
            except WeChatUnavailable:
                if attempt == self._busy_attempts - 1:
                    raise
                base = BUSY_BACKOFF_SECONDS[min(attempt, len(BUSY_BACKOFF_SECONDS) - 1)]
                await self._sleep(base * (1 + random.random() * 0.25))
        raise AssertionError("unreachable")

    async def _request(self, method: str, path: str, *, params: dict | None = None,
                       json_body: dict | None = None, image: bool = False):
        content = None
        if json_body is not None:
            # Raw UTF-8, not \u escapes: WeChat mis-reads escaped Chinese (§0).
            content = json.dumps(json_body, ensure_ascii=False).encode()
        try:
            response = await self._http.request(method, path, params, content)
        except TransportError as exc:
            raise WeChatUnavailable(-1, f"transport: {exc}") from exc
        if response.status >= 500:
            raise WeChatUnavailable(-1, f"http {response.status}")
        if response.status >= 400:
            raise WeChatError(response.status, f"http {response.status}")
        if image and (response.content_type.startswith("image/")
                      or not response.content.lstrip().startswith(b"{")):
            return response.content
        try:
            body = json.loads(response.content)
        except ValueError as exc:
            raise WeChatUnavailable(-1, "response is not JSON") from exc
        errcode = int(body.get("errcode") or 0)  # may arrive as a string (§0)
        if errcode != 0:
            if self._on_error:
                self._on_error(path, errcode)
            raise classify(errcode, str(body.get("errmsg", "")))
        return body
