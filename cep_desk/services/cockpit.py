"""The home view's read model: what is due today, this week, overdue, awaited — in one pass.

Like ``services/caseload.py``: a handful of set-wise raw SQL queries on one
read snapshot (a plain DB-API cursor: SQLAlchemy's row wrapping costs more
than the SQL), assembled by the rules of ``cep_desk.domain.due``. Jalons of a
closed parcours are left out: the parcours is over, they are history. Snoozed
and done reminders are hidden (except today's appointments, which stay in the
day's list). Reminders themselves (snooze / done) are written by
``ReminderService`` through ``ChangeRecorder``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select

from cep_desk.domain import due
from cep_desk.domain.accompaniment import OPEN_STATUSES
from cep_desk.domain.plan import MAX_REMINDER_DAYS
from cep_desk.services.agenda import AgendaService, AppointmentView
from cep_desk.services.changes import ChangeRecorder, snapshot
from cep_desk.services.context import ServiceContext
from cep_desk.storage.caseload_cache import STORED_DATETIME as _STORED_DATETIME
from cep_desk.storage.caseload_cache import as_date as _as_date
from cep_desk.storage.models_cockpit import ReminderState

# Every query below reads a covering index (models_cockpit.py declares them): no table page.
# One row per person: the status of their latest accompaniment (SQLite gives the bare columns of the MAX row).
_LAST_ACC = """SELECT beneficiary_id, status, MAX(created_at) FROM accompaniment
               WHERE deleted_at IS NULL GROUP BY beneficiary_id"""
_PAUSED = """SELECT id, beneficiary_id, return_date, created_at FROM accompaniment
             WHERE status = 'en_pause' AND deleted_at IS NULL"""
_PEOPLE = "SELECT id, first_name, last_name FROM beneficiary WHERE deleted_at IS NULL"
# Who was seen since the limit: only the last weeks of sessions and contacts are read.
_SEEN_SINCE = """SELECT beneficiary_id FROM interview WHERE starts_at >= :since AND starts_at <= :now
                 AND deleted_at IS NULL
                 UNION ALL SELECT beneficiary_id FROM contact_log WHERE at >= :since AND at <= :now
                 AND deleted_at IS NULL"""
# The last contact of the silent ones: one index seek per person and table (MAX on an index).
_LAST_SEEN = """SELECT value,
                  (SELECT MAX(starts_at) FROM interview WHERE beneficiary_id = value AND deleted_at IS NULL
                   AND starts_at <= :now),
                  (SELECT MAX(at) FROM contact_log WHERE beneficiary_id = value AND deleted_at IS NULL
                   AND at <= :now)
                FROM json_each(:ids)"""
_JALONS = """SELECT id, beneficiary_id, "on", label, kind, remind_days_before FROM milestone
             WHERE deleted_at IS NULL AND done = 0 AND "on" <= :horizon"""
_FUNDING = """SELECT f.id, f.beneficiary_id, f.lever, f.funder, f.decision, f.decision_expected_on, a.label
              FROM funding_file f LEFT JOIN plan_action a ON a.id = f.action_id
              WHERE f.deleted_at IS NULL AND f.decision = 'en_attente' AND f.decision_expected_on < :today"""
_MARKS = "SELECT key, snoozed_until, done FROM reminder_state WHERE deleted_at IS NULL"

# (key, beneficiary id or None, label, since) of partner entries to re-verify: the partner directory
# (issue 5) plugs in here; see ``Services``.
ReverifySource = Callable[[date], list[tuple[str, str | None, str, date | None]]]


@dataclass(frozen=True)
class Cockpit:
    today: date
    no_contact_weeks: int
    sections: dict[str, list[due.DueItem]]
    people: dict[str, tuple[str, str]]           # id -> (first name, last name), every live person
    appointments: list[AppointmentView]          # today's, by start (conflicts flagged)
    reminders: list[due.DueItem] = field(default_factory=list)
    reverify_available: bool = False

    def count(self, section: str) -> int:
        return len(self.sections.get(section, []))

    def name(self, beneficiary_id: str | None) -> str:
        """"Léa DUPONT" (built when shown: the read model holds the raw names of 10,000 people)."""
        first_last = self.people.get(beneficiary_id or "")
        return f"{first_last[0]} {first_last[1].upper()}".strip() if first_last else ""


def load_cockpit(ctx: ServiceContext, no_contact_weeks: int = due.DEFAULT_NO_CONTACT_WEEKS,
                 reverify: ReverifySource | None = None) -> Cockpit:
    today = ctx.today()
    now = due.local_now(ctx.now()).strftime(_STORED_DATETIME)
    weeks = max(1, no_contact_weeks)
    seen_since = (today - timedelta(weeks=weeks) + timedelta(days=1)).isoformat()
    horizon = (today + timedelta(days=max(MAX_REMINDER_DAYS, 7))).isoformat()
    with ctx.store.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        conn.exec_driver_sql("SELECT 1")  # one read transaction: one consistent snapshot
        people = {r[0]: (r[1], r[2]) for r in raw.execute(_PEOPLE)}
        status = {r[0]: r[1] for r in raw.execute(_LAST_ACC)}
        paused = sorted(raw.execute(_PAUSED).fetchall(), key=lambda r: r[3])
        seen = {r[0] for r in raw.execute(_SEEN_SINCE, {"since": seen_since, "now": now})}
        silent = [b for b, st in status.items() if st in OPEN_STATUSES and b in people and b not in seen]
        last_seen: dict[str, date | None] = {}
        for bid, session_at, contact_at in raw.execute(_LAST_SEEN, {"ids": json.dumps(silent), "now": now}):
            days = [d for d in (_as_date(session_at), _as_date(contact_at)) if d is not None]
            last_seen[bid] = max(days) if days else None
        jalons = raw.execute(_JALONS, {"horizon": horizon}).fetchall()
        funding = raw.execute(_FUNDING, {"today": today.isoformat()}).fetchall()
        marks = {k: due.ReminderMark(_as_date(until), bool(done)) for k, until, done in raw.execute(_MARKS)}
        conn.rollback()

    closed = {b for b, st in status.items() if st not in OPEN_STATUSES}
    jalon_rows = [due.JalonRow(i, b, date.fromisoformat(on), label or "", kind, False, rd)
                  for i, b, on, label, kind, rd in jalons if b in people and b not in closed]
    funding_rows = [due.FundingRow(i, b, lever, funder or "", decision, _as_date(exp), label or "")
                    for i, b, lever, funder, decision, exp, label in funding if b in people and b not in closed]
    # The latest paused accompaniment of each person whose current status is paused.
    latest_paused = {b: (i, ret) for i, b, ret, _created in paused if status.get(b) == due.PAUSED_STATUS}
    paused_rows = [due.PausedRow(i, b, due.PAUSED_STATUS, _as_date(ret))
                   for b, (i, ret) in latest_paused.items() if b in people]

    appointments = AgendaService(ctx).day(today)
    sections = {
        due.APPOINTMENTS: due.appointments_on(_slots(appointments), today),
        due.WEEK: due.jalons_this_week(jalon_rows, today),
        due.OVERDUE: due.overdue_jalons(jalon_rows, today),
        due.FUNDING: due.awaited_decisions(funding_rows, today),
        due.PAUSED: due.paused_to_resume(paused_rows, today),
        due.REVERIFY: [due.DueItem(due.REVERIFY, f"partner:{key}", bid, since, label, "", "partner", ref_id=key)
                       for key, bid, label, since in (reverify(today) if reverify else [])],
        due.NO_CONTACT: due.without_contact(last_seen, today, weeks),
    }
    if marks:
        for name, items in sections.items():
            if name != due.APPOINTMENTS:
                sections[name] = due.visible(items, marks, today)
    upcoming = [due.DueItem(due.WEEK, f"milestone:{r.id}", r.beneficiary_id, r.on, r.label, r.kind, "plan",
                            ref_id=r.id)
                for r in jalon_rows if r.on >= today and due.jalon_reminder_due(r, today)]
    reminders = due.visible([*sections[due.APPOINTMENTS], *sections[due.OVERDUE], *upcoming,
                             *sections[due.FUNDING], *sections[due.PAUSED]], marks, today)
    seen_keys: set[str] = set()
    reminders = [r for r in reminders if not (r.key in seen_keys or seen_keys.add(r.key))]  # type: ignore[func-returns-value]
    return Cockpit(today, weeks, sections, people, appointments, reminders, reverify is not None)


def _slots(views: list[AppointmentView]) -> list[due.SlotRow]:
    return [due.SlotRow(v.id, v.beneficiary_id, v.starts_local, v.duration_min, v.site_id, v.site_name,
                        v.site_kind, v.status, v.source) for v in views]


class ReminderService:
    """Snooze a reminder until a day, or mark it done; reopen undoes either. One row per key."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def snooze(self, key: str, until: date, beneficiary_id: str | None = None) -> None:
        if until <= self.ctx.today():
            raise ValueError(until)
        self._set(key, beneficiary_id, snoozed_until=until, done=False)

    def done(self, key: str, beneficiary_id: str | None = None) -> None:
        self._set(key, beneficiary_id, snoozed_until=None, done=True)

    def reopen(self, key: str) -> None:
        self._set(key, None, snoozed_until=None, done=False)

    def _set(self, key: str, beneficiary_id: str | None, **values: object) -> None:
        with self.ctx.store.write() as s:
            rec = ChangeRecorder(s, self.ctx.actor)
            row = s.scalars(select(ReminderState).where(ReminderState.key == key)).first()
            if row is None:
                rec.inserted(ReminderState(key=key, beneficiary_id=beneficiary_id, **values))
                return
            before = snapshot(row)
            for name, value in values.items():
                setattr(row, name, value)
            if row.deleted_at is not None:   # a tombstone is never revived; ours are never deleted
                raise LookupError(key)
            rec.updated(row, before, "reminder")
