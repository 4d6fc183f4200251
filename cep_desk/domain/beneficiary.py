"""The beneficiary profile as the national individual record needs it.

``BeneficiaryDraft`` is what a form or an importer hands to the service: plain
values, no ORM. ``validate_beneficiary`` lists every problem at once so the
form can show them all next to their fields.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from cep_desk.domain import messages as m
from cep_desk.domain import rules
from cep_desk.domain.codelists import referentials
from cep_desk.domain.messages import Issue
from cep_desk.domain.places import CommuneIndex

PRIVATE_FIELDS = frozenset({"notes_private"})


@dataclass
class EmploymentStatusEntry:
    code: str
    start_date: date | None = None
    end_date: date | None = None
    jobseeker_category: str | None = None
    id: str | None = None


@dataclass
class TargetJobEntry:
    code_ogr: str
    label: str
    code_rome: str
    id: str | None = None


@dataclass
class BeneficiaryDraft:
    last_name: str = ""
    first_name: str = ""
    birth_name: str = ""
    sex: str | None = None
    birth_date: date | None = None
    email: str = ""
    phone: str = ""
    address: str = ""
    postal_code: str = ""
    commune_insee: str | None = None
    pcs: str | None = None
    qualification_level: str | None = None
    diploma_obtained: str | None = None
    sector: str | None = None
    company_size: str | None = None
    rqth: str | None = None
    origin: str | None = None
    resignation_project: bool = False
    consent_given: bool = False
    consent_date: date | None = None
    consent_explained: str = ""
    notes_shareable: str = ""
    notes_private: str = ""
    statuses: list[EmploymentStatusEntry] = field(default_factory=list)
    target_jobs: list[TargetJobEntry] = field(default_factory=list)


# Scalar columns copied between draft and record (lists are handled apart).
SCALAR_FIELDS: tuple[str, ...] = tuple(
    f for f in BeneficiaryDraft.__dataclass_fields__ if f not in ("statuses", "target_jobs")
)


def validate_beneficiary(draft: BeneficiaryDraft, today: date, places: CommuneIndex) -> list[Issue]:
    ref = referentials()
    issues: list[Issue | None] = []
    if not draft.last_name.strip():
        issues.append(Issue("last_name", m.LAST_NAME_REQUIRED))
    if not draft.first_name.strip():
        issues.append(Issue("first_name", m.FIRST_NAME_REQUIRED))
    issues.append(rules.check_birth_date(draft.birth_date, today))
    issues.append(rules.check_email(draft.email))
    issues.append(rules.check_phone(draft.phone))
    issues.append(rules.check_postal_code(draft.postal_code, places))
    issues.append(rules.check_commune(draft.commune_insee, draft.postal_code, places))
    for name, listname in (
        ("sex", "sex"), ("pcs", "pcs"), ("qualification_level", "qualification_level"),
        ("diploma_obtained", "yes_no_nr"), ("sector", "sector"), ("company_size", "company_size"),
        ("rqth", "yes_no_nr"), ("origin", "origin"),
    ):
        issues.append(rules.check_code(name, getattr(draft, name), ref[listname]))
    if draft.consent_given:
        if draft.consent_date is None:
            issues.append(Issue("consent_date", m.CONSENT_DATE_REQUIRED))
        else:
            issues.append(rules.check_past_date("consent_date", draft.consent_date, today))
            if draft.birth_date and draft.consent_date < draft.birth_date:
                issues.append(Issue("consent_date", m.CONSENT_BEFORE_BIRTH))
        if not draft.consent_explained.strip():
            issues.append(Issue("consent_explained", m.CONSENT_EXPLAINED_REQUIRED))
    for i, st in enumerate(draft.statuses):
        f = f"statuses[{i}]"
        issues.append(rules.check_code(f, st.code, ref["employment_status"]))
        issues.append(rules.check_past_date(f, st.start_date, today))
        if st.start_date and st.end_date and st.end_date < st.start_date:
            issues.append(Issue(f, m.STATUS_END_BEFORE_START))
        if st.jobseeker_category:
            issues.append(rules.check_code(f, st.jobseeker_category, ref["jobseeker_category"]))
    return [i for i in issues if i is not None]


def current_statuses(statuses: list[EmploymentStatusEntry], today: date) -> list[EmploymentStatusEntry]:
    """Statuses in force today: several at once is normal (001:1908)."""
    return [
        s for s in statuses
        if (s.start_date is None or s.start_date <= today) and (s.end_date is None or s.end_date >= today)
    ]
