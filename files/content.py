"""What an upload really is, decided by its bytes, and the cleaned copy we keep: images are decoded and
re-encoded (which drops anything hidden after or inside them), EXIF keeps only orientation and capture time,
an embedded colour profile is applied to the pixels (to sRGB) and not kept, and every image gets a thumbnail. Pure: Pillow and the standard library, no database, no web framework."""

import io
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from PIL import Image, ImageCms, ImageOps

from core.errors import DomainError, InvalidInput, PayloadTooLarge, UnsupportedMediaType

SHANGHAI = ZoneInfo("Asia/Shanghai")
THUMBNAIL_SIDE = 320
THUMBNAIL_MEDIA_TYPE = "image/jpeg"
JPEG_QUALITY = 90
# Pillow's own guard (process-wide): it warns above this many pixels and raises above twice as many.
# `clean_image` refuses anything above the configured limit before decoding, so the warning range is refused too.
Image.MAX_IMAGE_PIXELS = 50_000_000

_ORIENTATION = 0x0112
_EXIF_IFD = 0x8769
_DATETIME_ORIGINAL = 0x9003
_PDF_EOF_WINDOW = 1024


class UploadKind(StrEnum):
    IMAGE = "image"
    PDF = "pdf"


@dataclass(frozen=True)
class _Format:
    pillow: str
    media_type: str
    save_options: dict


_FORMATS = {
    "JPEG": _Format("JPEG", "image/jpeg", {"quality": JPEG_QUALITY, "optimize": True}),
    "PNG": _Format("PNG", "image/png", {"optimize": True}),
    "WEBP": _Format("WEBP", "image/webp", {"quality": JPEG_QUALITY}),
}


@dataclass(frozen=True)
class CleanFile:
    kind: UploadKind
    media_type: str
    data: bytes
    width: int | None = None
    height: int | None = None
    captured_at: datetime | None = None
    thumbnail: bytes | None = None


def sniff(data: bytes) -> str | None:
    """The format named by the leading bytes ("JPEG", "PNG", "WEBP", "PDF"), never by the file name."""
    if data.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WEBP"
    if data.startswith(b"%PDF-"):
        return "PDF"
    return None


def clean(data: bytes, max_pixels: int) -> CleanFile:
    """Accept JPEG, PNG, WebP and PDF by content. Anything else is 415, a damaged file 422, too many pixels 413."""
    found = sniff(data)
    if found is None:
        raise UnsupportedMediaType("只能上传 JPEG、PNG、WebP 图片或 PDF 文件", code="UPLOAD_TYPE_UNSUPPORTED")
    if found == "PDF":
        return clean_pdf(data)
    return clean_image(data, _FORMATS[found], max_pixels)


def clean_pdf(data: bytes) -> CleanFile:
    """A PDF must end with %%EOF (a truncated transfer does not). It is kept byte for byte."""
    if b"%%EOF" not in data[-_PDF_EOF_WINDOW:]:
        raise InvalidInput("PDF 文件不完整或已损坏", code="UPLOAD_CORRUPTED")
    return CleanFile(kind=UploadKind.PDF, media_type="application/pdf", data=data)


def _too_many_pixels(max_pixels: int) -> PayloadTooLarge:
    return PayloadTooLarge(f"图片像素过多(上限 {max_pixels // 10_000} 万像素),请缩小后再上传",
                           code="UPLOAD_TOO_MANY_PIXELS", detail={"max_pixels": max_pixels})


def clean_image(data: bytes, fmt: _Format, max_pixels: int) -> CleanFile:
    try:
        image = Image.open(io.BytesIO(data), formats=[fmt.pillow])
        # Checked on the header, before any pixel is decoded: a 1 KB file can claim 400 million pixels.
        if image.width * image.height > max_pixels:
            raise _too_many_pixels(max_pixels)
        image.load()
        return _reencode(image, fmt)
    except DomainError:
        raise
    except Image.DecompressionBombError as exc:
        raise _too_many_pixels(max_pixels) from exc
    except Exception as exc:
        # Hostile bytes make decoders fail in many ways (OSError, SyntaxError, struct.error ...): all are bad input.
        raise InvalidInput("图片已损坏或不完整,无法识别", code="UPLOAD_CORRUPTED") from exc


_SRGB = ImageCms.createProfile("sRGB")


def _in_srgb(image: Image.Image) -> Image.Image:
    """The pixels as the embedded ICC profile means them, converted to sRGB, so the profile need not be kept: a
    profile is a free-form blob an uploader controls (950 bytes of payload survived verbatim). An unreadable profile,
    or one for a mode we do not convert, is dropped and the pixels kept as they are."""
    icc = image.info.get("icc_profile")
    if not icc or image.mode not in ("RGB", "RGBA"):
        return image
    try:
        return ImageCms.profileToProfile(image, ImageCms.ImageCmsProfile(io.BytesIO(icc)), _SRGB,
                                         outputMode=image.mode)
    except (ImageCms.PyCMSError, OSError, ValueError):
        return image


def _reencode(image: Image.Image, fmt: _Format) -> CleanFile:
    kept = _kept_exif(image.getexif())
    # Re-encoding from pixels drops GPS, camera make, XMP, comments, colour profiles and anything appended.
    image = _in_srgb(image)
    image.info = {}
    options = dict(fmt.save_options)
    if len(kept) or kept.get_ifd(_EXIF_IFD):
        options["exif"] = kept.tobytes()
    out = io.BytesIO()
    image.save(out, fmt.pillow, **options)

    upright = ImageOps.exif_transpose(image) if _ORIENTATION in kept else image
    return CleanFile(kind=UploadKind.IMAGE, media_type=fmt.media_type, data=out.getvalue(),
                     width=upright.width, height=upright.height, captured_at=_captured_at(kept),
                     thumbnail=_thumbnail(upright))


def _kept_exif(source: Image.Exif) -> Image.Exif:
    kept = Image.Exif()
    if (orientation := source.get(_ORIENTATION)) in range(1, 9):
        kept[_ORIENTATION] = orientation
    taken = source.get_ifd(_EXIF_IFD).get(_DATETIME_ORIGINAL)
    if isinstance(taken, str) and _parse_exif_time(taken):
        kept.get_ifd(_EXIF_IFD)[_DATETIME_ORIGINAL] = taken
    return kept


def _parse_exif_time(value: str) -> datetime | None:
    """EXIF writes the camera's wall time without a zone, and the street's phones are on Beijing time."""
    try:
        return datetime.strptime(value.strip("\x00 "), "%Y:%m:%d %H:%M:%S").replace(tzinfo=SHANGHAI)
    except ValueError:
        return None


def _captured_at(kept: Image.Exif) -> datetime | None:
    taken = kept.get_ifd(_EXIF_IFD).get(_DATETIME_ORIGINAL)
    return _parse_exif_time(taken) if taken else None


def _thumbnail(image: Image.Image) -> bytes:
    """Upright, at most THUMBNAIL_SIDE on the longest side, JPEG without metadata, transparency on white."""
    small = image.copy()
    small.thumbnail((THUMBNAIL_SIDE, THUMBNAIL_SIDE), Image.Resampling.LANCZOS)
    if small.mode in ("RGBA", "LA") or (small.mode == "P" and "transparency" in small.info):
        small = small.convert("RGBA")
        background = Image.new("RGB", small.size, "white")
        background.paste(small, mask=small.getchannel("A"))
        small = background
    elif small.mode != "RGB":
        small = small.convert("RGB")
    out = io.BytesIO()
    small.save(out, "JPEG", quality=80, optimize=True)
    return out.getvalue()
