"""The committed migrations describe exactly the models: a model change without a migration fails here."""

import json
import subprocess
import sys

# The autodetector binds the models to its own SQLite connection for the rest of the interpreter, so later
# MariaDB tests would write SQLite SQL: it runs in a fresh interpreter.
_PENDING_CHANGES = """
import asyncio, json, sys
from tortoise.cli.cli import tortoise_cli_context
from tortoise.migrations.autodetector import MigrationAutodetector
from core.db import tortoise_config

async def main():
    config = tortoise_config(f"sqlite://{sys.argv[1]}")
    async with tortoise_cli_context(config) as ctx:
        writers = await MigrationAutodetector(ctx.apps, config["apps"]).changes()
    print(json.dumps([w.name for w in writers]))

asyncio.run(main())
"""


def test_no_model_change_lacks_a_migration(tmp_path):
    probe = subprocess.run([sys.executable, "-c", _PENDING_CHANGES, str(tmp_path / "probe.sqlite3")],
                           capture_output=True, text=True, timeout=120, check=True)
    pending = json.loads(probe.stdout.strip().splitlines()[-1])
    assert pending == [], "run `.venv/bin/tortoise makemigrations` and commit the result"
