"""A full rescore against the bare aggregate SQL that reads the same facts, same database, same run.

    .venv/bin/python bench/rescore.py --enterprises 10000          # SQLite in a temporary directory
    DATABASE_URL=mysql://root:@127.0.0.1:3306/jinyan_bench .venv/bin/python bench/rescore.py --enterprises 100000

Each enterprise gets --documents safety documents (some expired, a third of them verified, each with a file and an
issue date) and two people (one special operator), and one in 50 a recorded fact (an accident), so 100,000
enterprises x 8 documents make 800,000 documents + 200,000 people + 2,000 facts = 1,002,000 fact rows. Hazards and
inspections are not seeded yet: the rescore reads their (empty) tables with its activity queries, the bare read
does not, so the ratio is slightly pessimistic for the rescore.
Goal (issue 5): rescore within 3x the bare read and under 60 s on MariaDB with 2 cores."""

import argparse
import asyncio
import os
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import default_to_temporary_sqlite  # noqa: E402
from bench.outbox import fresh_database  # noqa: E402
from core import clock, db  # noqa: E402
from enterprises.models import (DocumentReview, DocumentType, Enterprise, PersonnelRole, Region,  # noqa: E402
                                RegionLevel, SafetyDocument, SafetyPerson)
from scoring.models import FactKind, RiskFact  # noqa: E402

DOC_TYPES = [t for t in DocumentType if t != DocumentType.OTHER]


async def seed(enterprises: int, documents: int) -> None:
    now, today = clock.now(), clock.now().date()
    grid = await Region.create(name="压测网格", level=RegionLevel.GRID, path="/")
    batch = 5000
    for start in range(0, enterprises, batch):
        rows = [Enterprise(name=f"压测企业{i}", credit_code=f"B{i:017d}", region_id=grid.id, qr_token=f"bench{i:027d}",
                           qr_issued_at=now, special_equipment=["叉车"] if i % 10 == 0 else [])
                for i in range(start, min(start + batch, enterprises))]
        await Enterprise.bulk_create(rows, batch_size=1000)
    ids = await Enterprise.all().order_by("id").values_list("id", flat=True)
    for start in range(0, len(ids), batch):
        part = ids[start:start + batch]
        docs = [SafetyDocument(enterprise_id=eid, doc_type=DOC_TYPES[(eid + k) % len(DOC_TYPES)], title="制度",
                               valid_until_date=today - timedelta(days=1) if (eid + k) % 7 == 0 else None,
                               upload_ids=[eid], has_file=True, issued_date=today - timedelta(days=30),
                               review=DocumentReview.VERIFIED if (eid + k) % 3 == 0 else DocumentReview.UNVERIFIED)
                for eid in part for k in range(documents)]
        people = [SafetyPerson(enterprise_id=eid, name="负责人", role=PersonnelRole.PRINCIPAL,
                               certificate_no="A" if eid % 3 else "") for eid in part]
        people += [SafetyPerson(enterprise_id=eid, name="叉车工", role=PersonnelRole.EQUIPMENT_OPERATOR,
                                certificate_no="E" if eid % 4 else "",
                                certificate_expires_date=today + timedelta(days=(eid % 5 - 1) * 100))
                   for eid in part]
        facts = [RiskFact(enterprise_id=eid, kind=FactKind.ACCIDENT, occurred_on=today - timedelta(days=eid % 300),
                          reason="压测事故", recorded_at=now) for eid in part if eid % 50 == 0]
        await SafetyDocument.bulk_create(docs, batch_size=2000)
        await SafetyPerson.bulk_create(people, batch_size=2000)
        await RiskFact.bulk_create(facts, batch_size=2000)


BARE = [
    "SELECT id, special_equipment FROM enterprise WHERE status = 'active'",
    "SELECT enterprise_id, doc_type, COUNT(*) FROM safety_document GROUP BY enterprise_id, doc_type",
    "SELECT enterprise_id, doc_type, COUNT(*) FROM safety_document WHERE has_file AND issued_date <= '{today}' "
    "AND review <> 'rejected' AND (valid_until_date IS NULL OR valid_until_date > '{today}') "
    "GROUP BY enterprise_id, doc_type",
    "SELECT enterprise_id, role, COUNT(*) FROM safety_person GROUP BY enterprise_id, role",
    "SELECT enterprise_id, role, COUNT(*) FROM safety_person WHERE certificate_no <> '' AND "
    "(certificate_expires_date IS NULL OR certificate_expires_date >= '{today}') GROUP BY enterprise_id, role",
    "SELECT enterprise_id, COUNT(*) FROM safety_person WHERE certificate_expires_date < '{today}' "
    "GROUP BY enterprise_id",
    "SELECT enterprise_id, MAX(id) FROM risk_score GROUP BY enterprise_id",
    "SELECT enterprise_id, id, kind, occurred_on, reason FROM risk_fact WHERE revoked_at IS NULL "
    "AND occurred_on > '{year_ago}' AND occurred_on <= '{today}'",
    "SELECT * FROM risk_override WHERE ended_at IS NULL AND until > '{today}'",
]


async def bare_read() -> float:
    from tortoise import connections

    conn = connections.get("default")
    today = clock.now().date()
    started = time.perf_counter()
    for sql in BARE:
        await conn.execute_query(sql.format(today=today.isoformat(),
                                            year_ago=(today - timedelta(days=365)).isoformat()))
    return time.perf_counter() - started


async def main(enterprises: int, documents: int) -> None:
    from scoring import service as scoring_service

    url = os.environ["DATABASE_URL"]
    await fresh_database(url)
    await db.open_database(url)
    try:
        started = time.perf_counter()
        await seed(enterprises, documents)
        seeded = time.perf_counter() - started
        bare = await bare_read()
        started = time.perf_counter()
        first = await scoring_service.rescore_all()
        first_time = time.perf_counter() - started
        bare_after = await bare_read()   # the same read once history exists (it reads risk_score too)
        started = time.perf_counter()
        steady = await scoring_service.rescore_all()
        steady_time = time.perf_counter() - started
    finally:
        await db.close_database()
    print(f"database      {'MariaDB' if url.startswith('mysql') else 'SQLite'}  (cpus: {os.cpu_count()})")
    print(f"scale         {enterprises} enterprises, {enterprises * documents} documents, "
          f"{enterprises * 2} people  (seeded in {seeded:.1f} s)")
    print(f"bare read     {bare:.2f} s before history, {bare_after:.2f} s with history")
    print(f"rescore       first {first_time:.2f} s ({first['changed']} changed: history, events, audit), "
          f"steady {steady_time:.2f} s ({steady['changed']} changed)")
    print(f"ratio         first {first_time / bare:.1f}x, steady {steady_time / bare_after:.1f}x of the bare read  "
          f"(goal <= 3x, < 60 s)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--enterprises", type=int, default=10_000)
    parser.add_argument("--documents", type=int, default=8)
    args = parser.parse_args()
    default_to_temporary_sqlite()
    asyncio.run(main(args.enterprises, args.documents))
