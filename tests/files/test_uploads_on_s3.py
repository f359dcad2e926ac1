"""Uploads through the API with STORAGE_BACKEND=s3, against a real S3 server, and with that store down."""

import pytest

from blobs.factory import storage_for
from core.models import AuditEntry
from core.identity import Role
from files.models import Upload
from tests import builders
from tests.files import samples
from tests.blobs.conftest import s3_settings
from tests.blobs.test_storage import closed_port
from tests.files.test_uploads_api import blobs_on_disk, path_of, upload


@pytest.fixture
def disk_settings(settings):
    return settings


@pytest.fixture
def settings(disk_settings, s3_endpoint, s3_bucket):
    return s3_settings(disk_settings, s3_endpoint, s3_bucket)


async def test_an_upload_lands_in_the_bucket_and_is_served_from_it(client, settings):
    tree = await builders.region_tree()
    worker = await builders.user(Role.ENTERPRISE, enterprise=await builders.enterprise(tree["north_grid"]))
    answer = await upload(client, worker, samples.phone_photo((640, 480)))
    assert answer.status_code == 201, answer.text
    body = answer.json()
    row = await Upload.get(id=body["id"])
    bucket = storage_for(settings)
    assert bucket.exists(row.storage_key) and bucket.exists(row.thumbnail_key)
    assert blobs_on_disk(settings) == []

    served = await client.get(path_of(body), headers=builders.auth(worker))
    assert served.status_code == 200 and served.content == bucket.get(row.storage_key)
    thumb = await client.get(path_of(body, "thumb_url"), headers=builders.auth(worker))
    assert thumb.status_code == 200 and thumb.content == bucket.get(row.thumbnail_key)


async def test_a_store_outage_is_503_and_writes_nothing(app, client, settings):
    tree = await builders.region_tree()
    worker = await builders.user(Role.ENTERPRISE, enterprise=await builders.enterprise(tree["north_grid"]))
    stored = (await upload(client, worker, samples.phone_photo((64, 48)))).json()
    audits = await AuditEntry.all().count()

    app.state.settings = down = settings.model_copy(update={"s3_endpoint_url": f"http://127.0.0.1:{closed_port()}"})
    answer = await upload(client, worker, samples.phone_photo((32, 24)))
    assert answer.status_code == 503 and answer.json()["code"] == "STORAGE_UNAVAILABLE", answer.text
    assert await Upload.all().count() == 1 and await AuditEntry.all().count() == audits
    served = await client.get(path_of(stored), headers=builders.auth(worker))
    assert served.status_code == 503 and served.json()["code"] == "STORAGE_UNAVAILABLE"
    assert down.s3_secret_access_key.get_secret_value() not in answer.text
