"""The printable images of the identity QR: code, poster and the current risk code; cached with ETags."""

import hashlib
from collections.abc import Callable

from fastapi import APIRouter, Request, Response
from starlette.concurrency import run_in_threadpool

from api.deps import CurrentUser, PathId, SettingsDep, WeChatDep
from api.responses import errors
from core import clock
from core.errors import Conflict
from enterprises import qr_images, service as enterprises_service
from scoring import service as scoring_service

router = APIRouter(tags=["身份码"])

OVERRIDE_BAND = "人工认定"  # printed instead of the score band while a system admin's colour holds
_PNG = {200: {"content": {"image/png": {}}, "description": "PNG 图片"}, 304: {"description": "未修改"}}


async def _png(request: Request, kind: str, render: Callable[..., bytes], *inputs) -> Response:
    etag = qr_images.image_etag(kind, *inputs)
    headers = {"ETag": etag, "Cache-Control": "private, no-cache"}
    if qr_images.etag_matches(request.headers.get("if-none-match"), etag):
        return Response(status_code=304, headers=headers)
    # Rendering takes tens of milliseconds of CPU: keep it off the event loop.
    return Response(await run_in_threadpool(render, *inputs), media_type="image/png", headers=headers)


@router.get("/enterprises/{enterprise_id}/code.png", response_class=Response, responses={**_PNG, **errors(401, 404)})
async def code_png(enterprise_id: PathId, request: Request, principal: CurrentUser, settings: SettingsDep) -> Response:
    """身份码图片(纠错等级 Q)。"""
    _, url = await enterprises_service.identity_qr(principal, enterprise_id, settings.public_base_url)
    return await _png(request, "code", qr_images.render_code_png, url)


@router.get("/enterprises/{enterprise_id}/poster.png", response_class=Response,
            responses={**_PNG, **errors(401, 404)})
async def poster_png(enterprise_id: PathId, request: Request, principal: CurrentUser,
                     settings: SettingsDep) -> Response:
    """A5 张贴海报(300 dpi):身份码、企业名称、所属网格和扫码说明。"""
    enterprise, url = await enterprises_service.identity_qr(principal, enterprise_id, settings.public_base_url)
    return await _png(request, "poster", qr_images.render_poster_png, url, enterprise.name, enterprise.region.name,
                      enterprise.credit_code, settings.issuing_body, settings.report_hotline)


@router.get("/enterprises/{enterprise_id}/risk-code.png", response_class=Response,
            responses={**_PNG, **errors(401, 404, 409)})
async def risk_code_png(enterprise_id: PathId, request: Request, principal: CurrentUser,
                        settings: SettingsDep) -> Response:
    """当前风险码:按红、黄、绿着色的身份码,附分数段、评定日期、企业名称和统一社会信用代码;人工认定期间标明"人工认定"。"""
    enterprise, url = await enterprises_service.identity_qr(principal, enterprise_id, settings.public_base_url)
    if enterprise.risk_color is None or enterprise.risk_scored_at is None:
        raise Conflict("该企业尚未评定风险颜色", code="RISK_NOT_SCORED")
    _, ruleset = await scoring_service.active_ruleset()
    band = (OVERRIDE_BAND if enterprise.risk_override_until else
            qr_images.score_band(enterprise.risk_score, ruleset["bands"]))
    return await _png(request, "risk", qr_images.render_risk_code_png, url, enterprise.risk_color.value,
                      clock.aware(enterprise.risk_scored_at).date(), enterprise.name, enterprise.credit_code, band)


@router.get("/enterprises/{enterprise_id}/wxacode.png", response_class=Response,
            responses={**_PNG, **errors(401, 404, 429)})
async def wxacode_png(enterprise_id: PathId, request: Request, principal: CurrentUser,
                      settings: SettingsDep, wechat: WeChatDep) -> Response:
    """小程序码(getwxacodeunlimit):首次请求时向微信生成并保存,之后直接返回保存的图片。"""
    png = await enterprises_service.mini_program_code(principal, enterprise_id, wechat, settings)
    etag = qr_images.image_etag("wxacode", hashlib.sha256(png).hexdigest())
    headers = {"ETag": etag, "Cache-Control": "private, no-cache"}
    if qr_images.etag_matches(request.headers.get("if-none-match"), etag):
        return Response(status_code=304, headers=headers)
    return Response(png, media_type="image/png", headers=headers)
