"""The printed records of an inspection: signatures, numbers taken once, the three PDFs and their public check.

Who may read a document is who may read its inspection (core/access.py `may_see_printed_record`); who may sign,
`may_sign_record`. A document's number is taken the first time it is printed and kept for good; each distinct
PDF (by sha256) is registered, so the public page (/verify/{code}) can confirm a printed copy.
"""

import asyncio
import hashlib
import secrets
from dataclasses import dataclass
from datetime import date, datetime

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from core import access, audit, clock
from core.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from core.identity import Principal
from core.settings import Settings
from enterprises import qr_images
from enterprises.models import Enterprise, Region, RegionLevel, User
from files import service as files_service
from files.models import Upload
from inspections import service as inspections_service
from inspections.models import (HAZARD_TYPE_LABELS, INSPECTION_KIND_LABELS, PRESENCE_LABELS, SEVERITY_LABELS,
                                Hazard, HazardEvent, Inspection, InspectionItem, InspectionKind, InspectionStatus,
                                ItemResult, Severity)
from inspections.rectification import STATUS_LABELS, HazardStatus
from records import pdf, rules
from records.models import RecordDocument, RecordRendition, RecordSequence, Signature
from records.rules import Availability, DocumentKind, SignerRole, SigningStage
from records.schemas import SignatureCreate

VERIFY_CODE_BYTES = 12  # 16 URL-safe characters: not guessable, short enough for a small QR code
RESULT_LABELS = {ItemResult.PASS: "合格", ItemResult.FAIL: "不合格", ItemResult.NA: "不适用", None: "未检查"}
BASIS_OF_NOTICE = "《安全生产事故隐患排查治理暂行规定》(原国家安全生产监督管理总局令第16号)"
MAJOR_PLAN_REQUIREMENT = (
    "重大事故隐患:由你单位主要负责人组织制定并实施事故隐患治理方案(第十五条),方案应包括治理的目标和任务、采取的方法"
    "和措施、经费和物资的落实、负责治理的机构和人员、治理的时限和要求、安全措施和应急预案;隐患排除前或者排除过程中"
    "无法保证安全的,应当从危险区域内撤出作业人员,疏散可能危及的其他人员,设置警戒标志,暂时停产停业或者停止使用"
    "(第十六条)。")
# The page a printed copy's QR code opens: outside /api/v1, public (api/routes/records.py).
VERIFY_PATH = "/verify/"
_render_slots = asyncio.Semaphore(2)  # rendering is CPU work: a few at a time per process


def verify_url(public_base_url: str, code: str) -> str:
    return f"{public_base_url.rstrip('/')}{VERIFY_PATH}{code}"


def _when(value: datetime | None) -> str:
    value = clock.aware(value)
    return "" if value is None else f"{value.year}年{value.month}月{value.day}日 {value:%H:%M}"


def _day(value: date | None) -> str:
    return "" if value is None else qr_images.format_chinese_date(value)


# -- signatures --

def snapshot(signature: Signature) -> dict:
    return {"inspection_id": signature.inspection_id, "stage": signature.stage, "signer_role": signature.signer_role,
            "signer_name": signature.signer_name, "signer_title": signature.signer_title,
            "upload_id": signature.upload_id, "refused": signature.refused, "witness_name": signature.witness_name,
            "signed_at": signature.signed_at, "lat": signature.lat, "lng": signature.lng}


@dataclass(frozen=True)
class _Facts:
    inspection: Inspection
    hazards: list[Hazard]
    verifications: dict[int, HazardEvent]  # hazard id → its latest verification (submitted → closed or open)

    @property
    def rules_facts(self) -> rules.InspectionFacts:
        return rules.InspectionFacts(submitted=self.inspection.status == InspectionStatus.SUBMITTED,
                                     self_inspection=self.inspection.kind == InspectionKind.SELF,
                                     hazards=len(self.hazards), verified_hazards=len(self.verifications))


async def _facts(inspection: Inspection) -> _Facts:
    hazards = await Hazard.filter(inspection_id=inspection.id).order_by("id")
    verifications: dict[int, HazardEvent] = {}
    if hazards:
        events = await (HazardEvent.filter(hazard_id__in=[h.id for h in hazards],
                                           from_status=HazardStatus.SUBMITTED.value,
                                           to_status__in=[HazardStatus.CLOSED.value, HazardStatus.OPEN.value])
                        .order_by("at", "id"))
        for event in events:
            verifications[event.hazard_id] = event
    return _Facts(inspection, hazards, verifications)


async def record_signature(principal: Principal, inspection_id: int, data: SignatureCreate) -> Signature:
    """A signature (an uploaded image of the handwriting) or a refusal to sign (拒签, with a witness) on an inspection's
    documents: at submission (stage `inspection`: the record and the notice, the enterprise's signature being its
    receipt) or at verification (stage `review`). One per side and stage, never replaced. The inspector signs as
    their account; the enterprise's person by name and title. Time is the service clock; the place, the phone's."""
    inspection = await inspections_service.visible_inspection(principal, inspection_id)
    if not access.may_sign_record(principal, data.signer_role, inspection.enterprise_id,
                                  inspection.enterprise.region.path):
        raise PermissionDenied("当前角色不能在该检查的文书上签字", code="ROLE_FORBIDDEN")
    rules.check_signature(data.signer_role, data.refused, data.upload_id, data.witness_name, data.signer_name)
    facts = (await _facts(inspection)).rules_facts
    if facts.self_inspection:
        raise Conflict("企业自查不出具执法文书,无需签字", code="RECORD_NOT_FOR_SELF_INSPECTION")
    if not facts.submitted:
        raise Conflict("检查提交后才能签字", code="INSPECTION_NOT_SUBMITTED")
    if data.stage == SigningStage.REVIEW and facts.verified_hazards == 0:
        raise Conflict("尚无复查过的隐患,不能在复查意见书上签字", code="REVIEW_NOT_READY")
    if data.upload_id is not None:
        await _check_signature_image(principal, data.upload_id)
    signer_name, signer_user_id = data.signer_name.strip(), None
    if data.signer_role == SignerRole.INSPECTOR:
        signer_user_id = principal.user_id
        signer_name = await User.filter(id=principal.user_id).first().values_list("name", flat=True) or signer_name
    try:
        async with in_transaction():
            signature = await Signature.create(
                inspection_id=inspection.id, stage=data.stage, signer_role=data.signer_role, signer_name=signer_name,
                signer_title=data.signer_title.strip(), signer_user_id=signer_user_id, upload_id=data.upload_id,
                refused=data.refused, witness_name=data.witness_name.strip(), signed_at=clock.now(), lat=data.lat,
                lng=data.lng, recorded_by_id=principal.user_id)
            if data.upload_id is not None:
                # The enterprise and the staff who cover it read the signature as they read the record.
                await files_service.share_with_enterprise([data.upload_id], inspection.enterprise_id)
            await audit.record(principal.actor, "record.signed", "record_signature", signature.id,
                               after=snapshot(signature))
    except IntegrityError:
        raise Conflict("这一方已经在该文书上签字(或已记录拒签)", code="SIGNATURE_EXISTS") from None
    return signature


async def _check_signature_image(principal: Principal, upload_id: int) -> None:
    if await files_service.unreadable_uploads(principal, [upload_id]):
        raise InvalidInput("签名图片不存在", code="SIGNATURE_INVALID", detail=[{"field": "upload_id"}])
    kind = await Upload.filter(id=upload_id).first().values_list("kind", flat=True)
    if kind != "image":
        raise InvalidInput("签名须为图片", code="SIGNATURE_INVALID", detail=[{"field": "upload_id"}])


async def list_signatures(principal: Principal, inspection_id: int) -> list[Signature]:
    inspection = await inspections_service.visible_inspection(principal, inspection_id)
    return await Signature.filter(inspection_id=inspection.id).order_by("id")


# -- numbers --

async def _street(enterprise: Enterprise) -> Region:
    """The street (街道) the enterprise's grid lies in, whose sequence numbers its documents; the top of its line
    when the tree has no street level above it."""
    ids = [int(part) for part in enterprise.region.path.strip("/").split("/") if part]
    line = {region.id: region for region in await Region.filter(id__in=ids)}
    for region_id in ids:
        if line[region_id].level == RegionLevel.STREET:
            return line[region_id]
    return line[ids[0]]


async def _issue(principal: Principal, inspection: Inspection, kind: DocumentKind, settings: Settings) -> RecordDocument:
    """The document's row, numbered the first time it is printed: the next serial of its street, year and kind,
    taken under the sequence's lock in the same transaction as the row and its audit entry, so numbers have no
    gaps and no repeats, and the first print wins a race."""
    if existing := await RecordDocument.filter(inspection_id=inspection.id, kind=kind).first():
        return existing
    street = await _street(inspection.enterprise)
    now = clock.now()
    try:
        async with in_transaction():
            await _ensure_sequence(street.id, now.year, kind)
            sequence = await RecordSequence.filter(street_id=street.id, year=now.year,
                                                   kind=kind).select_for_update().get()
            if existing := await RecordDocument.filter(inspection_id=inspection.id, kind=kind).select_for_update().first():
                return existing
            sequence.last_serial += 1
            await sequence.save(update_fields=["last_serial"])
            document = await RecordDocument.create(
                inspection_id=inspection.id, kind=kind, street_id=street.id, year=now.year,
                serial=sequence.last_serial,
                number=rules.format_number(rules.street_abbreviation(street.name), kind, now.year, sequence.last_serial),
                verify_code=secrets.token_urlsafe(VERIFY_CODE_BYTES), enterprise_id=inspection.enterprise_id,
                enterprise_name=inspection.enterprise.name, issuing_body=settings.issuing_body, issued_at=now,
                issued_by_id=principal.user_id)
            await audit.record(principal.actor, "record.issued", "record_document", document.id,
                               after={"inspection_id": inspection.id, "kind": kind, "number": document.number})
    except IntegrityError:
        # A concurrent first print of the same document won (SQLite has no row lock to queue on): theirs stands.
        return await RecordDocument.get(inspection_id=inspection.id, kind=kind)
    return document


async def _ensure_sequence(street_id: int, year: int, kind: DocumentKind) -> None:
    from core.db import upsert

    await upsert(RecordSequence, {"street_id": street_id, "year": year, "kind": kind, "last_serial": 0},
                 ("street_id", "year", "kind"))


# -- the documents --

@dataclass(frozen=True)
class PrintedDocument:
    pdf: bytes
    number: str
    sha256: str
    filename: str


_NOT_AVAILABLE = {
    Availability.SELF_INSPECTION: lambda kind: Conflict("企业自查不出具执法文书", code="RECORD_NOT_FOR_SELF_INSPECTION"),
    Availability.NOT_SUBMITTED: lambda kind: Conflict("检查尚未提交,不能出具文书", code="INSPECTION_NOT_SUBMITTED"),
    Availability.NOTHING_FOUND: lambda kind: NotFound("本次检查未发现隐患,没有整改通知书", code="NOTICE_NOT_FOUND"),
    Availability.NOT_VERIFIED: lambda kind: NotFound("尚无复查过的隐患,没有复查意见书", code="REVIEW_NOT_FOUND"),
}


async def print_document(principal: Principal, inspection_id: int, kind: DocumentKind,
                         settings: Settings) -> PrintedDocument:
    """One of the inspection's three documents as PDF, for those who may read the inspection: the record once a
    street inspection is submitted, the notice if it found hazards, the review once a hazard has been verified."""
    inspection = await inspections_service.visible_inspection(principal, inspection_id)
    await inspection.fetch_related("inspector")
    facts = await _facts(inspection)
    availability = rules.availability(kind, facts.rules_facts)
    if availability != Availability.AVAILABLE:
        raise _NOT_AVAILABLE[availability](kind)
    document = await _issue(principal, inspection, kind, settings)
    content = await _COMPOSERS[kind](facts, document, settings)
    async with _render_slots:
        data = await asyncio.to_thread(pdf.render, content)
    digest = hashlib.sha256(data).hexdigest()
    await _register(principal, document, digest, len(data))
    return PrintedDocument(data, document.number, digest, f"{rules.DOCUMENT_TITLES[kind]}-{document.number}.pdf")


@dataclass(frozen=True)
class DocumentEntry:
    kind: DocumentKind
    title: str
    available: bool
    url: str
    number: str | None  # once first printed
    verify_url: str | None


async def list_documents(principal: Principal, inspection_id: int, settings: Settings) -> list[DocumentEntry]:
    """The inspection's three documents with whether each exists yet and, once printed, its number: what the
    inspection and hazard pages offer for download. Reading this takes no number."""
    inspection = await inspections_service.visible_inspection(principal, inspection_id)
    facts = (await _facts(inspection)).rules_facts
    issued = {d.kind: d for d in await RecordDocument.filter(inspection_id=inspection.id)}
    entries = []
    for kind in DocumentKind:
        document = issued.get(kind)
        entries.append(DocumentEntry(
            kind, rules.DOCUMENT_TITLES[kind], rules.availability(kind, facts) == Availability.AVAILABLE,
            rules.document_path(inspection.id, kind), document.number if document else None,
            verify_url(settings.public_base_url, document.verify_code) if document else None))
    return entries


async def _register(principal: Principal, document: RecordDocument, digest: str, size: int) -> None:
    """A new distinct PDF of the document is remembered (and audited), so the public page can confirm it."""
    if await RecordRendition.exists(document_id=document.id, sha256=digest):
        return
    try:
        async with in_transaction():
            rendition = await RecordRendition.create(document_id=document.id, sha256=digest, size=size,
                                                     rendered_at=clock.now())
            await audit.record(principal.actor, "record.rendered", "record_document", document.id,
                               after={"sha256": digest, "size": size, "rendition_id": rendition.id})
    except IntegrityError:
        pass  # the same bytes registered by a concurrent print


def _document(document: RecordDocument, settings: Settings, blocks: list) -> pdf.Document:
    return pdf.Document(issuing_body=document.issuing_body, title=rules.DOCUMENT_TITLES[document.kind],
                        number=document.number, verify_url=verify_url(settings.public_base_url, document.verify_code),
                        issued_at=clock.aware(document.issued_at), blocks=blocks)


def _enterprise_fields(enterprise: Enterprise) -> list[tuple[str, str]]:
    return [("被检查单位", enterprise.name), ("统一社会信用代码", enterprise.credit_code),
            ("地址", enterprise.address),
            ("联系人", " ".join(part for part in (enterprise.contact_name, enterprise.contact_phone) if part))]


async def _signature_lines(inspection: Inspection, stage: SigningStage,
                           settings: Settings) -> list[pdf.SignatureLine]:
    signatures = {s.signer_role: s for s in await Signature.filter(inspection_id=inspection.id, stage=stage)}
    images = await files_service.image_bytes([s.upload_id for s in signatures.values() if s.upload_id], settings)
    lines = []
    for role in (SignerRole.INSPECTOR, SignerRole.ENTERPRISE):
        signature = signatures.get(role)
        if signature is None:
            lines.append(pdf.SignatureLine(rules.SIGNER_LABELS[role]))
            continue
        place = "" if signature.lat is None else f"{signature.lat:.5f}, {signature.lng:.5f}"
        lines.append(pdf.SignatureLine(rules.SIGNER_LABELS[role], signature.signer_name, signature.signer_title,
                                       images.get(signature.upload_id), signature.refused, signature.witness_name,
                                       _when(signature.signed_at), place))
    return lines


async def _photos(ids_by_owner: dict[int, list[int]], settings: Settings) -> dict[int, bytes]:
    return await files_service.image_bytes([i for ids in ids_by_owner.values() for i in ids], settings)


async def _compose_record(facts: _Facts, document: RecordDocument, settings: Settings) -> pdf.Document:
    inspection = facts.inspection
    items = await InspectionItem.filter(inspection_id=inspection.id).order_by("position")
    photos = await _photos({item.id: item.photo_ids for item in items if item.result == ItemResult.FAIL}, settings)
    place = inspection.enterprise.address
    if inspection.presence is not None:
        place = f"{place}({PRESENCE_LABELS[inspection.presence]})" if place else PRESENCE_LABELS[inspection.presence]
    blocks: list = [pdf.Fields([
        *_enterprise_fields(inspection.enterprise), ("检查场所", place),
        ("检查类型", INSPECTION_KIND_LABELS[inspection.kind]),
        ("检查时间", f"{_when(inspection.started_at)} 至 {_when(inspection.submitted_at)}"),
        ("检查人员", inspection.inspector.name)])]
    rows = [[str(n), item.category, item.text, RESULT_LABELS[item.result], item.note]
            for n, item in enumerate(items, 1)]
    failed = [item for item in items if item.result == ItemResult.FAIL]
    blocks += [pdf.Heading(f"一、检查内容及结果(共 {len(items)} 项,不合格 {len(failed)} 项)"),
               pdf.Table([("序号", 11), ("类别", 24), ("检查内容", 86), ("结果", 17), ("说明", 36)], rows)]
    blocks.append(pdf.Heading("二、发现的问题"))
    if not failed:
        blocks.append(pdf.Text("本次检查未发现事故隐患。"))
    hazards_by_item = {h.inspection_item_id: h for h in facts.hazards}
    for n, item in enumerate(failed, 1):
        hazard = hazards_by_item.get(item.id)
        severity = SEVERITY_LABELS[hazard.severity if hazard else item.severity]
        deadline = _day(hazard.deadline_date if hazard else item.deadline_date)
        text = f"{n}. {item.text}" + (f"({item.note})" if item.note else "") + f"\n{severity}"
        text += f";整改期限:{deadline}" if deadline else ""
        blocks.append(pdf.Text(text))
        item_photos = [pdf.Photo(photos[i], f"问题{n} 照片{k}") for k, i in enumerate(item.photo_ids, 1) if i in photos]
        if item_photos:
            blocks.append(pdf.Photos(item_photos))
    blocks.append(pdf.Text("被检查单位对以上检查记录无异议的,请签字确认;拒绝签字的,由检查人员注明并由见证人签名。",
                           small=True))
    blocks.append(pdf.Signatures(await _signature_lines(inspection, SigningStage.INSPECTION, settings)))
    return _document(document, settings, blocks)


async def _compose_notice(facts: _Facts, document: RecordDocument, settings: Settings) -> pdf.Document:
    inspection = facts.inspection
    photos = await _photos({h.id: h.photo_ids for h in facts.hazards}, settings)
    record = await RecordDocument.filter(inspection_id=inspection.id, kind=DocumentKind.RECORD).first()
    blocks: list = [
        pdf.Text(f"{inspection.enterprise.name}:"),
        pdf.Text(f"{_when(inspection.submitted_at)},本机关检查人员对你单位进行了安全生产检查"
                 + (f"(现场检查记录 {record.number})" if record else "")
                 + f",发现下列事故隐患。根据{BASIS_OF_NOTICE},现责令你单位按下列期限整改完毕,并将整改情况"
                 "(附整改前后照片)通过“金雁安全云”小程序报送复查。整改期间应当采取相应的安全防范措施,防止事故发生。"),
    ]
    for n, hazard in enumerate(facts.hazards, 1):
        blocks.append(pdf.Heading(f"隐患{n}:{hazard.title}"))
        blocks.append(pdf.Fields([
            ("隐患描述", hazard.description or hazard.title), ("类别", hazard.category),
            ("隐患等级", SEVERITY_LABELS[hazard.severity]), ("隐患类型", HAZARD_TYPE_LABELS[hazard.hazard_type]),
            ("依据", hazard.basis or "《安全生产事故隐患排查治理暂行规定》第三条"),
            ("整改期限", _day(hazard.deadline_date)),
        ]))
        if hazard.severity == Severity.MAJOR:
            blocks.append(pdf.Text(MAJOR_PLAN_REQUIREMENT, small=True))
        hazard_photos = [pdf.Photo(photos[i], f"隐患{n} 照片{k}") for k, i in enumerate(hazard.photo_ids, 1) if i in photos]
        if hazard_photos:
            blocks.append(pdf.Photos(hazard_photos))
    blocks.append(pdf.Text("逾期未整改或者整改不合格的,依法予以处理。被检查单位签字即为签收本通知书。", small=True))
    blocks.append(pdf.Signatures(await _signature_lines(inspection, SigningStage.INSPECTION, settings)))
    return _document(document, settings, blocks)


async def _compose_review(facts: _Facts, document: RecordDocument, settings: Settings) -> pdf.Document:
    inspection = facts.inspection
    photos = await _photos({h.id: [*h.photo_ids, *h.fix_photo_ids] for h in facts.hazards}, settings)
    notice = await RecordDocument.filter(inspection_id=inspection.id, kind=DocumentKind.NOTICE).first()
    blocks: list = [pdf.Fields(_enterprise_fields(inspection.enterprise)), pdf.Text(
        "经复查,你单位对" + (f"《事故隐患整改通知书》({notice.number})" if notice else "本次检查") +
        "所列事故隐患的整改情况及复查意见如下:")]
    for n, hazard in enumerate(facts.hazards, 1):
        verification = facts.verifications.get(hazard.id)
        if verification is None:
            verdict = f"尚未复查(当前状态:{STATUS_LABELS[hazard.status]})"
        elif verification.to_status == HazardStatus.CLOSED.value:
            verdict = "复查合格,予以销号"
        else:
            verdict = "复查不合格,退回整改" + (f":{verification.note}" if verification.note else "")
        blocks.append(pdf.Heading(f"隐患{n}:{hazard.title}"))
        blocks.append(pdf.Fields([
            ("隐患等级", SEVERITY_LABELS[hazard.severity]), ("整改期限", _day(hazard.deadline_date)),
            ("整改情况", hazard.fix_note or "—"), ("复查意见", verdict),
            ("复查时间", _when(verification.at) if verification else ""),
            ("复查人员", verification.actor_name if verification else ""),
        ]))
        before = [pdf.Photo(photos[i], f"整改前{k}") for k, i in enumerate(hazard.photo_ids, 1) if i in photos]
        after = [pdf.Photo(photos[i], f"整改后{k}") for k, i in enumerate(hazard.fix_photo_ids, 1) if i in photos]
        if before or after:
            blocks.append(pdf.PhotoPairs([(before, after)]))
    blocks.append(pdf.Signatures(await _signature_lines(inspection, SigningStage.REVIEW, settings)))
    return _document(document, settings, blocks)


_COMPOSERS = {DocumentKind.RECORD: _compose_record, DocumentKind.NOTICE: _compose_notice,
              DocumentKind.REVIEW: _compose_review}


# -- the public check --

@dataclass(frozen=True)
class Verification:
    document: RecordDocument
    title: str
    renditions: list[RecordRendition]  # newest first


async def verification(code: str) -> Verification:
    """What the QR code of a printed copy confirms to anyone: the document's number, enterprise, date of issue and
    the sha256 of each version printed. An unknown code is 404."""
    document = await RecordDocument.filter(verify_code=code).first() if 8 <= len(code) <= 32 else None
    if document is None:
        raise NotFound("未找到该文书,请核实文书是否伪造", code="RECORD_NOT_FOUND")
    renditions = await RecordRendition.filter(document_id=document.id).order_by("-rendered_at", "-id")
    return Verification(document, rules.DOCUMENT_TITLES[document.kind], renditions)


# -- posters --

# A poster costs about 0.25 s to draw and place (bench/records.py): 60 stay well inside the request timeout.
POSTERS_MAX = 60


async def print_posters(principal: Principal, settings: Settings, region_id: int | None,
                        enterprise_ids: list[int] | None) -> bytes:
    """The door posters (enterprises/qr_images.py) of a region's active enterprises, or of the listed ones, two
    A5 per A4 page: for staff, in their scope (an enterprise outside it is 404, as is a region)."""
    if not access.may_print_posters(principal):
        raise PermissionDenied("只有街道工作人员可以批量打印海报", code="ROLE_FORBIDDEN")
    from enterprises import qr, regions
    from enterprises.models import EnterpriseStatus

    if (region_id is None) == (enterprise_ids is None):
        raise InvalidInput("请指定 region_id 或 enterprise_ids 之一", code="POSTERS_TARGET_INVALID",
                           detail=[{"field": "region_id"}, {"field": "enterprise_ids"}])
    if region_id is not None:
        region = await regions.get_region_in_scope(principal, region_id)
        query = Enterprise.filter(status=EnterpriseStatus.ACTIVE, **access.subtree(region.path))
    else:
        query = Enterprise.filter(status=EnterpriseStatus.ACTIVE, id__in=enterprise_ids)
    enterprises = await query.select_related("region").order_by("region__path", "name", "id").limit(POSTERS_MAX + 1)
    if enterprise_ids is not None:
        found = {e.id: e for e in enterprises if access.may_see_enterprise(
            principal, e.id, e.region.path, e.status, e.registered_by_id)}
        if missing := [i for i in dict.fromkeys(enterprise_ids) if i not in found]:
            raise NotFound("企业不存在", code="ENTERPRISE_NOT_FOUND", detail={"enterprise_ids": missing})
    if len(enterprises) > POSTERS_MAX:
        raise InvalidInput(f"一次最多打印 {POSTERS_MAX} 家企业的海报", code="TOO_MANY_POSTERS",
                           detail={"max": POSTERS_MAX})

    def render() -> bytes:
        posters = [qr_images.render_poster_png(qr.scan_url(settings.public_base_url, e.qr_token), e.name,
                                               e.region.name, e.credit_code, settings.issuing_body,
                                               settings.report_hotline) for e in enterprises]
        return pdf.render_posters(posters, clock.now())

    async with _render_slots:
        return await asyncio.to_thread(render)
