"""Accounts administered: list, change role, region or name, deactivate and reactivate, unbind WeChat, reset a
password; and an enterprise's user removing a colleague. Who may touch which account is the policy's
(core/access.py `may_administer_user`, `may_remove_colleague`, `user_scopes`); outside it is 404.

Every change that alters what a token may do (role, region, deactivation, unbinding, a reset) revokes the
account's tokens in the change's own transaction, beside its audit entry (docs/decisions/035)."""

from datetime import datetime, timedelta

from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from core import access, audit, clock, security
from core.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from core.identity import STAFF_ROLES, Principal, Role
from core.settings import Settings
from enterprises.accounts import revoke_tokens, snapshot
from enterprises.models import User
from enterprises.regions import get_region_in_scope
from enterprises.schemas import UserUpdate


async def list_users(principal: Principal, page: int, size: int, role: Role | None = None,
                     active: bool | None = None) -> tuple[list[User], int]:
    """Accounts in the caller's scope, newest first."""
    scopes = access.user_scopes(principal)
    if scopes is None:
        raise PermissionDenied("只有管理员和企业用户可以查看账号", code="ROLE_FORBIDDEN")
    query = User.filter(Q(*[Q(**scope) for scope in scopes], join_type="OR"))
    if role is not None:
        query = query.filter(role=role)
    if active is not None:
        query = query.filter(is_active=active)
    total = await query.count()
    return await query.order_by("-id").offset((page - 1) * size).limit(size), total


async def _administered(principal: Principal, user_id: int) -> User:
    """The account, locked, if the caller administers it; 404 otherwise (never reveal that it exists)."""
    if principal.role != Role.ADMIN:
        raise PermissionDenied("只有管理员可以管理账号", code="ROLE_FORBIDDEN")
    user = await User.filter(id=user_id).select_for_update().select_related("region", "enterprise__region").first()
    if user is None or not access.may_administer_user(principal, _covering_path(user)):
        raise NotFound("账号不存在", code="USER_NOT_FOUND")
    return user


def _covering_path(user: User) -> str | None:
    if user.region is not None:
        return user.region.path
    return user.enterprise.region.path if user.enterprise is not None else None


def _not_self(principal: Principal, user_id: int) -> None:
    # Somebody else must do it: an admin cannot lock themselves out or move their own scope.
    if user_id == principal.user_id:
        raise Conflict("不能对自己的账号执行此操作,请由其他管理员办理", code="ACCOUNT_IS_SELF")


async def update_user(principal: Principal, user_id: int, data: UserUpdate) -> User:
    """An admin renames an account, or moves a staff account to another role or region in their scope; a role or
    region change revokes the account's tokens."""
    async with in_transaction():
        user = await _administered(principal, user_id)
        before = snapshot(user)
        changes = data.model_fields_set
        if "name" in changes and data.name is not None:
            user.name = data.name.strip()
        if changes & {"role", "region_id"}:
            _not_self(principal, user.id)
            await _rescope(principal, user, data)
        await user.save(update_fields=["name", "role", "region_id"])
        rescoped = (before["role"], before["region_id"]) != (user.role, user.region_id)
        if rescoped:
            await revoke_tokens(user)
        await audit.record(principal.actor, "user.updated", "user", user.id, before=before,
                           after={**snapshot(user), "tokens_revoked": rescoped})
    return user


async def _rescope(principal: Principal, user: User, data: UserUpdate) -> None:
    if user.role not in STAFF_ROLES:
        raise InvalidInput("只有街道工作人员可以调整角色和区域", code="ROLE_CHANGE_INVALID",
                           detail=[{"field": "role", "message": "企业和公众账号不能调整"}])
    role = Role(data.role) if "role" in data.model_fields_set and data.role is not None else Role(user.role)
    if role not in STAFF_ROLES:
        raise InvalidInput("工作人员只能调整为管理员、检查员或指挥中心角色", code="ROLE_CHANGE_INVALID",
                           detail=[{"field": "role", "message": "须为 admin、inspector 或 command"}])
    region_id = data.region_id if "region_id" in data.model_fields_set else user.region_id
    if region_id is None:
        if principal.region_path is not None or role != Role.ADMIN:
            raise InvalidInput("街道工作人员必须指定负责区域", code="REGION_REQUIRED",
                               detail=[{"field": "region_id", "message": "必填"}])
    else:
        region_id = (await get_region_in_scope(principal, region_id)).id
    user.role, user.region_id = role, region_id


async def deactivate_user(principal: Principal, user_id: int) -> User:
    """An admin in scope, or a user of the same enterprise removing a colleague: the account can no longer log
    in (password or WeChat: 403 ACCOUNT_DISABLED) and its tokens are revoked. Its WeChat stays bound to it, so
    that WeChat cannot come back as a fresh public account."""
    async with in_transaction():
        _not_self(principal, user_id)
        user = await _deactivatable(principal, user_id)
        if user.is_active:
            before = snapshot(user)
            user.is_active = False
            await user.save(update_fields=["is_active"])
            await revoke_tokens(user)
            await audit.record(principal.actor, "user.deactivated", "user", user.id, before=before,
                               after=snapshot(user))
    return user


async def _deactivatable(principal: Principal, user_id: int) -> User:
    if principal.role != Role.ENTERPRISE:
        return await _administered(principal, user_id)
    user = await User.filter(id=user_id).select_for_update().first()
    if user is None or not access.may_remove_colleague(principal, user.id, user.enterprise_id):
        raise NotFound("账号不存在", code="USER_NOT_FOUND")
    return user


async def reactivate_user(principal: Principal, user_id: int) -> User:
    async with in_transaction():
        user = await _administered(principal, user_id)
        if not user.is_active:
            before = snapshot(user)
            user.is_active = True
            await user.save(update_fields=["is_active"])
            await revoke_tokens(user)
            await audit.record(principal.actor, "user.reactivated", "user", user.id, before=before,
                               after=snapshot(user))
    return user


async def unbind_wechat(principal: Principal, user_id: int) -> User:
    """The account's WeChat is released (a lost phone, a handed-over one) and its tokens revoked; the person
    binds again with a new invite. Not for a deactivated account: its binding is what keeps that WeChat out."""
    async with in_transaction():
        user = await _administered(principal, user_id)
        if not user.is_active:
            raise Conflict("账号已停用,停用期间不能解绑微信", code="ACCOUNT_DISABLED")
        if user.openid is not None:
            before = snapshot(user)
            user.openid, user.unionid, user.session_key = None, None, None
            await user.save(update_fields=["openid", "unionid", "session_key"])
            await revoke_tokens(user)
            await audit.record(principal.actor, "user.wechat_unbound", "user", user.id, before=before,
                               after=snapshot(user))
    return user


async def reset_password(principal: Principal, user_id: int, settings: Settings) -> tuple[str, datetime]:
    """A one-time code that sets a new password once (POST /auth/password/reset); the old password stops working
    and the account's tokens are revoked at once. The admin never chooses, sees or sends a password."""
    async with in_transaction():
        user = await _administered(principal, user_id)
        _not_self(principal, user.id)
        if not user.username:
            raise Conflict("该账号没有用户名,请改用邀请码绑定微信", code="USERNAME_REQUIRED")
        code = security.new_invite_code()
        user.password_hash = None
        user.reset_digest = security.digest(code)
        user.reset_expires_at = clock.now() + timedelta(seconds=settings.password_reset_ttl_seconds)
        await user.save(update_fields=["password_hash", "reset_digest", "reset_expires_at"])
        await revoke_tokens(user)
        await audit.record(principal.actor, "user.password_reset", "user", user.id,
                           after={"reset_expires_at": user.reset_expires_at})
    return code, user.reset_expires_at


async def issue_invite(principal: Principal, user_id: int, settings: Settings) -> tuple[str, datetime]:
    """A new invite code for an account not bound to a WeChat (never bound, or unbound after a lost phone): the
    person logs in with it once to bind their WeChat. It replaces an earlier code, which stops working; it is shown
    once. Not for a deactivated account, nor one already bound (unbind first)."""
    async with in_transaction():
        user = await _administered(principal, user_id)
        if not user.is_active:
            raise Conflict("账号已停用,请先启用再生成邀请码", code="ACCOUNT_DISABLED")
        if user.openid is not None:
            raise Conflict("该账号已绑定微信,如需换绑请先解绑微信", code="WECHAT_ALREADY_BOUND")
        code = security.new_invite_code()
        replaced = user.invite_expires_at is not None and user.invite_expires_at > clock.now()
        user.invite_digest = security.digest(code)
        user.invite_expires_at = clock.now() + timedelta(seconds=settings.invite_ttl_seconds)
        await user.save(update_fields=["invite_digest", "invite_expires_at"])
        await audit.record(principal.actor, "user.invite_issued", "user", user.id,
                           after={"invite_expires_at": user.invite_expires_at, "replaced_earlier": replaced})
    return code, user.invite_expires_at


async def user_names(ids: set[int]) -> dict[int, str]:
    """Names of accounts by id, for lists that name who did something (the audit trail's actors)."""
    if not ids:
        return {}
    return dict(await User.filter(id__in=list(ids)).values_list("id", "name"))
