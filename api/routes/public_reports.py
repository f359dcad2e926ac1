"""Public reports (问题反映) from a scanned door code, and the street-wide switch that offers them
(docs/decisions/084): anybody reports, the enterprise's staff list, read and close."""

from fastapi import APIRouter, Request, Response

from api.deps import ClientIp, CurrentUser, OptionalUser, Paging, PathId, QueryId, SettingsDep
from api.rate_limit import ReportRateLimit
from api.responses import errors
from api.routes.uploads import receive_form, serve_blob
from core.errors import PermissionDenied
from enterprises import public_reports
from enterprises.models import PublicReport
from enterprises.public_report_rules import CONTACT_MAX, TEXT_MAX, TEXT_MIN, ReportStatus
from enterprises.schemas import (PublicReportClose, PublicReportCreated, PublicReportPage, PublicReportRead,
                                 StreetConfigRead, StreetConfigUpdate)

router = APIRouter(tags=["问题反映"])

_FIELDS = {"text": {"type": "string", "minLength": TEXT_MIN, "maxLength": TEXT_MAX, "description": "发现的问题"},
           "contact": {"type": "string", "maxLength": CONTACT_MAX,
                       "description": "联系方式(可不填;只有街道工作人员可见,企业看不到)"}}
_FORM_BODY = {"requestBody": {"required": True, "content": {
    "multipart/form-data": {"schema": {"type": "object", "required": ["text"], "properties": {
        **_FIELDS, "photo": {"type": "string", "format": "binary", "description": "现场照片(JPEG、PNG 或 WebP,可不传)"}}}},
    "application/x-www-form-urlencoded": {"schema": {"type": "object", "required": ["text"],
                                                     "properties": _FIELDS}}}}}
_PHOTO = {"content": {t: {"schema": {"type": "string", "format": "binary"}}
                      for t in ("image/jpeg", "image/png", "image/webp")}, "description": "照片"}


def _read(report: PublicReport) -> PublicReportRead:
    return PublicReportRead(id=report.id, enterprise_id=report.enterprise_id, enterprise_name=report.enterprise.name,
                            region_name=report.enterprise.region.name, text=report.text, contact=report.contact,
                            has_photo=report.photo_key is not None, status=report.status,
                            created_at=report.created_at, closed_by_id=report.closed_by_id,
                            closed_at=report.closed_at, close_note=report.close_note)


@router.post("/scan/{token}/reports", response_model=PublicReportCreated, status_code=201,
             openapi_extra=_FORM_BODY, responses=errors(401, 403, 404, 410, 413, 415, 429))
async def report_problem(token: str, request: Request, principal: OptionalUser, ip: ClientIp,
                         settings: SettingsDep, _: ReportRateLimit) -> PublicReportCreated:
    """扫码反映问题(街道开通后):不需要登录。文字必填,可附一张照片和联系方式;提交后通知该企业所在辖区的检查员和管理员。
    企业看不到反映内容和反映人。"""
    form = await receive_form(request, settings, file_field="photo")
    photo = form.file.data if form.file is not None and form.file.data else None
    report = await public_reports.submit_report(principal, token, form.fields.get("text", ""),
                                                form.fields.get("contact"), photo, settings, ip=ip,
                                                request_id=getattr(request.state, "request_id", None))
    return PublicReportCreated(id=report.id, created_at=report.created_at,
                               message=f"已收到您的反映(编号 {report.id}),街道工作人员会尽快核实处理。")


@router.get("/public-reports", response_model=PublicReportPage, responses=errors(401, 403))
async def list_public_reports(principal: CurrentUser, paging: Paging, status: ReportStatus | None = None,
                              enterprise_id: QueryId = None) -> PublicReportPage:
    """辖区内企业收到的群众反映,新的在前。只有街道工作人员可见。"""
    items, total = await public_reports.list_reports(
        principal, public_reports.ReportFilters(status=status, enterprise_id=enterprise_id), paging.page, paging.size)
    return PublicReportPage(items=[_read(r) for r in items], total=total, page=paging.page, size=paging.size)


@router.get("/public-reports/{report_id}", response_model=PublicReportRead, responses=errors(401, 404))
async def get_public_report(report_id: PathId, principal: CurrentUser) -> PublicReportRead:
    return _read(await public_reports.get_report(principal, report_id))


@router.post("/public-reports/{report_id}/close", response_model=PublicReportRead,
             responses=errors(401, 403, 404, 409))
async def close_public_report(report_id: PathId, body: PublicReportClose, principal: CurrentUser) -> PublicReportRead:
    """辖区检查员或管理员写明处理情况后办结;办结后不能再次办结。"""
    return _read(await public_reports.close_report(principal, report_id, body.note))


@router.get("/public-reports/{report_id}/photo", response_class=Response,
            responses={200: _PHOTO, 304: {"description": "未修改(If-None-Match 命中)"}, **errors(401, 404)})
async def public_report_photo(report_id: PathId, request: Request, principal: CurrentUser,
                              settings: SettingsDep) -> Response:
    """反映所附的照片;可见范围同反映本身。"""
    return await serve_blob(request, await public_reports.open_photo(principal, report_id, settings))


@router.get("/street-config", response_model=StreetConfigRead, responses=errors(401, 403))
async def get_street_config(principal: CurrentUser) -> StreetConfigRead:
    """全街道的开关(如扫码反映问题)。街道工作人员可见。"""
    if not principal.is_staff:
        raise PermissionDenied("只有街道工作人员可以查看街道配置", code="ROLE_FORBIDDEN")
    return StreetConfigRead(**await public_reports.street_config())


@router.patch("/street-config", response_model=StreetConfigRead, responses=errors(401, 403))
async def update_street_config(body: StreetConfigUpdate, principal: CurrentUser) -> StreetConfigRead:
    """修改全街道的开关:只有顶层区域的管理员可以修改。"""
    return StreetConfigRead(**await public_reports.set_street_config(principal, body))
