"""The enterprise's last street inspection (decision 067): written in submit_inspection's transaction, never moved
back, not by a self-inspection, and backfilled by migration enterprises/0090 from the inspections."""

import importlib
from datetime import timedelta

from tortoise import connections

from core import clock
from enterprises import service as enterprises_service
from enterprises.models import Enterprise
from inspections.models import Inspection
from tests import builders
from tests.inspections.test_inspections_api import start
from tests.inspections.test_one_shot_submit import one_shot


async def last(enterprise) -> object:
    return (await Enterprise.get(id=enterprise.id)).last_street_inspection_at


async def test_a_submitted_street_inspection_is_the_enterprises_last(client, street):
    assert await last(street.enterprise) is None
    checklist = (await start(client, street)).json()
    answer = await one_shot(client, street, checklist, {"rest_passed": True})
    assert answer.status_code == 200, answer.text
    submitted = (await Inspection.get(id=checklist["id"])).submitted_at
    assert await last(street.enterprise) == submitted
    await enterprises_service.record_street_inspection(street.enterprise.id, submitted - timedelta(days=3))
    assert await last(street.enterprise) == submitted  # an older one does not move it back


async def test_a_self_inspection_does_not_count(db_clean):
    tree = await builders.region_tree()
    enterprise = await builders.enterprise(tree["north_grid"])
    inspector = await builders.user()
    await builders.inspection(enterprise, inspector, kind="self")
    assert await last(enterprise) is None


async def test_the_migration_fills_it_from_the_submitted_street_inspections(db_clean):
    tree = await builders.region_tree()
    inspected, never = await builders.enterprise(tree["north_grid"]), await builders.enterprise(tree["north_grid"])
    inspector = await builders.user()
    await builders.inspection(inspected, inspector, days_ago=9)
    newest = await builders.inspection(inspected, inspector, days_ago=2)
    await builders.inspection(inspected, inspector, kind="self")  # later, but not a street inspection
    await builders.inspection(never, inspector, kind="self")
    await Inspection.create(enterprise=never, inspector=inspector, started_at=clock.now())  # a draft
    await Enterprise.all().update(last_street_inspection_at=None)
    migration = importlib.import_module("migrations.enterprises.0090_last_street_inspection")
    await connections.get("default").execute_script(migration._FILL)
    assert await last(inspected) == newest.submitted_at
    assert await last(never) is None
