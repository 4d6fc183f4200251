"""ORM tables for the cockpit part of the store (see models.py for the conventions:
every synced entity mixes in ``Synced``; any change needs an Alembic revision).

``Appointment.starts_at`` is UTC (naive, like every stored time): an appointment
is a moment, and the desk may travel across a DST change before it happens;
it is shown in Europe/Paris (``cep_desk.domain.due``). ``ReminderState`` is
keyed by the reminder's own key (``milestone:<id>``, ``funding:<id>``…), so a
snooze or a "done" needs no column on the rows it reminds of.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cep_desk.storage.models import Accompaniment, Base, Beneficiary, Conclusion, ContactLog, Interview, Site, Synced

# Indexes on other parts' tables for the cockpit's reads, declared here with the cockpit's revision.
# The agenda reads a conclusion's next appointment by date (services/agenda.py); the home view
# (services/cockpit.py) reads names, paused parcours and the last weeks of contacts from covering
# indexes, so its one pass over 10,000 people stays within 200 ms.
Index("ix_conclusion_next_appointment", Conclusion.next_appointment)
# Not led by deleted_at: without ANALYZE statistics SQLite would then drive every join from beneficiary.
Index("ix_beneficiary_cockpit", Beneficiary.id, Beneficiary.deleted_at, Beneficiary.first_name,
      Beneficiary.last_name)
Index("ix_accompaniment_paused", Accompaniment.status, Accompaniment.deleted_at, Accompaniment.beneficiary_id,
      Accompaniment.return_date, Accompaniment.created_at, Accompaniment.id)
Index("ix_interview_recent", Interview.starts_at, Interview.deleted_at, Interview.beneficiary_id)
Index("ix_contact_log_recent", ContactLog.at, ContactLog.deleted_at, ContactLog.beneficiary_id)


class Appointment(Synced, Base):
    """A planned appointment (sessions cannot be in the future: this is what is planned)."""

    __tablename__ = "appointment"
    beneficiary_id: Mapped[str | None] = mapped_column(ForeignKey("beneficiary.id"))
    site_id: Mapped[str | None] = mapped_column(ForeignKey("site.id"))
    starts_at: Mapped[datetime] = mapped_column(DateTime)          # UTC
    duration_min: Mapped[int] = mapped_column(Integer, default=60)
    modality: Mapped[str] = mapped_column(String(20), default="presentiel")
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default="planned")
    interview_id: Mapped[str | None] = mapped_column(ForeignKey("interview.id"))  # the session it became

    beneficiary: Mapped[Beneficiary | None] = relationship()
    site: Mapped[Site | None] = relationship()
    interview: Mapped[Interview | None] = relationship()

    __table_args__ = (
        Index("ix_appointment_starts_at", "starts_at"),
        Index("ix_appointment_beneficiary_starts", "beneficiary_id", "starts_at"),
    )


class ReminderState(Synced, Base):
    """A reminder snoozed until a day, or marked done; ``key`` names what it reminds of."""

    __tablename__ = "reminder_state"
    key: Mapped[str] = mapped_column(String(120), unique=True)
    beneficiary_id: Mapped[str | None] = mapped_column(ForeignKey("beneficiary.id"))
    snoozed_until: Mapped[date | None] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(Boolean, default=False)

    beneficiary: Mapped[Beneficiary | None] = relationship()
