"""Field-level differences, for the history views (diagnosis versions, plan changes).

A change is a path ("project_state", "obstacles[mobilite.permis_b].status"),
the value before and the value after — plain JSON values, so the same
records are stored, shown, exported and sent to the hub.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

ADDED, REMOVED, CHANGED = "added", "removed", "changed"
_CENT = Decimal("0.01")


def plain(value: Any) -> Any:
    """A JSON-ready value: dates as ISO text, amounts (euros) as text with cents — no float rounding,
    and 1250.5 and 1250.50 are the same amount."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.quantize(_CENT), "f") if value.is_finite() else str(value)
    return value


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


@dataclass(frozen=True)
class FieldChange:
    path: str
    before: Any
    after: Any
    counsellor_only: bool = False   # hidden when the person looks at the screen too
    change: str = ""                # ADDED / REMOVED for whole items; otherwise worked out from the values

    @property
    def kind(self) -> str:
        if self.change:
            return self.change
        if _empty(self.before):
            return ADDED
        if _empty(self.after):
            return REMOVED
        return CHANGED

    def as_dict(self) -> dict[str, Any]:
        return {"path": self.path, "before": self.before, "after": self.after, "kind": self.kind,
                "counsellor_only": self.counsellor_only}


def compare(prefix: str, before: dict[str, Any], after: dict[str, Any],
            counsellor_only: frozenset[str] = frozenset()) -> list[FieldChange]:
    """Changes between two flat dicts, in the order of ``after`` then keys only in ``before``."""
    out = []
    for key in [*after, *(k for k in before if k not in after)]:
        b, a = plain(before.get(key)), plain(after.get(key))
        if b != a and not (_empty(b) and _empty(a)):
            out.append(FieldChange(f"{prefix}{key}", b, a, key in counsellor_only))
    return out
