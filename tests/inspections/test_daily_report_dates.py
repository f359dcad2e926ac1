"""日常报送's dates and reminder (docs/decisions/043): backfill within the window, never before the enterprise was
registered; one reminder a day, from REPORT_REMIND_AT, to the enterprises that have not reported."""

from datetime import date, datetime, time, timedelta

import pytest
import pytest_asyncio

import bootstrap
from core import clock
from core.errors import InvalidInput
from core.models import AuditEntry, OutboxEvent
from core.identity import Role
from enterprises.models import Enterprise
from inspections import reporting, reports
from inspections.models import DailyReport
from notify.models import InboxMessage
from tests import builders

ANSWERS = {"daily_check_done": True, "hot_work": False, "confined_space": False}


def ago(days: int) -> str:
    return (clock.now().date() - timedelta(days=days)).isoformat()


async def report(client, who, **body):
    return await client.post("/api/v1/reports", json={"answers": ANSWERS, **body}, headers=builders.auth(who))


@pytest.mark.parametrize("day, since, code", [(date(2026, 12, 8), date(2026, 1, 1), "REPORT_DATE_IN_FUTURE"),
                                              (date(2026, 11, 29), date(2026, 1, 1), "REPORT_DATE_TOO_OLD"),
                                              (date(1999, 1, 1), date(2026, 1, 1), "REPORT_DATE_BEFORE_ENTERPRISE"),
                                              (date(2026, 12, 2), date(2026, 12, 3), "REPORT_DATE_BEFORE_ENTERPRISE")])
def test_the_pure_rule_refuses(day, since, code):
    with pytest.raises(InvalidInput) as err:
        reporting.check_report_date(day, date(2026, 12, 7), since, 7)
    assert err.value.code == code


def test_the_pure_rule_accepts_today_and_the_window():
    for day in (date(2026, 12, 7), date(2026, 11, 30)):
        reporting.check_report_date(day, date(2026, 12, 7), date(2026, 1, 1), 7)


async def test_backfill_within_the_window_and_never_before_registration(client, street, settings):
    await Enterprise.filter(id=street.enterprise.id).update(created_at=clock.now() - timedelta(days=30))
    before = (await DailyReport.all().count(), await AuditEntry.all().count())
    for body, code in [({"report_date": "1999-01-01"}, "REPORT_DATE_BEFORE_ENTERPRISE"),
                       ({"report_date": ago(8)}, "REPORT_DATE_TOO_OLD"),
                       ({"report_date": ago(-1)}, "REPORT_DATE_IN_FUTURE")]:
        answer = await report(client, street.owner, **body)
        assert (answer.status_code, answer.json()["code"]) == (422, code), answer.text
        assert answer.json()["detail"][0]["field"] == "report_date"
    assert (await DailyReport.all().count(), await AuditEntry.all().count()) == before
    assert (await report(client, street.owner, report_date=ago(7))).status_code == 201
    assert (await report(client, street.owner)).status_code == 201
    # Registered three days ago: four days back is before it existed.
    await Enterprise.filter(id=street.enterprise.id).update(created_at=clock.now() - timedelta(days=3))
    answer = await report(client, street.owner, report_date=ago(4))
    assert (answer.status_code, answer.json()["code"]) == (422, "REPORT_DATE_BEFORE_ENTERPRISE")
    assert (await report(client, street.owner, report_date=ago(3))).status_code == 201


@pytest_asyncio.fixture(loop_scope="session")
async def dispatcher(street, settings, wechat_client):
    return bootstrap.dispatcher(settings, wechat_client, worker_id="reports-test", rng=lambda: 1.0)


def at(hour: int, minute: int = 0) -> None:
    clock.reset()
    wanted = datetime.combine(clock.now().date(), time(hour, minute), clock.SHANGHAI)
    clock.travel(wanted - clock.now())


async def test_one_reminder_from_the_configured_time_to_those_who_have_not_reported(client, street, settings,
                                                                                     dispatcher):
    diligent = await builders.enterprise(street.tree["south_grid"])
    diligent_user = await builders.user(Role.ENTERPRISE, enterprise=diligent)
    assert (await report(client, diligent_user)).status_code == 201
    at(16, 59)
    await reports.run(settings)
    assert not await OutboxEvent.filter(name="report.reminder").exists()
    at(17)
    await reports.run(settings)
    await reports.run(settings)
    [event] = await OutboxEvent.filter(name="report.reminder")
    assert event.payload["enterprise_ids"] == [street.enterprise.id]
    assert await reports.remind_missing() == 0  # the day's key: never twice, even by another worker
    await dispatcher.drain()
    assert await InboxMessage.filter(user_id=street.owner.id, title="今日尚未日常报送").count() == 1
    assert not await InboxMessage.filter(user_id=diligent_user.id, title="今日尚未日常报送").exists()


async def test_the_reminder_time_is_a_setting(client, street, settings):
    at(10)
    await reports.run(settings.model_copy(update={"report_remind_at": time(9, 30)}))
    assert await OutboxEvent.filter(name="report.reminder").count() == 1
