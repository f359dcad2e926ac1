"""检查码: the check-item library, templates, inspections (electronic checklists), hazards, campaigns and
daily reports."""

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Header

from api.deps import CurrentUser, Paging, PathId, QueryId, QueryText, SettingsDep
from api.filters import HazardQuery, InspectionQuery
from api.responses import errors
from inspections import campaign_tasks, campaigns, extensions, hazards, library, reports, statistics
from inspections import service as inspections_service
from inspections.presence import PresenceRule
from inspections.tasks import TaskStatus
from inspections.schemas import (CampaignCreate, CampaignRead, CampaignStart, CampaignTaskPage, CancelWrite,
                                 CheckItemCreate, CheckItemRead, CheckItemUpdate, DailyReportCreate,
                                 DailyReportPage, DailyReportRead, ExtensionDecisionWrite,
                                 ExtensionRead, ExtensionWrite, FindingCreate, HazardDetail, HazardRevisionWrite,
                                 HazardLedgerUpdate, HazardPage, HazardRead, InspectionItemRead, InspectionPage,
                                 InspectionRead, InspectionStart, InspectionSummary, ItemResultWrite, ItemsAdd,
                                 MissingReport, MissingReportPage, RectifyWrite, ReportFormWrite, ReportQuestion,
                                 StatisticsRead, SubmitResult, SubmitWrite, TemplateCreate, TemplateRead,
                                 TemplateUpdate, VerifyWrite)

router = APIRouter(tags=["检查码"])



# -- library --

@router.get("/check-items", response_model=list[CheckItemRead], responses=errors(401))
async def list_check_items(_: CurrentUser, category: QueryText(max_length=20) = None,
                           industry: QueryText(max_length=40) = None,
                           q: QueryText(max_length=50, description="检查项内容、依据或编号") = None,
                           include_retired: bool = False):
    """检查项库(预置 + 街道自定义),可按类别、行业筛选,按文字搜索(检查员添加检查项时选用)。"""
    items = await library.list_check_items(category, industry, include_retired, q)
    return [CheckItemRead.model_validate(i) for i in items]


@router.post("/check-items", response_model=CheckItemRead, status_code=201, responses=errors(401, 403, 409))
async def add_check_item(body: CheckItemCreate, principal: CurrentUser):
    """管理员新增检查项。"""
    return CheckItemRead.model_validate(await library.add_check_item(principal, body))


@router.post("/check-items/{item_id}/retire", response_model=CheckItemRead, responses=errors(401, 403, 404, 409))
async def retire_check_item(item_id: PathId, principal: CurrentUser):
    """管理员停用检查项;已有检查记录不受影响。"""
    return CheckItemRead.model_validate(await library.retire_check_item(principal, item_id))


@router.patch("/check-items/{item_id}", response_model=CheckItemRead, responses=errors(401, 403, 404, 409))
async def update_check_item(item_id: PathId, body: CheckItemUpdate, principal: CurrentUser):
    """顶层区域的管理员修改检查项(内容、依据、严重程度、整改期限、拍照要求、适用范围;编号不变)。只影响此后
    新开的检查表,已开始填写和已提交的检查表保留当时的内容;预置检查项的适用范围不能修改。"""
    return CheckItemRead.model_validate(await library.update_check_item(principal, item_id, body))


@router.get("/templates", response_model=list[TemplateRead], responses=errors(401))
async def list_templates(_: CurrentUser):
    """检查表模板。"""
    return [TemplateRead.model_validate(t) for t in await library.list_templates()]


@router.post("/templates", response_model=TemplateRead, status_code=201, responses=errors(401, 403))
async def create_template(body: TemplateCreate, principal: CurrentUser):
    """管理员创建检查表模板(有序的检查项集合,可指定适用行业、类别)。"""
    return TemplateRead.model_validate(await library.create_template(principal, body))


@router.patch("/templates/{template_id}", response_model=TemplateRead, responses=errors(401, 403, 404, 409))
async def update_template(template_id: PathId, body: TemplateUpdate, principal: CurrentUser):
    """顶层区域的管理员修改检查表模板:名称、有序的检查项(整体替换)、适用行业和类别。已开始的检查表不受影响。"""
    return TemplateRead.model_validate(await library.update_template(principal, template_id, body))


# -- inspections --

@router.post("/inspections", response_model=InspectionRead, status_code=201,
             responses=errors(401, 403, 404, 409, 410))
async def start_inspection(body: InspectionStart, principal: CurrentUser, settings: SettingsDep,
                           idempotency_key: Annotated[str | None, Header(max_length=64)] = None):
    """扫码(或按企业)发起检查,生成电子检查表。须携带 Idempotency-Key,重试不会重复创建。
    街道检查按 INSPECTION_PRESENCE_POLICY 核对是否在企业现场(距离超过 INSPECTION_MAX_DISTANCE_M 记为远离企业)。"""
    rule = PresenceRule(settings.inspection_presence_policy, settings.inspection_max_distance_m)
    return await inspections_service.start_inspection(principal, body, idempotency_key, rule)


@router.put("/inspections/{inspection_id}/items/{item_id}", response_model=InspectionItemRead,
            responses=errors(401, 403, 404, 409))
async def record_result(inspection_id: PathId, item_id: PathId, body: ItemResultWrite, principal: CurrentUser):
    """填写一项检查结果:合格 / 不合格 / 不适用。"""
    item = await inspections_service.record_result(principal, inspection_id, item_id, body)
    return InspectionItemRead.model_validate(item)


@router.post("/inspections/{inspection_id}/items", response_model=InspectionRead,
             responses=errors(401, 403, 404, 409))
async def add_items(inspection_id: PathId, body: ItemsAdd, principal: CurrentUser):
    """检查员向自己填写中的检查表添加检查库中的检查项;已在表中的检查项不能重复添加。"""
    return await inspections_service.add_items(principal, inspection_id, body)


@router.post("/inspections/{inspection_id}/findings", response_model=InspectionRead,
             responses=errors(401, 403, 404, 409))
async def add_finding(inspection_id: PathId, body: FindingCreate, principal: CurrentUser):
    """随手拍:记录检查表以外发现的问题(文字、照片、严重程度、整改期限),提交时与不合格项一样生成隐患。"""
    return await inspections_service.add_finding(principal, inspection_id, body)


@router.post("/inspections/{inspection_id}/cancel", response_model=InspectionRead,
             responses=errors(401, 403, 404, 409))
async def cancel_inspection(inspection_id: PathId, body: CancelWrite, principal: CurrentUser):
    """作废填写中的检查(须说明原因);只有发起的检查员或辖区管理员可以作废,已提交的检查不能作废。"""
    return await inspections_service.cancel_inspection(principal, inspection_id, body)


@router.post("/inspections/{inspection_id}/submit", response_model=SubmitResult,
             responses=errors(401, 403, 404, 409))
async def submit_inspection(inspection_id: PathId, principal: CurrentUser, body: SubmitWrite | None = None,
                            idempotency_key: Annotated[str | None, Header(max_length=64)] = None):
    """提交检查:每个不合格项生成一条隐患并推送给企业,企业负责人收到一条完整的检查结果。
    弱网时可一次提交全部答案(answers,照片先上传后按 id 引用;rest_passed 表示其余各项合格),须携带
    Idempotency-Key,全部成功或全部不写入。"""
    return await inspections_service.submit_inspection(principal, inspection_id, body, idempotency_key)


@router.get("/inspections", response_model=InspectionPage, responses=errors(401, 403, 404))
async def list_inspections(principal: CurrentUser, paging: Paging, filters: InspectionQuery):
    """检查记录列表。"""
    items, total = await inspections_service.list_inspections(principal, filters, paging.page, paging.size)
    return InspectionPage(items=[InspectionSummary.model_validate(i).model_copy(update={
        "enterprise_name": i.enterprise.name, "inspector_name": i.inspector.name}) for i in items], total=total,
                          page=paging.page, size=paging.size)


@router.get("/inspections/{inspection_id}", response_model=InspectionRead, responses=errors(401, 404))
async def get_inspection(inspection_id: PathId, principal: CurrentUser):
    """完整的电子检查表。"""
    return await inspections_service.get_inspection(principal, inspection_id)


# -- hazards --

@router.get("/hazards", response_model=HazardPage, responses=errors(401, 403, 404))
async def list_hazards(principal: CurrentUser, paging: Paging, filters: HazardQuery):
    """隐患台账。"""
    items, total = await hazards.list_hazards(principal, filters, paging.page, paging.size)
    return HazardPage(items=items, total=total, page=paging.page, size=paging.size)


@router.get("/hazards/{hazard_id}", response_model=HazardDetail, response_model_by_alias=True,
            responses=errors(401, 404))
async def get_hazard(hazard_id: PathId, principal: CurrentUser):
    """隐患详情和处理时间线。"""
    return await hazards.get_hazard(principal, hazard_id)


@router.patch("/hazards/{hazard_id}", response_model=HazardRead, responses=errors(401, 403, 404, 409))
async def update_hazard_ledger(hazard_id: PathId, body: HazardLedgerUpdate, principal: CurrentUser):
    """企业填写隐患台账"五定"内容;重大隐患填写治理方案。"""
    return hazards.hazard_read(await hazards.update_ledger(principal, hazard_id, body))


@router.post("/hazards/{hazard_id}/rectify", response_model=HazardRead, responses=errors(401, 403, 404, 409))
async def rectify(hazard_id: PathId, body: RectifyWrite, principal: CurrentUser):
    """企业提交整改(说明和整改后照片);重大隐患须先填写治理方案。"""
    return hazards.hazard_read(await hazards.submit_fix(principal, hazard_id, body))


@router.post("/hazards/{hazard_id}/verify", response_model=HazardRead, responses=errors(401, 403, 404, 409))
async def verify(hazard_id: PathId, body: VerifyWrite, principal: CurrentUser):
    """检查员复查:通过则销号,驳回则退回企业重新整改。"""
    return hazards.hazard_read(await hazards.verify_fix(principal, hazard_id, body))


@router.post("/hazards/{hazard_id}/extensions", response_model=ExtensionRead, status_code=201,
             responses=errors(401, 403, 404, 409))
async def request_extension(hazard_id: PathId, body: ExtensionWrite, principal: CurrentUser):
    """企业申请延期(延期申请):新的整改期限(须晚于当前期限)和原因;同一隐患一次只能有一个待审批的申请。"""
    return ExtensionRead.model_validate(await extensions.request_extension(principal, hazard_id, body))


@router.post("/hazards/{hazard_id}/extensions/{extension_id}/decide", response_model=HazardDetail,
             response_model_by_alias=True, responses=errors(401, 403, 404, 409))
async def decide_extension(hazard_id: PathId, extension_id: PathId, body: ExtensionDecisionWrite,
                           principal: CurrentUser):
    """检查员或管理员审批延期申请:批准(可另定晚于当前期限的日期)或不批准(须说明原因)。"""
    return await extensions.decide_extension(principal, hazard_id, extension_id, body)


@router.post("/hazards/{hazard_id}/revise", response_model=HazardDetail, response_model_by_alias=True,
             responses=errors(401, 403, 404, 409))
async def revise_hazard(hazard_id: PathId, body: HazardRevisionWrite, principal: CurrentUser):
    """检查员或管理员修改待整改隐患的整改期限或严重程度(须说明原因);改为重大隐患后须先制定治理方案才能提交整改。"""
    return await extensions.revise_hazard(principal, hazard_id, body)


# -- campaigns --

@router.post("/campaigns", response_model=CampaignRead, status_code=201, responses=errors(401, 403, 404))
async def publish_campaign(body: CampaignCreate, principal: CurrentUser):
    """管理员发布专项任务:检查表模板、目标(行业、类别、区域)和截止日期。"""
    return await campaigns.publish_campaign(principal, body)


@router.get("/campaigns", response_model=list[CampaignRead], responses=errors(401, 403))
async def list_campaigns(principal: CurrentUser, status: TaskStatus | None = None):
    """专项任务列表(最近 100 个)。企业用户只看到本企业的任务,每项带 task(状态 open/done/overdue、截止日期、
    检查表),可按 status 筛选;街道工作人员看到进度。"""
    return await campaigns.list_campaigns(principal, status)


@router.get("/campaigns/{campaign_id}", response_model=CampaignRead, responses=errors(401, 404))
async def get_campaign(campaign_id: PathId, principal: CurrentUser):
    """专项任务:街道工作人员看到进度(目标企业数、已提交、逾期未提交),企业用户看到本企业的任务。"""
    return await campaigns.get_campaign(principal, campaign_id)


@router.get("/campaigns/{campaign_id}/tasks", response_model=CampaignTaskPage, responses=errors(401, 403, 404))
async def list_campaign_tasks(campaign_id: PathId, principal: CurrentUser, paging: Paging,
                         status: TaskStatus | None = None):
    """专项任务逐企业进度(辖区内的目标企业):状态、检查表、提交时间,可按 status 筛选。"""
    items, total = await campaigns.campaign_tasks(principal, campaign_id, status, paging.page, paging.size)
    return CampaignTaskPage(items=items, total=total, page=paging.page, size=paging.size)


@router.post("/campaigns/{campaign_id}/start", response_model=InspectionRead, status_code=201,
             responses=errors(401, 403, 404, 409))
async def start_campaign_task(campaign_id: PathId, principal: CurrentUser, settings: SettingsDep,
                              body: CampaignStart | None = None,
                              idempotency_key: Annotated[str | None, Header(max_length=64)] = None):
    """企业从专项任务开始填写任务检查表(专项任务的模板)。须携带 Idempotency-Key;任务已完成或已有填写中的
    检查表时为 409(detail 给出检查表 id)。"""
    rule = PresenceRule(settings.inspection_presence_policy, settings.inspection_max_distance_m)
    return await campaign_tasks.start_task(principal, campaign_id, body or CampaignStart(), idempotency_key, rule)


# -- daily reports --

@router.get("/reports/form", response_model=list[ReportQuestion], responses=errors(401))
async def get_report_form(_: CurrentUser):
    """日常报送表的问题。"""
    return await reports.current_form()


@router.put("/reports/form", response_model=list[ReportQuestion], responses=errors(401, 403))
async def set_report_form(body: ReportFormWrite, principal: CurrentUser):
    """管理员配置日常报送表。"""
    return await reports.set_form(principal, body)


@router.post("/reports", response_model=DailyReportRead, status_code=201, responses=errors(401, 403, 409))
async def submit_report(body: DailyReportCreate, principal: CurrentUser, settings: SettingsDep):
    """企业日常报送(每天一次)。可补报最近 REPORT_BACKFILL_DAYS 天(默认 7 天)内漏报的日期,不能早于企业登记日期。"""
    return DailyReportRead.model_validate(await reports.submit_report(principal, body,
                                                                      settings.report_backfill_days))


@router.get("/reports", response_model=DailyReportPage, responses=errors(401, 403))
async def list_reports(principal: CurrentUser, paging: Paging, report_date: date | None = None,
                       enterprise_id: QueryId = None):
    """日常报送记录。"""
    items, total = await reports.list_reports(principal, report_date, enterprise_id, paging.page, paging.size)
    return DailyReportPage(items=items, total=total,
                           page=paging.page, size=paging.size)


@router.get("/reports/missing", response_model=MissingReportPage, responses=errors(401, 403))
async def missing_reports(principal: CurrentUser, paging: Paging, report_date: date | None = None):
    """当天(或指定日期)未报送的企业,供街道督促。"""
    day, items, total = await reports.missing_reports(principal, report_date, paging.page, paging.size)
    return MissingReportPage(report_date=day, items=[MissingReport(**i) for i in items], total=total,
                             page=paging.page, size=paging.size)


# -- statistics --

@router.get("/statistics/inspections", response_model=StatisticsRead, responses=errors(401, 403, 404))
async def inspection_statistics(principal: CurrentUser, region_id: QueryId = None,
                                date_from: date | None = None, date_to: date | None = None):
    """检查与隐患统计:检查次数、推送隐患、销号、整改率(到期隐患中已销号的比例),按时段和下级区域。"""
    return await statistics.street_statistics(principal, region_id, date_from, date_to)
