"""How long the identity-QR images take to render, against a bare `qrcode.make(url)` in the same run.

    .venv/bin/python bench/qr_render.py [--rounds 30]

The baseline is qrcode's default (error correction M, 10 px modules) saved as PNG bytes, which is what any route
serving a QR code must at least do. Renders are timed without the LRU cache (`__wrapped__`); the cached path is timed
too. Ratios matter, absolute numbers move ±20% on a shared 2-core machine.
"""

import argparse
import io
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import qrcode  # noqa: E402

from enterprises import qr, qr_images  # noqa: E402

NAME = "金雁市安全生产示范机械制造有限公司"
REGION = "金雁街道 / 东湖社区 / 第三网格"


def bare_qrcode_png(url: str) -> bytes:
    buffer = io.BytesIO()
    qrcode.make(url).save(buffer)
    return buffer.getvalue()


def median_ms(render, rounds: int) -> float:
    timings = []
    for _ in range(rounds):
        url = qr.scan_url("https://aq.jinyan.example.gov.cn", qr.new_qr_token())  # a fresh token: no cache helps
        started = time.perf_counter()
        render(url)
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    rounds = parser.parse_args().rounds

    url = qr.scan_url("https://aq.jinyan.example.gov.cn", qr.new_qr_token())
    started = time.perf_counter()
    qr_images.render_poster_png.__wrapped__(url, NAME, REGION)  # first render in the process: loads the font sizes
    cold_poster_ms = (time.perf_counter() - started) * 1000
    qr_images.render_risk_code_png.__wrapped__(url, "green", date(2026, 11, 28))

    baseline = median_ms(bare_qrcode_png, rounds)
    cases = {
        "code.png": lambda u: qr_images.render_code_png.__wrapped__(u),
        "poster.png (A5, 300 dpi)": lambda u: qr_images.render_poster_png.__wrapped__(u, NAME, REGION),
        "risk-code.png (yellow)": lambda u: qr_images.render_risk_code_png.__wrapped__(u, "yellow", date(2026, 11, 28)),
    }
    print(f"{'render':34} {'median ms':>10} {'x baseline':>11}")
    print(f"{'baseline qrcode.make(url) -> PNG':34} {baseline:10.2f} {1:11.2f}")
    for name, render in cases.items():
        took = median_ms(render, rounds)
        print(f"{name:34} {took:10.2f} {took / baseline:11.2f}")

    qr_images.render_poster_png(url, NAME, REGION)
    started = time.perf_counter()
    for _ in range(1000):
        qr_images.render_poster_png(url, NAME, REGION)
    cached_ms = (time.perf_counter() - started)
    print(f"{'poster.png from the LRU cache':34} {cached_ms:10.4f} {cached_ms / baseline:11.4f}")
    print(f"first poster of the process (font loads): {cold_poster_ms:.1f} ms; rounds: {rounds}")


if __name__ == "__main__":
    main()
