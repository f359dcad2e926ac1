from datetime import datetime
from typing import Annotated, Generic, TypeVar

from core.types import WriteModel
from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from core.clock import SHANGHAI

T = TypeVar("T")

# Times leave the API with the +08:00 offset whatever the database handed back.
LocalTime = Annotated[datetime, AfterValidator(lambda value: value.astimezone(SHANGHAI))]


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int
    page: int
    size: int


class InboxMessageRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    kind: str
    title: str
    body: str
    page: str
    object_type: str | None
    object_id: str | None
    created_at: LocalTime
    read_at: LocalTime | None


class InboxPage(Page[InboxMessageRead]):
    unread: int


class SubscriptionReport(WriteModel):
    accepted: list[str] = Field(max_length=20, description="用户在 wx.requestSubscribeMessage 中同意的消息类型")


class SubscriptionsRead(BaseModel):
    remaining: dict[str, int]
    templates: dict[str, str] = Field(description="消息类型 → 微信模板 id,供小程序请求订阅")


class Near(WriteModel):
    lat: float = Field(ge=-90, le=90)
    lng: float = Field(ge=-180, le=180)
    radius_m: float = Field(gt=0, le=50_000)


class NoticeTarget(WriteModel):
    industries: list[Annotated[str, Field(min_length=1, max_length=40)]] | None = Field(default=None, max_length=50)
    categories: list[Annotated[str, Field(min_length=1, max_length=20)]] | None = Field(default=None, max_length=50)
    region_ids: list[Annotated[int, Field(ge=1, le=2**63 - 1)]] | None = Field(default=None, max_length=100)
    near: Near | None = None
    # Named enterprises (active, in the publisher's scope); with other criteria, those of them that also match, as a
    # campaign's (docs/decisions/071, 080).
    enterprise_ids: list[Annotated[int, Field(ge=1, le=2**63 - 1)]] | None = Field(default=None, max_length=500)


class NoticeCreate(WriteModel):
    title: str = Field(min_length=1, max_length=100)
    body: str = Field(min_length=1, max_length=5000)
    target: NoticeTarget = Field(default_factory=NoticeTarget)
    attachment_upload_id: int | None = Field(default=None, ge=1, le=2**31 - 1)


class NoticePreview(BaseModel):
    recipients: int = Field(description="按此范围发布时将收到通知的企业数(正常经营、在本人辖区内)")


class NoticeRead(BaseModel):
    id: int
    title: str
    body: str
    target: dict
    attachment_upload_id: int | None
    published_at: LocalTime
    recipients: int
    read: int
    read_at: LocalTime | None = Field(default=None, description="企业用户:本企业的阅读时间")


class NoticeReceipt(BaseModel):
    enterprise_id: int
    enterprise_name: str
    read_at: LocalTime | None
    read_by: int | None


class NoticeDetail(NoticeRead):
    read_by_enterprises: list[NoticeReceipt] = Field(default_factory=list)
    unread_by_enterprises: list[NoticeReceipt] = Field(default_factory=list)


class DeadLetterRead(BaseModel):
    """One handler's dead delivery of one event."""

    id: int
    event_id: int
    handler: str
    name: str
    payload: dict
    attempts: int
    last_error: str | None
    created_at: LocalTime
    finished_at: LocalTime | None

    @classmethod
    def of(cls, delivery) -> "DeadLetterRead":
        event = delivery.event
        return cls(id=delivery.id, event_id=event.id, handler=delivery.handler, name=event.name,
                   payload=event.payload, attempts=delivery.attempts, last_error=delivery.last_error,
                   created_at=event.created_at, finished_at=delivery.finished_at)
