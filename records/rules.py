"""The pure rules of the printed records: which documents an inspection has, how they are numbered, who signs
what and what a refusal needs. The standard library and `core.errors` only (tests/test_purity.py)."""

from dataclasses import dataclass
from enum import StrEnum

from core.errors import InvalidInput


class DocumentKind(StrEnum):
    RECORD = "record"  # 现场检查记录
    NOTICE = "notice"  # 隐患整改通知书 (责令限期整改)
    REVIEW = "review"  # 整改复查意见书


class SigningStage(StrEnum):
    """When a signature is taken: at the inspection's submission (printed on the record and the notice, where the
    enterprise's signature is also its receipt, 签收) or at verification (printed on the review)."""

    INSPECTION = "inspection"
    REVIEW = "review"


class SignerRole(StrEnum):
    INSPECTOR = "inspector"  # 检查人员
    ENTERPRISE = "enterprise"  # 被检查单位负责人 or the person present


DOCUMENT_TITLES = {DocumentKind.RECORD: "安全生产现场检查记录", DocumentKind.NOTICE: "事故隐患整改通知书",
                   DocumentKind.REVIEW: "整改复查意见书"}
# The word between the street's short name and the year: 金雁安检〔2026〕第0082号.
NUMBER_WORDS = {DocumentKind.RECORD: "安检", DocumentKind.NOTICE: "责改", DocumentKind.REVIEW: "复查"}
STAGE_OF = {DocumentKind.RECORD: SigningStage.INSPECTION, DocumentKind.NOTICE: SigningStage.INSPECTION,
            DocumentKind.REVIEW: SigningStage.REVIEW}
SIGNER_LABELS = {SignerRole.INSPECTOR: "检查人员", SignerRole.ENTERPRISE: "被检查单位负责人"}
# The suffixes a street's official name ends with; the number uses what comes before ("金雁街道" → "金雁").
_STREET_SUFFIXES = ("街道办事处", "街道", "办事处", "镇人民政府", "乡人民政府", "镇", "乡")
SERIAL_DIGITS = 4
# Where each document is fetched (under /api/v1): the API routes, and the links in the enterprise's result message.
DOCUMENT_FILES = {DocumentKind.RECORD: "record.pdf", DocumentKind.NOTICE: "rectification-notice.pdf",
                  DocumentKind.REVIEW: "review.pdf"}


def document_path(inspection_id: int, kind: DocumentKind) -> str:
    return f"/api/v1/inspections/{inspection_id}/{DOCUMENT_FILES[kind]}"


def street_abbreviation(street_name: str) -> str:
    """The short name a street's documents are numbered under: its name without the administrative suffix."""
    name = "".join(street_name.split())
    for suffix in _STREET_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


def format_number(abbreviation: str, kind: DocumentKind, year: int, serial: int) -> str:
    """A document's number (文号), one sequence per street, year and kind: 金雁安检〔2026〕第0082号."""
    if serial < 1:
        raise ValueError("serials start at 1")
    return f"{abbreviation}{NUMBER_WORDS[kind]}〔{year}〕第{serial:0{SERIAL_DIGITS}d}号"


@dataclass(frozen=True)
class InspectionFacts:
    """What decides which documents an inspection has."""

    submitted: bool
    self_inspection: bool
    hazards: int
    verified_hazards: int  # hazards with at least one verification (closed, or a fix rejected)


class Availability(StrEnum):
    AVAILABLE = "available"
    NOT_SUBMITTED = "not_submitted"  # 409: a draft or a cancelled checklist is not a record yet
    SELF_INSPECTION = "self_inspection"  # 409: an enterprise's own check is not an official document
    NOTHING_FOUND = "nothing_found"  # 404: no hazard, so no notice
    NOT_VERIFIED = "not_verified"  # 404: no hazard verified yet, so no review


def availability(kind: DocumentKind, facts: InspectionFacts) -> Availability:
    """The record exists once a street inspection is submitted; the notice when it found hazards; the review once
    at least one of its hazards has been verified, closed or rejected (issue 22)."""
    if facts.self_inspection:
        return Availability.SELF_INSPECTION
    if not facts.submitted:
        return Availability.NOT_SUBMITTED
    if kind == DocumentKind.NOTICE and facts.hazards == 0:
        return Availability.NOTHING_FOUND
    if kind == DocumentKind.REVIEW and facts.verified_hazards == 0:
        return Availability.NOT_VERIFIED
    return Availability.AVAILABLE


def check_signature(signer_role: SignerRole, refused: bool, upload_id: int | None, witness_name: str,
                    signer_name: str) -> None:
    """A signature is an image; a refusal (拒签) has no image and names a witness (见证人), and only the enterprise's
    side can refuse: the inspector signs their own record. Errors are 422 with the field at fault."""
    if refused:
        if signer_role == SignerRole.INSPECTOR:
            raise InvalidInput("检查人员不能拒签", code="SIGNATURE_INVALID", detail=[{"field": "refused"}])
        if upload_id is not None:
            raise InvalidInput("拒签时不能附签名图片", code="SIGNATURE_INVALID", detail=[{"field": "upload_id"}])
        if not witness_name.strip():
            raise InvalidInput("拒签须填写见证人姓名", code="SIGNATURE_INVALID", detail=[{"field": "witness_name"}])
        return
    if upload_id is None:
        raise InvalidInput("请上传签名图片", code="SIGNATURE_INVALID", detail=[{"field": "upload_id"}])
    if signer_role == SignerRole.ENTERPRISE and not signer_name.strip():
        raise InvalidInput("请填写签字人姓名", code="SIGNATURE_INVALID", detail=[{"field": "signer_name"}])
