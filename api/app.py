"""The application factory."""

import asyncio
import logging
import uuid
from contextlib import asynccontextmanager

import httpx
from fastapi import FastAPI, Request

from api import errors
from api.routes import auth, health, notify, regions, users
from core import db
from core.settings import Settings, get_settings
from notify import outbox
from notify.token_cache import DatabaseTokenCache
from wechat.client import WeChatClient
from wechat.fake import FakeWeChat

log = logging.getLogger("jinyan")

API_PREFIX = "/api/v1"


def build_wechat_client(settings: Settings) -> WeChatClient:
    """The real WeChat when WECHAT_APPID is set; otherwise the in-process fake, where `demo-<name>` logs in."""
    if not settings.uses_fake_wechat:
        # The token lives in the database so every API and worker process shares one (wechat-api.md §2c).
        return WeChatClient(settings.wechat_appid, settings.wechat_secret, base_url=settings.wechat_api_base,
                            token_cache=DatabaseTokenCache(settings.wechat_appid))
    fake = FakeWeChat(accept_demo_codes=True, unlimited_quota=True)
    fake.register_templates({t.template_id: t.fields.values() for t in settings.wechat_templates.values()})
    return WeChatClient(fake.appid, fake.secret, base_url="http://fake-wechat",
                        transport=httpx.ASGITransport(app=fake.app))


def create_app(settings: Settings | None = None, *, wechat: WeChatClient | None = None,
               manage_database: bool = True) -> FastAPI:
    """`manage_database=False` when the caller (tests, the CLI) has already opened the database."""
    settings = settings or get_settings()
    settings.check_startable()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if manage_database:
            if settings.auto_migrate:
                await db.apply_migrations(settings.resolved_database_url)
            await db.open_database(settings.resolved_database_url)
        stop_worker = asyncio.Event()
        worker = None
        if settings.worker_in_process:
            dispatcher = outbox.Dispatcher(settings, app.state.wechat)
            worker = asyncio.create_task(outbox.run_until_stopped(dispatcher, stop_worker))
        try:
            yield
        finally:
            stop_worker.set()
            if worker is not None:
                await worker
            await app.state.wechat.aclose()
            if manage_database:
                await db.close_database()

    app = FastAPI(title="金雁安全云 API", version="0.1.0", lifespan=lifespan,
                  description="街道安全生产监管小程序后端:身份码、检查码、风险码。")
    app.state.settings = settings
    app.state.wechat = wechat or build_wechat_client(settings)
    errors.install(app)

    @app.middleware("http")
    async def request_id(request: Request, call_next):
        request.state.request_id = request.headers.get("X-Request-ID") or uuid.uuid4().hex
        response = await call_next(request)
        response.headers["X-Request-ID"] = request.state.request_id
        return response

    app.include_router(health.router)
    for module in (auth, users, regions, notify):
        app.include_router(module.router, prefix=API_PREFIX)
    return app
