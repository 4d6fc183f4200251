"""The action plan (plan d'action): objectives, actions, funding files and jalons (REFERENTIALS §5).

Objectives are keyed on data·inclusion *thématiques* so a referral can later
be matched to partner services by theme. An action says who does it, and the
duration *the person* expects it to take becomes its due date and a dated
jalon (002:1829–1837). A jalon without a date is refused; an action due
before today is allowed once confirmed (``Issue.severity == "confirm"``).
A change of plan keeps its history: ``history`` lists every entity created,
changed or removed between two states of the plan, field by field.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field, fields, replace
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Any

from cep_desk.domain import messages as m
from cep_desk.domain import rules
from cep_desk.domain.codelists import referentials
from cep_desk.domain.history import FieldChange, compare, plain
from cep_desk.domain.ids import uuid7
from cep_desk.domain.messages import Issue, Severity

PLANNED, IN_PROGRESS, ON_HOLD, DONE, DROPPED, CANCELLED = (
    "en_projet", "en_cours", "en_attente", "realisee", "abandonnee", "annulee")
CLOSED_STATUSES = frozenset({DONE, DROPPED, CANCELLED})
PENDING, GRANTED, REFUSED = "en_attente", "accorde", "refuse"
ACTION_DUE = "echeance_action"          # the jalon kind an action's due date becomes
PARTNER = "partenaire"
MAX_ESTIMATE = 365
MAX_REMINDER_DAYS = 90


@dataclass
class Objective:
    thematique: str                 # a data·inclusion thématique slug
    label: str = ""                 # the objective in the person's words
    done: bool = False
    id: str = field(default_factory=uuid7)


@dataclass
class FundingFile:
    lever: str
    funder: str = ""                # the body that decides (Transitions Pro Occitanie, OPCO…)
    quote_amount: Decimal | None = None
    submitted_on: date | None = None
    decision_expected_on: date | None = None
    decision: str = PENDING
    decided_on: date | None = None
    refusal_reason: str = ""
    id: str = field(default_factory=uuid7)


@dataclass
class PlanAction:
    label: str
    type: str = "autre"
    who: str = "personne"
    objective_id: str | None = None
    estimate_value: int | None = None   # the person's own estimate…
    estimate_unit: str | None = None    # …in jours / semaines / mois
    due_date: date | None = None
    partner: str = ""                   # free text until the partner directory exists
    status: str = PLANNED
    plan_b: str = ""
    funding: list[FundingFile] = field(default_factory=list)
    id: str = field(default_factory=uuid7)
    service_id: str | None = None       # the partner directory's service, once linked (``partner`` text kept)

    @property
    def is_open(self) -> bool:
        return self.status not in CLOSED_STATUSES


@dataclass
class Milestone:
    on: date | None
    label: str = ""
    kind: str = "autre"
    done: bool = False
    action_id: str | None = None        # set for the jalon an action's due date became
    remind_days_before: int | None = 2
    id: str = field(default_factory=uuid7)


@dataclass
class Plan:
    objectives: list[Objective] = field(default_factory=list)
    actions: list[PlanAction] = field(default_factory=list)
    milestones: list[Milestone] = field(default_factory=list)

    def action(self, action_id: str) -> PlanAction | None:
        return next((a for a in self.actions if a.id == action_id), None)


def copy_plan(plan: Plan) -> Plan:
    """An independent copy (every value inside is immutable but the lists; faster than deepcopy)."""
    return Plan(
        objectives=[replace(o) for o in plan.objectives],
        actions=[replace(a, funding=[replace(f) for f in a.funding]) for a in plan.actions],
        milestones=[replace(ms) for ms in plan.milestones],
    )


# -- the person's estimate becomes a date and a jalon -------------------------------------------
def add_months(day: date, months: int) -> date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def due_date_from_estimate(start: date, value: int, unit: str) -> date:
    if unit == "mois":
        return add_months(start, value)
    return start + timedelta(days=value * (7 if unit == "semaines" else 1))


def with_action_milestones(plan: Plan) -> Plan:
    """A copy where each dated action has exactly one "due date" jalon, kept in step with it.

    The jalon follows the action's date, label and completion; it goes when the
    action loses its date or leaves the plan. Other jalons are left as they are.
    """
    out = copy_plan(plan)
    actions = {a.id: a for a in out.actions}
    kept: list[Milestone] = []
    linked: set[str] = set()
    for ms in out.milestones:
        if ms.kind != ACTION_DUE or ms.action_id is None:
            kept.append(ms)
            continue
        action = actions.get(ms.action_id)
        if action is None or action.due_date is None or ms.action_id in linked:
            continue
        ms.on, ms.label, ms.done = action.due_date, action.label, action.status == DONE
        linked.add(ms.action_id)
        kept.append(ms)
    for a in out.actions:
        if a.due_date is not None and a.id not in linked:
            kept.append(Milestone(on=a.due_date, label=a.label, kind=ACTION_DUE, done=a.status == DONE,
                                  action_id=a.id))
    out.milestones = kept
    return out


def mark(plan: Plan, statuses: dict[str, str]) -> Plan:
    """The plan after marking actions (id → status) with the person, jalons in step."""
    out = copy_plan(plan)
    for a in out.actions:
        if a.id in statuses:
            a.status = statuses[a.id]
    return with_action_milestones(out)


# -- rules ----------------------------------------------------------------------------------------
def _check_funding(f: str, ff: FundingFile, ref) -> list[Issue | None]:  # type: ignore[no-untyped-def]
    issues: list[Issue | None] = [
        rules.check_code(f"{f}.lever", ff.lever or "?", ref["funding_lever"]),
        rules.check_code(f"{f}.decision", ff.decision or "?", ref["funding_decision"]),
    ]
    if ff.quote_amount is not None and (not ff.quote_amount.is_finite() or ff.quote_amount < 0):
        issues.append(Issue(f"{f}.quote_amount", m.AMOUNT_INVALID))
    if ff.decision == REFUSED and not ff.refusal_reason.strip():
        issues.append(Issue(f"{f}.refusal_reason", m.REFUSAL_REASON_REQUIRED))
    for name in ("decided_on", "decision_expected_on"):
        value = getattr(ff, name)
        if ff.submitted_on and value and value < ff.submitted_on:
            issues.append(Issue(f"{f}.{name}", m.DECISION_BEFORE_SUBMISSION))
    return issues


def validate_plan(plan: Plan, today: date, previous: Plan | None = None) -> list[Issue]:
    """Errors and confirmations; a due date already in the previous plan is not asked again."""
    ref = referentials()
    issues: list[Issue | None] = []
    objective_ids = {o.id for o in plan.objectives}
    action_ids = {a.id for a in plan.actions}
    before = {a.id: a for a in previous.actions} if previous else {}
    for i, o in enumerate(plan.objectives):
        issues.append(rules.check_code(f"objectives[{i}].thematique", o.thematique or "?", ref["thematique"]))
    for i, a in enumerate(plan.actions):
        f = f"actions[{i}]"
        if not a.label.strip():
            issues.append(Issue(f"{f}.label", m.LABEL_REQUIRED))
        issues.append(rules.check_code(f"{f}.type", a.type or "?", ref["action_type"]))
        issues.append(rules.check_code(f"{f}.who", a.who or "?", ref["action_actor"]))
        issues.append(rules.check_code(f"{f}.status", a.status or "?", ref["action_status"]))
        if a.who == PARTNER and not a.partner.strip():
            issues.append(Issue(f"{f}.partner", m.ACTION_PARTNER_REQUIRED))
        if a.objective_id is not None and a.objective_id not in objective_ids:
            issues.append(Issue(f"{f}.objective_id", m.OBJECTIVE_UNKNOWN))
        if a.estimate_value is not None or a.estimate_unit:
            if a.estimate_value is None or not (1 <= int(a.estimate_value) <= MAX_ESTIMATE):
                issues.append(Issue(f"{f}.estimate_value", m.ESTIMATE_INVALID))
            issues.append(rules.check_code(f"{f}.estimate_unit", a.estimate_unit or "?", ref["duration_unit"]))
        old = before.get(a.id)
        if (a.due_date is not None and a.due_date < today and a.is_open
                and (old is None or old.due_date != a.due_date)):
            issues.append(Issue(f"{f}.due_date", m.ACTION_DUE_IN_PAST, {"date": a.due_date.isoformat()},
                                severity=Severity.CONFIRM))
        for j, ff in enumerate(a.funding):
            issues += _check_funding(f"{f}.funding[{j}]", ff, ref)
    for i, ms in enumerate(plan.milestones):
        f = f"milestones[{i}]"
        if ms.on is None:
            issues.append(Issue(f"{f}.on", m.MILESTONE_DATE_REQUIRED))
        elif ms.on.year < 1900:
            issues.append(Issue(f"{f}.on", m.DATE_TOO_OLD))
        issues.append(rules.check_code(f"{f}.kind", ms.kind or "?", ref["milestone_kind"]))
        if ms.kind == "autre" and not ms.label.strip():
            issues.append(Issue(f"{f}.label", m.LABEL_REQUIRED))
        if ms.action_id is not None and ms.action_id not in action_ids:
            issues.append(Issue(f"{f}.action_id", m.ACTION_UNKNOWN))
        if ms.remind_days_before is not None and not (0 <= int(ms.remind_days_before) <= MAX_REMINDER_DAYS):
            issues.append(Issue(f"{f}.remind_days_before", m.REMINDER_INVALID))
    return [i for i in issues if i is not None]


# -- history ----------------------------------------------------------------------------------------
CREATED, UPDATED, REMOVED = "created", "updated", "removed"


@dataclass(frozen=True)
class EntityChange:
    """One plan entity created, updated or removed, with its field changes."""

    entity: str                     # plan_objective | plan_action | funding_file | milestone
    entity_id: str
    change: str
    fields: tuple[FieldChange, ...]

    def fields_dict(self) -> dict[str, list[Any]]:
        return {c.path: [c.before, c.after] for c in self.fields}


@lru_cache(maxsize=16)
def _compared_fields(cls: type) -> tuple[str, ...]:
    # The directory link has its own rows, outbox and audit (ActionServiceLink): not a plan change to word.
    return tuple(f.name for f in fields(cls) if f.name not in ("id", "funding", "service_id"))


def _flat(obj: Any) -> dict[str, Any]:
    # Flat values only (no asdict: it deep-copies every value, which the demo feels at 10,000 people).
    return {name: plain(getattr(obj, name)) for name in _compared_fields(type(obj))}


def _entities(plan: Plan) -> dict[tuple[str, str], dict[str, Any]]:
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for o in plan.objectives:
        out[("plan_objective", o.id)] = _flat(o)
    for a in plan.actions:
        out[("plan_action", a.id)] = _flat(a)
        for ff in a.funding:
            out[("funding_file", ff.id)] = {**_flat(ff), "action_id": a.id}
    for ms in plan.milestones:
        if not is_due_date_jalon(ms):
            out[("milestone", ms.id)] = _flat(ms)
    return out


def is_due_date_jalon(ms: Milestone) -> bool:
    """The jalon an action's due date became: it mirrors the action, whose history already says it all."""
    return ms.kind == ACTION_DUE and ms.action_id is not None


def history(previous: Plan | None, current: Plan) -> list[EntityChange]:
    """Entities created, updated or removed, field by field. The jalons that mirror an action's due
    date are left out: the action's own changes (due date, label, status) already record them."""
    before, after = _entities(previous or Plan()), _entities(current)
    out: list[EntityChange] = []
    for key in [*after, *(k for k in before if k not in after)]:
        b, a = before.get(key), after.get(key)
        if b is None:
            out.append(EntityChange(*key, CREATED, tuple(compare("", {}, a or {}))))
        elif a is None:
            out.append(EntityChange(*key, REMOVED, tuple(compare("", b, {}))))
        else:
            changes = compare("", b, a)
            if changes:
                out.append(EntityChange(*key, UPDATED, tuple(changes)))
    return out
