"""GET /scan/{token} against a bare endpoint reading one row by primary key through Tortoise, same database, same run.

    .venv/bin/python bench/scan.py                     # SQLite in a temporary directory
    DATABASE_URL=mysql://root:@127.0.0.1:3306/jinyan_bench .venv/bin/python bench/scan.py

Uses wrk when it is installed (`apt-get install wrk`), else a Python load generator that saturates first.
Goal (issue 3): scan throughput at least 0.6 of the baseline."""

import asyncio
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fastapi import FastAPI  # noqa: E402

from bench.common import default_to_temporary_sqlite, load, report, start_server  # noqa: E402

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


async def seed() -> list[tuple[int, str]]:
    from core import db
    from demo import street
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
        return await Enterprise.all().values_list("id", "qr_token")
    finally:
        await db.close_database()


async def main() -> None:
    rows = await seed()
    server, base = start_server("bench.scan:bench_app", {})
    try:
        await load(base, ["/healthz"], seconds=1)  # warm up
        baseline = await load(base, [f"/bench/pk/{i}" for i, _ in rows])
        scans = await load(base, [f"/api/v1/scan/{t}" for _, t in rows])
    finally:
        server.terminate()
        server.wait()
    print(f"database: {os.environ['DATABASE_URL'].split('@')[-1] if 'mysql' in os.environ['DATABASE_URL'] else 'SQLite'}")
    report("baseline: PK read", baseline)
    report("GET /scan/{token} public", scans)
    if scans.errors or baseline.errors:
        raise SystemExit("requests failed: the figures are not comparable (a stale bench database? drop it)")
    print(f"ratio scan/baseline: {scans.rps / baseline.rps:.2f}  (goal >= 0.6)")


if __name__ == "__main__":
    default_to_temporary_sqlite()
    asyncio.run(main())
