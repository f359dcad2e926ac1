"""Cancel a request at its n-th call into the database driver, and photograph the whole database to prove nothing
was left behind.

Every statement, BEGIN, COMMIT and ROLLBACK goes through one method of each driver (aiosqlite's `_execute`,
aiomysql's `_execute_command`); a cancel issued on entering it lands in that call's own await, so the call is in
flight (sent, or queued to SQLite's thread) when the request dies, which is what a server stop or a timeout does to a
task at its worst moment."""

import asyncio
from contextlib import contextmanager

import aiomysql.connection
import aiosqlite.core
from tortoise import Tortoise, connections

from core import audit


class _CancelAtCall:
    def __init__(self, task: asyncio.Task, call: int) -> None:
        self.task, self.call, self.seen = task, call, 0
        self.cancelled_during: str | None = None

    def reached(self, what: str) -> None:
        if asyncio.current_task() is not self.task:
            return
        self.seen += 1
        if self.seen == self.call:
            self.cancelled_during = what[:120]
            self.task.cancel()


@contextmanager
def cancel_at_driver_call(task: asyncio.Task, call: int):
    """Yields the handler: `cancelled_during` names the driver call the cancel landed in (None: the task finished
    first, it made fewer calls). Only calls made by `task` count, not the test's own."""
    handler = _CancelAtCall(task, call)
    sqlite_execute = aiosqlite.core.Connection._execute
    mysql_command = aiomysql.connection.Connection._execute_command

    async def sqlite_call(self, fn, *args, **kwargs):
        handler.reached(f"sqlite {getattr(fn, '__name__', fn)} {args[0] if args else ''}")
        return await sqlite_execute(self, fn, *args, **kwargs)

    async def mysql_call(self, command, sql):
        handler.reached(f"mysql {sql}")
        return await mysql_command(self, command, sql)

    aiosqlite.core.Connection._execute = sqlite_call
    aiomysql.connection.Connection._execute_command = mysql_call
    try:
        yield handler
    finally:
        aiosqlite.core.Connection._execute = sqlite_execute
        aiomysql.connection.Connection._execute_command = mysql_command


async def snapshot() -> dict[str, list[str]]:
    """Every row of every table, as sorted text: equal snapshots mean not one row was added, changed or removed.
    A transaction left holding SQLite's lock would hang it: that fails after 20 s instead."""
    return await asyncio.wait_for(_every_row(), 20)


async def _every_row() -> dict[str, list[str]]:
    conn = connections.get("default")
    quote = "`" if conn.capabilities.dialect == "mysql" else '"'
    tables = sorted({model._meta.db_table for app in Tortoise.apps.values() for model in app.values()})
    return {table: sorted(repr(sorted(row.items()))
                          for row in await conn.execute_query_dict(f"SELECT * FROM {quote}{table}{quote}"))
            for table in tables}


def changed_tables(before: dict[str, list[str]], after: dict[str, list[str]]) -> list[str]:
    return [table for table in before if before[table] != after[table]]


async def run_cancelled(request, call: int):
    """Run `request()` (a coroutine function) as its own task and cancel it at its `call`-th driver call.
    Returns (the call it was cancelled in or None, the response or the CancelledError)."""
    task = asyncio.ensure_future(request())
    with cancel_at_driver_call(task, call) as handler:
        try:
            outcome = await asyncio.wait_for(asyncio.shield(task), 20)
        except asyncio.CancelledError as cancelled:
            if asyncio.current_task().cancelling():
                raise  # the test itself is being cancelled
            outcome = cancelled
    return handler.cancelled_during, outcome


async def assert_chain_verifies() -> None:
    report = await audit.verify_chain()
    assert report.ok, report
