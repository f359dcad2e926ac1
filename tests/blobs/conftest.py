"""A real S3 server (moto's, over HTTP on a free port) for the object-store backend."""

import uuid

import boto3
import pytest
from moto.server import ThreadedMotoServer

from blobs.s3 import S3Storage
from core.settings import Settings


@pytest.fixture(scope="session")
def s3_endpoint() -> str:
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


def s3_settings(base: Settings, endpoint: str, bucket: str) -> Settings:
    """Validated like the environment would be (model_copy would leave the secret a plain str)."""
    return Settings.model_validate({**base.model_dump(), "storage_backend": "s3", "s3_endpoint_url": endpoint,
                                    "s3_bucket": bucket, "s3_access_key_id": "test-key-id",
                                    "s3_secret_access_key": "s3-secret-value", "s3_region": "us-east-1"})


@pytest.fixture
def s3_bucket(s3_endpoint) -> str:
    """A fresh bucket on the server, so tests see only their own objects."""
    bucket = f"jinyan-{uuid.uuid4().hex[:12]}"
    boto3.client("s3", endpoint_url=s3_endpoint, region_name="us-east-1", aws_access_key_id="test-key-id",
                 aws_secret_access_key="s3-secret-value").create_bucket(Bucket=bucket)
    return bucket


@pytest.fixture
def s3_storage(settings, s3_endpoint, s3_bucket) -> S3Storage:
    return S3Storage.for_settings(s3_settings(settings, s3_endpoint, s3_bucket))
