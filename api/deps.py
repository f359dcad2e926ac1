"""The HTTP edge: the caller, their role, settings and clients, as Annotated dependencies."""

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from core.audit import Actor
from core.errors import NotAuthenticated, PermissionDenied
from core.settings import Settings
from enterprises import accounts
from enterprises.models import STAFF_ROLES, Role
from enterprises.scope import Principal
from wechat.client import WeChatClient

_bearer = HTTPBearer(auto_error=False, description="登录接口返回的 access_token")


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_wechat(request: Request) -> WeChatClient:
    return request.app.state.wechat


def client_ip(request: Request) -> str:
    return request.client.host if request.client else "unknown"


SettingsDep = Annotated[Settings, Depends(get_settings)]
WeChatDep = Annotated[WeChatClient, Depends(get_wechat)]
ClientIp = Annotated[str, Depends(client_ip)]


async def get_principal(request: Request, settings: SettingsDep,
                        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> Principal:
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise NotAuthenticated("请先登录", code="NOT_AUTHENTICATED")
    principal = await accounts.load_principal(credentials.credentials, settings)
    request.state.principal = principal
    return principal


CurrentUser = Annotated[Principal, Depends(get_principal)]


def require_roles(*roles: Role):
    allowed = frozenset(roles)

    async def check(principal: CurrentUser) -> Principal:
        if principal.role not in allowed:
            raise PermissionDenied("当前角色无权执行此操作", code="ROLE_FORBIDDEN")
        return principal

    return check


AdminUser = Annotated[Principal, Depends(require_roles(Role.ADMIN))]
StaffUser = Annotated[Principal, Depends(require_roles(*STAFF_ROLES))]


def get_actor(request: Request, principal: CurrentUser) -> Actor:
    return principal.actor(ip=client_ip(request), request_id=getattr(request.state, "request_id", None))


CurrentActor = Annotated[Actor, Depends(get_actor)]
