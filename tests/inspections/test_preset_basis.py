"""Issue 22: every preset check item names its legal basis in one format, and an upgrade brings the shipped basis
into a library loaded before, without overwriting one a street wrote itself (decision 065)."""

import json
import re

from core.models import AuditEntry
from inspections import library
from inspections.models import CheckItem

PRESETS = json.loads(library.PRESETS_PATH.read_text(encoding="utf-8"))
ITEMS = PRESETS["items"]

CN = "零一二三四五六七八九十百"
# 第二十八条 | 第十六条第一款第（二）项 | 第二十一条第（六）项 | a standard's clause: 第6.1.1条
ARTICLE = (rf"第[{CN}]+条(第[{CN}]+款)?(第（[{CN}]+）项)?"
           r"|第\d+(\.\d+)+条")
# 《title》, then the standard's number or the order's number in full-width brackets, then the article if known.
CITATION = re.compile(rf"《[^《》；]+》(（[^（）；]+）)?({ARTICLE})?")
STANDARD = re.compile(r"（(GB|GB/T|GBZ|XF|TSG|AQ|HJ) \d+(\.\d+)?(—\d{4})?）")


def citations(basis: str) -> list[str]:
    return basis.split("；")


def has_article(basis: str) -> bool:
    return any(re.search(rf"》(（[^）]+）)?({ARTICLE})$", c) for c in citations(basis))


class TestEveryPresetNamesItsBasis:
    def test_every_item_has_a_basis_in_the_one_format(self):
        assert len(ITEMS) == 101
        bad = [(i["code"], i["basis"]) for i in ITEMS
               if not i["basis"] or len(i["basis"]) > 200
               or not all(CITATION.fullmatch(c) for c in citations(i["basis"]))]
        assert bad == []

    def test_a_standard_is_named_by_its_number_and_title_and_a_law_by_its_title(self):
        for item in ITEMS:
            for citation in citations(item["basis"]):
                title = citation[1:citation.index("》")]
                if re.search(r"[（(](GB|XF|TSG|GBZ)", citation):
                    assert STANDARD.search(citation), (item["code"], citation)
                else:
                    assert not re.search(r"\b(GB|XF)\b", title), (item["code"], citation)
            # The bare shorthands the library carried before ("10号令", "GB 35181") are not citations.
            assert not re.search(r"(^|；)(10号令|GB \d+)", item["basis"]), item["code"]

    def test_how_sure_each_basis_is_is_recorded(self):
        """S: every article was checked in a public copy (safety-basis 已核验, domain.md [S]); M: some article is
        from general knowledge of the text; -: titles and standard numbers only, no article."""
        for item in ITEMS:
            assert item["basis_checked"] in ("S", "M", "-"), item["code"]
            assert (item["basis_checked"] == "-") == (not has_article(item["basis"])), item["code"]

    def test_the_major_hazard_rules_are_cited_where_the_item_is_major_by_them(self):
        by_code = {i["code"]: i for i in ITEMS}
        for code in ("YD-08", "GL-04"):
            assert "《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第三条第（二）项" in by_code[code]["basis"]
        assert "第三条第（一）项" in by_code["GL-05"]["basis"]
        for code in ("WH-08", "WH-09", "XF-05", "XF-07", "XF-11"):
            assert "（GB 35181—2025）" in by_code[code]["basis"], code
        for item in ITEMS:
            if item["category"] == "粉尘涉爆":
                assert "应急管理部令第10号" in item["basis"] and "GB 15577—2018" in item["basis"], item["code"]


class TestAnUpgradeRefreshesTheBasis:
    async def test_a_shipped_basis_is_refreshed_and_a_streets_own_is_kept(self, db_clean):
        assert (await library.load_presets())["rebased"] == 0
        shipped = {i["code"]: i["basis"] for i in ITEMS}
        # A library loaded by an older release: an empty basis, an old shorthand, and one a street wrote itself.
        await CheckItem.filter(code="XF-01").update(basis="")
        await CheckItem.filter(code="YD-08").update(basis="10号令")
        await CheckItem.filter(code="GL-01").update(basis="《某市安全生产条例》第十二条")
        loaded = await library.load_presets()
        assert loaded == {"items": 0, "templates": 0, "retargeted": 0, "rebased": 2}
        assert (await CheckItem.get(code="XF-01")).basis == shipped["XF-01"]
        assert (await CheckItem.get(code="YD-08")).basis == shipped["YD-08"]
        assert (await CheckItem.get(code="GL-01")).basis == "《某市安全生产条例》第十二条"
        entry = await AuditEntry.filter(action="check_library.presets_loaded").order_by("-id").first()
        assert entry.after["rebased"] == 2
        assert (await library.load_presets())["rebased"] == 0

    async def test_a_local_item_is_never_touched(self, db_clean):
        await library.load_presets()
        local = await CheckItem.create(code="LOCAL-01", category="消防安全", text="沿街门店卷帘门下堆放杂物")
        await library.load_presets()
        assert (await CheckItem.get(id=local.id)).basis == ""
