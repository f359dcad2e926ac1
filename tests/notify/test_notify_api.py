from core.models import AuditEntry
from core.identity import Role
from core.models import OutboxDelivery, OutboxStatus
from notify.models import InboxMessage, SubscriptionQuota
from tests import builders


async def _message(user, n: int = 1, **overrides) -> InboxMessage:
    fields = {"kind": "risk_changed", "title": f"消息{n}", "body": "正文", "dedup_key": f"t:{user.id}:{n}"}
    return await InboxMessage.create(user=user, **{**fields, **overrides})


class TestInbox:
    async def test_a_user_sees_only_their_own_messages_newest_first_paginated(self, client):
        me, other = await builders.user(Role.PUBLIC), await builders.user(Role.PUBLIC)
        for n in range(1, 4):
            await _message(me, n)
        await _message(other, 9)
        answer = await client.get("/api/v1/inbox?page=1&size=2", headers=builders.auth(me))
        assert answer.status_code == 200
        body = answer.json()
        assert [m["title"] for m in body["items"]] == ["消息3", "消息2"]
        assert body["total"] == 3 and body["unread"] == 3 and body["size"] == 2
        assert body["items"][0]["created_at"].endswith("+08:00")

    async def test_marking_read_filters_it_out_of_unread(self, client):
        me = await builders.user(Role.PUBLIC)
        first, _ = await _message(me, 1), await _message(me, 2)
        answer = await client.post(f"/api/v1/inbox/{first.id}/read", headers=builders.auth(me))
        assert answer.status_code == 200 and answer.json()["read_at"].endswith("+08:00")
        unread = (await client.get("/api/v1/inbox?unread=true", headers=builders.auth(me))).json()
        assert [m["title"] for m in unread["items"]] == ["消息2"] and unread["unread"] == 1

    async def test_another_users_message_is_404_and_stays_unread(self, client):
        me, other = await builders.user(Role.PUBLIC), await builders.user(Role.PUBLIC)
        theirs = await _message(other)
        answer = await client.post(f"/api/v1/inbox/{theirs.id}/read", headers=builders.auth(me))
        assert answer.status_code == 404 and answer.json()["code"] == "INBOX_MESSAGE_NOT_FOUND"
        assert (await InboxMessage.get(id=theirs.id)).read_at is None

    async def test_anonymous_is_401_and_oversized_pages_422(self, client):
        me = await builders.user(Role.PUBLIC)
        assert (await client.get("/api/v1/inbox")).status_code == 401
        assert (await client.get("/api/v1/inbox?size=101", headers=builders.auth(me))).status_code == 422


class TestSubscriptions:
    async def test_each_accept_adds_one_grant_and_is_audited(self, client):
        me = await builders.user(Role.ENTERPRISE)
        headers = builders.auth(me)
        await client.post("/api/v1/notify/subscriptions", headers=headers, json={"accepted": ["risk_changed"]})
        answer = await client.post("/api/v1/notify/subscriptions", headers=headers,
                                   json={"accepted": ["risk_changed", "hazard_reported"]})
        assert answer.status_code == 200
        assert answer.json()["remaining"] == {"risk_changed": 2, "hazard_reported": 1}
        assert answer.json()["templates"]["risk_changed"] == "fake-tmpl-risk-changed"
        assert await AuditEntry.filter(action="subscription.accepted", object_id=str(me.id)).count() == 2

    async def test_an_unknown_kind_is_422_and_grants_nothing(self, client):
        me = await builders.user(Role.ENTERPRISE)
        answer = await client.post("/api/v1/notify/subscriptions", headers=builders.auth(me),
                                   json={"accepted": ["risk_changed", "free_lunch"]})
        assert answer.status_code == 422 and answer.json()["code"] == "SUBSCRIPTION_KIND_UNKNOWN"
        assert await SubscriptionQuota.all().count() == 0

    async def test_a_grant_spent_by_a_send_shows_in_the_remaining_count(self, client, app):
        me = await builders.user(Role.ENTERPRISE)
        await SubscriptionQuota.create(user=me, kind="risk_changed", remaining=0, exhausted_reason="43101")
        answer = await client.get("/api/v1/notify/subscriptions", headers=builders.auth(me))
        assert answer.json()["remaining"] == {"risk_changed": 0}


class TestDeadLetters:
    async def _dead(self) -> OutboxDelivery:
        return await builders.dead_letter()

    async def test_a_system_admin_lists_and_replays_a_dead_letter_audited(self, client):
        admin = await builders.user(Role.ADMIN, None)
        dead = await self._dead()
        listed = (await client.get("/api/v1/notify/dead-letters", headers=builders.auth(admin))).json()
        assert [e["id"] for e in listed["items"]] == [dead.id] and listed["items"][0]["last_error"]
        answer = await client.post(f"/api/v1/notify/dead-letters/{dead.id}/replay", headers=builders.auth(admin))
        assert answer.status_code == 200
        replayed = await OutboxDelivery.get(id=dead.id)
        assert replayed.status == OutboxStatus.PENDING and replayed.attempts == 0
        entry = await AuditEntry.get(action="outbox.replayed", object_id=str(dead.id))
        assert entry.actor_user_id == admin.id and entry.before["status"] == "dead"
        again = await client.post(f"/api/v1/notify/dead-letters/{dead.id}/replay", headers=builders.auth(admin))
        assert again.status_code == 404

    async def test_a_regional_admin_and_other_roles_are_403(self, client):
        tree = await builders.region_tree()
        dead = await self._dead()
        staff = [await builders.user(role, tree["street"]) for role in (Role.ADMIN, Role.INSPECTOR)]
        for who in staff:
            assert (await client.get("/api/v1/notify/dead-letters", headers=builders.auth(who))).status_code == 403
            replay = await client.post(f"/api/v1/notify/dead-letters/{dead.id}/replay", headers=builders.auth(who))
            assert replay.status_code == 403
        assert (await OutboxDelivery.get(id=dead.id)).status == OutboxStatus.DEAD


async def test_ids_too_large_for_the_database_are_422_not_500(client):
    admin = await builders.user(Role.ADMIN, None)
    huge = 10**22
    for method, path in (("POST", f"/api/v1/inbox/{huge}/read"), ("GET", f"/api/v1/notices/{huge}"),
                         ("POST", f"/api/v1/notify/dead-letters/{huge}/replay")):
        assert (await client.request(method, path, headers=builders.auth(admin))).status_code == 422
    answer = await client.post("/api/v1/notices", headers=builders.auth(admin),
                               json={"title": "t", "body": "b", "target": {"region_ids": [huge]},
                                     "attachment_upload_id": huge})
    assert answer.status_code == 422
