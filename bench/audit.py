"""GET /audit's query (core/audit.search, newest first, paged by seq) on a large trail, same database, same run.

    .venv/bin/python bench/audit.py --entries 300000          # SQLite in a temporary directory
    DATABASE_URL=mysql://root:@127.0.0.1:3306/jinyan_bench .venv/bin/python bench/audit.py --entries 300000

The trail has an index on (object_type, object_id) and the unique seq; actor and time have none (docs/decisions/073):
a filter on them walks seq backwards until a page is full, so a rare actor is the slow case measured here.
"""

import argparse
import asyncio
import os
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import default_to_temporary_sqlite  # noqa: E402
from bench.outbox import fresh_database  # noqa: E402
from core import audit, clock, db  # noqa: E402
from core.models import AuditEntry  # noqa: E402


async def seed(entries: int) -> None:
    start = clock.now() - timedelta(days=365)
    step = timedelta(days=365) / entries
    batch = 5000
    for first in range(1, entries + 1, batch):
        rows = [AuditEntry(seq=n, at=start + n * step, actor_user_id=(7 if n % 1000 == 0 else n % 50 + 100),
                           actor_role="admin", ip="10.0.0.1", action="enterprise.updated", object_type="enterprise",
                           object_id=str(n % 20000), before={"name": "甲"}, after={"name": "乙"}, prev_hash="0" * 64,
                           hash="0" * 64, key_id="bench")
                for n in range(first, min(first + batch, entries + 1))]
        await AuditEntry.bulk_create(rows, batch_size=1000)


async def timed(runs: int, **filters) -> str:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        page, _ = await audit.search(size=50, **filters)
        await audit.check_entries(page)
        times.append(time.perf_counter() - started)
    return (f"median {statistics.median(times) * 1000:.0f} ms (min {min(times) * 1000:.0f}, "
            f"max {max(times) * 1000:.0f}), {len(page)} rows")


async def main(entries: int, runs: int) -> None:
    url = os.environ["DATABASE_URL"]
    await fresh_database(url)
    await db.open_database(url)
    try:
        await seed(entries)
        month_ago = clock.now() - timedelta(days=30)
        cases = {"newest page": {}, "one object": {"object_type": "enterprise", "object_id": "4242"},
                 "a rare actor (1 in 1000)": {"actor_user_id": 7},
                 "a month 30 days back": {"since": month_ago - timedelta(days=30), "until": month_ago},
                 "an actor who never wrote": {"actor_user_id": 8}}
        results = {label: await timed(runs, **filters) for label, filters in cases.items()}
    finally:
        await db.close_database()
    print(f"database   {'MariaDB' if url.startswith('mysql') else 'SQLite'}  (cpus: {os.cpu_count()}, "
          f"load {os.getloadavg()[0]:.1f}), {entries} entries")
    for label, line in results.items():
        print(f"{label:28s} {line}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=300_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    default_to_temporary_sqlite()
    asyncio.run(main(args.entries, args.runs))
