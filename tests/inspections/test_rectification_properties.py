"""Properties of the rectification loop over any sequence of events (hypothesis); the table tests in
test_rectification.py name the individual rows. 300 generated sequences of up to 30 events, well under a second."""

from datetime import datetime
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from core.errors import Conflict, InvalidInput
from inspections import rectification
from inspections.rectification import TRANSITIONS, Action, HazardStatus

NOW = datetime(2026, 5, 10, 15, 30, tzinfo=ZoneInfo("Asia/Shanghai"))
TABLE_STATES = {s for s, _ in TRANSITIONS} | set(TRANSITIONS.values())
FULL_PLAN = {name: "已制定" for name in rectification.PLAN_FIELDS}

plans = st.one_of(st.none(), st.just(FULL_PLAN),
                  st.dictionaries(st.sampled_from(sorted(rectification.PLAN_FIELDS)), st.text(max_size=3)))
events = st.tuples(st.sampled_from(Action), st.text(max_size=4), st.sampled_from(["general", "major"]), plans)


def step(state: HazardStatus, event) -> tuple[HazardStatus, str]:
    """Apply one event the way the service does: a refused event leaves the hazard where it was."""
    action, note, severity, plan = event
    try:
        moved = rectification.transition(state, action, now=NOW, note=note, severity=severity, plan=plan)
    except Conflict:
        return state, "conflict"
    except InvalidInput:
        return state, "invalid"
    assert moved.from_status == state and moved.at == NOW
    return moved.to_status, "moved"


def guard_fails(event) -> bool:
    """The two guards on allowed rows: a rejection needs a reason, a major hazard's fix needs its whole plan."""
    action, note, severity, plan = event
    if action == Action.REJECT:
        return not note.strip()
    if action == Action.SUBMIT_FIX and severity == "major":
        return any(not str((plan or {}).get(name) or "").strip() for name in rectification.PLAN_FIELDS)
    return False


@settings(max_examples=300, deadline=None)
@given(start=st.sampled_from(HazardStatus), history=st.lists(events, max_size=30))
def test_any_sequence_of_events_stays_inside_the_table(start, history):
    state = start
    for event in history:
        action = event[0]
        after, outcome = step(state, event)
        assert after in TABLE_STATES
        if outcome == "moved":
            assert TRANSITIONS[(state, action)] == after  # every move it makes is a row of the table
        elif outcome == "conflict":
            assert (state, action) not in TRANSITIONS  # it refuses only what the table does not list
        else:
            assert (state, action) in TRANSITIONS and guard_fails(event)  # an allowed row, refused by its guard
        if (state, action) in TRANSITIONS and not guard_fails(event):
            assert outcome == "moved"
        if state == HazardStatus.CLOSED:
            assert after == HazardStatus.CLOSED  # 销号 is final
        state = after

