"""Outbox and audit entries for every write, in the writer's transaction."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from cep_desk.domain.ids import uuid7
from cep_desk.storage.models import AuditEntry, Base, OutboxEntry, utcnow

# Fields that never leave the desk (SYNC.md): not in the outbox, and the
# audit log names them without their text.
PRIVATE_COLUMNS = frozenset({"notes_private"})
_SYSTEM = frozenset({"created_at", "updated_at", "deleted_at", "server_version"})


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def snapshot(obj: Base) -> dict[str, Any]:
    """Column values of an ORM object, JSON-ready."""
    return {c.key: _plain(getattr(obj, c.key)) for c in inspect(obj).mapper.column_attrs}


def _apply_defaults(obj: Base) -> None:
    for col in inspect(obj).mapper.columns:
        if getattr(obj, col.key, None) is not None or col.default is None:
            continue
        default = col.default
        if getattr(default, "is_callable", False):
            value = default.arg(None)  # SQLAlchemy wraps callables to take a context  # type: ignore[union-attr]
        elif getattr(default, "is_scalar", False):
            value = default.arg  # type: ignore[union-attr]
        else:
            continue
        setattr(obj, col.key, value)


def entity_name(obj: Base) -> str:
    return obj.__tablename__


class ChangeRecorder:
    """Writes outbox + audit rows for the changes of one transaction."""

    def __init__(self, session: Session, actor: str):
        self.session = session
        self.actor = actor
        self.tx_id = uuid7()

    def inserted(self, obj: Base, action: str | None = None) -> None:
        """Add a new row. Defaults are applied here, not at flush, so the outbox
        sees the real values and SQLAlchemy can batch the INSERTs at commit."""
        _apply_defaults(obj)
        self.session.add(obj)
        fields = snapshot(obj)
        self._record(obj, "insert", fields, action or f"create_{entity_name(obj)}")

    def updated(self, obj: Base, before: dict[str, Any], action: str | None = None) -> list[str]:
        after = snapshot(obj)
        changed = {k: v for k, v in after.items() if before.get(k) != v and k not in _SYSTEM}
        if not changed:
            return []
        obj.updated_at = utcnow()  # type: ignore[attr-defined]
        changed["updated_at"] = _plain(obj.updated_at)  # type: ignore[attr-defined]
        self._record(obj, "update", changed, action or f"update_{entity_name(obj)}")
        return sorted(k for k in changed if k != "updated_at")

    def deleted(self, obj: Base, action: str | None = None) -> None:
        """Soft delete: a tombstone the hub will receive; a row already deleted is left alone."""
        if getattr(obj, "deleted_at", None) is not None:
            return
        now = utcnow()
        obj.deleted_at = now  # type: ignore[attr-defined]
        obj.updated_at = now  # type: ignore[attr-defined]
        self._record(obj, "delete", {"deleted_at": _plain(now)}, action or f"delete_{entity_name(obj)}")

    def _record(self, obj: Base, op: str, fields: dict[str, Any], action: str) -> None:
        outbox, audit = self.entries(obj, op, fields, action)
        self.session.add(OutboxEntry(**outbox))
        self.session.add(AuditEntry(**audit))

    def entries(self, obj: Base, op: str, fields: dict[str, Any], action: str) -> tuple[dict, dict]:
        """The outbox and audit values for one change (private columns already left out)."""
        entity_id = str(obj.id)  # type: ignore[attr-defined]
        outbox = {"tx_id": self.tx_id, "entity": entity_name(obj), "entity_id": entity_id, "op": op,
                  "base_version": getattr(obj, "server_version", None),
                  "fields_json": {k: v for k, v in fields.items() if k not in PRIVATE_COLUMNS}}
        audit = {"tx_id": self.tx_id, "actor": self.actor, "action": action, "entity": entity_name(obj),
                 "entity_id": entity_id,
                 "fields": sorted(k for k in fields if k not in _SYSTEM or k == "deleted_at")}
        return outbox, audit
