"""Request body size limits for every route, before any route reads a byte.

A declared Content-Length over the limit is answered at once. A body without one (chunked) is counted while the
route reads it: past the limit the read fails, and whatever the route then answers is replaced by the same 413,
so no route needs to know. Plain ASGI: nothing is buffered, and the SSE stream passes untouched."""

import json
import re

from core.settings import Settings
from enterprises import importing

_PUBLIC_REPORT = re.compile(r"/scan/[^/]+/reports")
# What multipart framing adds around a file: boundaries, part headers, the file name.
MULTIPART_OVERHEAD = 64 * 1024


class BodyTooLarge(Exception):
    """Raised from `receive` when a streamed body passes the limit (the route's read fails with it)."""


def limit_for(path: str, settings: Settings, prefix: str) -> int | None:
    """REQUEST_MAX_BYTES, but the Excel import is bigger, and uploads (and a public report's photo) enforce their own
    exact limit with their own error code, so the middleware leaves them alone (None)."""
    path = path.rstrip("/")
    # A public report (POST /scan/{token}/reports) may carry a photo: it reads its form as uploads do.
    if path == f"{prefix}/uploads" or _PUBLIC_REPORT.fullmatch(path.removeprefix(prefix)):
        return None
    if path == f"{prefix}/enterprises/import":
        return importing.MAX_BYTES + MULTIPART_OVERHEAD
    return settings.request_max_bytes


def _too_large_body(limit: int) -> bytes:
    size = (f"{limit / 1024 / 1024:.1f} MB" if limit >= 1024 * 1024 else f"{limit // 1024} KB" if limit >= 1024
            else f"{limit} 字节")
    return json.dumps({"code": "BODY_TOO_LARGE", "message": f"请求内容过大,不能超过 {size}",
                       "detail": {"max_bytes": limit}}, ensure_ascii=False).encode()


class BodySizeLimitMiddleware:
    def __init__(self, app, settings: Settings, prefix: str):
        self.app = app
        self.settings = settings
        self.prefix = prefix

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        limit = limit_for(scope["path"], self.settings, self.prefix)
        if limit is None:
            return await self.app(scope, receive, send)
        declared = dict(scope["headers"]).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > limit:
            return await _refuse(send, limit)
        received, tripped, refused = 0, False, False

        async def counting_receive():
            nonlocal received, tripped
            message = await receive()
            received += len(message.get("body", b""))
            if received > limit:
                tripped = True
                raise BodyTooLarge()
            return message

        async def replacing_send(message):
            nonlocal refused
            if not tripped:
                return await send(message)
            if message["type"] == "http.response.start":
                await _refuse(send, limit)
                refused = True
            # the route's own answer to the failed read (its body, its end) is dropped

        try:
            await self.app(scope, counting_receive, replacing_send)
        except BodyTooLarge:
            if not refused:
                await _refuse(send, limit)


async def _refuse(send, limit: int) -> None:
    body = _too_large_body(limit)
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})
