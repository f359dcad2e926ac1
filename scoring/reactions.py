"""Scoring as an outbox subscriber: events that change an enterprise's record rescore it — inspections and hazards,
an enterprise becoming active (so it has a colour from its first day), its documents, personnel and hazard points,
and the facts and overrides of scoring itself.

Deliveries run at least once; a rescore is idempotent. Time passing (deadlines, expiries) is caught by the nightly
sweep. Its deliveries are its own: a failed rescore is retried without re-sending any
message, and a WeChat failure never runs the rescore again."""

import logging
from collections.abc import Sequence

from core.outbox import Envelope, Outcome, bounded_gather
from core.settings import Settings
from enterprises.events import EnterpriseActivated, ProfileChanged
from inspections.events import (ExtensionDecided, HazardClosed, HazardEscalated, HazardOverdue, HazardReported,
                                HazardRevised, InspectionSubmitted, RectificationRejected, RectificationSubmitted)
from scoring import service as scoring_service
from scoring.events import FactRecorded, FactRevoked, OverrideSet

log = logging.getLogger("jinyan.scoring")


class RescoreSubscriber:
    name = "rescore"
    handles = (InspectionSubmitted, HazardReported, RectificationSubmitted, RectificationRejected, HazardClosed,
               HazardOverdue, HazardEscalated, HazardRevised, ExtensionDecided, EnterpriseActivated, ProfileChanged,
               FactRecorded, FactRevoked, OverrideSet)

    def __init__(self, settings: Settings):
        self.settings = settings

    async def handle(self, batch: Sequence[Envelope]) -> dict[int, Outcome]:
        outcomes: dict[int, Outcome] = {}

        async def rescore(envelope: Envelope) -> None:
            event = envelope.event
            # A revoked fact was a mistake: rescored from the verdict before it was recorded.
            correcting = event.recorded_at if isinstance(event, FactRevoked) else None
            try:
                await scoring_service.recompute_risk(event.enterprise_id, correcting_since=correcting)
            except Exception as exc:  # noqa: BLE001 - retried, then dead-lettered, on its own
                log.warning("rescoring enterprise %s for event %s failed: %r", envelope.event.enterprise_id,
                            envelope.event_id, exc)
                outcomes[envelope.delivery_id] = Outcome(transient=repr(exc))

        await bounded_gather(batch, rescore, self.settings.outbox_concurrency)
        return outcomes
