"""The uploads API also runs on the object-store backend (test_uploads_on_s3.py): the S3 server of tests/blobs."""

from tests.blobs.conftest import s3_bucket, s3_endpoint  # noqa: F401
