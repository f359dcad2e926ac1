"""A pending registration no longer reserves its credit code: `credit_code` loses its unique index (several
registrations may name one code), `held_credit_code` (unique, NULL unless active) carries the rule, filled from the
active enterprises. Done by hand: Tortoise would rebuild the SQLite table with its foreign keys on, and SQLite
cannot add a UNIQUE column in place. Not atomic, because SQLite turns foreign keys off only outside a transaction;
each dialect's steps run in a transaction of their own."""

import re

from tortoise import fields, migrations
from tortoise.migrations import operations as ops

from migrations.operations import AddFieldState, AlterFieldState

_FILL = "UPDATE enterprise SET held_credit_code = credit_code WHERE status = 'active'"


async def _mysql(client) -> None:
    _, rows = await client.execute_query(
        "SELECT INDEX_NAME FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() "
        "AND TABLE_NAME = 'enterprise' AND COLUMN_NAME = 'credit_code' AND NON_UNIQUE = 0")
    drops = "".join(f", DROP INDEX `{row['INDEX_NAME']}`" for row in rows)
    await client.execute_script(
        "ALTER TABLE `enterprise` ADD COLUMN `held_credit_code` VARCHAR(18) NULL"
        f"{drops}, ADD UNIQUE INDEX `uid_enterprise_held_credit_code` (`held_credit_code`), "
        "ADD INDEX `idx_enterprise_credit_code` (`credit_code`);" + _FILL + ";")


async def _sqlite(client) -> None:
    """SQLite's documented way to change a column's constraints: a new table, copied, swapped in, foreign keys
    off meanwhile (dropping the old table with them on would delete or refuse the rows that point at it)."""
    _, tables = await client.execute_query("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'enterprise'")
    create, replaced = re.subn(r'("credit_code" VARCHAR\(18\) NOT NULL) UNIQUE', r"\1", tables[0]["sql"])
    if replaced != 1:
        raise RuntimeError("enterprise.credit_code is not the unique column this migration expects")
    create = create.replace('CREATE TABLE "enterprise"', 'CREATE TABLE "new__enterprise"', 1)
    _, indexes = await client.execute_query(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'enterprise' AND sql IS NOT NULL")
    await client.execute_script(
        "PRAGMA foreign_keys = OFF; BEGIN; " + create + "; INSERT INTO new__enterprise SELECT * FROM enterprise; "
        "DROP TABLE enterprise; ALTER TABLE new__enterprise RENAME TO enterprise; "
        + "".join(f"{row['sql']}; " for row in indexes)
        + 'CREATE INDEX "idx_enterprise_credit_code" ON "enterprise" ("credit_code"); '
          'ALTER TABLE "enterprise" ADD COLUMN "held_credit_code" VARCHAR(18); '
          'CREATE UNIQUE INDEX "uid_enterprise_held_credit_code" ON "enterprise" ("held_credit_code"); '
        + _FILL + "; COMMIT; PRAGMA foreign_keys = ON;")


async def _forward(apps, schema_editor) -> None:
    client = schema_editor.client
    await (_mysql(client) if client.capabilities.dialect == "mysql" else _sqlite(client))


class Migration(migrations.Migration):
    dependencies = [('enterprises', '0040_risk_columns_and_document_review')]

    initial = False
    atomic = False

    operations = [
        AlterFieldState(
            model_name='Enterprise',
            name='credit_code',
            field=fields.CharField(db_index=True, max_length=18),
        ),
        AddFieldState(
            model_name='Enterprise',
            name='held_credit_code',
            field=fields.CharField(null=True, unique=True, max_length=18),
        ),
        ops.RunPython(_forward),
    ]
