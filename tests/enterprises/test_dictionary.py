"""The industry and category dictionaries, pure: every word in common use resolves to its entry's name."""

import re

import pytest

from enterprises import dictionary
from enterprises.dictionary import Kind, UnknownValue

INDUSTRY, CATEGORY = Kind.INDUSTRY, Kind.CATEGORY


@pytest.mark.parametrize("kind, word, name", [
    (INDUSTRY, "机械制造", "机械"),
    (INDUSTRY, "机械", "机械"),
    (INDUSTRY, "machinery", "机械"),
    (INDUSTRY, "化工", "化工"),
    (INDUSTRY, "涂料制造", "化工"),
    (INDUSTRY, "化学原料和化学制品制造业", "化工"),
    (INDUSTRY, "化工行业", "化工"),
    (INDUSTRY, "食品", "食品"),
    (INDUSTRY, "食品加工", "食品"),
    (INDUSTRY, "餐饮", "餐饮"),
    (INDUSTRY, "饭店", "餐饮"),
    (INDUSTRY, "便利店", "零售"),
    (INDUSTRY, "宾馆", "住宿"),
    (INDUSTRY, " Chemical ", "化工"),  # a code in any case, with blanks around it
    (CATEGORY, "规上", "规上"),
    (CATEGORY, "规模以上", "规上"),
    (CATEGORY, "规上企业", "规上"),
    (CATEGORY, "规下", "规下"),
    (CATEGORY, "规模以下", "规下"),
    (CATEGORY, "九小场所", "九小场所"),
    (CATEGORY, "九小", "九小场所"),
    (CATEGORY, "nine_small", "九小场所"),
])
def test_a_word_in_common_use_resolves_to_the_stored_name(kind, word, name):
    assert dictionary.canonical(kind, word) == name


@pytest.mark.parametrize("kind, word, code", [
    (INDUSTRY, "航天", "INDUSTRY_UNKNOWN"),
    (INDUSTRY, "机", "INDUSTRY_UNKNOWN"),
    (INDUSTRY, "规上", "INDUSTRY_UNKNOWN"),  # a category is no industry
    (CATEGORY, "餐饮", "CATEGORY_UNKNOWN"),
    (CATEGORY, "大型", "CATEGORY_UNKNOWN"),
])
def test_an_unknown_word_names_the_field_and_lists_the_choices(kind, word, code):
    with pytest.raises(UnknownValue) as raised:
        dictionary.canonical(kind, word, "target.industries")
    error = raised.value
    assert error.code == code and word in error.message
    assert error.detail == [{"field": "target.industries", "message": error.message,
                             "choices": dictionary.choices(kind)}]
    assert all(choice in error.message for choice in dictionary.choices(kind))


@pytest.mark.parametrize("kind", list(Kind))
def test_every_word_names_one_entry(kind):
    words = [w.lower() for e in dictionary.entries(kind) for w in (e.code, e.name, *e.synonyms)]
    assert len(words) == len(set(words)), sorted(w for w in words if words.count(w) > 1)
    assert all(dictionary.resolve(kind, w).name for w in words)


def test_industries_carry_their_gbt_4754_section():
    sections = {e.name: (e.section, e.section_name) for e in dictionary.entries(INDUSTRY)}
    assert sections["机械"] == sections["化工"] == ("C", "制造业")
    assert sections["餐饮"] == sections["住宿"] == ("H", "住宿和餐饮业")
    assert sections["零售"] == ("F", "批发和零售业")
    assert all(re.fullmatch(r"[A-T]", section) for section, _ in sections.values())
    chemical = dictionary.resolve(INDUSTRY, "化工")
    assert "26 化学原料和化学制品制造业" in chemical.divisions


def test_target_lists_resolve_each_value_and_keep_none():
    assert dictionary.canonical_list(INDUSTRY, ["涂料制造", "化工", "机械制造"], "target.industries") == ["化工", "机械"]
    assert dictionary.canonical_list(INDUSTRY, None, "target.industries") is None


def test_older_free_text_is_matched_as_it_is():
    assert dictionary.same_or_canonical(INDUSTRY, "机械制造") == "机械"
    assert dictionary.same_or_canonical(INDUSTRY, "行业5") == "行业5"
