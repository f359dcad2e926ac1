"""The authorization matrix: every route of the app's route table × every role of tests/authz_policy.py.

Each cell is a valid request (so a 2xx proves the role got through, and a denial is never a validation error), on
objects that belong to enterprise A. Objects that a call uses up (a hazard verified, a pending enterprise approved,
a draft submitted) are made fresh for that call, so the order of the cells does not matter.
"""

import asyncio
import re
import tempfile
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Awaitable, Callable

import pytest
import pytest_asyncio
from fastapi import routing

from api.app import create_app
from api.routes import console
from core import clock, security
from enterprises import importing
from enterprises.credit_code import complete
from enterprises.models import Enterprise, SafetyDocument, StreetConfig
from core.identity import Role
from inspections import reports
from inspections.models import HazardEvent, Inspection, InspectionStatus
from records.models import RecordDocument
from scoring.models import RiskFact
from scoring.ruleset import default_body
from tests import authz_policy as policy, builders
from tests.authz_world import (PASSWORD, PROFILE_ITEMS, PROFILE_PATCHES, World, build_world, campaign_body, ok,
                               start_draft, unique)
from tests.conftest import AUTHZ_CELL, asgi_client, fake_wechat_client, settings_for
from tests.files import samples
from wechat.fake import FakeWeChat


def route_keys(app) -> list[str]:
    """"METHOD /path" of every route the app serves (HEAD is implied by GET)."""
    keys = []
    for route in routing.iter_route_contexts(app.routes):
        if isinstance(route.original_route, routing.APIRoute):
            keys += [f"{method} {route.path}" for method in sorted(route.methods - {"HEAD"})]
    return keys


ROUTES = route_keys(create_app(settings_for(Path(tempfile.gettempdir())), manage_database=False))

# Routes whose 2xx is an endless text/event-stream: their status is read from the response start.
STREAMING = {"GET /api/v1/dashboard/stream"}


@dataclass
class Call:
    ids: dict = field(default_factory=dict)  # path parameters beyond the world's defaults
    json: object = None
    params: dict | None = None
    files: dict | None = None
    headers: dict = field(default_factory=dict)
    # Call as a fresh copy of the role's user (same role, region, enterprise, with a password): for calls that
    # revoke the caller's own tokens, so the world's users keep working.
    as_copy: bool = False


# -- calls that need a body, a fresh object, or an id the world's defaults cannot guess --

CallMaker = Callable[[object, World], Awaitable[Call]]
CALLS: dict[str, CallMaker] = {}


def call(*keys: str):
    def register(make: CallMaker) -> CallMaker:
        for key in keys:
            CALLS[key] = make
        return make

    return register


@call("GET /q/{token}", "GET /api/v1/scan/{token}")
async def _scan(http, w):
    return Call(ids={"token": (await Enterprise.get(id=w.a.id)).qr_token})  # reissuing changes it


async def _reports_on() -> None:
    await StreetConfig.update_or_create(key="default", defaults={"public_reports_enabled": True})


@call("POST /api/v1/scan/{token}/reports")
async def _public_report(http, w):
    await _reports_on()
    return Call(ids={"token": (await Enterprise.get(id=w.a.id)).qr_token},
                files={"text": (None, "后门消防通道堵塞"), "photo": ("p.png", samples.png(), "image/png")})


async def _report_of_a(http, w) -> int:
    """A fresh report about A, sent through the route as an anonymous neighbour would, with a photo."""
    await _reports_on()
    token = (await Enterprise.get(id=w.a.id)).qr_token
    return ok(await http.post(f"/api/v1/scan/{token}/reports", data={"text": "仓库里有人抽烟"},
                              files={"photo": ("p.png", samples.png(), "image/png")}))["id"]


@call("GET /api/v1/public-reports/{report_id}", "GET /api/v1/public-reports/{report_id}/photo")
async def _read_report(http, w):
    if "report" not in w.extra:
        w.extra["report"] = await _report_of_a(http, w)
    return Call(ids={"report_id": w.extra["report"]})


@call("POST /api/v1/public-reports/{report_id}/close")
async def _close_report(http, w):
    return Call(ids={"report_id": await _report_of_a(http, w)}, json={"note": "已现场核实"})


@call("PATCH /api/v1/street-config")
async def _street_config(http, w):
    return Call(json={"public_reports_enabled": True})


@call("GET /static/{name}")
async def _static_file(http, w):
    return Call(ids={"name": "command.js"})


@call("GET /m/{name:path}")
async def _mini_program_file(http, w):
    return Call(ids={"name": "index.html"})  # there with or without a build (then it says how to make one)


def _first_console_asset() -> str:
    return next((name for name in console.built_files(console.DIST_DIR) if name.startswith("assets/")), "assets/none")


@call("GET /admin/{name:path}")
async def _console_file(http, w):
    return Call(ids={"name": _first_console_asset()})


@call("POST /api/v1/auth/wechat")
async def _wechat_login(http, w):
    code = unique("authz-code-")
    w.fake_wechat.seed_login_code(code, unique("openid-"))
    return Call(json={"code": code})


@call("POST /api/v1/auth/password")
async def _password_login(http, w):
    return Call(json={"username": w.password_user.username, "password": PASSWORD})


@call("POST /api/v1/users")
async def _new_user(http, w):
    return Call(json={"name": "新检查员", "role": "inspector", "region_id": w.tree["north_grid"].id})


@call("POST /api/v1/auth/password/reset")
async def _redeem_reset(http, w):
    username = unique("reset-")
    await builders.user(Role.INSPECTOR, w.tree["north_grid"], username=username,
                        reset_digest=security.digest("RESETCODE2"), reset_expires_at=clock.now() + timedelta(hours=1))
    return Call(json={"username": username, "reset_code": "RESETCODE2", "new_password": "a-new-password"})


@call("POST /api/v1/auth/logout")
async def _logout(http, w):
    return Call(as_copy=True)


@call("POST /api/v1/me/password")
async def _change_password(http, w):
    return Call(as_copy=True, json={"old_password": PASSWORD, "new_password": "a-new-password"})


@call("PATCH /api/v1/users/{user_id}")
async def _rename_user(http, w):
    target = await builders.user(Role.INSPECTOR, w.tree["north_grid"])
    return Call(ids={"user_id": target.id}, json={"name": unique("检查员")})


@call("POST /api/v1/users/{user_id}/deactivate")
async def _deactivate(http, w):
    return Call(ids={"user_id": (await builders.user(Role.ENTERPRISE, enterprise=w.a)).id})


@call("POST /api/v1/users/{user_id}/reactivate")
async def _reactivate(http, w):
    return Call(ids={"user_id": (await builders.user(Role.INSPECTOR, w.tree["north_grid"], is_active=False)).id})


@call("POST /api/v1/users/{user_id}/unbind-wechat")
async def _unbind(http, w):
    target = await builders.user(Role.INSPECTOR, w.tree["north_grid"], openid=unique("openid-staff-"))
    return Call(ids={"user_id": target.id})


@call("POST /api/v1/users/{user_id}/reset-password")
async def _reset(http, w):
    target = await builders.user(Role.INSPECTOR, w.tree["north_grid"], username=unique("inspector-"))
    return Call(ids={"user_id": target.id})


@call("POST /api/v1/users/{user_id}/invite")
async def _invite(http, w):
    return Call(ids={"user_id": (await builders.user(Role.INSPECTOR, w.tree["north_grid"])).id})


@call("POST /api/v1/regions")
async def _new_region(http, w):
    return Call(json={"name": unique("网格"), "level": "grid", "parent_id": w.tree["north"].id})


@call("PUT /api/v1/regions/{region_id}/boundary")
async def _draw_region(http, w):
    ring = [[104.27, 30.99], [104.28, 30.99], [104.28, 31.0], [104.27, 30.99]]
    return Call(ids={"region_id": w.tree["north_grid"].id}, json={"boundary": {"type": "Polygon",
                                                                                "coordinates": [ring]}})


@call("POST /api/v1/enterprises")
async def _register(http, w):
    n = int(unique(""))
    return Call(json={"name": f"登记企业{n}", "credit_code": complete(f"91370602MA{n:07d}"), "address": "测试路2号",
                      "lat": 37.46, "lng": 121.44, "region_id": w.tree["north_grid"].id, "industry": "餐饮",
                      "category": "规下", "contact_name": "联系人", "contact_phone": "13800000001"})


@call("PATCH /api/v1/enterprises/{enterprise_id}")
async def _edit(http, w):
    return Call(json={"contact_name": unique("联系人")})


async def _pending_enterprise(w: World) -> Enterprise:
    registrant = await builders.user(Role.PUBLIC)
    return await builders.enterprise(w.tree["north_grid"], status="pending", registered_by=registrant)


@call("POST /api/v1/enterprises/{enterprise_id}/approve")
async def _approve(http, w):
    return Call(ids={"enterprise_id": (await _pending_enterprise(w)).id})


@call("POST /api/v1/enterprises/{enterprise_id}/reject")
async def _reject(http, w):
    return Call(ids={"enterprise_id": (await _pending_enterprise(w)).id}, json={"note": "材料不全"})


@call("POST /api/v1/enterprises/import")
async def _import(http, w):
    return Call(files={"file": ("企业.xlsx", importing.TEMPLATE_PATH.read_bytes(),
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")})


def _profile_calls(path: str) -> None:
    base = f"/api/v1/enterprises/{{enterprise_id}}/{path}"

    @call(f"POST {base}")
    async def _add(http, w):
        return Call(json=PROFILE_ITEMS[path])

    @call(f"PATCH {base}/{{item_id}}")
    async def _patch(http, w):
        return Call(ids={"item_id": w.extra[path]}, json=PROFILE_PATCHES[path])

    @call(f"DELETE {base}/{{item_id}}")
    async def _delete(http, w):
        made = ok(await http.post(f"/api/v1/enterprises/{w.a.id}/{path}", json=PROFILE_ITEMS[path],
                                  headers=w.headers(policy.ENTERPRISE_A)))
        return Call(ids={"item_id": made["id"]})


for _path in PROFILE_ITEMS:
    _profile_calls(_path)


@call("POST /api/v1/enterprises/{enterprise_id}/documents/{document_id}/verify")
async def _verify_document(http, w):
    upload = await builders.photo(w.users[policy.ENTERPRISE_A], w.a)
    document = await SafetyDocument.create(enterprise_id=w.a.id, doc_type="rules", title="安全生产规章制度",
                                           upload_ids=[upload.id], issued_date=clock.now().date())
    return Call(ids={"document_id": document.id}, json={"approved": True})


@call("POST /api/v1/enterprises/{enterprise_id}/facts")
async def _record_fact(http, w):
    return Call(json={"kind": "refused_inspection", "occurred_on": clock.now().date().isoformat(),
                      "reason": "拒绝检查人员进入车间"})


@call("POST /api/v1/enterprises/{enterprise_id}/facts/{fact_id}/revoke")
async def _revoke_fact(http, w):
    fact = await RiskFact.create(enterprise_id=w.a.id, kind="accident", occurred_on=clock.now().date(),
                                 reason="误记", recorded_at=clock.now())
    return Call(ids={"fact_id": fact.id}, json={"reason": "记录有误"})


@call("POST /api/v1/enterprises/{enterprise_id}/risk/override")
async def _override(http, w):
    return Call(json={"color": "red", "reason": "事故调查期间", "until": (clock.now() + timedelta(days=30)).isoformat()})


@call("POST /api/v1/uploads")
async def _upload(http, w):
    return Call(files={"file": ("b.png", samples.png(), "image/png")})


@call("POST /api/v1/notify/subscriptions")
async def _subscribe(http, w):
    return Call(json={"accepted": ["risk_changed"]})


@call("POST /api/v1/notify/dead-letters/{delivery_id}/replay")
async def _replay(http, w):
    return Call(ids={"delivery_id": (await builders.dead_letter()).id})


@call("POST /api/v1/notices")
async def _notice(http, w):
    return Call(json={"title": "通知", "body": "请自查。", "target": {"region_ids": [w.tree["north_grid"].id]}})


@call("POST /api/v1/notices/preview")
async def _notice_preview(http, w):
    return Call(json={"region_ids": [w.tree["north_grid"].id]})


@call("POST /api/v1/check-items")
async def _check_item(http, w):
    return Call(json={"code": unique("AUTHZ-"), "category": "消防安全", "text": "安全出口畅通"})


@call("POST /api/v1/check-items/{item_id}/retire")
async def _retire(http, w):
    [item] = await builders.check_items(1)
    return Call(ids={"item_id": item.id})


@call("POST /api/v1/templates")
async def _template(http, w):
    return Call(json={"name": unique("模板"), "item_ids": w.extra["template"].item_ids})


@call("PATCH /api/v1/check-items/{item_id}")
async def _edit_check_item(http, w):
    [item] = await builders.check_items(1)
    return Call(ids={"item_id": item.id}, json={"text": unique("安全出口畅通")})


@call("PATCH /api/v1/templates/{template_id}")
async def _edit_template(http, w):
    return Call(ids={"template_id": w.extra["template"].id}, json={"name": unique("模板")})


@call("POST /api/v1/inspections")
async def _start(http, w):
    return Call(json={"enterprise_id": w.a.id}, headers={"Idempotency-Key": unique("authz-")})


@call("PUT /api/v1/inspections/{inspection_id}/items/{item_id}")
async def _record(http, w):
    return Call(ids={"item_id": w.extra["inspection"]["items"][0]["id"]}, json={"result": "pass"})


@call("POST /api/v1/inspections/{inspection_id}/submit")
async def _submit(http, w):
    """A filled draft, made again only after a role has submitted the previous one."""
    draft = w.extra.get("filled_draft")
    if draft is None or (await Inspection.get(id=draft)).status != InspectionStatus.DRAFT:
        made = await start_draft(http, w)
        for item in made["items"]:
            ok(await http.put(f"/api/v1/inspections/{made['id']}/items/{item['id']}", json={"result": "pass"},
                              headers=w.headers(policy.INSPECTOR_IN)))
        draft = w.extra["filled_draft"] = made["id"]
    return Call(ids={"inspection_id": draft})


@call("POST /api/v1/inspections/{inspection_id}/items")
async def _add_items(http, w):
    [item] = await builders.check_items(1)  # a library item not yet on the draft
    return Call(json={"check_item_ids": [item.id]})


@call("POST /api/v1/inspections/{inspection_id}/findings")
async def _finding(http, w):
    return Call(json={"text": "消防通道堆放杂物", "severity": "general"})


@call("POST /api/v1/inspections/{inspection_id}/cancel")
async def _cancel(http, w):
    return Call(ids={"inspection_id": (await start_draft(http, w))["id"]}, json={"reason": "扫错了企业"})


async def _printable_inspection(w: World) -> int:
    """A submitted street inspection of A with a hazard whose fix was verified: it has all three documents."""
    if "printable" not in w.extra:
        inspection = await builders.inspection(w.a, w.users[policy.INSPECTOR_IN])
        hazard = await builders.hazard(w.a, w.users[policy.INSPECTOR_IN], inspection=inspection, status="closed",
                                       basis="《中华人民共和国消防法》第二十八条")
        await HazardEvent.create(hazard=hazard, at=clock.now(), actor_user_id=w.users[policy.INSPECTOR_IN].id,
                                 actor_name="检查员", from_status="submitted", to_status="closed", note="复查合格")
        w.extra["printable"] = inspection.id
    return w.extra["printable"]


@call("GET /api/v1/inspections/{inspection_id}/record.pdf",
      "GET /api/v1/inspections/{inspection_id}/rectification-notice.pdf",
      "GET /api/v1/inspections/{inspection_id}/review.pdf")
async def _printed(http, w):
    return Call(ids={"inspection_id": await _printable_inspection(w)})


@call("POST /api/v1/inspections/{inspection_id}/signatures")
async def _signature(http, w):
    """A fresh inspection each time: each side signs once."""
    inspection = await builders.inspection(w.a, w.users[policy.INSPECTOR_IN])
    return Call(ids={"inspection_id": inspection.id},
                json={"stage": "inspection", "signer_role": "enterprise", "signer_name": "李老板", "refused": True,
                      "witness_name": "王见证"})


@call("GET /api/v1/posters.pdf")
async def _posters(http, w):
    return Call(params={"enterprise_ids": str(w.a.id)})


@call("GET /verify/{code}")
async def _verify_page(http, w):
    inspection_id = await _printable_inspection(w)
    answer = await http.get(f"/api/v1/inspections/{inspection_id}/record.pdf", headers=w.headers(policy.ADMIN))
    assert answer.status_code == 200, answer.text
    return Call(ids={"code": (await RecordDocument.get(inspection_id=inspection_id, kind="record")).verify_code})


@call("PATCH /api/v1/hazards/{hazard_id}")
async def _ledger(http, w):
    return Call(ids={"hazard_id": (await builders.hazard(w.a, w.users[policy.INSPECTOR_IN])).id},
                json={"responsible_person": "王经理"})


@call("POST /api/v1/hazards/{hazard_id}/rectify")
async def _rectify(http, w):
    return Call(ids={"hazard_id": (await builders.hazard(w.a, w.users[policy.INSPECTOR_IN])).id},
                json={"note": "已整改", "photo_ids": []})


@call("POST /api/v1/hazards/{hazard_id}/verify")
async def _verify(http, w):
    hazard = await builders.hazard(w.a, w.users[policy.INSPECTOR_IN], status="submitted")
    return Call(ids={"hazard_id": hazard.id}, json={"approved": True, "note": "复查合格"})


@call("POST /api/v1/hazards/{hazard_id}/extensions")
async def _extension(http, w):
    hazard = await builders.hazard(w.a, w.users[policy.INSPECTOR_IN])
    later = (hazard.deadline_date + timedelta(days=7)).isoformat()
    return Call(ids={"hazard_id": hazard.id}, json={"requested_deadline": later, "reason": "设备到货需要时间"})


@call("POST /api/v1/hazards/{hazard_id}/extensions/{extension_id}/decide")
async def _decide_extension(http, w):
    hazard = await builders.hazard(w.a, w.users[policy.INSPECTOR_IN])
    extension = await builders.extension(hazard, w.users[policy.ENTERPRISE_A])
    return Call(ids={"hazard_id": hazard.id, "extension_id": extension.id}, json={"approved": True, "note": ""})


@call("POST /api/v1/hazards/{hazard_id}/revise")
async def _revise(http, w):
    hazard = await builders.hazard(w.a, w.users[policy.INSPECTOR_IN])
    later = (hazard.deadline_date + timedelta(days=3)).isoformat()
    return Call(ids={"hazard_id": hazard.id}, json={"deadline": later, "reason": "整改工程量大"})


@call("POST /api/v1/campaigns/{campaign_id}/start")
async def _start_task(http, w):
    campaign = ok(await http.post("/api/v1/campaigns", json=campaign_body(w), headers=w.headers(policy.ADMIN)))
    return Call(ids={"campaign_id": campaign["id"]}, headers={"Idempotency-Key": unique("authz-")})


@call("POST /api/v1/campaigns")
async def _campaign(http, w):
    return Call(json=campaign_body(w))


@call("PUT /api/v1/reports/form")
async def _form(http, w):
    return Call(json={"questions": await reports.current_form()})


@call("POST /api/v1/reports")
async def _report(http, w):
    return Call(json={"answers": {q["key"]: True if q.get("kind", "bool") == "bool" else "正常"
                                  for q in await reports.current_form()}})


@call("POST /api/v1/scoring/rulesets")
async def _ruleset(http, w):
    return Call(json=default_body())


@call("POST /api/v1/scoring/simulate")
async def _simulate(http, w):
    return Call(json={"ruleset": default_body()})


@call("GET /api/v1/exports/quarterly.xlsx")
async def _quarterly(http, w):
    return Call(params={"year": clock.now().year, "quarter": 1})


@call("GET /api/v1/exports/{kind}.xlsx")
async def _unknown_export(http, w):
    return Call(ids={"kind": "secrets"})


# -- running a cell --

async def first_status(app, path: str, headers: dict) -> int:
    """The status of a streaming response, read from its start; then the client goes away."""
    started: asyncio.Future = asyncio.get_running_loop().create_future()
    gone = asyncio.Event()
    sent = False

    async def receive():
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": b"", "more_body": False}
        await gone.wait()
        return {"type": "http.disconnect"}

    async def send(message):
        if message["type"] == "http.response.start" and not started.done():
            started.set_result(message["status"])

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET", "scheme": "http",
             "path": path, "raw_path": path.encode(), "query_string": b"", "root_path": "",
             "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
             "client": ("10.0.0.1", 50000), "server": ("testserver", 80)}
    task = asyncio.create_task(app(scope, receive, send))
    try:
        return await asyncio.wait_for(asyncio.shield(started), 10)
    finally:
        gone.set()
        try:
            await asyncio.wait_for(task, 5)
        except TimeoutError:
            pass


async def _copy_headers(world: World, role: str) -> dict:
    if role not in world.users:
        return {}
    user = world.users[role]
    copy = await builders.user(Role(user.role), None, region_id=user.region_id, enterprise_id=user.enterprise_id,
                               username=unique("copy-"), password_hash=world.password_user.password_hash)
    return builders.auth(copy)


async def run_cell(app, http, world: World, key: str, role: str) -> tuple[int, str]:
    method, path = key.split(" ", 1)
    made = await CALLS[key](http, world) if key in CALLS else Call()
    # (a converter such as `{name:path}` is not a format spec)
    url = re.sub(r"\{(\w+):\w+\}", r"{\1}", path).format(**{**world.ids, **made.ids})
    headers = {**(await _copy_headers(world, role) if made.as_copy else world.headers(role)), **made.headers}
    if key in STREAMING:
        return await first_status(app, url, headers), ""
    answer = await http.request(method, url, json=made.json, params=made.params, files=made.files, headers=headers)
    return answer.status_code, answer.text[:200]


def declared_statuses(app, key: str) -> set[int] | None:
    """The statuses the OpenAPI declares for the route (None for routes outside the schema)."""
    method, path = key.split(" ", 1)
    operation = app.openapi()["paths"].get(path, {}).get(method.lower())
    return None if operation is None else {int(s) for s in operation["responses"] if s.isdigit()}


# Pages of an optional front-end build: when it was not built they answer 404 to everyone alike.
UNBUILT_PAGES = {"GET /admin/", "GET /admin/{name:path}"} if not console.built_files(console.DIST_DIR) else set()


def expected(key: str, role: str) -> str:
    if key in UNBUILT_PAGES:
        return "404"
    if role in policy.POLICY[key]:
        return "2xx"
    return "401" if role == policy.ANONYMOUS else "403/404"


def matches(status: int, expectation: str) -> bool:
    if expectation == "2xx":
        return 200 <= status < 300
    return str(status) in expectation.split("/")


# -- fixtures and tests --

@pytest.fixture(scope="module")
def matrix_fake_wechat() -> FakeWeChat:
    return FakeWeChat()


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def matrix(db_module, tmp_path_factory, matrix_fake_wechat):
    wechat = fake_wechat_client(matrix_fake_wechat, [])
    # Every role reports from the one test IP, several times over (fresh reports to close): above the hourly limit.
    settings = settings_for(tmp_path_factory.mktemp("authz")).model_copy(update={"report_rate_per_ip": "1000/hour"})
    app = create_app(settings, wechat=wechat, manage_database=False)
    async with asgi_client(app) as http:
        yield app, http, await build_world(http, matrix_fake_wechat)
    await wechat.aclose()


def test_every_route_has_a_policy_line():
    missing = [key for key in ROUTES if key not in policy.POLICY]
    stale = [key for key in [*policy.POLICY, *policy.PENDING_POLICY] if key not in ROUTES]
    assert not missing, f"routes without a line in tests/authz_policy.py: {missing}"
    assert not stale, f"lines in tests/authz_policy.py for routes that no longer exist: {stale}"


@pytest.mark.parametrize("key", ROUTES)
async def test_route_answers_each_role_as_the_policy_says(matrix, key, request):
    assert key in policy.POLICY, f"{key} has no line in tests/authz_policy.py: say which roles may call it"
    app, http, world = matrix
    declared = declared_statuses(app, key)
    wrong = []
    for role in policy.ROLES:
        status, text = await run_cell(app, http, world, key, role)
        request.node.user_properties.append((AUTHZ_CELL, (key, role, status)))
        if not matches(status, expected(key, role)):
            wrong.append(f"{role}: expected {expected(key, role)}, got {status} {text}")
        elif declared is not None and status not in declared:
            wrong.append(f"{role}: {status} is not declared in the OpenAPI (api/responses.py), only {sorted(declared)}")
    assert not wrong, f"{key}\n" + "\n".join(wrong)


@pytest.mark.parametrize("key", list(policy.PENDING_POLICY))
async def test_a_pending_enterprise_answers_each_role_as_the_decision_says(matrix, key, request):
    """The registrant case decided once (docs/decisions/091): the routes of P, the registrant's pending
    enterprise, as every role."""
    app, http, world = matrix
    method, path = key.split(" ", 1)
    wrong = []
    for role in policy.ROLES:
        made = await CALLS[key](http, world) if key in CALLS else Call()
        url = path.format(**{**world.ids, **made.ids, **world.pending_ids})
        answer = await http.request(method, url, json=made.json, params=made.params, files=made.files,
                                    headers={**world.headers(role), **made.headers})
        request.node.user_properties.append((AUTHZ_CELL, (f"{key} (pending)", role, answer.status_code)))
        expectation = ("2xx" if role in policy.PENDING_POLICY[key]
                       else "401/404" if role == policy.ANONYMOUS else "403/404")
        if not matches(answer.status_code, expectation):
            wrong.append(f"{role}: expected {expectation}, got {answer.status_code} {answer.text[:200]}")
    assert not wrong, f"{key} on the pending enterprise\n" + "\n".join(wrong)
