"""Record sessions (entretiens). The guided co-construction flow comes later;
this is the plain record: when, where, how, how long, notes."""

from __future__ import annotations

from cep_desk.domain.interview import InterviewDraft, validate_interview
from cep_desk.domain.messages import ValidationFailed
from cep_desk.services.changes import ChangeRecorder, snapshot
from cep_desk.services.context import ServiceContext
from cep_desk.services.counsellor import current_levels
from cep_desk.storage.models import Accompaniment, Beneficiary, Interview

_FIELDS = ("starts_at", "duration_min", "channel", "format", "site_id", "level", "purpose",
           "notes_shareable", "notes_private")


class InterviewService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def record(self, beneficiary_id: str, accompaniment_id: str | None, draft: InterviewDraft) -> str:
        with self.ctx.store.write() as s:
            person = s.get(Beneficiary, beneficiary_id)
            if person is None or person.deleted_at is not None:
                raise LookupError(beneficiary_id)
            acc = s.get(Accompaniment, accompaniment_id) if accompaniment_id else None
            if accompaniment_id and (acc is None or acc.beneficiary_id != beneficiary_id):
                raise LookupError(accompaniment_id)  # not this person's accompaniment
            issues = validate_interview(draft, self.ctx.today(), acc.status if acc else None,
                                        current_levels(s))
            if issues:
                raise ValidationFailed(issues)
            row = Interview(beneficiary_id=beneficiary_id, accompaniment_id=accompaniment_id,
                            **{f: getattr(draft, f) for f in _FIELDS})
            ChangeRecorder(s, self.ctx.actor).inserted(row)
            return row.id

    def update(self, interview_id: str, draft: InterviewDraft) -> list[str]:
        with self.ctx.store.write() as s:
            row = s.get(Interview, interview_id)
            if row is None or row.deleted_at is not None:
                raise LookupError(interview_id)
            issues = validate_interview(draft, self.ctx.today(), None, current_levels(s))
            if issues:
                raise ValidationFailed(issues)
            before = snapshot(row)
            for f in _FIELDS:
                setattr(row, f, getattr(draft, f))
            return ChangeRecorder(s, self.ctx.actor).updated(row, before)

    def delete(self, interview_id: str) -> None:
        with self.ctx.store.write() as s:
            row = s.get(Interview, interview_id)
            if row is None or row.deleted_at is not None:
                raise LookupError(interview_id)
            ChangeRecorder(s, self.ctx.actor).deleted(row)
