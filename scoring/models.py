"""Tables of the risk colour: versioned rulesets and the history of verdicts."""

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

    class Meta:
        table = "scoring_ruleset"


class RiskScore(Model):
    """One verdict that changed something, with the ruleset version that made it (the history)."""

    id = fields.BigIntField(primary_key=True)
    enterprise = fields.ForeignKeyField("enterprises.Enterprise", related_name="risk_scores",
                                        on_delete=fields.CASCADE)
    ruleset_version = fields.IntField()
    score = fields.FloatField()
    color = fields.CharEnumField(RiskColor, max_length=8)
    raw_color = fields.CharEnumField(RiskColor, max_length=8)
    color_since = fields.DatetimeField()
    improving_since = fields.DatetimeField(null=True)
    breakdown = fields.JSONField(default=list)
    vetoes = fields.JSONField(default=list)
    advice = fields.JSONField(default=list)
    # sha256 of breakdown and vetoes, so the sweep can tell "nothing changed" without reading the JSON back.
    fingerprint = fields.CharField(max_length=64, default="")
    scored_at = fields.DatetimeField()

    class Meta:
        table = "risk_score"
        indexes = (("enterprise_id", "scored_at"),)
