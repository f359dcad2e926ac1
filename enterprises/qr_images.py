"""Identity-QR images: the bare code, the A5 door poster and the code in the enterprise's risk colour.

Renders are deterministic PNG bytes for their inputs, kept in an in-process LRU cache and named by `image_etag`, so a
route can answer If-None-Match without rendering. The CJK font ships inside the package (fonts/README.md): the output
does not depend on the fonts of the machine. Rendering is CPU-bound (tens of ms for a poster): call these from a thread
(`run_in_threadpool`) rather than directly on the event loop.
"""

import functools
import hashlib
import io
import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import qrcode
from PIL import Image, ImageDraw, ImageFont
from qrcode.constants import ERROR_CORRECT_Q

from core.identity import RiskColor

# Bump whenever any output changes (layout, colours, font), so cached images and ETags from before are not reused.
RENDER_VERSION = 2
FONT_PATH = Path(__file__).resolve().parent / "fonts" / "NotoSansSC-Bold-poster.otf"
# Q restores 25% of the codewords: a door code survives dirt, scratches and glare that would defeat M (15%).
ERROR_CORRECTION = ERROR_CORRECT_Q
QUIET_ZONE_MODULES = 4
CODE_MODULE_PX = 10

POSTER_DPI = 300
POSTER_SIZE = (1748, 2480)  # A5 portrait, 148 x 210 mm at 300 dpi
POSTER_MARGIN = 120  # 10 mm: nothing but the header band is drawn closer to the edge
POSTER_HEADER_HEIGHT = 400
POSTER_TITLE = "企业安全身份码"
POSTER_SUBTITLE = "金雁安全云 · 一企一码"
POSTER_INSTRUCTION = "微信扫一扫，查看企业安全信息"
POSTER_FOOTER = "请勿遮挡、涂改或撕毁本码"
# Boxes of the poster's lines, (top, height): tests look for the drawn text in them.
POSTER_CREDIT_CODE_BOX = (962, 64)
POSTER_ISSUER_BOX = (2262, 62)
POSTER_HOTLINE_BOX = (2326, 62)
MISSING_GLYPH = "□"

INK_LEVEL, GREY_LEVEL = 0x1A, 0x55
INK = (INK_LEVEL,) * 3
WHITE = (0xFF, 0xFF, 0xFF)
HEADER_BLUE = (0x0D, 0x47, 0xA1)  # blue, so the identity poster is never mistaken for a red risk code


@dataclass(frozen=True)
class RiskPalette:
    label: str
    frame: tuple[int, int, int]  # the band around the code and under it
    modules: tuple[int, int, int]  # dark enough (grey level < 100) for any decoder's threshold
    caption: tuple[int, int, int]  # text on the band


RISK_PALETTES = {
    "green": RiskPalette(RiskColor.GREEN.label, frame=(0x1E, 0x8E, 0x3E), modules=(0x0B, 0x5A, 0x24), caption=WHITE),
    # A yellow light enough to look yellow does not scan: the band carries the colour, the modules are dark ochre.
    "yellow": RiskPalette(RiskColor.YELLOW.label, frame=(0xF5, 0xC2, 0x00), modules=(0x6B, 0x4E, 0x00), caption=INK),
    "red": RiskPalette(RiskColor.RED.label, frame=(0xD3, 0x2F, 0x2F), modules=(0x9B, 0x0D, 0x0D), caption=WHITE),
}


def image_etag(kind: str, *parts: object) -> str:
    """A strong ETag (quoted, ready for the header) for the image `kind` rendered from `parts`."""
    payload = json.dumps([RENDER_VERSION, kind, *(str(part) for part in parts)], ensure_ascii=False)
    return '"' + hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32] + '"'


def etag_matches(if_none_match: str | None, etag: str) -> bool:
    """Does an If-None-Match header name `etag`? Weak comparison (RFC 9110 §13.1.2): lists, W/ and * count."""
    if not if_none_match:
        return False
    candidates = {candidate.strip().removeprefix("W/") for candidate in if_none_match.split(",")}
    return "*" in candidates or etag.removeprefix("W/") in candidates


@functools.lru_cache(maxsize=512)
def render_code_png(url: str) -> bytes:
    """The identity QR alone: black on white, error correction Q, a quiet zone of 4 modules, 10 px per module."""
    return _png(_qr_grey(url, CODE_MODULE_PX).convert("1", dither=Image.Dither.NONE))


@functools.lru_cache(maxsize=64)
def render_poster_png(url: str, enterprise_name: str, region_name: str, credit_code: str = "", issuing_body: str = "",
                      hotline: str = "") -> bytes:
    """The A5 door poster: title, enterprise name (wrapped or shrunk to fit), region and credit code, the code, how to
    scan it, and who issued it with the number to report to.

    Characters the shipped font cannot draw are printed as □ so a proof-reader sees them; validate names with
    `unsupported_characters` when they are entered.
    """
    # Drawn as two greyscale layers and stored as a 256-colour palette PNG: the poster has only white-on-blue and
    # grey-on-white tones, and encoding a palette image is 5x faster and half the size of RGB.
    width = POSTER_SIZE[0]
    centre = width // 2
    text_width = width - 2 * POSTER_MARGIN

    header = Image.new("L", (width, POSTER_HEADER_HEIGHT), 0)  # how white each header pixel is
    draw = ImageDraw.Draw(header)
    draw.text((centre, 90), POSTER_TITLE, font=_font(150), fill=255, anchor="ma")
    draw.text((centre, 290), POSTER_SUBTITLE, font=_font(56), fill=255, anchor="ma")

    body = Image.new("L", POSTER_SIZE, 255)
    draw = ImageDraw.Draw(body)
    name_font, name_lines = _fit_lines(_printable(enterprise_name), text_width, 380, (120, 108, 96, 84, 72, 64, 56, 48))
    name_top = 470 + (380 - _line_height(name_font) * len(name_lines)) // 2
    _draw_lines(draw, name_lines, name_font, centre, name_top, INK_LEVEL)

    region_font, region_lines = _fit_lines(f"所属网格：{_printable(region_name)}", text_width, 80, (64, 56, 48, 40))
    _draw_lines(draw, region_lines, region_font, centre, 880, GREY_LEVEL)
    if credit_code:
        _draw_fitted(draw, f"统一社会信用代码：{_printable(credit_code)}", centre, POSTER_CREDIT_CODE_BOX, text_width,
                     INK_LEVEL)

    code = _qr_grey(url, 1)
    module_px = 1040 // code.width
    code = code.resize((code.width * module_px,) * 2, Image.Resampling.NEAREST)
    code_top = 1040 + (1040 - code.height) // 2
    body.paste(code, (centre - code.width // 2, code_top))

    draw.text((centre, 2100), POSTER_INSTRUCTION, font=_font(80), fill=INK_LEVEL, anchor="ma")
    draw.line((POSTER_MARGIN, 2232, width - POSTER_MARGIN - 1, 2232), fill=GREY_LEVEL, width=3)
    if issuing_body:
        _draw_fitted(draw, f"发码单位：{_printable(issuing_body)}", centre, POSTER_ISSUER_BOX, text_width, INK_LEVEL)
    if hotline:
        _draw_fitted(draw, f"安全隐患举报电话：{_printable(hotline)}", centre, POSTER_HOTLINE_BOX, text_width,
                     INK_LEVEL)
    draw.text((centre, 2396), POSTER_FOOTER, font=_font(40), fill=GREY_LEVEL, anchor="ma")

    indices = body.point(_BODY_INDEX)
    indices.paste(header.point(_HEADER_INDEX), (0, 0))
    poster = Image.frombytes("P", POSTER_SIZE, indices.tobytes())
    poster.putpalette(_POSTER_PALETTE)
    return _png(poster, dpi=POSTER_DPI)


def _draw_fitted(draw: ImageDraw.ImageDraw, text: str, centre: int, box: tuple[int, int], width: int, fill) -> None:
    """One line in its (top, height) box, at the largest size that fits it."""
    top, height = box
    font, lines = _fit_lines(text, width, height, (48, 44, 40, 36, 32, 28))
    _draw_lines(draw, lines[:1], font, centre, top, fill)


# Palette indices 0-127: header blue blended towards white. 128-255: greys from black to white.
_HEADER_INDEX = [round(level * 127 / 255) for level in range(256)]
_BODY_INDEX = [128 + round(level * 127 / 255) for level in range(256)]
_POSTER_PALETTE = [
    *(round(blue + (white - blue) * step / 127) for step in range(128) for blue, white in zip(HEADER_BLUE, WHITE)),
    *(round(step * 255 / 127) for step in range(128) for _ in range(3)),
]


RISK_CAPTION_HEIGHT = 290  # colour, score band and date, then the enterprise's name and credit code


@functools.lru_cache(maxsize=512)
def render_risk_code_png(url: str, color: str, as_of: date, enterprise_name: str = "", credit_code: str = "",
                         band: str = "") -> bytes:
    """The identity QR in the enterprise's risk colour (绿码/黄码/红码) with its score band, the date the colour was
    assessed, and the enterprise's name and credit code, so a printed copy says whose it is.

    The quiet zone stays white and the modules dark, so the code scans in every colour; the colour shows in the band.
    """
    palette = RISK_PALETTES.get(str(color))
    if palette is None:
        raise ValueError(f"unknown risk colour {color!r}, expected one of {sorted(RISK_PALETTES)}")
    code = _qr_grey(url, CODE_MODULE_PX)
    frame = 40
    canvas = Image.new("RGB", (code.width + 2 * frame, code.height + 2 * frame + RISK_CAPTION_HEIGHT), palette.frame)
    canvas.paste(WHITE, (frame, frame, frame + code.width, frame + code.height))
    dark_modules = code.point(lambda level: 255 - level)
    canvas.paste(palette.modules, (frame, frame, frame + code.width, frame + code.height), dark_modules)

    draw = ImageDraw.Draw(canvas)
    centre, caption_top = canvas.width // 2, frame + code.height + frame // 2
    text_width = canvas.width - 2 * frame
    title = f"{palette.label} · {band}" if band else palette.label
    draw.text((centre, caption_top), title, font=_font(64), fill=palette.caption, anchor="ma")
    draw.text((centre, caption_top + 95), format_chinese_date(as_of), font=_font(40), fill=palette.caption, anchor="ma")
    if enterprise_name:
        _draw_fitted(draw, _printable(enterprise_name), centre, (caption_top + 155, 56), text_width, palette.caption)
    if credit_code:
        _draw_fitted(draw, f"统一社会信用代码 {_printable(credit_code)}", centre, (caption_top + 215, 44), text_width,
                     palette.caption)
    return _png(canvas)


def score_band(score: float, bands: dict) -> str:
    """The band a score falls in, as printed on the risk code ("85分及以上"), from the ruleset's band edges."""
    if score >= bands["green"]:
        return f"{bands['green']:g}分及以上"
    if score >= bands["yellow"]:
        return f"{bands['yellow']:g}至{bands['green']:g}分"
    return f"{bands['yellow']:g}分以下"


def format_chinese_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def unsupported_characters(text: str) -> str:
    """The distinct characters of `text` the poster font cannot draw (empty when all print), in order of appearance."""
    return "".join(dict.fromkeys(ch for ch in text if not _can_draw(ch)))


def _printable(text: str) -> str:
    return "".join(ch if _can_draw(ch) else MISSING_GLYPH for ch in " ".join(text.split()))


@functools.lru_cache(maxsize=4096)
def _can_draw(ch: str) -> bool:
    # FreeType draws a missing character as glyph 0 (.notdef): compare the bitmaps, as Pillow exposes no cmap.
    return ch.isspace() or bytes(_font(32).getmask(ch)) != _notdef_mask()


@functools.cache
def _notdef_mask() -> bytes:
    return bytes(_font(32).getmask("\U0010fffd"))  # a private-use code point no font maps


@functools.cache
def _font(size: int) -> ImageFont.FreeTypeFont:
    # One font object per size, loaded once per process. BASIC layout: no dependency on libraqm being present,
    # so the bytes are the same on every machine (Chinese needs no complex shaping).
    return ImageFont.truetype(str(FONT_PATH), size, layout_engine=ImageFont.Layout.BASIC)


def _qr_grey(url: str, module_px: int) -> Image.Image:
    """The code with its quiet zone as an "L" image, 0 for dark modules and 255 for light ones."""
    qr = qrcode.QRCode(error_correction=ERROR_CORRECTION, border=QUIET_ZONE_MODULES)
    qr.add_data(url)
    qr.make(fit=True)
    matrix = qr.get_matrix()
    size = len(matrix)
    # Building the bitmap from the matrix and scaling it is several times faster than qrcode's per-module drawing.
    small = Image.frombytes("L", (size, size), bytes(0 if dark else 255 for row in matrix for dark in row))
    return small.resize((size * module_px,) * 2, Image.Resampling.NEAREST) if module_px > 1 else small


_WORD_OR_CHARACTER = re.compile(r"[0-9A-Za-z][0-9A-Za-z&'.-]* *|.", re.DOTALL)
_NO_LINE_START = frozenset("，。、；：！？）》」』】〕…·,.;:!?)]}%")


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Break between Chinese characters or between Latin words (a word longer than a line breaks anywhere), and
    never start a line with closing punctuation."""
    units: list[str] = []
    for unit in _WORD_OR_CHARACTER.findall(text):
        units.extend(unit if len(unit) > 1 and font.getlength(unit.rstrip()) > width else [unit])
    lines, line = [], ""
    for unit in units:
        if not line.strip() or font.getlength(line + unit.rstrip()) <= width:
            line += unit
        elif unit in _NO_LINE_START and len(line) > 1:
            lines.append(line[:-1].rstrip())
            line = line[-1] + unit
        else:
            lines.append(line.rstrip())
            line = unit.lstrip()
    return [*lines, line.rstrip()] if line.strip() else lines


def _fit_lines(text: str, width: int, height: int, sizes: tuple[int, ...]) -> tuple[ImageFont.FreeTypeFont, list[str]]:
    """The largest size whose wrapped lines fit the box; at the smallest size, cut the last line with an ellipsis."""
    for size in sizes:
        font = _font(size)
        lines = _wrap(text, font, width)
        if len(lines) * _line_height(font) <= height:
            return font, lines
    max_lines = max(1, height // _line_height(font))
    lines = lines[:max_lines]
    last = lines[-1]
    while last and font.getlength(last + "…") > width:
        last = last[:-1]
    lines[-1] = last + "…"
    return font, lines


def _line_height(font: ImageFont.FreeTypeFont) -> int:
    return round(font.size * 1.3)


def _draw_lines(draw: ImageDraw.ImageDraw, lines: list[str], font, centre: int, top: int, fill) -> None:
    for index, line in enumerate(lines):
        draw.text((centre, top + index * _line_height(font)), line, font=font, fill=fill, anchor="ma")


def _png(image: Image.Image, dpi: int | None = None) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG", **({"dpi": (dpi, dpi)} if dpi else {}))
    return buffer.getvalue()
