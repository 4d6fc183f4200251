"""The action plan in the store: load it as a domain ``Plan``, bring the rows in line with
a new state of the plan (history rows included), mark actions with the person.

``apply_plan`` works inside the caller's transaction, so a whole session — or a
30-action plan — is one write; each created, changed or removed entity gets its
outbox and audit entries and one ``plan_change`` row.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cep_desk.domain import plan as p
from cep_desk.domain.messages import raise_if_blocking
from cep_desk.services.changes import ChangeRecorder, snapshot
from cep_desk.services.context import ServiceContext
from cep_desk.services.views import PlanChangeView
from cep_desk.storage.models import (
    Accompaniment,
    Beneficiary,
    FundingFile,
    Milestone,
    PlanAction,
    PlanChange,
    PlanObjective,
)
from cep_desk.storage.models_partners import ActionServiceLink

_OBJECTIVE = ("thematique", "label", "done")
_ACTION = ("label", "type", "who", "objective_id", "estimate_value", "estimate_unit", "due_date", "partner",
           "status", "plan_b")
_FUNDING = ("lever", "funder", "submitted_on", "decision_expected_on", "decision", "decided_on", "refusal_reason")
_MILESTONE = ("on", "label", "kind", "done", "action_id", "remind_days_before")


def _cents(amount: Decimal | None) -> int | None:
    return None if amount is None else int((amount * 100).to_integral_value())


def _euros(cents: int | None) -> Decimal | None:
    return None if cents is None else (Decimal(cents) / 100).quantize(Decimal("0.01"))


class _Rows:
    """The live plan rows of one person, by id."""

    def __init__(self, s: Session, beneficiary_id: str):
        def live(model):  # type: ignore[no-untyped-def]
            return list(s.scalars(select(model).where(model.beneficiary_id == beneficiary_id,
                                                      model.deleted_at.is_(None))))
        self.objectives = {r.id: r for r in sorted(live(PlanObjective), key=lambda r: (r.position, r.created_at))}
        self.actions = {r.id: r for r in sorted(live(PlanAction), key=lambda r: (r.position, r.created_at))}
        self.funding = {r.id: r for r in sorted(live(FundingFile), key=lambda r: r.created_at)}
        self.milestones = {r.id: r for r in sorted(live(Milestone), key=lambda r: (r.on, r.created_at))}
        self.links = dict(s.execute(select(ActionServiceLink.action_id, ActionServiceLink.service_id).where(
            ActionServiceLink.action_id.in_(list(self.actions)), ActionServiceLink.deleted_at.is_(None))).all())

    def plan(self) -> p.Plan:
        funding: dict[str, list[p.FundingFile]] = {}
        for r in self.funding.values():
            funding.setdefault(r.action_id, []).append(
                p.FundingFile(**{f: getattr(r, f) for f in _FUNDING}, quote_amount=_euros(r.quote_cents), id=r.id))
        return p.Plan(
            objectives=[p.Objective(**{f: getattr(r, f) for f in _OBJECTIVE}, id=r.id)
                        for r in self.objectives.values()],
            actions=[p.PlanAction(**{f: getattr(r, f) for f in _ACTION}, funding=funding.get(r.id, []), id=r.id,
                                  service_id=self.links.get(r.id)) for r in self.actions.values()],
            milestones=[p.Milestone(**{f: getattr(r, f) for f in _MILESTONE}, id=r.id)
                        for r in self.milestones.values()],
        )


def load_plan(s: Session, beneficiary_id: str) -> p.Plan:
    return _Rows(s, beneficiary_id).plan()


def _upsert(s: Session, rec: ChangeRecorder, model, existing: dict[str, Any], obj_id: str,  # type: ignore[no-untyped-def]
            values: dict[str, Any], new_values: dict[str, Any]) -> None:
    row = existing.get(obj_id)
    if row is None:  # ``_refuse_foreign_ids`` made sure the id is new
        rec.inserted(model(id=obj_id, **values, **new_values))
        return
    before = snapshot(row)
    for k, v in values.items():
        setattr(row, k, v)
    rec.updated(row, before)


def _refuse_foreign_ids(s: Session, rows: _Rows, plan: p.Plan) -> None:
    """An id the person's plan does not hold yet must be new: not another person's row, nor a
    deleted one. One query per table (a ``get`` per row would flush the session before each)."""
    new = {
        PlanObjective: {o.id for o in plan.objectives} - rows.objectives.keys(),
        PlanAction: {a.id for a in plan.actions} - rows.actions.keys(),
        FundingFile: {f.id for a in plan.actions for f in a.funding} - rows.funding.keys(),
        Milestone: {m.id for m in plan.milestones} - rows.milestones.keys(),
    }
    for model, ids in new.items():
        if ids:
            taken = s.scalars(select(model.id).where(model.id.in_(ids))).first()
            if taken is not None:
                raise LookupError(taken)


def apply_plan(s: Session, rec: ChangeRecorder, beneficiary_id: str, accompaniment_id: str | None,
               plan: p.Plan, today: date, interview_id: str | None = None) -> list[p.EntityChange]:
    """Make the stored plan equal to ``plan`` (already validated, jalons in step); return its history."""
    rows = _Rows(s, beneficiary_id)
    previous = rows.plan()
    if previous == plan:
        return []
    changes = p.history(previous, plan)
    _refuse_foreign_ids(s, rows, plan)
    owner = {"beneficiary_id": beneficiary_id}
    old_status = {a.id: a.status for a in previous.actions}
    wanted = {("plan_objective", o.id) for o in plan.objectives}
    for i, o in enumerate(plan.objectives):
        _upsert(s, rec, PlanObjective, rows.objectives, o.id,
                {**{f: getattr(o, f) for f in _OBJECTIVE}, "position": i},
                {**owner, "accompaniment_id": accompaniment_id})
    for i, a in enumerate(plan.actions):
        wanted.add(("plan_action", a.id))
        values = {**{f: getattr(a, f) for f in _ACTION}, "position": i}
        if old_status.get(a.id) != a.status:
            values["status_on"] = today
        _upsert(s, rec, PlanAction, rows.actions, a.id, values, {**owner, "accompaniment_id": accompaniment_id})
        for ff in a.funding:
            wanted.add(("funding_file", ff.id))
            _upsert(s, rec, FundingFile, rows.funding, ff.id,
                    {**{f: getattr(ff, f) for f in _FUNDING}, "quote_cents": _cents(ff.quote_amount),
                     "action_id": a.id}, owner)
    relinked = [a for a in plan.actions if a.service_id != rows.links.get(a.id)]
    if relinked:
        from cep_desk.services.partners import link_action_in  # the directory's rule for links

        s.flush()  # new actions exist before their link points at them
        for a in relinked:
            link_action_in(s, rec, a.id, a.service_id)
    for ms in plan.milestones:
        wanted.add(("milestone", ms.id))
        _upsert(s, rec, Milestone, rows.milestones, ms.id, {f: getattr(ms, f) for f in _MILESTONE}, owner)
    # Removed last, children before parents: a jalon or funding file before its action.
    for entity, table in (("milestone", rows.milestones), ("funding_file", rows.funding),
                          ("plan_action", rows.actions), ("plan_objective", rows.objectives)):
        for row_id, row in table.items():
            if (entity, row_id) not in wanted:
                rec.deleted(row)
    for c in changes:
        rec.inserted(PlanChange(beneficiary_id=beneficiary_id, interview_id=interview_id, on=today,
                                entity=c.entity, entity_id=c.entity_id, change=c.change, fields=c.fields_dict()))
    return changes


def change_view(r: PlanChange) -> PlanChangeView:
    return PlanChangeView(r.id, r.on, r.interview_id, r.entity, r.entity_id, r.change, dict(r.fields or {}))


class PlanService:
    """The plan outside a guided session (a call, a quick update): same rules, one transaction each."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def get(self, beneficiary_id: str) -> p.Plan:
        with self.ctx.store.read() as s:
            return load_plan(s, beneficiary_id)

    def save(self, beneficiary_id: str, plan: p.Plan, *, confirmed: bool = False) -> list[p.EntityChange]:
        """Save a new state of the whole plan (jalons follow the actions' due dates)."""
        today = self.ctx.today()
        with self.ctx.store.write() as s:
            live_person(s, beneficiary_id)
            previous = load_plan(s, beneficiary_id)
            plan = p.with_action_milestones(plan)
            raise_if_blocking(p.validate_plan(plan, today, previous), confirmed)
            acc = current_accompaniment(s, beneficiary_id)
            return apply_plan(s, ChangeRecorder(s, self.ctx.actor), beneficiary_id, acc.id if acc else None,
                              plan, today)

    def mark(self, beneficiary_id: str, statuses: dict[str, str]) -> list[p.EntityChange]:
        """Mark actions done / in progress / dropped *with* the person ("vous validez ?")."""
        with self.ctx.store.write() as s:
            live_person(s, beneficiary_id)
            previous = load_plan(s, beneficiary_id)
            unknown = set(statuses) - {a.id for a in previous.actions}
            if unknown:
                raise LookupError(sorted(unknown)[0])
            plan = p.mark(previous, statuses)
            raise_if_blocking(p.validate_plan(plan, self.ctx.today(), previous))
            return apply_plan(s, ChangeRecorder(s, self.ctx.actor), beneficiary_id, None, plan, self.ctx.today())

    def history(self, beneficiary_id: str, entity_id: str | None = None) -> list[PlanChangeView]:
        """The plan's changes, oldest first; ``entity_id`` narrows them to one action, jalon…"""
        with self.ctx.store.read() as s:
            q = select(PlanChange).where(PlanChange.beneficiary_id == beneficiary_id,
                                         PlanChange.deleted_at.is_(None))
            if entity_id is not None:
                q = q.where(PlanChange.entity_id == entity_id)
            return [change_view(r) for r in s.scalars(q.order_by(PlanChange.created_at, PlanChange.id))]


def live_person(s: Session, beneficiary_id: str) -> Beneficiary:
    """The person, refusing a deleted one: a write would revive a tombstone."""
    person = s.get(Beneficiary, beneficiary_id)
    if person is None or person.deleted_at is not None:
        raise LookupError(beneficiary_id)
    return person


def current_accompaniment(s: Session, beneficiary_id: str) -> Accompaniment | None:
    return s.scalars(select(Accompaniment).where(
        Accompaniment.beneficiary_id == beneficiary_id, Accompaniment.deleted_at.is_(None)
    ).order_by(Accompaniment.created_at.desc()).limit(1)).first()

