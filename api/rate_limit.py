"""Rate limits on scans, uploads and public reports, per user and per IP (login has its own, counted in the database).

The counting is the `limits` library's moving window. Its storage is RATE_LIMIT_STORAGE_URL: `async+memory://`
counts in each API process (with N processes a client gets up to N times the limit), `async+redis://host:6379`
shares one count between all of them. A storage outage lets requests through: the limits guard against abuse,
they must not take scanning down with them."""

import logging
import math
import time
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from limits import RateLimitItem, parse
from limits.aio.strategies import MovingWindowRateLimiter
from limits.errors import StorageError
from limits.storage import storage_from_string

from api.deps import ClientIp, CurrentUser, OptionalUser
from core.errors import RateLimited
from core.settings import Settings

log = logging.getLogger("jinyan.rate_limit")


@dataclass(frozen=True)
class Guarded:
    """One kind of request that is limited: its error code and message, and its two limits in settings."""

    name: str
    code: str
    message: str

    def per_user(self, settings: Settings) -> RateLimitItem:
        return parse(getattr(settings, f"{self.name}_rate_per_user"))

    def per_ip(self, settings: Settings) -> RateLimitItem:
        return parse(getattr(settings, f"{self.name}_rate_per_ip"))


SCAN = Guarded("scan", "SCAN_RATE_LIMITED", "扫码过于频繁,请稍后再试")
UPLOAD = Guarded("upload", "UPLOAD_RATE_LIMITED", "上传过于频繁,请稍后再试")
REPORT = Guarded("report", "REPORT_RATE_LIMITED", "反映问题过于频繁,请稍后再试")


def retry_after_seconds(reset_at: float, now: float) -> int:
    """Whole seconds until the window lets one more request in; at least 1, as Retry-After must be positive."""
    return max(1, math.ceil(reset_at - now))


class RateLimiter:
    def __init__(self, settings: Settings):
        self.settings = settings
        self.strategy = MovingWindowRateLimiter(storage_from_string(settings.rate_limit_storage_url,
                                                                    key_prefix="jinyan", wrap_exceptions=True))

    async def check(self, guarded: Guarded, user_id: int | None, ip: str) -> None:
        """Count this request for the user (when known) and the IP; 429 with Retry-After past either limit."""
        checks = [(guarded.per_user(self.settings), f"user:{user_id}")] if user_id is not None else []
        checks.append((guarded.per_ip(self.settings), f"ip:{ip}"))
        for item, who in checks:
            try:
                if await self.strategy.hit(item, guarded.name, who):
                    continue
                stats = await self.strategy.get_window_stats(item, guarded.name, who)
            except StorageError as exc:
                log.warning("rate limit storage unavailable, %s not limited: %s", guarded.name, exc)
                return
            raise RateLimited(guarded.message, code=guarded.code,
                              retry_after=retry_after_seconds(stats.reset_time, time.time()))


def limiter_of(request: Request) -> RateLimiter:
    return request.app.state.rate_limiter


async def _limit_scans(request: Request, principal: OptionalUser, ip: ClientIp) -> None:
    await limiter_of(request).check(SCAN, principal.user_id if principal else None, ip)


async def _limit_uploads(request: Request, principal: CurrentUser, ip: ClientIp) -> None:
    await limiter_of(request).check(UPLOAD, principal.user_id, ip)


async def _limit_reports(request: Request, principal: OptionalUser, ip: ClientIp) -> None:
    await limiter_of(request).check(REPORT, principal.user_id if principal else None, ip)


ScanRateLimit = Annotated[None, Depends(_limit_scans)]
ReportRateLimit = Annotated[None, Depends(_limit_reports)]
UploadRateLimit = Annotated[None, Depends(_limit_uploads)]
