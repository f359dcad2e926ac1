import asyncio
from dataclasses import dataclass
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import StreamingResponse
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.deps import CurrentUser, PathId, SettingsDep
from api.rate_limit import UploadRateLimit
from api.responses import errors
from core.errors import InvalidInput
from core.settings import Settings
from files import service as files_service
from files.schemas import UploadRead

router = APIRouter(tags=["文件"])

# Room for the multipart boundary and part headers around the file itself.
_MULTIPART_OVERHEAD = 16 * 1024
_CACHE_CONTROL = "private, max-age=31536000, immutable"

_MULTIPART_BODY = {"requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
    "type": "object", "required": ["file"],
    "properties": {"file": {"type": "string", "format": "binary",
                            "description": "JPEG、PNG、WebP 图片或 PDF,按内容识别"}}}}}}}
_FILE_CONTENT = {"content": {t: {"schema": {"type": "string", "format": "binary"}}
                             for t in ("image/jpeg", "image/png", "image/webp", "application/pdf")},
                 "description": "文件内容"}


@dataclass(frozen=True)
class ReceivedFile:
    filename: str | None
    content_type: str | None
    data: bytes


@dataclass(frozen=True)
class ReceivedForm:
    fields: dict[str, str]
    file: ReceivedFile | None


async def receive_form(request: Request, settings: Settings, file_field: str = "file") -> ReceivedForm:
    """A form body (multipart, or urlencoded when it carries no file), refused as soon as the body outgrows the upload
    limit: by its declared Content-Length before reading anything, and while streaming when the length is not
    declared or is a lie. Text fields come back as text; at most one file, named `file_field`."""
    limit = settings.upload_max_bytes + _MULTIPART_OVERHEAD
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise files_service.too_large(settings)
    received = 0

    async def receive_within_limit():
        nonlocal received
        message = await request.receive()
        received += len(message.get("body", b""))
        if received > limit:
            raise files_service.too_large(settings)
        return message

    try:
        form = await Request(request.scope, receive_within_limit).form(max_files=1, max_fields=10)
    except StarletteHTTPException as exc:
        # Starlette answers a malformed multipart body with its own 400; ours is a coded 422.
        raise InvalidInput("上传内容格式不正确,请用 multipart/form-data 提交", code="UPLOAD_MALFORMED") from exc
    try:
        fields = {name: value for name, value in form.items() if isinstance(value, str)}
        part = form.get(file_field)
        file = (ReceivedFile(part.filename, part.content_type, await part.read(settings.upload_max_bytes + 1))
                if isinstance(part, UploadFile) else None)
        return ReceivedForm(fields, file)
    finally:
        await form.close()


async def receive_file(request: Request, settings: Settings) -> ReceivedFile:
    """The `file` part of a multipart body, within the upload limit (receive_form)."""
    received = await receive_form(request, settings)
    if received.file is None:
        raise InvalidInput("缺少文件:请用 multipart/form-data 的 file 字段上传", code="UPLOAD_FILE_MISSING")
    return received.file


def _upload_read(request: Request, settings: Settings, upload) -> UploadRead:
    base = settings.public_base_url.rstrip("/")
    thumb = (base + request.app.url_path_for("read_upload_thumbnail", upload_id=upload.id)
             if upload.thumbnail_key else None)
    return UploadRead(id=upload.id, url=base + request.app.url_path_for("read_upload", upload_id=upload.id),
                      thumb_url=thumb, sha256=upload.sha256, size=upload.size, media_type=upload.media_type,
                      kind=upload.kind, width=upload.width, height=upload.height, captured_at=upload.captured_at)


@router.post("/uploads", response_model=UploadRead, status_code=201, openapi_extra=_MULTIPART_BODY,
             responses={200: {"model": UploadRead, "description": "同一用户已上传过相同内容,返回原记录"},
                        **errors(401, 413, 415, 429, 507)})
async def create_upload(request: Request, response: Response, principal: CurrentUser,
                        settings: SettingsDep, _: UploadRateLimit) -> UploadRead:
    """上传图片(JPEG/PNG/WebP)或 PDF。按文件内容识别类型;图片只保留拍摄方向和拍摄时间,并生成缩略图。"""
    received = await receive_file(request, settings)
    stored = await files_service.store_upload(principal, received.filename, received.content_type,
                                              received.data, settings)
    if not stored.created:
        response.status_code = 200
    return _upload_read(request, settings, stored.upload)


def _etag_matches(request: Request, etag: str) -> bool:
    header = request.headers.get("if-none-match", "")
    candidates = {tag.strip().removeprefix("W/").strip('"') for tag in header.split(",")}
    return "*" in candidates or etag in candidates


def _disposition(blob: files_service.Blob, inline: bool) -> str:
    """Images are shown in place; a PDF is downloaded unless the viewer asks for it inline: a file that starts like
    a PDF may carry anything after its header, and a browser tab is no place to find out what."""
    kind = "inline" if inline or blob.media_type != "application/pdf" else "attachment"
    return f"{kind}; filename*=UTF-8''{quote(blob.filename)}" if blob.filename else kind


async def serve_blob(request: Request, blob: files_service.Blob, inline: bool = False) -> Response:
    # sandbox: whatever a browser makes of the bytes runs with no script, no forms, no same-origin rights.
    headers = {"ETag": f'"{blob.etag}"', "Cache-Control": _CACHE_CONTROL, "X-Content-Type-Options": "nosniff",
               "Content-Security-Policy": "sandbox"}
    if _etag_matches(request, blob.etag):
        return Response(status_code=304, headers=headers)
    headers["Content-Length"] = str(blob.size)
    headers["Content-Disposition"] = _disposition(blob, inline)
    # Opening the blob blocks (a GET to the object store): off the event loop, and before the status is sent, so
    # a store outage is still a 503.
    chunks = await asyncio.to_thread(blob.chunks)
    return StreamingResponse(chunks, media_type=blob.media_type, headers=headers)


@router.get("/uploads/{upload_id}", response_class=Response, name="read_upload",
            responses={200: _FILE_CONTENT, 304: {"description": "未修改(If-None-Match 命中)"}, **errors(401, 404)})
async def read_upload(request: Request, upload_id: PathId, principal: CurrentUser, settings: SettingsDep,
                      inline: Annotated[bool, Query(description="PDF 也在页面内打开(默认作为附件下载)")] = False,
                      ) -> Response:
    """文件内容。上传者本人、同企业用户、辖区覆盖该企业的工作人员可见;其他人得到 404。"""
    return await serve_blob(request, await files_service.open_upload(principal, upload_id, settings), inline)


@router.get("/uploads/{upload_id}/thumb", response_class=Response, name="read_upload_thumbnail",
            responses={200: {"content": {"image/jpeg": {"schema": {"type": "string", "format": "binary"}}},
                             "description": "缩略图(JPEG,长边不超过 320 像素)"},
                       304: {"description": "未修改(If-None-Match 命中)"}, **errors(401, 404)})
async def read_upload_thumbnail(request: Request, upload_id: PathId, principal: CurrentUser,
                                settings: SettingsDep) -> Response:
    """图片的缩略图;PDF 没有缩略图(404)。可见范围同原文件。"""
    return await serve_blob(request, await files_service.open_upload(principal, upload_id, settings, thumbnail=True))
