"""Step 6, Conclude: the conclusion d'entretien, written with the person before they leave.

The text starts as what ``services.sessions.draft_conclusion`` composes from
what moved in *this* session (options chosen, actions agreed or done, the
next appointment); the counsellor edits it with the person. While nobody has
edited it, it follows the session (recomposed each time the step is shown);
once edited, only "Recompose" replaces it. The follow-up question closes the
session: come back? when? what for?
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from cep_desk.domain.conclusion import ConclusionDraft, FollowUp
from cep_desk.domain.guided_session import SessionRecord
from cep_desk.services.facade import Services
from cep_desk.services.views import SessionContext
from cep_desk.ui.codelist_widgets import OptionalDateEdit
from cep_desk.ui.field_errors import describe_exception
from cep_desk.ui.profile_form import SHAREABLE_NOTES_STYLE
from cep_desk.ui.session.step import SessionStep

NOT_ASKED, YES, NO = 0, 1, 2


class ConcludeStep(SessionStep):
    """Attributes a test can drive: ``text`` (QPlainTextEdit), ``recompose_button``, ``next_day``
    (OptionalDateEdit) and ``next_time``, ``come_back`` (combo: 0 not asked, 1 yes, 2 no), ``when``
    (OptionalDateEdit), ``purpose`` (QLineEdit). The window sets ``record_provider`` (the session so far)."""

    key = "conclude"

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.record_provider: Callable[[], SessionRecord] | None = None
        self.language = "fr"    # the conclusion is a document for the person (conclusion.py)
        self._context: SessionContext | None = None
        self._composed: str | None = None    # the last composed text, while nobody edited it
        self._loading = False

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setStyleSheet(SHAREABLE_NOTES_STYLE)
        self.text.setAccessibleName(self.tr("Conclusion of the session, to read with the person"))
        text_label = QLabel(self.tr("Conc&lusion — what we agreed today"))
        text_label.setStyleSheet("QLabel { font-weight: bold; }")
        text_label.setBuddy(self.text)
        top.addWidget(text_label, 1)
        self.recompose_button = QPushButton(self.tr("Rec&ompose from this session"))
        self.recompose_button.setAccessibleName(self.tr("Recompose the conclusion from this session"))
        self.recompose_button.setToolTip(self.tr("Replace the text by one written from what was agreed today"))
        self.recompose_button.clicked.connect(self.recompose)
        top.addWidget(self.recompose_button)
        lay.addLayout(top)
        lay.addWidget(self.text, 1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.next_day = OptionalDateEdit()
        self.next_day.set_accessible_name(self.tr("Next appointment: day"))
        self.next_day.set_unset_text(self.tr("none"))
        self.next_day.set_default_date(services.ctx.today())
        self.next_time = QTimeEdit(QTime(10, 0))
        self.next_time.setDisplayFormat("HH:mm")
        self.next_time.setAccessibleName(self.tr("Next appointment: time"))
        when_row = QWidget()
        wl = QHBoxLayout(when_row)
        wl.setContentsMargins(0, 0, 0, 0)
        wl.addWidget(self.next_day)
        at = QLabel(self.tr("at"))
        wl.addWidget(at)
        wl.addWidget(self.next_time)
        wl.addStretch(1)
        next_label = QLabel(self.tr("&Next appointment"))
        next_label.setBuddy(self.next_day.edit)
        form.addRow(next_label, when_row)

        self.come_back = QComboBox()
        self.come_back.addItems([self.tr("— not asked yet —"), self.tr("Yes"), self.tr("No, not for now")])
        self.come_back.setAccessibleName(self.tr("Will the person come back?"))
        back_label = QLabel(self.tr("Will you come &back?"))
        back_label.setBuddy(self.come_back)
        form.addRow(back_label, self.come_back)
        self.when = OptionalDateEdit()
        self.when.set_accessible_name(self.tr("Around when"))
        self.when.set_default_date(services.ctx.today())
        when_label = QLabel(self.tr("Around &when"))
        when_label.setBuddy(self.when.edit)
        form.addRow(when_label, self.when)
        self.purpose = QLineEdit()
        self.purpose.setAccessibleName(self.tr("What for"))
        self.purpose.setPlaceholderText(self.tr("e.g. to look at the funding decision together"))
        purpose_label = QLabel(self.tr("What fo&r"))
        purpose_label.setBuddy(self.purpose)
        form.addRow(purpose_label, self.purpose)
        lay.addLayout(form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        lay.addWidget(self.message)

        self.text.textChanged.connect(self._typed)
        self.purpose.textChanged.connect(self._typed)
        self.next_day.dateChanged.connect(self._typed)
        self.next_day.dateChanged.connect(lambda: self.next_time.setEnabled(self.next_day.date() is not None))
        self.next_time.timeChanged.connect(self._typed)
        self.come_back.currentIndexChanged.connect(self._typed)
        self.when.dateChanged.connect(self._typed)

    def title(self) -> str:
        return self.tr("Conclude")

    def _typed(self) -> None:
        if not self._loading:
            self.edited.emit()

    def load(self, context: SessionContext, record: SessionRecord) -> None:
        self._context = context
        c = record.conclusion or ConclusionDraft()
        self._loading = True
        try:
            self.text.setPlainText(c.text)
            nxt = c.next_appointment
            self.next_day.set_date(nxt.date() if nxt else None)
            self.next_time.setEnabled(nxt is not None)
            if nxt:
                self.next_time.setTime(QTime(nxt.hour, nxt.minute))
            fu = c.follow_up
            self.come_back.setCurrentIndex(NOT_ASKED if fu.come_back is None else (YES if fu.come_back else NO))
            self.when.set_date(fu.when)
            self.purpose.setText(fu.purpose)
        finally:
            self._loading = False
        self._composed = c.text if not c.text.strip() else None   # a typed draft is never replaced unasked

    def entered(self, record: SessionRecord) -> None:
        """Shown again: follow the session while the text is the composed one (or empty)."""
        if self._composed is not None and self.text.toPlainText() == self._composed:
            self._compose(record)

    def recompose(self) -> None:
        if self.record_provider is not None:
            self._compose(self.record_provider())
            self.edited.emit()

    def _compose(self, record: SessionRecord) -> None:
        if self._context is None:
            return
        self.write_into(record)  # the next appointment and follow-up typed here count too
        try:
            text = self.services.sessions.draft_conclusion(self._context.beneficiary_id, record, self.language)
        except Exception as exc:  # the counsellor can still write the conclusion by hand
            self.message.setText(describe_exception(exc))
            self.message.setVisible(True)
            return
        self.message.setVisible(False)
        self._loading = True
        try:
            self.text.setPlainText(text)
        finally:
            self._loading = False
        self._composed = text

    def conclusion(self) -> ConclusionDraft:
        nxt = None
        day = self.next_day.date()
        if day is not None:
            t = self.next_time.time()
            nxt = datetime(day.year, day.month, day.day, t.hour(), t.minute())
        index = self.come_back.currentIndex()
        return ConclusionDraft(
            text=self.text.toPlainText(), next_appointment=nxt,
            follow_up=FollowUp(None if index == NOT_ASKED else index == YES, self.when.date(),
                               self.purpose.text().strip()))

    def write_into(self, record: SessionRecord) -> None:
        record.conclusion = self.conclusion()
