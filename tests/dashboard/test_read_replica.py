"""DATABASE_READ_URL: the command center reads through the `read` connection, here pointed at the same database."""

import pytest
import pytest_asyncio
from tortoise.connection import connections

from core.db import READ_CONNECTION, normalise_url, tortoise_config
from tests import builders

ROUTES = ["summary", "map", "trend", "overdue", "breakdown?by=industry", "ranking", "worsening"]


@pytest_asyncio.fixture(loop_scope="session")
async def replica_statements(database):
    """Configure the read connection as open_database does for DATABASE_READ_URL, and record what it runs."""
    connections.db_config[READ_CONNECTION] = normalise_url(database)
    replica = connections.get(READ_CONNECTION)
    statements = []
    for name in ("execute_query", "execute_query_dict"):
        run = getattr(replica, name)

        async def recording(query, values=None, run=run):
            statements.append(query)
            return await run(query, values)

        setattr(replica, name, recording)
    yield statements
    await replica.close()
    connections.discard(READ_CONNECTION)
    del connections.db_config[READ_CONNECTION]


@pytest.mark.parametrize("route", ROUTES)
async def test_the_dashboard_reads_through_the_read_connection(client, world, route, replica_statements):
    answer = await client.get(f"/api/v1/dashboard/{route}", headers=builders.auth(world["admin"]))
    assert answer.status_code == 200, answer.text
    assert any("enterprise" in statement for statement in replica_statements)


async def test_other_routes_and_the_login_check_stay_on_the_primary(client, world, replica_statements):
    answer = await client.get(f"/api/v1/enterprises/{world['south'].id}", headers=builders.auth(world["admin"]))
    assert answer.status_code == 200
    assert replica_statements == []


def test_the_read_connection_exists_only_when_configured():
    assert set(tortoise_config("sqlite://:memory:")["connections"]) == {"default"}
    replica = tortoise_config("sqlite://:memory:", "mysql://reader:pw@replica:3306/jinyan")["connections"]
    assert replica[READ_CONNECTION].startswith("mysql://reader:pw@replica:3306/jinyan?charset=utf8mb4")
