"""GET /scan/{token} against a bare endpoint reading one row by primary key through Tortoise, same database, same run.

    .venv/bin/python bench/scan.py                     # SQLite in a temporary directory
    DATABASE_URL=mysql://root:@127.0.0.1:3306/jinyan_bench .venv/bin/python bench/scan.py

    .venv/bin/python bench/scan.py --pairs 5 --seconds 3

Uses wrk when it is installed (`apt-get install wrk`), else a Python load generator that saturates first.
Baseline and subjects alternate in pairs (at least three) so the machine's load moves them alike; it prints each
subject's median ratio to the baseline, the spread, the load average, and on its last line `ratio=N`: the public
scan's median. The signed-in scan (an inspector's bearer token: the principal is loaded, decision 066) is reported
beside it. Goal (issue 19): the scan at least 0.8 of the bare read."""

import argparse
import asyncio
import os
import statistics
import sys
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fastapi import FastAPI  # noqa: E402

from bench.common import default_to_temporary_sqlite, load, load_average, paired, report, start_server  # noqa: E402

ENTERPRISES = 200


def bench_app() -> FastAPI:
    """Our app with one extra bare route: the baseline."""
    from api.app import create_app
    from core.settings import get_settings
    from enterprises.models import Enterprise

    app = create_app(get_settings().model_copy(update={"auto_migrate": False}))

    @app.get("/bench/pk/{enterprise_id}")
    async def by_primary_key(enterprise_id: int) -> dict:
        enterprise = await Enterprise.get(id=enterprise_id)
        return {"id": enterprise.id, "name": enterprise.name}

    return app


async def seed() -> tuple[list[tuple[int, str]], str]:
    from core import clock, db, security
    from core.identity import Role
    from core.settings import get_settings
    from demo import street
    from enterprises.models import User
    from enterprises.models import Enterprise, Region, RegionLevel
    from tests import builders

    await db.apply_migrations()
    await db.open_database()
    try:
        if not await street.is_seeded():
            await street.seed()
        grid = await Region.filter(level=RegionLevel.GRID).first()
        while await Enterprise.all().count() < ENTERPRISES:
            await builders.enterprise(grid)
        inspector = await User.filter(role=Role.INSPECTOR, is_active=True).first()
        token = security.issue_access_token(inspector.id, inspector.token_version, get_settings().secret_key,
                                            clock.now(), timedelta(hours=1))
        return await Enterprise.all().values_list("id", "qr_token"), token
    finally:
        await db.close_database()


async def main(pairs: int, seconds: int) -> None:
    rows, token = await seed()
    server, base = start_server("bench.scan:bench_app", {})
    public, signed, failed = [], [], False
    try:
        await load(base, ["/healthz"], seconds=1)  # warm up
        for _ in range(pairs):
            baseline = await load(base, [f"/bench/pk/{i}" for i, _ in rows], seconds=seconds)
            scans = await load(base, [f"/api/v1/scan/{t}" for _, t in rows], seconds=seconds)
            signed_in = await load(base, [f"/api/v1/scan/{t}" for _, t in rows],
                                   headers={"Authorization": f"Bearer {token}"}, seconds=seconds)
            report("baseline: PK read", baseline)
            report("GET /scan/{token} public", scans)
            report("GET /scan/{token} inspector", signed_in)
            failed |= bool(scans.errors or baseline.errors or signed_in.errors)
            public.append(scans.rps / baseline.rps)
            signed.append(signed_in.rps / baseline.rps)
    finally:
        server.terminate()
        server.wait()
    if failed:
        raise SystemExit("requests failed: the figures are not comparable (a stale bench database? drop it)")
    print(f"database: {os.environ['DATABASE_URL'].split('@')[-1] if 'mysql' in os.environ['DATABASE_URL'] else 'SQLite'}"
          f"   load average {load_average()}")
    print(f"public scan/baseline     {paired(public)}  (goal >= 0.8)")
    print(f"inspector scan/baseline  {paired(signed)}")
    print(f"ratio={statistics.median(public):.2f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--pairs", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=5)
    args = parser.parse_args()
    default_to_temporary_sqlite()
    asyncio.run(main(max(args.pairs, 3), args.seconds))
