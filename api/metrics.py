"""/metrics in Prometheus format: request latency by route, outbox backlog and age, dead letters,
WeChat error codes, risk colour counts, when the daily jobs last finished. Database figures are read at scrape time."""

import hmac
import time

from fastapi import APIRouter, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest

from api.deps import SettingsDep
from core import schedule
from core.errors import NotAuthenticated
from enterprises import service as enterprises_service
from core.outbox import outbox_health

REGISTRY = CollectorRegistry()
REQUEST_SECONDS = Histogram("jinyan_http_request_duration_seconds", "HTTP request latency by route",
                            ["method", "route", "status"], registry=REGISTRY,
                            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10))
WECHAT_ERRORS = Counter("jinyan_wechat_errors_total", "WeChat API errors by path and errcode",
                        ["path", "errcode"], registry=REGISTRY)
OUTBOX_BACKLOG = Gauge("jinyan_outbox_backlog", "Outbox events due and not yet handled", registry=REGISTRY)
OUTBOX_OLDEST = Gauge("jinyan_outbox_oldest_due_age_seconds", "How long the oldest due event has waited",
                      registry=REGISTRY)
DEAD_LETTERS = Gauge("jinyan_outbox_dead_letters", "Outbox events given up on", registry=REGISTRY)
RISK_COLORS = Gauge("jinyan_enterprises_by_risk_color", "Active enterprises per risk colour", ["color"],
                    registry=REGISTRY)

DAILY_JOB_FINISHED = Gauge("jinyan_daily_job_last_finished_timestamp_seconds",
                           "When each daily job (the nightly rescore) last finished", ["job"], registry=REGISTRY)

router = APIRouter(tags=["运维"])


def count_wechat_error(path: str, errcode: int) -> None:
    WECHAT_ERRORS.labels(path=path, errcode=str(errcode)).inc()


class MetricsMiddleware:
    """Times every HTTP request and labels it with the route template, not the raw path (bounded labels)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started, status = time.perf_counter(), 500

        async def record_status(message):
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, record_status)
        finally:
            REQUEST_SECONDS.labels(scope["method"], _route_template(scope), str(status)).observe(time.perf_counter() - started)


def _route_template(scope) -> str:
    # FastAPI 0.16x includes routers lazily: the prefixed template lives in the effective route context.
    context = (scope.get("fastapi") or {}).get("effective_route_context")
    if context is not None:
        return context.path_format
    return getattr(scope.get("route"), "path", "unmatched")


@router.get("/metrics", include_in_schema=False)
async def metrics(request: Request, settings: SettingsDep) -> Response:
    sent = request.headers.get("authorization", "").encode()
    if settings.metrics_token and not hmac.compare_digest(sent, f"Bearer {settings.metrics_token}".encode()):
        raise NotAuthenticated("需要监控令牌", code="METRICS_TOKEN_REQUIRED")
    health = await outbox_health()
    OUTBOX_BACKLOG.set(health.backlog)
    OUTBOX_OLDEST.set(health.oldest_due_age_seconds)
    DEAD_LETTERS.set(health.dead_letters)
    for color, count in (await enterprises_service.risk_color_counts()).items():
        RISK_COLORS.labels(color=color).set(count)
    for job, finished in (await schedule.last_finished()).items():
        DAILY_JOB_FINISHED.labels(job=job).set(finished.timestamp())
    return Response(generate_latest(REGISTRY), media_type=CONTENT_TYPE_LATEST)
