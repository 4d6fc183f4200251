"""What every step of the guided session is to the session window.

The window owns one ``SessionRecord`` (domain/guided_session.py), the value
saved in one transaction and kept as the autosaved draft. Each step edits its
own part of it: ``load`` fills the widgets from what the session starts from
(the prepared ``SessionContext``) and the record (a fresh one, or a draft
offered back after a crash); ``write_into`` puts the step's part back. Steps
never save anything themselves, so moving between them costs nothing and a
half-typed step is never written to the store on its own.

Undo / redo: structural edits (add an action, reject an option, change a
status…) go through the step's ``QUndoStack`` with ``SnapshotCommand``: the
step's whole value before and after, which is simple, exact and cheap at the
size of one person's plan. Typing is in the stack too, as one step per burst
(``TYPING`` commands merge while nothing else comes between): otherwise undoing
an earlier structural edit would bring back a value without the words typed
since, and redo would not return them. Inside a text box, Qt's own undo still
answers Ctrl+Z first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from cep_desk.domain.guided_session import SessionRecord
from cep_desk.domain.messages import Issue
from cep_desk.services.views import SessionContext


class SessionStep(QWidget):
    """Base of the six steps. Subclasses set ``key`` (one of guided_session.STEPS)."""

    key: str = ""
    edited = Signal()  # anything the draft must capture changed

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self._side_by_side = False

    def title(self) -> str:
        """Translated step name for the step list (override)."""
        raise NotImplementedError

    def load(self, context: SessionContext, record: SessionRecord) -> None:
        """Fill the widgets; must not emit ``edited`` (override)."""
        raise NotImplementedError

    def write_into(self, record: SessionRecord) -> None:
        """Put this step's part into ``record`` (override)."""
        raise NotImplementedError

    def issues(self) -> list[Issue]:
        """Checks worth showing before the save; the services check again anyway."""
        return []

    def set_side_by_side(self, on: bool) -> None:
        """Side-by-side mode: large type, only what is shareable. Subclasses hide
        private and counsellor-only widgets (``hide`` them, do not merely grey them)."""
        self._side_by_side = on

    @property
    def side_by_side(self) -> bool:
        return self._side_by_side


TYPING = 1  # merge id of typing commands


class SnapshotCommand(QUndoCommand):
    """Undo step holding the whole value of a step before and after one edit."""

    def __init__(self, text: str, before: Any, after: Any, apply: Callable[[Any], None], merge_id: int = -1):
        super().__init__(text)
        self._before, self._after, self._apply = before, after, apply
        self._first = True
        self._merge_id = merge_id

    def id(self) -> int:
        return self._merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Consecutive typing is one undo step: keep the first ``before``, take the newest ``after``."""
        if self._merge_id == -1 or not isinstance(other, SnapshotCommand) or other.id() != self._merge_id:
            return False
        self._after = other._after
        return True

    def redo(self) -> None:
        if self._first:  # the edit is already on screen when pushed
            self._first = False
            return
        self._apply(self._after)

    def undo(self) -> None:
        self._apply(self._before)
