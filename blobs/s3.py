"""Blobs in an S3-compatible bucket (AWS, MinIO, Tencent COS, Aliyun OSS, Ceph), behind `BlobStorage`.
An object is written whole or not at all, so no temp-and-rename dance is needed; the key is the sha256 itself.
boto3 blocks: async callers run these methods in a thread (files.service and the upload routes do)."""

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import boto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

from blobs.keys import CHUNK_SIZE, checked_key
from core.errors import StorageUnavailable
from core.settings import Settings

log = logging.getLogger("jinyan.storage")

_MISSING = {"404", "NoSuchKey", "NotFound"}
_clients: dict[tuple, object] = {}
_clients_lock = threading.Lock()


class S3Storage:
    def __init__(self, client, bucket: str):
        self.client = client
        self.bucket = bucket

    @classmethod
    def for_settings(cls, settings: Settings) -> "S3Storage":
        return cls(_client_for(settings), settings.s3_bucket)

    def put(self, key: str, data: bytes) -> None:
        with _store_errors(key):
            self.client.put_object(Bucket=self.bucket, Key=checked_key(key), Body=data)

    def get(self, key: str) -> bytes:
        with _store_errors(key):
            body = self.client.get_object(Bucket=self.bucket, Key=checked_key(key))["Body"]
            with body:
                return body.read()

    def exists(self, key: str) -> bool:
        try:
            with _store_errors(key):
                self.client.head_object(Bucket=self.bucket, Key=checked_key(key))
        except FileNotFoundError:
            return False
        return True

    def delete(self, key: str) -> None:
        with _store_errors(key):
            self.client.delete_object(Bucket=self.bucket, Key=checked_key(key))

    def stream(self, key: str, chunk_size: int = CHUNK_SIZE) -> Iterator[bytes]:
        # The GET is sent now, so a missing blob or a dead store fails before any byte of the response is sent.
        with _store_errors(key):
            body = self.client.get_object(Bucket=self.bucket, Key=checked_key(key))["Body"]
        return _chunks(body, chunk_size)


def _chunks(body, chunk_size: int) -> Iterator[bytes]:
    with body:
        yield from body.iter_chunks(chunk_size)


@contextmanager
def _store_errors(key: str) -> Iterator[None]:
    """botocore's failures in our terms: a missing object is FileNotFoundError as on disk, anything else (no
    route, timeout, 5xx, refused credentials, no such bucket) an outage. botocore's messages carry no keys."""
    try:
        yield
    except ClientError as exc:
        error = exc.response.get("Error", {})
        if str(error.get("Code")) in _MISSING:
            raise FileNotFoundError(f"no blob {key}") from exc
        log.error("object store refused %s: %s %s", key, error.get("Code"), error.get("Message"))
        raise StorageUnavailable() from exc
    except BotoCoreError as exc:
        log.error("object store unreachable for %s: %s", key, exc)
        raise StorageUnavailable() from exc


def _client_for(settings: Settings):
    """One client per configuration and process: building one costs ~20 ms, and clients (unlike sessions) are
    safe to share between threads."""
    identity = (settings.s3_endpoint_url, settings.s3_region, settings.s3_access_key_id,
                settings.s3_secret_access_key.get_secret_value(), settings.s3_addressing_style)
    with _clients_lock:
        if identity not in _clients:
            _clients[identity] = boto3.session.Session().client(
                "s3", endpoint_url=settings.s3_endpoint_url or None, region_name=settings.s3_region,
                aws_access_key_id=settings.s3_access_key_id or None,
                aws_secret_access_key=settings.s3_secret_access_key.get_secret_value() or None,
                config=Config(signature_version="s3v4", s3={"addressing_style": settings.s3_addressing_style},
                              # Fail an upload in seconds when the store is down, rather than hang the request.
                              connect_timeout=3, read_timeout=20, retries={"mode": "standard", "max_attempts": 3},
                              # As many connections as threads that may call at once (anyio's default pool is 40).
                              max_pool_connections=40))
        return _clients[identity]
