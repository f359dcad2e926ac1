"""The mini program's H5 build on a phone profile (issue 20, "Measured"), in Debian's Chromium at 390×844 against the
real server (`jinyan serve`, dev, SQLite in a temporary directory):

- the **first load**: bytes on the wire (compressed, as the server sends them) of a cold browser opening the login
  page and the public card of a scanned code, until the network is idle;
- a **100-item checklist** under Chromium's CPU throttling ×4 (DevTools' mid-range phone profile): from the tap on
  开始检查 until every item is on the page (the start's POST included), the same page reloaded (the app's own start
  included), the first answer's tap until it shows, and the frames while scrolling the whole list.

    .venv/bin/python bench/miniprogram.py [--rounds 5]

Needs the H5 build (`make h5`) and /usr/bin/chromium. Each round is a fresh browser context and a fresh enterprise.
Numbers move with the machine's load (printed): compare medians and spreads, not single runs.
"""

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from bench.common import free_port, load_average  # noqa: E402

ITEMS = 100
PHONE = {"width": 390, "height": 844}
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
TEXT = "安全出口、疏散通道保持畅通,未被占用、堵塞、封闭,疏散指示标志和应急照明完好有效"


async def seed(url: str, rounds: int) -> list[str]:
    """A street with 100 check items in five categories, one template of them, an inspector who logs in with
    `demo-bench-inspector`, and one enterprise per round; → their door tokens."""
    from core import db
    from core.identity import Role
    from tests import builders

    await db.apply_migrations(url)
    await db.open_database(url)
    try:
        tree = await builders.region_tree()
        items = []
        for n in range(ITEMS):
            items += await builders.check_items(1, category=f"检查类别{n // 20 + 1}", text=f"{n + 1}. {TEXT}")
        await builders.template(items)
        await builders.user(Role.INSPECTOR, tree["street"], name="王检查", openid="o-demo-bench-inspector")
        return [(await builders.enterprise(tree["north_grid"], name=f"测试企业{n}")).qr_token for n in range(rounds)]
    finally:
        await db.close_database()


def serve(url: str, data_dir: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {**os.environ, "ENV": "dev", "DATABASE_URL": url, "AUTO_MIGRATE": "false", "DATA_DIR": data_dir,
           "RUN_WORKER_IN_PROCESS": "false", "WECHAT_APPID": "", "HOST": "127.0.0.1"}
    server = subprocess.Popen([str(ROOT / ".venv" / "bin" / "jinyan"), "serve", "--port", str(port)], env=env,
                              cwd=data_dir, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            if httpx.get(f"{base}/readyz").status_code == 200:
                return server, base
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    server.kill()
    raise RuntimeError("the server did not start")


async def wire_bytes(browser, url: str, selector: str) -> tuple[int, int]:
    """(bytes on the wire, requests) for a cold context opening `url` until `selector` shows and the network idles."""
    context = await browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True)
    page = await context.new_page()
    cdp = await context.new_cdp_session(page)
    await cdp.send("Network.enable")
    sizes: dict[str, int] = {}
    cdp.on("Network.loadingFinished", lambda event: sizes.__setitem__(event["requestId"], event["encodedDataLength"]))
    await page.goto(url, wait_until="networkidle")
    await page.locator(selector).first.wait_for()
    await page.wait_for_load_state("networkidle")
    await context.close()
    return sum(sizes.values()), len(sizes)


FRAMES = """() => new Promise((resolve) => {
  const frames = []; let last = performance.now(); let running = true;
  const tick = (now) => { frames.push(now - last); last = now; if (running) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  window.__stopFrames = () => { running = false; resolve(frames.slice(1)); };
})"""


async def checklist_round(browser, base: str, token: str) -> dict:
    context = await browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True,
                                        locale="zh-CN")
    page = await context.new_page()
    shown = lambda selector: page.locator(selector).locator("visible=true").first  # noqa: E731
    await page.goto(f"{base}/m/#/pages/login/index")
    await page.fill("[data-test=code] input", "demo-bench-inspector")
    await page.click("[data-test=wechat-login]")
    await page.wait_for_url(lambda url: url.endswith("/m/#/") or url.endswith("pages/index/index"))
    await page.goto(f"{base}/m/#/pages/scan/index?token={token}")
    await shown("[data-test=start]").wait_for()

    cdp = await context.new_cdp_session(page)
    await cdp.send("Emulation.setCPUThrottlingRate", {"rate": 4})
    started = time.perf_counter()
    await shown("[data-test=start]").click()
    await page.wait_for_function(f"() => document.querySelectorAll('[data-item]').length >= {ITEMS}", timeout=120_000)
    to_items = time.perf_counter() - started

    started = time.perf_counter()
    await page.reload()
    await page.wait_for_function(f"() => document.querySelectorAll('[data-item]').length >= {ITEMS}", timeout=120_000)
    reloaded = time.perf_counter() - started

    first = page.locator("[data-item]").first
    started = time.perf_counter()
    await first.locator("[data-choice=pass]").click()
    await first.locator("[data-choice=pass].on").wait_for()
    first_tap = time.perf_counter() - started

    frames_done = asyncio.create_task(page.evaluate(FRAMES))
    await asyncio.sleep(0.2)
    height = await page.evaluate("() => document.documentElement.scrollHeight")
    await page.mouse.move(195, 500)
    for _ in range(int(height / 400) + 1):
        await page.mouse.wheel(0, 400)
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.3)
    await page.evaluate("() => window.__stopFrames()")
    frames = await frames_done
    scrolled = await page.evaluate(
        "() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2")
    await context.close()
    frames.sort()
    return {"to_items": to_items, "reloaded": reloaded, "first_tap": first_tap, "height": height,
            "scrolled_to_end": scrolled, "frame_median": statistics.median(frames),
            "frame_p95": frames[int(len(frames) * 0.95) - 1], "frame_max": frames[-1],
            "long_frames": sum(f > 50 for f in frames), "frames": len(frames)}


def spread(values: list[float], unit: str = "s", scale: float = 1.0) -> str:
    values = [v * scale for v in values]
    return (f"median {statistics.median(values):.2f} {unit} (min {min(values):.2f}, max {max(values):.2f},"
            f" n={len(values)})")


async def main(rounds: int) -> None:
    from playwright.async_api import async_playwright

    if not (ROOT / "miniprogram" / "dist" / "build" / "h5" / "index.html").is_file():
        sys.exit("the H5 build is missing: run `make h5` first")
    data_dir = tempfile.mkdtemp(prefix="jinyan-bench-mp-")
    url = f"sqlite://{data_dir}/bench.sqlite3"
    tokens = await seed(url, rounds)
    server, base = serve(url, data_dir)
    try:
        async with async_playwright() as driver:
            browser = await driver.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for name, route, selector in (("login page", "pages/login/index", "[data-test=wechat-login]"),
                                          ("public card", f"pages/scan/index?token={tokens[0]}", "[data-test=card]")):
                loads = [await wire_bytes(browser, f"{base}/m/#/{route}", selector) for _ in range(3)]
                print(f"first load, {name}: {loads[0][0] / 1024:.1f} KB on the wire in {loads[0][1]} requests"
                      f" (three cold loads: {sorted(n for n, _ in loads)} bytes)")
            results = []
            for n, token in enumerate(tokens):
                result = await checklist_round(browser, base, token)
                results.append(result)
                print(f"round {n + 1}: items {result['to_items']:.2f} s, reload {result['reloaded']:.2f} s, "
                      f"first tap {result['first_tap']:.2f} s, frames median {result['frame_median']:.1f} ms "
                      f"p95 {result['frame_p95']:.1f} max {result['frame_max']:.1f} "
                      f"({result['long_frames']} of {result['frames']} over 50 ms), page {result['height']} px, "
                      f"scrolled to the end: {result['scrolled_to_end']}  load {load_average()}")
            await browser.close()
    finally:
        server.terminate()
        server.wait(timeout=15)
    print(f"{ITEMS}-item checklist, CPU ×4, {rounds} rounds:")
    print("  tap 开始检查 → all items on the page:", spread([r["to_items"] for r in results]))
    print("  reload → all items on the page:      ", spread([r["reloaded"] for r in results]))
    print("  first answer's tap → shown:          ", spread([r["first_tap"] for r in results]))
    print("  scrolling, median frame:             ", spread([r["frame_median"] for r in results], "ms"))
    print("  scrolling, 95th percentile frame:    ", spread([r["frame_p95"] for r in results], "ms"))
    print("  scrolling, worst frame:              ", spread([r["frame_max"] for r in results], "ms"))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    asyncio.run(main(parser.parse_args().rounds))
