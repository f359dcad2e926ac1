"""Enterprises and their 专项任务 (docs/decisions/042): their own campaigns with a task, starting its checklist
from it, the street's progress per task, and the reminders before and after the deadline."""

from datetime import timedelta

import pytest_asyncio

import bootstrap
from core import clock
from core.identity import Role
from core.models import AuditEntry, OutboxEvent
from inspections import campaign_tasks
from inspections.models import Campaign, Inspection
from notify.models import InboxMessage
from tests import builders
from tests.inspections.conftest import key
from tests.querycount import count_queries


def day(offset: int) -> str:
    return (clock.now().date() + timedelta(days=offset)).isoformat()


async def publish(client, admin, street, deadline_in=7, **target):
    made = await client.post("/api/v1/campaigns", headers=builders.auth(admin),
                             json={"title": f"燃气专项{deadline_in}", "template_id": street.template.id,
                                   "deadline": day(deadline_in), "target": target or {"industries": ["餐饮"]}})
    assert made.status_code == 201, made.text
    return made.json()


async def start(client, street, campaign_id, who=None, headers=None):
    return await client.post(f"/api/v1/campaigns/{campaign_id}/start",
                             headers={**builders.auth(who or street.owner), **(headers or key())})


async def submit_all(client, who, checklist):
    for item in checklist["items"]:
        answer = await client.put(f"/api/v1/inspections/{checklist['id']}/items/{item['id']}",
                                  json={"result": "pass"}, headers=builders.auth(who))
        assert answer.status_code == 200, answer.text
    done = await client.post(f"/api/v1/inspections/{checklist['id']}/submit", headers=builders.auth(who))
    assert done.status_code == 200, done.text


@pytest_asyncio.fixture(loop_scope="session")
async def admin(street):
    return await builders.user(Role.ADMIN, street.tree["street"])


class TestTheEnterprisesView:
    async def test_own_tasks_open_then_in_progress_then_done_and_overdue(self, client, street, admin):
        machine_shop = await builders.enterprise(street.tree["south_grid"], industry="机械")
        stranger = await builders.user(Role.ENTERPRISE, enterprise=machine_shop)
        first = await publish(client, admin, street)
        late = await publish(client, admin, street, deadline_in=1)
        await Campaign.filter(id=late["id"]).update(deadline_date=clock.now().date() - timedelta(days=1))
        listed = (await client.get("/api/v1/campaigns", headers=builders.auth(street.owner))).json()
        assert [(c["id"], c["task"]["status"], c["task"]["inspection_id"], c["progress"]) for c in listed] == [
            (late["id"], "overdue", None, None), (first["id"], "open", None, None)]
        only_open = await client.get("/api/v1/campaigns?status=open", headers=builders.auth(street.owner))
        assert [c["id"] for c in only_open.json()] == [first["id"]]

        checklist = await start(client, street, first["id"])
        assert checklist.status_code == 201, checklist.text
        checklist = checklist.json()
        assert checklist["kind"] == "campaign" and checklist["campaign_id"] == first["id"]
        assert {i["text"] for i in checklist["items"]} >= {i.text for i in street.items}
        seen = (await client.get(f"/api/v1/campaigns/{first['id']}", headers=builders.auth(street.owner))).json()
        assert seen["task"] == {"status": "open", "deadline": day(7), "inspection_id": checklist["id"],
                                "submitted_at": None}
        await submit_all(client, street.owner, checklist)
        seen = (await client.get(f"/api/v1/campaigns/{first['id']}", headers=builders.auth(street.owner))).json()
        assert (seen["task"]["status"], seen["task"]["inspection_id"]) == ("done", checklist["id"])

        # An enterprise without a task in it does not see the campaign, nor the list's rows.
        assert (await client.get(f"/api/v1/campaigns/{first['id']}",
                                 headers=builders.auth(stranger))).status_code == 404
        assert (await client.get("/api/v1/campaigns", headers=builders.auth(stranger))).json() == []

    async def test_starting_twice_done_or_not_targeted_writes_nothing(self, client, street, admin):
        campaign = await publish(client, admin, street)
        retry = key()
        first = await start(client, street, campaign["id"], headers=retry)
        again = await start(client, street, campaign["id"], headers=retry)
        assert (first.status_code, again.status_code) == (201, 201) and first.json() == again.json()
        before = (await Inspection.all().count(), await AuditEntry.all().count())
        busy = await start(client, street, campaign["id"])
        assert (busy.status_code, busy.json()["code"]) == (409, "CAMPAIGN_TASK_IN_PROGRESS")
        assert busy.json()["detail"] == {"inspection_id": first.json()["id"]}
        for who, campaign_id, status, code in [
            (street.inspector, campaign["id"], 403, "ROLE_FORBIDDEN"),
            (street.owner, 99999, 404, "CAMPAIGN_NOT_FOUND"),
        ]:
            answer = await start(client, street, campaign_id, who=who)
            assert (answer.status_code, answer.json()["code"]) == (status, code)
        no_key = await client.post(f"/api/v1/campaigns/{campaign['id']}/start", headers=builders.auth(street.owner))
        assert (no_key.status_code, no_key.json()["code"]) == (422, "IDEMPOTENCY_KEY_REQUIRED")
        assert (await Inspection.all().count(), await AuditEntry.all().count()) == before
        await submit_all(client, street.owner, first.json())
        done = await start(client, street, campaign["id"])
        assert (done.status_code, done.json()["code"]) == (409, "CAMPAIGN_TASK_DONE")


    async def test_the_enterprises_list_costs_the_same_for_one_campaign_or_six(self, client, street, admin):
        async def queries() -> int:
            with count_queries() as statements:
                answer = await client.get("/api/v1/campaigns", headers=builders.auth(street.owner))
                assert answer.status_code == 200
            return len(statements)

        first = await publish(client, admin, street)
        await start(client, street, first["id"])
        one = await queries()
        for days in range(2, 7):
            await start(client, street, (await publish(client, admin, street, deadline_in=days))["id"])
        assert len((await client.get("/api/v1/campaigns", headers=builders.auth(street.owner))).json()) == 6
        assert await queries() == one


class TestTheStreetsView:
    async def test_progress_per_task_in_the_callers_subtree_with_constant_queries(self, client, street, admin):
        south = [await builders.enterprise(street.tree["south_grid"], industry="餐饮") for _ in range(3)]
        campaign = await publish(client, admin, street)
        checklist = (await start(client, street, campaign["id"])).json()
        page = (await client.get(f"/api/v1/campaigns/{campaign['id']}/tasks",
                                 headers=builders.auth(admin))).json()
        assert page["total"] == 4
        rows = {r["enterprise_id"]: r for r in page["items"]}
        assert (rows[street.enterprise.id]["status"], rows[street.enterprise.id]["inspection_id"]) == (
            "open", checklist["id"])
        assert rows[south[0].id]["enterprise_name"] == south[0].name
        # The north inspector follows the north's tasks only.
        north = (await client.get(f"/api/v1/campaigns/{campaign['id']}/tasks",
                                  headers=builders.auth(street.inspector))).json()
        assert [r["enterprise_id"] for r in north["items"]] == [street.enterprise.id]
        await submit_all(client, street.owner, checklist)
        done = (await client.get(f"/api/v1/campaigns/{campaign['id']}/tasks?status=done",
                                 headers=builders.auth(admin))).json()
        assert [r["enterprise_id"] for r in done["items"]] == [street.enterprise.id]
        assert (await client.get(f"/api/v1/campaigns/{campaign['id']}/tasks?status=overdue",
                                 headers=builders.auth(admin))).json()["total"] == 0
        assert (await client.get(f"/api/v1/campaigns/{campaign['id']}/tasks",
                                 headers=builders.auth(street.owner))).status_code == 403

        async def queries() -> int:
            with count_queries() as statements:
                answer = await client.get(f"/api/v1/campaigns/{campaign['id']}/tasks?size=100",
                                          headers=builders.auth(admin))
                assert answer.status_code == 200
            return len(statements)

        few = await queries()
        for _ in range(20):
            await builders.enterprise(street.tree["south_grid"], industry="餐饮")
        more = await publish(client, admin, street, deadline_in=9)
        with count_queries() as statements:
            answer = await client.get(f"/api/v1/campaigns/{more['id']}/tasks?size=100", headers=builders.auth(admin))
        assert answer.json()["total"] == 24 and len(statements) == few


@pytest_asyncio.fixture(loop_scope="session")
async def dispatcher(street, settings, wechat_client):
    return bootstrap.dispatcher(settings, wechat_client, worker_id="campaign-tasks-test", rng=lambda: 1.0)


class TestReminders:
    async def test_before_the_deadline_and_on_the_day_it_is_missed_once_each(self, client, street, admin,
                                                                             dispatcher):
        campaign = await publish(client, admin, street, deadline_in=5)
        assert await campaign_tasks.sweep() == 0
        clock.travel(timedelta(days=2))  # 3 days left
        assert await campaign_tasks.sweep() == 1
        assert await campaign_tasks.sweep() == 0
        clock.travel(timedelta(days=2))  # 1 day left
        assert await campaign_tasks.sweep() == 1
        clock.travel(timedelta(days=2))  # missed yesterday
        assert await campaign_tasks.sweep() == 1
        assert await campaign_tasks.sweep() == 0
        keys = await OutboxEvent.filter(key__startswith=f"campaign:{campaign['id']}:").values_list("key", flat=True)
        prefix = f"campaign:{campaign['id']}:{street.enterprise.id}"
        assert sorted(keys) == [f"{prefix}:due-1", f"{prefix}:due-3", f"{prefix}:overdue"]
        await dispatcher.drain()
        titles = await InboxMessage.filter(user_id=street.owner.id).values_list("title", flat=True)
        assert {"专项任务即将到期", "专项任务已逾期"} <= set(titles)
        clock.travel(timedelta(days=30))
        assert await campaign_tasks.sweep() == 0  # old campaigns are left alone

    async def test_a_done_task_is_not_reminded(self, client, street, admin):
        campaign = await publish(client, admin, street, deadline_in=1)
        await submit_all(client, street.owner, (await start(client, street, campaign["id"])).json())
        assert await campaign_tasks.sweep() == 0
        clock.travel(timedelta(days=2))
        assert await campaign_tasks.sweep() == 0
