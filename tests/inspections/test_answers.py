"""The one-shot answers rule (inspections/answers.py): checked whole, applied only when all are good."""

from datetime import date
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.errors import InvalidInput
from inspections.answers import apply_answers

TODAY = date(2026, 12, 7)


def items():
    return [SimpleNamespace(id=10, position=1, photo_required=False, result=None, note="", photo_ids=[],
                            severity="general", deadline_date=None),
            SimpleNamespace(id=11, position=2, photo_required=True, result=None, note="", photo_ids=[],
                            severity="general", deadline_date=None),
            SimpleNamespace(id=12, position=3, photo_required=False, result="na", note="", photo_ids=[],
                            severity="general", deadline_date=None)]


def answer(item_id, result="pass", **extra):
    return SimpleNamespace(**{"item_id": item_id, "result": result, "note": "", "photo_ids": [], "severity": None,
                              "deadline": None, **extra})


@pytest.mark.parametrize("answers, rest_passed, code, fields", [
    ([answer(10), answer(99)], True, "INSPECTION_ITEM_UNKNOWN", ["answers.1.item_id"]),
    ([answer(10), answer(10, "fail")], True, "ANSWER_INVALID", ["answers.1.item_id"]),
    ([answer(11, "fail")], True, "ANSWER_INVALID", ["answers.0.photo_ids"]),
    ([answer(10, "fail", deadline=date(2026, 12, 6))], True, "ANSWER_INVALID", ["answers.0.deadline"]),
    ([answer(10)], False, "ITEMS_UNANSWERED", ["answers"]),
    ([], False, "ITEMS_UNANSWERED", ["answers"]),
])
def test_a_bad_body_is_refused_whole_and_touches_no_item(answers, rest_passed, code, fields):
    checklist = items()
    with pytest.raises(InvalidInput) as refused:
        apply_answers(checklist, answers, rest_passed, TODAY)
    assert refused.value.code == code
    assert [d["field"] for d in refused.value.detail] == fields
    assert [i.result for i in checklist] == [None, None, "na"]


def test_the_missing_items_are_named():
    with pytest.raises(InvalidInput) as refused:
        apply_answers(items(), [answer(10)], False, TODAY)
    assert refused.value.detail[0]["item_ids"] == [11] and refused.value.detail[0]["positions"] == [2]


def test_answers_are_applied_and_the_flag_passes_only_what_is_left():
    checklist = items()
    applied = apply_answers(checklist, [answer(10, "fail", note="堵塞", severity="major",
                                               deadline=date(2026, 12, 9))], True, TODAY)
    assert [(i.result, i.note, i.severity, i.deadline_date) for i in checklist] == [
        ("fail", "堵塞", "major", date(2026, 12, 9)), ("pass", "", "general", None), ("na", "", "general", None)]
    assert [i.id for i in applied.changed] == [10, 11]
    assert (applied.answered, applied.rest_passed) == (1, 1)


def test_an_answer_overrides_an_earlier_one():
    checklist = items()
    apply_answers(checklist, [answer(10), answer(11, "fail", photo_ids=[5]), answer(12, "pass")], False, TODAY)
    assert [(i.result, i.photo_ids) for i in checklist] == [("pass", []), ("fail", [5]), ("pass", [])]



# -- any body (hypothesis): 300 bodies of up to five answers, some unknown, repeated, without photo or late --

bodies = st.lists(st.builds(answer, st.sampled_from([10, 11, 12, 99]), st.sampled_from(["pass", "fail", "na"]),
                            photo_ids=st.sampled_from([[], [5]]),
                            deadline=st.sampled_from([None, date(2026, 12, 6), date(2026, 12, 9)])), max_size=5)


@settings(max_examples=300, deadline=None)
@given(bodies, st.booleans())
def test_any_body_is_applied_whole_or_not_at_all(answers, rest_passed):
    checklist = items()
    try:
        applied = apply_answers(checklist, answers, rest_passed, TODAY)
    except InvalidInput as refused:
        assert refused.detail, refused.code  # every refusal names what is wrong
        assert [i.result for i in checklist] == [None, None, "na"]
        return
    assert all(i.result is not None for i in checklist)  # nothing is left for the submit to refuse
    assert not any(i.photo_required and i.result == "fail" and not i.photo_ids for i in checklist)
    by_id = {a.item_id: a for a in answers}
    assert len(by_id) == len(answers) and 99 not in by_id
    assert [i.result for i in checklist] == [by_id[i.id].result if i.id in by_id else ("na" if i.id == 12 else "pass")
                                             for i in checklist]
    assert applied.answered == len(answers)
