"""Risk colour use cases: gather facts with a fixed number of aggregate queries, evaluate, persist what changed."""

import hashlib
import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from tortoise.expressions import Q
from tortoise.functions import Count, Max
from tortoise.transactions import in_transaction

from core import access, audit, clock, db, outbox, schedule
from core.audit import SYSTEM, Actor
from core.errors import NotFound, PermissionDenied
from enterprises import service as enterprises_service
from enterprises.models import (DocumentReview, Enterprise, EnterpriseStatus, PersonnelRole, SafetyDocument,
                                SafetyPerson)
from core.identity import Principal
from scoring import activity, rules, simulation
from scoring.events import RiskChanged
from scoring.models import RiskFact, RiskOverride, RiskScore, Ruleset, pack_explanation
from scoring.ruleset import default_body, validate_body
from scoring.schemas import InspectionDueRead

# Version 0 is the shipped default, used until an admin activates a stored version.
DEFAULT_VERSION = 0
CHUNK = 1000
MANAGER_ROLES = (PersonnelRole.PRINCIPAL, PersonnelRole.SAFETY_MANAGER)
SPECIAL_ROLES = (PersonnelRole.SPECIAL_OPERATOR, PersonnelRole.EQUIPMENT_OPERATOR)


# -- rulesets --

async def active_ruleset() -> tuple[int, dict]:
    """The ruleset that scores now: the activated version, else the shipped default (version 0). A stored body
    is validated again, so parameters added since it was stored take their defaults."""
    row = await Ruleset.filter(active=True).only("version", "body").first()
    return (row.version, _normalised(row.version, row.body)) if row else (DEFAULT_VERSION, default_body())


_NORMALISED: dict[int, dict] = {}


def _normalised(version: int, body: dict) -> dict:
    # A stored version never changes, so one validation per version and process.
    if version not in _NORMALISED:
        _NORMALISED[version] = validate_body(body)
    return _NORMALISED[version]


def forget_rulesets() -> None:
    """For a database emptied under a running process (the tests' wipe), where a version number comes back with
    another body."""
    _NORMALISED.clear()


async def list_rulesets() -> list[Ruleset]:
    """Every stored version, newest first, with who made and who last activated it."""
    return await Ruleset.all().order_by("-version").select_related("created_by", "activated_by")


async def create_ruleset(principal: Principal, body: dict) -> Ruleset:
    """An admin at the top of the tree stores a new version of the rules; it scores nothing until activated
    (product decision)."""
    access.require_street_configurer(principal)
    valid = validate_body(body)
    async with in_transaction():
        latest = await Ruleset.all().order_by("-version").only("version").first()
        version = (latest.version if latest else DEFAULT_VERSION) + 1
        row = await Ruleset.create(version=version, body=valid, created_by_id=principal.user_id,
                                   created_at=clock.now())
        await audit.record(principal.actor, "ruleset.created", "scoring_ruleset", version,
                           after={"name": valid["name"]})
    return await _with_people(row.version)


async def activate_ruleset(principal: Principal, version: int) -> Ruleset:
    """Activation is an audited action of an admin at the top of the tree (it recolours the whole street); exactly
    one version is active afterwards. Colours change at the next rescore (nightly or `jinyan rescore`), each history
    row naming the version that made it."""
    access.require_street_configurer(principal)
    async with in_transaction():
        row = await Ruleset.filter(version=version).select_for_update().first()
        if row is None:
            raise NotFound("评分规则版本不存在", code="RULESET_NOT_FOUND")
        previous = await Ruleset.filter(active=True).values_list("version", flat=True)
        await Ruleset.filter(active=True).exclude(version=version).update(active=False)
        row.active, row.activated_at, row.activated_by_id = True, clock.now(), principal.user_id
        await row.save(update_fields=["active", "activated_at", "activated_by_id"])
        await audit.record(principal.actor, "ruleset.activated", "scoring_ruleset", version,
                           before={"active_versions": list(previous)}, after={"active_version": version})
    return await _with_people(version)


async def _with_people(version: int) -> Ruleset:
    return await Ruleset.filter(version=version).select_related("created_by", "activated_by").get()


# -- facts --

async def gather_activity_facts(enterprise_ids: list[int], now: datetime,
                                ruleset: dict) -> dict[int, dict]:
    """Hazard, inspection, self-inspection, daily-report and campaign facts per enterprise (scoring/activity.py),
    over the ruleset's window."""
    window = ruleset.get("hazards", {}).get("timely_fix_window_days") or default_body()["hazards"][
        "timely_fix_window_days"]
    return await activity.activity_facts(enterprise_ids, _of(enterprise_ids), now, window)


def _of(ids: list[int], column: str = "enterprise_id") -> dict:
    """Filter kwargs for a chunk: a BETWEEN on the index when the ids are dense (the sweep's chunks), else IN.
    Rows of other enterprises inside the range are skipped by the callers."""
    low, high = min(ids), max(ids)
    if high - low < 2 * len(ids):
        return {f"{column}__gte": low, f"{column}__lte": high}
    return {f"{column}__in": ids}


async def _document_facts(ids: list[int], today: date) -> dict[int, dict]:
    """Which document types count (rules.Facts): one grouped query, a row per enterprise with its types joined per
    state. A document counts with a file, an issue date not in the future, not rejected, and before the day it
    expires; a type counts when one of its documents does, and is verified when one that counts is."""
    live = Q(valid_until_date__isnull=True) | Q(valid_until_date__gt=today)
    counting = Q(has_file=True, issued_date__lte=today) & ~Q(review=DocumentReview.REJECTED) & live
    rows = await (SafetyDocument.filter(**_of(ids)).group_by("enterprise_id")
                  .annotate(every=db.GroupConcat("doc_type", distinct=True),
                            counting=db.GroupConcat("doc_type", distinct=True, _filter=counting),
                            verified=db.GroupConcat("doc_type", distinct=True,
                                                    _filter=counting & Q(review=DocumentReview.VERIFIED)),
                            expired=db.GroupConcat("doc_type", distinct=True, _filter=Q(valid_until_date__lte=today)))
                  .values_list("enterprise_id", "every", "counting", "verified", "expired"))
    none = frozenset()
    found = {eid: {"valid_documents": none, "unverified_documents": none, "expired_documents": none,
                   "incomplete_documents": none} for eid in ids}
    for eid, every, counting_types, verified, expired in rows:
        if eid not in found:
            continue
        every, valid = db.split_concat(every), db.split_concat(counting_types)
        expired = db.split_concat(expired) - valid  # it stops counting on the day it expires
        found[eid] = {"valid_documents": valid, "unverified_documents": valid - db.split_concat(verified),
                      "expired_documents": expired, "incomplete_documents": every - valid - expired}
    return found


async def _recorded_facts(ids: list[int], today: date, window_days: int) -> dict[int, tuple[rules.RecordedFact, ...]]:
    """The unrevoked facts in force (rules.facts_in_force) per enterprise: one query."""
    since = today - timedelta(days=window_days)
    rows = await (RiskFact.filter(revoked_at__isnull=True, occurred_on__gt=since, occurred_on__lte=today,
                                  **_of(ids)).order_by("occurred_on", "id")
                  .values_list("enterprise_id", "id", "kind", "occurred_on", "reason"))
    found = defaultdict(tuple)
    for eid, fact_id, kind, occurred_on, reason in rows:
        found[eid] += (rules.RecordedFact(fact_id, str(kind), occurred_on, reason),)
    return {eid: rules.facts_in_force(found[eid], today, window_days) for eid in ids}


async def _personnel_facts(ids: list[int], today: date) -> dict[int, dict]:
    """A certificate counts when it has a number and has not expired (no expiry date = no expiry recorded): one
    grouped query, a row per enterprise."""
    certified = (Q(certificate_expires_date__isnull=True) | Q(certificate_expires_date__gte=today)) & ~Q(
        certificate_no="")
    special, manager = Q(role__in=SPECIAL_ROLES), Q(role__in=MANAGER_ROLES)
    rows = await (SafetyPerson.filter(**_of(ids)).group_by("enterprise_id")
                  .annotate(special=Count("id", _filter=special), certified=Count("id", _filter=certified),
                            managers_certified=Count("id", _filter=certified & manager),
                            special_certified=Count("id", _filter=certified & special),
                            expired=Count("id", _filter=Q(certificate_expires_date__lt=today)))
                  .values_list("enterprise_id", "special", "certified", "managers_certified", "special_certified",
                               "expired"))
    out = {eid: {"managers_certified": 0, "certificates_total": 0, "certificates_expired": 0,
                 "special_operators_certified": 0, "special_operators_uncertified": 0, "_special_people": 0}
           for eid in ids}
    for eid, special_people, certified_total, managers, specials, expired in rows:
        if eid in out:
            out[eid] = {"managers_certified": managers, "certificates_total": certified_total,
                        "certificates_expired": expired, "special_operators_certified": specials,
                        "special_operators_uncertified": special_people - specials,
                        "_special_people": special_people}
    return out


@dataclass(frozen=True)
class PreviousScore:
    """What the next evaluation needs from the latest history row (its JSON stays unread)."""

    color: str
    raw_color: str
    score: float
    color_since: datetime
    improving_since: datetime | None
    fingerprint: str
    effective_color: str  # the colour shown: a manual override's, else `color`


async def _previous_state(ids: list[int]) -> dict[int, PreviousScore]:
    """The latest history row of each enterprise (ids grow with time, so the latest is the largest id)."""
    latest_ids = await (RiskScore.filter(**_of(ids)).group_by("enterprise_id")
                        .annotate(last=Max("id")).values_list("last", flat=True))
    if not latest_ids:
        return {}
    rows = await RiskScore.filter(id__in=list(latest_ids)).values_list(*_STATE_COLUMNS)
    return {row[0]: _state(row) for row in rows}


_STATE_COLUMNS = ("enterprise_id", "color", "raw_color", "score", "color_since", "improving_since", "fingerprint",
                  "effective_color")


def _state(row: tuple) -> PreviousScore:
    _, color, raw, score, since, improving, fingerprint, effective = row
    return PreviousScore(str(color), str(raw), score, since, improving, fingerprint, str(effective or color))


async def _state_before(enterprise_id: int, at: datetime) -> PreviousScore | None:
    """The enterprise's verdict as it stood just before `at` (a fact recorded in error), for its hysteresis."""
    rows = await (RiskScore.filter(enterprise_id=enterprise_id, scored_at__lt=at).order_by("-id").limit(1)
                  .values_list(*_STATE_COLUMNS))
    return _state(rows[0]) if rows else None


async def gather_facts(ids: list[int], now: datetime, ruleset: dict,
                       hysteresis_from: dict[int, PreviousScore | None] | None = None,
                       ) -> tuple[dict[int, rules.Facts], dict[int, PreviousScore]]:
    """Facts for many enterprises in a fixed number of grouped queries (independent of how many ids).
    `hysteresis_from` replaces the previous verdict the hysteresis starts from (correcting a mistake)."""
    today = now.date()
    wanted = set(ids)
    enterprises = [row for row in await Enterprise.filter(**_of(ids, "id")).values_list("id", "special_equipment")
                   if row[0] in wanted]
    documents = await _document_facts(ids, today)
    personnel = await _personnel_facts(ids, today)
    activity = await gather_activity_facts(ids, now, ruleset)
    recorded = await _recorded_facts(ids, today, ruleset.get("fact_window_days") or default_body()["fact_window_days"])
    previous = await _previous_state(ids)
    facts = {}
    for eid, special_equipment in enterprises:
        people = personnel[eid]
        # Special work exists when special equipment is declared or special operators are registered.
        special_people = people.pop("_special_people")
        special = bool(special_equipment) or special_people > 0
        state = hysteresis_from[eid] if hysteresis_from and eid in hysteresis_from else previous.get(eid)
        done = dict(activity.get(eid, {}))
        reinspected_at = done.pop("verified_reinspection_at", None)
        hysteresis = {}
        if state is not None:
            hysteresis = {"previous_color": state.color, "previous_color_since": state.color_since,
                          "improving_since": state.improving_since,
                          "verified_reinspection_since": bool(reinspected_at and reinspected_at > state.color_since)}
        facts[eid] = rules.Facts(enterprise_id=eid, special_work_exists=special, **documents[eid], **people,
                                 **done, **hysteresis, recorded_facts=recorded[eid],
                                 **rules.fact_flags(recorded[eid]))
    return facts, previous


async def overrides_holding(ids: list[int], now: datetime) -> dict[int, RiskOverride]:
    """The manual colour that holds now for each of the enterprises, if any (the latest set wins): one query."""
    rows = await RiskOverride.filter(ended_at__isnull=True, until__gt=now, **_of(ids)).order_by("id")
    return {row.enterprise_id: row for row in rows}


def describe_override(override: RiskOverride) -> dict:
    """An override as the explanation and the history show it."""
    return {"id": override.id, "color": str(override.color), "reason": override.reason,
            "until": clock.aware(override.until).isoformat(), "set_by_id": override.set_by_id,
            "set_at": clock.aware(override.set_at).isoformat()}


# -- evaluate and persist --

def _verdict_json(verdict: rules.Verdict) -> dict:
    # Built by hand: dataclasses.asdict deep-copies and dominated the sweep's profile.
    return {"breakdown": [{"dimension": x.dimension, "rule": x.rule, "points": x.points, "reason": x.reason}
                          for x in verdict.breakdown],
            "vetoes": [{"rule": v.rule, "color": v.color, "reason": v.reason, "source": v.source,
                        "facts": [{"id": f.id, "kind": f.kind, "occurred_on": f.occurred_on.isoformat(),
                                   "reason": f.reason} for f in v.facts]} for v in verdict.vetoes],
            "advice": [{"action": a.action, "gain": a.gain, "lifts": a.lifts, "rule": a.rule} for a in verdict.advice]}


def _fingerprint(data: dict) -> str:
    return hashlib.sha256(json.dumps([data["breakdown"], data["vetoes"], data["override"]], sort_keys=True,
                                     ensure_ascii=False).encode()).hexdigest()


def _changed(verdict: rules.Verdict, fingerprint: str, previous: PreviousScore | None) -> bool:
    if previous is None:
        return True
    return (previous.score != verdict.score or previous.color != verdict.color
            or previous.raw_color != verdict.raw_color or previous.improving_since != verdict.improving_since
            or previous.fingerprint != fingerprint)


def _plan(eid: int, verdict: rules.Verdict, previous: PreviousScore | None, version: int,
          now: datetime, override: RiskOverride | None = None) -> dict | None:
    """The history row to write when the verdict (or the override that holds) changed anything, as the columns
    of a RiskScore; None when nothing changed. `color` stays the verdict's, so the hysteresis never carries an
    override's colour. The score lines and advice go in compressed (scoring.models.pack_explanation)."""
    data = _verdict_json(verdict)
    data["override"] = describe_override(override) if override else None
    fingerprint = _fingerprint(data)
    if not _changed(verdict, fingerprint, previous):
        return None
    color_changed = previous is None or previous.color != verdict.color
    return {"enterprise_id": eid, "ruleset_version": version, "score": verdict.score, "color": verdict.color,
            "raw_color": verdict.raw_color, "color_since": now if color_changed else previous.color_since,
            "improving_since": verdict.improving_since, "scored_at": now, "fingerprint": fingerprint,
            "effective_color": override.color if override else verdict.color, "vetoes": data["vetoes"],
            "override": data["override"], "explanation": pack_explanation(data["breakdown"], data["advice"])}


async def _write(rows: list[dict], previous: dict[int, PreviousScore], version: int, now: datetime,
                 actor: Actor) -> None:
    """Write planned rows inside the caller's transaction: history (one INSERT), enterprise columns (the colour
    shown), and for each change of the colour shown a `risk.changed` event (one INSERT). One audit entry covers
    the colour changes of the batch."""
    if not rows:
        return
    await db.insert_rows(RiskScore, rows)
    # One UPDATE per distinct (colour, override) — a handful per chunk — with each enterprise's score in a CASE:
    # grouping by the score too made a first rescore one statement per two enterprises.
    by_value = defaultdict(list)
    for row in rows:
        until = datetime.fromisoformat(row["override"]["until"]) if row["override"] else None
        by_value[(str(row["effective_color"]), until)].append(row)
    for (color, until), group in by_value.items():
        await db.update_by_id(Enterprise, "risk_score", {row["enterprise_id"]: row["score"] for row in group},
                              risk_color=color, risk_scored_at=now, risk_override_until=until)
    changes, events = [], []
    for row in rows:
        eid, shown = row["enterprise_id"], str(row["effective_color"])
        before = previous.get(eid)
        previous_color = before.effective_color if before else None
        if previous_color != shown:
            events.append(RiskChanged(eid, shown, previous_color))
            changes.append({"enterprise_id": eid, "from": previous_color, "to": shown,
                            **({"override": True} if row["override"] else {})})
    await outbox.record_many(events)
    if changes:
        object_id = changes[0]["enterprise_id"] if len(changes) == 1 else None
        await audit.record(actor, "risk.changed", "enterprise", object_id,
                           after={"ruleset_version": version, "changes": changes})


async def _lock(ids: list[int]) -> None:
    """Serialise concurrent rescores of the same enterprises (an event handler and the sweep), so two verdicts
    never both read the same previous row and both write history."""
    await Enterprise.filter(**_of(ids, "id")).select_for_update().only("id")


async def recompute_risk(enterprise_id: int, now: datetime | None = None, actor: Actor = SYSTEM,
                         correcting_since: datetime | None = None) -> rules.Verdict:
    """Rescore one enterprise (after an inspection, hazard, document or report event, or by hand): a fixed number
    of queries, then history, enterprise columns and `risk.changed` in one transaction (domain.md §5).

    `correcting_since`: a record made at that time was a mistake (a revoked fact), so the hysteresis starts from
    the verdict before it, and the colour the mistake cost comes back at once (docs/decisions/032)."""
    now = now or clock.now()
    version, body = await active_ruleset()
    async with in_transaction():
        await _lock([enterprise_id])
        before = ({enterprise_id: await _state_before(enterprise_id, correcting_since)} if correcting_since
                  else None)
        facts, previous = await gather_facts([enterprise_id], now, body, hysteresis_from=before)
        if enterprise_id not in facts:
            raise NotFound("企业不存在", code="ENTERPRISE_NOT_FOUND")
        verdict = rules.evaluate(facts[enterprise_id], body, now)
        held = await overrides_holding([enterprise_id], now)
        row = _plan(enterprise_id, verdict, previous.get(enterprise_id), version, now, held.get(enterprise_id))
        await _write([row] if row else [], previous, version, now, actor)
    return verdict


async def rescore_all(now: datetime | None = None, progress: Callable[[int, int], None] | None = None,
                      chunk: int = CHUNK) -> dict[str, int]:
    """The nightly sweep: time alone changes colours (deadlines pass, documents expire). Facts are gathered per
    chunk of enterprises with the same fixed queries, and each chunk commits on its own."""
    now = now or clock.now()
    version, body = await active_ruleset()
    ids = await Enterprise.filter(status=EnterpriseStatus.ACTIVE).order_by("id").values_list("id", flat=True)
    counts = {"scored": 0, "changed": 0}
    for start in range(0, len(ids), chunk):
        part = list(ids[start:start + chunk])
        async with in_transaction():
            await _lock(part)
            facts, previous = await gather_facts(part, now, body)
            held = await overrides_holding(part, now)
            planned = [_plan(eid, rules.evaluate(one, body, now), previous.get(eid), version, now, held.get(eid))
                       for eid, one in facts.items()]
            rows = [row for row in planned if row is not None]
            await _write(rows, previous, version, now, SYSTEM)
            counts["changed"] += len(rows)
        counts["scored"] += len(part)
        if progress:
            progress(counts["scored"], len(ids))
    return counts


async def nightly_rescore(settings) -> None:
    """Worker job, checked every minute: the whole sweep once per Beijing day from RESCORE_AT, by one worker."""
    await schedule.run_daily("rescore", settings.rescore_at, rescore_all)


# -- reading --

async def _latest(enterprise_id: int) -> RiskScore | None:
    return await RiskScore.filter(enterprise_id=enterprise_id).order_by("-id").first()


async def get_risk(principal: Principal, enterprise_id: int) -> RiskScore | None:
    """The latest verdict of an enterprise the caller may see (scope as enterprises.service.get_visible)."""
    await enterprises_service.get_visible(principal, enterprise_id)
    return await _latest(enterprise_id)


async def risk_history(principal: Principal, enterprise_id: int, limit: int = 100) -> list[RiskScore]:
    await enterprises_service.get_visible(principal, enterprise_id)
    return await RiskScore.filter(enterprise_id=enterprise_id).order_by("-id").limit(limit)


def _active_in_scope(principal: Principal):
    return Enterprise.filter(status=EnterpriseStatus.ACTIVE, **access.scope(principal))


async def _ids_in_scope(principal: Principal) -> list[int]:
    return list(await _active_in_scope(principal).order_by("id").values_list("id", flat=True))


def _windows(ruleset: dict) -> tuple:
    """The parameters that change which facts are gathered (the rest only change how they are judged)."""
    return ruleset["hazards"]["timely_fix_window_days"], ruleset["fact_window_days"]


async def simulate(principal: Principal, body: dict, now: datetime | None = None, limit: int = 1000) -> dict:
    """Run a draft ruleset over every enterprise in the admin's scope and answer which would change colour, against
    the colour each shows now (the draft's colour before hysteresis, flagged when it would be held back), and why:
    each enterprise is also evaluated under the active ruleset on the same facts, and scoring.simulation names what
    differs (docs/decisions/074). `changed` counts them all; at most `limit` are listed. Nothing is written."""
    if not principal.is_staff:
        raise PermissionDenied("只有街道工作人员可以试算评分规则", code="ROLE_FORBIDDEN")
    draft = validate_body(body)
    now = now or clock.now()
    version, active = await active_ruleset()
    ids = await _ids_in_scope(principal)
    changes, total, changed, by_rules = [], 0, 0, 0
    transitions: dict[tuple, int] = defaultdict(int)
    for start in range(0, len(ids), CHUNK):
        part = ids[start:start + CHUNK]
        facts, _ = await gather_facts(part, now, active)
        draft_facts = facts if _windows(active) == _windows(draft) else (await gather_facts(part, now, draft))[0]
        shown = {eid: (name, str(color) if color else None) for eid, name, color in
                 await Enterprise.filter(**_of(part, "id")).values_list("id", "name", "risk_color")}
        held = await overrides_holding(part, now)
        for eid, one in facts.items():
            total += 1
            verdict = rules.evaluate(draft_facts[eid], draft, now)
            name, current = shown[eid]
            # The draft's own colour; held_back says the hysteresis would delay an improvement.
            if current == verdict.raw_color:
                continue
            now_rules = rules.evaluate(one, active, now)
            changed += 1
            by_rules += now_rules.raw_color != verdict.raw_color
            transitions[(current, verdict.raw_color)] += 1
            if len(changes) < limit:
                reasons = simulation.explain(current, eid in held, now_rules, verdict, active, draft)
                changes.append({"enterprise_id": eid, "name": name, "from_color": current,
                                "to_color": verdict.raw_color, "score": verdict.score,
                                "current_score": now_rules.score, "current_rule_color": now_rules.raw_color,
                                "held_back": verdict.held_back, "overridden": eid in held,
                                "by_rules": now_rules.raw_color != verdict.raw_color,
                                "reasons": [{"rule": r.rule, "text": r.text} for r in reasons]})
    return {"against_version": version, "total": total, "changed": changed, "changed_by_rules": by_rules,
            "transitions": [{"from_color": f, "to_color": t, "count": n}
                            for (f, t), n in sorted(transitions.items(), key=lambda kv: (-kv[1], str(kv[0])))],
            "parameters": simulation.parameter_changes(active, draft), "changes": changes}


def inspection_interval_days(ruleset: dict, color: str) -> int:
    """Inspection frequency by colour (domain.md §5: red monthly, yellow quarterly, green half-yearly)."""
    return ruleset["inspection_interval_days"][color]



async def inspections_due(principal: Principal, within_days: int,
                          now: datetime | None = None) -> list[InspectionDueRead]:
    """Enterprises in the caller's scope due (or overdue) for a street inspection within `within_days`, by the
    frequency their colour asks for (red monthly, yellow quarterly, green and unscored half-yearly; the ruleset
    holds the numbers). Never inspected means due now. Most overdue first. Two queries."""
    if not principal.is_staff:
        raise PermissionDenied("只有街道工作人员可以查看检查计划", code="ROLE_FORBIDDEN")
    today = (now or clock.now()).date()
    _, body = await active_ruleset()
    enterprises = await _active_in_scope(principal).values_list("id", "name", "risk_color")
    last = await activity.last_street_inspections([e[0] for e in enterprises])
    due = []
    for eid, name, color in enterprises:
        interval = inspection_interval_days(body, str(color) if color else "green")
        last_on = last.get(eid)
        due_on = last_on + timedelta(days=interval) if last_on else today
        if due_on <= today + timedelta(days=within_days):
            due.append(InspectionDueRead(enterprise_id=eid, name=name, color=str(color) if color else None,
                                         last_inspected_on=last_on, interval_days=interval, due_on=due_on,
                                         overdue=due_on < today or last_on is None))
    return sorted(due, key=lambda d: (d.due_on, d.enterprise_id))
