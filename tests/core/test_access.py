"""The one access policy (core/access.py): its rules on plain values, and a guard that no second copy of a scope
rule appears anywhere else in the code."""

import re
from pathlib import Path

import pytest

from core import access
from core.errors import PermissionDenied
from core.identity import Principal, Role

ROOT = Path(__file__).resolve().parents[2]


def who(role: Role, region_path: str | None = None, enterprise_id: int | None = None, user_id: int = 7) -> Principal:
    return Principal(user_id=user_id, name="某人", role=role, region_id=None, region_path=region_path,
                     enterprise_id=enterprise_id)


STREET, NORTH, NORTH_GRID, SOUTH_GRID = "/1/2/", "/1/2/3/", "/1/2/3/5/", "/1/2/4/6/"
STREET_ADMIN = who(Role.ADMIN, STREET)
REGION_ADMIN = who(Role.ADMIN, NORTH)  # an admin of a community, not of the street
SYSTEM_ADMIN = who(Role.ADMIN, None)
OWNER = who(Role.ENTERPRISE, enterprise_id=10)
REGISTRANT = who(Role.PUBLIC, user_id=99)
PUBLIC = who(Role.PUBLIC, user_id=98)


class TestEnterprise:
    @pytest.mark.parametrize("principal, path, seen", [
        (STREET_ADMIN, NORTH_GRID, True), (STREET_ADMIN, SOUTH_GRID, True), (REGION_ADMIN, NORTH_GRID, True),
        (REGION_ADMIN, SOUTH_GRID, False), (REGION_ADMIN, STREET, False), (SYSTEM_ADMIN, SOUTH_GRID, True),
        (who(Role.INSPECTOR, NORTH_GRID), NORTH_GRID, True), (who(Role.INSPECTOR, SOUTH_GRID), NORTH_GRID, False),
    ])
    def test_staff_see_their_subtree(self, principal, path, seen):
        assert access.may_see_enterprise(principal, 10, path, "active", None) is seen
        assert access.may_see_record(principal, 10, path) is seen

    def test_an_enterprise_user_sees_only_their_own(self):
        assert access.may_see_enterprise(OWNER, 10, NORTH_GRID, "active", None)
        assert not access.may_see_enterprise(OWNER, 11, NORTH_GRID, "active", None)
        assert access.may_see_record(OWNER, 10, NORTH_GRID) and not access.may_see_record(OWNER, 11, NORTH_GRID)

    @pytest.mark.parametrize("status", ["pending", "rejected"])
    def test_the_registrant_sees_the_enterprise_until_it_is_approved_but_not_its_rows(self, status):
        assert access.may_see_enterprise(REGISTRANT, 12, NORTH_GRID, status, REGISTRANT.user_id)
        assert not access.may_see_enterprise(PUBLIC, 12, NORTH_GRID, status, REGISTRANT.user_id)
        assert not access.may_see_record(REGISTRANT, 12, NORTH_GRID)
        assert access.scope(REGISTRANT, enterprise_field="enterprise_id") is None

    def test_an_approved_enterprise_is_no_longer_its_registrants_as_a_public_user(self):
        assert not access.may_see_enterprise(REGISTRANT, 12, NORTH_GRID, "active", REGISTRANT.user_id)

    def test_no_registrant_is_nobody(self):
        nobody = who(Role.PUBLIC, user_id=None)
        assert not access.may_see_enterprise(nobody, 12, NORTH_GRID, "pending", None)

    def test_only_admins_in_scope_and_the_owners_edit(self):
        assert access.may_edit_enterprise(REGION_ADMIN, 10, NORTH_GRID)
        assert not access.may_edit_enterprise(REGION_ADMIN, 10, SOUTH_GRID)
        assert not access.may_edit_enterprise(who(Role.INSPECTOR, NORTH_GRID), 10, NORTH_GRID)
        assert access.may_edit_enterprise(OWNER, 10, NORTH_GRID)
        assert not access.may_edit_enterprise(REGISTRANT, 12, NORTH_GRID)


class TestOtherObjects:
    def test_files(self):
        assert access.may_see_file(REGISTRANT, REGISTRANT.user_id, None, None)  # the uploader
        assert access.may_see_file(OWNER, 1, 10, NORTH_GRID)
        assert not access.may_see_file(PUBLIC, 1, 10, NORTH_GRID)
        assert access.may_see_file(REGION_ADMIN, 1, 10, NORTH_GRID)
        assert not access.may_see_file(REGION_ADMIN, 1, 10, SOUTH_GRID)
        assert not access.may_see_file(STREET_ADMIN, 1, None, None)  # a public user's file
        assert access.may_see_file(SYSTEM_ADMIN, 1, None, None)

    def test_notices(self):
        assert access.may_see_notice(STREET_ADMIN, STREET, received=False)
        assert not access.may_see_notice(REGION_ADMIN, STREET, received=False)  # published above them
        assert access.may_see_notice(OWNER, STREET, received=True)
        assert not access.may_see_notice(OWNER, STREET, received=False)

    def test_campaigns_are_seen_along_the_publishers_line(self):
        assert access.may_see_campaign(REGION_ADMIN, STREET) and access.may_see_campaign(STREET_ADMIN, NORTH)
        assert not access.may_see_campaign(who(Role.ADMIN, SOUTH_GRID), NORTH)
        assert not access.may_see_campaign(OWNER, STREET)


class TestScope:
    def test_staff_get_their_subtree_and_a_system_admin_everything(self):
        assert access.scope(REGION_ADMIN) == {"region__path__startswith": NORTH}
        assert access.scope(REGION_ADMIN, path_field="path") == {"path__startswith": NORTH}
        assert access.scope(SYSTEM_ADMIN, enterprise_field="enterprise_id") == {}

    def test_enterprise_users_get_their_rows_only_where_the_rows_have_an_enterprise(self):
        assert access.scope(OWNER, "enterprise__region__path", "enterprise_id") == {"enterprise_id": 10}
        assert access.scope(OWNER) is None
        assert access.scope(PUBLIC, enterprise_field="enterprise_id") is None

    def test_a_region_subtree(self):
        assert access.subtree(None) == {}
        assert access.subtree(NORTH, "enterprise__region__path") == {"enterprise__region__path__startswith": NORTH}


class TestReviewAndOverride:
    @pytest.mark.parametrize("principal, path, allowed", [
        (who(Role.INSPECTOR, NORTH_GRID), NORTH_GRID, True), (who(Role.INSPECTOR, SOUTH_GRID), NORTH_GRID, False),
        (REGION_ADMIN, NORTH_GRID, True), (REGION_ADMIN, SOUTH_GRID, False), (who(Role.COMMAND, STREET), NORTH_GRID,
                                                                               False),
        (OWNER, NORTH_GRID, False), (PUBLIC, NORTH_GRID, False),
    ])
    def test_inspectors_and_admins_in_scope_review_an_enterprise(self, principal, path, allowed):
        assert access.may_review_enterprise(principal, path) is allowed

    @pytest.mark.parametrize("principal, allowed", [
        (SYSTEM_ADMIN, True), (STREET_ADMIN, False), (REGION_ADMIN, False), (who(Role.INSPECTOR, None), False)])
    def test_only_a_system_admin_overrides_a_colour(self, principal, allowed):
        assert access.may_override_risk(principal) is allowed


# -- the guard: one copy of each scope rule --

# The spellings of a scope rule: the caller's region test, the subtree filter, a region-prefix filter on a query,
# a region-prefix test on a path in Python, and comparing a caller's enterprise by hand.
SCOPE_RULE = re.compile(r"\.covers\(|subtree_filter\(|path\w*}?__startswith|path\w*[\"'\]]*\.startswith\("
                        r"|principal\.enterprise_id\s*==", re.IGNORECASE)
POLICY_FILES = {"core/access.py", "core/identity.py"}
# Prefix tests on paths that are not access decisions: grouping figures by branch inside a scope already decided.
NOT_ACCESS = {"dashboard/shaping.py": "branch_of groups a region under the scope's child branch"}
SKIPPED_DIRS = {"tests", "migrations", "docs", "docker", "node_modules"}


def scope_rule_copies(root: Path) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root)
        if relative.parts[0].startswith(".") or relative.parts[0] in SKIPPED_DIRS:
            continue
        name = relative.as_posix()
        if name in POLICY_FILES or name in NOT_ACCESS:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if SCOPE_RULE.search(line):
                found.append(f"{name}:{number}: {line.strip()}")
    return found


def test_no_scope_rule_is_written_outside_the_policy():
    copies = scope_rule_copies(ROOT)
    assert not copies, ("a scope rule written outside core/access.py; ask the policy instead "
                        "(access.in_region / may_see_* / scope / subtree):\n" + "\n".join(copies))


@pytest.mark.parametrize("line", [
    "    if principal.is_staff and principal.covers(region_path):",
    '    query = Enterprise.filter(**principal.subtree_filter())',
    '    query = query.filter(region__path__startswith=region.path)',
    '    in_scope = {f"{_PATH}__startswith": base}',
    '    return [r["id"] for r in rows if r["region__path"].startswith(p)]',
    '    return campaign.region_path.startswith(mine)',
    '    own = principal.role == Role.ENTERPRISE and principal.enterprise_id == enterprise.id',
])
def test_the_guard_names_a_copy_by_file_and_line(tmp_path, line):
    (tmp_path / "inspections").mkdir()
    (tmp_path / "inspections" / "copy.py").write_text(f"def sees(principal):\n{line}\n", encoding="utf-8")
    (tmp_path / "core").mkdir()
    (tmp_path / "core" / "access.py").write_text(f"{line}\n", encoding="utf-8")
    assert scope_rule_copies(tmp_path) == [f"inspections/copy.py:2: {line.strip()}"]


class TestStreetConfiguration:
    """Rulesets, the report form, the library and templates apply to the whole street: only the top configures."""

    @pytest.mark.parametrize("principal, allowed", [
        (SYSTEM_ADMIN, True), (who(Role.ADMIN, "/1/"), True),  # no region; a region without a parent
        (STREET_ADMIN, False), (REGION_ADMIN, False),  # a street under a district; a community
        (who(Role.INSPECTOR, None), False), (who(Role.COMMAND, "/1/"), False), (OWNER, False),
    ])
    def test_only_admins_at_the_top_of_the_tree_configure(self, principal, allowed):
        assert access.may_configure_street(principal) is allowed

    def test_below_the_top_is_a_stable_403(self):
        with pytest.raises(PermissionDenied) as refused:
            access.require_street_configurer(REGION_ADMIN)
        assert refused.value.code == "STREET_CONFIG_FORBIDDEN"
