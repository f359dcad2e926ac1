"""Who is calling: roles, the authenticated caller, and the risk colour every layer names.

Pure (the standard library only). Domains import these instead of reaching into `enterprises` to know who
calls (docs/architecture.md)."""

from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True)
class Actor:
    """Who is acting and from where, as the audit trail and the outbox record it."""

    user_id: int | None
    role: str
    ip: str | None = None
    request_id: str | None = None


SYSTEM = Actor(user_id=None, role="system")


class Role(StrEnum):
    ADMIN = "admin"
    INSPECTOR = "inspector"
    COMMAND = "command"
    ENTERPRISE = "enterprise"
    PUBLIC = "public"


STAFF_ROLES = frozenset({Role.ADMIN, Role.INSPECTOR, Role.COMMAND})


class RiskColor(StrEnum):
    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"

    @property
    def label(self) -> str:
        """The code's name on posters, pages and spreadsheets (绿码)."""
        return _RISK_COLOR_NAMES[self][0]

    @property
    def colour_name(self) -> str:
        """The colour as a word in a sentence or a message field (变为红色)."""
        return _RISK_COLOR_NAMES[self][1]


# The one Chinese label table of the risk colour.
_RISK_COLOR_NAMES = {
    RiskColor.GREEN: ("绿码", "绿色"),
    RiskColor.YELLOW: ("黄码", "黄色"),
    RiskColor.RED: ("红码", "红色"),
}
RISK_COLOR_LABELS = {color: color.label for color in RiskColor}
UNRATED_LABEL = "尚未评定"


def risk_label(color: str | None) -> str:
    """绿码/黄码/红码, or 尚未评定 for an enterprise not scored yet."""
    return UNRATED_LABEL if color is None else RiskColor(color).label


@dataclass(frozen=True)
class Principal:
    """The authenticated caller, with where the request came from; use cases take it as their one caller argument."""

    user_id: int | None  # None only for the system itself (SYSTEM_PRINCIPAL)
    name: str
    role: Role
    region_id: int | None
    # The caller's region path ("/1/4/"); None for a staff member with the whole system (the first admin).
    region_path: str | None
    enterprise_id: int | None
    ip: str | None = None
    request_id: str | None = None

    @property
    def is_staff(self) -> bool:
        return self.role in STAFF_ROLES

    @property
    def actor(self) -> Actor:
        """Who the audit trail and the outbox name for this caller's writes."""
        if self.user_id is None:
            return SYSTEM
        return Actor(user_id=self.user_id, role=self.role.value, ip=self.ip, request_id=self.request_id)

    def covers(self, region_path: str) -> bool:
        """Staff see their region's subtree; a staff member without a region sees everything."""
        if not self.is_staff:
            return False
        return self.region_path is None or region_path.startswith(self.region_path)

    def subtree_filter(self, path_field: str = "region__path") -> dict:
        """Filter arguments keeping rows under the caller's region; none for staff of the whole system."""
        return {} if self.region_path is None else {f"{path_field}__startswith": self.region_path}


# The whole system acting on its own behalf (command-line jobs without a named admin): staff of every region,
# audited as the system.
SYSTEM_PRINCIPAL = Principal(user_id=None, name="system", role=Role.ADMIN, region_id=None, region_path=None,
                             enterprise_id=None)
