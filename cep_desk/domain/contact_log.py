"""Contacts between sessions (a call, an e-mail, a letter, a text) and the time spent.

The work between appointments is invisible and uncounted (000:674): each
contact is logged in two clicks (kind and a default duration are enough) and
counts, with the sessions, in the time spent per person and per ISO week.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from cep_desk.domain import messages as m
from cep_desk.domain import rules
from cep_desk.domain.codelists import referentials
from cep_desk.domain.messages import Issue

CALL, EMAIL, LETTER, SMS = "appel", "courriel", "courrier", "sms"
DEFAULT_MINUTES = {CALL: 10, EMAIL: 10, LETTER: 20, SMS: 2}
MAX_MINUTES = 240


@dataclass
class ContactLogDraft:
    kind: str
    at: datetime
    duration_min: int | None = None     # None: the kind's usual duration
    note: str = ""
    notes_private: str = ""             # never leaves the desk, like a session's private notes

    @property
    def minutes(self) -> int:
        return DEFAULT_MINUTES.get(self.kind, 10) if self.duration_min is None else int(self.duration_min)


def validate_contact_log(draft: ContactLogDraft, today: date) -> list[Issue]:
    issues: list[Issue | None] = [
        rules.check_code("kind", draft.kind or "?", referentials()["contact_log_kind"]),
        rules.check_past_date("at", draft.at.date(), today),
    ]
    if not (1 <= draft.minutes <= MAX_MINUTES):
        issues.append(Issue("duration_min", m.CONTACT_DURATION_INVALID))
    return [i for i in issues if i is not None]


@dataclass(frozen=True)
class WeekTime:
    """Minutes spent for one person in one ISO week."""

    beneficiary_id: str
    iso_year: int
    iso_week: int
    session_min: int = 0
    contact_min: int = 0
    sessions: int = 0
    contacts: int = 0

    @property
    def total_min(self) -> int:
        return self.session_min + self.contact_min

    @property
    def week(self) -> str:
        return f"{self.iso_year}-W{self.iso_week:02d}"


SESSION, CONTACT = "session", "contact"


def time_per_week(entries: Iterable[tuple[str, datetime, int, str]]) -> list[WeekTime]:
    """(beneficiary id, when, minutes, SESSION or CONTACT) → totals per person and ISO week,
    in week order then person."""
    acc: dict[tuple[str, int, int], list[int]] = {}
    for bid, when, minutes, source in entries:
        year, week, _ = when.isocalendar()
        slot = acc.setdefault((bid, year, week), [0, 0, 0, 0])
        if source == SESSION:
            slot[0] += int(minutes)
            slot[2] += 1
        else:
            slot[1] += int(minutes)
            slot[3] += 1
    rows = [WeekTime(bid, y, w, *v) for (bid, y, w), v in acc.items()]
    rows.sort(key=lambda r: (r.iso_year, r.iso_week, r.beneficiary_id))
    return rows
