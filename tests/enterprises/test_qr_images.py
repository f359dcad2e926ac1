"""Every image is decoded back with a real QR decoder (OpenCV) and compared with the URL it was made for."""

import enum
import io
from datetime import date

import numpy as np
import pytest
from PIL import Image, ImageDraw

from enterprises import qr, qr_images
from enterprises.qr_images import POSTER_MARGIN, RISK_PALETTES
from tests.qr_decoder import decode_qr as decode

URL = qr.scan_url("https://aq.jinyan.example.cn", "quppuxsnsdcw4vx77jvx7hojgi")
NAME = "金雁市安全生产示范机械制造有限公司"
REGION = "金雁街道 / 东湖社区 / 第三网格"
AS_OF = date(2026, 11, 28)


def open_png(png: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG"
    return image


def dark_pixels(image: Image.Image, box: tuple[int, int, int, int]) -> int:
    return int((np.array(image.crop(box).convert("L")) < 128).sum())


class TestCode:
    @pytest.mark.parametrize("url", [URL, qr.scan_url("http://127.0.0.1:8000", "a" * 25 + "q"),
                                     qr.scan_url("https://safety.jinyan-jiedao.example.gov.cn/miniapp", "b" * 25 + "y")])
    def test_decodes_to_the_url(self, url):
        assert decode(open_png(qr_images.render_code_png(url))) == url

    def test_has_a_white_quiet_zone_of_four_modules(self):
        pixels = np.array(open_png(qr_images.render_code_png(URL)).convert("L"))
        quiet = 4 * qr_images.CODE_MODULE_PX
        for border in (pixels[:quiet], pixels[-quiet:], pixels[:, :quiet], pixels[:, -quiet:]):
            assert border.min() == 255
        assert pixels[quiet, quiet] == 0  # the corner of the top-left finder pattern

    def test_error_correction_is_q(self):
        # Format information: modules (row 8, columns 0 and 1) hold the level's two bits, masked with 1 and 0.
        pixels = np.array(open_png(qr_images.render_code_png(URL)).convert("L"))
        module = qr_images.CODE_MODULE_PX

        def bit(row, column):
            return int(pixels[(4 + row) * module + module // 2, (4 + column) * module + module // 2] == 0)

        level = (bit(8, 0) ^ 1, bit(8, 1) ^ 0)
        assert level == (1, 1)  # L=01 M=00 Q=11 H=10

    def test_still_decodes_with_dirt_on_it(self):
        image = open_png(qr_images.render_code_png(URL)).convert("L")
        centre, half = image.width // 2, image.width // 10
        ImageDraw.Draw(image).rectangle((centre - half, centre - half, centre + half, centre + half), fill=0)
        assert decode(image) == URL


class TestPoster:
    def test_is_a5_at_300_dpi_and_decodes(self):
        image = open_png(qr_images.render_poster_png(URL, NAME, REGION))
        assert image.size == (1748, 2480)
        assert tuple(round(value) for value in image.info["dpi"]) == (300, 300)
        assert decode(image) == URL

    def test_the_header_is_blue_with_the_white_title(self):
        image = open_png(qr_images.render_poster_png(URL, NAME, REGION)).convert("RGB")
        assert image.getpixel((5, 5)) == qr_images.HEADER_BLUE
        title = np.array(image.crop((POSTER_MARGIN, 90, 1748 - POSTER_MARGIN, 250))).reshape(-1, 3)
        assert (title == 255).all(axis=1).sum() > 20_000

    def test_the_chinese_name_is_drawn(self):
        name_box = (POSTER_MARGIN, 440, 1748 - POSTER_MARGIN, 860)
        with_name = open_png(qr_images.render_poster_png(URL, NAME, REGION))
        without_name = open_png(qr_images.render_poster_png(URL, "", REGION))
        other_name = open_png(qr_images.render_poster_png(URL, "东湖化工有限公司", REGION))
        assert dark_pixels(without_name, name_box) == 0
        assert dark_pixels(with_name, name_box) > 20_000
        assert dark_pixels(with_name, name_box) != dark_pixels(other_name, name_box)

    def test_the_region_is_drawn(self):
        region_box = (POSTER_MARGIN, 870, 1748 - POSTER_MARGIN, 960)
        one = open_png(qr_images.render_poster_png(URL, NAME, "东湖社区"))
        other = open_png(qr_images.render_poster_png(URL, NAME, "西湖社区第二网格"))
        assert dark_pixels(one, region_box) > 1000
        assert np.array(one.crop(region_box)).tobytes() != np.array(other.crop(region_box)).tobytes()

    @pytest.mark.parametrize("name", [
        "金雁市" + "安全生产示范机械制造" * 20 + "有限公司（第一分公司）",
        "Jinyan Precision Machinery Manufacturing International Holdings Company Limited " * 3,
        "金" * 300,
    ])
    def test_a_long_name_stays_inside_the_page(self, name):
        image = open_png(qr_images.render_poster_png(URL, name, "金雁街道" * 40))
        pixels = np.array(image.convert("L"))
        below_header = pixels[400:]
        assert below_header[:, :POSTER_MARGIN].min() == 255
        assert below_header[:, -POSTER_MARGIN:].min() == 255
        assert pixels[852:878].min() == 255  # the gap between the name block and the region line
        assert decode(image) == URL

    def test_lines_break_between_latin_words_and_not_before_closing_punctuation(self):
        font = qr_images._font(100)
        words = "Jinyan Precision Machinery Manufacturing International Holdings Company Limited"
        lines = qr_images._wrap(words, font, 1000)
        assert len(lines) > 1 and " ".join(lines) == words
        cjk_lines = qr_images._wrap("金雁机械制造有限公司（东湖分厂），安全", font, 1000)
        assert "".join(cjk_lines) == "金雁机械制造有限公司（东湖分厂），安全"
        assert not any(line[0] in "，。）" for line in cjk_lines)
        # Ten characters fill 1000 px at 100 px: the comma takes the last character of the full line with it.
        assert qr_images._wrap("金雁机械制造有限公司，安全", font, 1000) == ["金雁机械制造有限公", "司，安全"]
        assert all(font.getlength(line) <= 1000 for line in lines + cjk_lines)

    def test_a_long_name_wraps_rather_than_shrinks_first(self):
        short = open_png(qr_images.render_poster_png(URL, "东湖化工", REGION))
        wrapped = open_png(qr_images.render_poster_png(URL, NAME, REGION))
        # At the largest size a line holds 12 characters: 16 need a second line, at the same glyph height.
        rows_with_ink = np.flatnonzero((np.array(wrapped.convert("L"))[440:860] < 128).any(axis=1))
        short_rows = np.flatnonzero((np.array(short.convert("L"))[440:860] < 128).any(axis=1))
        assert rows_with_ink.max() - rows_with_ink.min() > 1.8 * (short_rows.max() - short_rows.min())

    def test_characters_missing_from_the_font_are_reported_and_printed_as_a_box(self):
        assert qr_images.unsupported_characters("金雁한机械𠀀厂한") == "한𠀀"
        assert qr_images.unsupported_characters(NAME + REGION + "（）·-ABC 123") == ""
        missing = qr_images.render_poster_png(URL, "测试한公司", REGION)
        assert missing == qr_images.render_poster_png(URL, "测试□公司", REGION)
        assert missing != qr_images.render_poster_png(URL, "测试公司", REGION)

    def test_the_font_covers_every_common_hanzi(self):
        # GB 2312 level 1: the 3755 most common characters.
        level1 = "".join(bytes([high, low]).decode("gb2312") for high in range(0xB0, 0xD8) for low in range(0xA1, 0xFF)
                         if (high, low) < (0xD7, 0xFA))
        assert len(level1) == 3755
        assert qr_images.unsupported_characters(level1) == ""

    def test_the_font_ships_inside_the_package(self):
        assert qr_images.FONT_PATH.is_file()
        assert qr_images.FONT_PATH.parent.parent.name == "enterprises"


class RiskColor(enum.StrEnum):  # the shape of scoring's enum, so the integrator can pass it as it is
    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"


class TestRiskCode:
    @pytest.mark.parametrize("color", ["green", "yellow", "red"])
    def test_decodes_in_every_colour(self, color):
        assert decode(open_png(qr_images.render_risk_code_png(URL, color, AS_OF))) == URL

    @pytest.mark.parametrize("color", ["green", "yellow", "red"])
    def test_the_colour_shows_in_the_frame_and_modules(self, color):
        palette = RISK_PALETTES[color]
        image = open_png(qr_images.render_risk_code_png(URL, color, AS_OF)).convert("RGB")
        assert image.getpixel((5, 5)) == palette.frame
        assert image.getpixel((image.width - 5, image.height - 5)) == palette.frame
        frame, quiet = 40, 4 * qr_images.CODE_MODULE_PX
        assert image.getpixel((frame + 5, frame + 5)) == (255, 255, 255)  # the quiet zone stays white
        assert image.getpixel((frame + quiet + 5, frame + quiet + 5)) == palette.modules
        red, green, blue = palette.modules
        assert 0.299 * red + 0.587 * green + 0.114 * blue < 100

    @pytest.mark.parametrize("color", ["green", "yellow", "red"])
    def test_the_caption_is_drawn_under_the_code(self, color):
        image = open_png(qr_images.render_risk_code_png(URL, color, AS_OF)).convert("RGB")
        caption = np.array(image.crop((0, image.width, image.width, image.height))).reshape(-1, 3)
        caption_pixels = (caption == np.array(RISK_PALETTES[color].caption)).all(axis=1).sum()
        assert caption_pixels > 2000

    def test_the_colours_differ(self):
        images = {qr_images.render_risk_code_png(URL, color, AS_OF) for color in RISK_PALETTES}
        assert len(images) == 3

    def test_the_date_is_printed(self):
        assert qr_images.format_chinese_date(date(2026, 11, 28)) == "2026年11月28日"
        assert qr_images.format_chinese_date(date(2027, 1, 5)) == "2027年1月5日"
        today = qr_images.render_risk_code_png(URL, "green", AS_OF)
        assert today != qr_images.render_risk_code_png(URL, "green", date(2026, 11, 29))

    def test_accepts_the_risk_colour_enum(self):
        assert qr_images.render_risk_code_png(URL, RiskColor.RED, AS_OF) == qr_images.render_risk_code_png(
            URL, "red", AS_OF)

    @pytest.mark.parametrize("color", ["blue", "GREEN", "", "绿"])
    def test_an_unknown_colour_is_refused(self, color):
        with pytest.raises(ValueError):
            qr_images.render_risk_code_png(URL, color, AS_OF)


class TestCachingAndEtag:
    def test_a_repeated_render_is_served_from_the_cache(self):
        first = qr_images.render_poster_png(URL, "缓存测试有限公司", REGION)
        hits = qr_images.render_poster_png.cache_info().hits
        assert qr_images.render_poster_png(URL, "缓存测试有限公司", REGION) is first
        assert qr_images.render_poster_png.cache_info().hits == hits + 1

    def test_renders_are_deterministic(self):
        uncached = qr_images.render_poster_png.__wrapped__
        assert uncached(URL, NAME, REGION) == uncached(URL, NAME, REGION)

    def test_the_etag_is_stable_and_quoted(self):
        etag = qr_images.image_etag("poster", URL, NAME, REGION)
        assert etag == qr_images.image_etag("poster", URL, NAME, REGION)
        assert etag.startswith('"') and etag.endswith('"') and len(etag) == 34

    def test_the_etag_changes_with_every_input(self, monkeypatch):
        etag = qr_images.image_etag("risk", URL, "green", AS_OF)
        assert etag != qr_images.image_etag("risk", URL, "red", AS_OF)
        assert etag != qr_images.image_etag("risk", URL, "green", date(2026, 11, 29))
        assert etag != qr_images.image_etag("code", URL, "green", AS_OF)
        monkeypatch.setattr(qr_images, "RENDER_VERSION", qr_images.RENDER_VERSION + 1)
        assert etag != qr_images.image_etag("risk", URL, "green", AS_OF)

    @pytest.mark.parametrize(("header", "matches"), [
        (None, False),
        ("", False),
        ("{etag}", True),
        ("W/{etag}", True),
        ('"other", {etag}', True),
        ("*", True),
        ('"other"', False),
        ('"abc"', False),
    ])
    def test_if_none_match(self, header, matches):
        etag = qr_images.image_etag("code", URL)
        assert qr_images.etag_matches(header and header.format(etag=etag), etag) is matches


CREDIT_CODE = "91510681MA62X4XX1K"


class TestCodesAStreetCanPost:
    """A printed risk code says whose it is; a door poster says who issued it and where to report."""

    @pytest.mark.parametrize("color", ["green", "yellow", "red"])
    def test_the_risk_code_carries_name_credit_code_and_band_and_still_decodes(self, color):
        plain = open_png(qr_images.render_risk_code_png(URL, color, AS_OF))
        named = open_png(qr_images.render_risk_code_png(URL, color, AS_OF, NAME, CREDIT_CODE, "85分及以上"))
        assert decode(named) == URL
        below_date = (0, plain.width + 135, plain.width, named.height)  # under the date line
        caption = np.array(RISK_PALETTES[color].caption)
        drawn = (np.array(named.convert("RGB").crop(below_date)).reshape(-1, 3) == caption).all(axis=1).sum()
        empty = (np.array(plain.convert("RGB").crop(below_date)).reshape(-1, 3) == caption).all(axis=1).sum()
        assert drawn > 3000 and empty == 0
        other = open_png(qr_images.render_risk_code_png(URL, color, AS_OF, "东湖化工有限公司", CREDIT_CODE, "85分及以上"))
        assert np.array(other.crop(below_date)).tobytes() != np.array(named.crop(below_date)).tobytes()
        banded = qr_images.render_risk_code_png(URL, color, AS_OF, NAME, CREDIT_CODE, "70至85分")
        assert banded != qr_images.render_risk_code_png(URL, color, AS_OF, NAME, CREDIT_CODE, "85分及以上")

    @pytest.mark.parametrize("score, band", [(100, "85分及以上"), (85, "85分及以上"), (84.5, "70至85分"),
                                             (70, "70至85分"), (69.9, "70分以下")])
    def test_the_score_band_follows_the_rulesets_edges(self, score, band):
        assert qr_images.score_band(score, {"green": 85, "yellow": 70}) == band

    @pytest.mark.parametrize("box, kwargs", [
        (qr_images.POSTER_CREDIT_CODE_BOX, {"credit_code": CREDIT_CODE}),
        (qr_images.POSTER_ISSUER_BOX, {"issuing_body": "广汉市金雁街道办事处"}),
        (qr_images.POSTER_HOTLINE_BOX, {"hotline": "12350"}),
    ])
    def test_the_poster_prints_credit_code_issuing_body_and_hotline(self, box, kwargs):
        top, height = box
        region = (POSTER_MARGIN, top, 1748 - POSTER_MARGIN, top + height)
        without = open_png(qr_images.render_poster_png(URL, NAME, REGION))
        with_line = open_png(qr_images.render_poster_png(URL, NAME, REGION, **kwargs))
        assert dark_pixels(without, region) == 0
        assert dark_pixels(with_line, region) > 1500
        assert decode(with_line) == URL

    def test_the_full_poster_stays_inside_its_margins_and_decodes(self):
        image = open_png(qr_images.render_poster_png(URL, NAME, REGION, CREDIT_CODE, "广汉市金雁街道办事处", "12350"))
        pixels = np.array(image.convert("L"))
        assert pixels[400:, :POSTER_MARGIN].min() == 255 and pixels[400:, -POSTER_MARGIN:].min() == 255
        assert pixels[-30:].min() == 255
        assert decode(image) == URL
