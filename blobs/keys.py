"""Blobs are addressed by the sha256 of their content, so the same bytes are stored once whoever sends them.
`BlobStorage` is the whole interface the rest of the code uses, so an object store (S3, COS) can replace the
local disk without touching the services."""

import hashlib
import re
from collections.abc import Iterator
from typing import Protocol

_KEY = re.compile(r"^[0-9a-f]{64}$")
CHUNK_SIZE = 64 * 1024


def content_key(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def checked_key(key: str) -> str:
    """Only a sha256 names a blob, so no key can climb out of its directory or bucket prefix."""
    if not _KEY.match(key):
        raise ValueError(f"not a content key: {key!r}")
    return key


class BlobStorage(Protocol):
    """Blocking calls: async code runs them in a thread. A missing blob is FileNotFoundError, a store that cannot
    be reached StorageUnavailable (503)."""

    def put(self, key: str, data: bytes) -> None:
        """Store `data` under `key` (its sha256). Raises InsufficientStorage when there is no room."""

    def get(self, key: str) -> bytes: ...

    def exists(self, key: str) -> bool: ...

    def delete(self, key: str) -> None: ...

    def stream(self, key: str, chunk_size: int = CHUNK_SIZE) -> Iterator[bytes]:
        """The blob in chunks, for serving without loading it whole. Fails at once if the blob is missing."""
