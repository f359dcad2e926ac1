"""Operations for the console's 运维 page: the audit trail searched by object, actor, action and time, and the
status of the worker and its jobs. Both hold rows of every region: an admin whose scope holds every region reads
them (core/access.py may_operate, docs/decisions/073-who-reads-the-audit-trail.md)."""

from datetime import date, datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

import bootstrap
from api.deps import OperatorUser, QueryId, QueryText, SettingsDep
from api.responses import errors
from core import audit, clock
from core.errors import InvalidInput
from core.types import MAX_BIG_ID
from enterprises import lifecycle

router = APIRouter(tags=["运维"])


class AuditEntryRead(BaseModel):
    seq: int
    at: datetime
    actor_user_id: int | None
    actor_name: str | None = Field(description="操作人姓名;系统操作或账号已删除时为空")
    actor_role: str
    ip: str | None
    request_id: str | None
    action: str
    object_type: str
    object_id: str | None
    before: Any = None
    after: Any = None
    intact: bool = Field(description="本条记录签名校验通过,且与前一条记录相接")
    problems: list[str] = Field(default=[], description="校验发现的问题")


class AuditPage(BaseModel):
    items: list[AuditEntryRead]
    has_more: bool = Field(description="是否还有更早的记录")
    next_before_seq: int | None = Field(description="下一页(更早的记录)传入 before_seq 的值")
    checked: int = Field(description="本页校验的记录数")
    broken: int = Field(description="本页未通过校验的记录数;完整校验请运行 jinyan audit verify")


@router.get("/audit", response_model=AuditPage, summary="审计记录", responses=errors(401, 403, 422))
async def search_audit(
        principal: OperatorUser,
        object_type: QueryText(40, "对象类型,如 enterprise、user、hazard、scoring_ruleset") = None,
        object_id: QueryText(64, "对象 id") = None,
        actor_user_id: QueryId = None,
        action: QueryText(64, "操作,如 user.created、ruleset.activated") = None,
        date_from: Annotated[date | None, Query(description="开始日期(含,北京时间)")] = None,
        date_to: Annotated[date | None, Query(description="结束日期(含,北京时间)")] = None,
        before_seq: Annotated[int | None, Query(ge=1, le=MAX_BIG_ID, description="只看序号小于此值的记录(翻页)")] = None,
        size: Annotated[int, Query(ge=1, le=100, description="每页条数")] = 50) -> AuditPage:
    """最新的在前,按对象、操作人、操作和日期筛选;每条记录附本页的签名与链接校验结果。"""
    if date_from and date_to and date_from > date_to:
        raise InvalidInput("开始日期不能晚于结束日期", code="DATE_RANGE_INVALID",
                           detail=[{"field": "date_from", "message": "不能晚于结束日期"}])
    since = clock.start_of(date_from) if date_from else None
    until = clock.start_of(date_to + timedelta(days=1)) if date_to else None
    entries, more = await audit.search(object_type=object_type, object_id=object_id, actor_user_id=actor_user_id,
                                       action=action, since=since, until=until, before_seq=before_seq, size=size)
    checks = await audit.check_entries(entries)
    names = await lifecycle.user_names({e.actor_user_id for e in entries if e.actor_user_id})
    items = [AuditEntryRead(seq=e.seq, at=clock.aware(e.at), actor_user_id=e.actor_user_id,
                            actor_name=names.get(e.actor_user_id), actor_role=e.actor_role, ip=e.ip,
                            request_id=e.request_id, action=e.action, object_type=e.object_type,
                            object_id=e.object_id, before=e.before, after=e.after, intact=not checks[e.seq],
                            problems=checks[e.seq]) for e in entries]
    return AuditPage(items=items, has_more=more, next_before_seq=entries[-1].seq if more else None,
                     checked=len(items), broken=sum(1 for item in items if not item.intact))


class WorkerRead(BaseModel):
    worker_id: str
    started_at: datetime
    seen_at: datetime
    alive: bool


class JobRead(BaseModel):
    name: str
    runs: str = Field(description="in-process 本进程内运行;worker 由 jinyan worker 进程运行")
    interval_seconds: float
    last_started_at: datetime | None = None
    last_finished_at: datetime | None = None
    last_error: str | None = Field(default=None, description="上一轮失败时的错误类型")
    last_run_source: str | None = Field(default=None, description="上次运行时间的来源:this_process 本进程、database "
                                                                  "每日任务记录、last_delivery 最近一次投递;为空表示未知")
    done_for: date | None = Field(default=None, description="每日任务:已运行到的日期")
    claimed_by: str | None = Field(default=None, description="每日任务:运行它的进程")


class OutboxStatusRead(BaseModel):
    backlog: int = Field(description="到期未完成的事件和投递")
    oldest_due_age_seconds: float
    dead_letters: int
    last_delivered_at: datetime | None


class OperationsStatus(BaseModel):
    now: datetime
    worker: str = Field(description="in-process、ok(有存活的 worker 进程)或 missing")
    workers: list[WorkerRead]
    jobs: list[JobRead]
    outbox: OutboxStatusRead


@router.get("/ops/status", response_model=OperationsStatus, summary="后台任务状态", responses=errors(401, 403))
async def operations_status(principal: OperatorUser, settings: SettingsDep) -> OperationsStatus:
    """/readyz 报告的内容再加上:每个后台任务在哪里运行、间隔、上次运行时间(能得知时),worker 进程的心跳,
    以及消息队列的积压和死信数。"""
    return OperationsStatus.model_validate(await bootstrap.operations_status(settings))
