"""The outbox's one handler table for this deployment: who hears about an event (notify), and whose state
follows from it (scoring). Composed here because neither domain may import the other's reactions."""

from notify.handlers import HANDLERS as NOTIFICATIONS
from scoring.reactions import REACTIONS


def _both(first, second):
    async def handle(ctx, payload: dict) -> None:
        await first(ctx, payload)
        await second(ctx, payload)

    return handle


def outbox_handlers() -> dict:
    table = dict(NOTIFICATIONS)
    for name, reaction in REACTIONS.items():
        table[name] = _both(table[name], reaction) if name in table else reaction
    return table
