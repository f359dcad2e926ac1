"""Which of the shipped library's items an enterprise's checklist holds, pure (inspections/checklist.py): each
profile feature brings its items, and items for other industries, categories and features stay out."""

import json
from types import SimpleNamespace

import pytest

from inspections import library
from inspections.checklist import Feature, Profile, choose, features_of

PRESETS = json.loads(library.PRESETS_PATH.read_text(encoding="utf-8"))
ITEMS = {n: SimpleNamespace(id=n, code=i["code"], industries=i["industries"], categories=i["categories"],
                            features=i["features"])
         for n, i in enumerate(PRESETS["items"], start=1)}
IDS = {item.code: item.id for item in ITEMS.values()}
TEMPLATES = [SimpleNamespace(key=t["key"], industries=t["industries"], categories=t["categories"],
                             features=t["features"], item_ids=[IDS[c] for c in t["items"]])
             for t in PRESETS["templates"]]


def codes(profile: Profile) -> set[str]:
    _, item_ids = choose(profile, TEMPLATES, ITEMS)
    return {ITEMS[i].code for i in item_ids}


def prefixed(found: set[str], *prefixes: str) -> set[str]:
    return {c for c in found if c.startswith(prefixes)}


PLAIN = Profile(industry="电子", category="规下")  # none of the features: the general items only
GENERAL = codes(PLAIN)


def test_a_plain_enterprise_gets_the_general_items_without_shop_or_feature_items():
    assert len(GENERAL) == 46
    assert prefixed(GENERAL, "WH", "TS", "YK", "FC", "RQ", "JX", "CC") == set()
    assert {"XF-10", "XF-12", "XF-20"}.isdisjoint(GENERAL)  # 九小场所 smoke alarms, shop grilles, hot work


def test_the_chemical_plant_of_the_issue_gets_chemical_and_equipment_items_and_no_shop_items():
    plant = Profile(industry="化工", category="规上", hazardous_materials=("甲苯",), special_equipment=("压力容器", "叉车"))
    found = codes(plant)
    assert prefixed(found, "WH") == {f"WH-{n:02d}" for n in range(1, 11)}
    assert prefixed(found, "TS") == {"TS-01", "TS-02", "TS-03", "TS-04", "TS-05"}  # no lift, no cylinders
    assert prefixed(found, "RQ", "YK", "FC", "CC", "JX") == set()
    assert {"XF-10", "XF-12"}.isdisjoint(found)
    assert len(found) == 46 + 10 + 5


# One case per profile feature: the profile that has it, the items it brings, and items it must not bring.
@pytest.mark.parametrize("profile, brought, absent", [
    pytest.param(Profile("电子", "规下", hazardous_materials=("助焊剂",)), {"WH-01", "WH-06", "WH-10"},
                 {"TS-01", "RQ-01"}, id="hazardous chemicals"),
    pytest.param(Profile("电子", "规下", special_equipment=("叉车",)), {"TS-01", "TS-02", "TS-03", "TS-05"},
                 {"TS-04", "TS-06", "TS-07", "WH-01"}, id="special equipment: a forklift"),
    pytest.param(Profile("电子", "规下", special_equipment=("压力容器",)), {"TS-01", "TS-04"}, {"TS-06", "TS-07"},
                 id="special equipment: a pressure vessel"),
    pytest.param(Profile("电子", "规下", special_equipment=("燃气锅炉",)), {"TS-04"}, {"TS-06", "RQ-01"},
                 id="special equipment: a boiler"),
    pytest.param(Profile("电子", "规下", special_equipment=("货梯",)), {"TS-01", "TS-06"}, {"TS-04", "TS-07"},
                 id="special equipment: a lift"),
    pytest.param(Profile("电子", "规下", special_equipment=("桥式起重机",)), {"TS-01", "TS-03"}, {"TS-04", "TS-06"},
                 id="special equipment: a crane"),
    pytest.param(Profile("机械", "规下", hazardous_materials=("氧气", "乙炔")), {"TS-07", "WH-01"},
                 {"TS-01", "TS-06"}, id="gas cylinders of oxygen and acetylene"),
    pytest.param(Profile("电子", "规下", confined_space=True), {f"YK-0{n}" for n in range(1, 6)}, {"FC-01", "WH-01"},
                 id="confined space"),
    pytest.param(Profile("电子", "规下", dust_explosion=True), {f"FC-0{n}" for n in range(1, 10)}, {"YK-01"},
                 id="combustible dust"),
    pytest.param(Profile("电子", "规下", hot_work=True), {"XF-20"}, {"RQ-01", "WH-01"}, id="hot work declared"),
    pytest.param(Profile("电子", "规下", processes="贴片、焊接、组装"), {"XF-20"}, {"RQ-01"}, id="hot work: welding"),
    pytest.param(Profile("食品", "规下", gas_use=True), {f"RQ-0{n}" for n in range(1, 10)}, {"WH-01"},
                 id="gas use declared"),
    pytest.param(Profile("餐饮", "九小场所", hazardous_materials=("液化石油气",)), {"RQ-01", "RQ-06"},
                 {"WH-01", "TS-07"}, id="gas use: stored LPG is fuel, not a chemicals store"),
])
def test_each_profile_feature_brings_its_items_and_only_those(profile, brought, absent):
    found = codes(profile)
    assert brought <= found, brought - found
    assert not absent & found, absent & found
    assert GENERAL - {"XF-20"} <= found  # the general items stay


@pytest.mark.parametrize("profile, brought, absent", [
    pytest.param(Profile("零售", "九小场所"), {"XF-10", "XF-12"}, {"JX-01", "CC-01"}, id="九小场所"),
    pytest.param(Profile("机械", "规上"), {f"JX-0{n}" for n in range(1, 8)}, {"XF-10", "XF-12", "CC-01"},
                 id="machinery, above scale"),
    pytest.param(Profile("仓储物流", "规下"), {"CC-01", "CC-05"}, {"JX-01", "XF-10"}, id="warehousing"),
    pytest.param(Profile("机械制造", "规模以上"), {"JX-01"}, {"XF-10"}, id="older free text counts as its name"),
])
def test_industry_and_category_bring_theirs(profile, brought, absent):
    found = codes(profile)
    assert brought <= found and not absent & found


@pytest.mark.parametrize("profile, features", [
    (Profile("化工", "规上", hazardous_materials=("甲苯",), special_equipment=("压力容器", "叉车")),
     {Feature.HAZARDOUS_CHEMICALS, Feature.SPECIAL_EQUIPMENT, Feature.PRESSURE_EQUIPMENT}),
    (Profile("餐饮", "九小场所", hazardous_materials=("液化石油气",)), {Feature.GAS_USE}),
    (Profile("机械", "规下", hazardous_materials=("氧气",), processes="下料、焊接"),
     {Feature.HAZARDOUS_CHEMICALS, Feature.GAS_CYLINDERS, Feature.HOT_WORK}),
    (Profile("电子", "规下", confined_space=True, dust_explosion=True),
     {Feature.CONFINED_SPACE, Feature.DUST_EXPLOSION}),
    (Profile("电子", "规下"), set()),
])
def test_features_are_read_off_the_profile(profile, features):
    assert features_of(profile) == features


def test_templates_that_contribute_nothing_are_not_named():
    templates, _ = choose(PLAIN, TEMPLATES, ITEMS)
    assert [t.key for t in templates] == ["general"]
    chemical = Profile("化工", "规上", hazardous_materials=("甲苯",), special_equipment=("压力容器",))
    assert [t.key for t in choose(chemical, TEMPLATES, ITEMS)[0]] == ["general", "wh", "ts"]


def test_a_retired_item_is_left_out():
    current = {i: item for i, item in ITEMS.items() if item.code != "XF-01"}
    _, item_ids = choose(PLAIN, TEMPLATES, current)
    assert "XF-01" not in {ITEMS[i].code for i in item_ids} and len(item_ids) == 45
