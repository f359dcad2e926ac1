"""On submit the enterprise's managers get the inspection's whole result in one message, in the inbox and through
WeChat, besides one message per hazard."""

from datetime import timedelta

from core import clock
from core.identity import Role
from notify.models import InboxMessage
from tests import builders
from tests.notify.conftest import subscriber

RESULT = "inspection_result"


async def _street(fake_wechat, settings):
    tree = await builders.region_tree()
    enterprise = await builders.enterprise(tree["north_grid"], industry="餐饮", name="海滨饭店")
    await builders.template(await builders.check_items(3), industries=["餐饮"])
    managers = [await subscriber(fake_wechat, settings, kind=RESULT, role=Role.ENTERPRISE, enterprise=enterprise)
                for _ in range(2)]
    other = await builders.enterprise(tree["south_grid"], industry="餐饮")
    stranger = await subscriber(fake_wechat, settings, kind=RESULT, role=Role.ENTERPRISE, enterprise=other)
    inspector = await builders.user(Role.INSPECTOR, tree["north"])
    return enterprise, managers, stranger, inspector


async def _submit(client, who, enterprise, kind="routine", fail_first=True) -> dict:
    headers = builders.auth(who)
    checklist = (await client.post("/api/v1/inspections", json={"enterprise_id": enterprise.id, "kind": kind},
                                   headers={**headers, "Idempotency-Key": f"start-{kind}"})).json()
    url = f"/api/v1/inspections/{checklist['id']}"
    deadline = (clock.now() + timedelta(days=3)).date()
    if fail_first:
        finding = await client.post(f"{url}/findings", json={"text": "后门被货架堵住", "deadline": deadline.isoformat()},
                                    headers=headers)
        assert finding.status_code == 200, finding.text
    answers = [{"item_id": checklist["items"][0]["id"], "result": "fail" if fail_first else "pass"},
               {"item_id": checklist["items"][1]["id"], "result": "na"}]
    answer = await client.post(f"{url}/submit", json={"answers": answers, "rest_passed": True},
                               headers={**headers, "Idempotency-Key": f"submit-{kind}"})
    assert answer.status_code == 200, answer.text
    return answer.json()


async def test_the_managers_get_the_whole_result_once_in_the_inbox_and_on_wechat(client, dispatcher, fake_wechat,
                                                                                 settings):
    enterprise, managers, stranger, inspector = await _street(fake_wechat, settings)
    result = await _submit(client, inspector, enterprise)
    await dispatcher.drain()
    inspection_id = result["inspection"]["id"]
    hazards = result["hazards"]
    assert len(hazards) == 2
    for manager in managers:
        [message] = await InboxMessage.filter(user_id=manager.id, kind=RESULT)
        assert message.page == f"pages/inspection/detail?id={inspection_id}"
        assert (message.object_type, message.object_id) == ("inspection", str(inspection_id))
        assert message.title == "日常检查结果:发现隐患"
        assert "共检查 4 项,合格 1 项,不合格 2 项,不适用 1 项" in message.body
        for n, hazard in enumerate(hazards, start=1):
            assert f"{n}. {hazard['title']}(一般隐患,整改期限 {hazard['deadline']})" in message.body
        # The printed record and notice, to open from the message (docs/decisions/051).
        assert f"安全生产现场检查记录:/api/v1/inspections/{inspection_id}/record.pdf" in message.body
        assert f"事故隐患整改通知书:/api/v1/inspections/{inspection_id}/rectification-notice.pdf" in message.body
        # ...and still one message per hazard.
        assert await InboxMessage.filter(user_id=manager.id, kind="hazard_reported").count() == 2
    sent = [s for s in fake_wechat.sent if s["template_id"] == settings.wechat_templates[RESULT].template_id]
    assert sorted(s["touser"] for s in sent) == sorted(m.openid for m in managers)
    assert {s["page"] for s in sent} == {f"pages/inspection/detail?id={inspection_id}"}
    assert sent[0]["data"]["thing1"] == {"value": "海滨饭店"}
    assert sent[0]["data"]["phrase3"] == {"value": "发现隐患"}
    assert sent[0]["data"]["thing4"] == {"value": "2项不合格,2条隐患待整改"}
    assert await InboxMessage.filter(user_id=stranger.id).count() == 0
    assert await InboxMessage.filter(user_id=inspector.id).count() == 0


async def test_a_self_inspection_reaches_the_other_managers_not_the_one_who_submitted(client, dispatcher,
                                                                                    fake_wechat, settings):
    enterprise, (submitter, colleague), _, _ = await _street(fake_wechat, settings)
    await _submit(client, submitter, enterprise, kind="self", fail_first=False)
    await dispatcher.drain()
    assert await InboxMessage.filter(user_id=submitter.id, kind=RESULT).count() == 0
    [message] = await InboxMessage.filter(user_id=colleague.id, kind=RESULT)
    assert message.title == "企业自查结果:全部合格" and "未发现隐患" in message.body
    assert "record.pdf" not in message.body  # an enterprise's own check is not an official document
