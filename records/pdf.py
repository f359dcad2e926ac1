"""PDF rendering of the printed records and the poster sheets, with fpdf2 (docs/decisions/050).

A document is a list of blocks (headings, label-value fields, tables, text, photos, before/after pairs,
signatures) under a header with the issuing body, the title, the number and the verification QR code. The service
composes the blocks; this module only lays them out, so the same text reaches the PDF as the API answers.

The CJK font is the one the posters ship (enterprises/fonts, Noto Sans CJK SC subset), embedded as a subset: the
PDF prints the same on any machine. Output is deterministic for its inputs (the creation date is the document's
issue date), so the same content always has the same sha256. CPU-bound: run it in a thread.
"""

import functools
import io
import re
from dataclasses import dataclass, field
from datetime import datetime

import qrcode
from fontTools.ttLib import TTFont
from fpdf import FPDF
from fpdf.enums import TextEmphasis, WrapMode, XPos, YPos
from fpdf.fonts import FontFace
from PIL import Image, ImageOps
from qrcode.constants import ERROR_CORRECT_M

from enterprises import qr_images

FONT_PATH = qr_images.FONT_PATH
FONT = "noto"
MISSING_GLYPH = "□"
CREATOR = "金雁安全云"

PAGE_WIDTH_MM, PAGE_HEIGHT_MM = 210, 297
MARGIN_MM = 18
CONTENT_WIDTH_MM = PAGE_WIDTH_MM - 2 * MARGIN_MM
BODY_PT, SMALL_PT, HEADING_PT, TITLE_PT = 10.5, 8, 12, 18  # 五号, 小六, 小四, 小二
LINE_MM = 5.6
FIELD_LABEL_MM = 37  # "统一社会信用代码" on one line
SIGNATURE_LABEL_MM = 50  # "被检查单位负责人签字:"
QR_MM = 24
# Photos are embedded at this resolution of their printed size (a JPEG re-encoded from the upload): sharp on paper,
# a few hundred KB each.
PHOTO_DPI = 300
PHOTO_WIDTH_MM = (CONTENT_WIDTH_MM - 6) / 2  # two photos per row
PHOTO_MAX_HEIGHT_MM = 62
PHOTO_JPEG_QUALITY = 85
SIGNATURE_WIDTH_MM, SIGNATURE_HEIGHT_MM = 42, 16
SIGNATURE_DPI = 200


# -- the blocks --

@dataclass(frozen=True)
class Photo:
    data: bytes  # the upload's bytes (JPEG, PNG or WebP)
    caption: str = ""


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Fields:
    pairs: list[tuple[str, str]]


@dataclass(frozen=True)
class Table:
    columns: list[tuple[str, float]]  # heading, width in mm (the widths add up to the content width or less)
    rows: list[list[str]]


@dataclass(frozen=True)
class Text:
    text: str
    small: bool = False


@dataclass(frozen=True)
class Photos:
    photos: list[Photo]


@dataclass(frozen=True)
class PhotoPairs:
    """Before and after, side by side (整改前 / 整改后)."""

    pairs: list[tuple[list[Photo], list[Photo]]]
    labels: tuple[str, str] = ("整改前", "整改后")


@dataclass(frozen=True)
class SignatureLine:
    label: str  # 检查人员 / 被检查单位负责人
    name: str = ""
    title: str = ""
    image: bytes | None = None
    refused: bool = False
    witness: str = ""
    signed_at: str = ""
    place: str = ""


@dataclass(frozen=True)
class Signatures:
    lines: list[SignatureLine]


Block = Heading | Fields | Table | Text | Photos | PhotoPairs | Signatures


@dataclass(frozen=True)
class Document:
    issuing_body: str
    title: str
    number: str
    verify_url: str
    issued_at: datetime
    blocks: list[Block] = field(default_factory=list)


# -- rendering --

class _Sheet(FPDF):
    footer_text = ""

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(FONT, size=SMALL_PT)
        self.set_text_color(0x55)
        self.cell(0, 4, f"{self.footer_text}    第 {self.page_no()} 页 共 {{nb}} 页", align="C")
        self.set_text_color(0)


def _sheet(issued_at: datetime, orientation: str = "P", kind: type[_Sheet] = _Sheet) -> _Sheet:
    sheet = kind(orientation=orientation, unit="mm", format="A4")
    sheet.set_creation_date(issued_at)
    sheet.set_creator(CREATOR)
    sheet.set_producer(CREATOR)
    sheet.add_font(FONT, fname=str(FONT_PATH))
    # Saving the subset would recompute every used CFF glyph's bounds for the font's bounding box: about 1 ms a
    # glyph, most of a record's render time. The full font's box is a valid (larger) box for the subset.
    sheet.fonts[FONT].ttfont.recalcBBoxes = False
    sheet.set_margins(MARGIN_MM, MARGIN_MM, MARGIN_MM)
    sheet.set_auto_page_break(True, margin=18)
    sheet.set_font(FONT, size=BODY_PT)
    return sheet


def render(document: Document) -> bytes:
    """The document as PDF bytes."""
    sheet = _sheet(document.issued_at)
    sheet.set_title(f"{document.title} {document.number}")
    sheet.footer_text = f"{document.number}  核验:{document.verify_url}"
    sheet.add_page()
    _header(sheet, document)
    for block in document.blocks:
        _BLOCKS[type(block)](sheet, block)
    return bytes(sheet.output())


def _header(sheet: _Sheet, document: Document) -> None:
    top = sheet.get_y()
    _qr(sheet, document.verify_url, PAGE_WIDTH_MM - MARGIN_MM - QR_MM, top - 6, QR_MM)
    sheet.set_xy(PAGE_WIDTH_MM - MARGIN_MM - QR_MM, top - 6 + QR_MM)
    sheet.set_font(FONT, size=SMALL_PT - 1)
    sheet.cell(QR_MM, 3, "扫码核验真伪", align="C")
    sheet.set_xy(MARGIN_MM, top)
    sheet.set_font(FONT, size=HEADING_PT + 2)
    sheet.cell(CONTENT_WIDTH_MM, 8, _printable(document.issuing_body), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    sheet.set_font(FONT, size=TITLE_PT)
    sheet.cell(CONTENT_WIDTH_MM, 11, _printable(document.title), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    sheet.set_font(FONT, size=BODY_PT)
    sheet.cell(CONTENT_WIDTH_MM, 7, _printable(document.number), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    sheet.set_y(max(sheet.get_y(), top + QR_MM) + 2)


def _qr(sheet: FPDF, url: str, x: float, y: float, size: float) -> None:
    """The code as vector squares: sharp at any printer resolution, and a few KB."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=2)
    code.add_data(url)
    code.make(fit=True)
    matrix = code.get_matrix()
    module = size / len(matrix)
    sheet.set_fill_color(0)
    for row, line in enumerate(matrix):
        column = 0
        while column < len(line):
            if not line[column]:
                column += 1
                continue
            start = column
            while column < len(line) and line[column]:
                column += 1
            sheet.rect(x + start * module, y + row * module, (column - start) * module, module, style="F")


def _heading(sheet: FPDF, block: Heading) -> None:
    _room_for(sheet, 20)
    sheet.ln(2)
    sheet.set_font(FONT, size=HEADING_PT)
    sheet.cell(CONTENT_WIDTH_MM, 8, _printable(block.text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    sheet.set_font(FONT, size=BODY_PT)


def _fields(sheet: FPDF, block: Fields) -> None:
    with sheet.table(col_widths=(FIELD_LABEL_MM, CONTENT_WIDTH_MM - FIELD_LABEL_MM), width=CONTENT_WIDTH_MM, first_row_as_headings=False,
                     line_height=LINE_MM, padding=1.2, text_align="LEFT", wrapmode=WrapMode.CHAR) as table:
        for label, value in block.pairs:
            row = table.row()
            row.cell(_printable(label), style=FontFace(fill_color=(0xF2, 0xF2, 0xF2)))
            row.cell(_printable(value) or "—")
    sheet.ln(1)


def _table(sheet: FPDF, block: Table) -> None:
    widths = tuple(width for _, width in block.columns)
    with sheet.table(col_widths=widths, width=sum(widths), align="LEFT", line_height=LINE_MM - 0.6, padding=1,
                     headings_style=FontFace(emphasis=TextEmphasis.NONE, fill_color=(0xE8, 0xE8, 0xE8)),
                     repeat_headings=1, text_align="LEFT", wrapmode=WrapMode.CHAR) as table:
        heading = table.row()
        for title, _ in block.columns:
            heading.cell(_printable(title))
        for values in block.rows:
            row = table.row()
            for value in values:
                row.cell(_printable(value))
    sheet.ln(1)


def _text(sheet: FPDF, block: Text) -> None:
    sheet.set_font(FONT, size=SMALL_PT + 1 if block.small else BODY_PT)
    sheet.multi_cell(CONTENT_WIDTH_MM, LINE_MM, _printable(block.text, keep_lines=True), new_x=XPos.LMARGIN,
                     new_y=YPos.NEXT, wrapmode=WrapMode.CHAR)
    sheet.set_font(FONT, size=BODY_PT)
    sheet.ln(1)


def _photos(sheet: FPDF, block: Photos) -> None:
    for start in range(0, len(block.photos), 2):
        _photo_row(sheet, [[photo] for photo in block.photos[start:start + 2]], None)


def _photo_pairs(sheet: FPDF, block: PhotoPairs) -> None:
    for before, after in block.pairs:
        for index in range(max(len(before), len(after), 1)):
            _photo_row(sheet, [before[index:index + 1], after[index:index + 1]], block.labels if index == 0 else None)


def _photo_row(sheet: FPDF, cells: list[list[Photo]], labels: tuple[str, str] | None) -> None:
    """Up to two photos side by side, each fitted in its box at its own aspect ratio, with its caption."""
    prepared = [[_print_image(photo.data, PHOTO_WIDTH_MM, PHOTO_MAX_HEIGHT_MM, PHOTO_DPI) for photo in cell]
                for cell in cells]
    height = max([size[1] for cell in prepared for _, size in cell] or [12])
    _room_for(sheet, height + (6 if labels else 0) + 6)
    top = sheet.get_y()
    if labels:
        for index, label in enumerate(labels):
            sheet.set_xy(MARGIN_MM + index * (PHOTO_WIDTH_MM + 6), top)
            sheet.cell(PHOTO_WIDTH_MM, 5, label, align="C")
        top += 6
    for index, (cell, photos) in enumerate(zip(prepared, cells)):
        x = MARGIN_MM + index * (PHOTO_WIDTH_MM + 6)
        if not cell:
            sheet.set_xy(x, top)
            sheet.set_draw_color(0xAA)
            sheet.cell(PHOTO_WIDTH_MM, 12, "(无照片)", border=1, align="C")
            sheet.set_draw_color(0)
            continue
        (jpeg, (width, photo_height)), photo = cell[0], photos[0]
        sheet.image(io.BytesIO(jpeg), x=x + (PHOTO_WIDTH_MM - width) / 2, y=top, w=width, h=photo_height)
        if photo.caption:
            sheet.set_xy(x, top + photo_height + 0.5)
            sheet.set_font(FONT, size=SMALL_PT)
            sheet.cell(PHOTO_WIDTH_MM, 4, _printable(photo.caption), align="C")
            sheet.set_font(FONT, size=BODY_PT)
    sheet.set_xy(MARGIN_MM, top + height + 6)


def _signatures(sheet: FPDF, block: Signatures) -> None:
    row_height = SIGNATURE_HEIGHT_MM + 6
    _room_for(sheet, row_height * len(block.lines) + 4)
    sheet.ln(2)
    for line in block.lines:
        top = sheet.get_y()
        sheet.set_xy(MARGIN_MM, top + 5)
        sheet.cell(SIGNATURE_LABEL_MM, 6, _printable(f"{line.label}签字:"))
        x = MARGIN_MM + SIGNATURE_LABEL_MM
        if line.image:
            jpeg, (width, height) = _print_image(line.image, SIGNATURE_WIDTH_MM, SIGNATURE_HEIGHT_MM, SIGNATURE_DPI)
            sheet.image(io.BytesIO(jpeg), x=x, y=top, w=width, h=height)
        elif line.refused:
            sheet.set_xy(x, top + 5)
            sheet.cell(SIGNATURE_WIDTH_MM, 6, "拒签")
        else:
            sheet.set_xy(x, top + 5)
            sheet.cell(SIGNATURE_WIDTH_MM, 6, "(未签字)")
        details = [f"姓名:{line.name}" if line.name else "", f"职务:{line.title}" if line.title else "",
                   f"见证人:{line.witness}" if line.refused else ""]
        sheet.set_xy(x + SIGNATURE_WIDTH_MM + 4, top + 1)
        sheet.set_font(FONT, size=SMALL_PT + 1)
        sheet.multi_cell(CONTENT_WIDTH_MM - SIGNATURE_LABEL_MM - SIGNATURE_WIDTH_MM - 4, 4.2,
                         _printable("\n".join(part for part in (
                             "  ".join(d for d in details if d), f"时间:{line.signed_at}" if line.signed_at else "",
                             f"位置:{line.place}" if line.place else "") if part), keep_lines=True),
                         wrapmode=WrapMode.CHAR)
        sheet.set_font(FONT, size=BODY_PT)
        sheet.set_xy(MARGIN_MM, top + row_height)


_BLOCKS = {Heading: _heading, Fields: _fields, Table: _table, Text: _text, Photos: _photos,
           PhotoPairs: _photo_pairs, Signatures: _signatures}


def _room_for(sheet: FPDF, height: float) -> None:
    if sheet.get_y() + height > sheet.page_break_trigger:
        sheet.add_page()


@functools.lru_cache(maxsize=64)
def _print_image(data: bytes, max_width_mm: float, max_height_mm: float, dpi: int) -> tuple[bytes, tuple[float, float]]:
    """The image re-encoded for print: fitted in the box at its aspect ratio, `dpi` pixels per inch of its printed
    size (never enlarged), as JPEG on white. Returns the bytes and the printed size in mm. Cached: a document is
    printed again each time it is fetched, with the same photos."""
    with Image.open(io.BytesIO(data)) as image:
        # A phone's 4000 px JPEG is decoded at a half or a quarter directly (never below the pixels needed).
        wanted = _fit(image.size, max_width_mm, max_height_mm)[1]
        image.draft("RGB", (round(wanted[0] / 25.4 * dpi), round(wanted[1] / 25.4 * dpi)))
        # Uploads keep their EXIF orientation (files/content.py): print the photo the way it was taken.
        image = ImageOps.exif_transpose(image)
        if image.mode in ("RGBA", "LA", "P"):
            image = image.convert("RGBA")
            flat = Image.new("RGB", image.size, (255, 255, 255))
            flat.paste(image, mask=image.getchannel("A"))
            image = flat
        else:
            image = image.convert("RGB")
    _, printed = _fit(image.size, max_width_mm, max_height_mm)
    pixels = (round(printed[0] / 25.4 * dpi), round(printed[1] / 25.4 * dpi))
    if pixels[0] < image.width:
        # Reducing by whole factors first, then bicubic: a third of LANCZOS's time, no visible difference in print.
        image = image.resize(pixels, Image.Resampling.BICUBIC, reducing_gap=2.0)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=PHOTO_JPEG_QUALITY)
    return out.getvalue(), printed


def _fit(size: tuple[int, int], max_width_mm: float, max_height_mm: float) -> tuple[float, tuple[float, float]]:
    """The scale (mm per pixel) and the printed size of an image fitted in the box at its aspect ratio."""
    scale = min(max_width_mm / size[0], max_height_mm / size[1])
    return scale, (size[0] * scale, size[1] * scale)


# -- text the font can draw --

@functools.cache
def _font_characters() -> frozenset[int]:
    return frozenset(TTFont(str(FONT_PATH), lazy=True).getBestCmap())


def unsupported_characters(text: str) -> str:
    """Characters of `text` the embedded font cannot draw; they print as □."""
    drawable = _font_characters()
    return "".join(dict.fromkeys(ch for ch in text if not ch.isspace() and ord(ch) not in drawable))


_FULL_WIDTH = str.maketrans({",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "!": "！", "?": "？"})
_ASCII_PUNCTUATION = re.compile(r"[,;:()!?]")


def _is_cjk(ch: str) -> bool:
    return "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef"


def typeset(text: str) -> str:
    """Chinese punctuation where the text is Chinese: an ASCII comma, colon, parenthesis… next to a CJK character
    prints full-width, as official documents are set; "30.98, 104.28" and Latin text keep theirs."""
    def replace(match: re.Match) -> str:
        at = match.start()
        before, after = text[at - 1:at], text[at + 1:at + 2]
        near_cjk = (before and _is_cjk(before)) or (after and _is_cjk(after))
        return match.group().translate(_FULL_WIDTH) if near_cjk else match.group()

    return _ASCII_PUNCTUATION.sub(replace, text)


def _printable(text: str, keep_lines: bool = False) -> str:
    drawable = _font_characters()
    text = typeset(text)
    lines = text.splitlines() if keep_lines else [" ".join(text.split())]
    return "\n".join("".join(ch if ch == " " or ord(ch) in drawable else MISSING_GLYPH for ch in line.replace("\t", " "))
                     for line in lines)


# -- posters: the door posters (enterprises/qr_images.py), two A5 per A4 sheet --

POSTER_WIDTH_MM, POSTER_HEIGHT_MM = 148, 210


class _PosterSheet(_Sheet):
    def footer(self) -> None:  # a poster fills its half of the page: no footer
        pass


def render_posters(posters: list[bytes], made_at: datetime) -> bytes:
    """A5 door posters (PNG, 300 dpi) two per A4 landscape page, each at its true size, for a guillotine cut down
    the middle."""
    sheet = _sheet(made_at, orientation="L", kind=_PosterSheet)
    sheet.set_auto_page_break(False)
    sheet.set_title("企业安全身份码张贴海报")
    left = (297 - 2 * POSTER_WIDTH_MM) / 2
    for index, png in enumerate(posters):
        if index % 2 == 0:
            sheet.add_page()
        sheet.image(io.BytesIO(png), x=left + (index % 2) * POSTER_WIDTH_MM, y=0, w=POSTER_WIDTH_MM,
                    h=POSTER_HEIGHT_MM)
        if index % 2 == 1 or index == len(posters) - 1:
            # Where to cut: a light dashed line down the middle of the sheet.
            sheet.set_draw_color(0xBB)
            sheet.set_dash_pattern(dash=2, gap=2)
            sheet.line(148.5, 0, 148.5, POSTER_HEIGHT_MM)
            sheet.set_dash_pattern()
            sheet.set_draw_color(0)
    if not posters:
        sheet.add_page()
    return bytes(sheet.output())
