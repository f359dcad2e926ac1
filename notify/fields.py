"""Subscription-message values shaped to WeChat's field rules before sending (wechat-api.md §3a).

Pure: standard library only. A key's type is its prefix (`thing1` is a thing). Values that can be shortened are
shortened; values that cannot be made valid raise FieldInvalid, which the sender treats as permanent."""

import re
from datetime import datetime

from core.errors import InvalidInput

ELLIPSIS = "…"
_HAN = re.compile(r"[\u4e00-\u9fff]")
_NOT_HAN = re.compile(r"[^\u4e00-\u9fff]")
_NOT_STRING_CHAR = re.compile(r"[^0-9A-Za-z!-/:-@\[-`{-~]")
_TIME = re.compile(r"^(\d{4}年\d{1,2}月\d{1,2}日 ?)?\d{1,2}:\d{2}(~.+)?$")
_DATE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日( \d{1,2}:\d{2})?(~.+)?$")
_LIMITS = {"thing": 20, "number": 32, "letter": 32, "symbol": 5, "character_string": 32, "phone_number": 17,
           "car_number": 8, "phrase": 5}


class FieldInvalid(InvalidInput):
    code = "SUBSCRIBE_FIELD_INVALID"
    message = "订阅消息字段不符合微信规则"


def field_type(key: str) -> str:
    """`character_string12` -> `character_string`."""
    return key.rstrip("0123456789")


def _truncate(value: str, limit: int) -> str:
    return value if len(value) <= limit else value[: limit - 1] + ELLIPSIS


def _as_wechat_time(value: str, with_time: bool) -> str:
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return value
    day = f"{parsed.year}年{parsed.month}月{parsed.day}日"
    return f"{day} {parsed:%H:%M}" if with_time or parsed.time() != datetime.min.time() else day


def _shape_name(value: str) -> str:
    return value[:10] if _HAN.search(value) else value[:20]


def shape_value(key: str, value: object) -> str:
    """The value for data key `key`, shortened to its type's rule; FieldInvalid when it cannot be made valid."""
    kind = field_type(key)
    text = str(value).strip()
    if kind == "thing":
        text = _truncate(text, _LIMITS[kind])
    elif kind == "phrase":
        text = _NOT_HAN.sub("", text)[: _LIMITS[kind]]
    elif kind == "character_string":
        text = _NOT_STRING_CHAR.sub("", text)[: _LIMITS[kind]]
    elif kind == "number":
        text = re.sub(r"[^0-9.]", "", text)[: _LIMITS[kind]]
    elif kind in ("letter", "symbol", "phone_number", "car_number"):
        text = text[: _LIMITS[kind]]
    elif kind == "name":
        text = _shape_name(text)
    elif kind in ("time", "date"):
        text = _as_wechat_time(text, with_time=kind == "time")
        if not (_TIME if kind == "time" else _DATE).match(text):
            raise FieldInvalid(f"字段 {key} 不是微信接受的时间格式", detail={"key": key, "value": text})
    if not text:
        raise FieldInvalid(f"字段 {key} 为空或无法转换", detail={"key": key})
    return text


def shape_data(fields: dict[str, str], values: dict[str, object]) -> dict[str, dict[str, str]]:
    """Map our field names to the template's keys, shaped; a field the message lacks is sent as 无 or fails."""
    data = {}
    for name, key in fields.items():
        value = values.get(name)
        data[key] = {"value": shape_value(key, "无" if value in (None, "") else value)}
    return data
