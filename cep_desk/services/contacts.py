"""Contacts between sessions: a call, an e-mail, a letter or a text, logged in one call."""

from __future__ import annotations

from sqlalchemy import select

from cep_desk.domain.contact_log import ContactLogDraft, validate_contact_log
from cep_desk.domain.messages import ValidationFailed
from cep_desk.services.changes import ChangeRecorder
from cep_desk.services.context import ServiceContext
from cep_desk.services.plans import current_accompaniment, live_person
from cep_desk.services.views import ContactLogView
from cep_desk.storage.models import ContactLog


def contact_view(r: ContactLog) -> ContactLogView:
    return ContactLogView(r.id, r.kind, r.at, r.duration_min, r.note, r.notes_private)


class ContactLogService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def log(self, beneficiary_id: str, draft: ContactLogDraft) -> str:
        """One transaction: the contact, on the person's current accompaniment, with outbox and audit."""
        issues = validate_contact_log(draft, self.ctx.today())
        if issues:
            raise ValidationFailed(issues)
        with self.ctx.store.write() as s:
            live_person(s, beneficiary_id)
            acc = current_accompaniment(s, beneficiary_id)
            row = ContactLog(beneficiary_id=beneficiary_id, accompaniment_id=acc.id if acc else None,
                             kind=draft.kind, at=draft.at, duration_min=draft.minutes, note=draft.note,
                             notes_private=draft.notes_private)
            ChangeRecorder(s, self.ctx.actor).inserted(row)
            return row.id

    def for_beneficiary(self, beneficiary_id: str) -> list[ContactLogView]:
        """Newest first."""
        with self.ctx.store.read() as s:
            return [contact_view(r) for r in s.scalars(select(ContactLog).where(
                ContactLog.beneficiary_id == beneficiary_id, ContactLog.deleted_at.is_(None)
            ).order_by(ContactLog.at.desc()))]

    def delete(self, contact_id: str) -> None:
        with self.ctx.store.write() as s:
            row = s.get(ContactLog, contact_id)
            if row is None or row.deleted_at is not None:
                raise LookupError(contact_id)
            ChangeRecorder(s, self.ctx.actor).deleted(row)
