"""Blobs on the local disk, behind `BlobStorage`."""

import errno
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from blobs.keys import CHUNK_SIZE, checked_key
from core.errors import InsufficientStorage

_FULL_DISK_ERRNOS = {errno.ENOSPC, errno.EDQUOT}


class LocalDiskStorage:
    """Blobs under `root/ab/cd/<sha256>`, written to `tmp_dir` first and renamed into place, so a reader never
    sees half a file. `tmp_dir` must be on the same filesystem as `root` (rename is only atomic there)."""

    def __init__(self, root: Path, tmp_dir: Path | None = None):
        self.root = Path(root)
        self.tmp_dir = Path(tmp_dir) if tmp_dir else self.root / ".tmp"

    def path_of(self, key: str) -> Path:
        key = checked_key(key)
        return self.root / key[:2] / key[2:4] / key

    def exists(self, key: str) -> bool:
        return self.path_of(key).is_file()

    def get(self, key: str) -> bytes:
        return self.path_of(key).read_bytes()

    def stream(self, key: str, chunk_size: int = CHUNK_SIZE) -> Iterator[bytes]:
        return _chunks(self.path_of(key).open("rb"), chunk_size)

    def delete(self, key: str) -> None:
        self.path_of(key).unlink(missing_ok=True)

    def put(self, key: str, data: bytes) -> None:
        final = self.path_of(key)
        try:
            while not final.is_file():
                if self._write_atomically(key, data, final):
                    return
        except OSError as exc:
            if exc.errno in _FULL_DISK_ERRNOS:
                raise InsufficientStorage() from exc
            raise

    def _write_atomically(self, key: str, data: bytes, final: Path) -> bool:
        """One attempt. The temp name comes from the key and writers of the same key take turns on its lock, so
        a second upload of the same bytes waits and then finds the blob in place. False: the temp file we locked
        was renamed or removed by the writer before us, so look again."""
        self.tmp_dir.mkdir(parents=True, exist_ok=True)
        temp = self.tmp_dir / f"{key}.part"
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            if not _same_file(fd, temp):
                return False
            if final.is_file():
                temp.unlink()
                return True
            try:
                # A crashed writer's leftover holds a prefix of these same bytes: overwriting from offset 0
                # gives exactly `data`, no truncate needed.
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view):]
                os.fsync(fd)
                final.parent.mkdir(parents=True, exist_ok=True)
                os.replace(temp, final)
            except BaseException:
                temp.unlink(missing_ok=True)
                raise
            _fsync_dir(final.parent)
            return True
        finally:
            os.close(fd)


def _chunks(blob: BinaryIO, chunk_size: int) -> Iterator[bytes]:
    with blob:
        while chunk := blob.read(chunk_size):
            yield chunk


def _same_file(fd: int, path: Path) -> bool:
    try:
        on_disk = path.stat()
    except FileNotFoundError:
        return False
    opened = os.fstat(fd)
    return (opened.st_dev, opened.st_ino) == (on_disk.st_dev, on_disk.st_ino)


def _fsync_dir(directory: Path) -> None:
    """Make the rename itself durable, so a power cut cannot lose a blob whose row has committed."""
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
