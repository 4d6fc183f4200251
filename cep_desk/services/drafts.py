"""Autosave of the session being typed: nothing typed is lost.

The window saves every few seconds (and when moving between steps); after a
crash, ``pending`` lists the drafts to offer back. A draft is a local working
copy — no outbox, no audit, not synced (see ``models.SessionDraft``) — so a
save is one upsert statement in one short transaction. Saving the session
itself deletes its draft in the same transaction.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from cep_desk.domain.history import plain
from cep_desk.services.context import ServiceContext
from cep_desk.services.views import DraftView
from cep_desk.storage.models import SessionDraft, utcnow


def draft_key(beneficiary_id: str, interview_id: str | None = None) -> str:
    return f"{beneficiary_id}:{interview_id or 'new'}"


def discard_in(s: Session, beneficiary_id: str, interview_id: str | None = None) -> None:
    s.execute(delete(SessionDraft).where(SessionDraft.key == draft_key(beneficiary_id, interview_id)))


def _view(r: SessionDraft) -> DraftView:
    return DraftView(r.key, r.beneficiary_id, r.interview_id, r.step, dict(r.payload or {}), r.saved_at)


class DraftService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def save(self, beneficiary_id: str, payload: dict[str, Any], step: str = "",
             interview_id: str | None = None) -> None:
        """Insert or replace the draft (dates and amounts in the payload become ISO text)."""
        data = json.loads(json.dumps(payload, default=plain))
        values = {"key": draft_key(beneficiary_id, interview_id), "beneficiary_id": beneficiary_id,
                  "interview_id": interview_id, "step": step, "payload": data, "saved_at": utcnow()}
        stmt = insert(SessionDraft).values(**values)
        stmt = stmt.on_conflict_do_update(index_elements=[SessionDraft.key],
                                          set_={k: stmt.excluded[k] for k in ("step", "payload", "saved_at")})
        with self.ctx.store.write() as s:
            s.execute(stmt)

    def load(self, beneficiary_id: str, interview_id: str | None = None) -> DraftView | None:
        with self.ctx.store.read() as s:
            row = s.get(SessionDraft, draft_key(beneficiary_id, interview_id))
            return _view(row) if row else None

    def discard(self, beneficiary_id: str, interview_id: str | None = None) -> None:
        with self.ctx.store.write() as s:
            discard_in(s, beneficiary_id, interview_id)

    def pending(self) -> list[DraftView]:
        """Every draft left, newest first: what to offer back after a restart."""
        with self.ctx.store.read() as s:
            return [_view(r) for r in s.scalars(select(SessionDraft).order_by(SessionDraft.saved_at.desc()))]
