"""Starting and submitting an inspection cost the same number of queries for 5 items or 100."""

from core import audit
from core.audit import SYSTEM
from core.identity import Role
from inspections import service as inspections_service
from inspections.models import InspectionItem
from inspections.schemas import InspectionStart
from tests import builders
from tests.querycount import count_queries


async def _cost(item_count: int) -> tuple[int, int]:
    tree = await builders.region_tree()
    industry = f"行业{item_count}"  # each run's template fits only its own enterprise
    enterprise = await builders.enterprise(tree["north_grid"], industry=industry)
    inspector = await builders.user(Role.INSPECTOR, tree["north"])
    await builders.template(await builders.check_items(item_count), industries=[industry])
    principal = inspections_service.Principal(inspector.id, inspector.name, Role.INSPECTOR, tree["north"].id,
                                  tree["north"].path, None)
    with count_queries() as started:
        checklist = await inspections_service.start_inspection(principal, InspectionStart(token=enterprise.qr_token),
                                                   f"count-{item_count}")
    assert len(checklist.items) == item_count
    # Two failures either way: the submit's cost follows the hazards, never the checklist's length.
    await InspectionItem.filter(inspection_id=checklist.id).update(result="pass")
    await InspectionItem.filter(inspection_id=checklist.id, position__lte=2).update(result="fail")
    with count_queries() as submitted:
        done = await inspections_service.submit_inspection(principal, checklist.id)
    assert len(done.hazards) == 2
    return len(started), len(submitted)


async def test_start_and_submit_do_not_grow_with_the_checklist(db_clean):
    await audit.record(SYSTEM, "test.warm_up", "test")  # the first entry ever also creates the chain's head
    small = await _cost(5)
    large = await _cost(100)
    assert small == large, (small, large)
    print(f"queries: start={small[0]}, submit with 2 hazards={small[1]}")
