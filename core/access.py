"""The one access policy: who may see which enterprises, hazards, inspections, daily reports, files, notices and
campaigns.

Pure (the standard library, `core.identity` and `core.errors` only). Every `visible_*` / `get_visible` / list query in the domains
asks this module; none keeps a copy of a scope rule (`tests/core/test_access.py` fails if one appears).

The rules:

- **Staff** (admin, inspector, command) see what lies in their region's subtree (`Region.path` prefix); a staff
  member without a region (the first admin, the system) sees everything.
- **An enterprise's users** (role `enterprise`) see their own enterprise and the rows that belong to it.
- **The registrant of an enterprise that is not active** (pending review, or rejected) sees that enterprise's own
  record — its detail and what is read through it (profile lists, codes, risk reading, nearby) — so a WeChat user
  can follow the review and read the rejection note. The registrant does **not** see rows that belong to the
  enterprise (inspections, hazards, daily reports, notices, files): those are the approved enterprise's, and its
  registrant reaches them as the enterprise's manager after approval (approval makes a public registrant a user
  of role `enterprise`). Decision record: docs/decisions/091-registrant-sees-pending-enterprise.md.
- **Street-wide configuration** (scoring rulesets, the daily report form, the check-item library and templates,
  dictionaries) applies to every enterprise of the street, also those an admin cannot see: only admins at the top of
  the tree configure it — an admin without a region (the system) or of a region without a parent. An admin below
  the top (a community, or a street under a district) reads it and gets 403 on a change.
- **Region boundaries** (the outlines the command screen draws, enterprises/boundaries.py) are drawn by an admin
  above the region: one whose subtree holds it strictly below their own region, or an admin at the top of the tree
  (street-wide configuration), who also draws the top region itself. A community's admin draws its grids, not the
  community's own outline, which its neighbours share with it. Decision record: docs/decisions/057-region-boundaries.md.
- **Public reports** (问题反映, docs/decisions/084) are the staff's: those whose scope covers the enterprise read
  them, inspectors and admins among them close them; the enterprise never sees them.
- **Operations** (the audit trail, the outbox's dead letters, the jobs' status) hold rows of every region: an admin
  whose scope holds every region reads them — the system admin, or the admin of the top region when the tree has only
  one top region (the street's 安监办 in a one-street deployment). Decision record:
  docs/decisions/073-who-reads-the-audit-trail.md.
- Outside the scope is 404, never 403 (the callers raise `NotFound`); a role that can never list a kind of row
  gets 403 (the callers raise `PermissionDenied` when `scope` answers None).

Predicates take plain values (ids, paths, statuses), so they need no database. `scope` and `subtree` give the
filter arguments of a list query; they are the only places that spell a region-prefix filter.
"""

from core.errors import PermissionDenied
from core.identity import Principal, Role

# EnterpriseStatus.ACTIVE (enterprises/models.py is an ORM module, so the value is named here; a StrEnum member
# compares equal to it).
ACTIVE = "active"


# -- regions --

def in_region(principal: Principal, region_path: str) -> bool:
    """Staff whose region's subtree holds `region_path`; a staff member without a region covers every region."""
    return principal.covers(region_path)


def is_own_enterprise(principal: Principal, enterprise_id: int | None) -> bool:
    """The caller is a user of this enterprise."""
    return (principal.role == Role.ENTERPRISE and principal.enterprise_id is not None
            and principal.enterprise_id == enterprise_id)


def is_top_of_tree(region_path: str | None) -> bool:
    """No region (the whole system), or a region without a parent ("/7/": one id in its path)."""
    return region_path is None or region_path.strip("/").count("/") == 0


def may_configure_street(principal: Principal) -> bool:
    """Street-wide configuration (rulesets, report form, check-item library, templates, dictionaries): admins at
    the top of the tree only, since it changes what every enterprise below is judged by."""
    return principal.role == Role.ADMIN and is_top_of_tree(principal.region_path)


def require_street_configurer(principal: Principal) -> None:
    """403 STREET_CONFIG_FORBIDDEN for anyone `may_configure_street` refuses."""
    if not may_configure_street(principal):
        raise PermissionDenied("只有顶层区域的管理员可以修改全街道的配置", code="STREET_CONFIG_FORBIDDEN")


def may_operate(principal: Principal, only_top_region: bool) -> bool:
    """The audit trail, dead letters and job status: an admin whose scope holds every region. `only_top_region`:
    the tree has a single region without a parent (the caller counts them)."""
    if principal.role != Role.ADMIN:
        return False
    return principal.region_path is None or (is_top_of_tree(principal.region_path) and only_top_region)


def require_operator(principal: Principal, only_top_region: bool) -> None:
    """403 OPERATIONS_FORBIDDEN for anyone `may_operate` refuses."""
    if not may_operate(principal, only_top_region):
        raise PermissionDenied("只有管辖全部区域的管理员可以查看审计记录和运维信息", code="OPERATIONS_FORBIDDEN")


def may_draw_region(principal: Principal, region_path: str) -> bool:
    """Set or clear a region's boundary: an admin whose subtree holds the region below their own region, or a
    street-wide configurer (who may also draw the region at the top)."""
    if principal.role != Role.ADMIN or not in_region(principal, region_path):
        return False
    return may_configure_street(principal) or region_path != principal.region_path


# -- enterprises --

def may_see_enterprise(principal: Principal, enterprise_id: int, region_path: str, status: str,
                       registered_by_id: int | None) -> bool:
    """The enterprise's own record (detail, profile lists, codes, risk, nearby): staff in scope, its users, and
    its registrant while it is pending or rejected (docs/decisions/091)."""
    if principal.is_staff:
        return in_region(principal, region_path)
    if is_own_enterprise(principal, enterprise_id):
        return True
    return (registered_by_id is not None and registered_by_id == principal.user_id
            and status != ACTIVE)


def may_see_neighbours_color(principal: Principal, region_path: str, street_allows: bool) -> bool:
    """A neighbour's risk colour in `nearby` (docs/decisions/038): staff whose scope covers it; anyone else (an
    enterprise, a registrant) only where the street allows it (NEARBY_SHOWS_COLOR). Name, industry and distance
    are shown to every caller who may see the origin."""
    if principal.is_staff and in_region(principal, region_path):
        return True
    return street_allows


def may_edit_enterprise(principal: Principal, enterprise_id: int, region_path: str) -> bool:
    """Admins in scope edit everything; the enterprise's users edit their own (which fields: enterprises.service)."""
    if principal.role == Role.ADMIN:
        return in_region(principal, region_path)
    return is_own_enterprise(principal, enterprise_id)


def may_review_enterprise(principal: Principal, region_path: str) -> bool:
    """Inspectors and admins in scope check an enterprise's record: verify its documents, record facts about it
    (an accident, a refused inspection) and revoke them. Command-center viewers only read."""
    return principal.role in (Role.INSPECTOR, Role.ADMIN) and in_region(principal, region_path)


def may_see_scan_log(principal: Principal, region_path: str) -> bool:
    """Who scanned an enterprise's code, when, and from where (an access log with the scanners' addresses): staff
    whose scope covers the enterprise. Not the enterprise itself: the public who scanned its door are not its
    business (docs/decisions/076)."""
    return principal.is_staff and in_region(principal, region_path)


def may_override_risk(principal: Principal) -> bool:
    """Only a system admin (an admin without a region) sets an enterprise's colour by hand."""
    return principal.role == Role.ADMIN and principal.region_path is None


# -- public reports (问题反映 from a scanned code, docs/decisions/084) --

def may_see_public_report(principal: Principal, region_path: str) -> bool:
    """A report about an enterprise by someone who scanned its code: the staff whose scope covers the enterprise.
    Not the enterprise's users (the report may come from a neighbour or an employee, who must not be exposed to
    it), and not the reporter, who may have no account (they get the report's number when they send it)."""
    return principal.is_staff and in_region(principal, region_path)


def may_handle_public_report(principal: Principal, region_path: str) -> bool:
    """Closing a report with what was done: inspectors and admins in scope, as they review the enterprise's record.
    Command-center viewers read only."""
    return may_review_enterprise(principal, region_path)


# -- rows that belong to an enterprise: inspections, hazards, daily reports --

def may_see_record(principal: Principal, enterprise_id: int, region_path: str) -> bool:
    """A row of an enterprise (inspection, hazard, daily report): staff whose scope covers the enterprise's region,
    and the enterprise's own users. Not its registrant (docs/decisions/091)."""
    if principal.is_staff:
        return in_region(principal, region_path)
    return is_own_enterprise(principal, enterprise_id)


may_see_inspection = may_see_record
may_see_hazard = may_see_record


# -- printed records (records/) --

# The documents of an inspection (现场检查记录, 整改通知书, 复查意见书) are read as the inspection is: staff in scope
# and the enterprise's own users.
may_see_printed_record = may_see_record


def may_sign_record(principal: Principal, signer_role: str, enterprise_id: int, region_path: str) -> bool:
    """A signature on an inspection's documents. The inspector's side: inspectors and admins in scope, who sign as
    themselves. The enterprise's side: its person present signs on the inspector's phone (staff who may review
    the enterprise record it) or on their own (the enterprise's users)."""
    if may_review_enterprise(principal, region_path):
        return True
    return signer_role == "enterprise" and is_own_enterprise(principal, enterprise_id)


def may_print_posters(principal: Principal) -> bool:
    """Door posters in bulk: staff, for the enterprises their scope holds (the caller scopes the query)."""
    return principal.is_staff


# -- files --

def may_see_file(principal: Principal, uploaded_by_id: int | None, enterprise_id: int | None,
                 covering_path: str | None, granted: bool = False) -> bool:
    """An upload: its uploader, the users of the enterprise it is tied to, the users of an enterprise it was
    `granted` to (a notice's attachment, to the notice's recipients), and staff whose scope covers
    `covering_path` — the region of that enterprise; for a file tied to none (sent by staff), the uploader's own
    region, i.e. their colleagues; None for a public user's file or the system admin's: only staff who see the
    whole system. Not a registrant as such (docs/decisions/091)."""
    if principal.user_id is not None and principal.user_id == uploaded_by_id:
        return True
    if enterprise_id is not None and principal.enterprise_id == enterprise_id:
        return True
    if granted and principal.enterprise_id is not None:
        return True
    if not principal.is_staff:
        return False
    if covering_path is None:
        return principal.region_path is None
    return in_region(principal, covering_path)


# -- notices and campaigns --

def may_see_notice(principal: Principal, region_path: str, received: bool) -> bool:
    """A notice: staff whose scope covers the region it was published from, and the enterprises it was sent to
    (`received`: the caller's enterprise is among its recipients)."""
    if principal.is_staff and in_region(principal, region_path):
        return True
    return principal.enterprise_id is not None and received


def may_see_campaign(principal: Principal, region_path: str) -> bool:
    """A campaign: staff whose region lies on the publisher's line, above it or below it."""
    if not principal.is_staff:
        return False
    mine = principal.region_path or "/"
    return mine.startswith(region_path) or region_path.startswith(mine)


# -- accounts --

def may_administer_user(principal: Principal, covering_path: str | None) -> bool:
    """An account (list, change, deactivate, reset): admins whose scope covers `covering_path` — a staff
    account's region, an enterprise user's enterprise's region; None for accounts with neither (public users,
    system admins): only an admin of the whole system."""
    if principal.role != Role.ADMIN:
        return False
    if covering_path is None:
        return principal.region_path is None
    return in_region(principal, covering_path)


def may_remove_colleague(principal: Principal, user_id: int, enterprise_id: int | None) -> bool:
    """An enterprise's user removes (deactivates) another user of their own enterprise, not themselves."""
    return is_own_enterprise(principal, enterprise_id) and user_id != principal.user_id


def user_scopes(principal: Principal) -> list[dict] | None:
    """Filter arguments of the accounts this caller may list, any one of which admits a row (OR them): admins
    the staff of their subtree and the users of its enterprises (a system admin: everybody); an enterprise's
    user their colleagues; anyone else None (403)."""
    if principal.role == Role.ADMIN:
        if principal.region_path is None:
            return [{}]
        return [subtree(principal.region_path), subtree(principal.region_path, "enterprise__region__path")]
    if principal.role == Role.ENTERPRISE and principal.enterprise_id is not None:
        return [{"enterprise_id": principal.enterprise_id}]
    return None


# -- list queries --

def subtree(path: str | None, path_field: str = "region__path") -> dict:
    """Filter arguments keeping rows under the region `path` (None: everything). For a region the caller was
    already checked to cover (`in_region`, `enterprises.regions.get_region_in_scope`)."""
    return {} if path is None else {f"{path_field}__startswith": path}


def scope(principal: Principal, path_field: str = "region__path",
          enterprise_field: str | None = None) -> dict | None:
    """The one query-scoping helper: filter arguments keeping the rows this caller may list.

    `path_field` names the region path of the row (`region__path` on Enterprise, `enterprise__region__path` on a
    hazard, `path` on Region, `region_path` on a notice); `enterprise_field` names the row's enterprise, for rows
    an enterprise's users may list (their own). Staff get their subtree; an enterprise's user their own
    enterprise's rows when `enterprise_field` is given; anyone else None: they may list none of these rows (the
    caller answers 403). A registrant lists nothing through it (docs/decisions/091)."""
    if principal.is_staff:
        return subtree(principal.region_path, path_field)
    if enterprise_field is not None and principal.role == Role.ENTERPRISE and principal.enterprise_id is not None:
        return {enterprise_field: principal.enterprise_id}
    return None
