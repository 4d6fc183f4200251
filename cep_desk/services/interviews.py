"""Record sessions (entretiens): the plain record — when, where, how, how long, notes.
The guided co-construction session is ``services.sessions``."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from cep_desk.domain import messages as m
from cep_desk.domain.interview import InterviewDraft, validate_interview
from cep_desk.domain.messages import Issue, ValidationFailed
from cep_desk.services.changes import ChangeRecorder, snapshot
from cep_desk.services.context import ServiceContext
from cep_desk.services.counsellor import current_levels
from cep_desk.services.plans import live_person
from cep_desk.storage.models import Accompaniment, Conclusion, DiagnosisVersion, Interview, Site

INTERVIEW_FIELDS = ("starts_at", "duration_min", "channel", "format", "site_id", "level", "purpose",
                    "notes_shareable", "notes_private")


def _allowed_levels(s: Session, acc: Accompaniment | None, *kept: str) -> set[str]:
    """The operator's current levels, plus the level already recorded: a vocabulary switch
    must not make older accompaniments and sessions impossible to edit."""
    allowed = {c.code for c in current_levels(s).codes}
    if acc is not None:
        allowed.add(acc.level)
    return allowed | set(kept)


def _site_issues(s: Session, site_id: str | None) -> list[Issue]:
    if site_id is None:
        return []
    site = s.get(Site, site_id)
    return [] if site is not None and site.deleted_at is None else [Issue("site_id", m.UNKNOWN_SITE)]


class InterviewService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def record(self, beneficiary_id: str, accompaniment_id: str | None, draft: InterviewDraft) -> str:
        with self.ctx.store.write() as s:
            live_person(s, beneficiary_id)
            acc = s.get(Accompaniment, accompaniment_id) if accompaniment_id else None
            if accompaniment_id and (acc is None or acc.beneficiary_id != beneficiary_id
                                     or acc.deleted_at is not None):
                raise LookupError(accompaniment_id)  # not this person's, or deleted: never revive a tombstone
            issues = validate_interview(draft, self.ctx.today(), acc.status if acc else None,
                                        _allowed_levels(s, acc), acc.first_request_date if acc else None)
            issues += _site_issues(s, draft.site_id)
            if issues:
                raise ValidationFailed(issues)
            row = Interview(beneficiary_id=beneficiary_id, accompaniment_id=accompaniment_id,
                            **{f: getattr(draft, f) for f in INTERVIEW_FIELDS})
            ChangeRecorder(s, self.ctx.actor).inserted(row)
            return row.id

    def update(self, interview_id: str, draft: InterviewDraft) -> list[str]:
        with self.ctx.store.write() as s:
            row = s.get(Interview, interview_id)
            if row is None or row.deleted_at is not None:
                raise LookupError(interview_id)
            acc = s.get(Accompaniment, row.accompaniment_id) if row.accompaniment_id else None
            issues = validate_interview(draft, self.ctx.today(), None, _allowed_levels(s, acc, row.level),
                                        acc.first_request_date if acc else None)
            issues += _site_issues(s, draft.site_id)
            if issues:
                raise ValidationFailed(issues)
            before = snapshot(row)
            for f in INTERVIEW_FIELDS:
                setattr(row, f, getattr(draft, f))
            return ChangeRecorder(s, self.ctx.actor).updated(row, before)

    def delete(self, interview_id: str) -> None:
        with self.ctx.store.write() as s:
            row = s.get(Interview, interview_id)
            if row is None or row.deleted_at is not None:
                raise LookupError(interview_id)
            rec = ChangeRecorder(s, self.ctx.actor)
            # What only this session said goes with it; the plan's history and options stay.
            for model in (Conclusion, DiagnosisVersion):
                for child in s.scalars(select(model).where(model.interview_id == interview_id)):
                    rec.deleted(child)
            rec.deleted(row)
