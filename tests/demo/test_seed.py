"""The demo street seeded once through the real use cases: its figures lie near the issue's targets and are what
the tables hold."""

import pytest
from tortoise.transactions import in_transaction

from core import access, audit
from demo import history, street
from enterprises import accounts
from enterprises.models import Enterprise, User
from inspections import library
from inspections.models import DailyReport, Hazard, HazardEvent, Inspection
from core.models import OutboxEvent

pytestmark = pytest.mark.usefixtures("db_clean")

# The issue's own figures, as bands: 130 enterprises, 82 checklists, 23 hazards pushed, 96% rectified, 12 yellow.
BANDS = {"checklists": (70, 95), "hazards_pushed": (15, 35), "rectified_percent": (80, 100), "yellow": (6, 18),
         "red": (0, 1), "hazards_overdue": (1, 4), "fixes_rejected": (1, 10), "self_inspections": (10, 60),
         "daily_reports": (100, 600)}


async def test_the_seeded_street_lies_near_the_targets_and_its_figures_are_the_rows(settings):
    await library.load_presets()
    async with in_transaction():
        logins = await street.seed()
        figures = await history.seed(settings=settings)

    assert figures["enterprises"] == 130 == await Enterprise.all().count()
    assert figures["green"] + figures["yellow"] + figures["red"] == 130
    assert {name: figures[name] for name, (low, high) in BANDS.items() if not low <= figures[name] <= high} == {}

    # Counted another way: the outbox events and the hazard timelines that the real use cases left behind.
    street_checks = await Inspection.filter(status="submitted").exclude(kind="self").count()
    assert figures["checklists"] == street_checks
    self_found = await Hazard.filter(kind="self").count()
    assert figures["hazards_pushed"] == await OutboxEvent.filter(name="hazard.reported").count() - self_found
    assert figures["hazards_closed"] == await OutboxEvent.filter(name="hazard.closed").count() - await Hazard.filter(
        kind="self", status="closed").count()
    assert figures["fixes_rejected"] == await OutboxEvent.filter(name="rectification.rejected").count()
    assert figures["fixes_rejected"] == await HazardEvent.filter(from_status="submitted", to_status="open").count()
    assert figures["daily_reports"] == await DailyReport.all().count()
    assert figures["self_inspections"] == await Inspection.filter(status="submitted", kind="self").count()
    for colour in ("green", "yellow", "red"):
        assert figures[colour] == await Enterprise.filter(risk_color=colour).count()
    unclosed = await Hazard.exclude(status="closed").exclude(kind="self").count()
    assert figures["hazards_pushed"] == figures["hazards_closed"] + unclosed
    assert figures["rectified_percent"] == round(100 * figures["hazards_closed"] / figures["hazards_pushed"])

    # Logins: admin, command, five inspectors and a manager per enterprise, all of them printed.
    assert len(logins) == 7 + 130 == await User.all().count()
    assert {login.wechat_code for login in logins} >= {"demo-admin", "demo-inspector5", "demo-ent1", "demo-ent130"}
    assert await street.demo_logins() == logins  # what a second run prints
    assert (await audit.verify_chain()).ok

    # The 安监办 admin sits at the top of the tree, so it configures the street; the street's staff do not.
    admin = await accounts.principal_for_user(await User.get(username="admin"))
    assert access.may_configure_street(admin) and admin.region_path is not None
