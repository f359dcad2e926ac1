"""The authenticated caller and what part of the jurisdiction tree they may see."""

from dataclasses import dataclass

from core.audit import Actor
from enterprises.models import STAFF_ROLES, Role


@dataclass(frozen=True)
class Principal:
    user_id: int
    name: str
    role: Role
    region_id: int | None
    # The caller's region path ("/1/4/"); None for a staff member with the whole system (the first admin).
    region_path: str | None
    enterprise_id: int | None

    @property
    def is_staff(self) -> bool:
        return self.role in STAFF_ROLES

    def covers(self, region_path: str) -> bool:
        """Staff see their region's subtree; a staff member without a region sees everything."""
        if not self.is_staff:
            return False
        return self.region_path is None or region_path.startswith(self.region_path)

    def subtree_filter(self, path_field: str = "region__path") -> dict:
        """Filter arguments keeping rows under the caller's region; none for staff of the whole system."""
        return {} if self.region_path is None else {f"{path_field}__startswith": self.region_path}

    def actor(self, ip: str | None = None, request_id: str | None = None) -> Actor:
        return Actor(user_id=self.user_id, role=self.role.value, ip=ip, request_id=request_id)
