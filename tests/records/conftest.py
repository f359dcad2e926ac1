"""A street with one enterprise, its inspector and its owner, and helpers that drive the real API through an
inspection, its signatures, a fix and its verification; PDFs are read back with PDFium."""

import hashlib
import io
import itertools
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest_asyncio
from PIL import Image, ImageDraw

from core.identity import Role
from enterprises.models import Enterprise, RegionLevel, User
from tests import builders
from tests.files import samples
from tests.qr_decoder import decode_qr

_keys = itertools.count(1)


@dataclass
class World:
    tree: dict
    enterprise: Enterprise
    inspector: User
    owner: User
    outsider: User  # an inspector of the other community
    other_owner: User  # a user of another enterprise


@pytest_asyncio.fixture(loop_scope="session")
async def world(db_clean) -> World:
    district = await builders.region("广汉市", RegionLevel.DISTRICT)
    street = await builders.region("金雁街道", RegionLevel.STREET, district)
    north = await builders.region("北社区", RegionLevel.COMMUNITY, street)
    south = await builders.region("南社区", RegionLevel.COMMUNITY, street)
    tree = {"district": district, "street": street, "north": north, "south": south}
    enterprise = await builders.enterprise(north, name="广汉市金雁餐饮有限公司", industry="餐饮",
                                           address="金雁街道中山路 18 号")
    other = await builders.enterprise(south, industry="餐饮")
    items = await builders.check_items(3, basis="《中华人民共和国消防法》第二十八条")
    await builders.template(items, industries=["餐饮"])
    return World(tree, enterprise, await builders.user(Role.INSPECTOR, north, name="张检查"),
                 await builders.user(Role.ENTERPRISE, enterprise=enterprise, name="李老板"),
                 await builders.user(Role.INSPECTOR, south), await builders.user(Role.ENTERPRISE, enterprise=other))


def photo_bytes(seed: int, size=(1600, 1200)) -> bytes:
    """A phone-sized JPEG that is not flat (so its size and re-encoding are realistic)."""
    image = samples.gradient(size)
    draw = ImageDraw.Draw(image)
    for k in range(40):
        x, y = (seed * 97 + k * 131) % size[0], (seed * 53 + k * 71) % size[1]
        draw.ellipse((x, y, x + 120, y + 90), fill=((seed * 40 + k * 9) % 256, (k * 23) % 256, 90))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=88)
    return out.getvalue()


def signature_png() -> bytes:
    """A handwriting stroke on a transparent canvas, as the mini program's canvas exports it."""
    image = Image.new("RGBA", (600, 240), (0, 0, 0, 0))
    ImageDraw.Draw(image).line([(40, 180), (160, 60), (260, 170), (380, 70), (560, 150)], fill=(0, 0, 0, 255),
                               width=8)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


async def upload(client, who: User, data: bytes, name="photo.jpg", media="image/jpeg") -> int:
    answer = await client.post("/api/v1/uploads", files={"file": (name, data, media)}, headers=builders.auth(who))
    assert answer.status_code in (200, 201), answer.text
    return answer.json()["id"]


async def submitted_inspection(client, world: World, failed: int = 1, photos_per_failure: int = 1,
                               notes: tuple[str, ...] = ("消防通道堆放杂物",)) -> dict:
    """A street inspection of the world's enterprise, submitted in one request: the first `failed` items fail
    with photos, the rest pass."""
    started = await client.post("/api/v1/inspections", json={"enterprise_id": world.enterprise.id},
                                headers={**builders.auth(world.inspector), "Idempotency-Key": f"rec-{next(_keys)}"})
    assert started.status_code == 201, started.text
    checklist = started.json()
    answers = []
    for n, item in enumerate(checklist["items"][:failed]):
        photo_ids = [await upload(client, world.inspector, photo_bytes(n * 10 + k))
                     for k in range(photos_per_failure)]
        answers.append({"item_id": item["id"], "result": "fail", "note": notes[n % len(notes)],
                        "photo_ids": photo_ids})
    answer = await client.post(f"/api/v1/inspections/{checklist['id']}/submit",
                               json={"answers": answers, "rest_passed": True},
                               headers={**builders.auth(world.inspector), "Idempotency-Key": f"rec-{next(_keys)}"})
    assert answer.status_code == 200, answer.text
    return answer.json()


async def sign(client, inspection_id: int, who: User, **body):
    return await client.post(f"/api/v1/inspections/{inspection_id}/signatures", json=body,
                             headers=builders.auth(who))


async def fix_and_verify(client, world: World, hazard_id: int, approved: bool = True) -> None:
    fixed = await upload(client, world.owner, photo_bytes(99))
    answer = await client.post(f"/api/v1/hazards/{hazard_id}/rectify", json={"note": "杂物已清理,通道畅通",
                                                                             "photo_ids": [fixed]},
                               headers=builders.auth(world.owner))
    assert answer.status_code == 200, answer.text
    answer = await client.post(f"/api/v1/hazards/{hazard_id}/verify",
                               json={"approved": approved, "note": "复查合格" if approved else "仍有杂物"},
                               headers=builders.auth(world.inspector))
    assert answer.status_code == 200, answer.text


# -- reading a PDF back --

def pdf_text(data: bytes) -> str:
    document = pdfium.PdfDocument(data)
    return "\n".join(document[i].get_textpage().get_text_range() for i in range(len(document)))


_ASCII = str.maketrans("，；：（）！？", ",;:()!?")


def squeezed(text: str) -> str:
    """Text without whitespace, punctuation as typed: table cells wrap anywhere and Chinese text prints full-width
    punctuation (records/pdf.py typeset), so compare what was written, not how it was set."""
    return "".join(text.split()).translate(_ASCII)


def first_page_qr(data: bytes) -> str:
    page = pdfium.PdfDocument(data)[0]
    image = page.render(scale=200 / 72).to_pil()
    width, height = image.size
    return decode_qr(image.crop((width * 2 // 3, 0, width, height // 5)))


def embedded_images(data: bytes) -> list[tuple[float, float]]:
    """(dpi across, dpi down) of every image placed in the PDF, from its pixels and its size on the page."""
    found = []
    document = pdfium.PdfDocument(data)
    for i in range(len(document)):
        for obj in document[i].get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]):
            left, bottom, right, top = obj.get_bounds()
            width_px, height_px = obj.get_px_size()
            found.append((width_px / ((right - left) / 72), height_px / ((top - bottom) / 72)))
    return found


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
