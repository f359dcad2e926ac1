"""Tortoise configuration. Each domain is its own Tortoise app with its own migrations package."""

import asyncio
import functools
import logging
import random
from collections.abc import Awaitable, Callable, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, ParamSpec, TypeVar
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from pypika_tortoise.functions import DistinctOptionFunction
from tortoise.functions import Aggregate

from core.settings import get_settings

# app label -> model modules. Order matters only for readability; migrations carry their own dependencies.
APPS: dict[str, list[str]] = {
    "core": ["core.models"],
    "enterprises": ["enterprises.models"],
    "files": ["files.models"],
    "inspections": ["inspections.models"],
    "notify": ["notify.models"],
    "scoring": ["scoring.models"],
    "records": ["records.models"],
    "dashboard": ["dashboard.models"],
}


class _GroupConcatFunction(DistinctOptionFunction):
    def __init__(self, term, alias: str | None = None) -> None:
        super().__init__("GROUP_CONCAT", term, alias=alias)


class GroupConcat(Aggregate):
    """The values of a group joined by commas, NULLs left out (`GROUP_CONCAT`, the same in SQLite and MariaDB with
    the default separator): one row per group where a GROUP BY of two columns would send one per pair."""

    database_func = _GroupConcatFunction
    populate_field_object = False


def split_concat(joined: str | None) -> frozenset[str]:
    """The set of values GroupConcat joined (values with no comma in them: enum values)."""
    return frozenset(joined.split(",")) if joined else frozenset()


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


# -- lock conflicts: retried, never an outage --

# MySQL/MariaDB: 1213 a deadlock (InnoDB rolled this transaction back), 1205 a lock wait timeout.
LOCK_CONFLICT_CODES = (1205, 1213)
LOCK_CONFLICT_ATTEMPTS = 4
_LOCK_RETRY_BASE_SECONDS = 0.02
_log = logging.getLogger("jinyan.db")


def is_lock_conflict(exc: BaseException) -> bool:
    """A deadlock or lock wait timeout: the transaction wrote nothing and may simply run again. Tortoise wraps the
    driver's error (its args[0] is the driver's, whose args[0] is the code); a COMMIT raises the driver's own."""
    for error in (exc, exc.args[0] if exc.args else None):
        codes = getattr(error, "args", ())
        if codes and codes[0] in LOCK_CONFLICT_CODES:
            return True
    return False


def lock_retry_delay(attempt: int) -> float:
    """Exponential with jitter, so the transactions that collided do not collide again in step."""
    return _LOCK_RETRY_BASE_SECONDS * 2 ** (attempt - 1) * random.uniform(0.5, 1.5)


def retry_lock_conflicts(function: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[R]]:
    """Run a use case again (a few times, with jitter) when its transaction lost a lock conflict. Only for a
    function that owns its transaction(s) and has no effect outside the database before the conflict can happen;
    never inside a caller's transaction (that one is rolled back too, retrying the inner part cannot help)."""

    @functools.wraps(function)
    async def retrying(*args: P.args, **kwargs: P.kwargs) -> R:
        for attempt in range(1, LOCK_CONFLICT_ATTEMPTS + 1):
            try:
                return await function(*args, **kwargs)
            except Exception as exc:
                if attempt == LOCK_CONFLICT_ATTEMPTS or not is_lock_conflict(exc):
                    raise
                _log.info("%s lost a lock conflict (attempt %s), running it again: %s",
                          function.__qualname__, attempt, exc)
                await asyncio.sleep(lock_retry_delay(attempt))
        raise AssertionError("unreachable")

    return retrying


class _RawSql:
    """What the hand-built statements below need of a model's table on its connection: the dialect, its quoted
    names and its parameter mark."""

    def __init__(self, model) -> None:
        self.meta = model._meta
        self.connection = self.meta.db
        self.mysql = self.connection.capabilities.dialect == "mysql"
        self.quote, self.mark = ("`", "%s") if self.mysql else ('"', "?")
        self.table = f"{self.quote}{self.meta.db_table}{self.quote}"

    def column(self, name: str) -> str:
        return f"{self.quote}{self.meta.fields_db_projection[name]}{self.quote}"

    def marks(self, count: int) -> str:
        return ", ".join([self.mark] * count)


async def upsert(model, values: dict[str, Any], conflict: tuple[str, ...], *, add: dict[str, int] | None = None,
                 replace: tuple[str, ...] = ()) -> None:
    """One statement: INSERT `values`, or, when a row with the same `conflict` key exists, UPDATE it: `add`
    columns grow by their number, `replace` columns take the inserted value; with neither, leave it alone.

    "Create if missing" as UPDATE-then-INSERT or SELECT-then-INSERT takes a gap lock when the row is missing, and
    two transactions holding gap locks then both inserting deadlock on InnoDB (eight new users subscribing at
    once did); an upsert takes no gap lock for a missing key."""
    raw = _RawSql(model)
    column, mysql = raw.column, raw.mysql
    params = [raw.meta.fields_map[name].to_db_value(value, model) for name, value in values.items()]
    sql = f"INSERT INTO {raw.table} ({', '.join(column(n) for n in values)}) VALUES ({raw.marks(len(values))})"
    inserted = "VALUES({})" if mysql else "excluded.{}"
    changes = [f"{column(n)} = {column(n)} + {int(step)}" for n, step in (add or {}).items()]
    changes += [f"{column(n)} = {inserted.format(column(n))}" for n in replace]
    if mysql:
        first = column(conflict[0])
        sql += " ON DUPLICATE KEY UPDATE " + (", ".join(changes) or f"{first} = {first}")
    else:
        sql += f" ON CONFLICT ({', '.join(column(n) for n in conflict)}) DO " + (
            "UPDATE SET " + ", ".join(changes) if changes else "NOTHING")
    await raw.connection.execute_query(sql, params)


async def update_rows(model, ids: Sequence[Any], *, values: dict[str, Any] | None = None,
                      each: dict[str, dict[Any, Any]] | None = None, add: dict[str, int] | None = None,
                      where: dict[str, Any] | None = None) -> None:
    """One UPDATE of the rows with these primary keys: `values` the same for every row, `each` one value per row
    (field -> {pk: value}, a CASE on the key), `add` grows columns by a number, `where` adds equality conditions
    (the lease holder). Settling a batch is then one statement per kind of outcome, not one per row."""
    if not ids:
        return
    raw = _RawSql(model)
    column, mark = raw.column, raw.mark

    def stored(name: str, value: Any) -> Any:
        return None if value is None else raw.meta.fields_map[name].to_db_value(value, model)

    key = column(raw.meta.pk_attr)
    changes, params = [], []
    for name, value in (values or {}).items():
        changes.append(f"{column(name)} = {mark}")
        params.append(stored(name, value))
    for name, step in (add or {}).items():
        changes.append(f"{column(name)} = {column(name)} + ({int(step)})")
    for name, by_key in (each or {}).items():
        changes.append(f"{column(name)} = CASE {key} " + " ".join([f"WHEN {mark} THEN {mark}"] * len(by_key))
                       + f" ELSE {column(name)} END")
        for pk, value in by_key.items():
            params += [pk, stored(name, value)]
    sql = f"UPDATE {raw.table} SET {', '.join(changes)} WHERE {key} IN ({raw.marks(len(ids))})"
    params += list(ids)
    for name, value in (where or {}).items():
        sql += f" AND {column(name)} = {mark}"
        params.append(stored(name, value))
    await raw.connection.execute_query(sql, params)


# SQLite binds at most 32,766 parameters per statement; MariaDB takes a chunk's rows in one statement, bounded so
# the statement stays well inside max_allowed_packet (16 MB by default) even for rows of a few KB.
_SQLITE_MAX_PARAMS = 32_000
_MYSQL_MAX_ROWS = 2_000


async def locked_rows(model, columns: Sequence[str], field: str, values: Sequence[Any]) -> list[tuple]:
    """The rows whose `field` is one of `values`, as tuples of `columns`, in primary-key order, locked FOR UPDATE
    on MySQL/MariaDB (SQLite's one connection needs no lock); inside the caller's transaction. Plain values: no
    model objects for a batch's hundreds of rows."""
    if not values:
        return []
    raw = _RawSql(model)
    names = [raw.meta.fields_db_projection[c] for c in columns]
    sql = (f"SELECT {', '.join(raw.column(c) for c in columns)} FROM {raw.table} "
           f"WHERE {raw.column(field)} IN ({raw.marks(len(values))}) "
           f"ORDER BY {raw.column(raw.meta.pk_attr)}" + (" FOR UPDATE" if raw.mysql else ""))
    _, rows = await raw.connection.execute_query(sql, list(values))
    return [tuple(row[n] for n in names) for row in rows]


async def insert_rows(model, rows: Sequence[Mapping[str, Any]], *, ignore_conflicts: bool = False) -> None:
    """Multi-row INSERTs of plain values inside the caller's transaction: every row names the same fields, all
    those without a database default (the fields' Python defaults are not applied); each value goes through its
    field's to_db_value as the ORM's own writes do. `ignore_conflicts` skips rows that hit a unique key (INSERT
    IGNORE / INSERT OR IGNORE). No model instances are built: Tortoise's bulk_create makes one per row and runs
    every field's setter — most of what a first rescore spent on its writes (docs/decisions/095), and of an outbox
    batch's hundreds of rows (093)."""
    if not rows:
        return
    raw = _RawSql(model)
    names = list(rows[0])
    fields = [raw.meta.fields_map[name] for name in names]
    verb = ("INSERT IGNORE INTO" if raw.mysql else "INSERT OR IGNORE INTO") if ignore_conflicts else "INSERT INTO"
    head = f"{verb} {raw.table} ({', '.join(raw.column(n) for n in names)}) VALUES "
    one = f"({raw.marks(len(names))})"
    per_statement = _MYSQL_MAX_ROWS if raw.mysql else max(1, _SQLITE_MAX_PARAMS // len(names))
    for start in range(0, len(rows), per_statement):
        part = rows[start:start + per_statement]
        params = [None if row[name] is None else field.to_db_value(row[name], model)
                  for row in part for name, field in zip(names, fields, strict=True)]
        await raw.connection.execute_query(head + ", ".join([one] * len(part)), params)


async def update_by_id(model, column: str, by_id: Mapping[int, Any], **same: Any) -> None:
    """`update_rows` for one column that takes each row's own value (a CASE on the id) and `same` columns of one
    value, in statements of at most _MYSQL_MAX_ROWS rows (SQLite's parameters, MariaDB's packet). Built by hand:
    Tortoise's Case of a thousand When()s cost a sweep more than the statement's own work on the server."""
    items = list(by_id.items())
    for start in range(0, len(items), _MYSQL_MAX_ROWS):
        part = dict(items[start:start + _MYSQL_MAX_ROWS])
        await update_rows(model, list(part), each={column: part}, values=same)


# -- work a transaction keeps for its commit --

_KEPT = "_jinyan_kept_for_commit"
_MARKS = "_jinyan_marks"


def _transactional(client) -> bool:
    from tortoise.backends.base.client import TransactionalDBClient

    return isinstance(client, TransactionalDBClient)


def _root(client):
    # A savepoint's client (a nested in_transaction) wraps the one it was opened in.
    while _transactional(getattr(client, "_parent", None)):
        client = client._parent
    return client


def defer_to_commit(flush: Callable[[list], Awaitable[None]], item: Any) -> bool:
    """Keep `item` for `flush`, which the current transaction awaits with all it kept for it just before its
    COMMIT, inside the transaction (so what it writes commits or rolls back with the rest). What a rolled-back
    savepoint kept is dropped with it. False outside a transaction: the caller writes now.

    The audit trail keeps its entries here: a transaction's entries go in one INSERT at the end, and the chain's
    head is locked only from then to the commit (docs/decisions/095)."""
    from tortoise import connections

    _install_commit_hooks()
    client = connections.get("default")
    if not _transactional(client):
        return False
    _root(client).__dict__.setdefault(_KEPT, {}).setdefault(flush, []).append(item)
    return True


def _install_commit_hooks() -> None:
    from tortoise.backends.mysql.client import TransactionWrapper
    from tortoise.backends.sqlite.client import SqliteTransactionWrapper

    for wrapper in (TransactionWrapper, SqliteTransactionWrapper):
        if getattr(wrapper, "flushes_before_commit", False):
            continue
        wrapper.commit = _flushing_first(wrapper.commit)
        wrapper.rollback = _dropping_kept(wrapper.rollback)
        wrapper.savepoint = _marking_kept(wrapper.savepoint)
        wrapper.savepoint_rollback = _truncating_kept(wrapper.savepoint_rollback)
        wrapper.flushes_before_commit = True


def _flushing_first(commit):
    async def flush_then_commit(self) -> None:
        kept = self.__dict__.pop(_KEPT, None)
        if kept and not self._finalized:
            try:
                for flush, items in kept.items():
                    if items:
                        await flush(items)
            except BaseException:
                try:
                    await self.rollback()
                except Exception as rollback_error:  # the connection may be gone (a cancel): the server rolls back
                    _log.warning("rollback after a failed flush failed: %r", rollback_error)
                raise
        await commit(self)

    return flush_then_commit


def _dropping_kept(rollback):
    async def rollback_dropping_kept(self) -> None:
        self.__dict__.pop(_KEPT, None)
        await rollback(self)

    return rollback_dropping_kept


def _marking_kept(savepoint):
    async def savepoint_marking_kept(self) -> None:
        self.__dict__[_MARKS] = {flush: len(items) for flush, items in _root(self).__dict__.get(_KEPT, {}).items()}
        await savepoint(self)

    return savepoint_marking_kept


def _truncating_kept(savepoint_rollback):
    async def savepoint_rollback_truncating_kept(self) -> None:
        marks, kept = self.__dict__.pop(_MARKS, {}), _root(self).__dict__.get(_KEPT, {})
        for flush in list(kept):
            del kept[flush][marks.get(flush, 0):]
        await savepoint_rollback(self)

    return savepoint_rollback_truncating_kept


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
