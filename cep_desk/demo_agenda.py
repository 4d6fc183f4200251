"""The demo's living cockpit: appointments this week at the demo sites (permanences included),
a few paused parcours due back, relative to the demo's "today".

The generated caseload already has overdue jalons, funding decisions awaited
past their date and next appointments in conclusions; this adds what only the
agenda holds. Deterministic (seeded), written through ``ChangeRecorder`` like
the rest of the demo, so the outbox and audit are complete.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from cep_desk.domain.accompaniment import ACTIVE, PAUSED, REOPENED
from cep_desk.domain.due import to_utc
from cep_desk.services.changes import ChangeRecorder, snapshot
from cep_desk.services.facade import Services
from cep_desk.storage.models import Accompaniment, AccompanimentStatusChange, Beneficiary, Interview, Site
from cep_desk.storage.models_cockpit import Appointment

# (day offset from today, hour, minute, duration, site name prefix or None for a call, modality, with a person)
_WEEK = (
    (0, 9, 30, 60, "Rodez", "presentiel", True),
    (0, 11, 0, 45, "Rodez", "presentiel", True),
    (0, 14, 0, 240, "Saint-Affrique", "presentiel", False),   # the afternoon permanence, open slot
    (0, 14, 30, 60, "Saint-Affrique", "presentiel", True),
    (0, 15, 0, 20, None, "telephone", True),                  # a call inside the permanence: flagged
    (0, 16, 30, 60, "Saint-Affrique", "presentiel", True),
    (1, 9, 0, 90, "Millau", "presentiel", True),
    (1, 14, 0, 60, "Millau", "presentiel", True),
    (2, 10, 0, 60, None, "visio", True),
    (3, 9, 30, 60, "Decazeville", "presentiel", True),
    (3, 11, 0, 60, "Decazeville", "presentiel", True),
    (4, 9, 0, 60, "Marvejols", "presentiel", True),
    (4, 10, 30, 60, "Marvejols", "presentiel", True),
    (7, 9, 30, 60, "Rodez", "presentiel", True),
)
RESUMING = 2          # paused parcours whose return date is made to fall today / yesterday


def _weekday(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


class _Day:
    """The counsellor's booked times, to place each demo appointment at the next free half hour.
    An open permanence slot blocks every other site, not its own."""

    def __init__(self) -> None:
        self.busy: list[tuple[datetime, datetime, str | None, bool]] = []

    def reserve(self, start: datetime, minutes: int, site: str | None) -> None:
        self.busy.append((start, start + timedelta(minutes=minutes), site, True))

    def permanence_on(self, when: datetime) -> str | None:
        return next((s for a, b, s, slot in self.busy if slot and a <= when < b), None)

    def place(self, start: datetime, minutes: int, site: str | None) -> datetime:
        while True:
            end = start + timedelta(minutes=minutes)
            if start.hour >= 18:
                start = datetime.combine(_weekday(start.date() + timedelta(days=1)), time(9, 0))
                continue
            if all(end <= a or b <= start or (slot and site == s) for a, b, s, slot in self.busy):
                self.busy.append((start, end, site, False))
                return start
            start += timedelta(minutes=30)


def populate(services: Services, today: date, seed: int = 7) -> None:
    """The conclusions' next appointments of the coming week become appointments at the person's usual
    site (at a free time); then the week's demo slots; one call inside the permanence stays a conflict."""
    rng = random.Random(seed * 31 + 6)
    start = _weekday(today)
    pending = services.agenda.between(start, start + timedelta(days=7))
    with services.store.write() as s:
        rec = ChangeRecorder(s, services.ctx.actor)
        live_sites = s.scalars(select(Site).where(Site.deleted_at.is_(None)))
        sites = {site.name.split(" ")[0]: site.id for site in live_sites}
        rows = s.execute(select(Accompaniment, Beneficiary).join(Beneficiary).where(
            Accompaniment.deleted_at.is_(None), Beneficiary.deleted_at.is_(None),
            Accompaniment.status.in_((ACTIVE, REOPENED, PAUSED))).order_by(
            Beneficiary.last_name, Beneficiary.first_name)).all()
        active = [b.id for a, b in rows if a.status != PAUSED]
        paused = [a for a, _b in rows
                  if a.status == PAUSED and a.status_since and a.status_since < today - timedelta(days=1)]
        if not active:
            return
        booked = _Day()

        def add(person: str | None, site_id: str | None, at: datetime, minutes: int, modality: str) -> None:
            rec.inserted(Appointment(beneficiary_id=person, site_id=site_id, starts_at=to_utc(at),
                                     duration_min=minutes, modality=modality, note="", status="planned"))

        week = [(datetime.combine(_weekday(start + timedelta(days=offset)), time(hour, minute)), minutes,
                 sites.get(site) if site else None, modality, named)
                for offset, hour, minute, minutes, site, modality, named in _WEEK]
        for at, minutes, site_id, _modality, named in week:
            if not named:
                booked.reserve(at, minutes, site_id)
        for v in pending:
            site_id = s.scalars(select(Interview.site_id).where(Interview.beneficiary_id == v.beneficiary_id)
                                .order_by(Interview.starts_at.desc()).limit(1)).first() or sites.get("Rodez")
            at = booked.place(v.starts_local, v.duration_min, site_id)
            if at.date() != v.starts_local.date():   # the day is taken by a permanence: seen there
                site_id = booked.permanence_on(v.starts_local)
                at = booked.place(v.starts_local, v.duration_min, site_id)
            if at.date() == v.starts_local.date():
                add(v.beneficiary_id, site_id, at, v.duration_min, "presentiel")
        people = rng.sample(active, min(len(active), len(week)))
        for i, (at, minutes, site_id, modality, named) in enumerate(week):
            if named and modality != "telephone":     # the call stays where it is: the flagged overlap
                at = booked.place(at, minutes, site_id)
            add(people[i % len(people)] if named else None, site_id, at, minutes, modality)
        for k, acc in enumerate(rng.sample(paused, min(RESUMING, len(paused)))):
            back = today - timedelta(days=k)
            before = snapshot(acc)
            acc.return_date = back
            rec.updated(acc, before, "demo_return_date")
            change = s.scalars(select(AccompanimentStatusChange).where(
                AccompanimentStatusChange.accompaniment_id == acc.id, AccompanimentStatusChange.to_status == PAUSED
            ).order_by(AccompanimentStatusChange.created_at.desc()).limit(1)).first()
            if change is not None:
                before = snapshot(change)
                change.return_date = back
                rec.updated(change, before, "demo_return_date")
