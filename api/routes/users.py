from fastapi import APIRouter, Query

from api.deps import AdminUser, CurrentUser, Paging, PathId, SettingsDep
from api.responses import errors
from core import clock
from core.identity import Role
from enterprises import accounts, lifecycle
from enterprises.models import User
from enterprises.schemas import (InviteIssued, PasswordResetIssued, UserAccountPage, UserAccountRead, UserCreate, UserCreated,
                                 UserUpdate)

router = APIRouter(tags=["账号"])


def _account(user: User) -> UserAccountRead:
    invite = user.invite_expires_at if user.invite_expires_at and user.invite_expires_at > clock.now() else None
    return UserAccountRead(id=user.id, name=user.name, role=user.role, region_id=user.region_id,
                           enterprise_id=user.enterprise_id, username=user.username, phone=user.phone,
                           is_active=user.is_active, wechat_bound=user.openid is not None,
                           last_login_at=user.last_login_at, invite_expires_at=invite)


@router.post("/users", response_model=UserCreated, status_code=201, responses=errors(401, 403, 404, 409))
async def create_user(body: UserCreate, principal: AdminUser,
                      settings: SettingsDep) -> UserCreated:
    """管理员创建工作人员或企业账号,返回用于绑定微信的邀请码(只显示这一次)。"""
    user, invite = await accounts.create_user(principal, body, settings)
    return UserCreated(id=user.id, name=user.name, role=user.role, region_id=user.region_id,
                       enterprise_id=user.enterprise_id, invite_code=invite,
                       invite_expires_at=user.invite_expires_at.isoformat())


@router.get("/users", response_model=UserAccountPage, responses=errors(401, 403))
async def list_users(principal: CurrentUser, paging: Paging, role: Role | None = None,
                     active: bool | None = Query(default=None, description="true 只看启用的,false 只看停用的")):
    """管理员:辖区内的工作人员和企业账号;企业用户:本企业的同事。"""
    users, total = await lifecycle.list_users(principal, paging.page, paging.size, role, active)
    return UserAccountPage(items=[_account(u) for u in users], total=total, page=paging.page, size=paging.size)


@router.patch("/users/{user_id}", response_model=UserAccountRead, responses=errors(401, 403, 404, 409))
async def update_user(user_id: PathId, body: UserUpdate, principal: AdminUser):
    """修改姓名、角色或负责区域;角色或区域变更后该账号的登录立即失效。"""
    return _account(await lifecycle.update_user(principal, user_id, body))


@router.post("/users/{user_id}/deactivate", response_model=UserAccountRead, responses=errors(401, 403, 404, 409))
async def deactivate_user(user_id: PathId, principal: CurrentUser):
    """停用账号(管理员;或企业用户移除本企业的同事):立即失效,不能再登录。"""
    return _account(await lifecycle.deactivate_user(principal, user_id))


@router.post("/users/{user_id}/reactivate", response_model=UserAccountRead, responses=errors(401, 403, 404))
async def reactivate_user(user_id: PathId, principal: AdminUser):
    return _account(await lifecycle.reactivate_user(principal, user_id))


@router.post("/users/{user_id}/unbind-wechat", response_model=UserAccountRead,
             responses=errors(401, 403, 404, 409))
async def unbind_wechat(user_id: PathId, principal: AdminUser):
    """解除微信绑定(手机丢失或转交);该账号的登录立即失效,需用新邀请码重新绑定。"""
    return _account(await lifecycle.unbind_wechat(principal, user_id))


@router.post("/users/{user_id}/invite", response_model=InviteIssued, responses=errors(401, 403, 404, 409))
async def issue_invite(user_id: PathId, principal: AdminUser, settings: SettingsDep) -> InviteIssued:
    """为尚未绑定微信的账号(新建后邀请码过期,或解绑微信后)重新生成邀请码,只显示这一次;此前的邀请码随即失效。
    已绑定微信的账号请先解绑,停用的账号请先启用。"""
    code, expires_at = await lifecycle.issue_invite(principal, user_id, settings)
    return InviteIssued(invite_code=code, invite_expires_at=expires_at)


@router.post("/users/{user_id}/reset-password", response_model=PasswordResetIssued,
             responses=errors(401, 403, 404, 409))
async def reset_password(user_id: PathId, principal: AdminUser, settings: SettingsDep):
    """生成一次性重置码(只显示这一次):原密码和登录立即失效,本人用重置码设置新密码。管理员不设置密码。"""
    code, expires_at = await lifecycle.reset_password(principal, user_id, settings)
    return PasswordResetIssued(reset_code=code, reset_expires_at=expires_at)
