"""Every "create if missing" path, raced on MariaDB: many transactions at once find the row missing and make it.
Done as UPDATE-then-INSERT or SELECT-then-INSERT they took gap locks and deadlocked (eight new users subscribing at
once: 5-6 of 8 got 503 DATABASE_UNAVAILABLE); as upserts, with lock conflicts retried (core/db.py), all succeed.
SQLite serialises writers and cannot race, so these run only with TEST_DB_URL."""

import asyncio
import time

import pytest
from tortoise.transactions import in_transaction

from core import audit, heartbeat, schedule
from core.identity import Role
from core.models import AuditEntry, DailyJobRun, WorkerHeartbeat
from enterprises.models import LoginOrigin, User
from inspections.models import ReportForm
from notify.models import SubscriptionQuota, WeChatAccessToken
from notify.token_cache import DatabaseTokenCache
from tests import builders
from tests.conftest import is_mysql
from wechat.client import CachedToken

ROUNDS = 3  # a race that does not show in one round shows in three


@pytest.fixture
def mariadb(db_clean):
    if not is_mysql(db_clean):
        pytest.skip("SQLite serialises writers: nothing to race")
    return db_clean


async def test_new_users_subscribing_at_once_all_get_their_grant(mariadb, client):
    for round_ in range(ROUNDS):
        users = [await builders.user(Role.PUBLIC) for _ in range(8)]
        answers = await asyncio.gather(*(
            client.post("/api/v1/notify/subscriptions", headers=builders.auth(u),
                        json={"accepted": ["hazard_reported", "notice_published"]}) for u in users))
        assert [a.status_code for a in answers] == [200] * 8, [a.text for a in answers if a.status_code != 200]
        assert all(a.json()["remaining"] == {"hazard_reported": 1, "notice_published": 1} for a in answers)
    assert await SubscriptionQuota.all().count() == 8 * 2 * ROUNDS


async def test_one_user_accepting_twice_at_once_counts_both(mariadb, client):
    user = await builders.user(Role.PUBLIC)
    answers = await asyncio.gather(*(client.post("/api/v1/notify/subscriptions", headers=builders.auth(user),
                                                 json={"accepted": ["hazard_reported"]}) for _ in range(6)))
    assert [a.status_code for a in answers] == [200] * 6
    assert (await SubscriptionQuota.get(user_id=user.id, kind="hazard_reported")).remaining == 6


async def test_processes_storing_the_first_wechat_token_at_once(mariadb):
    cache = DatabaseTokenCache("wx-race")
    await asyncio.gather(*(cache.put(CachedToken(token=f"t{i}", expires_at=time.time() + 7200)) for i in range(8)))
    assert await WeChatAccessToken.filter(appid="wx-race").count() == 1


async def test_workers_claiming_a_new_daily_job_at_once_one_wins(mariadb):
    now = audit.clock.now()
    for round_ in range(ROUNDS):
        claims = await asyncio.gather(*(schedule._claim(f"job-{round_}", now.date(), now) for _ in range(8)))
        assert sorted(claims) == [False] * 7 + [True]
    assert await DailyJobRun.all().count() == ROUNDS


async def test_heartbeats_at_once_keep_one_row(mariadb):
    await asyncio.gather(*(heartbeat.beat() for _ in range(8)))
    assert await WorkerHeartbeat.filter(worker_id=heartbeat.WORKER_ID).count() == 1


async def test_admins_saving_the_first_report_form_at_once(mariadb, client):
    admins = [await builders.user(Role.ADMIN) for _ in range(6)]
    answers = await asyncio.gather(*(
        client.put("/api/v1/reports/form", headers=builders.auth(a),
                   json={"questions": [{"key": f"q{i}", "label": f"问题{i}"}]}) for i, a in enumerate(admins)))
    assert [a.status_code for a in answers] == [200] * 6, [a.text for a in answers if a.status_code != 200]
    assert await ReportForm.all().count() == 1


async def test_the_first_audited_writes_at_once_make_one_chain(mariadb):
    async def write(i: int) -> None:
        async with in_transaction():
            await audit.record(audit.SYSTEM, "thing.changed", "thing", i)

    await asyncio.gather(*(audit_retried(write, i) for i in range(8)))
    assert await AuditEntry.all().count() == 8
    assert (await audit.verify_chain()).ok


async def audit_retried(write, i):
    """A use case's transaction as the services run it: retried on a lock conflict."""
    from core import db

    return await db.retry_lock_conflicts(write)(i)


async def test_new_wechat_users_logging_in_at_once_all_get_an_account(mariadb, client, fake_wechat):
    for round_ in range(ROUNDS):
        for i in range(8):
            fake_wechat.seed_login_code(f"race-{round_}-{i}", f"openid-race-{round_}-{i}")
        answers = await asyncio.gather(*(client.post("/api/v1/auth/wechat", json={"code": f"race-{round_}-{i}"})
                                         for i in range(8)))
        assert [a.status_code for a in answers] == [200] * 8, [a.text for a in answers if a.status_code != 200]
    assert await User.filter(openid__startswith="openid-race-").count() == 8 * ROUNDS


async def test_logins_from_a_new_place_at_once_remember_it_once(mariadb, client):
    admins = [await builders.user(Role.ADMIN, username=f"racer{i}", password="a-long-password") for i in range(4)]
    for _ in range(ROUNDS):
        answers = await asyncio.gather(*(
            client.post("/api/v1/auth/password", json={"username": a.username, "password": "a-long-password"})
            for a in admins for _ in range(2)))
        assert [a.status_code for a in answers] == [200] * 8, [a.text for a in answers if a.status_code != 200]
    assert await LoginOrigin.filter(username__startswith="racer").count() == 4
