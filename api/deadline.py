"""A deadline on every request. A database that freezes (SIGSTOP, a partition that drops packets) would otherwise
hold each request until it answers; past REQUEST_TIMEOUT_SECONDS the request is cancelled and, if nothing was sent
yet, answered 503 REQUEST_TIMEOUT with Retry-After. Cancelling is safe: a use case's transaction is all or nothing
at every point (tests/inspections/test_cancelled_submit.py). Plain ASGI, like the other middlewares."""

import asyncio
import json
import logging

from core.settings import Settings

log = logging.getLogger("jinyan.api")

# Uploads and the import read a large body over a phone's link before any work: they get ten times as long.
SLOW_BODY_FACTOR = 10


def deadline_for(path: str, settings: Settings, prefix: str) -> float | None:
    """Seconds a request on `path` may take; None for the live feed, which is meant to stay open."""
    path = path.rstrip("/")
    if path == f"{prefix}/dashboard/stream":
        return None
    if path in (f"{prefix}/uploads", f"{prefix}/enterprises/import"):
        return settings.request_timeout_seconds * SLOW_BODY_FACTOR
    if path == f"{prefix}/scoring/simulate":
        # A sweep of the whole street by design, about as long as the nightly rescore (docs/decisions/074): 10 000
        # enterprises take 7 s on SQLite here, so a large street needs more than the default.
        return settings.request_timeout_seconds * SLOW_BODY_FACTOR
    return settings.request_timeout_seconds


_TIMEOUT_BODY = json.dumps({"code": "REQUEST_TIMEOUT", "message": "服务器处理超时,请稍后重试", "detail": None},
                           ensure_ascii=False).encode()


class DeadlineMiddleware:
    def __init__(self, app, settings: Settings, prefix: str):
        self.app = app
        self.settings = settings
        self.prefix = prefix

    async def __call__(self, scope, receive, send):
        deadline = deadline_for(scope["path"], self.settings, self.prefix) if scope["type"] == "http" else None
        if deadline is None:
            return await self.app(scope, receive, send)
        started = False

        async def tracking_send(message):
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            async with asyncio.timeout(deadline):
                await self.app(scope, receive, tracking_send)
        except TimeoutError:
            log.error("request cancelled after its %s s deadline: %s %s", deadline, scope["method"], scope["path"])
            if not started:
                await send({"type": "http.response.start", "status": 503,
                            "headers": [(b"content-type", b"application/json"), (b"retry-after", b"5"),
                                        (b"content-length", str(len(_TIMEOUT_BODY)).encode())]})
                await send({"type": "http.response.body", "body": _TIMEOUT_BODY})
