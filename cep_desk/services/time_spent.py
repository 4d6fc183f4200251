"""Time spent per person and ISO week: sessions that took place plus contacts between them."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from cep_desk.domain.contact_log import CONTACT, SESSION, WeekTime, time_per_week
from cep_desk.services.context import ServiceContext
from cep_desk.storage.models import ContactLog, Interview


class TimeSpentService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def per_week(self, beneficiary_id: str | None = None, start: date | None = None,
                 end: date | None = None) -> list[WeekTime]:
        """Totals per person and week between ``start`` and ``end`` (inclusive), everyone by default.
        Planned sessions (later than now) do not count yet."""
        now = self.ctx.now()
        sessions = select(Interview.beneficiary_id, Interview.starts_at, Interview.duration_min).where(
            Interview.deleted_at.is_(None), Interview.starts_at <= now)
        contacts = select(ContactLog.beneficiary_id, ContactLog.at, ContactLog.duration_min).where(
            ContactLog.deleted_at.is_(None), ContactLog.at <= now)
        if start is not None:
            lo = datetime.combine(start, time.min)
            sessions = sessions.where(Interview.starts_at >= lo)
            contacts = contacts.where(ContactLog.at >= lo)
        if end is not None:
            hi = datetime.combine(end + timedelta(days=1), time.min)
            sessions = sessions.where(Interview.starts_at < hi)
            contacts = contacts.where(ContactLog.at < hi)
        if beneficiary_id is not None:
            sessions = sessions.where(Interview.beneficiary_id == beneficiary_id)
            contacts = contacts.where(ContactLog.beneficiary_id == beneficiary_id)
        with self.ctx.store.read() as s:
            entries = [(b, at, m, SESSION) for b, at, m in s.execute(sessions)]
            entries += [(b, at, m, CONTACT) for b, at, m in s.execute(contacts)]
        return time_per_week(entries)
