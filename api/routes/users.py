from fastapi import APIRouter

from api.deps import AdminUser, SettingsDep
from api.responses import errors
from enterprises import accounts
from enterprises.schemas import UserCreate, UserCreated

router = APIRouter(tags=["账号"])


@router.post("/users", response_model=UserCreated, status_code=201, responses=errors(401, 403, 404, 409))
async def create_user(body: UserCreate, principal: AdminUser,
                      settings: SettingsDep) -> UserCreated:
    """管理员创建工作人员或企业账号,返回用于绑定微信的邀请码(只显示这一次)。"""
    user, invite = await accounts.create_user(principal, body, settings)
    return UserCreated(id=user.id, name=user.name, role=user.role, region_id=user.region_id,
                       enterprise_id=user.enterprise_id, invite_code=invite,
                       invite_expires_at=user.invite_expires_at.isoformat())
