"""The first rescore (every enterprise gets its first history row, event and audit) and the steady one, against the
bare aggregate SQL that reads the same facts, same database, same run, in alternating pairs.

    .venv/bin/python bench/rescore.py --enterprises 10000          # SQLite in a temporary directory
    DATABASE_URL=mysql://root:@127.0.0.1:3306/jinyan_bench .venv/bin/python bench/rescore.py --enterprises 100000

Each enterprise gets --documents safety documents (some expired, a third of them verified, each with a file and an
issue date), two people (one special operator), one in 50 a recorded fact (an accident), and the activity a street
has in a year: one to three street inspections, a self-inspection for one in four, a hazard for one in five (open and
overdue, open and not yet due, submitted, or closed in time or late, with their timeline events). 100,000
enterprises x 8 documents make about 1.6 million fact rows.

A pair is the bare read then the first rescore of an unscored street (the history, the outbox and the audit trail
emptied before it); --pairs of them, then one steady rescore. Prints each pair, the median ratio with its spread and
the load average, and `ratio=N` (the first rescore's median) on the last line.
Goal (issue 19): the first rescore within 3x the bare read and under 60 s at 100,000 on MariaDB with 2 cores."""

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
from core import clock, db  # noqa: E402
from enterprises.models import (DocumentReview, DocumentType, Enterprise, PersonnelRole, Region,  # noqa: E402
                                RegionLevel, Role, SafetyDocument, SafetyPerson, User)
from inspections.models import (Hazard, HazardEvent, HazardType, Inspection, InspectionKind,  # noqa: E402
                                InspectionStatus, Severity)
from inspections.rectification import HazardStatus  # noqa: E402
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
    await seed_activity(ids)


def _inspections_of(eid: int, inspector_id: int, now) -> list[Inspection]:
    street = [Inspection(enterprise_id=eid, inspector_id=inspector_id, kind=InspectionKind.ROUTINE,
                         status=InspectionStatus.SUBMITTED, started_at=now - timedelta(days=(eid * 7 + k * 97) % 330 + 1),
                         submitted_at=now - timedelta(days=(eid * 7 + k * 97) % 330 + 1))
              for k in range(1 + eid % 3)]
    own = [Inspection(enterprise_id=eid, inspector_id=inspector_id, kind=InspectionKind.SELF,
                      status=InspectionStatus.SUBMITTED, started_at=now - timedelta(days=eid % 60 + 1),
                      submitted_at=now - timedelta(days=eid % 60 + 1))] if eid % 4 == 0 else []
    return street + own


# One hazard for one enterprise in five, cycling through the states a year leaves them in:
# (status, deadline in days from today, days before the deadline the fix was submitted, or None).
HAZARD_STATES = [(HazardStatus.OPEN, -10, None), (HazardStatus.OPEN, 20, None), (HazardStatus.SUBMITTED, 5, 2),
                 (HazardStatus.CLOSED, -60, 3), (HazardStatus.CLOSED, -90, -4)]


def _hazard_of(inspection: Inspection, inspector_id: int, now) -> tuple[Hazard, list[tuple[str, str, int]]]:
    status, due_in, submitted_before = HAZARD_STATES[(inspection.enterprise_id // 5) % len(HAZARD_STATES)]
    deadline = now.date() + timedelta(days=due_in)
    hazard = Hazard(enterprise_id=inspection.enterprise_id, inspection_id=inspection.id, reported_by_id=inspector_id,
                    title="灭火器过期", severity=Severity.GENERAL, hazard_type=HazardType.THING, deadline_date=deadline,
                    status=status, closed_at=now + timedelta(days=due_in + 1) if status == HazardStatus.CLOSED else None)
    timeline = [(None, HazardStatus.OPEN, due_in - 30)]
    if submitted_before is not None:
        timeline.append((HazardStatus.OPEN, HazardStatus.SUBMITTED, due_in - submitted_before))
    if status == HazardStatus.CLOSED:
        timeline.append((HazardStatus.SUBMITTED, HazardStatus.CLOSED, due_in + 1))
    return hazard, timeline


async def seed_activity(ids: list[int]) -> None:
    now = clock.now()
    inspector = await User.create(name="压测检查员", role=Role.INSPECTOR, username="bench-inspector")
    batch = 5000
    for start in range(0, len(ids), batch):
        part = ids[start:start + batch]
        await Inspection.bulk_create([row for eid in part for row in _inspections_of(eid, inspector.id, now)],
                                     batch_size=2000)
        first = await (Inspection.filter(enterprise_id__in=[eid for eid in part if eid % 5 == 0],
                                         kind=InspectionKind.ROUTINE).order_by("enterprise_id", "id"))
        firsts = list({row.enterprise_id: row for row in reversed(first)}.values())
        planned = [_hazard_of(row, inspector.id, now) for row in firsts]
        await Hazard.bulk_create([hazard for hazard, _ in planned], batch_size=2000)
        made = await Hazard.filter(enterprise_id__in=[row.enterprise_id for row in firsts]).order_by("enterprise_id")
        timelines = dict((hazard.enterprise_id, timeline) for hazard, timeline in planned)
        await HazardEvent.bulk_create([HazardEvent(hazard_id=hazard.id, from_status=before, to_status=after,
                                                   at=now + timedelta(days=day))
                                       for hazard in made for before, after, day in timelines[hazard.enterprise_id]],
                                      batch_size=2000)
    from tortoise import connections

    await connections.get("default").execute_script(
        "UPDATE enterprise SET last_street_inspection_at = (SELECT MAX(submitted_at) FROM inspection "
        "WHERE inspection.enterprise_id = enterprise.id AND status = 'submitted' AND kind <> 'self')")

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
    # The activity the rescore reads (scoring/activity.py), as plain aggregates.
    "SELECT enterprise_id, id, severity, deadline_date, status FROM hazard WHERE status <> 'closed'",
    "SELECT h.enterprise_id, h.id, h.deadline_date, MAX(e.at) FROM hazard h JOIN hazard_event e ON e.hazard_id = h.id "
    "AND e.to_status = 'submitted' WHERE h.status = 'closed' AND h.closed_at >= '{year_ago}' "
    "GROUP BY h.enterprise_id, h.id, h.deadline_date",
    "SELECT enterprise_id, MAX(submitted_at) FROM inspection WHERE status = 'submitted' AND kind <> 'self' "
    "GROUP BY enterprise_id",
    "SELECT enterprise_id, COUNT(*) FROM inspection WHERE status = 'submitted' AND kind = 'self' "
    "AND submitted_at >= '{year_ago}' GROUP BY enterprise_id",
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


async def unscore() -> None:
    """The street as it is before its first rescore: no history, nothing in the outbox or the audit trail."""
    from tortoise import connections

    conn = connections.get("default")
    for table in ("risk_score", "outbox_delivery", "outbox_entry", "audit_entry", "audit_head"):
        await conn.execute_script(f"DELETE FROM {table}")
    await Enterprise.all().update(risk_color=None, risk_score=None, risk_scored_at=None)


def spread(values: list[float]) -> str:
    return f"median {statistics.median(values):.2f}, spread {min(values):.2f}-{max(values):.2f}"


async def seeded(url: str) -> int:
    """How many enterprises a database seeded by an earlier run holds (0 if none, or no database)."""
    try:
        await db.open_database(url)
        return await Enterprise.all().count()
    except Exception:  # noqa: BLE001  (no such database or no tables yet: seed it)
        return 0
    finally:
        await db.close_database()


async def profile_first_rescore(top: int = 25) -> None:
    """One first rescore under cProfile, with the statements it sends counted by kind and table."""
    import cProfile
    import pstats
    import re
    from collections import Counter

    from scoring import service as scoring_service
    from tests.querycount import count_queries

    await unscore()
    profiler = cProfile.Profile()
    started = time.perf_counter()
    with count_queries() as statements:
        profiler.enable()
        result = await scoring_service.rescore_all()
        profiler.disable()
    elapsed = time.perf_counter() - started
    kinds = Counter()
    for sql in statements:
        match = re.match(r"\s*(\w+)\W+(?:.*?\b(?:FROM|INTO|UPDATE)\s+)?[`\"]?(\w+)", sql, re.S | re.I)
        kinds[" ".join(match.groups()) if match else sql[:30]] += 1
    print(f"profile       first rescore {elapsed:.2f} s under cProfile, {result['changed']} changed, "
          f"{len(statements)} statements:")
    for kind, n in kinds.most_common():
        print(f"    {n:6d}  {kind}")
    stats = pstats.Stats(profiler)
    stats.sort_stats("cumulative").print_stats(r"(scoring|core)/", top)
    stats.sort_stats("tottime").print_stats(top)
    if path := os.environ.get("PROFILE_OUT"):
        stats.dump_stats(path)


async def main(enterprises: int, documents: int, pairs: int, reuse: bool = False, profile: bool = False) -> None:
    from scoring import service as scoring_service

    url = os.environ["DATABASE_URL"]
    have = await seeded(url) if reuse else 0
    if have != enterprises:
        await fresh_database(url)
    else:
        await db.apply_migrations(url)  # a database seeded by an older checkout
    await db.open_database(url)
    bares, firsts, ratios, cpu_bares, cpu_firsts = [], [], [], [], []
    try:
        started = time.perf_counter()
        if have != enterprises:
            await seed(enterprises, documents)
        print(f"database      {'MariaDB' if url.startswith('mysql') else 'SQLite'}  (cpus: {os.cpu_count()}); "
              f"{'reused' if have == enterprises else 'seeded'} {enterprises} enterprises, {enterprises * documents} "
              f"documents, {enterprises * 2} people and their activity in {time.perf_counter() - started:.1f} s",
              flush=True)
        if profile:
            await profile_first_rescore()
            if not pairs:
                return
        for pair in range(pairs):
            await unscore()
            cpu = time.process_time()
            bares.append(await bare_read())
            cpu_bares.append(time.process_time() - cpu)
            started, cpu = time.perf_counter(), time.process_time()
            first = await scoring_service.rescore_all()
            firsts.append(time.perf_counter() - started)
            cpu_firsts.append(time.process_time() - cpu)
            ratios.append(firsts[-1] / bares[-1])
            print(f"pair {pair + 1}        bare {bares[-1]:.2f} s, first rescore {firsts[-1]:.2f} s "
                  f"({first['changed']} changed), ratio {ratios[-1]:.2f}; this process's CPU {cpu_bares[-1]:.2f} "
                  f"and {cpu_firsts[-1]:.2f} s; load {os.getloadavg()[0]:.1f}", flush=True)
        cpu = time.process_time()
        bare_after = await bare_read()
        cpu_bare_after = time.process_time() - cpu
        started, cpu = time.perf_counter(), time.process_time()
        steady = await scoring_service.rescore_all()
        steady_time, steady_cpu = time.perf_counter() - started, time.process_time() - cpu
    finally:
        await db.close_database()
    print(f"bare read     {spread(bares)} s")
    print(f"first         {spread(firsts)} s, ratio {spread(ratios)}  (goal <= 3x and < 60 s)")
    print(f"client CPU    bare {spread(cpu_bares)} s, first rescore {spread(cpu_firsts)} s "
          f"(the database server's is not in it)")
    print(f"steady        {steady_time:.2f} s ({steady['changed']} changed), {steady_time / bare_after:.2f}x the bare "
          f"read of {bare_after:.2f} s; this process's CPU {steady_cpu:.2f} s against {cpu_bare_after:.2f} s; "
          f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print(f"ratio={statistics.median(ratios):.2f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--enterprises", type=int, default=10_000)
    parser.add_argument("--documents", type=int, default=8)
    parser.add_argument("--pairs", type=int, default=3)
    parser.add_argument("--reuse", action="store_true",
                        help="keep a database an earlier run seeded with as many enterprises (seeding 100k is slow)")
    parser.add_argument("--profile", action="store_true",
                        help="first one first rescore under cProfile, with its statements counted")
    args = parser.parse_args()
    default_to_temporary_sqlite()
    asyncio.run(main(args.enterprises, args.documents, args.pairs, args.reuse, args.profile))
