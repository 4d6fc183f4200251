"""Log a call, an e-mail, a letter or a text between sessions: two clicks.

The button opens this dialog on "a phone call, now, 10 minutes"; Enter
saves. Everything else is optional: a line saying what it was about, a
private note that never leaves the desk. The contact counts in the person's
history and in the time spent (``services.contacts`` / ``services.time_spent``).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from cep_desk.domain.codelists import referentials
from cep_desk.domain.contact_log import CALL, DEFAULT_MINUTES, MAX_MINUTES, ContactLogDraft
from cep_desk.domain.messages import ValidationFailed
from cep_desk.services.facade import Services
from cep_desk.ui.codelist_widgets import CodeCombo, OptionalDateEdit
from cep_desk.ui.dialog_buttons import confirm_buttons
from cep_desk.ui.field_errors import FieldErrors, MessageBanner, describe_exception
from cep_desk.ui.profile_form import PRIVATE_NOTES_STYLE


class ContactLogDialog(QDialog):
    """Attributes a test can drive: ``kind`` (CodeCombo), ``day`` / ``time``, ``minutes`` (QSpinBox,
    follows the kind until edited), ``note``, ``notes_private`` (QLineEdit), ``save_button``;
    ``saved`` gives the new contact's id."""

    saved = Signal(str)

    def __init__(self, services: Services, beneficiary_id: str, person_name: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.beneficiary_id = beneficiary_id
        self.setWindowTitle(self.tr("Log a contact with {name}").format(name=person_name) if person_name
                            else self.tr("Log a contact"))
        self.setMinimumWidth(560)
        self.errors = FieldErrors(self)
        self.banner = MessageBanner(self)
        lay = QVBoxLayout(self)
        lay.addWidget(self.banner)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        self.kind = CodeCombo(referentials()["contact_log_kind"], allow_unset=False)
        self.kind.set_code(CALL)
        self.errors.add_row(form, self.tr("&Kind"), "kind", self.kind, self.tr("Kind of contact"))
        now = services.ctx.now()
        self.day = OptionalDateEdit(optional=False)
        self.day.set_date(now.date())
        self.time = QTimeEdit(QTime(now.hour, now.minute))
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Time of the contact"))
        when = QWidget()
        wl = QHBoxLayout(when)
        wl.setContentsMargins(0, 0, 0, 0)
        wl.addWidget(self.day)
        wl.addWidget(QLabel(self.tr("at")))
        wl.addWidget(self.time)
        wl.addStretch(1)
        self.day.set_accessible_name(self.tr("Date of the contact"))
        day_label = QLabel(self.tr("&Date"))
        day_label.setBuddy(self.day.edit)
        form.addRow(day_label, self.errors.wrap("at", when, self.day.edit))
        self.minutes = QSpinBox()
        self.minutes.setRange(1, MAX_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(DEFAULT_MINUTES[CALL])
        self.errors.add_row(form, self.tr("D&uration"), "duration_min", self.minutes, self.tr("Duration in minutes"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. confirmed the date of the immersion"))
        self.errors.add_row(form, self.tr("&About (shareable)"), "note", self.note, self.tr("What it was about"))
        self.notes_private = QLineEdit()
        self.notes_private.setStyleSheet(PRIVATE_NOTES_STYLE.replace("QPlainTextEdit", "QLineEdit"))
        self.errors.add_row(form, self.tr("&Private note (never shared)"), "notes_private", self.notes_private,
                            self.tr("Private note, never exported or shared"))
        lay.addLayout(form)

        self.buttons, self.save_button, _cancel = confirm_buttons(
            self, self.tr("&Log it"), self.tr("Cancel"), confirm_name=self.tr("Log the contact"), save_shortcut=True)
        self.save_button.setDefault(True)
        lay.addWidget(self.buttons)
        self._minutes_touched = False
        self.minutes.valueChanged.connect(self._minutes_edited)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.kind.setFocus()

    def _minutes_edited(self) -> None:
        if not self._following:
            self._minutes_touched = True

    _following = False

    def _kind_changed(self) -> None:
        """The usual duration of the kind, until the counsellor types their own."""
        if self._minutes_touched:
            return
        self._following = True
        try:
            self.minutes.setValue(DEFAULT_MINUTES.get(self.kind.code() or CALL, 10))
        finally:
            self._following = False

    def draft(self) -> ContactLogDraft:
        d = self.day.date()
        assert d is not None  # never optional here
        t = self.time.time()
        return ContactLogDraft(kind=self.kind.code() or "", at=datetime(d.year, d.month, d.day, t.hour(), t.minute()),
                               duration_min=self.minutes.value(), note=self.note.text().strip(),
                               notes_private=self.notes_private.text().strip())

    def accept(self) -> None:
        self.errors.clear_all()
        self.banner.clear_message()
        try:
            contact_id = self.services.contacts.log(self.beneficiary_id, self.draft())
        except ValidationFailed as exc:
            self.errors.present(exc.issues, self.banner)
            return
        except Exception as exc:  # a sentence for the user, details in the log
            self.banner.show_error(describe_exception(exc))
            return
        self.saved.emit(contact_id)
        super().accept()
