"""Typed WeChat failures, classified by the policy of wechat-api.md §9."""


class WeChatError(Exception):
    def __init__(self, errcode: int, errmsg: str = ""):
        self.errcode = errcode
        self.errmsg = errmsg
        super().__init__(f"WeChat errcode {errcode}: {errmsg}")

    @property
    def rid(self) -> str | None:
        _, sep, rid = self.errmsg.rpartition("rid:")
        return rid.strip() if sep else None


class WeChatLoginCodeInvalid(WeChatError):
    """40029 / 40163: the wx.login code is invalid, expired or used; the user logs in again."""


class WeChatLoginBlocked(WeChatError):
    """40226: WeChat blocks this user's login as high risk."""


class WeChatRateLimited(WeChatError):
    """45011: per-minute limit."""


class WeChatQuotaExceeded(WeChatError):
    """45009: quota reached; back off, do not retry tightly."""


class WeChatSubscriptionRefused(WeChatError):
    """43101: the user has no grant left for this template (refused, used, or unsubscribed); never retried."""


class WeChatTokenError(WeChatError):
    """The access token stays invalid after one refresh."""


class WeChatUnavailable(WeChatError):
    """Busy (-1) after retries, a transport failure or an HTTP error: WeChat cannot be reached now."""


class WeChatRequestError(WeChatError):
    """Permanent: bad payload or configuration. Retrying does not help."""


LOGIN_CODE_ERRORS = {40029, 40163}
TOKEN_ERRORS = {40001, 40014, 42001}


def classify(errcode: int, errmsg: str) -> WeChatError:
    if errcode in LOGIN_CODE_ERRORS:
        return WeChatLoginCodeInvalid(errcode, errmsg)
    if errcode == 40226:
        return WeChatLoginBlocked(errcode, errmsg)
    if errcode == 45011:
        return WeChatRateLimited(errcode, errmsg)
    if errcode == 45009:
        return WeChatQuotaExceeded(errcode, errmsg)
    if errcode == 43101:
        return WeChatSubscriptionRefused(errcode, errmsg)
    if errcode == -1:
        return WeChatUnavailable(errcode, errmsg)
    if errcode in TOKEN_ERRORS:
        return WeChatTokenError(errcode, errmsg)
    return WeChatRequestError(errcode, errmsg)
