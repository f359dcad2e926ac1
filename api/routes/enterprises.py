from typing import Annotated

from fastapi import APIRouter, Query, UploadFile
from fastapi.responses import FileResponse

from api.deps import AdminUser, CurrentUser, Paging, PathId, SettingsDep
from api.filters import EnterpriseQuery
from api.responses import errors
from enterprises import importing, service as enterprises_service
from enterprises.schemas import (EnterpriseCreate, EnterprisePage, EnterpriseRead, EnterpriseUpdate, ImportRowError,
                                 ImportRead, NearbyEnterprise, ReviewDecision)

router = APIRouter(tags=["企业"])


@router.post("/enterprises", response_model=EnterpriseRead, status_code=201,
             responses=errors(401, 403, 404, 409))
async def register_enterprise(body: EnterpriseCreate, principal: CurrentUser) -> EnterpriseRead:
    """管理员登记企业(立即生效);微信用户登记自己的企业(待街道审核)。"""
    return EnterpriseRead.of(await enterprises_service.register_enterprise(principal, body))


@router.get("/enterprises", response_model=EnterprisePage, responses=errors(401, 403, 404))
async def list_enterprises(principal: CurrentUser, paging: Paging, filters: EnterpriseQuery) -> EnterprisePage:
    items, total = await enterprises_service.list_enterprises(principal, filters, paging.page, paging.size)
    conflicts = await enterprises_service.credit_code_conflicts(items) if principal.is_staff else {}
    return EnterprisePage(items=[EnterpriseRead.of(e, credit_code_conflicts=conflicts.get(e.id, [])) for e in items],
                          total=total, page=paging.page, size=paging.size)


@router.get("/enterprises/{enterprise_id}", response_model=EnterpriseRead, responses=errors(401, 404))
async def get_enterprise(enterprise_id: PathId, principal: CurrentUser) -> EnterpriseRead:
    enterprise = await enterprises_service.get_visible(principal, enterprise_id)
    conflicts = await enterprises_service.credit_code_conflicts([enterprise]) if principal.is_staff else {}
    return EnterpriseRead.of(enterprise, credit_code_conflicts=conflicts.get(enterprise.id, []))


@router.patch("/enterprises/{enterprise_id}", response_model=EnterpriseRead,
              responses=errors(401, 403, 404, 409))
async def update_enterprise(enterprise_id: PathId, body: EnterpriseUpdate, principal: CurrentUser) -> EnterpriseRead:
    """修改企业信息;带 version 时若已被他人修改则返回 409。"""
    return EnterpriseRead.of(await enterprises_service.update_enterprise(principal, enterprise_id, body))


@router.post("/enterprises/{enterprise_id}/approve", response_model=EnterpriseRead,
             responses=errors(401, 403, 404, 409))
async def approve_enterprise(enterprise_id: PathId, principal: AdminUser,
                             body: ReviewDecision | None = None) -> EnterpriseRead:
    """审核通过:企业生效,登记人成为该企业的安全管理员。"""
    note = body.note if body else ""
    return EnterpriseRead.of(await enterprises_service.approve_enterprise(principal, enterprise_id, note))


@router.post("/enterprises/{enterprise_id}/reject", response_model=EnterpriseRead,
             responses=errors(401, 403, 404, 409))
async def reject_enterprise(enterprise_id: PathId, body: ReviewDecision, principal: AdminUser) -> EnterpriseRead:
    return EnterpriseRead.of(await enterprises_service.reject_enterprise(principal, enterprise_id, body.note))


@router.get("/enterprises/{enterprise_id}/nearby", response_model=list[NearbyEnterprise],
            responses=errors(401, 404, 409))
async def nearby(enterprise_id: PathId, principal: CurrentUser, settings: SettingsDep,
                 radius_m: Annotated[int, Query(ge=10, le=20_000, description="半径(米)")] = 1000,
                 ) -> list[NearbyEnterprise]:
    """周边企业,由近及远:名称、行业、距离;风险颜色仅辖区工作人员可见(街道开启 NEARBY_SHOWS_COLOR 时企业也可见)。"""
    found = await enterprises_service.nearby(principal, enterprise_id, radius_m,
                                             street_shows_color=settings.nearby_shows_color)
    return [NearbyEnterprise(id=n.enterprise.id, name=n.enterprise.name, industry=n.enterprise.industry,
                             distance_m=round(n.distance_m), color=n.color) for n in found]


@router.post("/enterprises/{enterprise_id}/code/reissue", response_model=EnterpriseRead,
             responses=errors(401, 403, 404))
async def reissue_code(enterprise_id: PathId, principal: AdminUser) -> EnterpriseRead:
    """重新生成身份码:旧码从此返回 410,须重新打印张贴。"""
    return EnterpriseRead.of(await enterprises_service.reissue_qr(principal, enterprise_id))


@router.post("/enterprises/import", response_model=ImportRead, responses=errors(401, 403, 413, 415))
async def import_enterprises(file: UploadFile, principal: AdminUser, dry_run: Annotated[bool, Query(
        description="true: 只检查不写入,返回将新增、更新的数量和全部错误行")] = False) -> ImportRead:
    """按模板批量导入企业(.xlsx):按统一社会信用代码新增或更新;每个错误行报告行号、列和原因,错误行不写入。"""
    data = await file.read(importing.MAX_BYTES + 1)
    result = await importing.import_enterprises(principal, data, dry_run=dry_run)
    return ImportRead(created=result.created, updated=result.updated,
                      errors=[ImportRowError(row=e.row, field=e.field, message=e.message) for e in result.errors])


@router.get("/enterprises/import/template.xlsx", response_class=FileResponse, responses=errors(401, 403))
async def import_template(principal: AdminUser) -> FileResponse:
    """下载企业导入模板。"""
    return FileResponse(importing.TEMPLATE_PATH, filename="企业导入模板.xlsx",
                        media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
