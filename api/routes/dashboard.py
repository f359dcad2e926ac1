"""综合调度平台: the command center's figures, map and live feed, for staff of a region subtree."""

from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Header, Query
from sse_starlette.sse import EventSourceResponse

from api.deps import EventSourceUser, Paging, QueryId, SettingsDep, StaffUser
from api.responses import errors
from core.types import MAX_BIG_ID
from dashboard import insights, queries, stream
from enterprises import accounts
from enterprises.schemas import StreamTicketRead
from dashboard.schemas import (AwaitingVerificationPage, BoardRead, BreakdownRead, MapRead, OverduePage, RankingRead, SummaryRead, TrendRead,
                               WorseningRead)

router = APIRouter(tags=["指挥中心"], prefix="/dashboard")

DateFrom = Annotated[date | None, Query(alias="from", description="统计开始日期(含),默认本月 1 日")]
DateTo = Annotated[date | None, Query(alias="to", description="统计结束日期(含),默认今天")]


@router.get("/summary", response_model=SummaryRead, summary="指挥中心总览", responses=errors(401, 403, 404))
async def summary(principal: StaffUser, region_id: QueryId = None, date_from: DateFrom = None,
                  date_to: DateTo = None):
    return await queries.summary(principal, region_id, date_from, date_to)


@router.get("/map", response_model=MapRead, summary="企业风险地图(GeoJSON)", responses=errors(401, 403, 404))
async def enterprise_map(principal: StaffUser, region_id: QueryId = None):
    return await queries.map_features(principal, region_id)


@router.post("/stream-ticket", response_model=StreamTicketRead, summary="获取实时事件流的一次性凭证",
             responses=errors(401, 403))
async def stream_ticket(principal: StaffUser, settings: SettingsDep):
    """有效期很短且只能使用一次:取得后立即用于 `GET /dashboard/stream?ticket=`。"""
    issued = await accounts.issue_stream_ticket(principal, settings)
    return StreamTicketRead(ticket=issued.ticket, expires_in=issued.expires_in)


def _event_id(header: str | None) -> int | None:
    """The outbox id a reconnecting browser sends back; anything else starts the stream afresh."""
    if header and header.isascii() and header.isdigit() and int(header) <= MAX_BIG_ID:
        return int(header)
    return None


@router.get("/stream", summary="实时事件流(SSE):risk_changed、hazard_created、hazard_closed",
            response_class=EventSourceResponse, responses=errors(401, 403, 404))
async def live_stream(principal: EventSourceUser, settings: SettingsDep, region_id: QueryId = None,
                      last_event_id: Annotated[str | None, Header(alias="Last-Event-ID")] = None,
                      resume_after: Annotated[str | None, Query(
                          alias="after", max_length=20, description="页面用新凭证重连时,从此事件编号之后继续"
                                                                   "(与 Last-Event-ID 相同)")] = None):
    """Resumes after `Last-Event-ID` (the outbox id), or `?after=` when the page reconnects with a new ticket
    (a ticket is single-use, so EventSource's own reconnect cannot carry on). `after` is an event id as the header
    carries it, read the same lenient way (an unusable one starts afresh). A comment line every few seconds keeps
    proxies open."""
    path = await queries.scope_path(principal, region_id)
    after = _event_id(last_event_id) or _event_id(resume_after)
    return EventSourceResponse(stream.events(principal, path, after, settings.dashboard_stream_poll_seconds),
                               ping=settings.dashboard_stream_ping_seconds)


@router.get("/trend", response_model=TrendRead, summary="隐患每日发现与闭环趋势", responses=errors(401, 403, 404))
async def trend(principal: StaffUser, region_id: QueryId = None, date_from: DateFrom = None, date_to: DateTo = None):
    return await insights.trend(principal, region_id, date_from, date_to)


@router.get("/overdue", response_model=OverduePage, summary="逾期隐患(逾期最久在前)", responses=errors(401, 403, 404))
async def overdue(principal: StaffUser, paging: Paging, region_id: QueryId = None):
    return await insights.overdue(principal, region_id, paging.page, paging.size)


@router.get("/awaiting-verification", response_model=AwaitingVerificationPage, summary="待复查隐患(等待最久在前)",
            responses=errors(401, 403, 404))
async def awaiting_verification(principal: StaffUser, paging: Paging, region_id: QueryId = None):
    """企业已提交整改、等待街道复查的隐患及其等待天数:这是街道的队列,不计为企业逾期。"""
    return await insights.awaiting_verification(principal, region_id, paging.page, paging.size)


@router.get("/breakdown", response_model=BreakdownRead, summary="按区域、行业或类别分组统计",
            responses=errors(401, 403, 404))
async def breakdown(principal: StaffUser, by: Literal["region", "industry", "category"] = "region",
                    region_id: QueryId = None):
    """`by=region` groups by the regions directly under the one asked for (or the caller's own)."""
    return await insights.breakdown(principal, region_id, by)


@router.get("/ranking", response_model=RankingRead, summary="风险分进步与退步排名(奖惩参考)",
            responses=errors(401, 403, 404))
async def ranking(principal: StaffUser, region_id: QueryId = None, date_from: DateFrom = None,
                  date_to: DateTo = None, limit: Annotated[int, Query(ge=1, le=100)] = 10):
    return await insights.ranking(principal, region_id, date_from, date_to, limit)


@router.get("/board", response_model=BoardRead, summary="比学赶超月度榜(按社区)", responses=errors(401, 403, 404, 422))
async def monthly_board(principal: StaffUser, region_id: QueryId = None,
                        month: Annotated[str | None, Query(pattern=r"^\d{4}-(0[1-9]|1[0-2])$",
                                                           description="月份 YYYY-MM,默认本月")] = None,
                        limit: Annotated[int, Query(ge=1, le=100)] = 10):
    """每个社区本月转为绿码、进步最大、始终保持绿码的企业,依据风险码历史(人工认定期间按认定颜色)。"""
    first = date.fromisoformat(f"{month}-01") if month else None
    return await insights.monthly_board(principal, region_id, first, limit)


@router.get("/worsening", response_model=WorseningRead, summary="若不处置,即将变差的企业",
            responses=errors(401, 403, 404))
async def worsening(principal: StaffUser, region_id: QueryId = None,
                    days: Annotated[int, Query(ge=1, le=30, description="向前推算的天数")] = 7):
    """Hazard deadlines and document or certificate expiries ahead, evaluated with the active scoring rules."""
    return await insights.worsening(principal, region_id, days)
