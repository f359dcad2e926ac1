"""Blob storage: the contract every backend keeps (local disk, and S3 against a real S3 server), then what
is particular to each."""

import os
import socket
from concurrent.futures import ThreadPoolExecutor

import pytest

from blobs.factory import storage_for
from blobs.keys import content_key
from blobs.local import LocalDiskStorage
from blobs.s3 import S3Storage
from core.errors import InsufficientStorage, StorageUnavailable
from tests.blobs.conftest import s3_settings

DATA = b"%PDF-1.4 some bytes %%EOF"
KEY = content_key(DATA)


@pytest.fixture(params=["disk", "s3"])
def storage(request, tmp_path):
    if request.param == "disk":
        return LocalDiskStorage(tmp_path)
    return request.getfixturevalue("s3_storage")


class TestEveryBackend:
    def test_a_blob_goes_in_and_comes_back_whole_and_in_chunks(self, storage):
        storage.put(KEY, DATA)
        assert storage.exists(KEY) and storage.get(KEY) == DATA
        assert b"".join(storage.stream(KEY, chunk_size=4)) == DATA
        storage.delete(KEY)
        assert not storage.exists(KEY)

    def test_a_missing_blob_fails_at_once(self, storage):
        with pytest.raises(FileNotFoundError):
            storage.get(KEY)
        with pytest.raises(FileNotFoundError):
            storage.stream(KEY)
        storage.delete(KEY)

    def test_keys_that_are_not_a_sha256_are_refused(self, storage):
        for key in ("../../etc/passwd", KEY.upper(), KEY[:-1], ""):
            with pytest.raises(ValueError):
                storage.put(key, DATA)
        assert not storage.exists(KEY)

    def test_writing_the_same_bytes_again_leaves_one_complete_blob(self, storage):
        data = os.urandom(256 * 1024)
        key = content_key(data)
        storage.put(key, data)
        storage.put(key, data)
        assert storage.get(key) == data


class TestLocalDisk:
    def test_concurrent_writers_of_the_same_bytes_leave_one_complete_blob(self, tmp_path):
        """Our own temp-and-rename locking. (An S3 PUT is atomic by the service's contract, and moto's server is
        not thread-safe when one key is overwritten concurrently, so this runs on disk only.)"""
        data = os.urandom(2 * 1024 * 1024)
        key = content_key(data)
        storage = LocalDiskStorage(tmp_path)
        with ThreadPoolExecutor(8) as pool:
            list(pool.map(lambda _: storage.put(key, data), range(16)))
        assert storage.get(key) == data
        assert list((tmp_path / ".tmp").iterdir()) == []

    def test_blobs_are_fanned_out_by_their_hash(self, tmp_path):
        storage = LocalDiskStorage(tmp_path)
        storage.put(KEY, DATA)
        assert storage.path_of(KEY) == tmp_path / KEY[:2] / KEY[2:4] / KEY
        assert list((tmp_path / ".tmp").iterdir()) == []

    def test_a_crashed_writers_leftover_is_overwritten(self, tmp_path):
        storage = LocalDiskStorage(tmp_path)
        (tmp_path / ".tmp").mkdir()
        (tmp_path / ".tmp" / f"{KEY}.part").write_bytes(DATA[:7])
        storage.put(KEY, DATA)
        assert storage.get(KEY) == DATA

    def test_a_full_disk_is_a_domain_error_and_leaves_nothing(self, tmp_path):
        """The temp file of this key is a link to /dev/full, where every write fails with ENOSPC."""
        storage = LocalDiskStorage(tmp_path)
        (tmp_path / ".tmp").mkdir()
        (tmp_path / ".tmp" / f"{KEY}.part").symlink_to("/dev/full")
        with pytest.raises(InsufficientStorage) as raised:
            storage.put(KEY, DATA)
        assert raised.value.code == "STORAGE_FULL"
        assert not storage.exists(KEY) and list((tmp_path / ".tmp").iterdir()) == []


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class TestS3:
    def test_the_settings_choose_the_backend(self, settings, s3_endpoint, s3_bucket):
        assert isinstance(storage_for(settings), LocalDiskStorage)
        chosen = storage_for(s3_settings(settings, s3_endpoint, s3_bucket))
        assert isinstance(chosen, S3Storage) and chosen.bucket == s3_bucket

    def test_an_unreachable_store_is_unavailable_not_an_error_of_ours(self, settings, s3_bucket):
        storage = storage_for(s3_settings(settings, f"http://127.0.0.1:{closed_port()}", s3_bucket))
        for call in (lambda: storage.put(KEY, DATA), lambda: storage.get(KEY), lambda: storage.exists(KEY)):
            with pytest.raises(StorageUnavailable) as raised:
                call()
            assert raised.value.code == "STORAGE_UNAVAILABLE"

    def test_a_missing_bucket_is_unavailable(self, settings, s3_endpoint):
        storage = storage_for(s3_settings(settings, s3_endpoint, "no-such-bucket"))
        with pytest.raises(StorageUnavailable):
            storage.put(KEY, DATA)

    def test_the_secret_key_is_never_shown(self, settings, s3_endpoint, s3_bucket):
        configured = s3_settings(settings, s3_endpoint, s3_bucket)
        assert "s3-secret-value" not in repr(configured) and "s3-secret-value" not in str(configured.model_dump())
