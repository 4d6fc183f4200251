"""A session (entretien). Named ``Interview`` in code so it never collides
with SQLAlchemy's ``Session``; the glossary in docs/ records the mapping."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from cep_desk.domain import messages as m
from cep_desk.domain import rules
from cep_desk.domain.accompaniment import CLOSED
from cep_desk.domain.codelists import referentials
from cep_desk.domain.messages import Issue


@dataclass
class InterviewDraft:
    starts_at: datetime
    duration_min: int = 60
    channel: str = "presentiel"
    format: str = "individuel"
    site_id: str | None = None
    level: str = "N1"
    purpose: str = "cep"
    notes_shareable: str = ""
    notes_private: str = ""


def validate_interview(
    draft: InterviewDraft, today: date, accompaniment_status: str | None, levels,  # type: ignore[no-untyped-def]
    first_request: date | None = None,
) -> list[Issue]:
    """``levels``: the codes allowed (current vocabulary, plus the accompaniment's own level)."""
    ref = referentials()
    if accompaniment_status == CLOSED:
        return [Issue("accompaniment", m.SESSION_ON_CLOSED)]
    issues: list[Issue | None] = [
        rules.check_code("channel", draft.channel, ref["modality_channel"]),
        rules.check_code("format", draft.format, ref["modality_format"]),
        rules.check_code("purpose", draft.purpose, ref["session_purpose"]),
        rules.check_code("level", draft.level, levels),
    ]
    day = draft.starts_at.date()
    if day.year < 1900:
        issues.append(Issue("starts_at", m.DATE_TOO_OLD))
    elif day > today:
        issues.append(Issue("starts_at", m.SESSION_IN_FUTURE))
    elif first_request is not None and day < first_request:
        issues.append(Issue("starts_at", m.SESSION_BEFORE_REQUEST, {"date": first_request.strftime("%d/%m/%Y")}))
    if not (1 <= int(draft.duration_min) <= 600):
        issues.append(Issue("duration_min", m.DURATION_INVALID))
    return [i for i in issues if i is not None]
