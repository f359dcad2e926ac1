"""GET /scan/{token} against a bare endpoint reading one row by primary key through Tortoise, same database, same run.

    .venv/bin/python bench/scan.py                     # SQLite in a temporary directory
    DATABASE_URL=mysql://root:@127.0.0.1:3306/jinyan_bench .venv/bin/python bench/scan.py

    .venv/bin/python bench/scan.py --pairs 5 --seconds 3

    .venv/bin/python bench/scan.py --profile 2000 [--signed-in]   # cProfile of scans through the ASGI app

Uses wrk when it is installed (`make bench` installs it), else a Python load generator that saturates first.
Baseline and subjects alternate in pairs (at least three) so the machine's load moves them alike. Per run it
measures throughput, p99 and the CPU seconds of the server process, of MariaDB and of the load generator (from
/proc); per subject it prints the median ratio to the baseline and the spread, by throughput, by server CPU per
request and by p99, with the load average; when the load generator used most of a core (0.85) it says so instead
of a throughput ratio. The last line is `ratio=N`: the worse of the public scan's throughput and CPU ratios. The
signed-in scan (an inspector's bearer token: the principal is loaded, decision 066, and the profile read) is
reported beside it. Goal (issue 19): the public scan at least 0.8 of the bare read by both, p99 at most 2x."""

import argparse
import asyncio
import os
import shutil
import statistics
import sys
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fastapi import FastAPI  # noqa: E402

from bench.common import (GENERATOR_BOUND_CORES, NO_RATE_LIMITS, default_to_temporary_sqlite, load,  # noqa: E402
                          load_average, measured_load, paired, report, start_server)

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


def _ratios(baseline, subject) -> tuple[float, float, float]:
    """Throughput, CPU per request (baseline's over the subject's: above 1 the subject is cheaper) and p99
    (the subject's over the baseline's: the goal is at most 2)."""
    cpu = baseline.cpu_ms(baseline.server_cpu) / subject.cpu_ms(subject.server_cpu)
    return subject.rps / baseline.rps, cpu, subject.p99_ms / baseline.p99_ms


async def main(pairs: int, seconds: int) -> None:
    rows, token = await seed()
    server, base = start_server("bench.scan:bench_app", {})
    subjects = {"public": [], "inspector": []}
    generator_cores, loads, failed = [], [], False
    try:
        await load(base, ["/healthz"], seconds=1)  # warm up
        for _ in range(pairs):
            baseline = await measured_load(base, [f"/bench/pk/{i}" for i, _ in rows], server.pid, seconds=seconds)
            scans = await measured_load(base, [f"/api/v1/scan/{t}" for _, t in rows], server.pid, seconds=seconds)
            signed_in = await measured_load(base, [f"/api/v1/scan/{t}" for _, t in rows], server.pid,
                                            headers={"Authorization": f"Bearer {token}"}, seconds=seconds)
            report("baseline: PK read", baseline)
            report("GET /scan/{token} public", scans)
            report("GET /scan/{token} inspector", signed_in)
            loads.append(os.getloadavg()[0])
            failed |= bool(scans.errors or baseline.errors or signed_in.errors)
            generator_cores += [r.generator_cores for r in (baseline, scans, signed_in)]
            subjects["public"].append(_ratios(baseline, scans))
            subjects["inspector"].append(_ratios(baseline, signed_in))
    finally:
        server.terminate()
        server.wait()
    if failed:
        raise SystemExit("requests failed: the figures are not comparable (a stale bench database? drop it)")
    database = os.environ["DATABASE_URL"]
    print(f"database: {database.split('@')[-1] if 'mysql' in database else 'SQLite'}   load average "
          f"{load_average()} (1-minute after each pair {min(loads):.2f}-{max(loads):.2f})   generator "
          f"{'wrk' if shutil.which('wrk') else 'Python (httpx)'} {max(generator_cores):.2f} cores at most")
    generator_bound = max(generator_cores) >= GENERATOR_BOUND_CORES
    for name, ratios in subjects.items():
        throughput, cpu, p99 = ([r[k] for r in ratios] for k in range(3))
        shown = ("the load generator is the bottleneck: no throughput ratio" if generator_bound
                 else f"throughput {paired(throughput)}")
        print(f"{name + ' scan/baseline':<24} {shown}")
        print(f"{'':<24} cpu/request {paired(cpu)}   p99 {paired(p99)}")
    public = subjects["public"]
    cpu = statistics.median(r[1] for r in public)
    worse = cpu if generator_bound else min(cpu, statistics.median(r[0] for r in public))
    print("goal (issue 19): the public scan >= 0.8 of the bare read by throughput and by server CPU per request, "
          "p99 <= 2x; ratio= is the worse of the two medians" + (" (CPU only: generator-bound)" if generator_bound else ""))
    print(f"ratio={worse:.2f}")


async def profile(requests: int, signed_in: bool) -> None:
    """cProfile of scans through the ASGI app in this process (no sockets): where a scan's CPU goes."""
    import cProfile
    import pstats

    import httpx

    from core import db

    os.environ.update({**NO_RATE_LIMITS, "RUN_WORKER_IN_PROCESS": "false"})  # before the settings are first read
    rows, token = await seed()
    app = bench_app()
    headers = {"Authorization": f"Bearer {token}"} if signed_in else {}
    transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 5000))
    async with app.router.lifespan_context(app), httpx.AsyncClient(transport=transport, base_url="http://b") as c:
        for _, t in rows[:50]:
            assert (await c.get(f"/api/v1/scan/{t}", headers=headers)).status_code == 200
        profiler = cProfile.Profile()
        profiler.enable()
        for n in range(requests):
            await c.get(f"/api/v1/scan/{rows[n % len(rows)][1]}", headers=headers)
        profiler.disable()
    await db.close_database()
    stats = pstats.Stats(profiler).sort_stats("cumulative")
    stats.print_stats(45)
    if os.environ.get("BENCH_PROFILE_CALLEES"):
        stats.print_callees(os.environ["BENCH_PROFILE_CALLEES"])


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--pairs", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--profile", type=int, metavar="N", help="instead: cProfile N scans in this process")
    parser.add_argument("--signed-in", action="store_true", help="with --profile: as the inspector")
    args = parser.parse_args()
    default_to_temporary_sqlite()
    if args.profile:
        asyncio.run(profile(args.profile, args.signed_in))
    else:
        asyncio.run(main(max(args.pairs, 3), args.seconds))
