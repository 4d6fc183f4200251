"""Read models of the partner directory and referrals (frozen, detached from the ORM)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple


@dataclass(frozen=True)
class ContactView:
    id: str
    structure_id: str
    name: str
    role: str
    phone: str
    email: str


@dataclass(frozen=True)
class ServiceView:
    id: str
    structure_id: str
    source: str
    source_id: str
    nom: str
    own: bool
    date_maj: date
    record: dict[str, Any]

    @property
    def description(self) -> str:
        return str(self.record.get("description", ""))

    def codes(self, name: str) -> list[str]:
        return list(self.record.get(name) or [])


@dataclass(frozen=True)
class ReferralView:
    """One referral with what a fiche de liaison needs: the person, the service, its structure,
    the named contact, and exactly what the person agreed to share (``shared``)."""

    id: str
    beneficiary_id: str
    beneficiary_name: str
    service_id: str
    service_name: str
    structure_id: str
    structure_name: str
    contact: ContactView | None
    plan_action_id: str | None
    sent_on: date
    expires_on: date | None
    reason: str
    agreed: str
    consent: bool
    shared: list[str]
    contact_preference: str
    status: str
    status_on: date | None
    status_reason: str
    outcome: str


@dataclass(frozen=True)
class StructureView:
    """The partner page: the data·inclusion structure, its services, and the counsellor's own layer."""

    id: str
    source: str
    source_id: str
    nom: str
    own: bool
    date_maj: date
    record: dict[str, Any]
    services: list[ServiceView] = field(default_factory=list)
    contacts: list[ContactView] = field(default_factory=list)
    favourite: bool = False
    tags: list[str] = field(default_factory=list)
    last_verified: date | None = None
    notes_shareable: str = ""
    notes_private: str = ""
    referrals: list[ReferralView] = field(default_factory=list)

    @property
    def address(self) -> str:
        r = self.record
        return " ".join(str(p) for p in (r.get("adresse"), r.get("code_postal"), r.get("commune")) if p)


class ReverifyItem(NamedTuple):
    """A directory entry to re-check; a 4-tuple (key, person, label, since) as the cockpit reads it."""

    structure_id: str
    beneficiary_id: str | None    # always None: an entry of the directory, not of a person
    label: str                    # "Mission locale (Millau)"
    last_verified: date | None    # None: never verified


@dataclass(frozen=True)
class SearchHit:
    service_id: str
    structure_id: str
    service_name: str
    structure_name: str
    commune: str
    distance_km: float | None     # None: remote service, or no place to measure from
    remote: bool
    on_site: bool
    type: str
    frais: str
    thematiques: list[str]
    favourite: bool = False
