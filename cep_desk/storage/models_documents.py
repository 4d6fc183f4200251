"""ORM tables for the documents part of the store (see models.py for the conventions:
every synced entity mixes in ``Synced``; any change needs an Alembic revision)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from cep_desk.storage.models import Base, Synced


class HandedDocument(Synced, Base):
    """A printed deliverable handed over: what, when, which version, signed or not.

    The PDF itself stays in the person's documents folder on this desk (it is
    the exact paper given); only this record syncs. ``sha256`` lets the window
    tell a file changed or lost on disk from the one recorded."""

    __tablename__ = "handed_document"
    __table_args__ = (Index("ix_handed_document_beneficiary_kind", "beneficiary_id", "kind"),)
    beneficiary_id: Mapped[str] = mapped_column(ForeignKey("beneficiary.id"))
    interview_id: Mapped[str | None] = mapped_column(ForeignKey("interview.id"))
    referral_id: Mapped[str | None] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(20))
    version: Mapped[int] = mapped_column(Integer)
    produced_on: Mapped[date] = mapped_column(Date)
    produced_at: Mapped[datetime] = mapped_column(DateTime)
    file_name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(300), default="")
    large_print: Mapped[bool] = mapped_column(Boolean, default=False)
    signed: Mapped[bool] = mapped_column(Boolean, default=False)
    signer: Mapped[str] = mapped_column(String(200), default="")
    signed_at: Mapped[datetime | None] = mapped_column(DateTime)
    sha256: Mapped[str] = mapped_column(String(64), default="")
