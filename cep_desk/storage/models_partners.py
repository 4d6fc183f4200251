"""ORM tables for the partners part of the store (see models.py for the conventions:
every synced entity mixes in ``Synced``; any change needs an Alembic revision).

Imported data·inclusion records keep ``source`` + ``source_id`` + ``date_maj`` so a
re-import upserts them; their ``id`` is derived from ``source`` + ``source_id``
(``partner_ids``) so every desk gives the same record the same id and a referral
synced from a colleague points to the same service. The counsellor's own layer —
named contacts, private notes, tags, favourite, last verified — lives in
``partner_contact`` and ``partner_relation``, which an import never writes.
``partner_search`` is derived data (folded text, coordinates, codes), rebuilt
locally, never synced.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, Boolean, Date, Float, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cep_desk.storage.models import Base, Beneficiary, PlanAction, Synced

OWN_SOURCE = "cep-desk"  # ``source`` of the structures and services the counsellor adds


class PartnerStructure(Synced, Base):
    __tablename__ = "partner_structure"
    source: Mapped[str] = mapped_column(String(100))
    source_id: Mapped[str] = mapped_column(String(200))
    date_maj: Mapped[date] = mapped_column(Date)
    own: Mapped[bool] = mapped_column(Boolean, default=False)   # added by the counsellor (exported, synced)
    nom: Mapped[str] = mapped_column(String(150))
    siret: Mapped[str | None] = mapped_column(String(14))
    commune: Mapped[str | None] = mapped_column(String(200))
    code_postal: Mapped[str | None] = mapped_column(String(5))
    code_insee: Mapped[str | None] = mapped_column(String(5))
    adresse: Mapped[str | None] = mapped_column(String(300))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    telephone: Mapped[str | None] = mapped_column(String(50))
    courriel: Mapped[str | None] = mapped_column(String(254))
    site_web: Mapped[str | None] = mapped_column(String(500))
    # Everything else of the record (description, horaires, réseaux porteurs…), as validated.
    record: Mapped[dict] = mapped_column(JSON, default=dict)

    __table_args__ = (Index("ix_partner_structure_source", "source", "source_id", unique=True),)


class PartnerService(Synced, Base):
    __tablename__ = "partner_service"
    structure_id: Mapped[str] = mapped_column(ForeignKey("partner_structure.id"), index=True)
    source: Mapped[str] = mapped_column(String(100))
    source_id: Mapped[str] = mapped_column(String(200))
    date_maj: Mapped[date] = mapped_column(Date)
    own: Mapped[bool] = mapped_column(Boolean, default=False)
    nom: Mapped[str] = mapped_column(String(150))
    type: Mapped[str | None] = mapped_column(String(30))
    frais: Mapped[str | None] = mapped_column(String(10))
    code_insee: Mapped[str | None] = mapped_column(String(5))
    commune: Mapped[str | None] = mapped_column(String(200))
    record: Mapped[dict] = mapped_column(JSON, default=dict)

    structure: Mapped[PartnerStructure] = relationship()

    __table_args__ = (Index("ix_partner_service_source", "source", "source_id", unique=True),)


class PartnerSearch(Base):
    """One narrow row per service for the offline search: scanning 100,000 of these
    reads a few megabytes instead of every description. Codes are stored as
    ``|a|b|`` so a code filter is an ``instr`` on one column."""

    __tablename__ = "partner_search"
    service_id: Mapped[str] = mapped_column(ForeignKey("partner_service.id"), primary_key=True)
    structure_id: Mapped[str] = mapped_column(String(36))
    latitude: Mapped[float | None] = mapped_column(Float)   # the service's, else its commune's town hall
    longitude: Mapped[float | None] = mapped_column(Float)
    remote: Mapped[bool] = mapped_column(Boolean, default=False)
    on_site: Mapped[bool] = mapped_column(Boolean, default=True)
    type: Mapped[str] = mapped_column(String(30), default="")
    frais: Mapped[str] = mapped_column(String(10), default="")
    thematiques: Mapped[str] = mapped_column(Text, default="")
    publics: Mapped[str] = mapped_column(Text, default="")
    zone: Mapped[str] = mapped_column(Text, default="")      # '' = no restriction
    text: Mapped[str] = mapped_column(Text, default="")      # folded name, structure, commune, description
    # What a result line shows, here so the search never joins the wide tables.
    name: Mapped[str] = mapped_column(String(150), default="")
    structure_name: Mapped[str] = mapped_column(String(150), default="")
    commune: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (Index("ix_partner_search_latitude", "latitude", "longitude"),)


class PartnerRelation(Synced, Base):
    """The counsellor's own layer on a structure: never touched by an import."""

    __tablename__ = "partner_relation"
    structure_id: Mapped[str] = mapped_column(ForeignKey("partner_structure.id"), unique=True)
    favourite: Mapped[bool] = mapped_column(Boolean, default=False)
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    last_verified: Mapped[date | None] = mapped_column(Date)
    notes_shareable: Mapped[str] = mapped_column(Text, default="")   # who does what, funding rules, delays
    notes_private: Mapped[str] = mapped_column(Text, default="")     # never leaves the desk

    structure: Mapped[PartnerStructure] = relationship()


class PartnerContact(Synced, Base):
    """A named direct contact at a structure (the schema only has a switchboard)."""

    __tablename__ = "partner_contact"
    structure_id: Mapped[str] = mapped_column(ForeignKey("partner_structure.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    email: Mapped[str] = mapped_column(String(254), default="")

    structure: Mapped[PartnerStructure] = relationship()


class ActionServiceLink(Synced, Base):
    """A plan action linked to a directory service; the action's free-text ``partner`` stays as written."""

    __tablename__ = "action_service_link"
    action_id: Mapped[str] = mapped_column(ForeignKey("plan_action.id"), unique=True)
    service_id: Mapped[str] = mapped_column(ForeignKey("partner_service.id"), index=True)

    action: Mapped[PlanAction] = relationship()
    service: Mapped[PartnerService] = relationship()


class Referral(Synced, Base):
    __tablename__ = "referral"
    beneficiary_id: Mapped[str] = mapped_column(ForeignKey("beneficiary.id"), index=True)
    service_id: Mapped[str] = mapped_column(ForeignKey("partner_service.id"), index=True)
    structure_id: Mapped[str] = mapped_column(ForeignKey("partner_structure.id"), index=True)
    plan_action_id: Mapped[str | None] = mapped_column(ForeignKey("plan_action.id"))
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("partner_contact.id"))
    sent_on: Mapped[date] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    agreed: Mapped[str] = mapped_column(Text, default="")
    consent: Mapped[bool] = mapped_column(Boolean, default=False)
    shared: Mapped[list[str]] = mapped_column(JSON, default=list)
    contact_preference: Mapped[str] = mapped_column(String(20), default="telephone")
    status: Mapped[str] = mapped_column(String(12), default="ouverte")
    status_on: Mapped[date | None] = mapped_column(Date)
    status_reason: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")

    beneficiary: Mapped[Beneficiary] = relationship()
    service: Mapped[PartnerService] = relationship()
    structure: Mapped[PartnerStructure] = relationship()
    plan_action: Mapped[PlanAction | None] = relationship()
    contact: Mapped[PartnerContact | None] = relationship()
