"""Step 2, Listen: a quiet page for notes while the person speaks.

Nothing but three text boxes: the request in the person's own words (it is
the first line of the shared diagnosis, so it is written there), the
shareable notes and the private notes. Private notes never leave the desk
and are hidden, not greyed, in side-by-side mode.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from cep_desk.domain.diagnosis import next_version
from cep_desk.domain.guided_session import SessionRecord
from cep_desk.services.facade import Services
from cep_desk.services.views import SessionContext
from cep_desk.ui.profile_form import PRIVATE_NOTES_STYLE, SHAREABLE_NOTES_STYLE, private_notes_title
from cep_desk.ui.session.step import SessionStep


def notes_box(style: str, accessible: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setStyleSheet(style)
    box.setAccessibleName(accessible)
    return box


class ListenStep(SessionStep):
    """Attributes a test can drive: ``request_words``, ``notes_shareable``, ``notes_private``
    (QPlainTextEdit), ``private_box`` (the private part, hidden side by side)."""

    key = "listen"

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self._context: SessionContext | None = None
        self._loaded_request = ""
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)

        self.request_words = notes_box(SHAREABLE_NOTES_STYLE, self.tr("The request, in the person's own words"))
        self.request_words.setPlaceholderText(self.tr("Write down what the person asks for, with their words."))
        self._fit_request()
        request_label = QLabel(self.tr("The re&quest, in the person's own words"))
        request_label.setStyleSheet("QLabel { font-weight: bold; }")
        request_label.setBuddy(self.request_words)
        lay.addWidget(request_label)
        lay.addWidget(self.request_words)

        notes = QGridLayout()
        notes.setHorizontalSpacing(16)
        self.notes_shareable = notes_box(SHAREABLE_NOTES_STYLE, self.tr("Shareable notes"))
        share_label = QLabel(self.tr("S&hareable notes — the person may read them"))
        share_label.setStyleSheet("QLabel { font-weight: bold; }")
        share_label.setBuddy(self.notes_shareable)
        notes.addWidget(share_label, 0, 0)
        notes.addWidget(self.notes_shareable, 1, 0)

        self.private_box = QWidget()
        pl = QVBoxLayout(self.private_box)
        pl.setContentsMargins(0, 0, 0, 0)
        self.notes_private = notes_box(PRIVATE_NOTES_STYLE, self.tr("Private notes, never exported or shared"))
        pl.addLayout(private_notes_title(self.tr("P&rivate notes — never exported or shared"), self.notes_private))
        pl.addWidget(self.notes_private, 1)
        notes.addWidget(self.private_box, 0, 1, 2, 1)
        lay.addLayout(notes, 1)

        for box in (self.request_words, self.notes_shareable, self.notes_private):
            box.textChanged.connect(self._typed)
        self._loading = False

    def title(self) -> str:
        return self.tr("Listen")

    def _fit_request(self) -> None:
        """A few lines for the request, in whatever type size is shown."""
        self.request_words.setMaximumHeight(self.request_words.fontMetrics().lineSpacing() * 4 + 18)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange:
            self._fit_request()
        return super().event(event)

    def _typed(self) -> None:
        if not self._loading:
            self.edited.emit()

    def load(self, context: SessionContext, record: SessionRecord) -> None:
        self._context = context
        self._loading = True
        try:
            base = record.diagnosis or (context.diagnosis.diagnosis if context.diagnosis else None)
            self._loaded_request = base.request_words if base else ""
            self._set(self.request_words, self._loaded_request)
            self._set(self.notes_shareable, record.interview.notes_shareable)
            self._set(self.notes_private, record.interview.notes_private)
        finally:
            self._loading = False

    @staticmethod
    def _set(box: QPlainTextEdit, text: str) -> None:
        if box.toPlainText() != text:
            box.setPlainText(text)

    def write_into(self, record: SessionRecord) -> None:
        record.interview.notes_shareable = self.notes_shareable.toPlainText()
        record.interview.notes_private = self.notes_private.toPlainText()
        request = self.request_words.toPlainText()
        if request == self._loaded_request:
            return  # untouched here: the diagnosis step (or the last version) says it
        if record.diagnosis is None:
            previous = self._context.diagnosis.diagnosis if self._context and self._context.diagnosis else None
            record.diagnosis = next_version(previous)
        record.diagnosis.request_words = request

    def set_side_by_side(self, on: bool) -> None:
        super().set_side_by_side(on)
        self.private_box.setVisible(not on)
