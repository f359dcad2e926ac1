"""GET /dashboard/summary against the bare colour count on the same data, same database, same run.

    .venv/bin/python bench/dashboard.py --enterprises 10000         # SQLite in a temporary directory
    DATABASE_URL=mysql://root:@127.0.0.1:3306/jinyan_bench .venv/bin/python bench/dashboard.py
    DATABASE_URL=... .venv/bin/python bench/dashboard.py --reuse   # keep the data a previous run seeded

Seeds N enterprises (default 100,000) in 10 grids, coloured 70/20/10 green/yellow/red, a street inspection for
every second enterprise and a self-inspection for every fifth over the last 200 days, and a hazard for every
second enterprise (a third closed, some overdue). The summary is called through the ASGI app (no socket) as a
system admin; the baseline is `SELECT risk_color, COUNT(*) FROM enterprise GROUP BY risk_color` on the same
connection. Medians of --repeats. --reuse keeps a database seeded by an earlier run at the same size (pending
migrations are still applied, so a new index is measured) instead of seeding again, which takes minutes at 100,000. Goal (issue 7): within 2x of the baseline and under 100 ms on MariaDB."""

import argparse
import asyncio
import os
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx  # noqa: E402

from bench.common import default_to_temporary_sqlite  # noqa: E402
from bench.outbox import fresh_database  # noqa: E402
from core import clock, db, security  # noqa: E402
from core.settings import Settings  # noqa: E402
from enterprises.models import Enterprise, Region, RegionLevel, User
from core.identity import Role
from inspections.models import Hazard, Inspection  # noqa: E402

BATCH = 5000
BARE = "SELECT risk_color, COUNT(*) FROM enterprise GROUP BY risk_color"


def colour(i: int) -> str:
    return "red" if i % 10 == 0 else "yellow" if i % 10 in (1, 2) else "green"


async def seed(enterprises: int) -> User:
    now = clock.now()
    street = await Region.create(name="压测街道", level=RegionLevel.STREET, path="")
    street.path = f"/{street.id}/"
    await street.save(update_fields=["path"])
    grids = []
    for n in range(10):
        grid = await Region.create(name=f"压测网格{n}", level=RegionLevel.GRID, parent=street)
        grid.path = f"{street.path}{grid.id}/"
        await grid.save(update_fields=["path"])
        grids.append(grid.id)
    inspector = await User.create(name="压测检查员", role=Role.INSPECTOR, region_id=street.id)
    for start in range(0, enterprises, BATCH):
        await Enterprise.bulk_create([
            Enterprise(name=f"压测企业{i}", credit_code=f"D{i:017d}", region_id=grids[i % 10], qr_token=f"dash{i:028d}",
                       qr_issued_at=now, risk_color=colour(i), risk_score=60 + i % 40, lat=34.2 + i % 100 / 1000,
                       lng=108.9) for i in range(start, min(start + BATCH, enterprises))], batch_size=1000)
    ids = await Enterprise.all().order_by("id").values_list("id", flat=True)
    for start in range(0, len(ids), BATCH):
        part = list(enumerate(ids[start:start + BATCH], start))
        inspections = [Inspection(enterprise_id=eid, inspector_id=inspector.id, kind="self" if i % 5 == 0 else "routine",
                                  status="submitted", started_at=now - timedelta(days=i % 200),
                                  submitted_at=now - timedelta(days=i % 200)) for i, eid in part if i % 2 == 0 or i % 5 == 0]
        hazards = [Hazard(enterprise_id=eid, reported_by_id=inspector.id, title="压测隐患", severity="general",
                          hazard_type="thing", deadline_date=(now + timedelta(days=i % 30 - 10)).date(),
                          status="closed" if i % 3 == 0 else "open", closed_at=now if i % 3 == 0 else None,
                          created_at=now - timedelta(days=i % 60), updated_at=now)
                   for i, eid in part if i % 2 == 1]
        await Inspection.bulk_create(inspections, batch_size=1000)
        await Hazard.bulk_create(hazards, batch_size=1000)
    return await User.create(name="压测管理员", role=Role.ADMIN, region_id=None)


async def median_ms(call, repeats: int) -> float:
    await call()  # warm caches and the connection pool
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        await call()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


async def seeded_admin(enterprises: int) -> User | None:
    """The admin of an earlier run's data at this size, if the database holds exactly that."""
    if await Enterprise.all().count() != enterprises:
        return None
    return await User.filter(name="压测管理员", role=Role.ADMIN).first()


async def main(enterprises: int, repeats: int, reuse: bool) -> None:
    from tortoise import connections

    from api.app import create_app

    url = os.environ["DATABASE_URL"]
    if reuse:
        await db.apply_migrations(url)
    else:
        await fresh_database(url)
    await db.open_database(url)
    try:
        started = time.perf_counter()
        admin = await seeded_admin(enterprises) if reuse else None
        if admin is None:
            admin = await seed(enterprises)
        seeded = time.perf_counter() - started
        settings = Settings()
        token = security.issue_access_token(admin.id, admin.token_version, settings.secret_key, clock.now(),
                                            timedelta(hours=1))
        transport = httpx.ASGITransport(app=create_app(settings, manage_database=False))
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
            async def summary():
                answer = await client.get("/api/v1/dashboard/summary", headers={"Authorization": f"Bearer {token}"})
                assert answer.status_code == 200, answer.text

            conn = connections.get("default")
            bare = await median_ms(lambda: conn.execute_query(BARE), repeats)
            full = await median_ms(summary, repeats)
            bare_again = await median_ms(lambda: conn.execute_query(BARE), repeats)
    finally:
        await db.close_database()
    baseline = min(bare, bare_again)
    print(f"database   {'MariaDB' if url.startswith('mysql') else 'SQLite'}  (cpus: {os.cpu_count()})")
    print(f"scale      {enterprises} enterprises (seeded in {seeded:.1f} s), median of {repeats}")
    print(f"bare       {baseline:8.1f} ms  GROUP BY risk_color")
    print(f"summary    {full:8.1f} ms  GET /api/v1/dashboard/summary through the ASGI app")
    print(f"ratio      {full / baseline:8.1f}x of the bare count  (goal <= 2x and < 100 ms on MariaDB)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--enterprises", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--reuse", action="store_true", help="keep the data an earlier run seeded at this size")
    args = parser.parse_args()
    default_to_temporary_sqlite()
    asyncio.run(main(args.enterprises, args.repeats, args.reuse))
