"""综合调度平台: the command center's figures, map and live feed, for staff of a region subtree."""

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Header, Query
from sse_starlette.sse import EventSourceResponse

from api.deps import EventSourceUser, QueryId, SettingsDep, StaffUser
from api.responses import errors
from dashboard import queries, stream
from dashboard.schemas import MapRead, SummaryRead

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


@router.get("/stream", summary="实时事件流(SSE):risk_changed、hazard_created、hazard_closed",
            response_class=EventSourceResponse, responses=errors(401, 403, 404))
async def live_stream(principal: EventSourceUser, settings: SettingsDep, region_id: QueryId = None,
                      last_event_id: Annotated[str | None, Header(alias="Last-Event-ID")] = None):
    """Resumes after `Last-Event-ID` (the outbox id); a comment line every few seconds keeps proxies open."""
    path = await queries.scope_path(principal, region_id)
    after = int(last_event_id) if last_event_id and last_event_id.isdigit() else None
    return EventSourceResponse(stream.events(principal, path, after, settings.dashboard_stream_poll_seconds),
                               ping=settings.dashboard_stream_ping_seconds)
