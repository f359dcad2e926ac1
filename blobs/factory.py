"""The blob storage the settings choose."""

from blobs.keys import BlobStorage
from blobs.local import LocalDiskStorage
from core.settings import Settings


def storage_for(settings: Settings) -> BlobStorage:
    if settings.storage_backend == "s3":
        # Imported here: boto3 takes ~0.3 s to load, and a disk deployment never needs it.
        from blobs.s3 import S3Storage

        return S3Storage.for_settings(settings)
    return LocalDiskStorage(settings.data_dir / "uploads")
