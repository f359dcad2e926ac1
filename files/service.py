"""Uploads: accept a file, keep a cleaned copy by content hash, and decide who may read it."""

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from blobs.factory import storage_for
from blobs.keys import BlobStorage, content_key
from core import access, audit, clock
from core.errors import NotFound, PayloadTooLarge, UnsupportedMediaType
from core.settings import Settings
from core.identity import Principal
from files import content
from files.models import Upload, UploadGrant

_NAME_LIMIT = 200
_decode_slots = asyncio.Semaphore(2)


def too_large(settings: Settings) -> PayloadTooLarge:
    limit_mb = settings.upload_max_bytes / 1024 / 1024
    return PayloadTooLarge(f"文件不能超过 {limit_mb:g} MB", code="UPLOAD_TOO_LARGE",
                           detail={"max_bytes": settings.upload_max_bytes})


def snapshot(upload: Upload) -> dict:
    return {"sha256": upload.sha256, "size": upload.size, "media_type": upload.media_type, "kind": upload.kind,
            "width": upload.width, "height": upload.height, "original_name": upload.original_name,
            "enterprise_id": upload.enterprise_id, "captured_at": upload.captured_at}


@dataclass(frozen=True)
class StoredUpload:
    upload: Upload
    # False when the same person had already uploaded these bytes: their earlier row is returned.
    created: bool


async def store_upload(principal: Principal, filename: str | None, content_type: str | None,
                       data: bytes, settings: Settings) -> StoredUpload:
    """Any logged-in user may upload an image (JPEG, PNG, WebP) or a PDF, judged by its bytes, never by its name
    or declared type (`content_type` is ignored on purpose). Images lose all EXIF but orientation and capture
    time and get a thumbnail. The blob is written before the row, so a crash leaves at most an unreferenced blob,
    never a row without its bytes. The same person sending the same bytes again gets their earlier upload back."""
    if len(data) > settings.upload_max_bytes:
        raise too_large(settings)
    # Decoding is CPU work and a large image takes about twice its decoded size (50 MP: ~300 MB): off the event
    # loop, and a few at a time per process.
    async with _decode_slots:
        clean = await asyncio.to_thread(content.clean, data, settings.upload_max_pixels)
    sha256 = content_key(clean.data)
    if existing := await Upload.filter(uploaded_by_id=principal.user_id, sha256=sha256).first():
        return StoredUpload(existing, created=False)

    storage = storage_for(settings)
    thumbnail_key = content_key(clean.thumbnail) if clean.thumbnail else None
    await asyncio.to_thread(_put_blobs, storage, [(sha256, clean.data), (thumbnail_key, clean.thumbnail)])
    try:
        async with in_transaction():
            upload = await Upload.create(
                sha256=sha256, size=len(clean.data), media_type=clean.media_type, kind=clean.kind,
                width=clean.width, height=clean.height, storage_key=sha256, thumbnail_key=thumbnail_key,
                thumbnail_size=len(clean.thumbnail) if clean.thumbnail else None,
                original_name=_display_name(filename), captured_at=clean.captured_at,
                uploaded_by_id=principal.user_id, enterprise_id=principal.enterprise_id, created_at=clock.now())
            await audit.record(principal.actor, "upload.created", "upload", upload.id, after=snapshot(upload))
    except IntegrityError:
        # The same person's concurrent retry won the race on (uploaded_by, sha256): theirs is the upload.
        existing = await Upload.filter(uploaded_by_id=principal.user_id, sha256=sha256).first()
        if existing is None:
            raise
        return StoredUpload(existing, created=False)
    return StoredUpload(upload, created=True)


async def clean_photo(data: bytes, settings: Settings) -> content.CleanFile:
    """An image judged and cleaned as an upload is (by its bytes; EXIF dropped but orientation and capture time),
    for a domain that keeps the bytes without an upload row: a public report's photo, whose reporter may have no
    account. A PDF is refused here: only photos."""
    if len(data) > settings.upload_max_bytes:
        raise too_large(settings)
    async with _decode_slots:
        clean = await asyncio.to_thread(content.clean, data, settings.upload_max_pixels)
    if clean.kind != content.UploadKind.IMAGE:
        raise UnsupportedMediaType("只能上传 JPEG、PNG 或 WebP 照片", code="PHOTO_TYPE_UNSUPPORTED")
    return clean


async def put_blob(settings: Settings, data: bytes) -> str:
    """Store bytes in blob storage under their sha256 (returned), off the event loop."""
    key = content_key(data)
    await asyncio.to_thread(_put_blobs, storage_for(settings), [(key, data)])
    return key


def blob_of(settings: Settings, key: str, media_type: str, size: int) -> "Blob":
    """A stored blob to serve, for a caller that has already decided who may see it (a public report's photo is
    read through the report's policy, docs/decisions/084)."""
    return Blob(media_type, key, size, storage_for(settings), key)


def _put_blobs(storage: BlobStorage, blobs: list[tuple[str | None, bytes | None]]) -> None:
    for key, data in blobs:
        if key and data is not None:
            storage.put(key, data)


def _display_name(filename: str | None) -> str:
    """Kept only to show the user what they sent: no directories, no control characters."""
    name = (filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    return "".join(ch for ch in name if ch.isprintable())[:_NAME_LIMIT]


# -- reading --

def may_read(principal: Principal, upload: Upload, covering_path: str | None, granted: bool = False) -> bool:
    """Who sees an upload: the uploader, the users of the uploader's enterprise or of an enterprise it was
    `granted` to, and staff whose scope covers `covering_path`, the region of that enterprise (for files sent by
    staff: the uploader's own region, i.e. their colleagues; None for a public user's file or the system admin's:
    only staff who see the whole system). The rule is `core/access.py` `may_see_file`."""
    return access.may_see_file(principal, upload.uploaded_by_id, upload.enterprise_id, covering_path, granted)


async def _covering_path(upload: Upload) -> str | None:
    """The region path `may_read` checks staff against, read through the upload's own foreign keys (a read of
    another domain's rows, so files imports no enterprise code): its enterprise's region, else its uploader's."""
    relation = "enterprise__region__path" if upload.enterprise_id is not None else "uploaded_by__region__path"
    return await Upload.filter(id=upload.id).first().values_list(relation, flat=True)


async def share_with_enterprise(upload_ids: list[int], enterprise_id: int) -> int:
    """Evidence about an enterprise (an inspector's photos of its hazards) becomes readable by that enterprise's
    users and the staff who cover it. Files already tied to an enterprise keep it. Runs in the caller's transaction."""
    if not upload_ids:
        return 0
    return await Upload.filter(id__in=upload_ids, enterprise_id__isnull=True).update(enterprise_id=enterprise_id)


async def grant_to_enterprises(upload_id: int, enterprise_ids: list[int]) -> None:
    """Enterprises that may read an upload they neither sent nor are tied to (a notice's attachment, to its
    recipients). Runs in the caller's transaction; granting twice is harmless."""
    await UploadGrant.bulk_create([UploadGrant(upload_id=upload_id, enterprise_id=eid) for eid in enterprise_ids],
                                  ignore_conflicts=True)


async def _granted(principal: Principal, upload: Upload) -> bool:
    if principal.enterprise_id is None or upload.enterprise_id == principal.enterprise_id:
        return False
    return await UploadGrant.exists(upload_id=upload.id, enterprise_id=principal.enterprise_id)


@dataclass(frozen=True)
class Blob:
    media_type: str
    # The content hash: the bytes behind an id never change, so it is a strong validator.
    etag: str
    size: int
    storage: BlobStorage
    key: str
    filename: str = ""

    def chunks(self) -> Iterator[bytes]:
        return self.storage.stream(self.key)


async def get_readable_upload(principal: Principal, upload_id: int) -> Upload:
    """The upload if the caller may read it; otherwise 404, so its existence is not revealed."""
    upload = await Upload.filter(id=upload_id).first()
    if upload is None:
        raise NotFound("文件不存在", code="UPLOAD_NOT_FOUND")
    covering_path = await _covering_path(upload) if principal.is_staff else None
    if not may_read(principal, upload, covering_path, await _granted(principal, upload)):
        raise NotFound("文件不存在", code="UPLOAD_NOT_FOUND")
    return upload


async def unreadable_uploads(principal: Principal, upload_ids: list[int]) -> list[int]:
    """The ids among `upload_ids` that do not exist or that the caller may not read, in one query whatever their
    number (a checklist submitted in one request names every photo at once)."""
    wanted = list(dict.fromkeys(upload_ids))
    if not wanted:
        return []
    rows = await Upload.filter(id__in=wanted).values("id", "uploaded_by_id", "enterprise_id",
                                                     "enterprise__region__path", "uploaded_by__region__path")
    readable = {row["id"] for row in rows if access.may_see_file(
        principal, row["uploaded_by_id"], row["enterprise_id"],
        row["enterprise__region__path"] if row["enterprise_id"] is not None else row["uploaded_by__region__path"])}
    return [i for i in wanted if i not in readable]


async def open_upload(principal: Principal, upload_id: int, settings: Settings, *, thumbnail: bool = False) -> Blob:
    """Where the file's bytes (or its thumbnail's) are, with what a cache needs to validate them."""
    upload = await get_readable_upload(principal, upload_id)
    storage = storage_for(settings)
    if thumbnail:
        if upload.thumbnail_key is None:
            raise NotFound("该文件没有缩略图", code="THUMBNAIL_NOT_FOUND")
        return Blob(content.THUMBNAIL_MEDIA_TYPE, upload.thumbnail_key, upload.thumbnail_size or 0, storage,
                    upload.thumbnail_key)
    return Blob(upload.media_type, upload.sha256, upload.size, storage, upload.storage_key, upload.original_name)


async def image_bytes(upload_ids: list[int], settings: Settings) -> dict[int, bytes]:
    """The stored bytes of the images among `upload_ids`, by id (missing, non-image or lost blobs are left out).
    For a caller that has already decided who may see them: a printed record embeds the photos of the inspection
    it prints, read through that inspection's policy."""
    wanted = list(dict.fromkeys(upload_ids))
    if not wanted:
        return {}
    rows = await Upload.filter(id__in=wanted, kind=content.UploadKind.IMAGE).values("id", "storage_key")
    storage = storage_for(settings)

    def read() -> dict[int, bytes]:
        found = {}
        for row in rows:
            try:
                found[row["id"]] = storage.get(row["storage_key"])
            except FileNotFoundError:
                continue
        return found

    return await asyncio.to_thread(read)
