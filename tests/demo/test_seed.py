"""The demo street seeded once through the real use cases: it shows the article's figures (130 enterprises, 82
电子检查单, 23 hazards pushed, 96 % rectified, 12 yellow and 118 green), they are what the tables, the statistics
route, the command page and the exports say, and every row is dated when the simulation says it happened."""

import io
from datetime import timedelta

import pytest
import pytest_asyncio
from openpyxl import load_workbook
from tortoise.transactions import in_transaction

from api.app import create_app
from core import access, audit, clock
from core.models import OutboxEvent
from demo import history, street
from enterprises import accounts, public_reports
from enterprises.models import Enterprise, User
from inspections import library
from inspections.models import DailyReport, Hazard, HazardEvent, Inspection
from tests import builders
from tests.conftest import asgi_client, settings_for

# The article's figures (decision 034): street inspections and the hazards they pushed, rectified = closed.
ARTICLE = {"enterprises": 130, "checklists": 82, "hazards_pushed": 23, "hazards_closed": 22, "rectified_percent": 96,
           "green": 118, "yellow": 12, "red": 0}


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def demo(db_module, tmp_path_factory):
    settings = settings_for(tmp_path_factory.mktemp("demo"))
    await library.load_presets()
    async with in_transaction():
        logins = await street.seed()
        figures = await history.seed(settings=settings)
    admin = await User.get(username="admin")
    async with asgi_client(create_app(settings, manage_database=False)) as http:
        yield logins, figures, http, builders.auth(admin)


def quarter() -> dict:
    today = clock.now().date()
    return {"date_from": (today - timedelta(days=history.SIM_DAYS)).isoformat(), "date_to": today.isoformat()}


async def test_the_seeded_street_shows_the_articles_figures_and_they_are_the_rows(demo):
    logins, figures, _, _ = demo
    assert {name: figures[name] for name in ARTICLE} == ARTICLE
    # The one hazard not closed is a fix awaiting verification past its deadline: the 待复查 queue shows.
    queue = (figures["awaiting_verification"], figures["awaiting_past_deadline"], figures["hazards_overdue"])
    assert queue == (1, 1, 0)
    assert figures["self_inspections"] > 100 and figures["fixes_rejected"] >= 1 and figures["daily_reports"] >= 100
    # What the enterprises found themselves is beside the street's figures, never in them.
    assert figures["self_hazards"] > 0 and figures["self_hazards_closed"] == await Hazard.filter(
        kind="self", status="closed").count()

    # Counted another way: the outbox events and the hazard timelines that the real use cases left behind.
    assert figures["checklists"] == await Inspection.filter(status="submitted").exclude(kind="self").count()
    assert figures["hazards_pushed"] + figures["self_hazards"] == await OutboxEvent.filter(
        name="hazard.reported").count()
    assert figures["hazards_closed"] == await OutboxEvent.filter(name="hazard.closed").count() - figures[
        "self_hazards_closed"]
    assert figures["fixes_rejected"] == await HazardEvent.filter(from_status="submitted", to_status="open").count()
    assert figures["daily_reports"] == await DailyReport.all().count()
    for colour in ("green", "yellow", "red"):
        assert figures[colour] == await Enterprise.filter(risk_color=colour).count()

    # Logins: admin, command, five inspectors and a manager per enterprise, all of them printed.
    assert len(logins) == 7 + 130 == await User.all().count()
    assert {login.wechat_code for login in logins} >= {"demo-admin", "demo-inspector5", "demo-ent1", "demo-ent130"}
    assert (await audit.verify_chain()).ok
    # The 安监办 admin sits at the top of the tree, so it configures the street; the street's staff do not.
    admin = await accounts.principal_for_user(await User.get(username="admin"))
    assert access.may_configure_street(admin) and admin.region_path is not None
    # The demo street takes reports from the public card (docs/decisions/084).
    assert await public_reports.reports_enabled(fresh=True)


async def test_a_restart_lists_the_seeds_logins_not_users_who_registered_since(demo):
    logins, _, _, _ = demo
    newcomer = await User.create(name="新注册企业", role="enterprise", openid="o-demo-newfactory")  # fake WeChat login
    try:
        assert await street.demo_logins() == logins
    finally:
        await newcomer.delete()


async def test_every_row_is_dated_when_the_simulation_says(demo):
    _, figures, _, _ = demo
    hazards = await Hazard.all().values("id", "created_at", "updated_at", "closed_at")
    closed = [h for h in hazards if h["closed_at"]]
    assert len(closed) == 22 + figures["self_hazards_closed"]
    assert [h["id"] for h in closed if h["closed_at"] < h["created_at"]] == []
    assert [h["id"] for h in hazards if h["updated_at"] < h["created_at"]] == []
    # Found over the quarter, not all today; the street registered before its first inspection.
    start = clock.now() - timedelta(days=history.SIM_DAYS)
    assert min(h["created_at"] for h in hazards) < start + timedelta(days=30)
    registered = max(await Enterprise.all().values_list("created_at", flat=True))
    assert registered < min(await Inspection.all().values_list("created_at", flat=True))


async def test_the_hazard_export_never_closes_a_hazard_before_it_was_found(demo):
    _, figures, http, admin = demo
    answer = await http.get("/api/v1/exports/hazards.xlsx", headers=admin)
    assert answer.status_code == 200, answer.text
    rows = list(load_workbook(io.BytesIO(answer.content)).active.iter_rows(values_only=True))
    found, closed = rows[0].index("发现时间"), rows[0].index("销号时间")
    assert len(rows) == 1 + 23 + figures["self_hazards"]  # the ledger lists every hazard, whoever found it
    assert [row for row in rows[1:] if row[closed] and row[closed] < row[found]] == []
    assert sum(1 for row in rows[1:] if row[closed]) == 22 + figures["self_hazards_closed"]


async def test_the_statistics_route_and_the_command_page_agree_with_the_printout(demo):
    _, figures, http, admin = demo
    stats = (await http.get("/api/v1/statistics/inspections", headers=admin, params=quarter())).json()["totals"]
    assert (stats["inspections"], stats["self_inspections"]) == (82, figures["self_inspections"])
    assert (stats["hazards_reported"], stats["hazards_closed"]) == (23, 22)
    assert (stats["self_hazards_reported"], stats["self_hazards_closed"]) == (figures["self_hazards"],
                                                                              figures["self_hazards_closed"])
    summary = (await http.get("/api/v1/dashboard/summary", headers=admin,
                              params={"from": quarter()["date_from"], "to": quarter()["date_to"]})).json()
    assert summary["colors"] == {"green": 118, "yellow": 12, "red": 0, "unrated": 0}
    assert (summary["inspections"], summary["hazards"]["total"], summary["hazards"]["closed"]) == (82, 23, 22)
    assert summary["rectification_rate"] == round(22 / 23, 4)
    assert summary["self_hazards"] == {"total": figures["self_hazards"], "closed": figures["self_hazards_closed"]}
    # The one not closed waits for the street, past its deadline: 待复查, not 逾期.
    assert summary["hazards"]["overdue"] == 0
    assert (summary["verification_queue"]["count"], summary["verification_queue"]["past_deadline"]) == (1, 1)
    queue = (await http.get("/api/v1/dashboard/awaiting-verification", headers=admin)).json()
    assert queue["total"] == 1 and queue["items"][0]["deadline"] < clock.now().date().isoformat()
    assert (await http.get("/api/v1/dashboard/overdue", headers=admin)).json()["total"] == 0


async def test_the_command_page_shows_a_quarter_of_work(demo):
    _, figures, http, admin = demo
    period = {"from": quarter()["date_from"], "to": quarter()["date_to"]}
    # The trend, like the lists, shows every hazard whoever found it.
    days = (await http.get("/api/v1/dashboard/trend", headers=admin, params=period)).json()["days"]
    assert len([day for day in days if day["opened"]]) >= 20
    assert sum(day["opened"] for day in days) == 23 + figures["self_hazards"]
    assert sum(day["closed"] for day in days) == 22 + figures["self_hazards_closed"]
    # The nightly rescore ran through the quarter: the ranking compares every enterprise with its score of the
    # start of the last two months, and someone moved.
    since = {"from": (clock.now().date() - timedelta(days=60)).isoformat(), "to": period["to"]}
    ranking = (await http.get("/api/v1/dashboard/ranking", headers=admin, params=since)).json()
    assert ranking["compared"] == 130 and (ranking["improved"] or ranking["worsened"])


async def test_the_quarterly_sheet_counts_each_hazard_in_the_quarter_it_was_found(demo):
    _, _, http, admin = demo
    first = clock.aware(min(await Hazard.all().values_list("created_at", flat=True)))
    number = (first.month - 1) // 3 + 1
    start = first.replace(month=3 * number - 2, day=1, hour=0, minute=0, second=0, microsecond=0)
    end = start.replace(year=start.year + 1, month=1) if number == 4 else start.replace(month=start.month + 3)
    answer = await http.get("/api/v1/exports/quarterly.xlsx", headers=admin,
                            params={"year": first.year, "quarter": number})
    assert answer.status_code == 200, answer.text
    rows = list(load_workbook(io.BytesIO(answer.content)).active.iter_rows(values_only=True))
    total = next(row for row in rows if row[0] == "合计")
    found_then = await Hazard.filter(created_at__gte=start, created_at__lt=end).count()
    assert total[rows[3].index("排查隐患数")] == found_then > 0


async def test_the_demo_streets_documents_print_with_their_hazards_bases_and_numbers(demo):
    """Issue 22: the three printed records of a demo inspection whose hazard was verified, read back."""
    import re

    import pypdfium2 as pdfium

    _, _, http, admin = demo
    hazard = await Hazard.filter(status="closed", inspection_id__not_isnull=True).exclude(kind="self") \
        .order_by("id").first()
    squeeze = str.maketrans("，；：（）", ",;:()")

    def text_of(data: bytes) -> str:
        document = pdfium.PdfDocument(data)
        return "".join("".join(document[i].get_textpage().get_text_range() for i in range(len(document))).split()) \
            .translate(squeeze)

    numbers = []
    for name, word in (("record.pdf", "安检"), ("rectification-notice.pdf", "责改"), ("review.pdf", "复查")):
        answer = await http.get(f"/api/v1/inspections/{hazard.inspection_id}/{name}", headers=admin)
        assert answer.status_code == 200, (name, answer.text)
        text = text_of(answer.content)
        number = re.search(rf"金雁{word}〔\d{{4}}〕第\d{{4}}号", text)
        assert number, (name, text[:200])
        numbers.append(number.group())
        assert "".join(hazard.title.split()).translate(squeeze) in text
    notice = text_of((await http.get(f"/api/v1/inspections/{hazard.inspection_id}/rectification-notice.pdf",
                                     headers=admin)).content)
    assert hazard.basis.startswith("《")  # every preset names its basis (decision 065)
    assert "".join(hazard.basis.split()).translate(squeeze) in notice
    assert f"{hazard.deadline_date.year}年{hazard.deadline_date.month}月{hazard.deadline_date.day}日" in notice
    assert "复查合格,予以销号" in text_of((await http.get(f"/api/v1/inspections/{hazard.inspection_id}/review.pdf",
                                                    headers=admin)).content)
    assert len(set(numbers)) == 3
