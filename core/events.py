"""Domain events as small typed values: what happened, recorded in the writer's transaction (core.outbox).

Each domain declares its events in its own `events.py` as frozen dataclasses with a stable `name` (the name is
stored, so renaming a class is free and renaming `name` is a migration). The stored payload is the event's
fields as JSON; dates travel as ISO strings and come back as dates. Pure (the standard library only)."""

import dataclasses
import functools
import typing
from datetime import date, datetime
from typing import Any, ClassVar

_REGISTRY: dict[str, type["Event"]] = {}


class UnknownEvent(LookupError):
    """A stored event whose name no loaded module declares, or whose payload no longer fits its class."""


@dataclasses.dataclass(frozen=True)
class Event:
    name: ClassVar[str]

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        name = cls.__dict__.get("name")
        if name is None:
            raise TypeError(f"{cls.__name__} must declare its stored name")
        if name in _REGISTRY and _REGISTRY[name].__qualname__ != cls.__qualname__:
            raise TypeError(f"event name {name!r} is declared twice "
                            f"({_REGISTRY[name].__qualname__}, {cls.__qualname__})")
        _REGISTRY[name] = cls

    def payload(self) -> dict[str, Any]:
        """The event's fields as JSON values."""
        return {f.name: _to_json(getattr(self, f.name)) for f in dataclasses.fields(self)}

    @classmethod
    def from_payload(cls, payload: dict[str, Any]):
        """Rebuild from a stored payload; keys the class no longer has are ignored, missing ones take defaults."""
        values = {name: _from_json(payload[name], hint) for name, hint in _fields_of(cls) if name in payload}
        try:
            return cls(**values)
        except TypeError as exc:
            raise UnknownEvent(f"{cls.name}: {exc}") from exc


@functools.cache
def _fields_of(cls: type) -> tuple[tuple[str, Any], ...]:
    """Each field's name and resolved type hint, once per class (resolving hints is most of a load's cost)."""
    hints = typing.get_type_hints(cls)
    return tuple((f.name, hints[f.name]) for f in dataclasses.fields(cls))


def event_type(name: str) -> type[Event]:
    try:
        return _REGISTRY[name]
    except KeyError:
        raise UnknownEvent(f"no event is named {name!r}") from None


def load(name: str, payload: dict[str, Any]) -> Event:
    """The typed event a stored row holds."""
    return event_type(name).from_payload(payload)


def _to_json(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_to_json(v) for v in value]
    return value


def _from_json(value, hint):
    if value is None:
        return None
    kinds = typing.get_args(hint) or (hint,)  # `date | None` -> (date, NoneType)
    if datetime in kinds and isinstance(value, str):
        return datetime.fromisoformat(value)
    if date in kinds and isinstance(value, str):
        return date.fromisoformat(value)
    if typing.get_origin(hint) is tuple and isinstance(value, list):
        return tuple(value)
    return value
