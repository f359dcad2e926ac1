"""The local disk storage on a real filesystem."""

import os
from concurrent.futures import ThreadPoolExecutor

import pytest

from core.errors import InsufficientStorage
from files.storage import LocalDiskStorage, content_key

DATA = b"%PDF-1.4 some bytes %%EOF"
KEY = content_key(DATA)


def test_blobs_are_fanned_out_by_their_hash(tmp_path):
    storage = LocalDiskStorage(tmp_path)
    storage.put(KEY, DATA)
    assert storage.path_of(KEY) == tmp_path / KEY[:2] / KEY[2:4] / KEY
    assert storage.exists(KEY) and storage.get(KEY) == DATA
    assert b"".join(storage.stream(KEY, chunk_size=4)) == DATA
    assert list((tmp_path / ".tmp").iterdir()) == []
    storage.delete(KEY)
    assert not storage.exists(KEY)


def test_keys_that_are_not_a_sha256_are_refused(tmp_path):
    storage = LocalDiskStorage(tmp_path)
    for key in ("../../etc/passwd", KEY.upper(), KEY[:-1], ""):
        with pytest.raises(ValueError):
            storage.put(key, DATA)


def test_concurrent_writers_of_the_same_bytes_leave_one_complete_blob(tmp_path):
    data = os.urandom(2 * 1024 * 1024)
    key = content_key(data)
    storage = LocalDiskStorage(tmp_path)
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda _: storage.put(key, data), range(16)))
    assert storage.get(key) == data
    assert list((tmp_path / ".tmp").iterdir()) == []


def test_a_crashed_writers_leftover_is_overwritten(tmp_path):
    storage = LocalDiskStorage(tmp_path)
    (tmp_path / ".tmp").mkdir()
    (tmp_path / ".tmp" / f"{KEY}.part").write_bytes(DATA[:7])
    storage.put(KEY, DATA)
    assert storage.get(KEY) == DATA


def test_a_full_disk_is_a_domain_error_and_leaves_nothing(tmp_path):
    """The temp file of this key is a link to /dev/full, where every write fails with ENOSPC."""
    storage = LocalDiskStorage(tmp_path)
    (tmp_path / ".tmp").mkdir()
    (tmp_path / ".tmp" / f"{KEY}.part").symlink_to("/dev/full")
    with pytest.raises(InsufficientStorage) as raised:
        storage.put(KEY, DATA)
    assert raised.value.code == "STORAGE_FULL"
    assert not storage.exists(KEY) and list((tmp_path / ".tmp").iterdir()) == []
