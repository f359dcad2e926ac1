"""Door posters in bulk: a region's active enterprises or a list, two A5 posters per A4 page, for staff in scope."""

import math

import pypdfium2 as pdfium

from core.identity import Role
from enterprises import qr
from tests import builders
from tests.qr_decoder import decode_qr
from tests.records.conftest import pdf_text, squeezed


async def posters(client, who, **params):
    return await client.get("/api/v1/posters.pdf", params=params, headers=builders.auth(who))


class TestPosters:
    async def test_a_regions_active_enterprises_two_per_page(self, client, world):
        admin = await builders.user(Role.ADMIN, world.tree["street"])
        await builders.enterprise(world.tree["north"], name="待审核企业", status="pending")
        answer = await posters(client, admin, region_id=world.tree["street"].id)
        assert answer.status_code == 200, answer.text
        assert answer.headers["content-type"] == "application/pdf"
        document = pdfium.PdfDocument(answer.content)
        assert len(document) == math.ceil(2 / 2)  # the two active enterprises; the pending one has no live code
        page = document[0]
        width, height = page.get_size()
        assert (round(width), round(height)) == (842, 595)  # A4 landscape, in points
        image = page.render(scale=150 / 72).to_pil()
        left = image.crop((0, 0, image.width // 2, image.height))
        first = sorted([world.enterprise], key=lambda e: e.name)[0]
        decoded = {decode_qr(left), decode_qr(image.crop((image.width // 2, 0, image.width, image.height)))}
        assert qr.scan_url("http://127.0.0.1:8000", first.qr_token) in decoded
        assert "待审核企业" not in squeezed(pdf_text(answer.content))

    async def test_listed_enterprises_in_scope_only(self, client, world):
        answer = await posters(client, world.inspector, enterprise_ids=str(world.enterprise.id))
        assert answer.status_code == 200
        assert len(pdfium.PdfDocument(answer.content)) == 1
        other = await builders.enterprise(world.tree["south"])
        outside = await posters(client, world.inspector, enterprise_ids=f"{world.enterprise.id},{other.id}")
        assert (outside.status_code, outside.json()["code"]) == (404, "ENTERPRISE_NOT_FOUND")
        assert (await posters(client, world.inspector, region_id=world.tree["south"].id)).status_code == 404

    async def test_enterprises_and_bad_targets_are_refused(self, client, world):
        assert (await posters(client, world.owner, enterprise_ids=str(world.enterprise.id))).status_code == 403
        for params in ({}, {"region_id": world.tree["north"].id, "enterprise_ids": "1"},
                       {"enterprise_ids": "1,x"}, {"enterprise_ids": ","}):
            answer = await posters(client, world.inspector, **params)
            assert (answer.status_code, answer.json()["code"]) == (422, "POSTERS_TARGET_INVALID"), params
