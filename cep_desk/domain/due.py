"""What is due: the rules behind the cockpit ("faut que je revois cette personne-là", BRIEF §4).

Every rule takes the day (or the moment) as an argument — never the clock —
so tests freeze it, and the window, the command line and the reminders agree.

Time: stored moments are UTC (naive); the counsellor lives in Europe/Paris.
A "day" is a Paris calendar day, whose UTC span is 23 h on the last Sunday of
March and 25 h on the last Sunday of October; a "week" is the ISO week,
Monday to Sunday, of that calendar. Naive local moments (a conclusion's next
appointment, the service clock) are Paris wall-clock times.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

PARIS = ZoneInfo("Europe/Paris")
DEFAULT_NO_CONTACT_WEEKS = 8

# Sections of the home view, in display order.
APPOINTMENTS, WEEK, OVERDUE, FUNDING, PAUSED, REVERIFY, NO_CONTACT = (
    "appointments", "week", "overdue", "funding", "paused", "reverify", "no_contact")
SECTIONS = (APPOINTMENTS, WEEK, OVERDUE, FUNDING, PAUSED, REVERIFY, NO_CONTACT)


# -- time --------------------------------------------------------------------------------------
def to_utc(local: datetime) -> datetime:
    """A Paris wall-clock time (naive or aware) as naive UTC. An ambiguous time (the repeated hour
    of October) is the first one; a time in the skipped hour of March is read with the offset
    before the change (02:30 becomes 03:30 local) — ``is_skipped`` lets a form refuse it."""
    aware = local if local.tzinfo is not None else local.replace(tzinfo=PARIS)
    return aware.astimezone(UTC).replace(tzinfo=None)


def to_local(utc: datetime) -> datetime:
    """Naive UTC as naive Paris wall-clock time."""
    return utc.replace(tzinfo=UTC).astimezone(PARIS).replace(tzinfo=None)


def is_skipped(local: datetime) -> bool:
    """True for a wall-clock time that does not exist in Paris (the hour skipped in March)."""
    return to_local(to_utc(local)) != local.replace(tzinfo=None)


def local_now(now: datetime) -> datetime:
    """The clock's value as naive Paris time (an aware value is converted; a naive one is Paris)."""
    return now.astimezone(PARIS).replace(tzinfo=None) if now.tzinfo is not None else now


def day_span_utc(day: date) -> tuple[datetime, datetime]:
    """[start, end) of a Paris calendar day in naive UTC: 23 h or 25 h long on DST change days."""
    return to_utc(datetime.combine(day, time.min)), to_utc(datetime.combine(day + timedelta(days=1), time.min))


def week_of(day: date) -> tuple[date, date]:
    """Monday and Sunday of the ISO week holding ``day``."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def week_label(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


# -- inputs (rows read by the services) --------------------------------------------------------
# Named tuples rather than dataclasses: the home view builds thousands of them in its 200 ms.
class JalonRow(NamedTuple):
    id: str
    beneficiary_id: str
    on: date
    label: str
    kind: str
    done: bool
    remind_days_before: int | None = None


class FundingRow(NamedTuple):
    id: str
    beneficiary_id: str
    lever: str
    funder: str
    decision: str
    decision_expected_on: date | None
    action_label: str = ""


class PausedRow(NamedTuple):
    accompaniment_id: str
    beneficiary_id: str
    status: str
    return_date: date | None


class SlotRow(NamedTuple):
    """An appointment, already in Paris time."""

    id: str
    beneficiary_id: str | None
    starts_local: datetime
    duration_min: int
    site_id: str | None
    site_name: str
    site_kind: str
    status: str
    source: str = "appointment"    # or "conclusion": the next appointment a conclusion gave

    @property
    def ends_local(self) -> datetime:
        return self.starts_local + timedelta(minutes=self.duration_min)


# -- output ----------------------------------------------------------------------------------
class DueItem(NamedTuple):
    """One line of the home view; ``key`` names it for snooze / done; ``tab`` is where the
    person's file should open (``plan``, ``accompaniment``, ``sessions`` or ``""``)."""

    section: str
    key: str
    beneficiary_id: str | None
    on: date | None
    label: str
    detail: str = ""
    tab: str = ""
    at: datetime | None = None      # appointments: Paris start time
    ref_id: str = ""


@dataclass(frozen=True)
class ReminderMark:
    snoozed_until: date | None = None
    done: bool = False

    def hides(self, today: date) -> bool:
        return self.done or (self.snoozed_until is not None and self.snoozed_until > today)


# -- rules -----------------------------------------------------------------------------------
PAUSED_STATUS, OPEN_DECISION = "en_pause", "en_attente"


def jalons_this_week(rows: Iterable[JalonRow], today: date) -> list[DueItem]:
    """Not done, due from today to Sunday of this ISO week (earlier ones are overdue)."""
    _, sunday = week_of(today)
    return sorted((_jalon(WEEK, r) for r in rows if not r.done and today <= r.on <= sunday),
                  key=lambda i: (i.on, i.label))


def overdue_jalons(rows: Iterable[JalonRow], today: date) -> list[DueItem]:
    """Not done and due before today: oldest first."""
    return sorted((_jalon(OVERDUE, r) for r in rows if not r.done and r.on < today), key=lambda i: (i.on, i.label))


def jalon_reminder_due(row: JalonRow, today: date) -> bool:
    """The jalon's own reminder ("N days before") has started, or it is overdue."""
    if row.done:
        return False
    return row.on - timedelta(days=row.remind_days_before or 0) <= today


def _jalon(section: str, r: JalonRow) -> DueItem:
    return DueItem(section, f"milestone:{r.id}", r.beneficiary_id, r.on, r.label, r.kind, "plan", ref_id=r.id)


def awaited_decisions(rows: Iterable[FundingRow], today: date) -> list[DueItem]:
    """Funding decisions still pending after the day they were expected."""
    out = [DueItem(FUNDING, f"funding:{r.id}", r.beneficiary_id, r.decision_expected_on,
                   r.action_label or r.lever, r.funder, "plan", ref_id=r.id)
           for r in rows if r.decision == OPEN_DECISION and r.decision_expected_on is not None
           and r.decision_expected_on < today]
    return sorted(out, key=lambda i: (i.on, i.label))


def paused_to_resume(rows: Iterable[PausedRow], today: date) -> list[DueItem]:
    """Paused parcours whose return date has come (today included)."""
    out = [DueItem(PAUSED, f"paused:{r.accompaniment_id}:{r.return_date.isoformat()}", r.beneficiary_id,
                   r.return_date, "", "", "accompaniment", ref_id=r.accompaniment_id)
           for r in rows if r.status == PAUSED_STATUS and r.return_date is not None and r.return_date <= today]
    return sorted(out, key=lambda i: i.on or today)


def without_contact(last_contacts: dict[str, date | None], today: date,
                    weeks: int = DEFAULT_NO_CONTACT_WEEKS) -> list[DueItem]:
    """People (of an open parcours: the caller passes only them) whose last session or logged
    contact is ``weeks`` weeks old or more; never seen at all counts too. Longest silence first."""
    limit = today - timedelta(weeks=max(1, weeks))
    out = [DueItem(NO_CONTACT, f"contact:{bid}:{last.isoformat() if last else 'never'}", bid, last, "", "",
                   "sessions")
           for bid, last in last_contacts.items() if last is None or last <= limit]
    return sorted(out, key=lambda i: (i.on or date.min))


def appointments_on(slots: Iterable[SlotRow], day: date) -> list[DueItem]:
    """Planned appointments of a Paris day, by site then time (permanences are sites too)."""
    out = [DueItem(APPOINTMENTS, f"appointment:{s.id}", s.beneficiary_id, day, s.site_name, s.site_kind,
                   "sessions", at=s.starts_local, ref_id=s.id)
           for s in slots if s.status == "planned" and s.starts_local.date() == day]
    return sorted(out, key=lambda i: (i.label.casefold(), i.at))


def visible(items: Iterable[DueItem], marks: dict[str, ReminderMark], today: date) -> list[DueItem]:
    """Items neither done nor snoozed past today."""
    return [i for i in items if i.key not in marks or not marks[i.key].hides(today)]


def initials(first_name: str, last_name: str) -> str:
    """"Léa Dupont-Martin" → "L. D.": what a calendar on a phone may show."""
    parts = [p for p in (first_name.strip(), last_name.strip()) if p]
    return " ".join(f"{p[0].upper()}." for p in parts)
