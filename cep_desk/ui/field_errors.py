"""Inline error messages: a red label under each field, plus a banner for the form.

Counsellors fix what they see next to the field, so every ``Issue`` the
domain returns lands under its own field; the message is also put in the
field's accessible description so a screen reader says it. Anything that is
not a field problem (disk full, a record deleted meanwhile) goes in the
banner, as a sentence: never a stack trace.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from cep_desk.domain.messages import Issue, ValidationFailed
from cep_desk.storage.errors import StoreError
from cep_desk.ui.codelist_widgets import OptionalDateEdit

log = logging.getLogger(__name__)

ERROR_COLOUR = "#b00020"
_ERROR_STYLE = (
    f"QLabel {{ color: {ERROR_COLOUR}; border-left: 3px solid {ERROR_COLOUR}; padding-left: 6px; }}"
)


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def render_issue(issue: Issue) -> str:
    return issue.render(QCoreApplication.translate)


def describe_exception(exc: BaseException) -> str:
    """A sentence for the user about a failed action; the details go to the log only."""
    if isinstance(exc, ValidationFailed):
        return "\n".join(render_issue(i) for i in exc.issues)
    if isinstance(exc, StoreError):
        return exc.render(QCoreApplication.translate)
    if isinstance(exc, LookupError):
        return translate("FieldErrors", "This record no longer exists (it may have been deleted meanwhile). "
                                        "Close it and open it again from the caseload.")
    log.exception("unexpected error", exc_info=exc)
    return translate("FieldErrors", "Something unexpected went wrong: nothing was saved. "
                                    "What you typed is still here; try again, and tell your IT support if it "
                                    "happens again.")


def make_error_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(_ERROR_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setVisible(False)
    return label


class MessageBanner(QLabel):
    """A message above a form: red for "nothing was saved", green for "saved"."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setVisible(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def show_error(self, text: str) -> None:
        self._show(text, "#fdecea", ERROR_COLOUR)

    def show_info(self, text: str) -> None:
        self._show(text, "#e8f5e9", "#1b5e20")

    def show_warning(self, text: str) -> None:
        self._show(text, "#fff4e0", "#6b4500")

    def _show(self, text: str, bg: str, fg: str) -> None:
        self.setStyleSheet(f"QLabel {{ background: {bg}; color: {fg}; border: 1px solid {fg};"
                           f" border-radius: 4px; padding: 6px 10px; }}")
        self.setText(text)
        self.setAccessibleName(text)
        self.setVisible(True)

    def clear_message(self) -> None:
        self.setText("")
        self.setVisible(False)


class FieldErrors(QObject):
    """Domain field name → (input widget, red label under it)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self._descriptions: dict[str, str] = {}
        self._shown: dict[str, str] = {}

    def wrap(self, field: str, widget: QWidget, focus_widget: QWidget | None = None) -> QWidget:
        """The widget with its (hidden) error label underneath, ready for a form row."""
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(widget)
        label = make_error_label(box)
        lay.addWidget(label)
        box.setFocusProxy(focus_widget or widget)
        self.register(field, focus_widget or widget, label)
        return box

    def add_row(self, form: QFormLayout, label: str, field: str, widget: QWidget, accessible: str) -> None:
        """A form row: the label (mnemonic, buddy) and the widget with its error label."""
        lab = QLabel(label)
        lab.setBuddy(widget.focusProxy() or widget)
        if isinstance(widget, OptionalDateEdit):
            widget.set_accessible_name(accessible)
        else:
            widget.setAccessibleName(accessible)
        form.addRow(lab, self.wrap(field, widget, widget.focusProxy()))

    def register(self, field: str, widget: QWidget, label: QLabel) -> None:
        self._fields[field] = (widget, label)
        self._descriptions[field] = widget.accessibleDescription()

    def unregister(self, field: str) -> None:
        self._fields.pop(field, None)
        self._descriptions.pop(field, None)
        self._shown.pop(field, None)

    def fields(self) -> list[str]:
        return list(self._fields)

    def knows(self, field: str) -> bool:
        return field in self._fields

    def label(self, field: str) -> QLabel:
        return self._fields[field][1]

    def message(self, field: str) -> str:
        return self._shown.get(field, "")

    def has(self, field: str) -> bool:
        return field in self._shown

    def fields_in_error(self) -> list[str]:
        return list(self._shown)

    def show(self, field: str, message: str) -> bool:
        """Show ``message`` under ``field``; False when the form has no such field."""
        if field not in self._fields:
            return False
        widget, label = self._fields[field]
        previous = self._shown.get(field)
        # Two problems on one field (e.g. a status line) are both shown, each once.
        text = f"{previous}\n{message}" if previous and message not in previous.split("\n") else previous or message
        self._shown[field] = text
        label.setText(text)
        label.setAccessibleName(text)
        label.setVisible(True)
        widget.setAccessibleDescription(text)
        return True

    def set(self, field: str, issue: Issue | None) -> None:
        """Replace what ``field`` shows with this issue's message, or clear it."""
        self.clear(field)
        if issue is not None:
            self.show(field, render_issue(issue))

    def clear(self, field: str) -> None:
        if field not in self._fields:
            return
        widget, label = self._fields[field]
        self._shown.pop(field, None)
        label.setText("")
        label.setVisible(False)
        widget.setAccessibleDescription(self._descriptions.get(field, ""))

    def clear_all(self) -> None:
        for f in list(self._shown):
            self.clear(f)

    def show_issues(self, issues: list[Issue]) -> list[Issue]:
        """Place each issue under its field; returns the ones no field here can show."""
        unplaced: list[Issue] = []
        for issue in issues:
            if not self.show(issue.field, render_issue(issue)):
                unplaced.append(issue)
        return unplaced

    def present(self, issues: list[Issue], banner: MessageBanner, fallback: str = "") -> list[Issue]:
        """The one way a refused save is shown: each issue under its field, the others in
        the banner (or ``fallback`` there when all were placed), focus on the first field."""
        unplaced = self.show_issues(issues)
        if unplaced:
            banner.show_error("\n".join(render_issue(i) for i in unplaced))
        elif fallback:
            banner.show_error(fallback)
        self.focus_first()
        return unplaced

    def focus_first(self, order: list[str] | None = None) -> None:
        """Move the focus to the first field in error, so the keyboard user lands on it."""
        names = [f for f in (order or list(self._fields)) if f in self._shown] or list(self._shown)
        if names:
            widget = self._fields[names[0]][0]
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
