"""Judging an upload by its bytes and cleaning it, with real files decoded back by Pillow (no database)."""

import io
from datetime import datetime

import pytest
from PIL import Image

from core.errors import InvalidInput, PayloadTooLarge, UnsupportedMediaType
from files import content
from files.content import UploadKind
from tests.files import samples
from tests.files.samples import DATETIME_ORIGINAL, EXIF_IFD, GPS_IFD, ORIENTATION

LIMIT = 50_000_000


def decode(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


class TestPhotoExif:
    def test_only_orientation_and_capture_time_survive(self):
        cleaned = content.clean(samples.phone_photo(), LIMIT)
        stored = decode(cleaned.data)
        exif = stored.getexif()
        assert stored.format == "JPEG" and cleaned.media_type == "image/jpeg"
        assert {tag for tag in exif if tag != EXIF_IFD} == {ORIENTATION}
        assert exif[ORIENTATION] == 6
        assert dict(exif.get_ifd(EXIF_IFD)) == {DATETIME_ORIGINAL: "2026:11:20 09:15:00"}
        assert dict(exif.get_ifd(GPS_IFD)) == {}
        assert "xmp" not in stored.info and b"GPSLatitude" not in cleaned.data and b"Xiaomi" not in cleaned.data

    def test_capture_time_is_beijing_time_and_size_is_as_displayed(self):
        cleaned = content.clean(samples.phone_photo((640, 480), orientation=6), LIMIT)
        assert cleaned.captured_at == datetime.fromisoformat("2026-11-20T09:15:00+08:00")
        # Orientation 6 is a portrait shot stored sideways: shown 480 wide, 640 high.
        assert (cleaned.width, cleaned.height) == (480, 640)
        assert decode(cleaned.data).size == (640, 480)

    def test_a_nonsense_capture_time_is_dropped(self):
        cleaned = content.clean(samples.phone_photo(taken="yesterday"), LIMIT)
        assert cleaned.captured_at is None
        assert dict(decode(cleaned.data).getexif().get_ifd(EXIF_IFD)) == {}

    def test_bytes_appended_after_the_image_are_not_kept(self):
        polyglot = samples.phone_photo() + b"PK\x03\x04 hidden zip payload"
        assert b"hidden zip payload" not in content.clean(polyglot, LIMIT).data


class TestThumbnail:
    def test_upright_jpeg_at_most_320_on_the_longest_side(self):
        thumb = decode(content.clean(samples.phone_photo((640, 480), orientation=6), LIMIT).thumbnail)
        assert thumb.format == "JPEG" and thumb.size == (240, 320)
        assert dict(thumb.getexif()) == {}

    def test_transparent_png_thumbnail_is_flattened(self):
        cleaned = content.clean(samples.png((300, 200)), LIMIT)
        assert cleaned.media_type == "image/png" and decode(cleaned.data).mode == "RGBA"
        thumb = decode(cleaned.thumbnail)
        assert thumb.mode == "RGB" and max(thumb.size) <= 320


@pytest.mark.parametrize(("data", "media_type", "kind", "size"), [
    (samples.png((300, 200)), "image/png", UploadKind.IMAGE, (300, 200)),
    (samples.webp((400, 300)), "image/webp", UploadKind.IMAGE, (400, 300)),
    (samples.pdf(), "application/pdf", UploadKind.PDF, (None, None)),
])
def test_accepted_formats_keep_their_format(data, media_type, kind, size):
    cleaned = content.clean(data, LIMIT)
    assert (cleaned.media_type, cleaned.kind, (cleaned.width, cleaned.height)) == (media_type, kind, size)
    if kind is UploadKind.PDF:
        assert cleaned.data == data and cleaned.thumbnail is None
    else:
        assert decode(cleaned.data).format == media_type.split("/")[1].upper()


@pytest.mark.parametrize(("data", "error", "code"), [
    (samples.text_named_like_a_jpeg(), UnsupportedMediaType, "UPLOAD_TYPE_UNSUPPORTED"),
    (b"GIF89a" + bytes(100), UnsupportedMediaType, "UPLOAD_TYPE_UNSUPPORTED"),
    (b"", UnsupportedMediaType, "UPLOAD_TYPE_UNSUPPORTED"),
    (samples.png_header_then_garbage(), InvalidInput, "UPLOAD_CORRUPTED"),
    (samples.phone_photo()[:2000], InvalidInput, "UPLOAD_CORRUPTED"),
    (samples.pdf()[:-200], InvalidInput, "UPLOAD_CORRUPTED"),
    (b"RIFF\x00\x00\x00\x00WEBPVP8 garbage", InvalidInput, "UPLOAD_CORRUPTED"),
], ids=["text", "gif", "empty", "png-garbage", "truncated-jpeg", "truncated-pdf", "webp-garbage"])
def test_what_is_refused(data, error, code):
    with pytest.raises(error) as raised:
        content.clean(data, LIMIT)
    assert raised.value.code == code


class TestDecompressionBomb:
    def test_pillow_guard_refuses_a_400_megapixel_png(self):
        assert len(samples.png_bomb()) < 100_000
        with pytest.raises(PayloadTooLarge) as raised:
            content.clean(samples.png_bomb(), LIMIT)
        assert raised.value.code == "UPLOAD_TOO_MANY_PIXELS"

    def test_the_configured_limit_applies_before_decoding(self):
        # 1200 x 1000 is below Pillow's own threshold (the warning range included) but above this limit.
        with pytest.raises(PayloadTooLarge) as raised:
            content.clean(samples.png((1200, 1000)), 1_000_000)
        assert raised.value.code == "UPLOAD_TOO_MANY_PIXELS"
        assert content.clean(samples.png((1000, 1000)), 1_000_000).width == 1000


def _encoded(mode: str, fmt: str, **options) -> bytes:
    out = io.BytesIO()
    Image.new(mode, (50, 40)).save(out, fmt, **options)
    return out.getvalue()


@pytest.mark.parametrize(("mode", "fmt", "options"), [
    ("I;16", "PNG", {}), ("LA", "PNG", {}), ("P", "PNG", {"transparency": 0}), ("1", "PNG", {}),
    ("L", "JPEG", {}), ("CMYK", "JPEG", {}), ("RGBA", "WEBP", {}), ("RGB", "WEBP", {"lossless": True}),
])
def test_every_common_pixel_mode_is_kept_and_gets_an_rgb_thumbnail(mode, fmt, options):
    cleaned = content.clean(_encoded(mode, fmt, **options), LIMIT)
    assert decode(cleaned.data).format == fmt and decode(cleaned.data).size == (50, 40)
    assert decode(cleaned.thumbnail).mode == "RGB"


def test_an_image_without_kept_tags_is_stored_without_exif():
    assert "exif" not in decode(content.clean(samples.png(), LIMIT).data).info


MARKER = b"JINYAN-ICC-PAYLOAD-"


def _icc_with_payload() -> bytes:
    """A real sRGB profile with 950 bytes of someone's data after it, as an uploader can embed."""
    from PIL import ImageCms

    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes() + (MARKER * 50)[:950]


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP"])
def test_an_embedded_colour_profile_is_applied_and_not_kept(fmt):
    out = io.BytesIO()
    samples.gradient((120, 80)).save(out, fmt, icc_profile=_icc_with_payload())
    assert MARKER in Image.open(io.BytesIO(out.getvalue())).info["icc_profile"]  # PNG stores it deflated
    cleaned = content.clean(out.getvalue(), max_pixels=10_000_000)
    assert MARKER not in cleaned.data
    decoded = Image.open(io.BytesIO(cleaned.data))
    assert "icc_profile" not in decoded.info and decoded.size == (120, 80)


def test_an_unreadable_colour_profile_is_dropped():
    out = io.BytesIO()
    samples.gradient((60, 40)).save(out, "PNG", icc_profile=MARKER * 20)
    cleaned = content.clean(out.getvalue(), max_pixels=10_000_000)
    assert MARKER not in cleaned.data and "icc_profile" not in Image.open(io.BytesIO(cleaned.data)).info
