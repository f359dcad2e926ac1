"""A fake WeChat server (ASGI) with the wire format of wechat-api.md, fault injection and a call log.

Tests call it in process (the client's `app=`) or serve it on loopback; dev and the demo log in through it, where `demo-<name>` is a valid code.
Control endpoints live under /__control (§10)."""

import asyncio
import itertools
import json
import re
import secrets
import time
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

LOGIN_CODE_TTL = 300
SUBSCRIBE_SEND = "/cgi-bin/message/subscribe/send"
TOKEN_TTL = 7200
DEMO_CODE_PREFIX = "demo-"


SCENE_CHARACTERS = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$&'()*+,/:;=?@-._~")
# A valid 1x1 PNG: what the fake hands out for a mini-program code.
_TINY_PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                          "1f15c4890000000d49444154789c6360f8ffff3f0005fe02fea7d6a4"
                          "0f0000000049454e44ae426082")


def _rid() -> str:
    return "-".join(secrets.token_hex(4) for _ in range(3))


def _error(errcode: int, errmsg: str) -> JSONResponse:
    return JSONResponse({"errcode": errcode, "errmsg": f"{errmsg} rid: {_rid()}"})


@dataclass
class LoginCode:
    openid: str
    session_key: str
    expires_at: float
    unionid: str | None = None
    blocked: bool = False
    used: bool = False


@dataclass
class Fault:
    times: int
    errcode: int | None = None
    http_status: int | None = None
    delay: float = 0.0


@dataclass
class FakeWeChat:
    appid: str = "wx-fake-app"
    secret: str = "fake-secret"
    accept_demo_codes: bool = False
    clock_offset: float = 0.0
    login_codes: dict[str, LoginCode] = field(default_factory=dict)
    tokens: dict[str, float] = field(default_factory=dict)  # stable token -> expires_at
    revoked: set[str] = field(default_factory=set)
    faults: dict[str, list[Fault]] = field(default_factory=dict)
    calls: list[dict[str, Any]] = field(default_factory=list)
    # Subscription messages (§3, §10): template id -> data keys; grants per (openid, template id).
    templates: dict[str, set[str]] = field(default_factory=dict)
    quota: dict[tuple[str, str], int] = field(default_factory=dict)
    unlimited_quota: bool = False
    known_openids: set[str] | None = None
    published_pages: set[str] | None = None
    sent: list[dict[str, Any]] = field(default_factory=list)
    wxacodes: list[dict[str, str]] = field(default_factory=list)
    _msgids: Any = field(default_factory=lambda: itertools.count(294402298110051942))

    def now(self) -> float:
        return time.time() + self.clock_offset

    # -- seeding and control, also reachable over HTTP under /__control --
    def seed_login_code(self, code: str, openid: str, *, unionid: str | None = None,
                        blocked: bool = False) -> None:
        self.login_codes[code] = LoginCode(openid=openid, session_key=secrets.token_urlsafe(16),
                                           expires_at=self.now() + LOGIN_CODE_TTL, unionid=unionid,
                                           blocked=blocked)

    def inject_fault(self, path: str, *, times: int = 1, errcode: int | None = None,
                     http_status: int | None = None, delay: float = 0.0) -> None:
        self.faults.setdefault(path, []).append(Fault(times, errcode, http_status, delay))

    def register_templates(self, templates: dict[str, Any]) -> None:
        """template id -> its data keys (an iterable)."""
        self.templates.update({tid: set(keys) for tid, keys in templates.items()})

    def grant(self, openid: str, template_id: str, times: int = 1) -> None:
        """What one `accept` in wx.requestSubscribeMessage gives: one more send."""
        self.quota[(openid, template_id)] = self.quota.get((openid, template_id), 0) + times

    def advance(self, seconds: float) -> None:
        self.clock_offset += seconds

    def calls_to(self, path: str) -> list[dict[str, Any]]:
        return [c for c in self.calls if c["path"] == path]

    @property
    def app(self) -> Starlette:
        return Starlette(routes=[
            Route("/sns/jscode2session", self._code2session, methods=["GET", "POST"]),
            Route("/cgi-bin/stable_token", self._stable_token, methods=["GET", "POST"]),
            Route("/cgi-bin/openapi/quota/get", self._quota_get, methods=["POST"]),
            Route(SUBSCRIBE_SEND, self._subscribe_send, methods=["POST"]),
            Route("/wxa/getwxacodeunlimit", self._get_unlimited_qrcode, methods=["POST"]),
            Route("/__control/clock", self._control_clock, methods=["POST"]),
            Route("/__control/faults", self._control_faults, methods=["POST"]),
            Route("/__control/login_codes", self._control_login_codes, methods=["POST"]),
            Route("/__control/revoke_token", self._control_revoke, methods=["POST"]),
            Route("/__control/calls", self._control_calls, methods=["GET"]),
            Route("/__control/sent", self._control_sent, methods=["GET"]),
        ])

    # -- the WeChat endpoints --
    async def _logged(self, request: Request) -> tuple[dict | None, JSONResponse | None]:
        """Log the call, parse a JSON body, and apply an injected fault if one is due."""
        raw = await request.body()
        body = None
        if raw:
            try:
                body = json.loads(raw)
            except ValueError:
                return None, _error(47001, "data format error")
        self.calls.append({"method": request.method, "path": request.url.path,
                           "query": dict(request.query_params), "body": body})
        pending = self.faults.get(request.url.path)
        if pending:
            fault = pending[0]
            fault.times -= 1
            if fault.times <= 0:
                pending.pop(0)
            if fault.delay:
                await asyncio.sleep(fault.delay)
            if fault.http_status:
                return body, JSONResponse({"message": "bad gateway"}, status_code=fault.http_status)
            if fault.errcode is not None:
                return body, _error(fault.errcode, "injected fault")
        return body, None

    async def _code2session(self, request: Request) -> JSONResponse:
        _, fault = await self._logged(request)
        if fault:
            return fault
        if request.method != "GET":
            return _error(43001, "require GET method")
        q = request.query_params
        if q.get("appid") != self.appid:
            return _error(40013, "invalid appid")
        if q.get("secret") != self.secret:
            return _error(40125, "invalid appsecret")
        js_code = q.get("js_code", "")
        if self.accept_demo_codes and js_code.startswith(DEMO_CODE_PREFIX) and len(js_code) > len(DEMO_CODE_PREFIX):
            # The same demo name always logs in as the same WeChat user.
            openid = "o-demo-" + js_code.removeprefix(DEMO_CODE_PREFIX)
            return JSONResponse({"openid": openid, "session_key": secrets.token_urlsafe(16)})
        login = self.login_codes.get(js_code)
        if login is None or login.expires_at <= self.now():
            return _error(40029, "invalid code")
        if login.used:
            return _error(40163, "code been used")
        login.used = True
        if login.blocked:
            return _error(40226, "code blocked")
        answer = {"openid": login.openid, "session_key": login.session_key}
        if login.unionid:
            answer["unionid"] = login.unionid
        return JSONResponse(answer)

    async def _stable_token(self, request: Request) -> JSONResponse:
        body, fault = await self._logged(request)
        if fault:
            return fault
        if request.method != "POST":
            return _error(43002, "require POST method")
        if not isinstance(body, dict):
            return _error(47001, "data format error")
        if body.get("grant_type") != "client_credential":
            return _error(40002, "invalid grant_type")
        if body.get("appid") != self.appid:
            return _error(40013, "invalid appid")
        if body.get("secret") != self.secret:
            return _error(40001, "invalid credential, access_token is invalid or not latest")
        current = self._current_token()
        if current is None or body.get("force_refresh"):
            current = "fake-token-" + secrets.token_hex(16)
            self.tokens[current] = self.now() + TOKEN_TTL
        return JSONResponse({"access_token": current, "expires_in": int(self.tokens[current] - self.now())})

    async def _quota_get(self, request: Request) -> JSONResponse:
        """get_api_quota: the simplest business API that takes an access token."""
        body, fault = await self._logged(request)
        if fault:
            return fault
        if refused := self.check_token(request.query_params.get("access_token")):
            return refused
        return JSONResponse({"errcode": 0, "errmsg": "ok",
                             "quota": {"daily_limit": 10000000, "used": 0, "remain": 10000000}})

    async def _subscribe_send(self, request: Request) -> JSONResponse:
        body, fault = await self._logged(request)
        if fault:
            return fault
        if refused := self.check_token(request.query_params.get("access_token")):
            return refused
        if not isinstance(body, dict) or not isinstance(body.get("data"), dict):
            return _error(47001, "data format error")
        openid, template_id = body.get("touser") or "", body.get("template_id") or ""
        if not openid or (self.known_openids is not None and openid not in self.known_openids):
            return _error(40003, "invalid openid")
        if template_id not in self.templates:
            return _error(40037, "invalid template_id")
        page = str(body.get("page") or "").split("?")[0]
        if page and self.published_pages is not None and page not in self.published_pages:
            return _error(41030, "invalid page")
        if problem := _invalid_data(self.templates[template_id], body["data"]):
            return _error(47003, f"argument invalid! {problem}")
        if not self.unlimited_quota:
            left = self.quota.get((openid, template_id), 0)
            if left <= 0:
                return _error(43101, "user refuse to accept the msg")
            self.quota[(openid, template_id)] = left - 1
        msgid = next(self._msgids)
        self.sent.append({"touser": openid, "template_id": template_id, "page": body.get("page"),
                          "data": body["data"], "msgid": msgid})
        return JSONResponse({"errcode": 0, "errmsg": "ok", "msgid": msgid})

    async def _get_unlimited_qrcode(self, request: Request) -> Response:
        """getwxacodeunlimit (§4a, §10): image bytes on success, JSON errors for a bad scene, page or width."""
        body, fault = await self._logged(request)
        if fault:
            return fault
        if refused := self.check_token(request.query_params.get("access_token")):
            return refused
        if not isinstance(body, dict):
            return _error(40169, "invalid length for scene, or the data is not json string")
        scene = str(body.get("scene") or "")
        if not scene or len(scene) > 32:
            return _error(40169, "invalid length for scene, or the data is not json string")
        if not set(scene) <= SCENE_CHARACTERS:
            return _error(40129, "invalid scene")
        if not 280 <= int(body.get("width", 430)) <= 1280:
            return _error(40097, "invalid args")
        page = str(body.get("page") or "")
        if body.get("check_path", True) and self.published_pages is not None and page not in self.published_pages:
            return _error(41030, "invalid page")
        self.wxacodes.append({"scene": scene, "page": page})
        return Response(_TINY_PNG, media_type="image/png")

    def _current_token(self) -> str | None:
        # Normal mode hands out the same token while more than 300 s remain.
        live = [(exp, tok) for tok, exp in self.tokens.items()
                if tok not in self.revoked and exp - self.now() > 300]
        return max(live)[1] if live else None

    def check_token(self, token: str | None) -> JSONResponse | None:
        """The token checks every business endpoint makes (§10)."""
        if not token:
            return _error(41001, "access_token missing")
        if token not in self.tokens or token in self.revoked:
            return _error(40001, "invalid credential, access_token is invalid or not latest")
        if self.tokens[token] <= self.now():
            return _error(42001, "access_token expired")
        return None

    # -- control endpoints --
    async def _control_clock(self, request: Request) -> JSONResponse:
        self.advance(float((await request.json()).get("advance", 0)))
        return JSONResponse({"offset": self.clock_offset})

    async def _control_faults(self, request: Request) -> JSONResponse:
        spec = await request.json()
        self.inject_fault(spec["path"], times=int(spec.get("times", 1)), errcode=spec.get("errcode"),
                          http_status=spec.get("http_status"), delay=float(spec.get("delay", 0)))
        return JSONResponse({"ok": True})

    async def _control_login_codes(self, request: Request) -> JSONResponse:
        spec = await request.json()
        self.seed_login_code(spec["code"], spec["openid"], unionid=spec.get("unionid"),
                             blocked=bool(spec.get("blocked")))
        return JSONResponse({"ok": True})

    async def _control_revoke(self, request: Request) -> JSONResponse:
        self.revoked.add((await request.json())["access_token"])
        return JSONResponse({"ok": True})

    async def _control_calls(self, request: Request) -> JSONResponse:
        return JSONResponse(self.calls)

    async def _control_sent(self, request: Request) -> JSONResponse:
        """The subscription messages delivered so far (what users received)."""
        return JSONResponse(self.sent)


_FIELD_RULES = {  # type -> (max length, allowed characters); §3a
    "thing": (20, None), "number": (32, re.compile(r"^[0-9.]+$")), "letter": (32, re.compile(r"^[A-Za-z]+$")),
    "symbol": (5, None), "character_string": (32, re.compile(r"^[\x21-\x7e]+$")),
    "phone_number": (17, None), "car_number": (8, None), "phrase": (5, re.compile(r"^[\u4e00-\u9fff]+$")),
    "name": (20, None),
    "time": (40, re.compile(r"^(\d{4}年\d{1,2}月\d{1,2}日 ?)?\d{1,2}:\d{2}(~.+)?$")),
    "date": (40, re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日( \d{1,2}:\d{2})?(~.+)?$")),
}


def _invalid_data(keys: set[str], data: dict) -> str | None:
    """The 47003 message for the first bad value, or None when every template key has a valid value."""
    for key in sorted(keys):
        entry = data.get(key)
        value = entry.get("value") if isinstance(entry, dict) else None
        if value is None or str(value) == "":
            return f"data.{key}.value is emtpy"
        limit, pattern = _FIELD_RULES.get(key.rstrip("0123456789"), (20, None))
        if len(str(value)) > limit or (pattern is not None and not pattern.match(str(value))):
            return f"data.{key}.value invalid"
    return None
