"""Cancel a request at its n-th SQL statement, and photograph the whole database to prove nothing was left behind.

Tortoise logs each statement just before it awaits the driver, so a cancel issued from the log handler lands in
that statement's own await: the statement is in flight (sent, or queued to SQLite's thread) when the request dies,
which is what a client disconnect or a server shutdown does to a task at its worst moment."""

import asyncio
import logging
from contextlib import contextmanager

from tortoise import Tortoise, connections

from core import audit

_QUERY_LOGGER = logging.getLogger("tortoise.db_client")
_NOT_QUERIES = ("Created connection", "Closed connection")


class _CancelAtStatement(logging.Handler):
    def __init__(self, task: asyncio.Task, statement: int) -> None:
        super().__init__(level=logging.DEBUG)
        self.task, self.statement, self.seen = task, statement, 0
        self.cancelled_during: str | None = None

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if message.startswith(_NOT_QUERIES) or asyncio.current_task() is not self.task:
            return
        self.seen += 1
        if self.seen == self.statement:
            self.cancelled_during = message[:120]
            self.task.cancel()


@contextmanager
def cancel_at_statement(task: asyncio.Task, statement: int):
    """Yields the handler: `cancelled_during` names the statement the cancel landed in (None: the task finished
    first, it sent fewer statements). Only statements of `task` count, not the test's own."""
    handler = _CancelAtStatement(task, statement)
    previous = _QUERY_LOGGER.level
    _QUERY_LOGGER.setLevel(logging.DEBUG)
    _QUERY_LOGGER.addHandler(handler)
    try:
        yield handler
    finally:
        _QUERY_LOGGER.removeHandler(handler)
        _QUERY_LOGGER.setLevel(previous)


async def snapshot() -> dict[str, list[str]]:
    """Every row of every table, as sorted text: equal snapshots mean not one row was added, changed or removed."""
    conn = connections.get("default")
    quote = "`" if conn.capabilities.dialect == "mysql" else '"'
    tables = sorted({model._meta.db_table for app in Tortoise.apps.values() for model in app.values()})
    return {table: sorted(repr(sorted(row.items()))
                          for row in await conn.execute_query_dict(f"SELECT * FROM {quote}{table}{quote}"))
            for table in tables}


def changed_tables(before: dict[str, list[str]], after: dict[str, list[str]]) -> list[str]:
    return [table for table in before if before[table] != after[table]]


async def run_cancelled(request, statement: int):
    """Run `request()` (a coroutine function) as its own task and cancel it at its `statement`-th SQL statement.
    Returns (the statement it was cancelled in or None, the response or the CancelledError)."""
    task = asyncio.ensure_future(request())
    with cancel_at_statement(task, statement) as handler:
        try:
            outcome = await task
        except asyncio.CancelledError as cancelled:
            if asyncio.current_task().cancelling():
                raise  # the test itself is being cancelled
            outcome = cancelled
    return handler.cancelled_during, outcome


async def assert_chain_verifies() -> None:
    report = await audit.verify_chain()
    assert report.ok, report
