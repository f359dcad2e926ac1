"""Queries per scan do not grow with the data. The scan log is written in batches (enterprises/scans.py),
so it adds one INSERT per batch, not per scan."""

from enterprises.models import HazardPoint, RiskLevel, SafetyPerson, PersonnelRole
from core.identity import Role
from enterprises.scans import scan_log
from tests import builders
from tests.querycount import count_queries


async def _scan_statements(client, token: str, headers: dict) -> int:
    await client.get(f"/api/v1/scan/{token}", headers=headers)  # warms the region-name cache
    await scan_log.flush()  # an empty buffer: the counted scan only appends to it
    with count_queries() as statements:
        answer = await client.get(f"/api/v1/scan/{token}", headers=headers)
    assert answer.status_code == 200
    return len(statements)


async def _grow(enterprise, n: int) -> None:
    for i in range(n):
        await SafetyPerson.create(enterprise=enterprise, name=f"人员{i}", role=PersonnelRole.OTHER)
        await HazardPoint.create(enterprise=enterprise, name=f"点位{i}", risk_level=RiskLevel.BLUE)


async def test_scan_statement_counts_are_fixed(client):
    tree = await builders.region_tree()
    small = await builders.enterprise(tree["north_grid"])
    big = await builders.enterprise(tree["north_grid"])
    await _grow(small, 1)
    await _grow(big, 30)
    for _ in range(20):
        await builders.enterprise(tree["south_grid"])
    inspector = await builders.user(Role.INSPECTOR, tree["street"])
    for headers, expected in (({}, 1), (builders.auth(inspector), 6)):
        counts = {await _scan_statements(client, e.qr_token, headers) for e in (small, big)}
        assert counts == {expected}, headers


async def test_the_scan_log_is_written_in_batches(db_clean):
    from core import clock
    from enterprises.models import ScanLog
    from enterprises.scans import ScanLogBuffer

    buffer = ScanLogBuffer(max_rows=3, max_age=3600)
    with count_queries() as statements:
        for _ in range(7):
            await buffer.add(ScanLog(token="t", view="public", at=clock.now()))
    assert len(statements) == 2 and await ScanLog.all().count() == 6
    await buffer.flush()
    assert await ScanLog.all().count() == 7
