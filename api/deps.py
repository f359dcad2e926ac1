"""The HTTP edge: the caller, their role, settings and clients, as Annotated dependencies."""

from typing import Annotated

from dataclasses import dataclass, replace

from fastapi import Depends, Path, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from core.types import MAX_BIG_ID, MAX_ID, NoControlCharacters
from core.errors import NotAuthenticated, PermissionDenied
from core.settings import Settings
from core import access
from enterprises import accounts, regions
from core.identity import Principal, Role, STAFF_ROLES
from wechat.client import WeChatClient

_bearer = HTTPBearer(auto_error=False, description="登录接口返回的 access_token")


async def get_settings(request: Request) -> Settings:
    return request.app.state.settings


async def get_wechat(request: Request) -> WeChatClient:
    return request.app.state.wechat


async def client_ip(request: Request) -> str:
    return request.client.host if request.client else "unknown"


SettingsDep = Annotated[Settings, Depends(get_settings)]
WeChatDep = Annotated[WeChatClient, Depends(get_wechat)]
ClientIp = Annotated[str, Depends(client_ip)]


async def get_principal(request: Request, settings: SettingsDep,
                        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> Principal:
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise NotAuthenticated("请先登录", code="NOT_AUTHENTICATED")
    principal = await accounts.load_principal(credentials.credentials, settings)
    principal = replace(principal, ip=await client_ip(request), request_id=getattr(request.state, "request_id", None))
    request.state.principal = principal
    return principal


CurrentUser = Annotated[Principal, Depends(get_principal)]


async def get_bearer_token(principal: CurrentUser,
                           credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> str:
    """The caller's own bearer token, once get_principal has accepted it (renewal reads its login time)."""
    return credentials.credentials


BearerToken = Annotated[str, Depends(get_bearer_token)]


async def get_optional_principal(
        request: Request, settings: SettingsDep,
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> Principal | None:
    """For pages anybody may open (a scan): no token is the public; a bad token is still 401."""
    if credentials is None:
        return None
    return await get_principal(request, settings, credentials)


OptionalUser = Annotated[Principal | None, Depends(get_optional_principal)]


async def get_event_source_principal(
        request: Request, settings: SettingsDep,
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
        ticket: Annotated[str | None, Query(max_length=64,
                                            description="POST /dashboard/stream-ticket 取得的一次性凭证"
                                                        "(浏览器 EventSource 无法带请求头)")] = None,
) -> Principal:
    """For server-sent events: a bearer header, or a single-use ticket in the query (a browser's EventSource
    cannot send headers). A login token in the query is refused: URLs end up in logs and browser histories."""
    if "access_token" in request.query_params:
        raise NotAuthenticated("请勿在网址中传递登录令牌,请先获取实时连接凭证", code="TOKEN_IN_QUERY_REFUSED")
    if credentials is None and ticket:
        principal = replace(await accounts.redeem_stream_ticket(ticket), ip=await client_ip(request),
                            request_id=getattr(request.state, "request_id", None))
        request.state.principal = principal
        return principal
    return await get_principal(request, settings, credentials)


EventSourceUser = Annotated[Principal, Depends(get_event_source_principal)]


def require_roles(*roles: Role):
    allowed = frozenset(roles)

    async def check(principal: CurrentUser) -> Principal:
        if principal.role not in allowed:
            raise PermissionDenied("当前角色无权执行此操作", code="ROLE_FORBIDDEN")
        return principal

    return check


AdminUser = Annotated[Principal, Depends(require_roles(Role.ADMIN))]


async def get_operator(principal: AdminUser) -> Principal:
    """An admin whose scope holds every region (core/access.py may_operate): the audit trail, dead letters, jobs."""
    top = principal.region_path is not None and access.is_top_of_tree(principal.region_path)
    access.require_operator(principal, top and await regions.has_one_top_region())
    return principal


OperatorUser = Annotated[Principal, Depends(get_operator)]
StaffUser = Annotated[Principal, Depends(require_roles(*STAFF_ROLES))]


@dataclass(frozen=True)
class PageParams:
    page: int
    size: int


async def page_params(page: Annotated[int, Query(ge=1, le=100_000, description="页码,从 1 开始")] = 1,
                size: Annotated[int, Query(ge=1, le=100, description="每页条数,最多 100")] = 20) -> PageParams:
    return PageParams(page, size)


Paging = Annotated[PageParams, Depends(page_params)]


# Ids in paths and queries: out of the database's range is 422, not a database error.
PathId = Annotated[int, Path(ge=1, le=MAX_ID)]
BigPathId = Annotated[int, Path(ge=1, le=MAX_BIG_ID)]  # rows counted in 64 bits (inbox, outbox)
QueryId = Annotated[int | None, Query(ge=1, le=MAX_ID)]


def QueryText(max_length: int, description: str | None = None):  # noqa: N802 (used as a type)
    """Text in a query string: bounded, and refused with control characters like any body's text."""
    return Annotated[str | None, Query(max_length=max_length, description=description), NoControlCharacters]
