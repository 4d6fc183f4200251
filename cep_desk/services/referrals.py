"""Referrals (orientations) of a person to a directory service, and their lifecycle.

Written through ``ChangeRecorder``: a referral syncs like the rest of the
person's file. ``get`` returns everything a fiche de liaison needs (person,
service, structure, named contact, what the person agreed to share).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from cep_desk.domain import referral as dom
from cep_desk.domain.messages import Issue, ValidationFailed
from cep_desk.services.changes import ChangeRecorder
from cep_desk.services.context import ServiceContext
from cep_desk.services.partner_views import ContactView, ReferralView
from cep_desk.services.partners import link_action_in, snapshot
from cep_desk.storage.models import Beneficiary, PlanAction
from cep_desk.storage.models_partners import PartnerContact, PartnerService, Referral


class ReferralNotFound(LookupError):
    pass


def referral_views(s: Session, refs: list[Referral]) -> list[ReferralView]:
    out = []
    for r in refs:
        c = r.contact
        contact = ContactView(c.id, c.structure_id, c.name, c.role, c.phone, c.email) if c is not None else None
        b = r.beneficiary
        out.append(ReferralView(
            r.id, r.beneficiary_id, f"{b.first_name} {b.last_name.upper()}".strip(), r.service_id, r.service.nom,
            r.structure_id, r.structure.nom, contact, r.plan_action_id, r.sent_on, r.expires_on, r.reason, r.agreed,
            r.consent, list(r.shared), r.contact_preference, r.status, r.status_on, r.status_reason, r.outcome))
    return out


class ReferralService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def create(self, beneficiary_id: str, draft: dom.ReferralDraft, sent_on: date | None = None) -> str:
        issues = dom.validate_referral(draft)
        if issues:
            raise ValidationFailed(issues)
        sent_on = sent_on or self.ctx.today()
        with self.ctx.store.write() as s:
            b = s.get(Beneficiary, beneficiary_id)
            sv = s.get(PartnerService, draft.service_id)
            if b is None or b.deleted_at is not None:
                raise ReferralNotFound(beneficiary_id)
            if sv is None or sv.deleted_at is not None:
                raise ValidationFailed([Issue("service_id", dom.SERVICE_REQUIRED)])
            action = s.get(PlanAction, draft.plan_action_id) if draft.plan_action_id else None
            if draft.plan_action_id and (action is None or action.beneficiary_id != beneficiary_id):
                raise ReferralNotFound(draft.plan_action_id)
            if draft.contact_id and s.get(PartnerContact, draft.contact_id) is None:
                raise ReferralNotFound(draft.contact_id)
            r = Referral(beneficiary_id=beneficiary_id, service_id=sv.id, structure_id=sv.structure_id,
                         plan_action_id=draft.plan_action_id, contact_id=draft.contact_id, sent_on=sent_on,
                         expires_on=dom.expiry_date(sent_on), reason=draft.reason.strip(),
                         agreed=draft.agreed.strip(), consent=draft.consent, shared=sorted(set(draft.shared)),
                         contact_preference=draft.contact_preference, status=dom.OPEN, status_on=sent_on)
            rec = ChangeRecorder(s, self.ctx.actor)
            rec.inserted(r)
            if action is not None:  # the plan's action now points to the service (its old free text is kept)
                link_action_in(s, rec, action.id, sv.id)
            return r.id

    def change_status(self, referral_id: str, status: str, reason: str = "", on: date | None = None,
                      outcome: str | None = None) -> None:
        on = on or self.ctx.today()
        with self.ctx.store.write() as s:
            r = self._load(s, referral_id)
            issues = dom.validate_status_change(r.status, status, reason, on, self.ctx.today())
            if issues:
                raise ValidationFailed(issues)
            before = snapshot(r)
            r.status, r.status_on, r.status_reason = status, on, reason.strip()
            if outcome is not None:
                r.outcome = outcome.strip()
            ChangeRecorder(s, self.ctx.actor).updated(r, before, "referral_status")

    def set_outcome(self, referral_id: str, outcome: str) -> None:
        """What came of it (the person started the training, did not go…): editable at any status."""
        with self.ctx.store.write() as s:
            r = self._load(s, referral_id)
            before = snapshot(r)
            r.outcome = outcome.strip()
            ChangeRecorder(s, self.ctx.actor).updated(r, before)

    def expire_overdue(self, today: date | None = None) -> int:
        """Open or studied referrals past their expiry date become ``expiree``; returns how many."""
        today = today or self.ctx.today()
        with self.ctx.store.write() as s:
            rec = ChangeRecorder(s, self.ctx.actor)
            n = 0
            for r in s.scalars(select(Referral).where(Referral.status.in_((dom.OPEN, dom.STUDYING)),
                                                      Referral.deleted_at.is_(None))):
                if dom.has_expired(r.status, r.expires_on, today):
                    before = snapshot(r)
                    r.status, r.status_on = dom.EXPIRED, today
                    rec.updated(r, before, "referral_expired")
                    n += 1
            return n

    def get(self, referral_id: str) -> ReferralView:
        with self.ctx.store.read() as s:
            return referral_views(s, [self._load(s, referral_id)])[0]

    def for_beneficiary(self, beneficiary_id: str) -> list[ReferralView]:
        with self.ctx.store.read() as s:
            refs = s.scalars(select(Referral).where(Referral.beneficiary_id == beneficiary_id,
                                                    Referral.deleted_at.is_(None))
                             .order_by(Referral.sent_on.desc(), Referral.created_at.desc())).all()
            return referral_views(s, list(refs))

    @staticmethod
    def _load(s: Session, referral_id: str) -> Referral:
        r = s.get(Referral, referral_id)
        if r is None or r.deleted_at is not None:
            raise ReferralNotFound(referral_id)
        return r
