from tortoise import fields
from tortoise.models import Model

from records.rules import DocumentKind, SignerRole, SigningStage


class RecordSequence(Model):
    """The last serial issued per street, year and kind of document: 金雁安检〔2026〕第0082号 is serial 82 of the
    record sequence of 金雁 in 2026. Locked while a number is taken, so numbers are gapless and never repeat."""

    id = fields.IntField(primary_key=True)
    street_id = fields.IntField()
    year = fields.IntField()
    kind = fields.CharEnumField(DocumentKind, max_length=8)
    last_serial = fields.IntField(default=0)

    class Meta:
        table = "record_sequence"
        unique_together = (("street_id", "year", "kind"),)


class RecordDocument(Model):
    """One issued document of an inspection: its number, taken once when it is first printed and never changed,
    and the code of its public verification page (/verify/{code})."""

    id = fields.IntField(primary_key=True)
    inspection = fields.ForeignKeyField("inspections.Inspection", related_name="documents",
                                        on_delete=fields.RESTRICT)
    kind = fields.CharEnumField(DocumentKind, max_length=8)
    street_id = fields.IntField()
    year = fields.IntField()
    serial = fields.IntField()
    number = fields.CharField(max_length=40)
    verify_code = fields.CharField(max_length=32, unique=True)
    # Snapshots for the public page, which must not depend on later renames.
    enterprise_id = fields.IntField()
    enterprise_name = fields.CharField(max_length=100)
    issuing_body = fields.CharField(max_length=40)
    issued_at = fields.DatetimeField()
    issued_by_id = fields.IntField(null=True)

    class Meta:
        table = "record_document"
        unique_together = (("inspection", "kind"), ("street_id", "year", "kind", "serial"))


class RecordRendition(Model):
    """A distinct PDF of a document, by its sha256. Rendering is deterministic, so the same content always gives
    the same bytes; a new row means the content changed (a hazard verified, a signature added)."""

    id = fields.BigIntField(primary_key=True)
    document = fields.ForeignKeyField("records.RecordDocument", related_name="renditions", on_delete=fields.CASCADE)
    sha256 = fields.CharField(max_length=64)
    size = fields.IntField()
    rendered_at = fields.DatetimeField()

    class Meta:
        table = "record_rendition"
        unique_together = (("document", "sha256"),)


class Signature(Model):
    """A handwritten signature on an inspection's documents, or a refusal to sign (拒签) before a witness. The image
    is an upload; who signed, in which role, when (service clock) and where (the phone's location, GCJ-02)."""

    id = fields.IntField(primary_key=True)
    inspection = fields.ForeignKeyField("inspections.Inspection", related_name="signatures",
                                        on_delete=fields.RESTRICT)
    stage = fields.CharEnumField(SigningStage, max_length=10)
    signer_role = fields.CharEnumField(SignerRole, max_length=10)
    signer_name = fields.CharField(max_length=40)
    signer_title = fields.CharField(max_length=40, default="")  # 职务, e.g. 负责人, 安全管理员
    signer_user_id = fields.IntField(null=True)  # the inspector's account; None for a person without one
    upload = fields.ForeignKeyField("files.Upload", related_name="signatures", null=True, on_delete=fields.RESTRICT)
    refused = fields.BooleanField(default=False)
    witness_name = fields.CharField(max_length=40, default="")
    signed_at = fields.DatetimeField()
    lat = fields.FloatField(null=True)
    lng = fields.FloatField(null=True)
    recorded_by_id = fields.IntField()

    class Meta:
        table = "record_signature"
        # One signature per side and stage: a signed legal document is not re-signed behind the printed copy.
        unique_together = (("inspection", "stage", "signer_role"),)
