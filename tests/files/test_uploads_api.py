"""POST /uploads and reading uploads back, over HTTP against a real database and a real disk."""

import asyncio
import io
from datetime import datetime

import pytest
from PIL import Image

from blobs.keys import content_key
from blobs.local import LocalDiskStorage
from core.models import AuditEntry
from core.identity import Role
from files.models import Upload
from tests import builders
from tests.files import samples
from tests.files.samples import DATETIME_ORIGINAL, EXIF_IFD, ORIENTATION

URL = "/api/v1/uploads"


def upload(client, who, data: bytes, name: str = "photo.jpg", content_type: str = "image/jpeg"):
    headers = builders.auth(who) if who else {}
    return client.post(URL, headers=headers, files={"file": (name, data, content_type)})


def path_of(body: dict, key: str = "url") -> str:
    return body[key].removeprefix("http://127.0.0.1:8000")


def blobs_on_disk(settings) -> list:
    root = settings.data_dir / "uploads"
    return [p for p in root.rglob("*") if p.is_file() and ".tmp" not in p.parts] if root.exists() else []


async def written(settings) -> tuple[int, int, int]:
    return await Upload.all().count(), await AuditEntry.all().count(), len(blobs_on_disk(settings))


async def _street():
    tree = await builders.region_tree()
    ours = await builders.enterprise(tree["north_grid"])
    theirs = await builders.enterprise(tree["south_grid"])
    return tree, ours, theirs


class TestCreateUpload:
    async def test_a_phone_photo_keeps_only_orientation_and_capture_time(self, client, settings):
        tree, ours, _ = await _street()
        worker = await builders.user(Role.ENTERPRISE, enterprise=ours)
        answer = await upload(client, worker, samples.phone_photo((640, 480)), name="../../隐患.jpg",
                              content_type="application/octet-stream")
        assert answer.status_code == 201, answer.text
        body = answer.json()
        assert body["media_type"] == "image/jpeg" and body["kind"] == "image"
        assert (body["width"], body["height"]) == (480, 640)
        assert body["captured_at"] == "2026-11-20T09:15:00+08:00"
        assert body["url"] == f"http://127.0.0.1:8000/api/v1/uploads/{body['id']}"

        served = await client.get(path_of(body), headers=builders.auth(worker))
        assert served.status_code == 200 and served.headers["content-type"] == "image/jpeg"
        assert served.headers["etag"] == f'"{body["sha256"]}"' and "max-age" in served.headers["cache-control"]
        assert len(served.content) == body["size"]
        stored = Image.open(io.BytesIO(served.content))
        exif = stored.getexif()
        assert {tag for tag in exif if tag != EXIF_IFD} == {ORIENTATION} and exif[ORIENTATION] == 6
        assert dict(exif.get_ifd(EXIF_IFD)) == {DATETIME_ORIGINAL: "2026:11:20 09:15:00"}

        row = await Upload.get(id=body["id"])
        assert (row.uploaded_by_id, row.enterprise_id, row.original_name) == (worker.id, ours.id, "隐患.jpg")
        assert row.captured_at == datetime.fromisoformat("2026-11-20T09:15:00+08:00")
        entry = await AuditEntry.get(action="upload.created", object_id=str(row.id))
        assert entry.actor_user_id == worker.id and entry.after["sha256"] == body["sha256"]

    async def test_the_thumbnail_is_an_upright_small_jpeg(self, client):
        tree, ours, _ = await _street()
        worker = await builders.user(Role.ENTERPRISE, enterprise=ours)
        body = (await upload(client, worker, samples.phone_photo((1280, 960)))).json()
        thumb = await client.get(path_of(body, "thumb_url"), headers=builders.auth(worker))
        assert thumb.status_code == 200 and thumb.headers["content-type"] == "image/jpeg"
        assert Image.open(io.BytesIO(thumb.content)).size == (240, 320)

    @pytest.mark.parametrize(("make", "media_type", "has_thumb"), [
        (samples.png, "image/png", True), (samples.webp, "image/webp", True), (samples.pdf, "application/pdf", False),
    ])
    async def test_png_webp_and_pdf(self, client, make, media_type, has_thumb):
        inspector = await builders.user(Role.INSPECTOR, (await builders.region_tree())["north"])
        data = make()
        # The declared type and the name are ignored: the bytes decide.
        answer = await upload(client, inspector, data, name="scan.bin", content_type="text/plain")
        assert answer.status_code == 201, answer.text
        body = answer.json()
        assert body["media_type"] == media_type and (body["thumb_url"] is not None) == has_thumb
        served = await client.get(path_of(body), headers=builders.auth(inspector))
        assert served.headers["content-type"] == media_type
        if media_type == "application/pdf":
            assert served.content == data
            missing = await client.get(f"{path_of(body)}/thumb", headers=builders.auth(inspector))
            assert missing.status_code == 404 and missing.json()["code"] == "THUMBNAIL_NOT_FOUND"
        else:
            assert Image.open(io.BytesIO(served.content)).format == media_type.split("/")[1].upper()

    async def test_the_same_file_twice_is_stored_once(self, client, settings):
        tree, ours, _ = await _street()
        worker = await builders.user(Role.ENTERPRISE, enterprise=ours)
        colleague = await builders.user(Role.ENTERPRISE, enterprise=ours)
        data = samples.phone_photo()
        first = await upload(client, worker, data)
        again = await upload(client, worker, data)
        assert (first.status_code, again.status_code) == (201, 200)
        assert again.json()["id"] == first.json()["id"]
        assert await written(settings) == (1, 1, 2)  # one row, one audit entry, the photo and its thumbnail

        theirs = await upload(client, colleague, data)
        assert theirs.status_code == 201 and theirs.json()["id"] != first.json()["id"]
        assert theirs.json()["sha256"] == first.json()["sha256"]
        assert await written(settings) == (2, 2, 2)

    async def test_a_concurrent_retry_gets_the_same_upload(self, client, settings):
        worker = await builders.user(Role.INSPECTOR, (await builders.region_tree())["north"])
        data = samples.webp()
        answers = await asyncio.gather(*(upload(client, worker, data) for _ in range(3)))
        assert sorted(a.status_code for a in answers) == [200, 200, 201]
        assert len({a.json()["id"] for a in answers}) == 1
        assert await written(settings) == (1, 1, 2)

    async def test_anonymous_is_401(self, client, settings):
        answer = await upload(client, None, samples.png())
        assert answer.status_code == 401
        assert await written(settings) == (0, 0, 0)


class TestBadUploads:
    @pytest.mark.parametrize(("make", "status", "code"), [
        (samples.text_named_like_a_jpeg, 415, "UPLOAD_TYPE_UNSUPPORTED"),
        (samples.png_header_then_garbage, 422, "UPLOAD_CORRUPTED"),
        (samples.png_bomb, 413, "UPLOAD_TOO_MANY_PIXELS"),
        (lambda: samples.pdf()[:-100], 422, "UPLOAD_CORRUPTED"),
    ], ids=["text-as-jpg", "png-garbage", "bomb", "truncated-pdf"])
    async def test_refused_and_nothing_written(self, client, settings, make, status, code):
        tree, ours, _ = await _street()
        worker = await builders.user(Role.ENTERPRISE, enterprise=ours)
        before = await written(settings)
        answer = await upload(client, worker, make(), name="photo.jpg", content_type="image/jpeg")
        assert answer.status_code == status and answer.json()["code"] == code, answer.text
        assert await written(settings) == before

    async def test_oversized_is_413(self, client, settings):
        settings.upload_max_bytes = 64 * 1024
        worker = await builders.user(Role.INSPECTOR, (await builders.region_tree())["north"])
        before = await written(settings)
        # A valid image just over the limit: the multipart overhead allowance does not let it through.
        data = samples.pdf()
        data = data[:-6] + b" " * (settings.upload_max_bytes + 1 - len(data)) + b"%%EOF\n"
        answer = await upload(client, worker, data)
        assert answer.status_code == 413 and answer.json()["code"] == "UPLOAD_TOO_LARGE"
        assert answer.json()["detail"] == {"max_bytes": 64 * 1024}
        assert await written(settings) == before

    async def test_a_body_without_length_is_cut_off_at_the_limit(self, client, settings):
        settings.upload_max_bytes = 256 * 1024
        worker = await builders.user(Role.INSPECTOR, (await builders.region_tree())["north"])
        sent = []

        async def endless_multipart():
            yield b'--b\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4\n'
            for _ in range(1000):  # 64 MB if read to the end
                sent.append(1)
                yield b"0" * 65536

        answer = await client.post(URL, headers={**builders.auth(worker),
                                                 "Content-Type": "multipart/form-data; boundary=b"},
                                   content=endless_multipart())
        assert answer.status_code == 413 and answer.json()["code"] == "UPLOAD_TOO_LARGE"
        assert len(sent) <= 6
        assert await written(settings) == (0, 0, 0)

    async def test_a_declared_length_over_the_limit_is_refused_before_reading(self, client, settings):
        settings.upload_max_bytes = 64 * 1024
        worker = await builders.user(Role.INSPECTOR, (await builders.region_tree())["north"])
        sent = []

        async def body():
            sent.append(1)
            yield b"x" * 1024

        answer = await client.post(URL, headers={**builders.auth(worker), "Content-Length": str(10 * 1024 * 1024),
                                                 "Content-Type": "multipart/form-data; boundary=b"},
                                   content=body())
        assert answer.status_code == 413 and sent == []

    @pytest.mark.parametrize("request_kwargs", [
        {"json": {"file": "aGVsbG8="}},
        {"files": {"photo": ("a.png", samples.png(), "image/png")}},
        {"content": b"--b\r\nbroken", "headers": {"Content-Type": "multipart/form-data; boundary=b"}},
    ], ids=["json", "wrong-field", "broken-multipart"])
    async def test_a_body_without_a_file_part_is_422(self, client, settings, request_kwargs):
        worker = await builders.user(Role.INSPECTOR, (await builders.region_tree())["north"])
        headers = {**builders.auth(worker), **request_kwargs.pop("headers", {})}
        answer = await client.post(URL, headers=headers, **request_kwargs)
        assert answer.status_code == 422 and answer.json()["code"] in {"UPLOAD_FILE_MISSING", "UPLOAD_MALFORMED"}
        assert await written(settings) == (0, 0, 0)

    async def test_a_full_disk_is_507_and_writes_no_row(self, client, settings):
        """Real ENOSPC: the storage's temp file for this PDF's hash is a link to /dev/full (see storage.py)."""
        worker = await builders.user(Role.INSPECTOR, (await builders.region_tree())["north"])
        data = samples.pdf()
        storage = LocalDiskStorage(settings.data_dir / "uploads")
        temp = storage.tmp_dir / f"{content_key(data)}.part"
        temp.parent.mkdir(parents=True)
        temp.symlink_to("/dev/full")
        answer = await upload(client, worker, data, name="预案.pdf", content_type="application/pdf")
        assert answer.status_code == 507, answer.text
        assert answer.json()["code"] == "STORAGE_FULL" and "存储空间不足" in answer.json()["message"]
        assert await written(settings) == (0, 0, 0) and not temp.exists()
        # Once there is room again the same upload succeeds.
        assert (await upload(client, worker, data)).status_code == 201


class TestReadUpload:
    async def _photo_by(self, client, who) -> dict:
        answer = await upload(client, who, samples.phone_photo())
        assert answer.status_code == 201
        return answer.json()

    async def test_who_may_read_an_enterprise_users_file(self, client):
        tree, ours, theirs = await _street()
        body = await self._photo_by(client, await builders.user(Role.ENTERPRISE, enterprise=ours))
        readers = {
            "colleague": await builders.user(Role.ENTERPRISE, enterprise=ours),
            "grid inspector": await builders.user(Role.INSPECTOR, tree["north_grid"]),
            "street command": await builders.user(Role.COMMAND, tree["street"]),
            "system admin": await builders.user(Role.ADMIN, None),
        }
        strangers = {
            "other enterprise": await builders.user(Role.ENTERPRISE, enterprise=theirs),
            "other grid's inspector": await builders.user(Role.INSPECTOR, tree["south_grid"]),
            "public": await builders.user(Role.PUBLIC),
        }
        for label, who in {**readers, **strangers}.items():
            for path in (path_of(body), path_of(body, "thumb_url")):
                answer = await client.get(path, headers=builders.auth(who))
                expected = 200 if label in readers else 404
                assert answer.status_code == expected, (label, path)
                if expected == 404:
                    assert answer.json()["code"] == "UPLOAD_NOT_FOUND"

    async def test_a_staff_members_file_is_seen_by_colleagues_in_scope_only(self, client):
        tree, ours, _ = await _street()
        body = await self._photo_by(client, await builders.user(Role.INSPECTOR, tree["north_grid"]))
        allowed = [await builders.user(Role.INSPECTOR, tree["north_grid"]),
                   await builders.user(Role.ADMIN, tree["street"])]
        refused = [await builders.user(Role.INSPECTOR, tree["south"]),
                   await builders.user(Role.ENTERPRISE, enterprise=ours)]
        for who in allowed + refused:
            answer = await client.get(path_of(body), headers=builders.auth(who))
            assert answer.status_code == (200 if who in allowed else 404), who.name

    async def test_anonymous_and_unknown_ids(self, client):
        tree, ours, _ = await _street()
        worker = await builders.user(Role.ENTERPRISE, enterprise=ours)
        body = await self._photo_by(client, worker)
        assert (await client.get(path_of(body))).status_code == 401
        for path in (f"{URL}/{body['id'] + 1000}", f"{URL}/0", f"{URL}/99999999999999999999"):
            assert (await client.get(path, headers=builders.auth(worker))).status_code in (404, 422), path

    async def test_a_matching_etag_is_304_without_a_body(self, client):
        tree, ours, _ = await _street()
        worker = await builders.user(Role.ENTERPRISE, enterprise=ours)
        body = await self._photo_by(client, worker)
        headers = {**builders.auth(worker), "If-None-Match": f'"{body["sha256"]}"'}
        answer = await client.get(path_of(body), headers=headers)
        assert answer.status_code == 304 and answer.content == b""
        assert answer.headers["etag"] == f'"{body["sha256"]}"'
        stale = await client.get(path_of(body), headers={**builders.auth(worker), "If-None-Match": '"other"'})
        assert stale.status_code == 200


class TestServingPdfs:
    async def test_a_pdf_carrying_html_is_a_sandboxed_download_unless_asked_inline(self, client):
        inspector = await builders.user(Role.INSPECTOR, (await builders.region_tree())["north"])
        disguised = b"%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>\n%%EOF\n"
        body = (await upload(client, inspector, disguised, name="通知.pdf", content_type="application/pdf")).json()
        served = await client.get(path_of(body), headers=builders.auth(inspector))
        assert served.status_code == 200 and served.content == disguised
        assert served.headers["content-type"] == "application/pdf"
        assert served.headers["content-disposition"].startswith("attachment;")
        assert served.headers["content-security-policy"] == "sandbox"
        assert served.headers["x-content-type-options"] == "nosniff"
        viewed = await client.get(path_of(body), params={"inline": 1}, headers=builders.auth(inspector))
        assert viewed.headers["content-disposition"].startswith("inline;")
        assert viewed.headers["content-security-policy"] == "sandbox"

    async def test_images_are_still_shown_in_place(self, client):
        inspector = await builders.user(Role.INSPECTOR, (await builders.region_tree())["north"])
        body = (await upload(client, inspector, samples.png(), name="a.png", content_type="image/png")).json()
        served = await client.get(path_of(body), headers=builders.auth(inspector))
        assert served.headers["content-disposition"].startswith("inline;")
        assert served.headers["content-security-policy"] == "sandbox"
