"""GET /dashboard/summary against the bare colour count on the same data, same database, same run.

    .venv/bin/python bench/dashboard.py --enterprises 10000         # SQLite in a temporary directory
    DATABASE_URL=mysql://root:@127.0.0.1:3306/jinyan_bench .venv/bin/python bench/dashboard.py
    DATABASE_URL=... .venv/bin/python bench/dashboard.py --reuse   # keep the data a previous run seeded

Seeds N enterprises (default 100,000) in 10 grids of two streets, coloured 70/20/10 green/yellow/red, a street
inspection for every second enterprise and a self-inspection for every fifth over the last 200 days, and a hazard for
every second enterprise (a third closed, some overdue), then takes the nightly snapshot (decision 099) and prints
what it cost. The summary is called through the ASGI app (no socket) as a system admin, against the bare
`SELECT risk_color, COUNT(*) FROM enterprise GROUP BY risk_color` on the same connection; and as the admin of one
street (half the enterprises), against the same count limited to its regions. Bare and summary alternate in at least
three pairs (--pairs) of medians of --repeats; each scope prints its median times, the median ratio with its spread
and the Python CPU per summary (client and app, this process; the database's own time is not in it), with the load
average before and after; the last line is `ratio=N`, the worse scope's. --profile also times each SELECT of one
summary replayed alone. --reuse keeps a database seeded by an earlier run at the same size (pending migrations are
still applied, so a new index is measured) instead of seeding again, which takes minutes at 100,000.
Goal (issue 19): within 2x of the bare count and under 100 ms on MariaDB, for both scopes."""

import argparse
import asyncio
import logging
import os
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx  # noqa: E402

from bench.common import default_to_temporary_sqlite, load_average, paired  # noqa: E402
from bench.outbox import fresh_database  # noqa: E402
from core import clock, db, security  # noqa: E402
from core.settings import Settings  # noqa: E402
from enterprises.models import Enterprise, Region, RegionLevel, User
from dashboard import snapshot  # noqa: E402
from enterprises import regions  # noqa: E402
from core.identity import Role
from inspections.models import Hazard, Inspection  # noqa: E402

BATCH = 5000
STREET_ADMIN = "压测街道管理员"
BARE = "SELECT risk_color, COUNT(*) FROM enterprise GROUP BY risk_color"


def colour(i: int) -> str:
    return "red" if i % 10 == 0 else "yellow" if i % 10 in (1, 2) else "green"


async def seed(enterprises: int) -> User:
    now = clock.now()
    streets, grids = [], []
    for n in range(2):  # two streets, each holding every second grid: half the enterprises
        street = await Region.create(name=f"压测街道{n}", level=RegionLevel.STREET, path="")
        street.path = f"/{street.id}/"
        await street.save(update_fields=["path"])
        community = await Region.create(name=f"压测社区{n}", level=RegionLevel.COMMUNITY, parent=street)
        community.path = f"{street.path}{community.id}/"
        await community.save(update_fields=["path"])
        streets.append((street, community))
    for n in range(10):
        street, community = streets[n % 2]
        grid = await Region.create(name=f"压测网格{n}", level=RegionLevel.GRID, parent=community)
        grid.path = f"{community.path}{grid.id}/"
        await grid.save(update_fields=["path"])
        grids.append(grid.id)
    street = streets[0][0]
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
    if "last_street_inspection_at" in Enterprise._meta.fields_map:  # bulk_create skips submit_inspection
        import importlib
        from tortoise import connections
        fill = importlib.import_module("migrations.enterprises.0090_last_street_inspection")._FILL
        await connections.get("default").execute_script(fill)
    # The admin of the street holding every second grid: half the enterprises.
    await User.create(name=STREET_ADMIN, role=Role.ADMIN, region_id=street.id)
    return await User.create(name="压测管理员", role=Role.ADMIN, region_id=None)


async def median_ms(call, repeats: int, cpu: list[float] | None = None) -> float:
    """The median wall time of `repeats` calls after a warm-up; with `cpu`, each call's process CPU is added to it."""
    await call()  # warm caches and the connection pool
    times = []
    for _ in range(repeats):
        started, used = time.perf_counter(), time.process_time()
        await call()
        times.append((time.perf_counter() - started) * 1000)
        if cpu is not None:
            cpu.append((time.process_time() - used) * 1000)
    return statistics.median(times)


class _Statements(logging.Handler):
    """The SQL a block sends, with its parameters, from Tortoise's query log."""

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.sent: list[tuple[str, list | None]] = []

    def emit(self, record: logging.LogRecord) -> None:
        if isinstance(record.args, tuple) and record.args and isinstance(record.args[0], str):
            query, values = record.args[0], record.args[1] if len(record.args) > 1 else None
        else:
            query, values = record.getMessage(), None
        if query.lstrip().upper().startswith("SELECT"):
            self.sent.append((query, list(values) if values else None))


async def profile(call, conn, repeats: int) -> list[tuple[float, str]]:
    """Each SELECT one call sends, replayed `repeats` times on the same connection: (median ms, statement)."""
    logger = logging.getLogger("tortoise.db_client")
    handler, level = _Statements(), logger.level
    logger.setLevel(logging.DEBUG)
    logger.addHandler(handler)
    try:
        await call()
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
    timed = []
    for query, values in handler.sent:
        timed.append((await median_ms(lambda q=query, v=values: conn.execute_query(q, v), repeats),
                      await rows_read(conn, query, values), query))
    return timed


async def rows_read(conn, query: str, values: list | None = None) -> int | None:
    """The index and table rows MariaDB read for one statement (its session's Handler_read_* counters): the
    database's work without the machine's load in it. None on SQLite."""
    if conn.capabilities.dialect != "mysql":
        return None
    async with conn.acquire_connection() as raw:
        async with raw.cursor() as cursor:
            async def handler_reads() -> int:
                await cursor.execute("SHOW SESSION STATUS LIKE 'Handler_read%'")
                return sum(int(value) for _, value in await cursor.fetchall())
            before = await handler_reads()
            await cursor.execute(query, values)
            await cursor.fetchall()
            return await handler_reads() - before


async def seeded_admin(enterprises: int) -> User | None:
    """The admin of an earlier run's data at this size, if the database holds exactly that."""
    if await Enterprise.all().count() != enterprises or not await User.filter(name=STREET_ADMIN).exists():
        return None
    return await User.filter(name="压测管理员", role=Role.ADMIN).first()


async def open_seeded_street(url: str, enterprises: int, reuse: bool) -> tuple[User, float]:
    """The bench street on `url`, opened: with `reuse` an earlier run's (its new migrations applied; seeded again
    when it holds another number of enterprises), else made afresh. Answers its admin and the seconds spent seeding."""
    if reuse:
        await db.apply_migrations(url)
    else:
        await fresh_database(url)
    await db.open_database(url)
    started = time.perf_counter()
    admin = await seeded_admin(enterprises) if reuse else None
    if admin is None:
        admin = await seed(enterprises)
    return admin, time.perf_counter() - started


async def main(enterprises: int, repeats: int, reuse: bool, pairs_wanted: int = 3, profiled: bool = False) -> None:
    from tortoise import connections

    from api.app import create_app

    url = os.environ["DATABASE_URL"]
    admin, seeded = await open_seeded_street(url, enterprises, reuse)
    try:
        settings = Settings()
        started = time.perf_counter()
        snapshot_rows = await snapshot.take()  # the worker's nightly job
        snapshot_seconds = time.perf_counter() - started
        street_admin = await User.filter(name=STREET_ADMIN).first()
        ids = await regions.region_ids_under((await Region.get(id=street_admin.region_id)).path)
        scoped_bare = (f"SELECT risk_color, COUNT(*) FROM enterprise WHERE region_id IN ({','.join(map(str, ids))}) "
                       "GROUP BY risk_color")
        load_before = load_average()
        transport = httpx.ASGITransport(app=create_app(settings, manage_database=False))
        conn = connections.get("default")
        results, profiles, bare_rows = {}, {}, {}
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
            for scope, who, bare_sql in (("system admin", admin, BARE), ("street admin", street_admin, scoped_bare)):
                token = security.issue_access_token(who.id, who.token_version, settings.secret_key, clock.now(),
                                                    timedelta(hours=1))

                async def summary(token=token):
                    answer = await client.get("/api/v1/dashboard/summary",
                                              headers={"Authorization": f"Bearer {token}"})
                    assert answer.status_code == 200, answer.text

                pairs, cpu = [], []
                for _ in range(max(pairs_wanted, 3)):  # alternating bare/summary pairs
                    bare = await median_ms(lambda sql=bare_sql: conn.execute_query(sql), repeats)
                    full = await median_ms(summary, repeats, cpu)
                    pairs.append((bare, full))
                results[scope] = pairs, statistics.median(cpu)
                if profiled:
                    profiles[scope] = await profile(summary, conn, repeats)
                    bare_rows[scope] = await rows_read(conn, bare_sql)
    finally:
        await db.close_database()
    print(f"database   {'MariaDB' if url.startswith('mysql') else 'SQLite'}  (cpus: {os.cpu_count()}, "
          f"load average {load_before} before, {load_average()} after)")
    print(f"scale      {enterprises} enterprises (seeded in {seeded:.1f} s), median of {repeats} per pair")
    print(f"snapshot   {snapshot_rows} rows (regions x days) taken in {snapshot_seconds:.1f} s (the nightly job)")
    worst = 0.0
    for scope, (pairs, cpu) in results.items():
        ratios = [full / bare for bare, full in pairs]
        print(f"{scope:<16} bare {statistics.median(b for b, _ in pairs):7.1f} ms  summary "
              f"{statistics.median(f for _, f in pairs):7.1f} ms  (Python CPU {cpu:.1f} ms)  ratio {paired(ratios)}")
        worst = max(worst, statistics.median(ratios))
    for scope, timed in profiles.items():
        read = [rows for _, rows, _ in timed if rows is not None]
        print(f"-- {scope}: {len(timed)} SELECTs, {sum(ms for ms, _, _ in timed):.1f} ms replayed one by one"
              + (f", {sum(read)} rows read against the bare count's {bare_rows[scope]} "
                 f"(x{sum(read) / max(bare_rows[scope], 1):.2f})" if read else ""))
        for ms, rows, query in timed:
            print(f"{ms:8.2f} ms {'' if rows is None else f'{rows:7d} rows'}  {' '.join(query.split())[:140]}")
    print("goal <= 2x the bare GROUP BY and < 100 ms on MariaDB, both scopes")
    print(f"ratio={worst:.2f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--enterprises", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--reuse", action="store_true", help="keep the data an earlier run seeded at this size")
    parser.add_argument("--pairs", type=int, default=3, help="alternating bare/summary pairs per scope (>= 3)")
    parser.add_argument("--profile", action="store_true",
                        help="also time each SELECT of one summary per scope, replayed alone (median of --repeats)")
    args = parser.parse_args()
    default_to_temporary_sqlite()
    asyncio.run(main(args.enterprises, args.repeats, args.reuse, args.pairs, args.profile))
