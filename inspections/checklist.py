"""Which library items an enterprise's checklist holds, pure: the profile in, templates and items out.

An item or template names the industries, categories and profile features it is for (an empty list: any). It fits
an enterprise when the industry and the category are among those named and, if it names features, the enterprise
has at least one of them. A checklist is the fitting templates' fitting items, in template order, each once; the
hazard points come on top (inspections/service.py). The features are read off the profile: the stored hazardous
chemicals and special equipment, the work the enterprise declared (有限空间, 粉尘涉爆, 动火, 燃气), and the few
unambiguous words of its lists (液化石油气 is gas use, 焊接 is hot work, a 压力容器 is pressure equipment)."""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from enterprises.dictionary import Kind, same_or_canonical


class Feature(StrEnum):
    HAZARDOUS_CHEMICALS = "hazardous_chemicals"
    SPECIAL_EQUIPMENT = "special_equipment"
    PRESSURE_EQUIPMENT = "pressure_equipment"
    ELEVATOR = "elevator"
    GAS_CYLINDERS = "gas_cylinders"
    CONFINED_SPACE = "confined_space"
    DUST_EXPLOSION = "dust_explosion"
    HOT_WORK = "hot_work"
    GAS_USE = "gas_use"


FEATURE_LABELS = {
    Feature.HAZARDOUS_CHEMICALS: "危险化学品", Feature.SPECIAL_EQUIPMENT: "特种设备",
    Feature.PRESSURE_EQUIPMENT: "承压特种设备(压力容器、锅炉、气瓶)", Feature.ELEVATOR: "电梯",
    Feature.GAS_CYLINDERS: "工业气瓶", Feature.CONFINED_SPACE: "有限空间作业", Feature.DUST_EXPLOSION: "粉尘涉爆",
    Feature.HOT_WORK: "动火作业", Feature.GAS_USE: "使用燃气"}

# Stored materials that are fuel: gas use, not a chemicals store (a restaurant's 液化石油气).
FUEL_GASES = ("液化石油气", "液化气", "天然气", "燃气", "煤气", "lpg", "沼气")
# Stored materials that come in industrial cylinders (氧气、乙炔 for cutting and welding).
CYLINDER_GASES = ("氧气", "乙炔", "氩气", "氮气", "二氧化碳", "丙烷", "氢气")
# Words of the special-equipment list that bring a narrower feature.
EQUIPMENT_WORDS = {
    Feature.PRESSURE_EQUIPMENT: ("压力容器", "锅炉", "储罐", "储气罐", "气瓶", "压力管道", "反应釜", "灭菌釜"),
    Feature.ELEVATOR: ("电梯", "货梯", "客梯", "扶梯"),
    Feature.GAS_CYLINDERS: ("气瓶",),
}
# Processes that are hot work (动火): welding, flame cutting, melting.
HOT_WORK_PROCESSES = ("焊", "气割", "热切割", "动火", "熔炼", "熔化")


@dataclass(frozen=True)
class Profile:
    """What of an enterprise decides its checklist."""

    industry: str
    category: str
    hazardous_materials: tuple[str, ...] = ()
    special_equipment: tuple[str, ...] = ()
    processes: str = ""
    confined_space: bool = False
    dust_explosion: bool = False
    hot_work: bool = False
    gas_use: bool = False

    @classmethod
    def of(cls, enterprise) -> "Profile":
        return cls(industry=enterprise.industry, category=enterprise.category,
                   hazardous_materials=tuple(enterprise.hazardous_materials),
                   special_equipment=tuple(enterprise.special_equipment), processes=enterprise.processes,
                   confined_space=enterprise.confined_space, dust_explosion=enterprise.dust_explosion,
                   hot_work=enterprise.hot_work, gas_use=enterprise.gas_use)


class Target(Protocol):
    """A check item or a template: whom it is for."""

    industries: list[str]
    categories: list[str]
    features: list[str]


class TemplateLike(Target, Protocol):
    item_ids: list[int]


def _mentions(texts: Iterable[str], words: Iterable[str]) -> bool:
    return any(word in text.lower() for text in texts for word in words)


def features_of(profile: Profile) -> frozenset[Feature]:
    materials = profile.hazardous_materials
    equipment = profile.special_equipment
    fuel = [m for m in materials if _mentions([m], FUEL_GASES)]
    chemicals = [m for m in materials if m not in fuel]
    found = {feature for feature, words in EQUIPMENT_WORDS.items() if _mentions(equipment, words)}
    if chemicals:
        found.add(Feature.HAZARDOUS_CHEMICALS)
    if equipment:
        found.add(Feature.SPECIAL_EQUIPMENT)
    if _mentions(chemicals, CYLINDER_GASES):
        found.add(Feature.GAS_CYLINDERS)
    if profile.gas_use or fuel:
        found.add(Feature.GAS_USE)
    if profile.hot_work or _mentions([profile.processes], HOT_WORK_PROCESSES):
        found.add(Feature.HOT_WORK)
    if profile.confined_space:
        found.add(Feature.CONFINED_SPACE)
    if profile.dust_explosion:
        found.add(Feature.DUST_EXPLOSION)
    return frozenset(found)


def named(targets: list[str], kind: Kind, value: str) -> bool:
    """Whether a target list (empty: any) names the industry or category `value`."""
    return not targets or same_or_canonical(kind, value) in {same_or_canonical(kind, t) for t in targets}


def fits(target: Target, profile: Profile, features: frozenset[Feature]) -> bool:
    """Older free text on either side ("机械制造") counts as the dictionary's name it stands for."""
    return (named(target.industries, Kind.INDUSTRY, profile.industry)
            and named(target.categories, Kind.CATEGORY, profile.category)
            and (not target.features or not features.isdisjoint(target.features)))


def choose(profile: Profile, templates: Sequence[TemplateLike],
           items: Mapping[int, Target]) -> tuple[list[TemplateLike], list[int]]:
    """The templates that contribute to the checklist and the ids of its items, in template order, each once.
    `items` holds the library's current items by id (a retired item is simply absent)."""
    features = features_of(profile)
    chosen: dict[int, None] = {}
    contributing = []
    for template in templates:
        if not fits(template, profile, features):
            continue
        fresh = [i for i in template.item_ids if i in items and i not in chosen and fits(items[i], profile, features)]
        if fresh or any(i in chosen for i in template.item_ids):
            contributing.append(template)
        chosen.update(dict.fromkeys(fresh))
    return contributing, list(chosen)
