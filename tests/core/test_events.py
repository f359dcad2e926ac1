"""Domain events are typed values whose stored payload is their JSON (core.events)."""

import json
from dataclasses import dataclass
from datetime import date
from typing import ClassVar

import pytest

from core import events
from inspections.events import CampaignPublished, HazardReported, HazardOverdue
from notify.events import MessageRequested
from scoring.events import RiskChanged


@pytest.mark.parametrize("event", [
    HazardReported(hazard_id=1, enterprise_id=2, title="消防通道堵塞", deadline=date(2026, 12, 31), severity="major"),
    HazardOverdue(hazard_id=1, enterprise_id=2, title="t", deadline=date(2026, 1, 1)),
    CampaignPublished(campaign_id=3, title="有限空间专项", deadline=date(2026, 6, 30), enterprise_ids=(4, 5)),
    RiskChanged(enterprise_id=2, color="red", previous_color=None),
    MessageRequested(kind="risk_changed", user_ids=(1, 2), title="t", body="b", values={"status": "红色"}),
])
def test_an_event_comes_back_equal_from_its_stored_payload(event):
    payload = event.payload()
    assert payload == json.loads(json.dumps(payload))  # plain JSON
    assert events.load(event.name, payload) == event


def test_dates_are_stored_as_iso_strings():
    assert HazardReported(1, 2, "t", date(2026, 12, 31)).payload()["deadline"] == "2026-12-31"


def test_a_row_written_before_a_field_was_added_loads_with_its_default():
    old = {"hazard_id": 1, "enterprise_id": 2, "title": "t", "deadline": "2026-12-31", "retired_field": 1}
    assert events.load("hazard.reported", old).severity == "general"


def test_an_unknown_name_or_a_payload_that_no_longer_fits_is_an_unknown_event():
    with pytest.raises(events.UnknownEvent):
        events.load("no.such.event", {})
    with pytest.raises(events.UnknownEvent):
        events.load("hazard.reported", {"hazard_id": 1})


def test_two_classes_cannot_claim_one_stored_name():
    with pytest.raises(TypeError, match="declared twice"):
        @dataclass(frozen=True)
        class Impostor(events.Event):
            name: ClassVar[str] = "hazard.reported"


def test_an_event_class_must_name_itself():
    with pytest.raises(TypeError, match="stored name"):
        @dataclass(frozen=True)
        class Nameless(events.Event):
            n: int = 0
