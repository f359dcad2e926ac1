from fastapi import APIRouter

from api.deps import ClientIp, CurrentUser, SettingsDep, WeChatDep
from api.responses import errors
from enterprises import accounts
from enterprises.schemas import PasswordLogin, TokenRead, UserRead, WeChatLogin

router = APIRouter(tags=["登录"])


def _token_read(issued: accounts.IssuedToken) -> TokenRead:
    return TokenRead(access_token=issued.access_token, expires_in=issued.expires_in,
                     user=UserRead.model_validate(issued.user))


@router.post("/auth/wechat", response_model=TokenRead, responses=errors(401, 403, 409, 429))
async def login_wechat(body: WeChatLogin, wechat: WeChatDep, ip: ClientIp, settings: SettingsDep) -> TokenRead:
    """小程序登录:wx.login 的 code 换取本系统的令牌;带邀请码时绑定到被邀请的账号。"""
    return _token_read(await accounts.login_with_wechat(wechat, body.code, body.invite_code, ip, settings))


@router.post("/auth/password", response_model=TokenRead, responses=errors(401, 429))
async def login_password(body: PasswordLogin, ip: ClientIp, settings: SettingsDep) -> TokenRead:
    """网页登录(街道管理员、指挥中心)。"""
    return _token_read(await accounts.login_with_password(body.username, body.password, ip, settings))


@router.get("/me", response_model=UserRead, responses=errors(401))
async def me(principal: CurrentUser) -> UserRead:
    return UserRead(id=principal.user_id, name=principal.name, role=principal.role,
                    region_id=principal.region_id, enterprise_id=principal.enterprise_id)

