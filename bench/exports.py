"""GET /exports/hazards.xlsx against a bare write of the same rows, same data, same run.

    .venv/bin/python bench/exports.py                                # SQLite in a temporary directory
    DATABASE_URL=mysql://root:@127.0.0.1:3306/jinyan_bench .venv/bin/python bench/exports.py

Seeds the dashboard bench's street (bench/dashboard.py) with 2 x --hazards enterprises, so there are --hazards
hazards. The export goes through the ASGI app as a system admin: scope, filters, labels, the overdue rule, Beijing
times, chunked reads and the write-only workbook in a thread. The baseline selects the same columns in one query
and appends them raw to a write-only openpyxl workbook. Time is the median of --repeats; memory is the peak
traced by tracemalloc in one further call of each."""

import argparse
import asyncio
import io
import os
import statistics
import sys
import time
import tracemalloc
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx  # noqa: E402
from openpyxl import Workbook  # noqa: E402

from bench.dashboard import seed  # noqa: E402
from bench.common import default_to_temporary_sqlite  # noqa: E402
from bench.outbox import fresh_database  # noqa: E402
from core import clock, db, security  # noqa: E402
from core.settings import Settings  # noqa: E402
from dashboard.exports import KINDS  # noqa: E402
from inspections.models import Hazard  # noqa: E402


async def bare_write() -> int:
    """The floor: one SELECT of the exported columns, appended as they come to a streaming workbook."""
    fields = [name for name in KINDS["hazards"].fields if name != "enterprise__name"] + ["enterprise__name"]
    rows = await Hazard.all().order_by("id").values_list(*fields)

    def write() -> int:
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet("bare")
        for row in rows:
            sheet.append([value.replace(tzinfo=None) if hasattr(value, "tzinfo") and value.tzinfo else value
                          for value in row])
        buffer = io.BytesIO()
        workbook.save(buffer)
        return len(buffer.getvalue())

    return await asyncio.to_thread(write)


async def timed(call, repeats: int) -> float:
    await call()
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        await call()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


async def peak_mb(call) -> float:
    tracemalloc.start()
    try:
        await call()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


async def main(hazards: int, repeats: int) -> None:
    from api.app import create_app

    url = os.environ["DATABASE_URL"]
    await fresh_database(url)
    await db.open_database(url)
    try:
        started = time.perf_counter()
        admin = await seed(2 * hazards)
        seeded = time.perf_counter() - started
        count = await Hazard.all().count()
        settings = Settings()
        token = security.issue_access_token(admin.id, admin.token_version, settings.secret_key, clock.now(),
                                            timedelta(hours=1))
        transport = httpx.ASGITransport(app=create_app(settings, manage_database=False))
        async with httpx.AsyncClient(transport=transport, base_url="http://bench", timeout=600) as client:
            async def export():
                answer = await client.get("/api/v1/exports/hazards.xlsx",
                                          headers={"Authorization": f"Bearer {token}"})
                assert answer.status_code == 200, answer.text
                return len(answer.content)

            bare = await timed(bare_write, repeats)
            full = await timed(export, repeats)
            bare = min(bare, await timed(bare_write, repeats))
            bare_memory, full_memory = await peak_mb(bare_write), await peak_mb(export)
    finally:
        await db.close_database()
    print(f"database   {'MariaDB' if url.startswith('mysql') else 'SQLite'}  (cpus: {os.cpu_count()})")
    print(f"scale      {count} hazards (seeded in {seeded:.1f} s), median of {repeats}")
    print(f"bare       {bare * 1000:8.0f} ms  {bare_memory:6.1f} MB peak  one SELECT, raw rows to openpyxl")
    print(f"export     {full * 1000:8.0f} ms  {full_memory:6.1f} MB peak  GET /api/v1/exports/hazards.xlsx")
    print(f"ratio      {full / bare:8.2f}x time, {full_memory / bare_memory:.2f}x memory of the bare write")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--hazards", type=int, default=20_000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    default_to_temporary_sqlite()
    asyncio.run(main(args.hazards, args.repeats))
