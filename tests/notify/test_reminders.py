from datetime import datetime, timedelta

import pytest

from core.clock import SHANGHAI
from notify import outbox
from notify.models import InboxMessage, OutboxEvent
from notify.reminders import ReminderPolicy, due_reminders
from notify.sweep import OpenItem, policy_from, record_due_reminders
from enterprises.models import Role
from tests import builders

DEADLINE = datetime(2026, 6, 10, 18, 0, tzinfo=SHANGHAI)
POLICY = ReminderPolicy(days_before=(3, 1), escalate_after_days=3)


def _at(day: int, hour: int = 9) -> datetime:
    return datetime(2026, 6, day, hour, 0, tzinfo=SHANGHAI)


@pytest.mark.parametrize(("now", "expected"), [
    (_at(5), []),
    (_at(7), [("hazard.deadline_approaching", "approaching-3d")]),
    (_at(8), [("hazard.deadline_approaching", "approaching-3d")]),
    (_at(9), [("hazard.deadline_approaching", "approaching-1d")]),
    (_at(10, 17), [("hazard.deadline_approaching", "approaching-1d")]),
    (_at(10, 19), [("hazard.overdue", "overdue")]),
    (_at(12), [("hazard.overdue", "overdue")]),
    (_at(13), [("hazard.overdue", "overdue"), ("hazard.escalated", "escalated")]),
])
def test_which_reminders_are_due(now, expected):
    assert [(r.event, r.key_suffix) for r in due_reminders(DEADLINE, now, POLICY)] == expected


def test_the_reminder_module_is_pure():
    import subprocess
    import sys

    probe = ("import sys, notify.reminders\n"
             "print(','.join(m for m in ('tortoise', 'fastapi', 'starlette') if m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True).stdout.strip() == ""


async def test_each_reminder_goes_out_once_however_often_the_sweep_runs(db_clean, dispatcher):
    tree = await builders.region_tree()
    firm = await builders.enterprise(tree["north_grid"])
    manager = await builders.user(Role.ENTERPRISE, enterprise=firm)
    inspector = await builders.user(Role.INSPECTOR, tree["north_grid"])
    admin = await builders.user(Role.ADMIN, tree["street"])
    item = OpenItem(hazard_id=5, enterprise_id=firm.id, title="灭火器过期", deadline=DEADLINE,
                    inspector_id=inspector.id)
    timeline = [_at(7), _at(7, 15), _at(8), _at(9), _at(11), _at(13), _at(14)]
    for now in timeline:
        for _ in range(2):  # two sweeps at the same moment
            await record_due_reminders([item], POLICY, now)
    assert sorted(await OutboxEvent.all().values_list("key", flat=True)) == [
        "hazard:5:approaching-1d", "hazard:5:approaching-3d", "hazard:5:escalated", "hazard:5:overdue"]
    await dispatcher.drain()
    by_user = {}
    for user_id, kind in await InboxMessage.all().values_list("user_id", "kind"):
        by_user.setdefault(user_id, []).append(kind)
    assert sorted(by_user[manager.id]) == ["deadline_approaching", "deadline_approaching", "hazard_overdue"]
    assert by_user[inspector.id] == ["hazard_overdue"]
    assert by_user[admin.id] == ["hazard_overdue"]  # the escalation


async def test_a_recorded_reminder_key_is_not_recorded_again(db_clean):
    await outbox.record("hazard.overdue", {"hazard_id": 1}, key="hazard:1:overdue")
    item = OpenItem(hazard_id=1, enterprise_id=1, title="x", deadline=DEADLINE)
    assert await record_due_reminders([item], POLICY, DEADLINE + timedelta(days=1)) == 0


def test_the_policy_comes_from_settings(settings):
    policy = policy_from(settings.model_copy(update={"reminder_days_before": [5, 2], "escalate_after_days": 7}))
    assert policy == ReminderPolicy(days_before=(5, 2), escalate_after_days=7)
