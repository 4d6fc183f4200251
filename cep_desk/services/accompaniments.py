"""Open an accompaniment, edit it, and move its status (pause, relay, close, re-open)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from cep_desk.domain.accompaniment import (
    ACTIVE,
    AccompanimentDraft,
    StatusChange,
    validate_accompaniment,
    validate_transition,
)
from cep_desk.domain.messages import ValidationFailed
from cep_desk.services.changes import ChangeRecorder, snapshot
from cep_desk.services.context import ServiceContext
from cep_desk.services.counsellor import current_levels
from cep_desk.services.plans import live_person
from cep_desk.services.views import AccompanimentView, StatusChangeView
from cep_desk.storage.models import Accompaniment, AccompanimentStatusChange


def to_view(a: Accompaniment) -> AccompanimentView:
    return AccompanimentView(
        id=a.id, level=a.level, reasons=list(a.reasons or []), first_request_date=a.first_request_date,
        first_appointment_date=a.first_appointment_date, referent=a.referent, status=a.status,
        status_since=a.status_since, return_date=a.return_date, closure_reason=a.closure_reason,
        history=[
            StatusChangeView(h.id, h.from_status, h.to_status, h.on, h.return_date, h.closure_reason,
                             h.partner, h.comment)
            for h in a.history if h.deleted_at is None
        ],
        created_at=a.created_at,
    )


def new_accompaniment(rec: ChangeRecorder, beneficiary_id: str, draft: AccompanimentDraft, today) -> Accompaniment:  # type: ignore[no-untyped-def]
    since = draft.first_appointment_date or draft.first_request_date or today
    acc = Accompaniment(
        beneficiary_id=beneficiary_id, level=draft.level, reasons=list(draft.reasons),
        first_request_date=draft.first_request_date, first_appointment_date=draft.first_appointment_date,
        referent=draft.referent, status=ACTIVE, status_since=since,
    )
    rec.inserted(acc)
    rec.inserted(AccompanimentStatusChange(accompaniment_id=acc.id, from_status=None, to_status=ACTIVE, on=since))
    return acc


def _live(s: Session, accompaniment_id: str) -> Accompaniment:
    """The accompaniment, refusing one deleted (or whose person is): a write would revive a tombstone."""
    acc = s.get(Accompaniment, accompaniment_id)
    if acc is None or acc.deleted_at is not None or acc.beneficiary.deleted_at is not None:
        raise LookupError(accompaniment_id)
    return acc


class AccompanimentService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def open(self, beneficiary_id: str, draft: AccompanimentDraft) -> str:
        with self.ctx.store.write() as s:
            live_person(s, beneficiary_id)  # never an accompaniment for a deleted person
            issues = validate_accompaniment(draft, self.ctx.today(), current_levels(s))
            if issues:
                raise ValidationFailed(issues)
            return new_accompaniment(ChangeRecorder(s, self.ctx.actor), beneficiary_id, draft,
                                     self.ctx.today()).id

    def update(self, accompaniment_id: str, draft: AccompanimentDraft) -> list[str]:
        with self.ctx.store.write() as s:
            acc = _live(s, accompaniment_id)
            # Its own level stays valid after the operator switched vocabulary.
            allowed = {c.code for c in current_levels(s).codes} | {acc.level}
            issues = validate_accompaniment(draft, self.ctx.today(), allowed)
            if issues:
                raise ValidationFailed(issues)
            before = snapshot(acc)
            acc.level, acc.reasons, acc.referent = draft.level, list(draft.reasons), draft.referent
            acc.first_request_date = draft.first_request_date
            acc.first_appointment_date = draft.first_appointment_date
            return ChangeRecorder(s, self.ctx.actor).updated(acc, before)

    def change_status(self, accompaniment_id: str, change: StatusChange) -> None:
        with self.ctx.store.write() as s:
            acc = _live(s, accompaniment_id)
            issues = validate_transition(acc.status, change, self.ctx.today(), acc.status_since)
            if issues:
                raise ValidationFailed(issues)
            rec = ChangeRecorder(s, self.ctx.actor)
            before = snapshot(acc)
            rec.inserted(AccompanimentStatusChange(
                accompaniment_id=acc.id, from_status=acc.status, to_status=change.target, on=change.on,
                return_date=change.return_date, closure_reason=change.closure_reason,
                partner=change.partner, comment=change.comment,
            ))
            acc.status, acc.status_since = change.target, change.on
            acc.return_date = change.return_date
            acc.closure_reason = change.closure_reason
            rec.updated(acc, before, action=f"status_{change.target}")

    def for_beneficiary(self, beneficiary_id: str) -> list[AccompanimentView]:
        with self.ctx.store.read() as s:
            rows = s.scalars(select(Accompaniment).where(
                Accompaniment.beneficiary_id == beneficiary_id, Accompaniment.deleted_at.is_(None)
            ).order_by(Accompaniment.created_at)).all()
            return [to_view(a) for a in rows]
