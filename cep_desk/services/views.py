"""Read models handed to the window and the command line: plain dataclasses,
detached from the ORM session, safe to keep and to pass between threads."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from cep_desk.domain.accompaniment import CLOSED
from cep_desk.domain.beneficiary import BeneficiaryDraft
from cep_desk.domain.conclusion import FollowUp
from cep_desk.domain.diagnosis import Diagnosis
from cep_desk.domain.exploration import ExplorationOption
from cep_desk.domain.history import FieldChange
from cep_desk.domain.plan import Plan


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


# -- co-construction session (issue 3) ------------------------------------------------------------
@dataclass(frozen=True)
class DiagnosisVersionView:
    id: str
    number: int
    interview_id: str
    session_at: datetime | None
    diagnosis: Diagnosis
    changes: tuple[FieldChange, ...] = ()    # against the previous version (all "added" for the first)

    def shareable_changes(self) -> list[FieldChange]:
        """What the side-by-side screen may show: no counsellor-only change."""
        return [c for c in self.changes if not c.counsellor_only]


@dataclass(frozen=True)
class ConclusionView:
    id: str
    interview_id: str
    session_at: datetime | None
    text: str
    next_appointment: datetime | None
    follow_up: FollowUp


@dataclass(frozen=True)
class PlanChangeView:
    id: str
    on: date
    interview_id: str | None
    entity: str
    entity_id: str
    change: str                          # created | updated | removed
    fields: dict[str, list[Any]]         # field -> [before, after]


@dataclass(frozen=True)
class ContactLogView:
    id: str
    kind: str
    at: datetime
    duration_min: int
    note: str
    notes_private: str


@dataclass(frozen=True)
class DraftView:
    key: str
    beneficiary_id: str
    interview_id: str | None
    step: str
    payload: dict[str, Any]
    saved_at: datetime


@dataclass(frozen=True)
class SessionContext:
    """What the next session starts from: re-read the conclusion, the plan's state, the diagnosis."""

    beneficiary_id: str
    accompaniment: AccompanimentView | None
    last_conclusion: ConclusionView | None
    diagnosis: DiagnosisVersionView | None
    plan: Plan
    options: list[ExplorationOption]
    draft: DraftView | None = None

    @property
    def can_record(self) -> bool:
        """A closed accompaniment takes no session until re-opened."""
        return self.accompaniment is None or self.accompaniment.status != CLOSED


@dataclass(frozen=True)
class SessionSaved:
    interview_id: str
    diagnosis_version_id: str | None
    diagnosis_number: int | None
    conclusion_id: str | None
    plan_changes: int
