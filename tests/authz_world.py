"""A world of two enterprises and one user per role of tests/authz_policy.py, made through real rows and the
HTTP API: the authorization matrix and the schemathesis run both call the app on it."""

import itertools
from dataclasses import dataclass, field
from datetime import timedelta

from pwdlib.hashers.argon2 import Argon2Hasher

from core import clock
from enterprises.models import Enterprise, User
from core.identity import Role
from notify.models import InboxMessage
from scoring import service as scoring_service
from scoring.ruleset import default_body
from tests import authz_policy as policy, builders
from tests.files import samples
from wechat.fake import FakeWeChat

_serial = itertools.count(1)


@dataclass
class World:
    tree: dict
    a: Enterprise
    b: Enterprise
    users: dict[str, User]  # by role name of the policy
    password_user: User
    fake_wechat: FakeWeChat
    ids: dict = field(default_factory=dict)  # path parameter name → an object of A
    # path parameter name → an object of P, the registrant's pending enterprise in A's grid
    pending_ids: dict = field(default_factory=dict)
    extra: dict = field(default_factory=dict)

    def headers(self, role: str) -> dict:
        return builders.auth(self.users[role]) if role in self.users else {}


PASSWORD = "authz-matrix-password"


def unique(prefix: str) -> str:
    return f"{prefix}{next(_serial)}"


def ok(answer):
    assert answer.is_success, f"building the world: {answer.request.method} {answer.request.url} → " \
                              f"{answer.status_code} {answer.text}"
    return answer.json()


async def build_world(http, fake) -> World:
    tree = await builders.region_tree()
    a = await builders.enterprise(tree["north_grid"], industry="餐饮")
    b = await builders.enterprise(tree["south_grid"], industry="餐饮")
    users = {
        policy.PUBLIC: await builders.user(Role.PUBLIC, openid=unique("openid-public-")),
        policy.ENTERPRISE_A: await builders.user(Role.ENTERPRISE, enterprise=a),
        policy.ENTERPRISE_B: await builders.user(Role.ENTERPRISE, enterprise=b),
        policy.INSPECTOR_IN: await builders.user(Role.INSPECTOR, tree["north_grid"]),
        policy.INSPECTOR_OUT: await builders.user(Role.INSPECTOR, tree["south_grid"]),
        policy.COMMAND: await builders.user(Role.COMMAND, tree["street"]),
        policy.ADMIN: await builders.user(Role.ADMIN, tree["street"]),
        policy.REGION_ADMIN: await builders.user(Role.ADMIN, tree["north"]),
        policy.TOP_ADMIN: await builders.user(Role.ADMIN, tree["district"]),
        policy.SYSTEM_ADMIN: await builders.user(Role.ADMIN),
        policy.REGISTRANT: await builders.user(Role.PUBLIC, openid=unique("openid-registrant-")),
    }
    # Login verifies against the hash's own argon2 parameters: cheap ones keep eight logins fast.
    cheap_hash = Argon2Hasher(time_cost=1, memory_cost=1024, parallelism=1).hash(PASSWORD)
    world = World(tree, a, b, users, await builders.user(Role.ADMIN, tree["street"], username="authz-admin",
                                                         password_hash=cheap_hash), fake)
    await scoring_service.recompute_risk(a.id)  # so A has a risk code to print
    owner, admin = world.headers(policy.ENTERPRISE_A), world.headers(policy.ADMIN)
    items = await builders.check_items(2)
    world.extra["template"] = await builders.template(items, industries=["餐饮"])
    for path, body in PROFILE_ITEMS.items():
        world.extra[path] = ok(await http.post(f"/api/v1/enterprises/{a.id}/{path}", json=body, headers=owner))["id"]
    upload = ok(await http.post("/api/v1/uploads", files={"file": ("a.png", samples.png(), "image/png")},
                                headers=owner))
    inspection = await start_draft(http, world)
    hazard = await builders.hazard(a, users[policy.INSPECTOR_IN])
    notice = ok(await http.post("/api/v1/notices", json={"title": "通知", "body": "请自查。",
                                                         "target": {"region_ids": [tree["north_grid"].id]}},
                                headers=admin))
    campaign = ok(await http.post("/api/v1/campaigns", json=campaign_body(world), headers=admin))
    message = await InboxMessage.create(user=users[policy.ENTERPRISE_A], kind="notice", title="消息", body="正文",
                                        dedup_key=unique("authz-"))
    ruleset = ok(await http.post("/api/v1/scoring/rulesets", json=default_body(),
                                 headers=world.headers(policy.TOP_ADMIN)))
    world.extra["inspection"] = inspection
    # P: registered by the registrant, still pending. The app gives a pending enterprise no inspections or hazards
    # (starting one is refused); these are made directly so the matrix pins that a registrant's reach stops at
    # P's own record (docs/decisions/091-registrant-sees-pending-enterprise.md).
    pending = await builders.enterprise(tree["north_grid"], industry="餐饮", status="pending",
                                        registered_by=users[policy.REGISTRANT])
    world.pending_ids = {"enterprise_id": pending.id, "token": pending.qr_token,
                         "hazard_id": (await builders.hazard(pending, users[policy.INSPECTOR_IN])).id,
                         "inspection_id": (await builders.inspection(pending, users[policy.INSPECTOR_IN])).id}
    world.ids = {"enterprise_id": a.id, "upload_id": upload["id"], "inspection_id": inspection["id"],
                 "hazard_id": hazard.id, "notice_id": notice["id"], "campaign_id": campaign["id"],
                 "message_id": message.id, "version": ruleset["version"]}
    return world


PROFILE_ITEMS = {
    "personnel": {"name": "赵安全", "role": "safety_manager", "phone": "13900000001"},
    "documents": {"doc_type": "emergency_plan", "title": "综合应急预案", "issued_date": "2026-01-01"},
    "hazard-points": {"name": "后厨", "place": "一楼", "risk_level": "orange"},
}
PROFILE_PATCHES = {"personnel": {"phone": "13900000002"}, "documents": {"title": "综合应急预案(修订)"},
                   "hazard-points": {"risk_level": "yellow"}}


def campaign_body(world: World) -> dict:
    return {"title": unique("专项"), "template_id": world.extra["template"].id, "target": {"industries": ["餐饮"]},
            "deadline": (clock.now() + timedelta(days=7)).date().isoformat()}


async def start_draft(http, world: World) -> dict:
    """A draft checklist of A started by A's inspector (only its inspector may fill and submit it)."""
    return ok(await http.post("/api/v1/inspections", json={"enterprise_id": world.a.id},
                              headers={**world.headers(policy.INSPECTOR_IN), "Idempotency-Key": unique("authz-")}))
