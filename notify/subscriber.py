"""Notify as an outbox subscriber: plans who is told what for each event of a batch (notify.handlers.PLANS),
then delivers the whole batch at once (notify.delivery). The WeChat client is handed in by bootstrap/."""

import logging
from collections.abc import Sequence

from core.logs import current_request_id
from core.outbox import Envelope, Outcome, bounded_gather
from core.settings import Settings
from notify.delivery import HandlerContext, deliver_batch
from notify.handlers import PLANS
from wechat.client import WeChatClient

log = logging.getLogger("jinyan.notify")


class NotifySubscriber:
    name = "notify"
    handles = tuple(PLANS)

    def __init__(self, settings: Settings, wechat: WeChatClient):
        self.settings = settings
        self.wechat = wechat

    async def handle(self, batch: Sequence[Envelope]) -> dict[int, Outcome]:
        outcomes: dict[int, Outcome] = {}
        plans: dict[int, list] = {}

        async def plan(envelope: Envelope) -> None:
            ctx = HandlerContext(event_id=envelope.event_id, settings=self.settings)
            # Each plan runs in its own task, so the id set here stays with this event's log lines.
            current_request_id.set(envelope.request_id)
            try:
                await PLANS[type(envelope.event)](ctx, envelope.event)
            except Exception as exc:  # noqa: BLE001 - this event is retried; the rest of the batch goes on
                log.warning("planning event %s (%s) failed on attempt %s: %r", envelope.event_id,
                            envelope.event.name, envelope.attempts, exc)
                outcomes[envelope.delivery_id] = Outcome(transient=repr(exc))
                return
            plans[envelope.event_id] = ctx.plans

        await bounded_gather(batch, plan, self.settings.outbox_concurrency)
        delivery_of = {envelope.event_id: envelope.delivery_id for envelope in batch}
        try:
            delivered = await deliver_batch(self.settings, self.wechat, plans)
        except Exception as exc:  # noqa: BLE001 - e.g. a lock wait or deadlock: the whole batch is retried
            log.warning("delivering a batch of %s events failed: %r", len(plans), exc)
            delivered = {event_id: Outcome(transient=repr(exc)) for event_id in plans}
        outcomes.update({delivery_of[event_id]: outcome for event_id, outcome in delivered.items()})
        return outcomes
