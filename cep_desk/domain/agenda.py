"""Planned appointments: what a plan needs, and when two overlap for the counsellor.

A session (``interview``) is only recorded once it has taken place; what is
*planned* is an appointment, typed in Paris wall-clock time and stored in UTC
(``cep_desk.domain.due``). An overlap is flagged, not refused: a counsellor
may knowingly book a short call inside a permanence.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from cep_desk.domain.due import is_skipped
from cep_desk.domain.messages import QT_TRANSLATE_NOOP, Issue, Severity

PLANNED, DONE, CANCELLED = "planned", "done", "cancelled"
STATUSES = (PLANNED, DONE, CANCELLED)
MODALITIES = ("presentiel", "telephone", "visio")
MIN_DURATION, MAX_DURATION = 5, 600

DURATION_INVALID = QT_TRANSLATE_NOOP("Validation", "Enter a duration between 5 and 600 minutes.")
MODALITY_INVALID = QT_TRANSLATE_NOOP("Validation", "Choose how the appointment takes place: on site, phone or video.")
TIME_SKIPPED = QT_TRANSLATE_NOOP(
    "Validation", "This time does not exist: clocks go forward one hour that night. Choose another time.")
IN_PAST = QT_TRANSLATE_NOOP(
    "Validation", "This appointment starts on {date}, in the past. Confirm, or choose a later time.")
CONFLICT = QT_TRANSLATE_NOOP(
    "Validation", "This appointment overlaps {count} other appointment(s), the first at {time}. "
                  "Confirm to keep both, or choose another time.")
NOT_PLANNED = QT_TRANSLATE_NOOP("Validation", "This appointment is already done or cancelled: it cannot be changed.")


@dataclass
class AppointmentDraft:
    starts_at: datetime             # Paris wall-clock time, naive
    duration_min: int = 60
    site_id: str | None = None
    beneficiary_id: str | None = None
    modality: str = "presentiel"
    note: str = ""


@dataclass(frozen=True)
class Busy:
    """An appointment already in the agenda, in Paris time."""

    id: str
    starts_local: datetime
    duration_min: int
    beneficiary_id: str | None = None
    site_id: str | None = None

    @property
    def ends_local(self) -> datetime:
        return self.starts_local + timedelta(minutes=self.duration_min)


def overlaps(start: datetime, minutes: int, other: Busy) -> bool:
    """Half-open intervals: an appointment ending at 10:00 does not clash with one starting at 10:00."""
    return start < other.ends_local and other.starts_local < start + timedelta(minutes=minutes)


def hosts(slot_person: str | None, slot_site: str | None, other_site: str | None) -> bool:
    """An open slot (nobody named) at a site is a permanence: appointments at that site are inside it,
    not against it."""
    return slot_person is None and slot_site is not None and other_site == slot_site


def conflicts(draft: AppointmentDraft, busy: Iterable[Busy], ignore_id: str | None = None) -> list[Busy]:
    """The planned appointments the draft overlaps, earliest first (a permanence and what it hosts aside)."""
    return sorted((b for b in busy if b.id != ignore_id and overlaps(draft.starts_at, draft.duration_min, b)
                   and not hosts(b.beneficiary_id, b.site_id, draft.site_id)
                   and not hosts(draft.beneficiary_id, draft.site_id, b.site_id)),
                  key=lambda b: b.starts_local)


def validate_appointment(draft: AppointmentDraft, now_local: datetime, clashes: list[Busy]) -> list[Issue]:
    """Errors (duration, modality, a time that does not exist) and confirmations (past, overlap)."""
    issues: list[Issue] = []
    if not (MIN_DURATION <= int(draft.duration_min) <= MAX_DURATION):
        issues.append(Issue("duration_min", DURATION_INVALID))
    if draft.modality not in MODALITIES:
        issues.append(Issue("modality", MODALITY_INVALID))
    if is_skipped(draft.starts_at):
        issues.append(Issue("starts_at", TIME_SKIPPED))
    elif draft.starts_at < now_local:
        issues.append(Issue("starts_at", IN_PAST, {"date": draft.starts_at.strftime("%d/%m/%Y %H:%M")},
                            severity=Severity.CONFIRM))
    if clashes:
        issues.append(Issue("starts_at", CONFLICT, {"count": str(len(clashes)),
                                                     "time": clashes[0].starts_local.strftime("%H:%M")},
                            severity=Severity.CONFIRM))
    return issues
