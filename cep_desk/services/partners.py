"""The directory as the counsellor edits it: own structures and services, contacts, notes, tags,
favourites, "last verified", and links from plan actions to services.

Every write goes through ``ChangeRecorder`` (outbox + audit in the same
transaction); ``partner_relation.notes_private`` never reaches the outbox.
Imported data·inclusion records are read-only here: a re-import would
overwrite any change, so the counsellor's knowledge goes in the own layer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic_core import ValidationError  # what pydantic raises; importing pydantic itself costs 25 ms
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cep_desk.domain import partners as dom
from cep_desk.domain.messages import Issue, ValidationFailed
from cep_desk.domain.rules import check_email, check_phone, normalise_phone
from cep_desk.domain.text import fold
from cep_desk.services.changes import ChangeRecorder, snapshot
from cep_desk.services.context import ServiceContext
from cep_desk.services.partner_import import reindex_services
from cep_desk.services.partner_records import (
    error_text,
    service_row,
    structure_row,
    validate_service,
    validate_structure,
)
from cep_desk.services.partner_search import mark_changed
from cep_desk.services.partner_views import ContactView, ReverifyItem, ServiceView, StructureView
from cep_desk.storage.models import PlanAction
from cep_desk.storage.models_partners import (
    OWN_SOURCE,
    ActionServiceLink,
    PartnerContact,
    PartnerRelation,
    PartnerService,
    PartnerStructure,
    Referral,
)


def link_action_in(s: Session, rec: ChangeRecorder, action_id: str, service_id: str | None) -> None:
    """In the caller's transaction: link ``action_id`` to ``service_id`` (None: unlink), keeping one link per action."""
    if s.get(PlanAction, action_id) is None:
        raise PartnerNotFound(action_id)
    if service_id is not None and s.get(PartnerService, service_id) is None:
        raise PartnerNotFound(service_id)
    link = s.scalars(select(ActionServiceLink).where(ActionServiceLink.action_id == action_id)).first()
    if link is None:
        if service_id is not None:
            rec.inserted(ActionServiceLink(action_id=action_id, service_id=service_id))
        return
    before = snapshot(link)
    if service_id is None:
        rec.deleted(link)
        return
    link.service_id, link.deleted_at = service_id, None
    rec.updated(link, before)

class PartnerNotFound(LookupError):
    pass


@dataclass
class ContactDraft:
    name: str
    role: str = ""
    phone: str = ""
    email: str = ""


def service_view(sv: PartnerService) -> ServiceView:
    return ServiceView(sv.id, sv.structure_id, sv.source, sv.source_id, sv.nom, sv.own, sv.date_maj, dict(sv.record))


def contact_view(c: PartnerContact) -> ContactView:
    return ContactView(c.id, c.structure_id, c.name, c.role, c.phone, c.email)


def _schema_issue(field_name: str, exc: ValidationError) -> Issue:
    return Issue(field_name, dom.SCHEMA_INVALID, {"detail": error_text(exc)})


class PartnerDirectory:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    # -- own entries ---------------------------------------------------------------------------
    def create_structure(self, fields: dict[str, Any]) -> str:
        """A structure the counsellor adds (not in data·inclusion): validated like an imported one."""
        from cep_desk.domain.ids import uuid7

        raw = {**fields, "source": OWN_SOURCE, "id": f"{OWN_SOURCE}--{uuid7()}", "date_maj": self.ctx.today()}
        try:
            rec = validate_structure(raw)
        except ValidationError as exc:
            raise ValidationFailed([_schema_issue("structure", exc)]) from None
        with self.ctx.store.write() as s:
            rec_ = ChangeRecorder(s, self.ctx.actor)
            st = PartnerStructure(**structure_row(rec, own=True))
            rec_.inserted(st)
            return st.id

    def add_service(self, structure_id: str, fields: dict[str, Any]) -> str:
        from cep_desk.domain.ids import uuid7

        with self.ctx.store.read() as s:
            st = self._structure(s, structure_id)
            raw = {**fields, "source": st.source, "structure_id": st.source_id,
                   "id": f"{OWN_SOURCE}--{uuid7()}", "date_maj": self.ctx.today()}
        # At an imported structure the service keeps the structure's ``source`` (so a colleague's import
        # attaches it to the same structure); ``own`` marks it as the counsellor's.
        try:
            rec = validate_service(raw)
        except ValidationError as exc:
            raise ValidationFailed([_schema_issue("service", exc)]) from None
        row = service_row(rec, own=True)
        row["structure_id"] = structure_id
        with self.ctx.store.write() as s:
            ChangeRecorder(s, self.ctx.actor).inserted(PartnerService(**row))
            s.flush()
            reindex_services(s, {row["id"]})
        mark_changed(self.ctx.store)
        return row["id"]

    def update_service(self, service_id: str, fields: dict[str, Any]) -> list[str]:
        with self.ctx.store.write() as s:
            sv = s.get(PartnerService, service_id)
            if sv is None or sv.deleted_at is not None:
                raise PartnerNotFound(service_id)
            if not sv.own:
                raise ValidationFailed([Issue("service", dom.IMPORTED_READ_ONLY)])
            raw = {**sv.record, **fields, "date_maj": self.ctx.today()}
            try:
                rec = validate_service(raw)
            except ValidationError as exc:
                raise ValidationFailed([_schema_issue("service", exc)]) from None
            before = snapshot(sv)
            row = service_row(rec, own=True)
            for k in ("nom", "type", "frais", "code_insee", "commune", "record", "date_maj"):
                setattr(sv, k, row[k])
            changed = ChangeRecorder(s, self.ctx.actor).updated(sv, before)
            s.flush()
            reindex_services(s, {sv.id})
        mark_changed(self.ctx.store)
        return changed

    # -- the counsellor's layer on any structure ---------------------------------------------
    def set_relation(self, structure_id: str, *, favourite: bool | None = None, tags: list[str] | None = None,
                     last_verified: date | None = None, notes_shareable: str | None = None,
                     notes_private: str | None = None) -> list[str]:
        if last_verified is not None and last_verified > self.ctx.today():
            raise ValidationFailed([Issue("last_verified", dom.VERIFIED_IN_FUTURE)])
        values = {"favourite": favourite, "last_verified": last_verified, "notes_shareable": notes_shareable,
                  "notes_private": notes_private,
                  "tags": None if tags is None else sorted({t.strip() for t in tags if t.strip()})}
        with self.ctx.store.write() as s:
            self._structure(s, structure_id)
            rec = ChangeRecorder(s, self.ctx.actor)
            rel = s.scalars(select(PartnerRelation).where(PartnerRelation.structure_id == structure_id)).first()
            if rel is None:
                rel = PartnerRelation(structure_id=structure_id,
                                      **{k: v for k, v in values.items() if v is not None})
                rec.inserted(rel)
                return sorted(k for k, v in values.items() if v is not None)
            before = snapshot(rel)
            for k, v in values.items():
                if v is not None:
                    setattr(rel, k, v)
            return rec.updated(rel, before)

    def mark_verified(self, structure_id: str, on: date | None = None) -> None:
        self.set_relation(structure_id, last_verified=on or self.ctx.today())

    def add_contact(self, structure_id: str, draft: ContactDraft) -> str:
        issues = self._contact_issues(draft)
        if issues:
            raise ValidationFailed(issues)
        with self.ctx.store.write() as s:
            self._structure(s, structure_id)
            c = PartnerContact(structure_id=structure_id, name=draft.name.strip(), role=draft.role.strip(),
                               phone=normalise_phone(draft.phone) if draft.phone.strip() else "",
                               email=draft.email.strip())
            ChangeRecorder(s, self.ctx.actor).inserted(c)
            return c.id

    def update_contact(self, contact_id: str, draft: ContactDraft) -> list[str]:
        issues = self._contact_issues(draft)
        if issues:
            raise ValidationFailed(issues)
        with self.ctx.store.write() as s:
            c = s.get(PartnerContact, contact_id)
            if c is None or c.deleted_at is not None:
                raise PartnerNotFound(contact_id)
            before = snapshot(c)
            c.name, c.role, c.email = draft.name.strip(), draft.role.strip(), draft.email.strip()
            c.phone = normalise_phone(draft.phone) if draft.phone.strip() else ""
            return ChangeRecorder(s, self.ctx.actor).updated(c, before)

    def remove_contact(self, contact_id: str) -> None:
        with self.ctx.store.write() as s:
            c = s.get(PartnerContact, contact_id)
            if c is None:
                raise PartnerNotFound(contact_id)
            ChangeRecorder(s, self.ctx.actor).deleted(c)

    @staticmethod
    def _contact_issues(draft: ContactDraft) -> list[Issue]:
        issues = [] if draft.name.strip() else [Issue("name", dom.CONTACT_NAME_REQUIRED)]
        issues += [i for i in (check_email(draft.email.strip()), check_phone(draft.phone.strip())) if i]
        return issues

    # -- plan action ↔ service ----------------------------------------------------------------
    def link_action(self, action_id: str, service_id: str | None) -> None:
        """Point a plan action to a directory service (None: unlink). The action's text ``partner`` is kept."""
        with self.ctx.store.write() as s:
            link_action_in(s, ChangeRecorder(s, self.ctx.actor), action_id, service_id)

    def linked_service(self, action_id: str) -> ServiceView | None:
        with self.ctx.store.read() as s:
            sv = s.scalars(select(PartnerService).join(ActionServiceLink, ActionServiceLink.service_id ==
                                                       PartnerService.id)
                           .where(ActionServiceLink.action_id == action_id,
                                  ActionServiceLink.deleted_at.is_(None))).first()
            return service_view(sv) if sv else None

    # -- reading -------------------------------------------------------------------------------
    def get(self, structure_id: str, with_private: bool = True) -> StructureView:
        from cep_desk.services.referrals import referral_views

        with self.ctx.store.read() as s:
            st = self._structure(s, structure_id)
            services = s.scalars(select(PartnerService).where(PartnerService.structure_id == structure_id,
                                                              PartnerService.deleted_at.is_(None))
                                 .order_by(PartnerService.nom)).all()
            contacts = s.scalars(select(PartnerContact).where(PartnerContact.structure_id == structure_id,
                                                              PartnerContact.deleted_at.is_(None))
                                 .order_by(PartnerContact.name)).all()
            rel = s.scalars(select(PartnerRelation).where(PartnerRelation.structure_id == structure_id)).first()
            refs = s.scalars(select(Referral).where(Referral.structure_id == structure_id,
                                                    Referral.deleted_at.is_(None))
                             .order_by(Referral.sent_on.desc())).all()
            return StructureView(
                st.id, st.source, st.source_id, st.nom, st.own, st.date_maj, dict(st.record),
                sorted((service_view(x) for x in services), key=lambda v: fold(v.nom)),
                [contact_view(c) for c in contacts],
                favourite=bool(rel and rel.favourite), tags=list(rel.tags) if rel else [],
                last_verified=rel.last_verified if rel else None,
                notes_shareable=rel.notes_shareable if rel else "",
                notes_private=(rel.notes_private if rel and with_private else ""),
                referrals=referral_views(s, refs))

    def service(self, service_id: str) -> ServiceView:
        with self.ctx.store.read() as s:
            sv = s.get(PartnerService, service_id)
            if sv is None or sv.deleted_at is not None:
                raise PartnerNotFound(service_id)
            return service_view(sv)

    def to_reverify(self, today: date | None = None, only_known: bool = True) -> list[ReverifyItem]:
        """Entries not verified for 12 months, oldest first. ``only_known``: the structures the counsellor
        works with (own entries, favourites, with contacts, notes or referrals), not all 100,000 imported."""
        today = today or self.ctx.today()
        with self.ctx.store.read() as s:
            rels = {r.structure_id: r for r in s.scalars(select(PartnerRelation))}
            ids = set(rels)
            ids |= set(s.scalars(select(PartnerContact.structure_id).where(PartnerContact.deleted_at.is_(None))))
            ids |= set(s.scalars(select(Referral.structure_id).where(Referral.deleted_at.is_(None))))
            query = select(PartnerStructure).where(PartnerStructure.deleted_at.is_(None))
            if only_known:
                query = query.where((PartnerStructure.own.is_(True)) | PartnerStructure.id.in_(ids))
            out = []
            for st in s.scalars(query):
                rel = rels.get(st.id)
                verified = rel.last_verified if rel else None
                if dom.reverify_due(verified, today):
                    label = f"{st.nom} ({st.commune})" if st.commune else st.nom
                    out.append(ReverifyItem(st.id, None, label, verified))
        return sorted(out, key=lambda i: (i.last_verified or date.min, i.label))

    def structures(self, own_only: bool = False) -> list[tuple[str, str]]:
        with self.ctx.store.read() as s:
            q = select(PartnerStructure.id, PartnerStructure.nom).where(PartnerStructure.deleted_at.is_(None))
            if own_only:
                q = q.where(PartnerStructure.own.is_(True))
            return [(i, n) for i, n in s.execute(q.order_by(PartnerStructure.nom))]

    def counts(self) -> dict[str, int]:
        with self.ctx.store.read() as s:
            return {"structures": s.scalar(select(func.count()).select_from(PartnerStructure)) or 0,
                    "services": s.scalar(select(func.count()).select_from(PartnerService)) or 0}

    @staticmethod
    def _structure(s: Session, structure_id: str) -> PartnerStructure:
        st = s.get(PartnerStructure, structure_id)
        if st is None or st.deleted_at is not None:
            raise PartnerNotFound(structure_id)
        return st
