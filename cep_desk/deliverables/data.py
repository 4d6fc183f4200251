"""What a document is drawn from: plain values, assembled by the documents service.

The PDF code never touches the store, so a document can be tested from
hand-made data, and nothing counsellor-only can reach it unless the service
puts it here (it never does: the diagnosis arrives through ``shareable``,
private notes are not a field of any of these classes).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class PersonData:
    first_name: str
    last_name: str
    address: str = ""
    postal_code: str = ""
    commune: str = ""
    phone: str = ""

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class CounsellorData:
    first_name: str = ""
    last_name: str = ""
    structure: str = ""            # the operator's name, e.g. "CEP Occitanie — Catalys"
    phone: str = ""
    email: str = ""
    site_name: str = ""
    site_address: str = ""

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class PartnerData:
    name: str
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    contact: str = ""              # a named person at the partner


@dataclass(frozen=True)
class ActionData:
    label: str
    type: str                      # action_type code: picks the pictogram
    type_label: str
    who: str                       # action_actor code
    due_date: date | None = None
    partner: PartnerData | None = None
    status: str = "en_projet"
    status_label: str = ""
    plan_b: str = ""
    objective: str = ""


@dataclass(frozen=True)
class MilestoneData:
    on: date
    label: str
    kind: str = "autre"
    done: bool = False


@dataclass(frozen=True)
class ObstacleData:
    theme: str                     # translated theme label
    situation: str = ""
    person_view: str = ""
    agreed: bool | None = None
    is_support: bool = False       # a "point d'appui" rather than a need


@dataclass(frozen=True)
class DiagnosisData:
    """The shareable part only (``diagnosis.shareable``)."""

    request_words: str = ""
    need: str = ""
    project_state: str = ""         # translated label
    project: str = ""
    competences: tuple[str, ...] = ()
    obstacles: tuple[ObstacleData, ...] = ()


@dataclass(frozen=True)
class SessionData:
    starts_at: datetime
    level: str = ""                 # N1 / N2 (code)
    conclusion: str = ""
    next_appointment: datetime | None = None
    come_back: bool | None = None
    come_back_on: date | None = None
    come_back_purpose: str = ""


@dataclass(frozen=True)
class ReferralData:
    """What a fiche de liaison carries: only what the person agreed to share."""

    partner: PartnerData
    reason: str = ""                # why the person is referred, in words the person agreed to
    shared: tuple[tuple[str, str], ...] = ()   # (label, text) pairs the person agreed to share
    consent_on: date | None = None
    requested_on: date | None = None


@dataclass(frozen=True)
class SignatureData:
    png: bytes
    signed_at: datetime
    signer: str


@dataclass(frozen=True)
class DocumentData:
    """Everything one document may print. ``sections`` holds the (possibly edited) free texts by key."""

    kind: str
    today: date
    person: PersonData
    counsellor: CounsellorData
    large_print: bool = False
    session: SessionData | None = None
    diagnosis: DiagnosisData | None = None
    actions: tuple[ActionData, ...] = ()
    milestones: tuple[MilestoneData, ...] = ()
    referral: ReferralData | None = None
    sections: dict[str, str] = field(default_factory=dict)
    signature: SignatureData | None = None
    target_job: str = ""            # for the enquête métier grid
    creation: datetime | None = None   # fixed in tests: byte-identical output

    def text(self, key: str) -> str:
        return self.sections.get(key, "").strip()
