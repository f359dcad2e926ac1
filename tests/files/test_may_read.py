"""Who may read an upload, as the pure rule in files.service: no database, the covering region path given."""

from types import SimpleNamespace

import pytest

from core.identity import Principal, Role
from files.service import may_read

NORTH, NORTH_GRID, SOUTH = "/1/2/", "/1/2/5/", "/1/3/"


def caller(role: Role, user_id: int = 9, region_path: str | None = None, enterprise_id: int | None = None):
    return Principal(user_id=user_id, name="", role=role, region_id=None, region_path=region_path,
                     enterprise_id=enterprise_id)


def upload(uploaded_by_id: int = 1, enterprise_id: int | None = None):
    return SimpleNamespace(uploaded_by_id=uploaded_by_id, enterprise_id=enterprise_id)


@pytest.mark.parametrize(("who", "file", "covering", "allowed"), [
    (caller(Role.PUBLIC, user_id=1), upload(), None, True),  # the uploader
    (caller(Role.ENTERPRISE, enterprise_id=7), upload(enterprise_id=7), NORTH_GRID, True),  # a colleague
    (caller(Role.ENTERPRISE, enterprise_id=8), upload(enterprise_id=7), NORTH_GRID, False),
    (caller(Role.INSPECTOR, region_path=NORTH), upload(enterprise_id=7), NORTH_GRID, True),
    (caller(Role.INSPECTOR, region_path=SOUTH), upload(enterprise_id=7), NORTH_GRID, False),
    (caller(Role.ADMIN, region_path=NORTH), upload(), NORTH_GRID, True),  # a staff colleague's file
    (caller(Role.ADMIN, region_path=NORTH), upload(), None, False),  # a public user's file
    (caller(Role.ADMIN), upload(), None, True),  # ...which only staff of the whole system see
    (caller(Role.PUBLIC), upload(), None, False),
])
def test_who_may_read(who, file, covering, allowed):
    assert may_read(who, file, covering) is allowed


@pytest.mark.parametrize(("who", "allowed"), [
    (caller(Role.ENTERPRISE, enterprise_id=8), True),  # a recipient of the notice the file is attached to
    (caller(Role.PUBLIC), False),  # a grant is to an enterprise, never to a user without one
])
def test_a_grant_lets_an_enterprise_read_a_staff_file(who, allowed):
    assert may_read(who, upload(), None, granted=True) is allowed
