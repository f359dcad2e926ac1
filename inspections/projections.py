"""Rows as the API shows them: below both the checklist (service) and the hazard loop (hazards), which both
answer hazards."""

from core import clock
from inspections import rectification
from inspections.models import Hazard
from inspections.schemas import HazardRead, TreatmentPlan


def hazard_read(hazard: Hazard, now=None) -> HazardRead:
    now = now or clock.now()
    return HazardRead(
        **{f: getattr(hazard, f) for f in (
            "id", "enterprise_id", "inspection_id", "reported_by_id", "kind", "title", "description", "category",
            "severity", "hazard_type", "basis", "responsible_person", "measures", "interim_controls", "funds",
            "photo_ids", "fix_note", "fix_photo_ids", "status", "closed_at", "created_at", "version")},
        deadline=hazard.deadline_date, plan=TreatmentPlan(**hazard.plan) if hazard.plan else None,
        overdue=rectification.is_overdue(hazard.status, hazard.deadline_date, now))
