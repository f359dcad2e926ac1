"""How the WeChat client's requests travel: aiohttp over keep-alive connections to WeChat (or a fake on loopback),
or straight into an ASGI app in this process (the fake WeChat of dev, the demo and most tests).

Both answer a `Response` and raise `TransportError` for anything that is not an HTTP answer (refused connection,
reset, timeout), which the client turns into WeChatUnavailable (wechat-api.md §9)."""

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol
from urllib.parse import urlencode

import aiohttp

JSON_HEADERS = {"Content-Type": "application/json"}


@dataclass(frozen=True)
class Response:
    status: int
    content_type: str
    content: bytes


class TransportError(Exception):
    """No HTTP answer: the connection failed, broke or timed out."""


class Transport(Protocol):
    async def request(self, method: str, path: str, params: dict | None, content: bytes | None) -> Response: ...
    async def aclose(self) -> None: ...


class AiohttpTransport:
    """One aiohttp session, made on first use in the running loop (and again should the loop change: a CLI that
    runs several `asyncio.run`s). Keep-alive connections are reused across sends."""

    def __init__(self, base_url: str, *, timeout: float, connect_timeout: float, connections: int = 100):
        self._base = base_url.rstrip("/")
        self._timeout = aiohttp.ClientTimeout(total=timeout, connect=connect_timeout)
        self._connections = connections
        self._session: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def _current(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        if self._session is None or self._loop is not loop or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._connections, ttl_dns_cache=300)
            self._session = aiohttp.ClientSession(connector=connector, timeout=self._timeout,
                                                  auto_decompress=True, skip_auto_headers=("User-Agent",))
            self._loop = loop
        return self._session

    async def request(self, method: str, path: str, params: dict | None, content: bytes | None) -> Response:
        try:
            async with self._current().request(method, self._base + path, params=params, data=content,
                                               headers=JSON_HEADERS if content is not None else None) as answer:
                body = await answer.read()
                return Response(answer.status, answer.headers.get("Content-Type", ""), body)
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise TransportError(type(exc).__name__) from exc

    async def aclose(self) -> None:
        if self._session is not None and not self._session.closed and self._loop is asyncio.get_running_loop():
            await self._session.close()
        self._session = None


class AsgiTransport:
    """Calls an ASGI app directly: one request in, the whole answer collected."""

    def __init__(self, app: Callable, *, timeout: float):
        self._app = app
        self._timeout = timeout

    async def request(self, method: str, path: str, params: dict | None, content: bytes | None) -> Response:
        headers = [(b"host", b"wechat.local")]
        if content is not None:
            headers += [(b"content-type", b"application/json"), (b"content-length", str(len(content)).encode())]
        scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": method,
                 "scheme": "http", "path": path, "raw_path": path.encode(), "root_path": "",
                 "query_string": urlencode(params or {}).encode(), "headers": headers,
                 "client": ("127.0.0.1", 50000), "server": ("wechat.local", 80)}
        pending = [{"type": "http.request", "body": content or b"", "more_body": False}]
        answered: dict = {"status": 500, "headers": [], "body": []}

        async def receive() -> dict:
            if pending:
                return pending.pop()
            await asyncio.Event().wait()  # nothing more to read: wait to be cancelled, as a real socket would
            return {"type": "http.disconnect"}

        async def send(message: dict) -> None:
            if message["type"] == "http.response.start":
                answered["status"], answered["headers"] = message["status"], message.get("headers", [])
            elif message["type"] == "http.response.body":
                answered["body"].append(message.get("body", b""))

        try:
            async with asyncio.timeout(self._timeout):
                await self._app(scope, receive, send)
        except TimeoutError as exc:
            raise TransportError("TimeoutError") from exc
        content_type = next((v.decode("latin-1") for k, v in answered["headers"] if k.lower() == b"content-type"), "")
        return Response(answered["status"], content_type, b"".join(answered["body"]))

    async def aclose(self) -> None:
        return None
