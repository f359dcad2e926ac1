"""Tortoise configuration. Each domain is its own Tortoise app with its own migrations package."""

import functools
import logging
from collections.abc import Awaitable, Callable
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, ParamSpec, TypeVar
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from core.settings import get_settings

# app label -> model modules. Order matters only for readability; migrations carry their own dependencies.
APPS: dict[str, list[str]] = {
    "core": ["core.models"],
    "enterprises": ["enterprises.models"],
    "files": ["files.models"],
    "inspections": ["inspections.models"],
    "notify": ["notify.models"],
    "scoring": ["scoring.models"],
}

# aiomysql's pool defaults to 5 connections, too few for a burst of phones; utf8mb4 for Chinese and emoji.
_MYSQL_DEFAULTS = {"charset": "utf8mb4", "maxsize": "20", "pool_recycle": "3600", "connect_timeout": "5"}


def normalise_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme != "mysql":
        return url
    query = dict(parse_qsl(parts.query))
    for key, value in _MYSQL_DEFAULTS.items():
        query.setdefault(key, value)
    return urlunsplit(parts._replace(query=urlencode(query)))


# The connection the command center reads from when DATABASE_READ_URL is set (a replica).
READ_CONNECTION = "read"
_read_alias: ContextVar[str | None] = ContextVar("read_alias", default=None)


class ReadReplicaRouter:
    """Tortoise router: reads made under `replica_reads()` go to the read connection, everything else to the
    model's own (writes always do)."""

    def db_for_read(self, model) -> str | None:
        return _read_alias.get()

    def db_for_write(self, model) -> None:
        return None


@contextmanager
def replica_reads():
    """Send the reads inside to the read connection when one is configured, else leave them on the default."""
    from tortoise.connection import connections

    token = _read_alias.set(READ_CONNECTION if READ_CONNECTION in connections.db_config else None)
    try:
        yield
    finally:
        _read_alias.reset(token)


P = ParamSpec("P")
R = TypeVar("R")


def reads_from_replica(function: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[R]]:
    @functools.wraps(function)
    async def reading(*args: P.args, **kwargs: P.kwargs) -> R:
        with replica_reads():
            return await function(*args, **kwargs)

    return reading


def tortoise_config(db_url: str | None = None, read_url: str | None = None) -> dict[str, Any]:
    url = normalise_url(db_url or get_settings().resolved_database_url)
    connections = {"default": url} | ({READ_CONNECTION: normalise_url(read_url)} if read_url else {})
    return {
        "connections": connections,
        "routers": ["core.db.ReadReplicaRouter"],
        "apps": {
            label: {"models": modules, "default_connection": "default", "migrations": f"migrations.{label}"}
            for label, modules in APPS.items()
        },
        "use_tz": True,
        "timezone": "Asia/Shanghai",
    }


def ensure_sqlite_dir(db_url: str) -> None:
    if db_url.startswith("sqlite://") and ":memory:" not in db_url:
        from pathlib import Path

        Path(db_url.removeprefix("sqlite://")).parent.mkdir(parents=True, exist_ok=True)


def __getattr__(name: str) -> Any:
    # `tortoise makemigrations` reads core.db.TORTOISE_ORM; build it lazily so settings are read at use.
    if name == "TORTOISE_ORM":
        return tortoise_config()
    raise AttributeError(name)


async def apply_migrations(db_url: str | None = None, progress=None) -> None:
    """Apply the committed migrations of every app (the only way the schema is made outside tests)."""
    from tortoise import Tortoise
    from tortoise.migrations.api import migrate

    config = tortoise_config(db_url)
    ensure_sqlite_dir(config["connections"]["default"])
    await migrate(config=config, progress=progress)
    await Tortoise.close_connections()


async def open_database(db_url: str | None = None, read_url: str | None = None) -> None:
    """Connect for serving: the context is global so lifespan and request tasks share it. `read_url` adds the
    replica the command center reads from."""
    from tortoise import Tortoise

    config = tortoise_config(db_url, read_url)
    ensure_sqlite_dir(config["connections"]["default"])
    _harden_transactions()
    await Tortoise.init(config=config, _enable_global_fallback=True)


def _harden_transactions() -> None:
    """Two gaps in Tortoise's transaction contexts, found by cancelling a request at each of its driver calls
    (tests/inspections/test_cancelled_submit.py); a cancel is what a server stop or a timeout does to a request.

    A cancel during BEGIN: `__aenter__` fails after taking the connection (MySQL: out of the pool for good) or
    SQLite's single lock (every later query in the process waits forever), and `__aexit__` never runs. Now a failed
    enter undoes itself through `__aexit__`.

    A cancel during a statement: aiomysql closes that connection and the server rolls the transaction back itself;
    Tortoise's ROLLBACK then fails on the closed connection and its InterfaceError replaced the CancelledError (a
    logged 500, a task that no longer ends cancelled). When the body already failed, a failed rollback now leaves
    the body's error in place; the connection is released either way."""
    from tortoise.backends.base.client import TransactionContextPooled
    from tortoise.backends.sqlite.client import SqliteTransactionContext

    if getattr(TransactionContextPooled, "hardened", False):
        return
    for context in (TransactionContextPooled, SqliteTransactionContext):
        context.__aenter__ = _undo_a_failed_enter(context.__aenter__)
    TransactionContextPooled.__aexit__ = _keep_the_first_error(TransactionContextPooled.__aexit__)
    TransactionContextPooled.hardened = True


def _undo_a_failed_enter(enter):
    async def enter_or_undo(self):
        try:
            return await enter(self)
        except BaseException as failure:
            if hasattr(self, "token"):  # it got as far as holding the connection (and SQLite's lock)
                await self.__aexit__(type(failure), failure, failure.__traceback__)
            raise

    return enter_or_undo


def _keep_the_first_error(exit_transaction):
    async def exit_keeping_first_error(self, exc_type, exc_val, exc_tb) -> None:
        try:
            await exit_transaction(self, exc_type, exc_val, exc_tb)
        except Exception as rollback_error:
            if exc_type is None:
                raise  # the commit failed: that is the error
            logging.getLogger("jinyan.db").warning("rollback after %s failed: %r", exc_type.__name__, rollback_error)

    return exit_keeping_first_error


async def close_database() -> None:
    from tortoise import Tortoise

    await Tortoise.close_connections()
