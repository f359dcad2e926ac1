"""How the risk colour reacts to what happens: outbox events that change an enterprise's record rescore it.

Handlers run at least once; a rescore is idempotent. Changes no event announces (documents, time passing) are
caught by the nightly sweep."""

from scoring import service

RESCORING_EVENTS = ("inspection.submitted", "hazard.reported", "rectification.submitted", "rectification.rejected",
                    "hazard.closed", "hazard.overdue", "hazard.escalated")


async def rescore_enterprise(ctx, payload: dict) -> None:
    await service.recompute_risk(payload["enterprise_id"])


REACTIONS = {name: rescore_enterprise for name in RESCORING_EVENTS}
