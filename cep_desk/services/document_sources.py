"""Assemble a document's data (deliverables/data.py) from the store, in one read.

This is the one place deciding what may be printed: the diagnosis goes
through ``shareable`` (no counsellor-only view, no competences the counsellor
noticed), no ``notes_private`` column is ever read here, and a referral slip
only carries what the person agreed to share.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from cep_desk.deliverables.data import (
    ActionData,
    CounsellorData,
    DiagnosisData,
    DocumentData,
    MilestoneData,
    ObstacleData,
    PartnerData,
    PersonData,
    ReferralData,
    SessionData,
)
from cep_desk.deliverables.dates import full_date
from cep_desk.domain import plan as p
from cep_desk.domain.codelists import referentials
from cep_desk.domain.diagnosis import NOT_EXPLORED, POINT_D_APPUI, shareable
from cep_desk.domain.places import commune_names
from cep_desk.domain.rules import format_phone
from cep_desk.services import diagnoses
from cep_desk.services.plans import load_plan
from cep_desk.storage.models import (
    Beneficiary,
    Conclusion,
    CounsellorProfile,
    EmploymentStatus,
    Interview,
    Site,
    TargetJob,
)
from cep_desk.storage.models_partners import (
    ActionServiceLink,
    PartnerContact,
    PartnerService,
    PartnerStructure,
    Referral,
)


def person(b: Beneficiary) -> PersonData:
    commune = commune_names().get(b.commune_insee or "", "") if b.commune_insee else ""
    return PersonData(b.first_name, b.last_name.upper(), b.address, b.postal_code, commune, b.phone)


def counsellor(s: Session, interview: Interview | None) -> CounsellorData:
    prof = s.scalars(select(CounsellorProfile).where(CounsellorProfile.deleted_at.is_(None))).first()
    site = s.get(Site, interview.site_id) if interview is not None and interview.site_id else None
    if site is None:
        site = s.scalars(select(Site).where(Site.deleted_at.is_(None), Site.active.is_(True))
                         .order_by(Site.name).limit(1)).first()
    structure = ""
    if prof is not None:
        structure = prof.structure or referentials()["operator"].label(prof.operator)
    return CounsellorData(
        first_name=prof.first_name if prof else "", last_name=prof.last_name if prof else "",
        structure=structure, phone=prof.phone if prof else "", email=prof.email if prof else "",
        site_name=site.name if site else "", site_address=site.address if site else "",
    )


def session(s: Session, interview: Interview | None) -> SessionData | None:
    if interview is None:
        return None
    c = s.scalars(select(Conclusion).where(Conclusion.interview_id == interview.id, Conclusion.deleted_at.is_(None))
                  .order_by(Conclusion.created_at.desc()).limit(1)).first()
    return SessionData(
        starts_at=interview.starts_at, level=interview.level, conclusion=c.text if c else "",
        next_appointment=c.next_appointment if c else None, come_back=c.come_back if c else None,
        come_back_on=c.come_back_on if c else None, come_back_purpose=c.come_back_purpose if c else "",
    )


def diagnosis(s: Session, beneficiary_id: str) -> DiagnosisData | None:
    last = diagnoses.last_version(s, beneficiary_id)
    if last is None:
        return None
    d = shareable(last.diagnosis)
    ref = referentials()
    obstacles = tuple(
        ObstacleData(theme=ref["obstacle_theme"].label(o.theme), situation=ref["obstacle_situation"].label(o.situation),
                     person_view=o.person_view, agreed=o.agreed, is_support=o.status == POINT_D_APPUI)
        for o in d.obstacles if o.status != NOT_EXPLORED)
    return DiagnosisData(request_words=d.request_words, need=d.need,
                         project_state=ref["project_state"].label(d.project_state), project=d.project,
                         competences=tuple(d.competences_person), obstacles=obstacles)


def structure_partner(st: PartnerStructure, contact: PartnerContact | None = None) -> PartnerData:
    """A directory structure as printed: name, address, phone (the named contact's first)."""
    place = " ".join(x for x in (st.code_postal, st.commune) if x)
    return PartnerData(
        name=st.nom, address=", ".join(x for x in (st.adresse, place) if x),
        phone=(contact.phone if contact and contact.phone else st.telephone) or "",
        email=(contact.email if contact and contact.email else st.courriel) or "",
        website=st.site_web or "", contact=", ".join(x for x in (contact.name, contact.role) if x) if contact else "")


def linked_partners(s: Session, action_ids: list[str]) -> dict[str, PartnerData]:
    """Actions linked to a directory service → that service's structure, with address and phone."""
    if not action_ids:
        return {}
    rows = s.execute(
        select(ActionServiceLink.action_id, PartnerStructure)
        .join(PartnerService, PartnerService.id == ActionServiceLink.service_id)
        .join(PartnerStructure, PartnerStructure.id == PartnerService.structure_id)
        .where(ActionServiceLink.action_id.in_(action_ids), ActionServiceLink.deleted_at.is_(None),
               PartnerService.deleted_at.is_(None), PartnerStructure.deleted_at.is_(None))).all()
    return {action_id: structure_partner(st) for action_id, st in rows}


def partner(name: str, linked: PartnerData | None = None) -> PartnerData | None:
    """The partner an action names: the linked directory entry when there is one, else the free text."""
    if linked is not None:
        return linked
    return PartnerData(name.strip()) if name.strip() else None


def actions_and_milestones(plan: p.Plan, linked: dict[str, PartnerData] | None = None,
                           ) -> tuple[tuple[ActionData, ...], tuple[MilestoneData, ...]]:
    """Open actions, soonest first (no date last); every dated jalon."""
    linked = linked or {}
    ref = referentials()
    objectives = {o.id: o.label for o in plan.objectives}
    open_actions = sorted((a for a in plan.actions if a.is_open),
                          key=lambda a: (a.due_date is None, a.due_date or date.max))
    actions = tuple(
        ActionData(label=a.label, type=a.type, type_label=ref["action_type"].label(a.type), who=a.who,
                   due_date=a.due_date, partner=partner(a.partner, linked.get(a.id)), status=a.status,
                   status_label=ref["action_status"].label(a.status), plan_b=a.plan_b,
                   objective=objectives.get(a.objective_id or "", ""))
        for a in open_actions)
    labels = {a.id: a.label for a in plan.actions}
    milestones = tuple(sorted(
        (MilestoneData(m.on, m.label or labels.get(m.action_id or "", ""), m.kind, m.done)
         for m in plan.milestones if m.on is not None),
        key=lambda m: m.on))
    return actions, milestones


SHARED_LABELS = {   # printed (French) names of what the person may agree to share (domain/referral.SHAREABLE)
    "identite": "Identité", "coordonnees": "Coordonnées", "situation": "Situation professionnelle",
    "diagnostic": "Ce que nous avons compris ensemble", "plan": "Ce qui est prévu",
}


def _shared_text(item: str, s: Session, b: Beneficiary, diag: DiagnosisData | None,
                 actions: tuple[ActionData, ...]) -> str:
    """The text of one item the person agreed to share; nothing else of the file is read here."""
    if item == "identite":
        born = f", née ou né le {full_date(b.birth_date)}" if b.birth_date else ""
        return f"{b.first_name} {b.last_name.upper()}{born}"
    if item == "coordonnees":
        commune = commune_names().get(b.commune_insee or "", "") if b.commune_insee else ""
        place = " ".join(x for x in (b.address, b.postal_code, commune) if x)
        return ", ".join(x for x in (format_phone(b.phone), b.email, place) if x)
    if item == "situation":
        st = s.scalars(select(EmploymentStatus).where(
            EmploymentStatus.beneficiary_id == b.id, EmploymentStatus.deleted_at.is_(None))
            .order_by(EmploymentStatus.start_date.desc()).limit(1)).first()
        if st is None:
            return ""
        since = f", depuis le {full_date(st.start_date)}" if st.start_date else ""
        return referentials()["employment_status"].label(st.code) + since
    if item == "diagnostic" and diag is not None:
        return " ".join(x for x in (diag.need, diag.project) if x)
    if item == "plan":
        return " ".join(f"{a.label}{f' (avant le {full_date(a.due_date)})' if a.due_date else ''}."
                        for a in actions)
    return ""


def referral(s: Session, b: Beneficiary, referral_id: str, diag: DiagnosisData | None,
             actions: tuple[ActionData, ...]) -> ReferralData:
    """The referral a fiche de liaison is for, with ONLY what the person agreed to share
    (nothing when consent was not given)."""
    r = s.get(Referral, referral_id)
    if r is None or r.deleted_at is not None or r.beneficiary_id != b.id:
        raise LookupError(referral_id)
    partner_data = structure_partner(r.structure, r.contact)
    shared: list[tuple[str, str]] = [("Service", r.service.nom)]
    if r.agreed:
        shared.append(("Ce que la personne souhaite faire avec vous", r.agreed))
    if r.consent:
        for item in sorted(r.shared, key=lambda i: list(SHARED_LABELS).index(i) if i in SHARED_LABELS else 99):
            text = _shared_text(item, s, b, diag, actions)
            if text:
                shared.append((SHARED_LABELS.get(item, item), text))
    return ReferralData(partner_data, r.reason, tuple(shared), r.sent_on if r.consent else None, r.sent_on)


def _liaison_person(person_data: PersonData, referral_data: ReferralData | None) -> PersonData:
    """On a referral slip the person's phone shows only when their contact details are shared."""
    shared = {label for label, _ in referral_data.shared} if referral_data else set()
    if SHARED_LABELS["coordonnees"] in shared:
        return person_data
    return PersonData(person_data.first_name, person_data.last_name)


def document(s: Session, kind: str, b: Beneficiary, interview: Interview | None, today: date,
             referral_id: str | None) -> DocumentData:
    plan = load_plan(s, b.id)
    actions, milestones = actions_and_milestones(plan, linked_partners(s, [a.id for a in plan.actions]))
    diag = diagnosis(s, b.id)
    referral_data = referral(s, b, referral_id, diag, actions) if referral_id else None
    job = s.scalars(select(TargetJob.label).where(TargetJob.beneficiary_id == b.id, TargetJob.deleted_at.is_(None))
                    .order_by(TargetJob.created_at).limit(1)).first()
    who = person(b)
    if kind == "liaison":
        who = _liaison_person(who, referral_data)
    return DocumentData(
        kind=kind, today=today, person=who, counsellor=counsellor(s, interview),
        session=session(s, interview), diagnosis=diag, actions=actions, milestones=milestones,
        referral=referral_data, target_job=job or "",
    )
