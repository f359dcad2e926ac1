"""Domain exceptions. Services raise them; api/errors.py maps each class to an HTTP status once."""

from typing import Any


class DomainError(Exception):
    code = "DOMAIN_ERROR"
    message = "操作失败"

    def __init__(self, message: str | None = None, *, code: str | None = None, detail: Any = None):
        self.message = message or type(self).message
        self.code = code or type(self).code
        self.detail = detail
        super().__init__(self.message)


class NotAuthenticated(DomainError):
    code = "NOT_AUTHENTICATED"
    message = "请先登录"


class PermissionDenied(DomainError):
    code = "PERMISSION_DENIED"
    message = "无权执行此操作"


class NotFound(DomainError):
    """Also used for objects outside the caller's scope, so their existence is not revealed."""

    code = "NOT_FOUND"
    message = "对象不存在"


class Conflict(DomainError):
    code = "CONFLICT"
    message = "当前状态不允许此操作"


class Gone(DomainError):
    code = "GONE"
    message = "该对象已失效"


class PayloadTooLarge(DomainError):
    code = "PAYLOAD_TOO_LARGE"
    message = "内容过大"


class UnsupportedMediaType(DomainError):
    code = "UNSUPPORTED_MEDIA_TYPE"
    message = "不支持的文件类型"


class InsufficientStorage(DomainError):
    """The server's storage is full: nothing was saved, and retrying will not help until an operator acts."""

    code = "STORAGE_FULL"
    message = "服务器存储空间不足,文件未保存,请联系管理员"


class InvalidInput(DomainError):
    code = "INVALID_INPUT"
    message = "输入有误"


class RateLimited(DomainError):
    code = "RATE_LIMITED"
    message = "操作过于频繁,请稍后再试"

    def __init__(self, message: str | None = None, *, retry_after: int, code: str | None = None):
        super().__init__(message, code=code, detail={"retry_after": retry_after})
        self.retry_after = retry_after


class ServiceUnavailable(DomainError):
    code = "SERVICE_UNAVAILABLE"
    message = "服务暂时不可用,请稍后重试"


class StorageUnavailable(ServiceUnavailable):
    """The object store cannot be reached or refuses us: nothing was saved, a retry later may succeed."""

    code = "STORAGE_UNAVAILABLE"
    message = "文件存储暂时不可用,请稍后重试"


# Pydantic error types → what a Chinese user reads next to the field.
VALIDATION_MESSAGES = {
    "missing": "必填",
    "string_too_short": "长度不足",
    "string_too_long": "长度超出限制",
    "string_pattern_mismatch": "格式不正确",
    "string_type": "应为文本",
    "int_parsing": "应为整数",
    "int_type": "应为整数",
    "float_parsing": "应为数字",
    "float_type": "应为数字",
    "bool_parsing": "应为是或否",
    "enum": "取值不在允许范围内",
    "literal_error": "取值不在允许范围内",
    "greater_than_equal": "数值过小",
    "less_than_equal": "数值过大",
    "greater_than": "数值过小",
    "less_than": "数值过大",
    "json_invalid": "不是合法的 JSON",
    "model_attributes_type": "应为对象",
    "dict_type": "应为对象",
    "list_type": "应为列表",
    "too_long": "条目过多",
    "date_from_datetime_parsing": "日期格式不正确",
    "datetime_from_date_parsing": "时间格式不正确",
    "extra_forbidden": "不认识的字段,请删除",
    "control_character": "含有不可见的控制字符",
}
