"""How long a large printed record takes to render and how big it is: a 现场检查记录 of 100 items with 10 phone
photos and two signatures, against writing the same text to a blank PDF with the same library (fpdf2, the same
embedded font), and a sheet of 20 door posters.

    .venv/bin/python bench/records.py [--rounds 5]

Peak memory is the process's maximum resident set (ru_maxrss), interpreter and libraries included. Photos are
1600x1200 JPEGs with detail (ellipses over a gradient), re-encoded by the renderer at 300 dpi of their printed size.
Ratios matter, absolute numbers move ±20% on a shared 2-core machine.
"""

import argparse
import io
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PIL import Image, ImageDraw  # noqa: E402

from core import clock  # noqa: E402
from enterprises import qr, qr_images  # noqa: E402
from records import pdf  # noqa: E402

ITEM = "安全出口、疏散通道保持畅通,未被占用、堵塞、封闭,疏散指示标志和应急照明完好有效"
NOTE = "现场发现二楼东侧疏散通道堆放纸箱,已当场要求清理"


def photo(seed: int, size=(1600, 1200)) -> bytes:
    image = Image.linear_gradient("L").resize(size).convert("RGB")
    draw = ImageDraw.Draw(image)
    for k in range(300):
        x, y = (seed * 97 + k * 131) % size[0], (seed * 53 + k * 71) % size[1]
        draw.ellipse((x, y, x + 60 + k % 90, y + 40 + k % 70), fill=((seed * 40 + k * 9) % 256, (k * 23) % 256, 90))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def signature() -> bytes:
    image = Image.new("RGBA", (600, 240), (0, 0, 0, 0))
    ImageDraw.Draw(image).line([(40, 180), (160, 60), (260, 170), (380, 70), (560, 150)], fill=(0, 0, 0, 255), width=8)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def large_record() -> tuple[pdf.Document, list[str]]:
    rows = [[str(n), "消防安全", f"{ITEM}(第{n}项)", "不合格" if n % 10 == 0 else "合格", NOTE if n % 10 == 0 else ""]
            for n in range(1, 101)]
    photos = [pdf.Photo(photo(n), f"问题{n // 2 + 1} 照片{n % 2 + 1}") for n in range(10)]
    blocks = [pdf.Fields([("被检查单位", "广汉市金雁餐饮有限公司"), ("统一社会信用代码", "91510681MA6XXXXX0X"),
                          ("地址", "金雁街道中山路 18 号"), ("检查时间", "2026年12月7日 09:30 至 2026年12月7日 11:05"),
                          ("检查人员", "张检查")]),
              pdf.Heading("一、检查内容及结果(共 100 项,不合格 10 项)"),
              pdf.Table([("序号", 11), ("类别", 24), ("检查内容", 86), ("结果", 17), ("说明", 36)], rows),
              pdf.Heading("二、发现的问题")]
    for n in range(5):
        blocks += [pdf.Text(f"{n + 1}. {ITEM}({NOTE})\n一般隐患;整改期限:2026年12月14日"),
                   pdf.Photos(photos[2 * n:2 * n + 2])]
    blocks.append(pdf.Signatures([pdf.SignatureLine("检查人员", "张检查", image=signature(), signed_at="2026年12月7日 11:06",
                                                    place="30.98123, 104.28456"),
                                  pdf.SignatureLine("被检查单位负责人", "李老板", "负责人", image=signature(),
                                                    signed_at="2026年12月7日 11:07")]))
    document = pdf.Document("广汉市金雁街道办事处", "安全生产现场检查记录", "金雁安检〔2026〕第0082号",
                            "https://aq.jinyan.example.gov.cn/verify/Qx7c2VJm3bTnK9aZ", clock.now(), blocks)
    text = [" ".join(row) for row in rows] + [NOTE] * 5
    return document, text


def blank_text_pdf(lines: list[str]) -> bytes:
    """The same words with the same library and font, as plain lines: the floor any CJK PDF pays."""
    sheet = pdf._sheet(clock.now())
    sheet.add_page()
    for line in lines:
        sheet.multi_cell(pdf.CONTENT_WIDTH_MM, pdf.LINE_MM, line, new_x="LMARGIN", new_y="NEXT", wrapmode="CHAR")
    return bytes(sheet.output())


CPU: list[float] = []  # CPU seconds of the last timed() call's rounds: steadier than wall time on a shared machine


def timed(make, rounds: int) -> tuple[float, bytes]:
    timings, result = [], b""
    CPU.clear()
    for _ in range(rounds):
        pdf._print_image.cache_clear()  # cold: every photo decoded and re-encoded, as on a document's first print
        started, cpu = time.perf_counter(), time.process_time()
        result = make()
        timings.append(time.perf_counter() - started)
        CPU.append(time.process_time() - cpu)
    return statistics.median(timings), result


def timed_warm(make, rounds: int) -> tuple[float, bytes]:
    timings, result = [], b""
    for _ in range(rounds):
        started = time.perf_counter()
        result = make()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    rounds = parser.parse_args().rounds

    document, text = large_record()
    started = time.perf_counter()
    pdf.render(document)  # the first render loads and parses the font
    first = time.perf_counter() - started
    record_s, record = timed(lambda: pdf.render(document), rounds)
    record_cpu = statistics.median(CPU)
    blank_s, blank = timed(lambda: blank_text_pdf(text), rounds)
    blank_cpu = statistics.median(CPU)
    urls = [qr.scan_url("https://aq.jinyan.example.gov.cn", qr.new_qr_token()) for _ in range(20)]
    posters_s, posters = timed(lambda: pdf.render_posters(
        [qr_images.render_poster_png.__wrapped__(url, f"示范企业{i}", "金雁街道 / 东湖社区", "91510681MA6XXXXX0X",
                                                 "广汉市金雁街道办事处", "12350") for i, url in enumerate(urls)],
        clock.now()), max(1, rounds // 2))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    photos_mb = sum(len(block.photos[0].data) + len(block.photos[1].data)
                    for block in document.blocks if isinstance(block, pdf.Photos)) / 1e6
    print(f"record, 100 items + 10 photos ({photos_mb:.1f} MB of JPEG in) + 2 signatures:")
    print(f"  first render {first:.2f} s (font loaded), then median {record_s:.2f} s over {rounds}; "
          f"{len(record) / 1e6:.2f} MB, {record_cpu:.2f} s of CPU")
    pdf._print_image.cache_clear()
    pdf.render(document)
    warm_s, _ = timed_warm(lambda: pdf.render(document), rounds)
    print(f"  printed again (photos already prepared): median {warm_s:.2f} s")
    print(f"  the same text to a blank PDF: median {blank_s:.2f} s, {len(blank) / 1e6:.2f} MB "
          f"{blank_cpu:.2f} s of CPU (record / blank = {record_cpu / blank_cpu:.1f}x in CPU)")
    print(f"posters, 20 on 10 A4 pages: median {posters_s:.2f} s, {len(posters) / 1e6:.2f} MB")
    print(f"peak resident memory of this process: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
