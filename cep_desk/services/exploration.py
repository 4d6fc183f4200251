"""Exploration options, written inside a session's transaction. None is ever deleted:
a rejected option stays, crossed out, with its reason."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from cep_desk.domain.exploration import ExplorationOption
from cep_desk.services.changes import ChangeRecorder, snapshot
from cep_desk.storage.models import ExplorationOption as OptionRow

_FIELDS = ("label", "state", "code_ogr", "code_rome", "want", "can", "market", "reason")


def to_domain(r: OptionRow) -> ExplorationOption:
    return ExplorationOption(**{f: getattr(r, f) for f in _FIELDS}, id=r.id)


def _rows(s: Session, beneficiary_id: str) -> list[OptionRow]:
    return list(s.scalars(select(OptionRow).where(
        OptionRow.beneficiary_id == beneficiary_id, OptionRow.deleted_at.is_(None)
    ).order_by(OptionRow.position, OptionRow.created_at)))


def load_options(s: Session, beneficiary_id: str) -> list[ExplorationOption]:
    return [to_domain(r) for r in _rows(s, beneficiary_id)]


def apply_options(s: Session, rec: ChangeRecorder, beneficiary_id: str, interview_id: str | None,
                  options: list[ExplorationOption], today: date) -> int:
    """Insert or update the given options (in that order); return how many rows changed."""
    existing = {r.id: r for r in _rows(s, beneficiary_id)}
    changed = 0
    for position, o in enumerate(options):
        row = existing.get(o.id)
        if row is None:
            if s.get(OptionRow, o.id) is not None:
                raise LookupError(o.id)  # another person's option, or a deleted one
            rec.inserted(OptionRow(beneficiary_id=beneficiary_id, interview_id=interview_id, state_on=today,
                                   position=position, id=o.id, **{f: getattr(o, f) for f in _FIELDS}))
            changed += 1
            continue
        before = snapshot(row)
        if row.state != o.state:
            row.state_on, row.interview_id = today, interview_id
        for f in _FIELDS:
            setattr(row, f, getattr(o, f))
        row.position = position
        changed += bool(rec.updated(row, before))
    return changed
