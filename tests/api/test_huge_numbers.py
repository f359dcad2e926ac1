"""An enormous number in any integer position of any route (path or query) is bad input: a 4xx, never a 500
(SQLite cannot bind past 64 bits, MySQL's INT columns past 32)."""

import pytest

from core.identity import Role
from tests import builders

ENORMOUS = ["1720948580496115507662259243450368", str(2**63), str(2**31)]
# The live feed answers a valid number with a stream that never ends: tests/dashboard/test_stream.py reads it
# over a real server instead.
ENDLESS = {"/api/v1/dashboard/stream"}


def _integer_positions(spec: dict) -> list[tuple[str, str, str, str]]:
    """(method, path, where, name) of every integer parameter in the OpenAPI description."""
    found = []
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            for parameter in operation.get("parameters", []):
                schema = parameter.get("schema", {})
                types = {schema.get("type")} | {s.get("type") for s in schema.get("anyOf", [])}
                if "integer" in types and path not in ENDLESS:
                    found.append((method.upper(), path, parameter["in"], parameter["name"]))
    return found


def _request(spec, method, path, where, name, number):
    """The route called with `number` at (where, name) and a harmless value in every other path position."""
    params = {name: number} if where == "query" else {}
    for parameter in spec["paths"][path][method.lower()].get("parameters", []):
        if parameter["in"] == "path":
            value = number if (where, parameter["name"]) == ("path", name) else "1"
            path = path.replace("{" + parameter["name"] + "}", value)
    return path, params


async def test_every_integer_position_refuses_an_enormous_number(app, client):
    spec = app.openapi()
    positions = _integer_positions(spec)
    assert len(positions) > 40, positions  # the walk found the routes, not nothing
    system_admin = await builders.user(Role.ADMIN, region=None)
    failures = []
    for method, path, where, name in positions:
        for number in ENORMOUS:
            url, params = _request(spec, method, path, where, name, number)
            try:
                answer = await client.request(method, url, params=params, headers=builders.auth(system_admin),
                                              json={} if method in {"POST", "PUT", "PATCH"} else None)
            except Exception as error:  # the test transport re-raises what the app did not handle (a 500)
                failures.append(f"{method} {url} {params}: {type(error).__name__}")
                continue
            if answer.status_code >= 500:
                failures.append(f"{method} {url} {params}: {answer.status_code}")
    assert failures == []


@pytest.mark.parametrize("number", ENORMOUS)
async def test_activating_an_enormous_ruleset_version_is_422(client, number):
    admin = await builders.user(Role.ADMIN, region=None)
    answer = await client.post(f"/api/v1/scoring/rulesets/{number}/activate", headers=builders.auth(admin))
    assert answer.status_code == 422, answer.text
