"""Street-wide configuration over HTTP: an admin below the top of the tree (a community, a street under a district)
reads the rulesets, the report form and the library but changes none of them; the top of the tree does."""

import pytest

from core.models import AuditEntry
from core.identity import Role
from inspections import reports
from inspections.models import CheckItem, ReportForm, Template
from scoring.models import Ruleset
from scoring.ruleset import default_body
from tests import builders

pytestmark = pytest.mark.usefixtures("db_clean")


def changes(item_id: int, template_item_ids: list[int], version: int, form: list[dict],
            template_id: int) -> list[tuple]:
    bands = {**default_body(), "bands": {"green": 100, "yellow": 99.5}}
    return [("POST", "/api/v1/scoring/rulesets", bands), ("POST", f"/api/v1/scoring/rulesets/{version}/activate", None),
            ("PUT", "/api/v1/reports/form", {"questions": form}),
            ("POST", "/api/v1/check-items", {"code": "STREET-1", "category": "消防安全", "text": "安全出口畅通"}),
            ("PATCH", f"/api/v1/check-items/{item_id}", {"text": "安全出口畅通,未锁闭"}),
            ("POST", f"/api/v1/check-items/{item_id}/retire", None),
            ("POST", "/api/v1/templates", {"name": "全街道模板", "item_ids": template_item_ids[1:]}),
            ("PATCH", f"/api/v1/templates/{template_id}", {"name": "改名的模板", "item_ids": template_item_ids[1:]})]


async def written() -> tuple:
    return (await Ruleset.filter(active=True).count(), await Ruleset.all().count(), await ReportForm.all().count(),
            await CheckItem.filter(retired_at=None).count(), await CheckItem.all().count(), await Template.all().count(),
            await CheckItem.filter(text="安全出口畅通,未锁闭").count(), await Template.filter(name="改名的模板").count(),
            await AuditEntry.all().count())


@pytest.mark.parametrize("level", ["north", "street"])  # a community; a street under a district
async def test_an_admin_below_the_top_changes_no_street_wide_setting(client, level):
    tree = await builders.region_tree()
    items = await builders.check_items(2)
    top = builders.auth(await builders.user(Role.ADMIN, tree["district"]))
    version = (await client.post("/api/v1/scoring/rulesets", json=default_body(), headers=top)).json()["version"]
    below = builders.auth(await builders.user(Role.ADMIN, tree[level]))
    form = [{"key": "fire_patrol", "label": "今日防火巡查", "kind": "bool", "required": True}]
    template = await builders.template(items)
    before = await written()
    for method, path, body in changes(items[0].id, [i.id for i in items], version, form, template.id):
        answer = await client.request(method, path, json=body, headers=below)
        assert (answer.status_code, answer.json()["code"]) == (403, "STREET_CONFIG_FORBIDDEN"), (path, answer.text)
    assert await written() == before
    # Reading stays open to them (the form every enterprise answers, the rulesets an admin explains).
    assert (await client.get("/api/v1/scoring/rulesets", headers=below)).status_code == 200
    assert (await client.get("/api/v1/reports/form", headers=below)).json() == await reports.current_form()


@pytest.mark.parametrize("region", ["district", None])  # the top region; the whole system
async def test_the_top_of_the_tree_changes_them(client, region):
    tree = await builders.region_tree()
    items = await builders.check_items(2)
    top = builders.auth(await builders.user(Role.ADMIN, tree[region] if region else None))
    version = (await client.post("/api/v1/scoring/rulesets", json=default_body(), headers=top)).json()["version"]
    form = [{"key": "fire_patrol", "label": "今日防火巡查", "kind": "bool", "required": True}]
    template = await builders.template(items)
    for method, path, body in changes(items[0].id, [i.id for i in items], version, form, template.id):
        answer = await client.request(method, path, json=body, headers=top)
        assert answer.is_success, (path, answer.text)
    assert await Ruleset.filter(active=True).count() == 1 and await reports.current_form() == form
    assert (await Template.get(id=template.id)).name == "改名的模板"
