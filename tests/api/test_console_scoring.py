"""The console's 评分规则 and 运维 pages in Debian's Chromium at 1440×900 against the real server (`jinyan serve`), as
tests/api/test_console.py starts it: the 安监办 clerk drafts a ruleset (a mistake is refused in Chinese before any
request), simulates it against the street and sees how many enterprises change colour — the number the API answered,
and the one enterprise it should be, with why — saves it and activates it after a confirmation; the audit trail shows
the activation; a community admin sees the rules read only (docs/decisions/075)."""

import os
from datetime import timedelta
from pathlib import Path

from pwdlib.hashers.argon2 import Argon2Hasher

from core import clock
from core.identity import Role
from enterprises.models import Enterprise
from scoring import service as scoring_service
from scoring.models import Ruleset
from tests import builders
from tests.api.test_command_page import CHROMIUM, CHROMIUM_ARGS, _require_chromium, served  # noqa: F401 (fixture)
from tests.api.test_console import PASSWORD, SCREEN, _log_in, _require_build


async def _street():
    tree = await builders.region_tree()
    cheap = Argon2Hasher(time_cost=1, memory_cost=1024, parallelism=1).hash(PASSWORD)
    clerk = await builders.user(Role.ADMIN, tree["district"], name="街道安监办管理员", username="admin",
                                password_hash=cheap)
    await builders.user(Role.ADMIN, tree["north"], name="北社区管理员", username="north-admin", password_hash=cheap)
    inspector = await builders.user(Role.INSPECTOR, tree["north"])
    plain = await builders.enterprise(tree["north_grid"], name="北方食品厂")            # 73: yellow
    one_hazard = await builders.enterprise(tree["north_grid"], name="北方化工有限公司")  # 71: yellow
    await builders.hazard(one_hazard, inspector)
    overdue = await builders.enterprise(tree["south_grid"], name="南方机械厂")           # overdue: its veto
    await builders.hazard(overdue, inspector, deadline_date=clock.now().date() - timedelta(days=3))
    await builders.enterprise(tree["south_grid"], name="南方五金厂")                      # 73: yellow
    await scoring_service.rescore_all()  # the colours they show are the active ruleset's
    return clerk, one_hazard, plain


async def test_the_clerk_drafts_simulates_and_activates_and_a_community_admin_only_reads(served, tmp_path):  # noqa: F811
    _require_build()
    _require_chromium()
    from playwright.async_api import async_playwright, expect

    clerk, one_hazard, plain = await _street()
    yellow_line = (await Enterprise.get(id=plain.id)).risk_score - 1   # 72: 73 stays yellow, 71 turns red
    shots = Path(os.environ.get("CONSOLE_SCREENSHOTS") or tmp_path)
    problems: list[str] = []
    async with async_playwright() as driver:
        browser = await driver.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = await browser.new_page(viewport=SCREEN, locale="zh-CN")
        page.on("console", lambda message: message.type == "error" and problems.append(message.text))
        page.on("pageerror", lambda error: problems.append(str(error)))
        await _log_in(page, served, "admin")
        await page.click(".el-menu-item:has-text('评分规则')")
        await page.wait_for_selector(".ruleset-form .f-bands-yellow input")
        await expect(page.locator(".active-version")).to_have_text("出厂默认(版本 0)")

        # A green line below the yellow one is refused on the page, in Chinese, and nothing is asked of the server.
        asked: list[str] = []
        page.on("request", lambda r: "/scoring/" in r.url and r.method == "POST" and asked.append(r.url))
        await page.fill(".f-bands-green input", "60")
        await page.click(".run-simulation")
        await expect(page.locator(".ruleset-form .el-form-item__error").first).to_have_text("绿码分数线必须高于黄码分数线")
        assert asked == []

        # The draft: the green line back, the yellow line at 72; simulated against the street.
        await page.fill(".f-bands-green input", "85")
        await page.fill(".f-bands-yellow input", f"{yellow_line:g}")
        await page.locator(".f-bands-yellow input").blur()
        await expect(page.locator(".form-errors")).to_have_count(0)
        async with page.expect_response(lambda r: r.url.endswith("/scoring/simulate")) as answered:
            await page.click(".run-simulation")
        simulation = await (await answered.value).json()
        assert (await answered.value).status == 200, simulation
        assert (simulation["total"], simulation["changed"]) == (4, 1)
        assert [c["name"] for c in simulation["changes"]] == [one_hazard.name]
        await expect(page.locator(".simulation .changed-count")).to_have_text(str(simulation["changed"]))
        await expect(page.locator(".simulation .changes tr.el-table__row")).to_have_count(1)
        row = page.locator(".simulation .changes tr.el-table__row").first
        await expect(row).to_contain_text(one_hazard.name)
        await expect(row).to_contain_text("黄码 → 红码")
        await expect(row).to_contain_text(f"黄码≥{yellow_line:g}")   # why: the new yellow line
        await expect(page.locator(".simulation .parameters")).to_contain_text("黄码分数线")
        await page.wait_for_timeout(500)  # the drawer's slide-in
        await page.screenshot(path=str(shots / "console-scoring-simulation.png"))

        # Saved as version 1, then activated after the confirmation.
        async with page.expect_response(lambda r: r.url.endswith("/scoring/rulesets")) as made:
            await page.click(".simulation .save-draft")
        assert (await made.value).status == 201
        await page.click(".simulation .activate-saved")
        await expect(page.locator(".el-message-box")).to_contain_text("1 家企业的颜色会变化")
        async with page.expect_response(lambda r: r.url.endswith("/scoring/rulesets/1/activate")) as on:
            await page.locator(".el-message-box__btns button:has-text('启用')").click()
        assert (await on.value).status == 200
        await expect(page.locator(".active-version")).to_have_text("版本 1")
        stored = await Ruleset.get(version=1)
        assert stored.active and stored.body["bands"] == {"green": 85, "yellow": yellow_line}
        assert stored.activated_by_id == clerk.id
        await page.click(".ruleset-tabs .el-tabs__item:has-text('版本历史')")
        await expect(page.locator(".versions tr.el-table__row").first).to_contain_text("街道安监办管理员")
        await page.screenshot(path=str(shots / "console-scoring-history.png"))

        # 运维: the jobs, and the activation in the audit trail under the clerk's name.
        await page.click(".el-menu-item:has-text('运维')")
        await page.wait_for_selector(".jobs tr.el-table__row")
        await expect(page.locator(".jobs")).to_contain_text("每日重新评分")
        await page.click(".ops .el-tabs__item:has-text('审计记录')")
        await expect(page.locator(".audit tr.el-table__row").first).to_contain_text("ruleset.activated")
        await expect(page.locator(".audit tr.el-table__row").first).to_contain_text("街道安监办管理员")
        await expect(page.locator(".chain-state")).to_contain_text("全部完整")
        await page.screenshot(path=str(shots / "console-operations-audit.png"))

        # A community admin reads the rules (the new version) but is offered no way to change them.
        other = await browser.new_page(viewport=SCREEN, locale="zh-CN")
        other.on("pageerror", lambda error: problems.append(str(error)))
        await _log_in(other, served, "north-admin")
        await other.click(".el-menu-item:has-text('评分规则')")
        await other.wait_for_selector(".ruleset-form .f-bands-yellow input")
        await expect(other.locator(".read-only")).to_contain_text("只有顶层区域的管理员可以修改")
        await expect(other.locator(".f-bands-yellow input")).to_be_disabled()
        await expect(other.locator(".f-bands-yellow input")).to_have_value(f"{yellow_line:g}")
        await expect(other.locator(".run-simulation")).to_have_count(0)
        await expect(other.locator(".save-draft")).to_have_count(0)
        await other.screenshot(path=str(shots / "console-scoring-read-only.png"))
        await browser.close()
    assert problems == []
