from tortoise import fields
from tortoise.models import Model

from files.content import UploadKind


class Upload(Model):
    """One file a user sent. The bytes live in blob storage under `storage_key` (their sha256), shared by every
    row with the same content. Who may read it follows the uploader and the uploader's enterprise."""

    id = fields.IntField(primary_key=True)
    sha256 = fields.CharField(max_length=64, db_index=True)
    size = fields.IntField()
    media_type = fields.CharField(max_length=40)
    kind = fields.CharEnumField(UploadKind, max_length=8)
    # As displayed, after the EXIF orientation is applied. Empty for PDFs.
    width = fields.IntField(null=True)
    height = fields.IntField(null=True)
    storage_key = fields.CharField(max_length=200)
    thumbnail_key = fields.CharField(max_length=200, null=True)
    thumbnail_size = fields.IntField(null=True)
    original_name = fields.CharField(max_length=200, default="")
    captured_at = fields.DatetimeField(null=True)
    uploaded_by = fields.ForeignKeyField("enterprises.User", related_name="uploads", on_delete=fields.RESTRICT)
    enterprise = fields.ForeignKeyField("enterprises.Enterprise", related_name="uploads", null=True,
                                        on_delete=fields.RESTRICT)
    created_at = fields.DatetimeField()

    class Meta:
        table = "upload"
        # A retry of the same upload by the same person finds their row instead of making a second one.
        unique_together = (("uploaded_by", "sha256"),)


class UploadGrant(Model):
    """An enterprise that may read an upload it did not send and is not tied to: the attachment of a notice sent to
    it. Written by the domain that shares the file (notify), through files' service."""

    id = fields.IntField(primary_key=True)
    upload = fields.ForeignKeyField("files.Upload", related_name="grants", on_delete=fields.CASCADE)
    enterprise = fields.ForeignKeyField("enterprises.Enterprise", related_name="upload_grants",
                                        on_delete=fields.CASCADE)

    class Meta:
        table = "upload_grant"
        unique_together = (("upload", "enterprise"),)
