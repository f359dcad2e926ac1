"""Tables of the risk colour: versioned rulesets, the history of verdicts, the facts staff record for the vetoes
and the manual overrides."""

import base64
import json
import zlib
from enum import StrEnum
from functools import cached_property

from tortoise import fields
from tortoise.models import Model

from core.identity import RiskColor


class Ruleset(Model):
    """One version of the scoring rules as validated JSON. Exactly one version is active at a time."""

    id = fields.IntField(primary_key=True)
    version = fields.IntField(unique=True)
    body = fields.JSONField()
    created_by = fields.ForeignKeyField("enterprises.User", related_name="rulesets", null=True,
                                        on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField()
    active = fields.BooleanField(default=False, db_index=True)
    activated_at = fields.DatetimeField(null=True)
    # Who activated it last (the audit trail keeps every activation); null for versions activated before 0050.
    activated_by = fields.ForeignKeyField("enterprises.User", related_name="activated_rulesets", null=True,
                                          on_delete=fields.SET_NULL)

    class Meta:
        table = "scoring_ruleset"


def pack_explanation(breakdown: list[dict], advice: list[dict]) -> str:
    """The score lines and the advice of a verdict as stored: their JSON (UTF-8, not \\u escapes) deflated, in
    base64 (aiomysql cannot send bytes with the PyMySQL we have). The labels and rule names that repeat in every
    line shrink it about fourfold (4.7 KB of JSON to ~1.3 KB), which is what a first rescore writes 100,000 times
    (docs/decisions/095)."""
    text = json.dumps({"breakdown": breakdown, "advice": advice}, ensure_ascii=False, separators=(",", ":"))
    return base64.b64encode(zlib.compress(text.encode(), 1)).decode("ascii")


def unpack_explanation(packed: str | None) -> dict:
    if not packed:
        return {"breakdown": [], "advice": []}
    return json.loads(zlib.decompress(base64.b64decode(packed)))


class RiskScore(Model):
    """One verdict that changed something, with the ruleset version that made it (the history).

    Its score lines and advice read as `breakdown` and `advice`, stored together compressed in `explanation`."""

    id = fields.BigIntField(primary_key=True)
    enterprise = fields.ForeignKeyField("enterprises.Enterprise", related_name="risk_scores",
                                        on_delete=fields.CASCADE)
    ruleset_version = fields.IntField()
    score = fields.FloatField()
    color = fields.CharEnumField(RiskColor, max_length=8)
    raw_color = fields.CharEnumField(RiskColor, max_length=8)
    color_since = fields.DatetimeField()
    improving_since = fields.DatetimeField(null=True)
    vetoes = fields.JSONField(default=list)
    # pack_explanation(breakdown, advice); null for a row written without them.
    explanation = fields.TextField(null=True)
    # The colour shown (a manual override's while one holds, else `color`), and the override itself for the record.
    effective_color = fields.CharEnumField(RiskColor, max_length=8, null=True)
    override = fields.JSONField(null=True)
    # sha256 of breakdown and vetoes, so the sweep can tell "nothing changed" without reading the JSON back.
    fingerprint = fields.CharField(max_length=64, default="")
    scored_at = fields.DatetimeField()

    class Meta:
        table = "risk_score"
        indexes = (("enterprise_id", "scored_at"),)

    @cached_property
    def _explained(self) -> dict:
        return unpack_explanation(self.explanation)

    @property
    def breakdown(self) -> list[dict]:
        return self._explained["breakdown"]

    @property
    def advice(self) -> list[dict]:
        return self._explained["advice"]


class FactKind(StrEnum):
    """What staff record about an enterprise from outside the inspections (domain.md §5 一票否决)."""

    ACCIDENT = "accident"  # 生产安全事故
    CONCEALED_ACCIDENT = "concealed_accident"  # 瞒报、谎报事故
    DISHONEST = "dishonest"  # 列入严重失信主体名单
    UNLICENSED = "unlicensed"  # 无证经营
    REFUSED_INSPECTION = "refused_inspection"  # 拒绝、阻碍监督检查


class RiskFact(Model):
    """A fact about an enterprise that feeds a veto of the ruleset, with its evidence, revoked but never deleted."""

    id = fields.IntField(primary_key=True)
    enterprise = fields.ForeignKeyField("enterprises.Enterprise", related_name="risk_facts", on_delete=fields.CASCADE)
    kind = fields.CharEnumField(FactKind, max_length=20)
    occurred_on = fields.DateField()
    reason = fields.CharField(max_length=500)
    evidence_upload_ids = fields.JSONField(default=list)
    recorded_by = fields.ForeignKeyField("enterprises.User", related_name="recorded_risk_facts", null=True,
                                         on_delete=fields.SET_NULL)
    recorded_at = fields.DatetimeField()
    revoked_at = fields.DatetimeField(null=True)
    revoked_by = fields.ForeignKeyField("enterprises.User", related_name="revoked_risk_facts", null=True,
                                        on_delete=fields.SET_NULL)
    revoke_reason = fields.CharField(max_length=500, default="")

    class Meta:
        table = "risk_fact"
        indexes = (("enterprise_id", "occurred_on"),)


class RiskOverride(Model):
    """A system admin's colour for an enterprise until a set time (e.g. an accident under investigation)."""

    id = fields.IntField(primary_key=True)
    enterprise = fields.ForeignKeyField("enterprises.Enterprise", related_name="risk_overrides",
                                        on_delete=fields.CASCADE)
    color = fields.CharEnumField(RiskColor, max_length=8)
    reason = fields.CharField(max_length=500)
    until = fields.DatetimeField(db_index=True)
    set_by = fields.ForeignKeyField("enterprises.User", related_name="risk_overrides", null=True,
                                    on_delete=fields.SET_NULL)
    set_at = fields.DatetimeField()
    # When it stopped holding: expired, or replaced by a newer override. Null while it holds.
    ended_at = fields.DatetimeField(null=True, db_index=True)

    class Meta:
        table = "risk_override"
