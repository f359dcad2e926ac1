"""A month of the demo street's work, made through the real use cases with the service clock moved back:
inspections with failed items, hazards, fixes accepted and rejected, and some hazards left to run overdue."""

import random
from datetime import timedelta

from core import clock
from enterprises.accounts import principal_for_user
from enterprises.models import Enterprise, Role, User
from inspections import hazards, service
from inspections.models import InspectionKind, Severity
from scoring import service as scoring_service
from inspections.schemas import InspectionStart, ItemResultWrite, RectifyWrite, VerifyWrite

DAYS_AGO = 40


async def seed(progress=None) -> int:
    """Returns how many hazards the history left behind. Deterministic: the same street every time."""
    rng = random.Random(2026)
    inspector = await principal_for_user(await User.get(username="inspector2"))
    clock.travel(-timedelta(days=DAYS_AGO))
    try:
        found = []
        for enterprise in await Enterprise.all().order_by("id"):
            found += await _inspect(inspector, enterprise, rng)
            if progress:
                progress(1)
        clock.travel(timedelta(days=20))
        await _fix_some(inspector, found)
    finally:
        clock.reset()
    # Today's colours, so the command center and the scans show them from the first start.
    await scoring_service.rescore_all()
    return len(found)


async def _inspect(inspector, enterprise: Enterprise, rng: random.Random) -> list[int]:
    actor = inspector.actor()
    start = InspectionStart(enterprise_id=enterprise.id, kind=InspectionKind.ROUTINE)
    checklist = await service.start_inspection(inspector, actor, start, f"demo-{enterprise.id}")
    failing = {item.id for item in rng.sample([i for i in checklist.items if not i.photo_required],
                                              k=rng.randint(0, 3))}
    for item in checklist.items:
        result = "fail" if item.id in failing else "pass"
        await service.record_result(inspector, actor, checklist.id, item.id,
                                    ItemResultWrite(result=result, note="演示数据" if result == "fail" else ""))
    submitted = await service.submit_inspection(inspector, actor, checklist.id)
    return [h.id for h in submitted.hazards]


async def _fix_some(inspector, hazard_ids: list[int]) -> None:
    """Every other general hazard gets a fix; the inspector accepts two of three and rejects the third."""
    general = [h for h in await hazards.Hazard.filter(id__in=hazard_ids).order_by("id")
               if h.severity == Severity.GENERAL]
    for turn, hazard in enumerate(general[::2]):
        manager = await User.filter(enterprise_id=hazard.enterprise_id, role=Role.ENTERPRISE).first()
        owner = await principal_for_user(manager)
        await hazards.submit_fix(owner, owner.actor(), hazard.id, RectifyWrite(note="已按要求整改(演示)"))
        approved = turn % 3 != 2
        await hazards.verify_fix(inspector, inspector.actor(), hazard.id,
                                 VerifyWrite(approved=approved, note="" if approved else "整改不彻底,请补充照片"))
