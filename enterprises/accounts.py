"""Accounts and logins: password and WeChat logins, invites, our own bearer tokens."""

import asyncio
from dataclasses import dataclass
from datetime import datetime, timedelta

from tortoise.exceptions import IntegrityError
from tortoise.expressions import F
from tortoise.transactions import in_transaction

from core import access, audit, clock, db, security
from core.audit import Actor
from core.errors import (Conflict, InvalidInput, NotAuthenticated, NotFound, PermissionDenied, RateLimited,
                         ServiceUnavailable)
from core.settings import Settings
from enterprises import login_guard, regions
from enterprises.models import Enterprise, LoginFailure, LoginOrigin, Region, StreamTicket, User
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


def _issue(user: User, settings: Settings, signed_in_at: int | None = None) -> IssuedToken:
    ttl = settings.access_token_ttl_seconds
    token = security.issue_access_token(user.id, user.token_version, settings.secret_key, clock.now(),
                                        timedelta(seconds=ttl), signed_in_at)
    return IssuedToken(access_token=token, expires_in=ttl, user=user)


async def renew_token(token: str, principal: Principal, settings: Settings) -> IssuedToken:
    """A fresh token for a valid one, keeping its login time: a wall screen stays signed in without a password
    typed every week, and revocation still applies (same token version). Past SESSION_MAX_DAYS from that login
    the answer is 401: sign in again."""
    claims = security.read_access_token(token, [settings.secret_key, settings.secret_key_previous], clock.now())
    if clock.now().timestamp() - claims.signed_in_at > settings.session_max_days * 86400:
        raise NotAuthenticated(f"登录已超过 {settings.session_max_days} 天,请重新登录", code="SESSION_TOO_OLD")
    user = await User.get(id=principal.user_id)
    async with in_transaction():
        await audit.record(principal.actor, "auth.token_renewed", "user", user.id)
    return _issue(user, settings, claims.signed_in_at)


async def load_principal(token: str, settings: Settings) -> Principal:
    """Who holds this bearer token. Role and scope come from the database, so changes apply at once."""
    claims = security.read_access_token(token, [settings.secret_key, settings.secret_key_previous], clock.now())
    return await _active_principal(claims.user_id, claims.token_version)


# What a request needs of its caller's row: one primary-key read of these columns and no join, every request, so
# a deactivation or a bumped token_version fails the very next request in every process (decision 066).
_PRINCIPAL_FIELDS = ("id", "name", "role", "region_id", "enterprise_id", "is_active", "token_version")


async def _active_principal(user_id: int, token_version: int) -> Principal:
    rows = await User.filter(id=user_id).limit(1).values(*_PRINCIPAL_FIELDS)
    row = rows[0] if rows else None
    if row is None or not row["is_active"] or row["token_version"] != token_version:
        raise NotAuthenticated("登录已失效,请重新登录", code="TOKEN_REVOKED")
    # A region's path never changes once made (regions.create_region), so the per-process label cache may
    # answer it; the user's region_id itself is read fresh above.
    path = (await regions.label(row["region_id"])).path if row["region_id"] else None
    return Principal(user_id=row["id"], name=row["name"], role=Role(row["role"]), region_id=row["region_id"],
                     region_path=path, enterprise_id=row["enterprise_id"])


def _principal(user: User, region: Region | None) -> Principal:
    return Principal(user_id=user.id, name=user.name, role=Role(user.role), region_id=user.region_id,
                     region_path=region.path if region else None, enterprise_id=user.enterprise_id)


async def principal_for_user(user: User) -> Principal:
    """The caller a user account acts as (its region's path decides the staff scope)."""
    return _principal(user, await Region.get(id=user.region_id) if user.region_id else None)


# -- password login --

def _limits(settings: Settings) -> login_guard.Limits:
    return login_guard.Limits(window=timedelta(seconds=settings.login_failure_window_seconds),
                              per_pair=settings.login_failures_per_pair,
                              delay_max_seconds=settings.login_delay_max_seconds,
                              per_username=settings.login_failures_per_username,
                              per_ip=settings.login_failures_per_ip)


async def _check_login_guard(username: str, ip: str, settings: Settings) -> None:
    """429 with Retry-After while this (username, IP) pair must wait (enterprises/login_guard.py)."""
    now = clock.now()
    recent = LoginFailure.filter(at__gte=now - timedelta(seconds=settings.login_failure_window_seconds))
    by_username, by_ip = recent.filter(username=username), recent.filter(ip=ip)
    failures = login_guard.Failures(
        pair=list(await by_username.filter(ip=ip).values_list("at", flat=True)),
        username_count=await by_username.count(), username_oldest=await _oldest(by_username),
        ip_count=await by_ip.count(), ip_oldest=await _oldest(by_ip))
    known = await LoginOrigin.filter(
        username=username, ip=ip,
        last_success_at__gte=now - timedelta(days=settings.login_origin_days)).exists()
    wait = login_guard.retry_after(failures, known, _limits(settings), now)
    if wait is not None:
        raise RateLimited("登录失败次数过多,请稍后再试", code="LOGIN_RATE_LIMITED", retry_after=wait)


async def _oldest(failures) -> datetime | None:
    first = await failures.order_by("at").limit(1).values_list("at", flat=True)
    return first[0] if first else None


async def _record_login_failure(username: str, ip: str) -> None:
    await LoginFailure.create(username=username, ip=ip, at=clock.now())


async def _check_password(username: str, password: str, ip: str, settings: Settings) -> User | None:
    """The account whose password this is, through the login guard; a failure is counted for the pair."""
    await _check_login_guard(username, ip, settings)
    user = await User.filter(username=username).first()
    # argon2 costs tens of milliseconds of CPU (a second under load): off the event loop, so other requests go on.
    valid = await asyncio.to_thread(security.verify_password, password, user.password_hash if user else None)
    if not valid or user is None:
        await _record_login_failure(username, ip)
        return None
    return user


async def _remember_origin(username: str, ip: str) -> None:
    """In the caller's transaction: the pair's failures are forgiven and the pair becomes a known origin."""
    await LoginFailure.filter(username=username, ip=ip).delete()
    await db.upsert(LoginOrigin, {"username": username, "ip": ip, "last_success_at": clock.now()},
                    conflict=("username", "ip"), replace=("last_success_at",))


def _refuse_disabled(user: User) -> None:
    if not user.is_active:
        raise PermissionDenied("账号已停用,请联系街道管理员", code="ACCOUNT_DISABLED")


async def login_with_password(username: str, password: str, ip: str, settings: Settings) -> IssuedToken:
    """Web login for admins and command staff, through the login guard (docs/decisions/036-login-guard.md). A
    disabled account is told so only after its right password."""
    username = username.strip()
    user = await _check_password(username, password, ip, settings)
    if user is None:
        raise NotAuthenticated("用户名或密码错误", code="LOGIN_FAILED")
    _refuse_disabled(user)
    await _record_password_login(user, username, ip)
    return _issue(user, settings)


@db.retry_lock_conflicts
async def _record_password_login(user: User, username: str, ip: str) -> None:
    async with in_transaction():
        await _remember_origin(username, ip)
        user.last_login_at = clock.now()
        await user.save(update_fields=["last_login_at"])
        await audit.record(Actor(user.id, user.role, ip), "auth.password_login", "user", user.id)


# -- WeChat login --

async def login_with_wechat(client: WeChatClient, code: str, invite_code: str | None, ip: str,
                            settings: Settings) -> IssuedToken:
    """wx.login code → openid (code2Session). A valid invite binds this WeChat user to the invited account;
    without one, an unknown WeChat user becomes a `public` user."""
    session = await _code2session(client, code)
    try:
        user = await _sign_in_wechat(session, invite_code, ip)
    except IntegrityError:  # the same WeChat user's other login made the account a moment ago: it is theirs
        user = await _sign_in_wechat(session, invite_code, ip)
    return _issue(user, settings)


@db.retry_lock_conflicts
async def _sign_in_wechat(session, invite_code: str | None, ip: str) -> User:
    """The database half of a WeChat login, retried alone on a lock conflict (the login code is single-use)."""
    # A plain read first: locking an openid nobody has yet takes a gap lock, and new users logging in at once
    # then deadlock on their inserts. An existing account is locked by its id.
    found = await User.filter(openid=session.openid).only("id").first()
    async with in_transaction():
        current = await User.filter(id=found.id).select_for_update().first() if found else None
        if invite_code:
            user = await _accept_invite(invite_code, current, ip)
        elif current is None:
            user = await User.create(name=f"微信用户{session.openid[-4:]}", role=Role.PUBLIC, openid=session.openid)
            await audit.record(Actor(user.id, user.role, ip), "user.registered", "user", user.id,
                               after=snapshot(user))
        else:
            user = current
        _refuse_disabled(user)
        user.openid, user.unionid, user.session_key = session.openid, session.unionid, session.session_key
        user.last_login_at = clock.now()
        await user.save(update_fields=["openid", "unionid", "session_key", "last_login_at"])
        await audit.record(Actor(user.id, user.role, ip), "auth.wechat_login", "user", user.id)
    return user


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
        if enterprise is None or not access.in_region(principal, enterprise.region.path):
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


# -- revoking access: every change below bumps token_version in its transaction, so tokens die at once --

async def revoke_tokens(user: User) -> None:
    """Every token issued so far stops working at its next request (load_principal compares the version)."""
    await User.filter(id=user.id).update(token_version=F("token_version") + 1)
    await user.refresh_from_db(fields=["token_version"])


async def logout(principal: Principal) -> None:
    """The caller's every token, on every device, is revoked (the contract: POST /auth/logout)."""
    async with in_transaction():
        user = await User.filter(id=principal.user_id).select_for_update().get()
        await revoke_tokens(user)
        await audit.record(principal.actor, "auth.logout", "user", user.id)


async def change_password(principal: Principal, old_password: str, new_password: str,
                          settings: Settings) -> IssuedToken:
    """The caller sets a new password; every other token is revoked and this answer carries the one new token
    that goes on (the caller's current token is revoked with the rest). A wrong old password counts as a failed
    login of the pair, so a stolen token cannot be used to guess the password."""
    user = await User.get(id=principal.user_id)
    if not user.username or not user.password_hash:
        raise Conflict("该账号未设置密码,请联系管理员重置密码", code="PASSWORD_NOT_SET")
    if await _check_password(user.username, old_password, principal.ip or "unknown", settings) is None:
        raise PermissionDenied("原密码错误", code="PASSWORD_INCORRECT")
    password_hash = await asyncio.to_thread(security.hash_password, new_password)
    async with in_transaction():
        user.password_hash, user.reset_digest, user.reset_expires_at = password_hash, None, None
        await user.save(update_fields=["password_hash", "reset_digest", "reset_expires_at"])
        await revoke_tokens(user)
        await audit.record(principal.actor, "user.password_changed", "user", user.id)
    return _issue(user, settings)


async def redeem_password_reset(username: str, code: str, new_password: str, ip: str,
                                settings: Settings) -> IssuedToken:
    """The one-time code an admin issued sets a new password once, through the same guard as a login."""
    username = username.strip()
    await _check_login_guard(username, ip, settings)
    user = await User.filter(username=username, reset_digest=security.digest(code),
                             reset_expires_at__gt=clock.now()).first()
    if user is None:
        await _record_login_failure(username, ip)
        raise NotAuthenticated("重置码无效或已过期,请联系管理员重新生成", code="RESET_CODE_INVALID")
    _refuse_disabled(user)
    password_hash = await asyncio.to_thread(security.hash_password, new_password)
    async with in_transaction():
        user.password_hash, user.reset_digest, user.reset_expires_at = password_hash, None, None
        user.last_login_at = clock.now()
        await user.save(update_fields=["password_hash", "reset_digest", "reset_expires_at", "last_login_at"])
        await revoke_tokens(user)
        await _remember_origin(username, ip)
        await audit.record(Actor(user.id, user.role, ip), "user.password_reset_redeemed", "user", user.id)
    return _issue(user, settings)


# -- the live feed's ticket --

@dataclass(frozen=True)
class IssuedTicket:
    ticket: str
    expires_in: int


async def issue_stream_ticket(principal: Principal, settings: Settings) -> IssuedTicket:
    """A short-lived, single-use ticket for `GET /dashboard/stream?ticket=` (EventSource sends no headers, and a
    bearer token in a URL ends up in logs and histories). Bound to the caller and their token version."""
    ticket, now = security.new_ticket(), clock.now()
    ttl = settings.stream_ticket_ttl_seconds
    async with in_transaction():
        await StreamTicket.filter(expires_at__lte=now).delete()
        user = await User.get(id=principal.user_id)
        await StreamTicket.create(digest=security.ticket_digest(ticket), user=user,
                                  token_version=user.token_version, expires_at=now + timedelta(seconds=ttl))
        await audit.record(principal.actor, "auth.stream_ticket_issued", "user", user.id)
    return IssuedTicket(ticket=ticket, expires_in=ttl)


async def redeem_stream_ticket(ticket: str) -> Principal:
    """The caller a ticket was issued to; the ticket is spent (a second use, or one after expiry, is 401)."""
    digest = security.ticket_digest(ticket)
    row = await StreamTicket.filter(digest=digest, expires_at__gt=clock.now()).first()
    # Deleting is the claim: of two requests with one ticket, only the one whose delete removed the row goes on.
    if row is None or not await StreamTicket.filter(digest=digest).delete():
        raise NotAuthenticated("实时连接凭证无效或已使用,请重新获取", code="STREAM_TICKET_INVALID")
    return await _active_principal(row.user_id, row.token_version)
