from fastapi import APIRouter

from api.deps import BearerToken, ClientIp, CurrentUser, SettingsDep, WeChatDep
from api.responses import errors
from enterprises import accounts
from enterprises.schemas import (PasswordChange, PasswordLogin, PasswordResetRedeem, TokenRead, UserRead,
                                 WeChatLogin)

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


@router.post("/auth/password/reset", response_model=TokenRead, responses=errors(401, 403, 429))
async def redeem_password_reset(body: PasswordResetRedeem, ip: ClientIp, settings: SettingsDep) -> TokenRead:
    """用管理员生成的一次性重置码设置新密码并登录。"""
    return _token_read(await accounts.redeem_password_reset(body.username, body.reset_code, body.new_password, ip,
                                                            settings))


@router.post("/auth/refresh", response_model=TokenRead, responses=errors(401))
async def refresh_token(token: BearerToken, principal: CurrentUser, settings: SettingsDep) -> TokenRead:
    """续期:用有效的令牌换一个新令牌(值班大屏保持登录);自最初登录起超过 SESSION_MAX_DAYS 天须重新登录。"""
    return _token_read(await accounts.renew_token(token, principal, settings))


@router.post("/auth/logout", status_code=204, responses=errors(401))
async def logout(principal: CurrentUser) -> None:
    """退出登录:本账号在所有设备上的令牌立即失效。"""
    await accounts.logout(principal)


@router.post("/me/password", response_model=TokenRead, responses=errors(401, 403, 409, 429))
async def change_password(body: PasswordChange, principal: CurrentUser, settings: SettingsDep) -> TokenRead:
    """修改密码:其他设备上的登录立即失效;本次返回新的令牌,原令牌也随之失效。"""
    return _token_read(await accounts.change_password(principal, body.old_password, body.new_password, settings))


@router.get("/me", response_model=UserRead, responses=errors(401))
async def me(principal: CurrentUser) -> UserRead:
    return UserRead(id=principal.user_id, name=principal.name, role=principal.role,
                    region_id=principal.region_id, enterprise_id=principal.enterprise_id)

