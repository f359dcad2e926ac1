from pydantic import BaseModel, ConfigDict, Field

from enterprises.models import RegionLevel, Role

PHONE_PATTERN = r"^1[3-9]\d{9}$"
USERNAME_PATTERN = r"^[A-Za-z0-9_.\-]{3,40}$"


class UserRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    role: Role
    region_id: int | None
    enterprise_id: int | None


class UserCreate(BaseModel):
    name: str = Field(min_length=1, max_length=40)
    role: Role
    region_id: int | None = None
    enterprise_id: int | None = None
    phone: str | None = Field(default=None, pattern=PHONE_PATTERN)
    username: str | None = Field(default=None, pattern=USERNAME_PATTERN)
    password: str | None = Field(default=None, min_length=8, max_length=128)


class UserCreated(UserRead):
    invite_code: str
    invite_expires_at: str


class PasswordLogin(BaseModel):
    username: str = Field(min_length=1, max_length=40)
    password: str = Field(min_length=1, max_length=128)


class WeChatLogin(BaseModel):
    code: str = Field(min_length=1, max_length=128)
    invite_code: str | None = Field(default=None, min_length=4, max_length=32)


class TokenRead(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int
    user: UserRead


class RegionCreate(BaseModel):
    name: str = Field(min_length=1, max_length=60)
    level: RegionLevel
    parent_id: int | None = None


class RegionRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    level: RegionLevel
    parent_id: int | None
