"""Excel downloads: the lists with their own filters, and the quarterly statistics sheet (16号令 第十四条)."""

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Path, Query
from fastapi.responses import Response

from api.deps import CurrentUser, QueryId, SettingsDep
from api.filters import EnterpriseQuery, HazardQuery, InspectionQuery
from api.responses import errors
from dashboard import exports

router = APIRouter(tags=["导出"])

_XLSX = {200: {"content": {exports.XLSX_MEDIA_TYPE: {}}, "description": "Excel 文件(.xlsx)"}}


def _download(export: exports.Export) -> Response:
    """RFC 6266/5987: an ASCII fallback name for old clients and the Chinese one as filename*."""
    disposition = f"attachment; filename=\"{export.ascii_filename}\"; filename*=UTF-8''{quote(export.filename)}"
    return Response(export.content, media_type=exports.XLSX_MEDIA_TYPE,
                    headers={"Content-Disposition": disposition, "Cache-Control": "no-store"})


@router.get("/exports/enterprises.xlsx", response_class=Response, responses={**_XLSX, **errors(401, 403, 404)})
async def export_enterprises(principal: CurrentUser, settings: SettingsDep,
                             filters: EnterpriseQuery) -> Response:
    """企业名录导出,筛选条件同企业列表;仅街道工作人员,范围为其辖区。"""
    return _download(await exports.export_list(principal, "enterprises", filters, settings.export_max_rows))


@router.get("/exports/hazards.xlsx", response_class=Response, responses={**_XLSX, **errors(401, 403, 404)})
async def export_hazards(principal: CurrentUser, settings: SettingsDep,
                         filters: HazardQuery) -> Response:
    """隐患台账导出,筛选条件同隐患列表;企业只导出本企业的隐患。"""
    return _download(await exports.export_list(principal, "hazards", filters, settings.export_max_rows))


@router.get("/exports/inspections.xlsx", response_class=Response, responses={**_XLSX, **errors(401, 403, 404)})
async def export_inspections(principal: CurrentUser, settings: SettingsDep,
                             filters: InspectionQuery) -> Response:
    """检查记录导出,筛选条件同检查记录列表;企业只导出本企业的记录。"""
    return _download(await exports.export_list(principal, "inspections", filters, settings.export_max_rows))


@router.get("/exports/quarterly.xlsx", response_class=Response, responses={**_XLSX, **errors(401, 403, 404)})
async def export_quarterly(principal: CurrentUser, settings: SettingsDep,
                           year: Annotated[int, Query(ge=2000, le=2100, description="年份")],
                           quarter: Annotated[int, Query(ge=1, le=4, description="季度 1-4")],
                           region_id: QueryId = None) -> Response:
    """季度事故隐患排查治理情况统计分析表(16号令第十四条):每家企业一行并有合计行;尚未开始的季度返回 422。"""
    return _download(await exports.export_quarterly(principal, year, quarter, region_id,
                                                    settings.export_max_rows))


@router.get("/exports/{kind}.xlsx", response_class=Response, responses=errors(401, 404))
async def unknown_export(kind: Annotated[str, Path(max_length=40)], _: CurrentUser) -> Response:
    """其余名称:404 EXPORT_KIND_UNKNOWN,并列出可导出的种类。"""
    raise exports.unknown_kind(kind)
