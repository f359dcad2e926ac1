"""The console's library and campaign pages (docs/decisions/070–072) as the 安监办 clerk uses them, in Debian's
Chromium at 1440×900 against `jinyan serve`: add a check item (the form's own Chinese message first), correct its
wording, put it in a new template, publish a campaign to 餐饮 with it and follow it enterprise by enterprise down to
a task's checklist; a community admin sees the same library and report form with nothing to edit.

The build and browser come as for tests/api/test_console.py (skipped without them, failing with
JINYAN_REQUIRE_CONSOLE=1)."""

import os
import re
from datetime import timedelta
from pathlib import Path

import httpx

from core import clock
from core.identity import Role
from core.models import AuditEntry
from inspections.models import Campaign, CampaignTask, CheckItem, Template
from tests import builders
from tests.api.test_command_page import CHROMIUM, CHROMIUM_ARGS, _require_chromium, served  # noqa: F401 (fixture)
from tests.api.test_console import PASSWORD, SCREEN, _choose, _log_in, _require_build, _rows
from pwdlib.hashers.argon2 import Argon2Hasher


async def _street():
    tree = await builders.region_tree()
    cheap = Argon2Hasher(time_cost=1, memory_cost=1024, parallelism=1).hash(PASSWORD)
    clerk = await builders.user(Role.ADMIN, tree["district"], name="街道安监办管理员", username="admin",
                                password_hash=cheap)
    await builders.user(Role.ADMIN, tree["north"], name="北社区管理员", username="north-admin", password_hash=cheap)
    restaurants = [await builders.enterprise(tree["north_grid"], name="北街面馆", industry="餐饮"),
                   await builders.enterprise(tree["north_grid"], name="北街火锅店", industry="餐饮"),
                   await builders.enterprise(tree["south_grid"], name="南街烧烤店", industry="餐饮")]
    await builders.enterprise(tree["south_grid"], name="南方机械厂", industry="机械")
    owner = await builders.user(Role.ENTERPRISE, enterprise=restaurants[0])
    gas = (await builders.check_items(1, category="燃气安全", text="燃气管道无私接乱改"))[0]
    return clerk, restaurants, owner, gas


async def _close_poppers(page, dialog: str) -> None:
    """Close an open dropdown or date panel by clicking the dialog's title (Escape would close the dialog)."""
    await page.locator(f"{dialog} .el-dialog__title").click()


async def test_the_clerk_keeps_the_library_and_publishes_a_campaign(served, tmp_path):  # noqa: F811 (fixture)
    _require_build()
    _require_chromium()
    from playwright.async_api import async_playwright, expect

    clerk, restaurants, owner, gas = await _street()
    shots = Path(os.environ.get("CONSOLE_SCREENSHOTS") or tmp_path)
    problems: list[str] = []
    async with async_playwright() as driver, httpx.AsyncClient(base_url=served) as http:
        browser = await driver.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = await browser.new_page(viewport=SCREEN, locale="zh-CN")
        page.on("console", lambda message: message.type == "error" and problems.append(message.text))
        page.on("pageerror", lambda error: problems.append(str(error)))
        await _log_in(page, served, "admin")

        # 检查项库: the form says what is missing before anything is sent, then the item is added.
        await page.click(".el-menu-item:has-text('检查项库')")
        await expect(_rows(page, "check-items")).to_have_count(1)
        await page.click("button.add-item")
        dialog = ".check-item-dialog"
        await page.click(f"{dialog} button.save-item")
        await expect(page.locator(f"{dialog} .el-form-item__error")).to_have_text(
            ["请填写编号", "请选择或填写类别", "请填写检查内容"])
        await page.fill(f"{dialog} .f-code input", "JY-01")
        await _choose(page, ".f-category", "燃气安全")
        await page.fill(f"{dialog} .f-text textarea", "燃气报警器未安装")
        await page.fill(f"{dialog} .f-basis textarea", "《城镇燃气管理条例》第二十八条")
        await _choose(page, ".f-industries", "餐饮")
        await _close_poppers(page, dialog)
        async with page.expect_response(lambda r: r.url.endswith("/api/v1/check-items")
                                        and r.request.method == "POST") as made:
            await page.click(f"{dialog} button.save-item")
        assert (await made.value).status == 201, await (await made.value).text()
        await expect(_rows(page, "check-items")).to_have_count(2)
        added = await CheckItem.get(code="JY-01")
        assert (added.category, added.text, added.industries, added.deadline_days, added.photo_required) == (
            "燃气安全", "燃气报警器未安装", ["餐饮"], 7, True)
        await expect(page.locator(".check-items .el-loading-mask")).to_have_count(0)
        await page.screenshot(path=str(shots / "console-check-items.png"))

        # Correct its wording: only what changed is sent, and the audit keeps both sides.
        row = _rows(page, "check-items").filter(has_text="JY-01")
        await row.locator("button.edit-item").click()
        await expect(page.locator(f"{dialog} .f-text textarea")).to_have_value("燃气报警器未安装")
        await page.fill(f"{dialog} .f-text textarea", "餐饮场所未安装可燃气体报警装置")
        async with page.expect_response(lambda r: r.url.endswith(f"/api/v1/check-items/{added.id}")) as edited:
            await page.click(f"{dialog} button.save-item")
        assert (await edited.value).status == 200
        assert (await edited.value).request.post_data_json == {"text": "餐饮场所未安装可燃气体报警装置"}
        await expect(row).to_contain_text("餐饮场所未安装可燃气体报警装置")
        assert (await CheckItem.get(id=added.id)).text == "餐饮场所未安装可燃气体报警装置"
        [entry] = await AuditEntry.filter(action="check_item.updated", object_id=str(added.id))
        assert (entry.before, entry.after) == ({"text": "燃气报警器未安装"}, {"text": "餐饮场所未安装可燃气体报警装置"})

        # 检查模板: a new template of the two gas items, the new one first, for 餐饮.
        await page.click(".el-menu-item:has-text('检查模板')")
        await page.click("button.add-template")
        dialog = ".template-dialog"
        await page.fill(f"{dialog} .f-name input", "餐饮燃气专项检查表")
        for option in ("JY-01 餐饮场所未安装可燃气体报警装置", f"{gas.code} 燃气管道无私接乱改"):
            await page.locator(f"{dialog} .f-add-item").click()
            await page.keyboard.type(option.split(" ")[0])
            await page.locator(".el-select-dropdown:visible .el-select-dropdown__item").filter(
                has_text=re.compile(f"^{re.escape(option)}$")).click()
            await page.click(f"{dialog} button.add-to-template")
        await expect(page.locator(f"{dialog} .template-items tr.el-table__row")).to_have_count(2)
        await _choose(page, f"{dialog} .f-industries", "餐饮")
        await _close_poppers(page, dialog)
        async with page.expect_response(lambda r: r.url.endswith("/api/v1/templates")
                                        and r.request.method == "POST") as made:
            await page.click(f"{dialog} button.save-template")
        assert (await made.value).status == 201, await (await made.value).text()
        template = await Template.get(name="餐饮燃气专项检查表")
        assert (template.item_ids, template.industries) == ([added.id, gas.id], ["餐饮"])
        await expect(_rows(page, "templates")).to_have_count(1)

        # 专项任务: publish to 餐饮 (the form first asks for a title), then follow it enterprise by enterprise.
        await page.click(".el-menu-item:has-text('专项任务')")
        await page.click("button.new-campaign")
        dialog = ".campaign-dialog"
        await page.click(f"{dialog} button.publish-campaign")
        await expect(page.locator(f"{dialog} .el-form-item__error")).to_have_text(
            ["请填写任务名称", "请选择检查表模板", "请选择截止日期"])
        await page.fill(f"{dialog} .f-title input", "餐饮场所燃气安全专项检查")
        await _choose(page, f"{dialog} .f-template", "餐饮燃气专项检查表（2项）")
        deadline = (clock.now() + timedelta(days=7)).date().isoformat()
        await page.fill(f"{dialog} .f-deadline input", deadline)
        await page.keyboard.press("Enter")
        await _close_poppers(page, dialog)
        await _choose(page, f"{dialog} .f-industries", "餐饮")
        await _close_poppers(page, dialog)
        await page.click(f"{dialog} button.publish-campaign")
        async with page.expect_response(lambda r: r.url.endswith("/api/v1/campaigns")
                                        and r.request.method == "POST") as published:
            await page.locator(".el-message-box__btns button:has-text('发布')").click()
        assert (await published.value).status == 201, await (await published.value).text()
        campaign = await Campaign.get(title="餐饮场所燃气安全专项检查")
        assert (campaign.template_id, campaign.target["industries"], campaign.deadline_date.isoformat()) == (
            template.id, ["餐饮"], deadline)
        assert sorted(await CampaignTask.filter(campaign_id=campaign.id).values_list("enterprise_id", flat=True)) == \
            sorted(r.id for r in restaurants)
        tasks = page.locator(".campaign-tasks tr.el-table__row")
        await expect(tasks).to_have_count(3)
        await expect(page.locator(".campaign-tasks tr.el-table__row td:first-child")).to_have_text(
            [r.name for r in restaurants])
        await expect(tasks.first).to_contain_text("进行中")
        await expect(tasks.first).to_contain_text("未开始")

        # The restaurant starts its task on the phone: the console links the checklist being filled in.
        started = await http.post(f"/api/v1/campaigns/{campaign.id}/start", json={},
                                  headers={**builders.auth(owner), "Idempotency-Key": "console-library-1"})
        assert started.status_code == 201, started.text
        await page.keyboard.press("Escape")
        await expect(_rows(page, "campaigns").first).to_contain_text("0 / 3")
        await _rows(page, "campaigns").first.locator("button.campaign-detail").click()
        await expect(tasks.first.locator("button.open-inspection")).to_have_text(f"填写中 #{started.json()['id']}")
        await page.wait_for_timeout(400)  # the drawer's slide-in
        await page.screenshot(path=str(shots / "console-campaign-tasks.png"))
        await tasks.first.locator("button.open-inspection").click()
        await expect(page.locator(".inspection-items tr.el-table__row td:nth-child(3)")).to_have_text(
            ["餐饮场所未安装可燃气体报警装置", "燃气管道无私接乱改"])
        await page.keyboard.press("Escape")

        # 日常报送: nobody has reported today.
        await page.keyboard.press("Escape")
        await page.click(".el-menu-item:has-text('日常报送')")
        await expect(page.locator(".missing-count strong")).to_have_text("4")

        # A community admin reads the same library and report form, with nothing to edit.
        other = await browser.new_page(viewport=SCREEN, locale="zh-CN")
        other.on("pageerror", lambda error: problems.append(str(error)))
        await _log_in(other, served, "north-admin")
        await other.click(".el-menu-item:has-text('检查项库')")
        await expect(_rows(other, "check-items")).to_have_count(2)
        await expect(other.locator("button.add-item")).to_have_count(0)
        await expect(other.locator("button.edit-item")).to_have_count(0)
        await other.click(".el-menu-item:has-text('日常报送')")
        await other.click(".report-tabs .el-tabs__item:has-text('报送表')")
        await expect(other.locator(".report-form tr.el-table__row")).to_have_count(4)
        await expect(other.locator("button.save-form")).to_have_count(0)
        await browser.close()
    assert problems == []
