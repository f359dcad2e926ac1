"""The console's enterprise table (GET /enterprises) at 100,000 enterprises against the bare SQL of the same queries.

    .venv/bin/python bench/enterprises.py --enterprises 10000        # SQLite in a temporary directory
    DATABASE_URL=mysql://root:@127.0.0.1:3306/jinyan_bench .venv/bin/python bench/enterprises.py
    DATABASE_URL=... .venv/bin/python bench/enterprises.py --reuse   # keep the data a previous run seeded

Seeds what bench/dashboard.py seeds (N enterprises in 10 grids of two communities, coloured 70/20/10, a hazard for
every second enterprise, some of them overdue). Five requests of the table, each through the ASGI app (no socket)
with a token, as the console sends them: the first page, a page filtered by colour and grid (as the admin of the
community holding that grid), a search by name, the overdue filter, and the last page (offset N - 20). The baseline
of each is the bare SQL the list runs — its COUNT and its page query, as the ORM renders them
(statement and parameters, `get_parameterized_sql`) — on the same connection. Bare and request alternate in at least three pairs
(--pairs) of medians of --repeats; each case prints both medians, the request's CPU time in this process, the median
ratio and its spread, with the load average; the last line is `ratio=N`, the worst case's median. Goal (issue 21):
under 300 ms per request server side on MariaDB."""

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

from bench.common import default_to_temporary_sqlite, load_average, paired  # noqa: E402
from bench.dashboard import median_ms, open_seeded_street  # noqa: E402
from core import clock, db, security  # noqa: E402
from core.identity import Principal, RiskColor, Role  # noqa: E402
from core.settings import Settings  # noqa: E402
from enterprises import service as enterprises_service  # noqa: E402
from enterprises.models import Enterprise, Region, RegionLevel, User  # noqa: E402
from inspections.hazards import overdue_enterprise_ids  # noqa: E402

SIZE = 20


def principal_of(user: User, path: str | None) -> Principal:
    return Principal(user_id=user.id, name=user.name, role=user.role, region_id=user.region_id, region_path=path,
                     enterprise_id=None)


def parameterized(queryset) -> tuple[str, list]:
    """A queryset's statement and parameters, exactly as the ORM sends them."""
    queryset._choose_db_if_not_chosen()
    queryset._make_query()
    return queryset.query.get_parameterized_sql()


async def bare_sql(principal: Principal, filters: enterprises_service.EnterpriseFilters,
                   page: int) -> list[tuple[str, list]]:
    """The statements list_enterprises runs for these filters: the page's ids, the COUNT when the page is full or
    empty, and the page's rows (their ids found here, as the list finds them)."""
    query = await enterprises_service.enterprises_query(principal, filters)
    page_ids = query.order_by("id").offset((page - 1) * SIZE).limit(SIZE).values_list("id", flat=True)
    ids = await page_ids
    statements = [parameterized(page_ids)]
    if not 0 < len(ids) < SIZE:
        statements.append(parameterized(query.count()))
    if ids:
        statements.append(parameterized(Enterprise.filter(id__in=ids).order_by("id").select_related("region")))
    return statements


async def cpu_ms(call, repeats: int) -> float:
    """This process's CPU time per call (the app's share; the database's own work runs elsewhere on MariaDB)."""
    started = time.process_time()
    for _ in range(repeats):
        await call()
    return (time.process_time() - started) * 1000 / repeats


async def main(enterprises: int, repeats: int, reuse: bool, pairs_wanted: int) -> None:
    from tortoise import connections

    from api.app import create_app

    url = os.environ["DATABASE_URL"]
    admin, seeded = await open_seeded_street(url, enterprises, reuse)
    try:
        settings = Settings()
        # The seed's first community (every second grid's); its admin made here, as the summary bench has none.
        community = await Region.get(name="压测社区0", level=RegionLevel.COMMUNITY)
        community_admin, _ = await User.get_or_create(name="压测社区管理员", role=Role.ADMIN, region_id=community.id)
        grid = await Region.filter(parent_id=community.id, level=RegionLevel.GRID).order_by("id").first()
        total = await Enterprise.all().count()
        last_page = max(1, (total + SIZE - 1) // SIZE)
        who = {"system": (admin, principal_of(admin, None)),
               "community": (community_admin, principal_of(community_admin, community.path))}
        F = enterprises_service.EnterpriseFilters
        cases = [
            ("first page", "system", {}, F(), 1),
            ("red in one grid (community admin)", "community", {"color": "red", "region_id": grid.id},
             F(color=RiskColor.RED, region_id=grid.id), 1),
            ("search 压测企业4242", "system", {"q": "压测企业4242"}, F(q="压测企业4242"), 1),
            ("overdue hazards", "system", {"overdue": "true"}, F(overdue=True, overdue_ids=overdue_enterprise_ids()), 1),
            (f"last page ({last_page})", "system", {}, F(), last_page),
        ]
        transport = httpx.ASGITransport(app=create_app(settings, manage_database=False))
        conn = connections.get("default")
        results = []
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
            for name, scope, params, filters, page in cases:
                user, principal = who[scope]
                token = security.issue_access_token(user.id, user.token_version, settings.secret_key, clock.now(),
                                                    timedelta(hours=1))
                statements = await bare_sql(principal, filters, page)

                async def request(params=params, page=page, token=token):
                    answer = await client.get("/api/v1/enterprises", params={**params, "page": page, "size": SIZE},
                                              headers={"Authorization": f"Bearer {token}"})
                    assert answer.status_code == 200, answer.text
                    return answer.json()

                async def bare(statements=statements):
                    for sql, values in statements:
                        await conn.execute_query(sql, values)

                shown = await request()
                pairs = []
                for _ in range(max(pairs_wanted, 3)):  # alternating bare/request pairs
                    pairs.append((await median_ms(bare, repeats), await median_ms(request, repeats)))
                results.append((name, shown["total"], len(shown["items"]), pairs, await cpu_ms(request, repeats)))
    finally:
        await db.close_database()
    print(f"database   {'MariaDB' if url.startswith('mysql') else 'SQLite'}  (cpus: {os.cpu_count()}, "
          f"load average {load_average()})")
    print(f"scale      {enterprises} enterprises (seeded in {seeded:.1f} s), page size {SIZE}, median of {repeats} "
          "per pair")
    worst = 0.0
    slowest = 0.0
    for name, found, rows, pairs, cpu in results:
        ratios = [full / bare for bare, full in pairs]
        request_ms = statistics.median(f for _, f in pairs)
        print(f"{name:<36} total {found:>6} rows {rows:>2}  bare {statistics.median(b for b, _ in pairs):7.1f} ms  "
              f"request {request_ms:7.1f} ms (cpu {cpu:5.1f} ms)  ratio {paired(ratios)}")
        worst, slowest = max(worst, statistics.median(ratios)), max(slowest, request_ms)
    print(f"goal < 300 ms per request server side; slowest {slowest:.1f} ms ({'met' if slowest < 300 else 'MISSED'})")
    print(f"load average {load_average()}")
    print(f"ratio={worst:.2f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--enterprises", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=9)
    parser.add_argument("--reuse", action="store_true", help="keep the data an earlier run seeded at this size")
    parser.add_argument("--pairs", type=int, default=3, help="alternating bare/request pairs per case (>= 3)")
    args = parser.parse_args()
    default_to_temporary_sqlite()
    asyncio.run(main(args.enterprises, args.repeats, args.reuse, args.pairs))
