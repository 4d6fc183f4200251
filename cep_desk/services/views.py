"""Read models handed to the window and the command line: plain dataclasses,
detached from the ORM session, safe to keep and to pass between threads."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from cep_desk.domain.beneficiary import BeneficiaryDraft


@dataclass(frozen=True)
class StatusChangeView:
    id: str
    from_status: str | None
    to_status: str
    on: date
    return_date: date | None
    closure_reason: str | None
    partner: str
    comment: str


@dataclass(frozen=True)
class AccompanimentView:
    id: str
    level: str
    reasons: list[str]
    first_request_date: date | None
    first_appointment_date: date | None
    referent: str
    status: str
    status_since: date | None
    return_date: date | None
    closure_reason: str | None
    history: list[StatusChangeView]
    created_at: datetime


@dataclass(frozen=True)
class InterviewView:
    id: str
    accompaniment_id: str | None
    starts_at: datetime
    duration_min: int
    channel: str
    format: str
    site_id: str | None
    site_name: str
    level: str
    purpose: str
    notes_shareable: str
    notes_private: str


@dataclass
class BeneficiaryDetail:
    id: str
    draft: BeneficiaryDraft
    created_at: datetime
    updated_at: datetime
    accompaniments: list[AccompanimentView] = field(default_factory=list)
    interviews: list[InterviewView] = field(default_factory=list)

    @property
    def current_accompaniment(self) -> AccompanimentView | None:
        return self.accompaniments[-1] if self.accompaniments else None

    @property
    def display_name(self) -> str:
        return f"{self.draft.first_name} {self.draft.last_name.upper()}".strip()


@dataclass(frozen=True)
class SiteView:
    id: str
    name: str
    kind: str
    commune_insee: str | None
    address: str
    active: bool


@dataclass
class CounsellorView:
    id: str | None = None
    first_name: str = ""
    last_name: str = ""
    email: str = ""
    phone: str = ""
    operator: str | None = None
    structure: str = ""
    level_vocabulary: str = "national_2020"
