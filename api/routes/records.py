"""执法文书: signatures, the three printed documents of an inspection, the posters sheet, and the public page that
confirms a printed copy (/verify/{code})."""

from html import escape
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from api.deps import ClientIp, CurrentUser, PathId, QueryId, SettingsDep
from api.errors import status_of
from api.rate_limit import SCAN, limiter_of
from api.responses import errors
from core import clock
from core.errors import DomainError, InvalidInput, RateLimited
from records import service as records_service
from records.rules import DocumentKind
from records.schemas import DocumentRead, SignatureCreate, SignatureRead

router = APIRouter(tags=["执法文书"])
page_router = APIRouter(include_in_schema=False)

_PDF = {200: {"content": {"application/pdf": {}}, "description": "PDF 文书"}}


def _pdf(printed: records_service.PrintedDocument) -> Response:
    """Shown in the browser (inline) under its Chinese name, with its digest; never cached by a shared cache."""
    disposition = f"inline; filename=\"record.pdf\"; filename*=UTF-8''{quote(printed.filename)}"
    return Response(printed.pdf, media_type="application/pdf",
                    headers={"Content-Disposition": disposition, "Cache-Control": "private, no-store",
                             "X-Document-Number": quote(printed.number), "X-Content-SHA256": printed.sha256})


@router.post("/inspections/{inspection_id}/signatures", response_model=SignatureRead, status_code=201,
             responses=errors(401, 403, 404, 409))
async def record_signature(inspection_id: PathId, body: SignatureCreate, principal: CurrentUser):
    """在检查文书上签字:先以 POST /uploads 上传手写签名图片(PNG),再提交签名信息;或记录拒签(须填写见证人)。
    stage=inspection 用于提交检查后(现场检查记录、整改通知书),stage=review 用于复查后(复查意见书)。
    每一方每个阶段只能签一次。"""
    return SignatureRead.model_validate(await records_service.record_signature(principal, inspection_id, body))


@router.get("/inspections/{inspection_id}/signatures", response_model=list[SignatureRead],
            responses=errors(401, 404))
async def list_signatures(inspection_id: PathId, principal: CurrentUser):
    """该检查文书上的签字和拒签记录。"""
    return [SignatureRead.model_validate(s) for s in await records_service.list_signatures(principal, inspection_id)]


@router.get("/inspections/{inspection_id}/documents", response_model=list[DocumentRead], responses=errors(401, 404))
async def list_documents(inspection_id: PathId, principal: CurrentUser, settings: SettingsDep):
    """该检查的三种文书:是否可出具、下载地址,以及已打印文书的文号和核验地址(查询本身不生成文号)。"""
    entries = await records_service.list_documents(principal, inspection_id, settings)
    return [DocumentRead.model_validate(e) for e in entries]


@router.get("/inspections/{inspection_id}/record.pdf", response_class=Response,
            responses={**_PDF, **errors(401, 404, 409)})
async def record_pdf(inspection_id: PathId, principal: CurrentUser, settings: SettingsDep) -> Response:
    """安全生产现场检查记录(PDF):企业、场所、时间、检查人员、每一项检查结果、发现的问题及照片、双方签字、核验二维码。
    首次打印时编号(如 金雁安检〔2026〕第0082号),此后不变。"""
    return _pdf(await records_service.print_document(principal, inspection_id, DocumentKind.RECORD, settings))


@router.get("/inspections/{inspection_id}/rectification-notice.pdf", response_class=Response,
            responses={**_PDF, **errors(401, 404, 409)})
async def rectification_notice_pdf(inspection_id: PathId, principal: CurrentUser, settings: SettingsDep) -> Response:
    """事故隐患整改通知书(PDF):每条隐患的描述、依据、等级、整改期限,重大隐患的治理方案要求;未发现隐患时 404。"""
    return _pdf(await records_service.print_document(principal, inspection_id, DocumentKind.NOTICE, settings))


@router.get("/inspections/{inspection_id}/review.pdf", response_class=Response,
            responses={**_PDF, **errors(401, 404, 409)})
async def review_pdf(inspection_id: PathId, principal: CurrentUser, settings: SettingsDep) -> Response:
    """整改复查意见书(PDF):每条隐患的整改情况、整改前后照片对比、复查意见;尚无复查过的隐患时 404。"""
    return _pdf(await records_service.print_document(principal, inspection_id, DocumentKind.REVIEW, settings))


def _enterprise_ids(raw: str | None) -> list[int] | None:
    if raw is None:
        return None
    try:
        ids = [int(part) for part in raw.split(",") if part.strip()]
    except ValueError:
        ids = []
    if not ids or len(ids) > records_service.POSTERS_MAX or any(not 1 <= i <= 2**31 - 1 for i in ids):
        raise InvalidInput("enterprise_ids 应为以逗号分隔的企业编号", code="POSTERS_TARGET_INVALID",
                           detail=[{"field": "enterprise_ids"}])
    return ids


@router.get("/posters.pdf", response_class=Response, responses={**_PDF, **errors(401, 403, 404, 422)})
async def posters_pdf(principal: CurrentUser, settings: SettingsDep, region_id: QueryId = None,
                      enterprise_ids: Annotated[str | None, Query(max_length=2200, description="如 1,2,3")] = None
                      ) -> Response:
    """批量打印企业身份码张贴海报:指定区域(其下全部正常营业的企业)或企业编号,每张 A4 两份 A5 海报。"""
    data = await records_service.print_posters(principal, settings, region_id, _enterprise_ids(enterprise_ids))
    name = f"身份码海报-{clock.now():%Y%m%d}.pdf"
    return Response(data, media_type="application/pdf",
                    headers={"Content-Disposition": f"inline; filename=\"posters.pdf\"; filename*=UTF-8''{quote(name)}",
                             "Cache-Control": "private, no-store"})


# -- the public page --

_PAGE = """<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>{title}</title>
<style>body{{font-family:sans-serif;margin:2em auto;max-width:32em;padding:0 1em;color:#222}}
dt{{color:#666;margin-top:.6em}}dd{{margin:0;font-size:1.1em;word-break:break-all}}code{{font-size:.85em}}
.ok{{color:#1a7f37}}.bad{{color:#c62828}}</style>
</head><body>{body}<p style="color:#888">文书核验 · 金雁安全云</p></body></html>"""
_PAGE_HEADERS = {"Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
                 "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY",
                 "Cache-Control": "no-cache"}


@page_router.get("/verify/{code}", response_class=HTMLResponse)
async def verify_page(code: str, request: Request, ip: ClientIp) -> HTMLResponse:
    """What a printed copy's QR code opens: the document's number, enterprise, date and digest, for anyone."""
    try:
        await limiter_of(request).check(SCAN, None, ip)
        found = await records_service.verification(code)
    except DomainError as exc:
        limited = isinstance(exc, RateLimited)
        body = f"<h1 class=bad>{escape('请稍后再试' if limited else '未找到该文书')}</h1><p>{escape(exc.message)}</p>"
        return HTMLResponse(_PAGE.format(title="文书核验", body=body), status_code=status_of(exc),
                            headers=_PAGE_HEADERS | ({"Retry-After": str(exc.retry_after)} if limited else {}))
    document = found.document
    digests = "".join(f"<dd><code>{escape(r.sha256)}</code><br><small>{clock.aware(r.rendered_at):%Y-%m-%d %H:%M} 生成"
                      f"{'(最新版本)' if i == 0 else ''}</small></dd>" for i, r in enumerate(found.renditions))
    issued = clock.aware(document.issued_at)
    body = (f"<h1 class=ok>文书真实有效</h1><dl><dt>文书</dt><dd>{escape(found.title)}</dd>"
            f"<dt>文号</dt><dd>{escape(document.number)}</dd><dt>被检查单位</dt><dd>{escape(document.enterprise_name)}</dd>"
            f"<dt>出具单位</dt><dd>{escape(document.issuing_body)}</dd>"
            f"<dt>出具日期</dt><dd>{issued.year}年{issued.month}月{issued.day}日</dd>"
            f"<dt>PDF 文件 SHA-256</dt>{digests or '<dd>—</dd>'}</dl>"
            "<p>请核对纸质文书上的文号、单位和日期与本页一致;电子文件可计算 SHA-256 与上列摘要比对。</p>")
    return HTMLResponse(_PAGE.format(title=f"文书核验 {escape(document.number)}", body=body), headers=_PAGE_HEADERS)
