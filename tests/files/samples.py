"""Real files made with Pillow, for the upload tests."""

import io
from functools import cache

from PIL import Image

ORIENTATION, MAKE, MODEL, EXIF_IFD, GPS_IFD, DATETIME_ORIGINAL = 0x0112, 0x010F, 0x0110, 0x8769, 0x8825, 0x9003
XMP_WITH_GPS = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-'
                b'ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="37,27.6N"/>'
                b'</rdf:RDF></x:xmpmeta>')


def _save(image: Image.Image, fmt: str, **options) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


def gradient(size=(640, 480), mode="RGB") -> Image.Image:
    """Not a flat colour, so re-encoding and thumbnails have something to work on."""
    image = Image.linear_gradient("L").resize(size)
    return Image.merge("RGB", (image, image.transpose(Image.Transpose.FLIP_LEFT_RIGHT), image)).convert(mode)


def phone_photo(size=(640, 480), orientation=6, taken="2026:11:20 09:15:00") -> bytes:
    """A JPEG as a phone writes it: camera make and model, GPS position, orientation, capture time, XMP."""
    exif = Image.Exif()
    exif[MAKE], exif[MODEL], exif[ORIENTATION] = "Xiaomi", "Redmi Note 12", orientation
    exif.get_ifd(EXIF_IFD)[DATETIME_ORIGINAL] = taken
    gps = exif.get_ifd(GPS_IFD)
    gps[1], gps[2], gps[3], gps[4] = "N", (37.0, 27.0, 36.0), "E", (121.0, 26.0, 24.0)
    return _save(gradient(size), "JPEG", exif=exif.tobytes(), xmp=XMP_WITH_GPS, quality=95)


def png(size=(300, 200)) -> bytes:
    return _save(gradient(size, "RGBA"), "PNG")


def webp(size=(400, 300)) -> bytes:
    return _save(gradient(size), "WEBP", quality=80)


def pdf() -> bytes:
    return _save(gradient((200, 100)), "PDF")


def png_header_then_garbage() -> bytes:
    return png()[:40] + bytes(range(256)) * 8


def text_named_like_a_jpeg() -> bytes:
    return "这不是图片,只是一段文字。\n".encode() * 20


@cache
def png_bomb() -> bytes:
    """A 20000 x 20000 (400 million pixel) 1-bit PNG that compresses to about 50 KB."""
    return _save(Image.new("1", (20000, 20000)), "PNG")
