"""Public reports (问题反映): anyone who scans an enterprise's door code may report a problem there, when the street
has turned it on; the staff who cover the enterprise are told, read the reports and close them with a note.

The street's switch lives in the database (StreetConfig), changed by the admins at the top of the tree like every
street-wide setting. Decision record: docs/decisions/084-public-reports.md. The rules of a report's content are
the pure enterprises/public_report_rules.py."""

import time
from dataclasses import dataclass

from tortoise.transactions import in_transaction

from core import access, audit, clock, db, outbox
from core.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from core.identity import Actor, Principal
from core.settings import Settings
from enterprises import public_report_rules as rules
from enterprises import service as enterprises_service
from enterprises.events import PublicReportReceived
from enterprises.models import PublicReport, StreetConfig
from enterprises.public_report_rules import ReportStatus
from enterprises.schemas import StreetConfigUpdate
from files import service as files_service

CONFIG_KEY = "default"
# What the street has when nobody has configured it: reporting off until the street decides to offer it.
DEFAULTS = {"public_reports_enabled": False}


# -- the street's switches --

async def street_config() -> dict:
    """The street-wide switches with when they were last changed (None: never, the defaults hold)."""
    row = await StreetConfig.filter(key=CONFIG_KEY).first()
    if row is None:
        return {**DEFAULTS, "updated_at": None}
    return {"public_reports_enabled": row.public_reports_enabled, "updated_at": row.updated_at}


# Scans answer whether reporting is on: from a per-process copy, so the hottest route reads no second row. A change
# shows at once in the process that made it and within this many seconds in the others.
_CACHE_TTL_SECONDS = 30.0
_cached: tuple[float, bool] | None = None


async def reports_enabled(*, fresh: bool = False) -> bool:
    global _cached
    if not fresh and _cached is not None and _cached[0] > time.monotonic():
        return _cached[1]
    enabled = (await street_config())["public_reports_enabled"]
    _cached = (time.monotonic() + _CACHE_TTL_SECONDS, enabled)
    return enabled


def forget_config() -> None:
    """Drop the per-process copy (after a change, and in tests that empty the tables)."""
    global _cached
    _cached = None


@db.retry_lock_conflicts
async def set_street_config(principal: Principal, data: StreetConfigUpdate) -> dict:
    """Admins at the top of the tree turn the street's switches (403 STREET_CONFIG_FORBIDDEN for anyone else);
    audited with the values before and after."""
    access.require_street_configurer(principal)
    changes = data.model_dump(exclude_unset=True, exclude_none=True)
    async with in_transaction():
        before = await street_config()
        after = {name: changes.get(name, before[name]) for name in DEFAULTS}
        now = clock.now()
        await db.upsert(StreetConfig, {"key": CONFIG_KEY, **after, "created_at": now, "updated_at": now},
                        conflict=("key",), replace=(*DEFAULTS, "updated_at"))
        await audit.record(principal.actor, "street_config.updated", "street_config", CONFIG_KEY,
                           before={name: before[name] for name in DEFAULTS}, after=after)
    forget_config()
    return await street_config()


# -- reporting --

def _snapshot(report: PublicReport) -> dict:
    """What the audit trail keeps: the report, but of the contact only whether one was given (it is personal)."""
    return {"enterprise_id": report.enterprise_id, "text": report.text, "contact_given": bool(report.contact),
            "photo_sha256": report.photo_key, "reporter_user_id": report.reporter_user_id,
            "status": report.status, "closed_by_id": report.closed_by_id, "close_note": report.close_note}


def _reporter_actor(reporter: Principal | None, ip: str | None, request_id: str | None) -> Actor:
    if reporter is not None and reporter.user_id is not None:
        return reporter.actor
    return Actor(user_id=None, role="anonymous", ip=ip, request_id=request_id)


async def submit_report(reporter: Principal | None, token: str, text: str, contact: str | None, photo: bytes | None,
                        settings: Settings, *, ip: str | None = None, request_id: str | None = None) -> PublicReport:
    """A report from whoever scanned `token` (logged in or not). 403 PUBLIC_REPORTS_DISABLED while the street has
    reporting off; 404/410 for a code that names no active enterprise; 422 PUBLIC_REPORT_INVALID for a text or
    contact the rules refuse; a photo is judged as an upload is (413, 415, 422). Nothing is written on any of them.
    The report, its audit entry and the event that tells the enterprise's staff commit together."""
    if not await reports_enabled(fresh=True):
        raise PermissionDenied(f"本街道暂未开通扫码反映问题,请拨打安全生产举报电话 {settings.report_hotline}",
                               code="PUBLIC_REPORTS_DISABLED")
    enterprise, _region = await enterprises_service.enterprise_by_token(token)
    text, contact = rules.clean_text(text), rules.clean_contact(contact)
    if problems := rules.report_problems(text, contact):
        raise InvalidInput("反映内容有误:" + problems[0]["message"], code="PUBLIC_REPORT_INVALID", detail=problems)
    photo_key = media_type = size = None
    if photo:
        clean = await files_service.clean_photo(photo, settings)
        photo_key = await files_service.put_blob(settings, clean.data)
        media_type, size = clean.media_type, len(clean.data)
    actor = _reporter_actor(reporter, ip, request_id)
    async with in_transaction():
        report = await PublicReport.create(enterprise_id=enterprise.id, text=text, contact=contact, photo_key=photo_key,
                                           photo_media_type=media_type, photo_size=size, ip=ip,
                                           reporter_user_id=actor.user_id)
        await audit.record(actor, "public_report.created", "public_report", report.id, after=_snapshot(report))
        await outbox.record(PublicReportReceived(report.id, enterprise.id, photo_key is not None))
    return report


# -- the staff's side --

@dataclass(frozen=True)
class ReportFilters:
    status: ReportStatus | None = None
    enterprise_id: int | None = None


async def list_reports(principal: Principal, filters: ReportFilters, page: int, size: int,
                       ) -> tuple[list[PublicReport], int]:
    """The reports about enterprises in the caller's scope, newest first; 403 for anyone but staff."""
    scope = access.scope(principal, "enterprise__region__path")
    if scope is None or not principal.is_staff:
        raise PermissionDenied("只有街道工作人员可以查看群众反映", code="ROLE_FORBIDDEN")
    wanted = {name: value for name, value in (("status", filters.status), ("enterprise_id", filters.enterprise_id))
              if value is not None}
    query = PublicReport.filter(**scope, **wanted)
    total = await query.count()
    items = await query.select_related("enterprise__region").order_by("-id").offset((page - 1) * size).limit(size)
    return items, total


async def get_report(principal: Principal, report_id: int) -> PublicReport:
    report = await PublicReport.filter(id=report_id).select_related("enterprise__region").first()
    if report is None or not access.may_see_public_report(principal, report.enterprise.region.path):
        raise NotFound("反映不存在", code="PUBLIC_REPORT_NOT_FOUND")
    return report


@db.retry_lock_conflicts
async def close_report(principal: Principal, report_id: int, note: str) -> PublicReport:
    """An inspector or admin in scope records what was done and closes the report, once (409 PUBLIC_REPORT_CLOSED
    the second time; two closing at once: one wins, the other gets the 409)."""
    report = await get_report(principal, report_id)
    if not access.may_handle_public_report(principal, report.enterprise.region.path):
        raise PermissionDenied("只有辖区检查员或管理员可以处理群众反映", code="ROLE_FORBIDDEN")
    note = rules.clean_text(note)
    if refused := rules.close_problems(report.status, note):
        code, message, detail = refused
        raise (Conflict if code == "PUBLIC_REPORT_CLOSED" else InvalidInput)(message, code=code, detail=detail or None)
    before = _snapshot(report)
    now = clock.now()
    async with in_transaction():
        closed = await PublicReport.filter(id=report.id, status=ReportStatus.OPEN).update(
            status=ReportStatus.CLOSED, closed_by_id=principal.user_id, closed_at=now, close_note=note, updated_at=now)
        if not closed:
            raise Conflict("该反映已处理,不能重复处理", code="PUBLIC_REPORT_CLOSED")
        report = await PublicReport.filter(id=report.id).select_related("enterprise__region").get()
        await audit.record(principal.actor, "public_report.closed", "public_report", report.id, before=before,
                           after=_snapshot(report))
    return report


async def open_photo(principal: Principal, report_id: int, settings: Settings) -> files_service.Blob:
    """The report's photo, for whoever may see the report."""
    report = await get_report(principal, report_id)
    if report.photo_key is None:
        raise NotFound("该反映没有照片", code="PUBLIC_REPORT_PHOTO_NOT_FOUND")
    return files_service.blob_of(settings, report.photo_key, report.photo_media_type or "image/jpeg",
                                 report.photo_size or 0)
