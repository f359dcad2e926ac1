"""Rows the command-center tests share: a street of two communities, its staff and an enterprise user."""

from datetime import timedelta

import pytest_asyncio

from core import clock
from core.identity import Role
from inspections.models import InspectionKind
from tests import builders


@pytest_asyncio.fixture(loop_scope="session")
async def world(db_clean):
    tree = await builders.region_tree()
    north = [await builders.enterprise(tree["north_grid"], risk_color=color, lat=round(30.05 + i / 100, 2), lng=120.54)
             for i, color in enumerate(["green", "green", "yellow", "red"])]
    south = await builders.enterprise(tree["south_grid"], risk_color="green", lat=None, lng=None)
    inspector = await builders.user(Role.INSPECTOR, tree["north"])
    await builders.inspection(north[0], inspector, days_ago=0)
    await builders.inspection(north[3], inspector, days_ago=40)  # red asks for monthly: no longer covers it
    await builders.inspection(north[1], inspector, days_ago=0, kind=InspectionKind.SELF)
    await builders.hazard(north[0], inspector)
    await builders.hazard(north[3], inspector, deadline_date=clock.now().date() - timedelta(days=2))
    await builders.hazard(north[2], inspector, status="closed", closed_at=clock.now())
    return {"tree": tree, "north": north, "south": south, "inspector": inspector,
            "admin": await builders.user(Role.ADMIN, tree["street"]),
            "command": await builders.user(Role.COMMAND, tree["street"]),
            "owner": await builders.user(Role.ENTERPRISE, enterprise=north[0])}
