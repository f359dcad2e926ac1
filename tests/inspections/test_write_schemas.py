"""Every request body refuses a field it does not know and text carrying control characters: a 422 naming
the field, with nothing written."""

import pytest

from core.models import AuditEntry
from inspections.models import Hazard
from tests import builders


def _request_body_schemas(spec: dict) -> set[str]:
    schemas = spec["components"]["schemas"]
    found: set[str] = set()

    def visit(node) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if ref and ref.split("/")[-1] not in found:
                found.add(ref.split("/")[-1])
                visit(schemas[ref.split("/")[-1]])
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    for operations in spec["paths"].values():
        for operation in operations.values():
            for content_type, content in operation.get("requestBody", {}).get("content", {}).items():
                if content_type == "application/json":
                    visit(content.get("schema", {}))
    return {name for name in found if schemas[name].get("type") == "object"}


def test_every_json_body_forbids_unknown_fields(app):
    spec = app.openapi()
    bodies = _request_body_schemas(spec)
    assert len(bodies) > 25  # the walk found the bodies, not nothing
    lax = sorted(name for name in bodies if spec["components"]["schemas"][name].get("additionalProperties") is not False)
    assert lax == []


async def test_an_unknown_field_is_named_and_nothing_changes(client, street):
    hazard = await builders.hazard(street.enterprise, street.inspector)
    audits = await AuditEntry.all().count()
    answer = await client.patch(f"/api/v1/hazards/{hazard.id}", json={"deadline": "2030-01-01", "funds": "1万元"},
                                headers=builders.auth(street.owner))
    assert answer.status_code == 422, answer.text
    assert answer.json()["detail"] == [{"field": "body.deadline", "message": "不认识的字段,请删除"}]
    after = await Hazard.get(id=hazard.id)
    assert (after.version, after.funds, after.deadline_date) == (hazard.version, hazard.funds, hazard.deadline_date)
    assert await AuditEntry.all().count() == audits


@pytest.mark.parametrize("text", ["RT测试\b公司", "王\u0001", "a\x7fb", "\x00"])
async def test_control_characters_are_refused(client, street, text):
    hazard = await builders.hazard(street.enterprise, street.inspector)
    answer = await client.patch(f"/api/v1/hazards/{hazard.id}", json={"responsible_person": text},
                                headers=builders.auth(street.owner))
    assert answer.status_code == 422, answer.text
    assert answer.json()["detail"][0] == {"field": "body.responsible_person", "message": "含有不可见的控制字符"}
    assert (await Hazard.get(id=hazard.id)).responsible_person == hazard.responsible_person


async def test_tabs_and_newlines_are_text(client, street):
    hazard = await builders.hazard(street.enterprise, street.inspector)
    answer = await client.patch(f"/api/v1/hazards/{hazard.id}", json={"measures": "一、更换\n二、\t复检\r\n"},
                                headers=builders.auth(street.owner))
    assert answer.status_code == 200, answer.text
