"""The agenda: plan, move, cancel appointments at a site; list them per day or week; export .ics.

The next appointment a conclusion gives (``conclusion.next_appointment``) is
*read* here rather than copied into an ``appointment`` row when the session
is saved: the conclusion stays the one place it is written (editing it moves
it in the agenda too, no second row to keep in step, no hook in the session
save). It shows as ``source == "conclusion"`` — the latest conclusion of the
person only, and only when no appointment of that person is planned that same
day — and becomes a real appointment once the counsellor plans it at a site.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from cep_desk.domain import agenda as ag
from cep_desk.domain.due import day_span_utc, initials, local_now, to_local, to_utc, week_of
from cep_desk.domain.ics import CalendarEvent, calendar
from cep_desk.domain.messages import Issue, ValidationFailed, raise_if_blocking
from cep_desk.services.changes import ChangeRecorder, snapshot
from cep_desk.services.context import ServiceContext
from cep_desk.services.interviews import _site_issues
from cep_desk.services.plans import live_person
from cep_desk.storage.models import Beneficiary, Conclusion, Interview, Site
from cep_desk.storage.models_cockpit import Appointment

CONCLUSION = "conclusion"
KEEP = "keep"        # ``move``: leave the site as it is


@dataclass(frozen=True)
class AppointmentView:
    id: str                         # the appointment's id, or "conclusion:<id>"
    beneficiary_id: str | None
    person: str                     # "Léa DUPONT", "" when nobody is named
    initials: str
    site_id: str | None
    site_name: str
    site_kind: str
    starts_local: datetime          # Paris wall-clock time
    starts_utc: datetime
    duration_min: int
    modality: str
    note: str
    status: str
    source: str = "appointment"
    conflict: bool = False          # overlaps another planned appointment

    @property
    def ends_local(self) -> datetime:
        return self.starts_local + timedelta(minutes=self.duration_min)


def _name(b: Beneficiary | None) -> tuple[str, str]:
    if b is None:
        return "", ""
    return f"{b.first_name} {b.last_name.upper()}".strip(), initials(b.first_name, b.last_name)


def flag_conflicts(views: list[AppointmentView]) -> list[AppointmentView]:
    """Mark every planned appointment that overlaps another planned one (sorted by start)."""
    planned = [v for v in views if v.status == ag.PLANNED]
    clashing: set[str] = set()
    for i, a in enumerate(planned):
        for b in planned[i + 1:]:
            if b.starts_local >= a.ends_local:
                break
            hosted = ag.hosts(a.beneficiary_id, a.site_id, b.site_id) or ag.hosts(b.beneficiary_id, b.site_id,
                                                                                    a.site_id)
            if not hosted:
                clashing.update((a.id, b.id))
    return [replace(v, conflict=v.id in clashing) for v in views]


class AgendaService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    # -- writing -------------------------------------------------------------------------------
    def plan(self, draft: ag.AppointmentDraft, *, confirmed: bool = False) -> str:
        """Plan an appointment; an overlap or a time in the past asks for confirmation first."""
        with self.ctx.store.write() as s:
            if draft.beneficiary_id is not None:
                live_person(s, draft.beneficiary_id)
            self._check(s, draft, None, confirmed)
            row = Appointment(beneficiary_id=draft.beneficiary_id, site_id=draft.site_id,
                              starts_at=to_utc(draft.starts_at), duration_min=int(draft.duration_min),
                              modality=draft.modality, note=draft.note, status=ag.PLANNED)
            ChangeRecorder(s, self.ctx.actor).inserted(row)
            return row.id

    def move(self, appointment_id: str, starts_at: datetime, duration_min: int | None = None,
             site_id: str | None = KEEP, *, confirmed: bool = False) -> list[str]:
        """Another time (and duration, site); ``site_id`` left out keeps the site. Returns the fields changed."""
        with self.ctx.store.write() as s:
            row = self._planned(s, appointment_id)
            draft = ag.AppointmentDraft(starts_at, duration_min or row.duration_min,
                                        row.site_id if site_id == KEEP else site_id,
                                        row.beneficiary_id, row.modality, row.note)
            self._check(s, draft, appointment_id, confirmed)
            before = snapshot(row)
            row.starts_at, row.duration_min, row.site_id = to_utc(starts_at), int(draft.duration_min), draft.site_id
            return ChangeRecorder(s, self.ctx.actor).updated(row, before, "move_appointment")

    def cancel(self, appointment_id: str) -> None:
        self._set_status(appointment_id, ag.CANCELLED, None)

    def mark_done(self, appointment_id: str, interview_id: str | None = None) -> None:
        """The appointment took place; ``interview_id`` links the session recorded for it."""
        self._set_status(appointment_id, ag.DONE, interview_id)

    def _set_status(self, appointment_id: str, status: str, interview_id: str | None) -> None:
        with self.ctx.store.write() as s:
            row = self._planned(s, appointment_id)
            if interview_id is not None:
                interview = s.get(Interview, interview_id)
                if interview is None or interview.deleted_at is not None:
                    raise LookupError(interview_id)
            before = snapshot(row)
            row.status, row.interview_id = status, interview_id
            ChangeRecorder(s, self.ctx.actor).updated(row, before, f"{status}_appointment")

    def _planned(self, s: Session, appointment_id: str) -> Appointment:
        row = s.get(Appointment, appointment_id)
        if row is None or row.deleted_at is not None:
            raise LookupError(appointment_id)
        if row.status != ag.PLANNED:
            raise ValidationFailed([Issue("status", ag.NOT_PLANNED)])
        return row

    def _check(self, s: Session, draft: ag.AppointmentDraft, ignore_id: str | None, confirmed: bool) -> None:
        busy = self._busy(s, draft)
        issues = ag.validate_appointment(draft, local_now(self.ctx.now()), ag.conflicts(draft, busy, ignore_id))
        issues += _site_issues(s, draft.site_id)
        raise_if_blocking(issues, confirmed)

    def _busy(self, s: Session, draft: ag.AppointmentDraft) -> list[ag.Busy]:
        """Planned appointments (conclusions' included) from the day before to the day after (a long one
        may cross midnight); the person's own conclusion appointment is what this plan replaces."""
        day = draft.starts_at.date()
        return [ag.Busy(v.id, v.starts_local, v.duration_min, v.beneficiary_id, v.site_id)
                for v in self._views(s, day - timedelta(days=1), day + timedelta(days=1), True)
                if v.status == ag.PLANNED
                and not (v.source == CONCLUSION and v.beneficiary_id == draft.beneficiary_id)]

    # -- reading -------------------------------------------------------------------------------
    def between(self, first: date, last: date, *, include_cancelled: bool = False,
                include_conclusions: bool = True) -> list[AppointmentView]:
        """Appointments of the Paris days ``first``..``last`` (inclusive), by start; conflicts flagged."""
        with self.ctx.store.read() as s:
            views = self._views(s, first, last, include_conclusions)
        if not include_cancelled:
            views = [v for v in views if v.status != ag.CANCELLED]
        return flag_conflicts(views)

    def _views(self, s: Session, first: date, last: date, include_conclusions: bool) -> list[AppointmentView]:
        """Every appointment of the days, cancelled included, by start."""
        lo, _ = day_span_utc(first)
        _, hi = day_span_utc(last)
        q = (select(Appointment, Beneficiary, Site)
             .outerjoin(Beneficiary, Beneficiary.id == Appointment.beneficiary_id)
             .outerjoin(Site, Site.id == Appointment.site_id)
             .where(Appointment.deleted_at.is_(None), Appointment.starts_at >= lo, Appointment.starts_at < hi))
        views = []
        for a, b, site in s.execute(q):
            person, ini = _name(b)
            views.append(AppointmentView(
                a.id, a.beneficiary_id, person, ini, a.site_id, site.name if site else "",
                site.kind if site else "", to_local(a.starts_at), a.starts_at, a.duration_min, a.modality,
                a.note, a.status))
        if include_conclusions:  # a cancelled appointment also stands for the conclusion's one
            views += self._from_conclusions(s, first, last, views)
        views.sort(key=lambda v: (v.starts_local, v.site_name, v.person))
        return views

    def day(self, day: date) -> list[AppointmentView]:
        return self.between(day, day)

    def week(self, day: date) -> list[AppointmentView]:
        monday, sunday = week_of(day)
        return self.between(monday, sunday)

    def _from_conclusions(self, s: Session, first: date, last: date,
                          planned: list[AppointmentView]) -> list[AppointmentView]:
        lo = datetime.combine(first, datetime.min.time())
        hi = datetime.combine(last + timedelta(days=1), datetime.min.time())
        this, other = aliased(Interview), aliased(Interview)
        later = select(other.id).where(  # a later session makes this conclusion's appointment history
            other.beneficiary_id == Conclusion.beneficiary_id, other.deleted_at.is_(None),
            other.starts_at > this.starts_at).exists()
        q = (select(Conclusion.id, Conclusion.beneficiary_id, Conclusion.next_appointment)
             .join(this, this.id == Conclusion.interview_id)
             .where(Conclusion.deleted_at.is_(None), this.deleted_at.is_(None),
                    Conclusion.next_appointment >= lo, Conclusion.next_appointment < hi, ~later))
        taken = {(v.beneficiary_id, v.starts_local.date()) for v in planned}
        found = [(cid, bid, at) for cid, bid, at in s.execute(q) if (bid, at.date()) not in taken]
        people = {b.id: b for b in s.scalars(select(Beneficiary).where(
            Beneficiary.id.in_({bid for _c, bid, _a in found}), Beneficiary.deleted_at.is_(None)))}
        out = []
        for cid, bid, at in found:
            if bid not in people:
                continue
            person, ini = _name(people[bid])
            out.append(AppointmentView(f"{CONCLUSION}:{cid}", bid, person, ini, None, "", "", at, to_utc(at),
                                       60, "presentiel", "", ag.PLANNED, CONCLUSION))
        return out

    def ics(self, first: date, last: date, *, full_names: bool = False) -> str:
        """The counsellor's appointments as an iCalendar file: initials only unless ``full_names``;
        site as LOCATION; no note (it may hold personal details)."""
        events = []
        for v in self.between(first, last, include_cancelled=True):
            who = (v.person if full_names else v.initials) or ""
            summary = f"CEP – {who}" if who else "CEP"
            events.append(CalendarEvent(v.id, v.starts_utc, v.duration_min, summary, v.site_name,
                                        "cancelled" if v.status == ag.CANCELLED else "planned"))
        return calendar(events, to_utc(local_now(self.ctx.now())))
