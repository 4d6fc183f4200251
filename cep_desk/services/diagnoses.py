"""Diagnosis versions: write one inside a session's transaction, read the history with what changed."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from cep_desk.domain.diagnosis import Diagnosis, diff, join, split
from cep_desk.services.changes import ChangeRecorder
from cep_desk.services.context import ServiceContext
from cep_desk.services.views import DiagnosisVersionView
from cep_desk.storage.models import DiagnosisVersion, Interview


def _query(beneficiary_id: str) -> Select:
    return (select(DiagnosisVersion, Interview.starts_at)
            .join(Interview, Interview.id == DiagnosisVersion.interview_id)
            .where(DiagnosisVersion.beneficiary_id == beneficiary_id, DiagnosisVersion.deleted_at.is_(None)))


def _view(v: DiagnosisVersion, at: datetime | None) -> DiagnosisVersionView:
    return DiagnosisVersionView(v.id, v.number, v.interview_id, at, join(v.payload, v.counsellor_only))


def last_version(s: Session, beneficiary_id: str) -> DiagnosisVersionView | None:
    row = s.execute(_query(beneficiary_id).order_by(DiagnosisVersion.number.desc()).limit(1)).first()
    return _view(*row) if row else None


def save_version(s: Session, rec: ChangeRecorder, beneficiary_id: str, interview_id: str,
                 diagnosis: Diagnosis) -> DiagnosisVersion | None:
    """A new version when the diagnosis differs from the last one; None when unchanged."""
    last = last_version(s, beneficiary_id)
    if last is not None and last.diagnosis == diagnosis:
        return None
    # Numbers are never reused, even after a session (and its version) was deleted.
    top = s.scalar(select(func.max(DiagnosisVersion.number))
                   .where(DiagnosisVersion.beneficiary_id == beneficiary_id)) or 0
    shared, counsellor = split(diagnosis)
    row = DiagnosisVersion(beneficiary_id=beneficiary_id, interview_id=interview_id, number=top + 1,
                           payload=shared, counsellor_only=counsellor)
    rec.inserted(row)
    return row


def history(ctx: ServiceContext, beneficiary_id: str) -> list[DiagnosisVersionView]:
    """Every version, oldest first, each with what changed since the one before."""
    with ctx.store.read() as s:
        versions = [_view(v, at) for v, at in s.execute(_query(beneficiary_id).order_by(DiagnosisVersion.number))]
    out: list[DiagnosisVersionView] = []
    previous: Diagnosis | None = None
    for v in versions:
        out.append(replace(v, changes=tuple(diff(previous, v.diagnosis))))
        previous = v.diagnosis
    return out
