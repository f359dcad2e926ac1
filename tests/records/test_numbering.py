"""Numbers under concurrency (meaningful on MariaDB, where the sequence row is locked; SQLite serialises anyway):
first prints at once get consecutive serials without gaps or repeats, and one document keeps one number."""

import asyncio

from core.identity import Role
from enterprises.accounts import principal_for_user
from records import service as records_service
from records.models import RecordDocument, RecordSequence
from records.rules import DocumentKind
from tests import builders


async def test_concurrent_first_prints_get_consecutive_numbers_and_one_document_one_number(world, settings):
    inspections = [await builders.inspection(world.enterprise, world.inspector) for _ in range(5)]
    principal = await principal_for_user(world.inspector)
    admin = await principal_for_user(await builders.user(Role.ADMIN, world.tree["street"]))
    # Five inspections at once, and the first one twice more by other callers.
    targets = [(principal, i.id) for i in inspections] + [(admin, inspections[0].id), (principal, inspections[0].id)]
    printed = await asyncio.gather(*(records_service.print_document(who, inspection_id, DocumentKind.RECORD, settings)
                                     for who, inspection_id in targets))
    documents = await RecordDocument.filter(kind=DocumentKind.RECORD).order_by("serial")
    assert [d.serial for d in documents] == [1, 2, 3, 4, 5]
    assert len({d.inspection_id for d in documents}) == 5
    first = next(d for d in documents if d.inspection_id == inspections[0].id)
    assert {p.number for p in printed[5:]} | {printed[0].number} == {first.number}
    assert (await RecordSequence.get(street_id=world.tree["street"].id, kind=DocumentKind.RECORD)).last_serial == 5
    assert first.number.startswith("金雁安检〔")
