"""Accounts and logins: password and WeChat logins, invites, our own bearer tokens."""

import asyncio
from dataclasses import dataclass
from datetime import timedelta

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from core import audit, clock, security
from core.audit import Actor
from core.errors import (Conflict, InvalidInput, NotAuthenticated, NotFound, PermissionDenied, RateLimited,
                         ServiceUnavailable)
from core.settings import Settings
from enterprises.models import Enterprise, LoginFailure, Region, User
from core.identity import SYSTEM_PRINCIPAL, Principal, Role
from enterprises.regions import get_region_in_scope
from enterprises.schemas import UserCreate
from wechat import errors as wx
from wechat.client import WeChatClient


@dataclass(frozen=True)
class IssuedToken:
    access_token: str
    expires_in: int
    user: User


def snapshot(user: User) -> dict:
    return {"name": user.name, "role": user.role, "region_id": user.region_id,
            "enterprise_id": user.enterprise_id, "username": user.username, "phone": user.phone,
            "openid_bound": bool(user.openid), "is_active": user.is_active}


def _issue(user: User, settings: Settings) -> IssuedToken:
    ttl = settings.access_token_ttl_seconds
    token = security.issue_access_token(user.id, user.token_version, settings.secret_key, clock.now(),
                                        timedelta(seconds=ttl))
    return IssuedToken(access_token=token, expires_in=ttl, user=user)


async def load_principal(token: str, settings: Settings) -> Principal:
    """Who holds this bearer token. Role and scope come from the database, so changes apply at once."""
    claims = security.read_access_token(token, [settings.secret_key, settings.secret_key_previous], clock.now())
    user = await User.filter(id=claims.user_id).select_related("region").first()
    if user is None or not user.is_active or user.token_version != claims.token_version:
        raise NotAuthenticated("登录已失效,请重新登录", code="TOKEN_REVOKED")
    return _principal(user, user.region)


def _principal(user: User, region: Region | None) -> Principal:
    return Principal(user_id=user.id, name=user.name, role=Role(user.role), region_id=user.region_id,
                     region_path=region.path if region else None, enterprise_id=user.enterprise_id)


async def principal_for_user(user: User) -> Principal:
    """The caller a user account acts as (its region's path decides the staff scope)."""
    return _principal(user, await Region.get(id=user.region_id) if user.region_id else None)


# -- password login --

async def _check_login_rate(username: str, ip: str, settings: Settings) -> None:
    since = clock.now() - timedelta(seconds=settings.login_failure_window_seconds)
    for field, value, limit in (("username", username, settings.login_failures_per_username),
                                ("ip", ip, settings.login_failures_per_ip)):
        recent = LoginFailure.filter(at__gte=since, **{field: value})
        if await recent.count() >= limit:
            oldest = await recent.order_by("at").first()
            retry_after = max(1, int((oldest.at - since).total_seconds()))
            raise RateLimited("登录失败次数过多,请稍后再试", code="LOGIN_RATE_LIMITED", retry_after=retry_after)


async def login_with_password(username: str, password: str, ip: str, settings: Settings) -> IssuedToken:
    """Web login for admins and command staff. Failures count per username and per IP (brute-force guard)."""
    username = username.strip()
    await _check_login_rate(username, ip, settings)
    user = await User.filter(username=username).first()
    # argon2 costs tens of milliseconds of CPU (a second under load): off the event loop, so other requests go on.
    valid = await asyncio.to_thread(security.verify_password, password, user.password_hash if user else None)
    if not valid or user is None or not user.is_active:
        await LoginFailure.create(username=username, ip=ip, at=clock.now())
        raise NotAuthenticated("用户名或密码错误", code="LOGIN_FAILED")
    async with in_transaction():
        await LoginFailure.filter(username=username).delete()
        user.last_login_at = clock.now()
        await user.save(update_fields=["last_login_at"])
        await audit.record(Actor(user.id, user.role, ip), "auth.password_login", "user", user.id)
    return _issue(user, settings)


# -- WeChat login --

async def login_with_wechat(client: WeChatClient, code: str, invite_code: str | None, ip: str,
                            settings: Settings) -> IssuedToken:
    """wx.login code → openid (code2Session). A valid invite binds this WeChat user to the invited account;
    without one, an unknown WeChat user becomes a `public` user."""
    session = await _code2session(client, code)
    async with in_transaction():
        current = await User.filter(openid=session.openid).select_for_update().first()
        if invite_code:
            user = await _accept_invite(invite_code, current, ip)
        elif current is None:
            user = await User.create(name=f"微信用户{session.openid[-4:]}", role=Role.PUBLIC)
            await audit.record(Actor(user.id, user.role, ip), "user.registered", "user", user.id,
                               after=snapshot(user))
        else:
            user = current
        if not user.is_active:
            raise NotAuthenticated("账号已停用,请联系街道管理员", code="ACCOUNT_DISABLED")
        user.openid, user.unionid, user.session_key = session.openid, session.unionid, session.session_key
        user.last_login_at = clock.now()
        await user.save(update_fields=["openid", "unionid", "session_key", "last_login_at"])
        await audit.record(Actor(user.id, user.role, ip), "auth.wechat_login", "user", user.id)
    return _issue(user, settings)


async def _code2session(client: WeChatClient, code: str):
    try:
        return await client.code2session(code)
    except wx.WeChatLoginCodeInvalid as exc:
        raise NotAuthenticated("微信登录凭证无效或已使用,请重新登录", code="WECHAT_CODE_INVALID") from exc
    except wx.WeChatLoginBlocked as exc:
        raise PermissionDenied("微信判定该账号存在风险,已拦截登录", code="WECHAT_LOGIN_BLOCKED") from exc
    except wx.WeChatRateLimited as exc:
        raise RateLimited("微信登录过于频繁,请一分钟后再试", code="WECHAT_RATE_LIMITED", retry_after=60) from exc
    except wx.WeChatError as exc:
        # Busy after retries, unreachable, or misconfigured: the user can do nothing but wait.
        raise ServiceUnavailable("微信服务暂时不可用,请稍后重试", code="WECHAT_UNAVAILABLE") from exc


async def _accept_invite(invite_code: str, current: User | None, ip: str) -> User:
    invited = await User.filter(invite_digest=security.digest(invite_code)).select_for_update().first()
    if invited is None or invited.invite_expires_at is None or invited.invite_expires_at <= clock.now():
        raise NotAuthenticated("邀请码无效或已过期,请联系管理员重新生成", code="INVITE_INVALID")
    if current is not None and current.id != invited.id:
        if current.role != Role.PUBLIC:
            raise Conflict("该微信已绑定其他账号", code="WECHAT_ALREADY_BOUND")
        # A public account made by an earlier plain login gives its WeChat identity to the invited account.
        current.openid, current.is_active = None, False
        await current.save(update_fields=["openid", "is_active"])
        await audit.record(Actor(current.id, current.role, ip), "user.merged_into_invite", "user", current.id,
                           after={"merged_into": invited.id})
    before = snapshot(invited)
    invited.invite_digest, invited.invite_expires_at = None, None
    await invited.save(update_fields=["invite_digest", "invite_expires_at"])
    await audit.record(Actor(invited.id, invited.role, ip), "user.invite_accepted", "user", invited.id,
                       before=before, after=snapshot(invited))
    return invited


# -- accounts made by admins --

async def create_user(principal: Principal, data: UserCreate, settings: Settings) -> tuple[User, str]:
    """An admin creates a staff or enterprise account inside their scope and gets an invite code
    that binds the person's WeChat on first login."""
    region_id, enterprise_id = await _validate_new_user(principal, data)
    if data.username and await User.filter(username=data.username).exists():
        raise Conflict("用户名已被使用", code="USERNAME_TAKEN")
    invite = security.new_invite_code()
    password_hash = await asyncio.to_thread(security.hash_password, data.password) if data.password else None
    try:
        async with in_transaction():
            user = await User.create(
                name=data.name.strip(), role=data.role, region_id=region_id, enterprise_id=enterprise_id,
                phone=data.phone, username=data.username,
                password_hash=password_hash,
                invite_digest=security.digest(invite),
                invite_expires_at=clock.now() + timedelta(seconds=settings.invite_ttl_seconds),
            )
            await audit.record(principal.actor, "user.created", "user", user.id, after=snapshot(user))
    except IntegrityError as exc:
        raise Conflict("用户名已被使用", code="USERNAME_TAKEN") from exc
    return user, invite


async def _validate_new_user(principal: Principal, data: UserCreate) -> tuple[int | None, int | None]:
    if data.role == Role.PUBLIC:
        raise InvalidInput("公众用户通过微信登录自动产生,不能手工创建", code="ROLE_NOT_CREATABLE",
                           detail=[{"field": "role", "message": "不能为 public"}])
    if data.password and not data.username:
        raise InvalidInput("设置密码时必须同时设置用户名", code="USERNAME_REQUIRED",
                           detail=[{"field": "username", "message": "必填"}])
    if data.role == Role.ENTERPRISE:
        if data.enterprise_id is None:
            raise InvalidInput("企业账号必须指定所属企业", code="ENTERPRISE_REQUIRED",
                               detail=[{"field": "enterprise_id", "message": "必填"}])
        enterprise = await Enterprise.filter(id=data.enterprise_id).select_related("region").first()
        if enterprise is None or not principal.covers(enterprise.region.path):
            raise NotFound("企业不存在", code="ENTERPRISE_NOT_FOUND")
        return None, enterprise.id
    if data.enterprise_id is not None:
        raise InvalidInput("街道工作人员不能属于企业", code="ENTERPRISE_NOT_ALLOWED",
                           detail=[{"field": "enterprise_id", "message": "须为空"}])
    if data.region_id is None:
        if principal.region_path is not None or data.role != Role.ADMIN:
            raise InvalidInput("街道工作人员必须指定负责区域", code="REGION_REQUIRED",
                               detail=[{"field": "region_id", "message": "必填"}])
        return None, None
    region = await get_region_in_scope(principal, data.region_id)
    return region.id, None


async def create_admin(username: str, password: str, region_id: int | None = None) -> User:
    """The first admin (CLI). Without a region the admin administers the whole system."""
    if await User.filter(username=username).exists():
        raise Conflict("用户名已被使用", code="USERNAME_TAKEN")
    if region_id is not None and not await Region.filter(id=region_id).exists():
        raise NotFound("区域不存在", code="REGION_NOT_FOUND")
    password_hash = await asyncio.to_thread(security.hash_password, password)
    async with in_transaction():
        user = await User.create(name=username, role=Role.ADMIN, username=username, region_id=region_id,
                                 password_hash=password_hash)
        await audit.record(audit.SYSTEM, "user.created", "user", user.id, after=snapshot(user))
    return user



async def principal_for_cli(username: str | None) -> Principal:
    """The scope a command-line job acts in: a named admin's, or the whole system's."""
    if username is None:
        return SYSTEM_PRINCIPAL
    user = await User.filter(username=username, role=Role.ADMIN, is_active=True).first()
    if user is None:
        raise NotFound("没有该管理员", code="ADMIN_NOT_FOUND")
    return await principal_for_user(user)
