"""Logging: JSON lines in production, readable text in dev; every record carries the request id of its request."""

import json
import logging
import re
from contextvars import ContextVar
from typing import TextIO

from core import clock

current_request_id: ContextVar[str | None] = ContextVar("request_id", default=None)

_STANDARD = set(logging.LogRecord("", 0, "", 0, "", (), None).__dict__) | {"message", "asctime"}


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if not getattr(record, "request_id", None):
            record.request_id = current_request_id.get()
        return True


# Query parameters that carry a secret: the live feed's ticket, a login token someone put in a URL, codes.
_QUERY_SECRET = re.compile(r"([?&](?:ticket|access_token|token|code|invite_code|reset_code|password)=)[^&\s\"']*",
                           re.IGNORECASE)


def redact(text: str) -> str:
    """`…/stream?ticket=abc&region_id=3` → `…/stream?ticket=***&region_id=3`."""
    return _QUERY_SECRET.sub(r"\1***", text)


class RedactQuerySecrets(logging.Filter):
    """No record leaves with a query string's secret: uvicorn's access log prints the full path with its query."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact(message)
        if redacted != message:
            record.msg, record.args = redacted, ()
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line, with the extras a caller passed (`log.info(..., extra={...})`)."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {"at": clock.now().isoformat(timespec="milliseconds"), "level": record.levelname,
                 "logger": record.name, "message": record.getMessage(), "request_id": record.request_id}
        entry.update({k: v for k, v in record.__dict__.items() if k not in _STANDARD and k not in entry})
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


def handler(json_lines: bool, stream: TextIO | None = None) -> logging.Handler:
    """Our one log handler: request ids, query secrets redacted, JSON lines or readable text."""
    made = logging.StreamHandler(stream)
    made.addFilter(RequestIdFilter())
    made.addFilter(RedactQuerySecrets())
    made.setFormatter(JsonFormatter() if json_lines else
                      logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"))
    return made


def configure(json_lines: bool, level: int = logging.INFO) -> None:
    root = logging.getLogger()
    root.handlers = [handler(json_lines)]
    root.setLevel(level)
    # Uvicorn's own loggers go through the same handler.
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        logging.getLogger(name).handlers = []
        logging.getLogger(name).propagate = True
