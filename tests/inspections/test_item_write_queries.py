"""Answering one checklist item is the busiest write of a city day (issue 19 measured it at a third of the API's
CPU): a fixed, small number of statements, whatever the checklist's length."""

from core import audit
from core.audit import SYSTEM
from core.identity import Principal, Role
from inspections import service as inspections_service
from inspections.models import InspectionItem
from inspections.schemas import InspectionStart, ItemResultWrite
from tests import builders
from tests.querycount import count_queries


async def test_answering_an_item_takes_a_fixed_few_statements(db_clean):
    await audit.record(SYSTEM, "test.warm_up", "test")  # the first entry ever also creates the chain's head
    tree = await builders.region_tree()
    enterprise = await builders.enterprise(tree["north_grid"], industry="计数行业")
    inspector = await builders.user(Role.INSPECTOR, tree["north"])
    await builders.template(await builders.check_items(30), industries=["计数行业"])
    principal = Principal(inspector.id, inspector.name, Role.INSPECTOR, tree["north"].id, tree["north"].path, None)
    checklist = await inspections_service.start_inspection(principal, InspectionStart(token=enterprise.qr_token),
                                                           "count-items")
    first, last = checklist.items[0].id, checklist.items[-1].id
    with count_queries() as statements:
        await inspections_service.record_result(principal, checklist.id, first, ItemResultWrite(result="pass"))
    with count_queries() as again:
        await inspections_service.record_result(principal, checklist.id, last,
                                                ItemResultWrite(result="fail", note="灭火器过期", severity="general"))
    assert len(statements) == len(again)
    # The audit entry's own statements are core's (one entry per statement batch is another change's).
    ours = [s for s in statements if "audit_" not in s]
    # The draft's owner, status and region (narrow: no enterprise or region columns), the item, the draft's
    # touch (which also locks it), the item's update. It was 5 with the join of every enterprise column.
    assert len(ours) == 4, ours
    assert '"region"' not in ours[0] and "credit_code" not in ours[0]
    assert ours[2].startswith("UPDATE") and "inspection_item" not in ours[2]
    saved = await InspectionItem.get(id=last)
    assert (saved.result, saved.note, saved.severity) == ("fail", "灭火器过期", "general")
    assert (await InspectionItem.get(id=first)).result == "pass"
