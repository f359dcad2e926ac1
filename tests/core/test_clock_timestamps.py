"""Rows are dated by the service clock (core.clock), never by the wall clock: Tortoise's auto_now/auto_now_add read
the wall clock, so a simulation or a deadline test that moves the clock would write rows closed before they were
created."""

from datetime import timedelta

import pytest
from tortoise import Tortoise, fields

from core import clock
from enterprises.models import Region, RegionLevel

pytestmark = pytest.mark.usefixtures("db_clean")


def _datetime_fields():
    for app in Tortoise.apps.values():
        for model in app.values():
            for name, field in model._meta.fields_map.items():
                if isinstance(field, fields.DatetimeField):
                    yield f"{model.__name__}.{name}", field


async def test_no_model_field_reads_the_wall_clock():
    found = dict(_datetime_fields())
    assert "Hazard.created_at" in found and "OutboxEvent.created_at" in found
    assert [name for name, field in found.items() if field.auto_now or field.auto_now_add] == []
    stamps = {name: field.default for name, field in found.items() if name.endswith((".created_at", ".updated_at"))}
    assert {name for name, default in stamps.items() if default is not None and default is not clock.now} == set()


async def test_created_and_updated_follow_the_service_clock_through_create_save_and_bulk_create():
    clock.travel(-timedelta(days=40))
    created = await Region.create(name="雁南社区", level=RegionLevel.COMMUNITY)
    await Region.bulk_create([Region(name="雁北社区", level=RegionLevel.COMMUNITY)])
    clock.travel(timedelta(days=10))
    created.name = "雁南社区(更名)"
    await created.save(update_fields=["name"])  # updated_at is stamped even when not listed

    row = await Region.get(id=created.id)
    bulk = await Region.get(name="雁北社区")
    wall = clock.now() + timedelta(days=30)
    assert timedelta(days=39) < wall - row.created_at < timedelta(days=41)
    assert timedelta(days=29) < wall - row.updated_at < timedelta(days=31)
    assert timedelta(days=39) < wall - bulk.created_at < timedelta(days=41)
