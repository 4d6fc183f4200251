"""Create, edit, read and (soft-)delete beneficiaries."""

from __future__ import annotations

import copy

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from cep_desk.domain.accompaniment import AccompanimentDraft, validate_accompaniment
from cep_desk.domain.beneficiary import (
    SCALAR_FIELDS,
    BeneficiaryDraft,
    EmploymentStatusEntry,
    TargetJobEntry,
    validate_beneficiary,
)
from cep_desk.domain.messages import ValidationFailed
from cep_desk.domain.places import commune_index
from cep_desk.domain.rules import normalise_phone
from cep_desk.services.accompaniments import new_accompaniment, to_view
from cep_desk.services.changes import ChangeRecorder, snapshot
from cep_desk.services.context import ServiceContext
from cep_desk.services.counsellor import current_levels
from cep_desk.services.views import BeneficiaryDetail, InterviewView
from cep_desk.storage.models import (
    Accompaniment,
    Beneficiary,
    Conclusion,
    ContactLog,
    DiagnosisVersion,
    EmploymentStatus,
    ExplorationOption,
    FundingFile,
    Interview,
    Milestone,
    PlanAction,
    PlanChange,
    PlanObjective,
    SessionDraft,
    Site,
    TargetJob,
)


class NotFound(LookupError):
    pass


def _clean(draft: BeneficiaryDraft) -> BeneficiaryDraft:
    """A trimmed copy: the form keeps what the user typed."""
    draft = copy.deepcopy(draft)
    draft.last_name = draft.last_name.strip()
    draft.first_name = draft.first_name.strip()
    draft.email = draft.email.strip()
    draft.postal_code = draft.postal_code.strip()
    if draft.phone.strip():
        draft.phone = normalise_phone(draft.phone)
    return draft


def _draft_of(b: Beneficiary) -> BeneficiaryDraft:
    d = BeneficiaryDraft(**{f: getattr(b, f) for f in SCALAR_FIELDS})
    d.statuses = [
        EmploymentStatusEntry(s.code, s.start_date, s.end_date, s.jobseeker_category, s.id)
        for s in b.statuses if s.deleted_at is None
    ]
    d.target_jobs = [
        TargetJobEntry(t.code_ogr, t.label, t.code_rome, t.id) for t in b.target_jobs if t.deleted_at is None
    ]
    return d


class BeneficiaryService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def validate(self, draft: BeneficiaryDraft):  # type: ignore[no-untyped-def]
        return validate_beneficiary(draft, self.ctx.today(), commune_index())

    def create(self, draft: BeneficiaryDraft, accompaniment: AccompanimentDraft | None = None) -> str:
        draft = _clean(draft)
        issues = self.validate(draft)
        if accompaniment is not None:
            with self.ctx.store.read() as s:
                levels = current_levels(s)
            issues += validate_accompaniment(accompaniment, self.ctx.today(), levels)
        if issues:
            raise ValidationFailed(issues)
        with self.ctx.store.write() as s:
            rec = ChangeRecorder(s, self.ctx.actor)
            b = Beneficiary(**{f: getattr(draft, f) for f in SCALAR_FIELDS})
            rec.inserted(b)
            self._sync_lists(s, rec, b, draft)
            if accompaniment is not None:
                new_accompaniment(rec, b.id, accompaniment, self.ctx.today())
            return b.id

    def update(self, beneficiary_id: str, draft: BeneficiaryDraft) -> list[str]:
        draft = _clean(draft)
        issues = self.validate(draft)
        if issues:
            raise ValidationFailed(issues)
        with self.ctx.store.write() as s:
            b = self._load(s, beneficiary_id)
            rec = ChangeRecorder(s, self.ctx.actor)
            before = snapshot(b)
            for f in SCALAR_FIELDS:
                setattr(b, f, getattr(draft, f))
            changed = rec.updated(b, before)
            changed += self._sync_lists(s, rec, b, draft)
            return changed

    def delete(self, beneficiary_id: str) -> None:
        with self.ctx.store.write() as s:
            b = self._load(s, beneficiary_id)
            rec = ChangeRecorder(s, self.ctx.actor)
            # Children first, each with its own tombstone, so the hub never keeps
            # sessions or statuses of a person it was told to delete.
            children: list = [*b.statuses, *b.target_jobs]
            # The co-construction rows first (they point to sessions, actions, accompaniments).
            for model in (PlanChange, Milestone, FundingFile, PlanAction, PlanObjective, ExplorationOption,
                          Conclusion, DiagnosisVersion, ContactLog):
                children += s.scalars(select(model).where(model.beneficiary_id == b.id)).all()
            for acc in b.accompaniments:
                children += [*acc.history, acc]
            children += s.scalars(select(Interview).where(Interview.beneficiary_id == b.id)).all()
            for child in children:
                rec.deleted(child)
            rec.deleted(b)
            # The local draft holds what was typed, private notes included: it goes for good.
            s.execute(delete(SessionDraft).where(SessionDraft.beneficiary_id == b.id))

    def get(self, beneficiary_id: str) -> BeneficiaryDetail:
        with self.ctx.store.read() as s:
            b = s.scalars(
                select(Beneficiary)
                .where(Beneficiary.id == beneficiary_id, Beneficiary.deleted_at.is_(None))
                .options(
                    selectinload(Beneficiary.statuses),
                    selectinload(Beneficiary.target_jobs),
                    selectinload(Beneficiary.accompaniments).selectinload(Accompaniment.history),
                )
            ).first()
            if b is None:
                raise NotFound(beneficiary_id)
            rows = s.execute(
                select(Interview, Site.name)
                .outerjoin(Site, Site.id == Interview.site_id)
                .where(Interview.beneficiary_id == beneficiary_id, Interview.deleted_at.is_(None))
                .order_by(Interview.starts_at.desc())
            ).all()
            interviews = [
                InterviewView(
                    i.id, i.accompaniment_id, i.starts_at, i.duration_min, i.channel, i.format,
                    i.site_id, site_name or "", i.level, i.purpose, i.notes_shareable, i.notes_private,
                )
                for i, site_name in rows
            ]
            return BeneficiaryDetail(
                id=b.id, draft=_draft_of(b), created_at=b.created_at, updated_at=b.updated_at,
                accompaniments=[to_view(a) for a in b.accompaniments if a.deleted_at is None],
                interviews=interviews,
            )

    # -- internals ---------------------------------------------------------
    @staticmethod
    def _load(s: Session, beneficiary_id: str) -> Beneficiary:
        b = s.get(Beneficiary, beneficiary_id)
        if b is None or b.deleted_at is not None:
            raise NotFound(beneficiary_id)
        return b

    @staticmethod
    def _sync_lists(s: Session, rec: ChangeRecorder, b: Beneficiary, draft: BeneficiaryDraft) -> list[str]:
        """Bring statuses and target jobs in line with the draft, row by row (each row syncs)."""
        changed: list[str] = []
        existing = {x.id: x for x in s.scalars(select(EmploymentStatus).where(
            EmploymentStatus.beneficiary_id == b.id, EmploymentStatus.deleted_at.is_(None)))}
        keep = set()
        for e in draft.statuses:
            row = existing.get(e.id or "")
            if row is None:
                rec.inserted(EmploymentStatus(beneficiary_id=b.id, code=e.code, start_date=e.start_date,
                                              end_date=e.end_date, jobseeker_category=e.jobseeker_category))
                changed.append("statuses")
            else:
                keep.add(row.id)
                before = snapshot(row)
                row.code, row.start_date, row.end_date = e.code, e.start_date, e.end_date
                row.jobseeker_category = e.jobseeker_category
                if rec.updated(row, before):
                    changed.append("statuses")
        for row_id, row in existing.items():
            if row_id not in keep:
                rec.deleted(row)
                changed.append("statuses")
        if sync_target_jobs(s, rec, b.id, draft.target_jobs):
            changed.append("target_jobs")
        return sorted(set(changed))


def sync_target_jobs(s: Session, rec: ChangeRecorder, beneficiary_id: str, entries: list[TargetJobEntry]) -> bool:
    """Add the new target jobs, remove those no longer listed; True when something changed."""
    jobs = {x.id: x for x in s.scalars(select(TargetJob).where(
        TargetJob.beneficiary_id == beneficiary_id, TargetJob.deleted_at.is_(None)))}
    wanted = {j.id for j in entries if j.id}
    changed = False
    for j in entries:
        if not j.id or j.id not in jobs:
            rec.inserted(TargetJob(beneficiary_id=beneficiary_id, code_ogr=j.code_ogr, code_rome=j.code_rome,
                                   label=j.label))
            changed = True
    for row_id, row in jobs.items():
        if row_id not in wanted:
            rec.deleted(row)
            changed = True
    return changed
