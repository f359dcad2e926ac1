"""The committed migrations describe exactly the models: a model change without a migration fails here."""

from tortoise.cli.cli import tortoise_cli_context
from tortoise.migrations.autodetector import MigrationAutodetector

from core.db import tortoise_config


async def test_no_model_change_lacks_a_migration(tmp_path):
    config = tortoise_config(f"sqlite://{tmp_path / 'probe.sqlite3'}")
    async with tortoise_cli_context(config) as ctx:
        writers = await MigrationAutodetector(ctx.apps, config["apps"]).changes()
    assert [w.name for w in writers] == [], "run `.venv/bin/tortoise makemigrations` and commit the result"
