from html import escape

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from api.deps import ClientIp, CurrentUser, OptionalUser, Paging, PathId
from api.errors import status_of
from api.responses import errors
from api.rate_limit import SCAN, ScanRateLimit, limiter_of
from core.errors import DomainError, RateLimited
from enterprises import public_reports, scans
from core.identity import risk_label
from inspections import hazards as hazards_service
from enterprises.schemas import (DocumentRead, EnterpriseProfile, EnterpriseSummary, HazardPointRead, PersonRead,
                                 RiskRead, ScanLogPage, ScanLogRead, ScanRead, ScanView)

router = APIRouter(tags=["扫码"])
page_router = APIRouter(tags=["扫码"])

def _summary(result: scans.ScanResult) -> EnterpriseSummary:
    e = result.enterprise
    return EnterpriseSummary(id=e.id, name=e.name, industry=e.industry, category=e.category,
                             region_name=result.region.name, color=e.risk_color)


def _scan_read(result: scans.ScanResult) -> ScanRead:
    e = result.enterprise
    risk = RiskRead.of(e)
    if result.view == ScanView.PUBLIC:
        body = _summary(result)
    else:
        body = EnterpriseProfile.of(e, region_name=result.region.name,
                                    personnel=[PersonRead.model_validate(p) for p in result.personnel],
                                    documents=[DocumentRead.model_validate(d) for d in result.documents],
                                    hazard_points=[HazardPointRead.model_validate(h) for h in result.hazard_points])
    return ScanRead(view=result.view, enterprise=body, risk=risk, actions=result.actions)


@router.get("/scan/{token}", response_model=ScanRead, responses=errors(401, 404, 410, 429))
async def scan(token: str, principal: OptionalUser, ip: ClientIp, _: ScanRateLimit) -> Response:
    """扫描身份码:公众看到企业名片和风险颜色(街道开通时可反映问题,见 reporting_enabled);辖区检查员看到完整档案、
    未销号隐患并可发起检查;企业看到自己的档案和隐患。"""
    result = await scans.scan(principal, token, ip)
    read = _scan_read(result)
    read.reporting_enabled = await public_reports.reports_enabled()
    if result.view != ScanView.PUBLIC:
        # enterprises cannot import inspections (it is the lower layer), so the HTTP face joins the two views.
        read.open_hazards = await hazards_service.unclosed_for_enterprise(result.enterprise.id)
    # The hottest route: serialise the already-validated model once instead of validating it again.
    return Response(read.model_dump_json(), media_type="application/json")


@router.get("/enterprises/{enterprise_id}/scans", response_model=ScanLogPage, summary="扫码记录",
            responses=errors(401, 404))
async def scan_history(enterprise_id: PathId, principal: CurrentUser, paging: Paging) -> ScanLogPage:
    """谁在何时扫了该企业的身份码(最新的在前):登录者的姓名和角色,公众扫码只记 IP。只有辖区工作人员可见。"""
    entries, total = await scans.scan_history(principal, enterprise_id, paging.page, paging.size)
    items = [ScanLogRead(at=e.log.at, view=e.log.view, user_id=e.log.user_id, user_name=e.user_name,
                         user_role=e.user_role, ip=e.log.ip, token_tail=e.log.token[-4:]) for e in entries]
    return ScanLogPage(items=items, total=total, page=paging.page, size=paging.size)


_PAGE = """<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>{title}</title>
<style>body{{font-family:sans-serif;margin:2em auto;max-width:28em;padding:0 1em;color:#222}}
.badge{{display:inline-block;padding:.2em .8em;border-radius:1em;color:#fff;background:{badge}}}</style>
</head><body>{body}<p style="color:#888">请在微信中扫码查看完整信息。金雁安全云</p></body></html>"""
# The page has inline styles only: no scripts, no frames, nothing from elsewhere.
_PAGE_HEADERS = {"Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
                 "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY"}
OVERRIDE_NOTE = "(街道人工认定)"  # while a system admin's colour holds
_BADGES = {"green": "#1a7f37", "yellow": "#b08800", "red": "#c62828", None: "#777"}


@page_router.get("/q/{token}", response_class=HTMLResponse, include_in_schema=False)
async def scan_page(token: str, request: Request, ip: ClientIp) -> HTMLResponse:
    """The code's https link opened outside WeChat: a small public page."""
    try:
        await limiter_of(request).check(SCAN, None, ip)
        result = await scans.scan(None, token, ip)
    except DomainError as exc:
        # A page instead of the JSON error body, with the status from the one error table: a revoked code is Gone
        # (410 QR_REVOKED), an unknown one NotFound (404), too many scans RateLimited (429).
        limited = isinstance(exc, RateLimited)
        return HTMLResponse(_PAGE.format(title="请稍后再试" if limited else "身份码无效", badge="#777",
                                         body=f"<h1>{escape(exc.message)}</h1>"),
                            status_code=status_of(exc),
                            headers=_PAGE_HEADERS | ({"Retry-After": str(exc.retry_after)} if limited else {}))
    card = _summary(result)
    body = (f"<h1>{escape(card.name)}</h1><p>{escape(card.industry)} · {escape(card.category)} · "
            f"{escape(card.region_name)}</p><p>安全风险:<span class=badge>{risk_label(card.color)}</span>"
            f"{OVERRIDE_NOTE if result.enterprise.risk_override_until else ''}</p>"
            # Outside WeChat the link also opens the mini program's H5 build (docs/decisions/048).
            f'<p><a href="/m/#/pages/scan/index?token={escape(token)}">在浏览器中打开金雁安全云</a></p>')
    return HTMLResponse(_PAGE.format(title=escape(card.name), badge=_BADGES[card.color], body=body),
                        headers=_PAGE_HEADERS)
