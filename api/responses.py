"""Declared error responses, so the OpenAPI names every status a route can give."""

from typing import Any

from pydantic import BaseModel


class ErrorRead(BaseModel):
    code: str
    message: str
    detail: Any = None


_DESCRIPTIONS = {
    400: "请求无法解析", 401: "未登录或登录已失效", 403: "角色或范围不允许", 404: "对象不存在或不在权限范围内", 409: "状态冲突",
    410: "已失效", 413: "内容过大", 415: "不支持的类型", 422: "输入有误", 429: "请求过于频繁",
    503: "依赖的服务暂时不可用", 507: "服务器存储空间不足",
}


def errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """Every route answers 400 for an unparseable body, 413 for one over REQUEST_MAX_BYTES (api/body_limit.py),
    422 for bad input and 503 when the database is down; add the rest per route."""
    return {status: {"model": ErrorRead, "description": _DESCRIPTIONS[status]}
            for status in sorted({*statuses, 400, 413, 422, 503})}
