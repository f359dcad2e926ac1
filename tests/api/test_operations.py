"""The console's 运维 page over HTTP: the audit trail searched by object, actor, action and day, page by page, each
entry checked against its signature and its predecessor; the jobs' status; and who reads them — an admin whose
scope holds every region (docs/decisions/073-who-reads-the-audit-trail.md)."""

from datetime import time, timedelta

from tortoise import connections

from core import clock, heartbeat, schedule
from core.identity import Role
from core.models import AuditEntry, OutboxDelivery, OutboxStatus
from enterprises.models import RegionLevel
from tests import builders


async def _trail(client, admin, tree) -> list[int]:
    """Three accounts made through the API (three audited writes by `admin`); their ids."""
    made = []
    for n in range(3):
        answer = await client.post("/api/v1/users", headers=builders.auth(admin),
                                   json={"name": f"检查员{n}", "role": "inspector", "region_id": tree["north_grid"].id})
        assert answer.status_code == 201, answer.text
        made.append(answer.json()["id"])
    return made


class TestTheAuditTrail:
    async def test_search_by_object_actor_action_and_day_newest_first(self, client):
        tree = await builders.region_tree()
        top = await builders.user(Role.ADMIN, tree["district"], name="街道安监办")
        other = await builders.user(Role.ADMIN, tree["district"], name="另一位管理员")
        ids = await _trail(client, top, tree)
        await client.post(f"/api/v1/users/{ids[0]}/deactivate", headers=builders.auth(other))
        headers = builders.auth(top)

        mine = (await client.get(f"/api/v1/audit?object_type=user&object_id={ids[0]}", headers=headers)).json()
        assert [(e["action"], e["actor_name"]) for e in mine["items"]] == [
            ("user.deactivated", "另一位管理员"), ("user.created", "街道安监办")]
        assert all(e["intact"] and e["problems"] == [] for e in mine["items"])
        assert (mine["checked"], mine["broken"], mine["has_more"]) == (2, 0, False)

        by_actor = (await client.get(f"/api/v1/audit?actor_user_id={top.id}", headers=headers)).json()
        assert [e["object_id"] for e in by_actor["items"]] == [str(i) for i in reversed(ids)]
        by_action = (await client.get("/api/v1/audit?action=user.deactivated", headers=headers)).json()
        assert [e["actor_user_id"] for e in by_action["items"]] == [other.id]

        today = clock.now().date()
        same_day = await client.get(f"/api/v1/audit?date_from={today}&date_to={today}", headers=headers)
        assert len(same_day.json()["items"]) == 4
        yesterday = today - timedelta(days=1)
        before = await client.get(f"/api/v1/audit?date_to={yesterday}", headers=headers)
        assert before.json()["items"] == []

    async def test_pages_by_sequence_without_gaps_or_repeats(self, client):
        tree = await builders.region_tree()
        top = await builders.user(Role.ADMIN, tree["district"])
        await _trail(client, top, tree)
        headers = builders.auth(top)
        first = (await client.get("/api/v1/audit?size=2", headers=headers)).json()
        assert first["has_more"] and len(first["items"]) == 2
        second = (await client.get(f"/api/v1/audit?size=2&before_seq={first['next_before_seq']}",
                                   headers=headers)).json()
        seqs = [e["seq"] for e in first["items"] + second["items"]]
        assert seqs == sorted(seqs, reverse=True) == list(range(seqs[0], seqs[0] - 3, -1))
        assert (second["has_more"], second["next_before_seq"]) == (False, None)

    async def test_an_edited_or_deleted_entry_shows_on_the_page(self, client):
        tree = await builders.region_tree()
        top = await builders.user(Role.ADMIN, tree["district"])
        await _trail(client, top, tree)
        entries = await AuditEntry.all().order_by("seq")
        db = connections.get("default")
        # Someone with the database's password changes who was created, and removes the entry before the last.
        await db.execute_query(f"UPDATE audit_entry SET object_id = '999' WHERE seq = {entries[0].seq}")
        await db.execute_query(f"DELETE FROM audit_entry WHERE seq = {entries[1].seq}")
        page = (await client.get("/api/v1/audit", headers=builders.auth(top))).json()
        problems = {e["seq"]: e["problems"] for e in page["items"]}
        assert problems[entries[0].seq] == ["内容与签名不符:记录被修改"]
        assert problems[entries[2].seq] == [f"前一条(第 {entries[1].seq} 条)记录缺失"]
        assert page["broken"] == 2
        assert [e["intact"] for e in page["items"]] == [False, False]  # the newest first: entries[2], entries[0]

    async def test_bad_queries_are_422_in_chinese(self, client):
        tree = await builders.region_tree()
        top = await builders.user(Role.ADMIN, tree["district"])
        headers = builders.auth(top)
        today = clock.now().date()
        backwards = await client.get(f"/api/v1/audit?date_from={today}&date_to={today - timedelta(days=1)}",
                                     headers=headers)
        assert backwards.status_code == 422
        assert (backwards.json()["code"], backwards.json()["message"]) == ("DATE_RANGE_INVALID", "开始日期不能晚于结束日期")
        for query in ("size=0", "size=101", "before_seq=0", "actor_user_id=abc", "date_from=2026-13-01",
                      "object_type=" + "x" * 41):
            answer = await client.get(f"/api/v1/audit?{query}", headers=headers)
            assert (answer.status_code, answer.json()["code"]) == (422, "VALIDATION_FAILED"), query


class TestWhoReadsOperations:
    async def test_the_admin_of_the_only_top_region_and_the_system_admin_read_them(self, client):
        tree = await builders.region_tree()
        readers = [await builders.user(Role.ADMIN, tree["district"]), await builders.user(Role.ADMIN, None)]
        dead = await builders.dead_letter()
        for who in readers:
            for path in ("/api/v1/audit", "/api/v1/ops/status", "/api/v1/notify/dead-letters"):
                assert (await client.get(path, headers=builders.auth(who))).status_code == 200, path
        replay = await client.post(f"/api/v1/notify/dead-letters/{dead.id}/replay", headers=builders.auth(readers[0]))
        assert replay.status_code == 200
        assert (await OutboxDelivery.get(id=dead.id)).status == OutboxStatus.PENDING

    async def test_below_the_top_or_beside_a_second_top_region_they_are_refused(self, client):
        tree = await builders.region_tree()
        community = await builders.user(Role.ADMIN, tree["north"])
        street = await builders.user(Role.ADMIN, tree["street"])
        inspector = await builders.user(Role.INSPECTOR, tree["district"])
        top = await builders.user(Role.ADMIN, tree["district"])
        await builders.region("另一个区", RegionLevel.DISTRICT)  # now the district is one top region of two
        dead = await builders.dead_letter()
        for who in (community, street, top):
            for path in ("/api/v1/audit", "/api/v1/ops/status", "/api/v1/notify/dead-letters"):
                answer = await client.get(path, headers=builders.auth(who))
                assert (answer.status_code, answer.json()["code"]) == (403, "OPERATIONS_FORBIDDEN"), path
                assert answer.json()["message"] == "只有管辖全部区域的管理员可以查看审计记录和运维信息"
            replay = await client.post(f"/api/v1/notify/dead-letters/{dead.id}/replay", headers=builders.auth(who))
            assert replay.status_code == 403
        assert (await client.get("/api/v1/audit", headers=builders.auth(inspector))).json()["code"] == "ROLE_FORBIDDEN"
        assert (await OutboxDelivery.get(id=dead.id)).status == OutboxStatus.DEAD
        assert not await AuditEntry.filter(action="outbox.replayed").exists()


class TestJobStatus:
    async def test_each_job_where_it_runs_and_its_last_round_where_known(self, client, settings):
        tree = await builders.region_tree()
        top = await builders.user(Role.ADMIN, tree["district"])
        await heartbeat.beat()
        ran = []

        async def job():
            ran.append(1)

        assert await schedule.run_daily("rescore", time(0, 0), job) and ran == [1]
        status = (await client.get("/api/v1/ops/status", headers=builders.auth(top))).json()
        assert status["worker"] == "ok"  # the tests' settings run no worker in the API process
        assert [w["alive"] for w in status["workers"]] == [True]
        jobs = {j["name"]: j for j in status["jobs"]}
        assert {"outbox", "rescore", "hazard_reminders", "heartbeat"} <= set(jobs)
        assert all(j["runs"] == "worker" for j in jobs.values())
        assert (jobs["rescore"]["interval_seconds"], jobs["rescore"]["last_run_source"]) == (60.0, "database")
        assert jobs["rescore"]["done_for"] == clock.now().date().isoformat()
        assert jobs["rescore"]["last_finished_at"] is not None
        assert status["outbox"]["dead_letters"] == 0
