"""The nightly snapshot of the command center's figures per region and day (decision 099)."""

from tortoise import fields
from tortoise.models import Model


class DayFigures(Model):
    """One region's figures of one closed day, as the nightly snapshot found them: the enterprises sitting directly
    in the region (a scope sums the rows of its regions). Hazards counted by the day they were found, with their
    status at the snapshot; coverage is the active enterprises covered at the end of the day. Days with nothing to
    count have no row."""

    id = fields.BigIntField(primary_key=True)
    day = fields.DateField()
    region_id = fields.IntField()
    inspections = fields.IntField(default=0)  # street inspections submitted that day
    reports = fields.IntField(default=0)  # daily reports for that day
    hazards = fields.IntField(default=0)  # street hazards found that day
    hazards_closed = fields.IntField(default=0)
    hazards_overdue = fields.IntField(default=0)  # still open, deadline before the snapshot's day
    self_hazards = fields.IntField(default=0)
    self_hazards_closed = fields.IntField(default=0)
    covered = fields.IntField(default=0)

    class Meta:
        table = "dashboard_day_figures"
        unique_together = (("day", "region_id"),)


class Snapshot(Model):
    """The snapshot in the table: it holds the days before `as_of`, the Beijing day it was taken."""

    key = fields.CharField(max_length=20, primary_key=True)
    as_of = fields.DateField()
    taken_at = fields.DatetimeField()

    class Meta:
        table = "dashboard_snapshot"
