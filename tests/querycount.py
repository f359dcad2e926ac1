"""Count the SQL statements a block of code sends, from Tortoise's own query log."""

import logging
from contextlib import contextmanager

_QUERY_LOGGER = logging.getLogger("tortoise.db_client")
_NOT_QUERIES = ("Created connection", "Closed connection")


class _Counter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.statements: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if not message.startswith(_NOT_QUERIES):
            self.statements.append(message)


@contextmanager
def count_queries():
    counter = _Counter()
    previous = _QUERY_LOGGER.level
    _QUERY_LOGGER.setLevel(logging.DEBUG)
    _QUERY_LOGGER.addHandler(counter)
    try:
        yield counter.statements
    finally:
        _QUERY_LOGGER.removeHandler(counter)
        _QUERY_LOGGER.setLevel(previous)
