"""Conclusions d'entretien: written with the session, re-read at the start of the next one."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from cep_desk.domain.conclusion import ConclusionDraft, FollowUp
from cep_desk.services.changes import ChangeRecorder
from cep_desk.services.context import ServiceContext
from cep_desk.services.views import ConclusionView
from cep_desk.storage.models import Conclusion, Interview


def write_conclusion(rec: ChangeRecorder, beneficiary_id: str, interview_id: str,
                     draft: ConclusionDraft) -> Conclusion:
    fu = draft.follow_up
    row = Conclusion(beneficiary_id=beneficiary_id, interview_id=interview_id, text=draft.text,
                     next_appointment=draft.next_appointment, come_back=fu.come_back, come_back_on=fu.when,
                     come_back_purpose=fu.purpose)
    rec.inserted(row)
    return row


def _view(c: Conclusion, at: datetime | None) -> ConclusionView:
    return ConclusionView(c.id, c.interview_id, at, c.text, c.next_appointment,
                          FollowUp(c.come_back, c.come_back_on, c.come_back_purpose))


def _query(beneficiary_id: str) -> Select:
    return (select(Conclusion, Interview.starts_at)
            .join(Interview, Interview.id == Conclusion.interview_id)
            .where(Conclusion.beneficiary_id == beneficiary_id, Conclusion.deleted_at.is_(None),
                   Interview.deleted_at.is_(None))
            .order_by(Interview.starts_at.desc(), Conclusion.created_at.desc()))


def last_conclusion(s: Session, beneficiary_id: str) -> ConclusionView | None:
    row = s.execute(_query(beneficiary_id).limit(1)).first()
    return _view(*row) if row else None


def conclusions(ctx: ServiceContext, beneficiary_id: str) -> list[ConclusionView]:
    """Newest session first."""
    with ctx.store.read() as s:
        return [_view(c, at) for c, at in s.execute(_query(beneficiary_id)).all()]
