"""The application factory."""

import asyncio
import logging
import uuid
from contextlib import asynccontextmanager

from fastapi import FastAPI

from api import errors, metrics
from api.body_limit import BodySizeLimitMiddleware
from api.deadline import DeadlineMiddleware
from api.metrics import MetricsMiddleware
from api.rate_limit import RateLimiter
from api.worker import run_jobs
from api.routes import (auth, codes, command, console, dashboard, dictionaries, enterprises, exports, health,
                        inspections, miniprogram, notify, operations, pages, profile, public_reports, records, regions,
                        scans, scoring, uploads, users)
import bootstrap
from core import audit, db, outbox
from core.logs import current_request_id
from core.settings import Settings, get_settings
from enterprises.scans import scan_log
from wechat.client import WeChatClient

log = logging.getLogger("jinyan")

API_PREFIX = "/api/v1"
# On stop, an in-process job in the middle of its round (the rescore) gets this long, then it is cancelled (its
# transaction rolls back; the next start repeats it): stopping `jinyan serve` takes a few seconds at most.
IN_PROCESS_GRACE_SECONDS = 2.0


class RequestIdMiddleware:
    """Carries X-Request-ID in and out (made up when absent). Plain ASGI: BaseHTTPMiddleware costs throughput."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        incoming = dict(scope["headers"]).get(b"x-request-id", b"").decode("latin-1")[:64]
        request_id = incoming or uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id
        current_request_id.set(request_id)

        async def send_with_id(message):
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), (b"x-request-id", request_id.encode("latin-1"))]
            await send(message)

        await self.app(scope, receive, send_with_id)


async def _flush_scan_log_periodically() -> None:
    while True:
        await asyncio.sleep(1.0)
        try:
            await scan_log.flush()
        except Exception:
            log.exception("scan log flush failed; rows are dropped, scans go on")


def create_app(settings: Settings | None = None, *, wechat: WeChatClient | None = None,
               manage_database: bool = True) -> FastAPI:
    """`manage_database=False` when the caller (tests, the CLI) has already opened the database."""
    settings = settings or get_settings()
    settings.check_startable()
    audit.configure_keys(audit.ChainKeys.from_settings(settings))

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if manage_database:
            if settings.auto_migrate:
                await db.apply_migrations(settings.resolved_database_url)
            await db.open_database(settings.resolved_database_url, settings.database_read_url or None)
            if settings.auto_migrate:
                await audit.ensure_keyed()
        flusher = asyncio.create_task(_flush_scan_log_periodically())
        stop_worker = asyncio.Event()
        workers = []
        if settings.worker_in_process:
            # The whole product in dev: the outbox, and every periodic job of `jinyan worker` (docs/decisions/044).
            dispatcher = bootstrap.dispatcher(settings, app.state.wechat)
            workers.append(asyncio.create_task(outbox.run_until_stopped(dispatcher, stop_worker)))
            workers.append(asyncio.create_task(run_jobs(bootstrap.in_process_jobs(app.state.wechat), settings,
                                                        stop_worker, grace_seconds=IN_PROCESS_GRACE_SECONDS)))
        try:
            yield
        finally:
            stop_worker.set()
            await asyncio.gather(*workers, return_exceptions=True)
            flusher.cancel()
            await scan_log.flush()
            await app.state.wechat.aclose()
            if manage_database:
                await db.close_database()

    # Our own /docs and /redoc pages (api/routes/pages.py) replace FastAPI's, whose HTML has inline script and a CDN.
    app = FastAPI(title="金雁安全云 API", version="0.1.0", lifespan=lifespan,
                  description="街道安全生产监管小程序后端:身份码、检查码、风险码。", docs_url=None, redoc_url=None,
                  openapi_url="/openapi.json" if settings.serves_docs else None)
    app.state.settings = settings
    app.state.wechat = wechat or bootstrap.build_wechat_client(settings, on_error=metrics.count_wechat_error)
    app.state.rate_limiter = RateLimiter(settings)
    errors.install(app)

    app.add_middleware(DeadlineMiddleware, settings=settings, prefix=API_PREFIX)
    app.add_middleware(BodySizeLimitMiddleware, settings=settings, prefix=API_PREFIX)
    app.add_middleware(MetricsMiddleware)
    app.add_middleware(RequestIdMiddleware)

    app.include_router(health.router)
    app.include_router(metrics.router)
    app.include_router(pages.verify_files_router(settings))  # before /q/{token}: /q/<file>.txt is the file
    app.include_router(pages.router)
    if settings.serves_docs:
        app.include_router(pages.docs_router)
    app.include_router(scans.page_router)
    app.include_router(command.router)
    app.include_router(records.page_router)
    app.include_router(miniprogram.router)
    app.include_router(console.router)
    for module in (auth, users, regions, dictionaries, enterprises, profile, codes, scans, public_reports, uploads,
                   notify, inspections, records, scoring, dashboard, exports, operations):
        app.include_router(module.router, prefix=API_PREFIX)
    return app
