"""The street's dictionaries of industries and enterprise categories, pure: the list ships as data
(data/dictionary.json); a code, a name or a synonym resolves to one entry, and its name is what is stored."""

import json
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from core.errors import InvalidInput

DICTIONARY_PATH = Path(__file__).parent / "data" / "dictionary.json"
# "化工行业", "规上企业": the words people add to a name without changing it.
_NOISE_SUFFIXES = ("行业", "企业")


class Kind(StrEnum):
    INDUSTRY = "industry"
    CATEGORY = "category"


KIND_LABELS = {Kind.INDUSTRY: "行业", Kind.CATEGORY: "类别"}
_SECTIONS = {Kind.INDUSTRY: "industries", Kind.CATEGORY: "categories"}


@dataclass(frozen=True)
class Entry:
    code: str
    name: str
    synonyms: tuple[str, ...]
    section: str = ""  # GB/T 4754-2017 门类 letter (industries only)
    section_name: str = ""
    divisions: tuple[str, ...] = ()  # GB/T 4754-2017 大类 "code name"


class UnknownValue(InvalidInput):
    """A value that is no code, name or synonym of its dictionary: 422 naming the field and listing the choices."""

    def __init__(self, kind: Kind, value: str, field: str, choices: list[str]):
        label = KIND_LABELS[kind]
        message = f"{label}“{value}”不在{label}字典中,请选择:{'、'.join(choices)}"
        super().__init__(message, code=f"{kind.upper()}_UNKNOWN",
                         detail=[{"field": field, "message": message, "choices": choices}])


def _key(text: str) -> str:
    """Full-width letters and spaces, case and surrounding blanks do not matter."""
    return "".join(unicodedata.normalize("NFKC", text).split()).lower()


def _load() -> dict[Kind, tuple[Entry, ...]]:
    data = json.loads(DICTIONARY_PATH.read_text(encoding="utf-8"))
    return {kind: tuple(Entry(code=e["code"], name=e["name"], synonyms=tuple(e["synonyms"]),
                              section=e.get("section", ""), section_name=e.get("section_name", ""),
                              divisions=tuple(e.get("divisions", ())))
                        for e in data[_SECTIONS[kind]])
            for kind in Kind}


ENTRIES = _load()
_INDEX: dict[Kind, dict[str, Entry]] = {
    kind: {_key(word): entry for entry in entries for word in (entry.code, entry.name, *entry.synonyms)}
    for kind, entries in ENTRIES.items()}


def entries(kind: Kind) -> tuple[Entry, ...]:
    return ENTRIES[kind]


def choices(kind: Kind) -> list[str]:
    return [entry.name for entry in ENTRIES[kind]]


def resolve(kind: Kind, text: str) -> Entry | None:
    """The entry a code, a name or a synonym names (also with 行业/企业 appended), or None."""
    key = _key(text)
    if (entry := _INDEX[kind].get(key)) is not None:
        return entry
    for suffix in _NOISE_SUFFIXES:
        if key.endswith(suffix) and (entry := _INDEX[kind].get(key.removesuffix(suffix))) is not None:
            return entry
    return None


def canonical(kind: Kind, text: str, field: str | None = None) -> str:
    """The stored name for what a client sent; UnknownValue (422) if the dictionary does not know it."""
    if (entry := resolve(kind, text)) is None:
        raise UnknownValue(kind, text, field or kind.value, choices(kind))
    return entry.name


def canonical_list(kind: Kind, texts: list[str] | None, field: str) -> list[str] | None:
    """Each value of a target list resolved (duplicates after resolution dropped); None stays None."""
    if texts is None:
        return None
    return list(dict.fromkeys(canonical(kind, text, field) for text in texts))


def target_names(target) -> dict:
    """A notice's or campaign's target (`industries`, `categories` lists) with each value as its name, ready for
    `target.model_copy(update=...)`; a value the dictionaries do not know is a 422 naming `target.<list>`."""
    return {"industries": canonical_list(Kind.INDUSTRY, target.industries, "target.industries"),
            "categories": canonical_list(Kind.CATEGORY, target.categories, "target.categories")}


def same_or_canonical(kind: Kind, text: str) -> str:
    """For matching stored values: a known word as its name, anything else (older free text) as it is."""
    entry = resolve(kind, text)
    return entry.name if entry else text
