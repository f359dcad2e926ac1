"""The printed records through the HTTP API: signatures, the three PDFs read back (text, QR, photos), numbers that
stay, the public verification page, and who may fetch what."""

import re

from core.models import AuditEntry
from records import pdf
from records.models import RecordDocument, RecordRendition, Signature
from tests import builders
from tests.records.conftest import (embedded_images, first_page_qr, fix_and_verify, pdf_text, sha256, sign,
                                    signature_png, squeezed, submitted_inspection, upload)

NUMBER = re.compile(r"金雁(安检|责改|复查)〔\d{4}〕第\d{4}号")


def url(inspection_id: int, name: str) -> str:
    return f"/api/v1/inspections/{inspection_id}/{name}"


async def get_pdf(client, inspection_id: int, name: str, who):
    return await client.get(url(inspection_id, name), headers=builders.auth(who))


class TestSignatures:
    async def test_the_inspector_signs_and_the_enterprise_refuses_before_a_witness(self, client, world):
        result = await submitted_inspection(client, world)
        inspection_id = result["inspection"]["id"]
        image = await upload(client, world.inspector, signature_png(), "sign.png", "image/png")
        signed = await sign(client, inspection_id, world.inspector, stage="inspection", signer_role="inspector",
                            upload_id=image, lat=30.98, lng=104.28)
        assert signed.status_code == 201, signed.text
        body = signed.json()
        assert (body["signer_name"], body["signer_user_id"], body["upload_id"], body["lat"]) == (
            "张检查", world.inspector.id, image, 30.98)
        refused = await sign(client, inspection_id, world.inspector, stage="inspection", signer_role="enterprise",
                             signer_name="李老板", signer_title="负责人", refused=True, witness_name="王见证")
        assert refused.status_code == 201, refused.text
        assert await AuditEntry.filter(action="record.signed").count() == 2
        # Once per side and stage: the printed copy is never re-signed behind it.
        again = await sign(client, inspection_id, world.inspector, stage="inspection", signer_role="inspector",
                           upload_id=image)
        assert (again.status_code, again.json()["code"]) == (409, "SIGNATURE_EXISTS")
        listed = await client.get(url(inspection_id, "signatures"), headers=builders.auth(world.owner))
        assert [(s["signer_role"], s["refused"]) for s in listed.json()] == [("inspector", False), ("enterprise", True)]
        # The enterprise reads the inspector's signature image, as it reads the record.
        assert (await client.get(f"/api/v1/uploads/{image}", headers=builders.auth(world.owner))).status_code == 200

    async def test_bad_signatures_write_nothing(self, client, world):
        inspection_id = (await submitted_inspection(client, world))["inspection"]["id"]
        cases = [
            ({"stage": "inspection", "signer_role": "enterprise", "refused": True}, 422, "SIGNATURE_INVALID"),
            ({"stage": "inspection", "signer_role": "enterprise", "signer_name": "李"}, 422, "SIGNATURE_INVALID"),
            ({"stage": "inspection", "signer_role": "inspector", "upload_id": 2**31 - 1}, 422, "SIGNATURE_INVALID"),
            ({"stage": "review", "signer_role": "inspector", "upload_id": 1}, 409, "REVIEW_NOT_READY"),
            ({"stage": "later", "signer_role": "inspector"}, 422, None),
            ({"stage": "inspection", "signer_role": "inspector", "upload_id": 1, "lat": 30.9}, 422, None),
        ]
        for body, status, code in cases:
            answer = await sign(client, inspection_id, world.inspector, **body)
            assert answer.status_code == status, (body, answer.text)
            assert code is None or answer.json()["code"] == code
        assert await Signature.all().count() == 0

    async def test_the_enterprise_signs_its_own_side_only_and_outsiders_see_nothing(self, client, world):
        inspection_id = (await submitted_inspection(client, world))["inspection"]["id"]
        mine = await upload(client, world.owner, signature_png(), "sign.png", "image/png")
        own = await sign(client, inspection_id, world.owner, stage="inspection", signer_role="enterprise",
                         signer_name="李老板", upload_id=mine)
        assert own.status_code == 201, own.text
        not_theirs = await sign(client, inspection_id, world.owner, stage="inspection", signer_role="inspector",
                                upload_id=mine)
        assert not_theirs.status_code == 403
        for outsider in (world.outsider, world.other_owner):
            answer = await sign(client, inspection_id, outsider, stage="inspection", signer_role="enterprise",
                                signer_name="某人", upload_id=mine)
            assert answer.status_code == 404


class TestRecordPdf:
    async def test_the_record_holds_every_item_the_findings_photos_and_signatures(self, client, world):
        result = await submitted_inspection(client, world, failed=1, photos_per_failure=2)
        inspection = result["inspection"]
        image = await upload(client, world.inspector, signature_png(), "sign.png", "image/png")
        await sign(client, inspection["id"], world.inspector, stage="inspection", signer_role="inspector",
                   upload_id=image, lat=30.98123, lng=104.28456)
        await sign(client, inspection["id"], world.inspector, stage="inspection", signer_role="enterprise",
                   signer_name="李老板", refused=True, witness_name="王见证")
        answer = await get_pdf(client, inspection["id"], "record.pdf", world.owner)
        assert answer.status_code == 200, answer.text
        assert answer.headers["content-type"] == "application/pdf"
        data = answer.content
        text = squeezed(pdf_text(data))
        [document] = await RecordDocument.filter(inspection_id=inspection["id"])
        assert document.number == "金雁安检〔2026〕第0001号".replace("2026", str(document.year))
        for expected in ["广汉市金雁街道办事处", "安全生产现场检查记录", document.number, "广汉市金雁餐饮有限公司",
                         "金雁街道中山路18号", "张检查", "消防通道堆放杂物", "拒签", "王见证", "30.98123",
                         *[squeezed(item["text"]) for item in inspection["items"]]]:
            assert squeezed(expected) in text, expected
        assert text.count("不合格") >= 1 and "合格" in text
        # The QR code opens this document's public page.
        decoded = first_page_qr(data)
        assert decoded == f"http://127.0.0.1:8000/verify/{document.verify_code}"
        opened = await client.get(decoded.removeprefix("http://127.0.0.1:8000"))
        assert opened.status_code == 200 and document.number in opened.text and sha256(data) in opened.text
        # Two finding photos and the signature, the photos at a printable resolution.
        dpis = embedded_images(data)
        assert len(dpis) == 3
        photo_dpis = sorted(dpis)[-2:]
        assert all(across >= 290 and down >= 290 for across, down in photo_dpis), dpis

    async def test_the_number_stays_and_the_same_content_gives_the_same_bytes(self, client, world):
        first = (await submitted_inspection(client, world))["inspection"]["id"]
        second = (await submitted_inspection(client, world))["inspection"]["id"]
        a1 = await get_pdf(client, first, "record.pdf", world.inspector)
        b = await get_pdf(client, second, "record.pdf", world.inspector)
        a2 = await get_pdf(client, first, "record.pdf", world.owner)
        assert a1.content == a2.content
        numbers = {d.inspection_id: d.number async for d in RecordDocument.all()}
        assert numbers[first].endswith("第0001号") and numbers[second].endswith("第0002号")
        assert await RecordRendition.filter(document__inspection_id=first).count() == 1
        assert await AuditEntry.filter(action="record.issued").count() == 2
        # A signature changes the content: a new version, the same number.
        await sign(client, first, world.inspector, stage="inspection", signer_role="enterprise",
                   signer_name="李老板", refused=True, witness_name="王见证")
        a3 = await get_pdf(client, first, "record.pdf", world.inspector)
        assert sha256(a3.content) != sha256(a1.content)
        assert (await RecordDocument.get(inspection_id=first)).number == numbers[first]
        assert await RecordRendition.filter(document__inspection_id=first).count() == 2

    async def test_a_draft_has_no_record_and_others_get_404(self, client, world):
        inspection_id = (await submitted_inspection(client, world))["inspection"]["id"]
        for outsider in (world.outsider, world.other_owner):
            assert (await get_pdf(client, inspection_id, "record.pdf", outsider)).status_code == 404
        assert (await client.get(url(inspection_id, "record.pdf"))).status_code == 401
        draft = await client.post("/api/v1/inspections", json={"enterprise_id": world.enterprise.id},
                                  headers={**builders.auth(world.inspector), "Idempotency-Key": "draft-1"})
        answer = await get_pdf(client, draft.json()["id"], "record.pdf", world.inspector)
        assert (answer.status_code, answer.json()["code"]) == (409, "INSPECTION_NOT_SUBMITTED")
        assert await RecordDocument.filter(inspection_id=draft.json()["id"]).count() == 0


class TestNoticeAndReview:
    async def test_the_notice_names_each_hazard_its_basis_severity_and_deadline(self, client, world):
        result = await submitted_inspection(client, world, failed=2, notes=("消防通道堆放杂物", "灭火器过期"))
        inspection_id = result["inspection"]["id"]
        answer = await get_pdf(client, inspection_id, "rectification-notice.pdf", world.owner)
        assert answer.status_code == 200, answer.text
        text = squeezed(pdf_text(answer.content))
        document = await RecordDocument.get(inspection_id=inspection_id, kind="notice")
        assert document.number.startswith("金雁责改〔")
        assert "事故隐患整改通知书" in text and document.number in text
        assert "安全生产事故隐患排查治理暂行规定" in text
        for hazard in result["hazards"]:
            assert squeezed(hazard["title"]) in text
            assert squeezed(hazard["basis"]) in text
            day = hazard["deadline"].split("-")
            assert f"{int(day[0])}年{int(day[1])}月{int(day[2])}日" in text
        assert "一般隐患" in text
        assert NUMBER.search(text)

    async def test_the_notice_cites_the_preset_items_basis_not_the_fallback(self, client, world):
        """Issue 22: a hazard found on a preset item prints that item's basis (presets.json) in the notice."""
        from inspections import library
        from inspections.models import CheckItem

        await library.load_presets()
        started = await client.post("/api/v1/inspections", json={"enterprise_id": world.enterprise.id},
                                    headers={**builders.auth(world.inspector), "Idempotency-Key": "preset-basis"})
        assert started.status_code == 201, started.text
        checklist = started.json()
        presets = {i.id: i for i in await CheckItem.filter(preset=True)}
        chosen = [item for item in checklist["items"] if item["check_item_id"] in presets][:3]
        assert len(chosen) == 3
        photo = await upload(client, world.inspector, signature_png(), "p.png", "image/png")
        answers = [{"item_id": item["id"], "result": "fail", "note": "现场发现", "photo_ids": [photo]}
                   for item in chosen]
        submitted = await client.post(f"/api/v1/inspections/{checklist['id']}/submit",
                                      json={"answers": answers, "rest_passed": True},
                                      headers={**builders.auth(world.inspector), "Idempotency-Key": "preset-basis-2"})
        assert submitted.status_code == 200, submitted.text
        answer = await get_pdf(client, checklist["id"], "rectification-notice.pdf", world.owner)
        assert answer.status_code == 200, answer.text
        text = squeezed(pdf_text(answer.content))
        for item in chosen:
            basis = presets[item["check_item_id"]].basis
            assert basis and "《" in basis
            assert squeezed(basis) in text, (basis, text)
        assert "暂行规定》第三条" not in text  # the fallback for an item without a basis

    async def test_a_major_hazard_carries_the_treatment_plan_requirement(self, client, world):
        result = await submitted_inspection(client, world)
        from inspections.models import Hazard

        await Hazard.filter(id=result["hazards"][0]["id"]).update(severity="major")
        text = squeezed(pdf_text((await get_pdf(client, result["inspection"]["id"], "rectification-notice.pdf",
                                                world.inspector)).content))
        assert "重大隐患" in text and "治理方案" in text and "第十五条" in text

    async def test_nothing_found_means_no_notice_and_no_review(self, client, world):
        inspection_id = (await submitted_inspection(client, world, failed=0))["inspection"]["id"]
        for name, code in (("rectification-notice.pdf", "NOTICE_NOT_FOUND"), ("review.pdf", "REVIEW_NOT_FOUND")):
            answer = await get_pdf(client, inspection_id, name, world.inspector)
            assert (answer.status_code, answer.json()["code"]) == (404, code)
        assert "本次检查未发现事故隐患" in squeezed(pdf_text(
            (await get_pdf(client, inspection_id, "record.pdf", world.inspector)).content))

    async def test_the_review_exists_once_a_fix_was_verified_with_before_and_after(self, client, world):
        result = await submitted_inspection(client, world, failed=2, notes=("消防通道堆放杂物", "灭火器过期"))
        inspection_id = result["inspection"]["id"]
        assert (await get_pdf(client, inspection_id, "review.pdf", world.owner)).status_code == 404
        await fix_and_verify(client, world, result["hazards"][0]["id"], approved=True)
        await fix_and_verify(client, world, result["hazards"][1]["id"], approved=False)
        image = await upload(client, world.inspector, signature_png(), "sign.png", "image/png")
        signed = await sign(client, inspection_id, world.inspector, stage="review", signer_role="inspector",
                            upload_id=image)
        assert signed.status_code == 201, signed.text
        answer = await get_pdf(client, inspection_id, "review.pdf", world.owner)
        assert answer.status_code == 200, answer.text
        text = squeezed(pdf_text(answer.content))
        notice = await RecordDocument.filter(inspection_id=inspection_id, kind="notice").first()
        review = await RecordDocument.get(inspection_id=inspection_id, kind="review")
        assert notice is None  # the review cites the notice only when one was printed
        for expected in ("整改复查意见书", review.number, "杂物已清理", "复查合格,予以销号", "复查不合格,退回整改",
                         "仍有杂物", "整改前", "整改后"):
            assert squeezed(expected) in text, expected
        # Before and after of both hazards, and the signature.
        assert len(embedded_images(answer.content)) == 5


class TestDocumentList:
    async def test_the_list_says_what_exists_and_numbers_only_what_was_printed(self, client, world):
        result = await submitted_inspection(client, world)
        inspection_id = result["inspection"]["id"]
        listed = await client.get(url(inspection_id, "documents"), headers=builders.auth(world.owner))
        assert listed.status_code == 200, listed.text
        assert [(d["kind"], d["available"], d["number"]) for d in listed.json()] == [
            ("record", True, None), ("notice", True, None), ("review", False, None)]
        assert await RecordDocument.filter(inspection_id=inspection_id).count() == 0  # reading takes no number
        await get_pdf(client, inspection_id, "record.pdf", world.owner)
        [record, *_] = (await client.get(url(inspection_id, "documents"), headers=builders.auth(world.owner))).json()
        assert NUMBER.fullmatch(record["number"]) and record["verify_url"].startswith("http://127.0.0.1:8000/verify/")
        assert record["url"] == f"/api/v1/inspections/{inspection_id}/record.pdf"
        outsider = await client.get(url(inspection_id, "documents"), headers=builders.auth(world.other_owner))
        assert outsider.status_code == 404


class TestVerifyPage:
    async def test_the_page_confirms_number_enterprise_date_and_digest(self, client, world):
        inspection_id = (await submitted_inspection(client, world))["inspection"]["id"]
        data = (await get_pdf(client, inspection_id, "record.pdf", world.inspector)).content
        document = await RecordDocument.get(inspection_id=inspection_id, kind="record")
        page = await client.get(f"/verify/{document.verify_code}")  # no login: anyone with the paper
        assert page.status_code == 200
        assert page.headers["content-type"].startswith("text/html")
        for expected in (document.number, "广汉市金雁餐饮有限公司", "广汉市金雁街道办事处", sha256(data),
                         f"{document.issued_at.year}年"):
            assert expected in page.text
        assert "script" not in page.headers["content-security-policy"]

    async def test_an_unknown_code_is_404(self, client, world):
        for code in ("AAAAAAAAAAAAAAAA", "x", "<script>"):
            page = await client.get(f"/verify/{code}")
            assert page.status_code == 404
            assert "<script>" not in page.text


def test_the_font_draws_the_documents_own_words():
    words = "安全生产现场检查记录事故隐患整改通知书整改复查意见书拒签见证人〔〕第号依据期限重大一般"
    assert pdf.unsupported_characters(words) == ""
    assert pdf.unsupported_characters("𠀀") == "𠀀"


def test_chinese_text_prints_full_width_punctuation_and_numbers_keep_theirs():
    assert pdf.typeset("复查合格,予以销号") == "复查合格，予以销号"
    assert pdf.typeset("位置:30.98000, 104.28000") == "位置：30.98000, 104.28000"
    assert pdf.typeset("Fire exit (B), ok") == "Fire exit (B), ok"
