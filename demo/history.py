"""Three months of 金雁街道's work, made by driving the real use cases with the service clock moved back: street
inspections with failed items, hazards pushed to the enterprises, fixes submitted and verified (some rejected and
redone, some late, one still waiting for verification), monthly self-inspections, daily reports and a gas-safety
campaign, with the nightly rescore of every day; then today's rescore.

The figures that `jinyan demo` prints come out of this simulation (seeded RNGs, so the same every time): nothing
here writes a number in. How each enterprise behaves follows its `diligence` in demo/layout.py. The parameters and
seeds are calibrated so that the street shows the article's figures (decision 034; tests/demo/test_seed.py)."""

import heapq
import io
import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from itertools import count
from typing import Awaitable, Callable

from PIL import Image
from tortoise.functions import Count

from core import clock
from core.clock import SHANGHAI
from core.settings import Settings, get_settings
from demo import layout
from enterprises import profile
from enterprises.accounts import principal_for_user
from enterprises.schemas import DocumentUpdate
from enterprises.models import Enterprise, User
from core.identity import Principal, RiskColor, Role
from files import service as files_service
from inspections import campaigns, hazards, library, reports, service as inspections_service
from inspections.models import (DailyReport, Hazard, HazardEvent, Inspection, InspectionKind, InspectionStatus,
                                ItemResult, Severity, Template)
from inspections.rectification import HazardStatus
from inspections.schemas import (CampaignCreate, CampaignTarget, DailyReportCreate, HazardRead, InspectionStart,
                                 ItemResultWrite, RectifyWrite, TemplateCreate, VerifyWrite)
from scoring import service as scoring_service

SIM_DAYS = 90
# Three seeded streams, so that each part of the story can be calibrated without moving the others: which
# enterprises the street visits and what it finds there; how the enterprises fix and the street verifies; the
# enterprises' own routine (self-inspections, daily reports).
SEEDS = {"visits": 2, "fixes": 3, "routine": 2}
# The street's plan for the quarter: CHECKLISTS 电子检查单, of which CAMPAIGN_TASKS are the gas-safety campaign's
# restaurants and the rest routine visits, chosen by category weight (规上 most often, 九小场所 mostly by the campaign).
CHECKLISTS = 82
CAMPAIGN_TASKS = 20
VISIT_WEIGHT = {"规上": 4, "规下": 2, "九小场所": 1}
ROUTINE_DAYS = (2, SIM_DAYS - 10)
# Which checklist an inspector takes to each industry: the preset focused templates, and for the industries
# without one a short 工贸 template that the street admin makes on the first day from the general library.
TEMPLATE_BY_INDUSTRY = {"机械": "jx", "食品": "jx", "木材加工": "fc", "仓储物流": "cc", "餐饮": "rq",
                        **dict.fromkeys(("零售", "住宿", "居民服务"), "nine_small")}
STREET_TEMPLATE_ITEMS = ("XF-02", "XF-05", "XF-06", "XF-17", "YD-01", "YD-03", "YD-05", "LF-01", "LF-02", "BZ-01",
                         "GL-03", "GL-07")
# How many items an inspection fails, with its chance: careless enterprises (diligence < 0.3) fail more.
FAILED_ITEMS = (0, 1, 2)
FAILED_WEIGHTS = {"careful": (0.88, 0.10, 0.02), "careless": (0.6, 0.28, 0.12)}
REJECT_CHANCE = 0.15         # the inspector refuses a fix and asks for more
ESCALATED_AFTER_DAYS = 20    # a careless enterprise fixes about a week after the street escalates (3 days overdue)
CAMPAIGN_DAYS = (40, 70)     # published, deadline
# One inspector is away for the quarter's last days: the fixes submitted in their community wait for verification,
# which is the street's queue (待复查), not the enterprise's delay.
AWAY = ("inspector5", SIM_DAYS - 7)
SELF_INSPECTION_DAYS = 30    # the street asks for a self-inspection a month, done in its first three weeks
SELF_INSPECTION_HABIT = 0.95  # the chance that even a careless enterprise does it in a month (diligence raises it)
SELF_FINDING_CHANCE = 0.08   # a self-inspection that finds one item to fix
REPORTING_DAYS = 10          # the careful enterprises have filed daily reports since the form was announced


@dataclass(order=True)
class _Event:
    day: int
    seq: int
    act: Callable[[], Awaitable[None]] = field(compare=False)


@dataclass
class _Street:
    """Who acts in the simulation and the agenda of what happens when."""

    staff: dict[str, Principal]
    owners: dict[int, Principal]
    specs: dict[int, layout.EnterpriseSpec]
    templates: dict[str, int]
    today: date
    settings: Settings
    photos: dict[int, list[int]] = field(default_factory=dict)
    agenda: list[_Event] = field(default_factory=list)
    seq: count = field(default_factory=count)
    rngs: dict[tuple[int, str], random.Random] = field(default_factory=dict)

    def rng(self, enterprise_id: int, stream: str) -> random.Random:
        """Each enterprise draws from its own seeded streams, so its story does not shift when others' do."""
        key = (enterprise_id, stream)
        if key not in self.rngs:
            self.rngs[key] = random.Random(f"{SEEDS[stream]}:{self.specs[enterprise_id].credit_code}")
        return self.rngs[key]

    def day_of(self, moment: date) -> int:
        """The simulation day of a date: the real today is day SIM_DAYS."""
        return SIM_DAYS - (self.today - moment).days

    def at(self, day: int, act: Callable[[], Awaitable[None]]) -> None:
        if day < SIM_DAYS:  # what falls after today has not happened yet
            heapq.heappush(self.agenda, _Event(day, next(self.seq), act))


def set_day(day: int, at: time = time(9)) -> None:
    """Move the service clock to `day` of the simulation (0 = SIM_DAYS ago, negative before it) at `at`."""
    clock.reset()
    today = clock.now().date()
    clock.travel(datetime.combine(today - timedelta(days=SIM_DAYS - day), at, SHANGHAI) - clock.now())


def _set_event_time(day: int, seq: int) -> None:
    """Office hours, a second per event."""
    set_day(day)
    clock.travel(timedelta(seconds=seq % 30000))


async def seed(progress: Callable[[int], None] | None = None, settings: Settings | None = None) -> dict:
    """Run the simulation with the nightly rescore of every day, rescore today, and answer the street's figures.
    The caller owns the transaction; `settings` says where the site photos go."""
    today = clock.now().date()
    try:
        set_day(0)
        street = await _cast(today, settings or get_settings())
        await _file_documents(street)
        _plan(street)
        day = -1
        while street.agenda:
            event = heapq.heappop(street.agenda)
            while day < event.day:
                day += 1
                await _night(street, day, progress)
            _set_event_time(event.day, event.seq)
            await event.act()
        while day < SIM_DAYS - 1:
            day += 1
            await _night(street, day, progress)
    finally:
        clock.reset()
    await scoring_service.rescore_all()
    return await figures()


async def _night(street: "_Street", day: int, progress: Callable[[int], None] | None) -> None:
    """The worker's nightly sweep (RESCORE_AT), so colours move through the quarter and the ranking has a start."""
    set_day(day, street.settings.rescore_at)
    await scoring_service.rescore_all()
    if progress:
        progress(1)


async def _cast(today: date, settings: Settings) -> _Street:
    staff = {u.username: await principal_for_user(u) for u in await User.filter(username__isnull=False)}
    owners = {u.enterprise_id: await principal_for_user(u)
              for u in await User.filter(role=Role.ENTERPRISE, enterprise_id__isnull=False).order_by("id")}
    by_code = {spec.credit_code: spec for spec in layout.enterprises()}
    specs = {e.id: by_code[e.credit_code] for e in await Enterprise.all().order_by("id")}
    admin = staff["admin"]
    templates = {t.key: t.id for t in await Template.filter(key__isnull=False)}
    item_ids = {i.code: i.id for i in await library.list_check_items()}
    made = await library.create_template(admin, TemplateCreate(
        name="工贸企业季度检查表", industries=["化工", "纺织印染", "建材", "电子"], categories=[],
        item_ids=[item_ids[code] for code in STREET_TEMPLATE_ITEMS]))
    templates["street"] = made.id
    return _Street(staff, owners, specs, templates, today, settings)


async def _file_documents(street: _Street) -> None:
    """A document counts only with its file, and fully once the street has checked it (issue 17): each manager
    attaches a scan to its documents and the street's admin verifies them, through the profile's use cases."""
    admin, kind = street.staff["admin"], profile.KINDS["documents"]
    for enterprise_id, owner in street.owners.items():
        documents = await profile.list_items(owner, enterprise_id, kind)
        if not documents:
            continue
        scan = await _photo(street, owner)
        for document in documents:
            await profile.update_item(owner, enterprise_id, kind, document.id, DocumentUpdate(upload_ids=scan))
            await profile.verify_document(admin, enterprise_id, document.id, True, "与原件一致")


def _weighted_sample(rng: random.Random, weights: dict[int, float], k: int) -> list[int]:
    """k distinct keys, each drawn with a chance proportional to its weight (Efraimidis–Spirakis)."""
    return sorted(weights, key=lambda key: rng.random() ** (1 / weights[key]), reverse=True)[:k]


def _plan(street: _Street) -> None:
    rng = random.Random(f"{SEEDS['visits']}:plan")
    visits = {e: VISIT_WEIGHT[spec.category] for e, spec in street.specs.items()}
    for enterprise_id in _weighted_sample(rng, visits, CHECKLISTS - CAMPAIGN_TASKS):
        street.at(street.rng(enterprise_id, "visits").randint(*ROUTINE_DAYS),
                  lambda e=enterprise_id: _inspect(street, e, InspectionKind.ROUTINE))
    for enterprise_id, spec in street.specs.items():
        rng = street.rng(enterprise_id, "routine")
        for month in range(0, SIM_DAYS, SELF_INSPECTION_DAYS):
            if rng.random() < SELF_INSPECTION_HABIT + (1 - SELF_INSPECTION_HABIT) * spec.diligence:
                street.at(month + rng.randrange(SELF_INSPECTION_DAYS - 10),
                          lambda e=enterprise_id: _self_inspect(street, e))
        if spec.diligence > 0.75:
            for day in range(SIM_DAYS - REPORTING_DAYS, SIM_DAYS):
                if rng.random() < 0.9:
                    street.at(day, lambda e=enterprise_id: _report(street, e))
    street.at(CAMPAIGN_DAYS[0], lambda: _campaign(street))


def _template_for(street: _Street, spec: layout.EnterpriseSpec) -> int:
    return street.templates[TEMPLATE_BY_INDUSTRY.get(spec.industry, "street")]


async def _photo(street: _Street, who: Principal) -> list[int]:
    """One site photo per person, uploaded through the real upload path (decoded and cleaned)."""
    if who.user_id not in street.photos:
        buffer = io.BytesIO()
        Image.new("RGB", (64, 48), (180, 60 + who.user_id % 150, 40)).save(buffer, "JPEG")
        stored = await files_service.store_upload(who, "现场照片.jpg", "image/jpeg", buffer.getvalue(),
                                                  street.settings)
        street.photos[who.user_id] = [stored.upload.id]
    return street.photos[who.user_id]


async def _fill(street: _Street, who: Principal, enterprise_id: int, kind: InspectionKind, failures: int,
                campaign_id: int | None = None) -> list[HazardRead]:
    """Open a checklist, pass every item but `failures` general ones (drawn from the stream of whoever inspects),
    submit; answers the hazards it pushed."""
    spec = street.specs[enterprise_id]
    start = InspectionStart(enterprise_id=enterprise_id, kind=kind, campaign_id=campaign_id,
                            template_id=None if campaign_id else _template_for(street, spec),
                            lat=spec.lat, lng=spec.lng)
    checklist = await inspections_service.start_inspection(who, start, f"demo-{next(street.seq)}")
    general = [item for item in checklist.items if item.severity == Severity.GENERAL]
    rng = street.rng(enterprise_id, "routine" if kind == InspectionKind.SELF else "visits")
    failing = {item.id for item in rng.sample(general, k=min(failures, len(general)))}
    for item in checklist.items:
        if item.id in failing:
            result = ItemResultWrite(result=ItemResult.FAIL, note="现场检查发现问题,已拍照取证",
                                     photo_ids=await _photo(street, who) if item.photo_required else [])
        else:
            result = ItemResultWrite(result=ItemResult.PASS)
        await inspections_service.record_result(who, checklist.id, item.id, result)
    return (await inspections_service.submit_inspection(who, checklist.id)).hazards


def _failures(street: _Street, enterprise_id: int) -> int:
    weights = FAILED_WEIGHTS["careful" if street.specs[enterprise_id].diligence >= 0.3 else "careless"]
    return street.rng(enterprise_id, "visits").choices(FAILED_ITEMS, weights=weights)[0]


async def _inspect(street: _Street, enterprise_id: int, kind: InspectionKind, campaign_id: int | None = None) -> None:
    inspector = street.staff[layout.inspector_for(street.specs[enterprise_id].community)]
    found = await _fill(street, inspector, enterprise_id, kind, _failures(street, enterprise_id), campaign_id)
    for hazard in found:
        _plan_fix(street, hazard, inspector)


def _plan_fix(street: _Street, hazard: HazardRead, inspector: Principal) -> None:
    """Careful enterprises fix by the deadline, careless ones late, and the careless few only once the street
    escalates the overdue hazard."""
    rng, spec = street.rng(hazard.enterprise_id, "fixes"), street.specs[hazard.enterprise_id]
    today = street.day_of(clock.now().date())
    deadline = street.day_of(hazard.deadline)
    if spec.diligence >= 0.3:
        fixed = rng.randint(today, max(today, deadline))
    elif spec.diligence >= 0.1:
        fixed = deadline + rng.randint(1, 7)
    else:
        fixed = deadline + ESCALATED_AFTER_DAYS
    street.at(fixed, lambda: _submit_fix(street, hazard.id, inspector, first=True))


async def _submit_fix(street: _Street, hazard_id: int, inspector: Principal, first: bool) -> None:
    enterprise_id = (await Hazard.get(id=hazard_id)).enterprise_id
    owner = street.owners[enterprise_id]
    note = "已按要求整改,附整改后照片" if first else "已补充整改并重新拍照"
    fix = RectifyWrite(note=note, photo_ids=await _photo(street, owner))
    await hazards.submit_fix(owner, hazard_id, fix)
    day = street.day_of(clock.now().date()) + street.rng(enterprise_id, "fixes").randint(1, 3)
    away, since = AWAY
    if street.staff[away].user_id == inspector.user_id and day >= since:
        return  # verified once the inspector is back, after the quarter
    street.at(day, lambda: _verify(street, hazard_id, enterprise_id, inspector, may_reject=first))


async def _verify(street: _Street, hazard_id: int, enterprise_id: int, inspector: Principal,
                  may_reject: bool) -> None:
    approved = not (may_reject and street.rng(enterprise_id, "fixes").random() < REJECT_CHANCE)
    await hazards.verify_fix(inspector, hazard_id,
                             VerifyWrite(approved=approved, note="复查合格" if approved else "整改不彻底,请补充照片"))
    if not approved:
        day = street.day_of(clock.now().date())
        street.at(day + street.rng(enterprise_id, "fixes").randint(2, 4),
                  lambda: _submit_fix(street, hazard_id, inspector, first=False))


async def _self_inspect(street: _Street, enterprise_id: int) -> None:
    """Now and then the enterprise finds something itself, fixes it by the deadline and verifies its own fix."""
    rng = street.rng(enterprise_id, "routine")
    found = await _fill(street, street.owners[enterprise_id], enterprise_id, InspectionKind.SELF,
                        failures=int(rng.random() < SELF_FINDING_CHANCE))
    for hazard in found:
        today = street.day_of(clock.now().date())
        street.at(rng.randint(today, max(today, street.day_of(hazard.deadline))),
                  lambda h=hazard.id: _fix_own_finding(street, h, enterprise_id))


async def _fix_own_finding(street: _Street, hazard_id: int, enterprise_id: int) -> None:
    owner = street.owners[enterprise_id]
    await hazards.submit_fix(owner, hazard_id, RectifyWrite(note="自查发现的问题已整改,附照片",
                                                            photo_ids=await _photo(street, owner)))
    await hazards.verify_fix(owner, hazard_id, VerifyWrite(approved=True, note="自查复核合格"))


async def _report(street: _Street, enterprise_id: int) -> None:
    owner = street.owners[enterprise_id]
    answers = {"daily_check_done": True, "hot_work": street.rng(enterprise_id, "routine").random() < 0.1,
               "confined_space": False, "notes": "今日巡查无异常"}
    await reports.submit_report(owner, DailyReportCreate(answers=answers))


async def _campaign(street: _Street) -> None:
    """The street's gas-safety campaign for restaurants; inspectors answer most tasks before the deadline."""
    admin = street.staff["admin"]
    published, deadline = CAMPAIGN_DAYS
    campaign = await campaigns.publish_campaign(admin, CampaignCreate(
        title="餐饮场所燃气安全专项检查", template_id=street.templates["rq"],
        target=CampaignTarget(industries=["餐饮"]), deadline=clock.now().date() + timedelta(days=deadline - published)))
    restaurants = [e for e, spec in street.specs.items() if spec.industry == "餐饮"]
    for enterprise_id in random.Random(f"{SEEDS['visits']}:campaign").sample(restaurants, CAMPAIGN_TASKS):
        street.at(street.rng(enterprise_id, "visits").randint(published + 1, deadline - 1),
                  lambda e=enterprise_id: _inspect(street, e, InspectionKind.CAMPAIGN, campaign.id))


async def figures() -> dict:
    """The street as it stands, counted from the tables with the statistics route's definitions (decision 034):
    street inspections (电子检查单: every kind but self) and the hazards they pushed; rectified = closed (verified and
    销号); a fix awaiting verification is the street's queue (待复查), not overdue; self-inspections and the hazards
    they found beside them."""
    pushed = Hazard.exclude(kind=InspectionKind.SELF)
    total = await pushed.count()
    closed = await pushed.filter(status=HazardStatus.CLOSED).count()
    today = clock.now().date()
    awaiting = pushed.filter(status=HazardStatus.SUBMITTED)
    colours = dict(await Enterprise.annotate(n=Count("id")).group_by("risk_color").values_list("risk_color", "n"))
    submitted = Inspection.filter(status=InspectionStatus.SUBMITTED)
    return {
        "enterprises": await Enterprise.all().count(),
        "checklists": await submitted.exclude(kind=InspectionKind.SELF).count(),
        "hazards_pushed": total,
        "hazards_closed": closed,
        "rectified_percent": round(100 * closed / total) if total else 100,
        "awaiting_verification": await awaiting.count(),
        "awaiting_past_deadline": await awaiting.filter(deadline_date__lt=today).count(),
        "hazards_overdue": await pushed.filter(status=HazardStatus.OPEN, deadline_date__lt=today).count(),
        "fixes_rejected": await HazardEvent.filter(from_status=HazardStatus.SUBMITTED, to_status=HazardStatus.OPEN,
                                                   hazard__kind__not=InspectionKind.SELF).count(),
        "self_inspections": await submitted.filter(kind=InspectionKind.SELF).count(),
        "self_hazards": await Hazard.filter(kind=InspectionKind.SELF).count(),
        "self_hazards_closed": await Hazard.filter(kind=InspectionKind.SELF, status=HazardStatus.CLOSED).count(),
        "daily_reports": await DailyReport.all().count(),
        **{colour.value: colours.get(colour.value, 0) for colour in RiskColor},
    }
