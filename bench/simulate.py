"""The ruleset simulation (POST /scoring/simulate) against the street's rescore, same database, same run.

    .venv/bin/python bench/simulate.py --enterprises 10000          # SQLite in a temporary directory
    DATABASE_URL=mysql://root:@127.0.0.1:3306/jinyan_bench .venv/bin/python bench/simulate.py --enterprises 10000

Seeds like bench/rescore.py, scores everything once, then simulates (each `--runs` times): the active ruleset
unchanged (nothing changes colour), and a draft with both lines lowered (many change; each is evaluated under
both rulesets and explained, docs/decisions/074). The simulation reads the facts the rescore reads and writes nothing.
"""

import argparse
import asyncio
import copy
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import default_to_temporary_sqlite  # noqa: E402
from bench.outbox import fresh_database  # noqa: E402
from bench.rescore import seed  # noqa: E402
from core import db  # noqa: E402
from core.identity import Principal, Role  # noqa: E402


def spread(times: list[float]) -> str:
    return f"median {statistics.median(times):.2f} s (min {min(times):.2f}, max {max(times):.2f}, n={len(times)})"


async def main(enterprises: int, documents: int, runs: int) -> None:
    from scoring import service as scoring_service
    from scoring.ruleset import default_body

    url = os.environ["DATABASE_URL"]
    await fresh_database(url)
    await db.open_database(url)
    admin = Principal(user_id=None, name="压测", role=Role.ADMIN, region_id=None, region_path=None, enterprise_id=None)
    stricter = copy.deepcopy(default_body())
    stricter["bands"] = {"green": 60, "yellow": 40}
    try:
        await seed(enterprises, documents)
        await scoring_service.rescore_all()
        started = time.perf_counter()
        await scoring_service.rescore_all()
        steady = time.perf_counter() - started
        from enterprises.models import Enterprise
        colours = {c: await Enterprise.filter(risk_color=c).count() for c in ("green", "yellow", "red")}
        results = {}
        for label, body in (("unchanged", default_body()), ("lines 85/70 → 60/40", stricter)):
            times = []
            for _ in range(runs):
                started = time.perf_counter()
                answer = await scoring_service.simulate(admin, body)
                times.append(time.perf_counter() - started)
            results[label] = (times, answer)
    finally:
        await db.close_database()
    print(f"database      {'MariaDB' if url.startswith('mysql') else 'SQLite'}  (cpus: {os.cpu_count()}, "
          f"load {os.getloadavg()[0]:.1f})")
    print(f"scale         {enterprises} enterprises, {enterprises * documents} documents")
    print(f"rescore       steady {steady:.2f} s; colours {colours}")
    for label, (times, answer) in results.items():
        print(f"simulate      {label}: {spread(times)}; {answer['changed']} of {answer['total']} change, "
              f"{len(answer['changes'])} listed")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--enterprises", type=int, default=10_000)
    parser.add_argument("--documents", type=int, default=8)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    default_to_temporary_sqlite()
    asyncio.run(main(args.enterprises, args.documents, args.runs))
