"""A checklist answered in one request (filled offline, sent when the signal allows): every answer is checked
before any is applied, so a bad body changes nothing.

Pure (the standard library and core.errors): items are any objects with the checklist item's attributes (`id`,
`position`, `photo_required`, `result`, `note`, `photo_ids`, `severity`, `deadline_date`); answers any objects with
the answer's (`item_id`, `result`, `note`, `photo_ids`, `severity`, `deadline`)."""

from dataclasses import dataclass
from datetime import date

from core.errors import InvalidInput

PASS, FAIL = "pass", "fail"  # inspections.models.ItemResult (an ORM module); its members compare equal


@dataclass(frozen=True)
class Applied:
    changed: list  # the items whose answer changed, to write back
    answered: int  # answers of the request
    rest_passed: int  # items the flag marked as passed


def _refuse_unknown(answers, known: set[int]) -> None:
    unknown = [(i, a.item_id) for i, a in enumerate(answers) if a.item_id not in known]
    if unknown:
        raise InvalidInput(f"检查单中没有这些检查项:{'、'.join(str(item_id) for _, item_id in unknown)}",
                           code="INSPECTION_ITEM_UNKNOWN",
                           detail=[{"field": f"answers.{i}.item_id", "item_id": item_id, "message": "检查单中没有该项"}
                                   for i, item_id in unknown])


def _answer_problems(answers, by_id: dict, today: date) -> list[dict]:
    problems, seen = [], set()
    for i, answer in enumerate(answers):
        item = by_id[answer.item_id]
        if answer.item_id in seen:
            problems.append({"field": f"answers.{i}.item_id", "item_id": answer.item_id, "message": "同一项重复填写"})
        seen.add(answer.item_id)
        if answer.result == FAIL and item.photo_required and not answer.photo_ids:
            problems.append({"field": f"answers.{i}.photo_ids", "item_id": answer.item_id,
                             "message": "该项不合格时须拍照取证"})
        if answer.deadline is not None and answer.deadline < today:
            problems.append({"field": f"answers.{i}.deadline", "item_id": answer.item_id,
                             "message": "整改期限不能早于今天"})
    return problems


def apply_answers(items: list, answers: list, rest_passed: bool, today: date) -> Applied:
    """Check every answer, then write them onto the items (in memory). An unknown item id, a repeated item, a
    failed photo-required item without a photo, a past deadline, or an item left unanswered without `rest_passed`
    is InvalidInput naming them all, and no item is touched."""
    by_id = {item.id: item for item in items}
    _refuse_unknown(answers, set(by_id))
    if problems := _answer_problems(answers, by_id, today):
        raise InvalidInput("部分答案有误,请检查标出的项", code="ANSWER_INVALID", detail=problems)
    answered_ids = {a.item_id for a in answers}
    left = [item for item in items if item.result is None and item.id not in answered_ids]
    if left and not rest_passed:
        raise InvalidInput(f"还有 {len(left)} 项未填写;如其余各项均合格,请勾选“其余合格”", code="ITEMS_UNANSWERED",
                           detail=[{"field": "answers", "message": "缺少这些项的答案",
                                    "positions": [item.position for item in left],
                                    "item_ids": [item.id for item in left]}])
    for answer in answers:
        item = by_id[answer.item_id]
        item.result, item.note, item.photo_ids = answer.result, answer.note, list(answer.photo_ids)
        item.severity = answer.severity or item.severity
        item.deadline_date = answer.deadline
    for item in left:
        item.result = PASS
    changed = [by_id[i] for i in dict.fromkeys(a.item_id for a in answers)] + left
    return Applied(changed=changed, answered=len(answers), rest_passed=len(left))
