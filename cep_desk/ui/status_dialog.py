"""Move an accompaniment to another status: pause, partner relay, close, resume, re-open.

Each move asks only what it needs (a return date for a pause, a partner for a
relay, a reason for a closure) and the service checks it with the domain's
``validate_transition``. When the service refuses, the dialog stays open with
the message under the field, so nothing typed is lost.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cep_desk.domain.accompaniment import ACTIVE, CLOSED, PAUSED, REOPENED, SUSPENDED, StatusChange
from cep_desk.domain.codelists import referentials
from cep_desk.domain.messages import ValidationFailed
from cep_desk.services.facade import Services
from cep_desk.ui.codelist_widgets import CodeCombo, OptionalDateEdit
from cep_desk.ui.dialog_buttons import confirm_buttons
from cep_desk.ui.field_errors import FieldErrors, MessageBanner, describe_exception


class StatusDialog(QDialog):
    """Ask what a status change needs, then record it in one transaction."""

    def __init__(self, services: Services, accompaniment_id: str, current: str, target: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.accompaniment_id = accompaniment_id
        self.current = current
        self.target = target
        today = services.ctx.today()
        title, intro, ok_text = self._texts(target)
        self.setWindowTitle(title)
        self.setMinimumWidth(600)
        self.errors = FieldErrors(self)
        self.banner = MessageBanner(self)

        lay = QVBoxLayout(self)
        intro_label = QLabel(intro)
        intro_label.setWordWrap(True)
        lay.addWidget(intro_label)
        lay.addWidget(self.banner)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        lay.addLayout(form)

        self.on = OptionalDateEdit(optional=False)
        self.on.set_date(today)
        self.errors.add_row(form, self.tr("&Date of the change"), "on", self.on, self.tr("Date of the change"))

        self.return_date: OptionalDateEdit | None = None
        self.partner: QLineEdit | None = None
        self.closure_reason: CodeCombo | None = None
        if target == PAUSED:
            self.return_date = OptionalDateEdit()
            self.return_date.set_default_date(today + timedelta(days=14))
            self.errors.add_row(form, self.tr("&Return date (after today)"), "return_date", self.return_date,
                                self.tr("Planned return date"))
        if target == SUSPENDED:
            self.partner = QLineEdit()
            self.partner.setPlaceholderText(self.tr("e.g. Cap emploi Aveyron — Mme Delmas"))
            self.errors.add_row(form, self.tr("&Partner who takes over"), "partner", self.partner,
                                self.tr("Partner who takes over"))
        if target == CLOSED:
            self.closure_reason = CodeCombo(referentials()["closure_reason"],
                                            unset_text=self.tr("— choose a reason —"))
            self.errors.add_row(form, self.tr("&Why it is closed"), "closure_reason", self.closure_reason,
                                self.tr("Closure reason"))
        self.comment = QPlainTextEdit()
        self.comment.setTabChangesFocus(True)
        self.comment.setMaximumHeight(self.comment.fontMetrics().lineSpacing() * 4 + 16)
        self.errors.add_row(form, self.tr("Co&mment (optional)"), "comment", self.comment, self.tr("Comment"))

        self.buttons, self.ok_button, _cancel = confirm_buttons(self, ok_text, self.tr("Cancel"),
                                                                save_shortcut=True)
        lay.addWidget(self.buttons)
        first = self.return_date or self.partner or self.closure_reason or self.on
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _texts(self, target: str) -> tuple[str, str, str]:
        """Title, one-sentence explanation, and the OK button's text for each move."""
        if target == PAUSED:
            return (self.tr("Pause the accompaniment"),
                    self.tr("The accompaniment stays open; you plan to resume it on the return date."),
                    self.tr("&Pause"))
        if target == SUSPENDED:
            return (self.tr("Partner relay"),
                    self.tr("A partner takes over for a while; the accompaniment is suspended, not closed."),
                    self.tr("&Start the relay"))
        if target == CLOSED:
            return (self.tr("Close the accompaniment"),
                    self.tr("Closing ends the accompaniment. It can be re-opened later if the person comes back."),
                    self.tr("&Close the accompaniment"))
        if target == ACTIVE:
            return (self.tr("Resume the accompaniment"),
                    self.tr("The accompaniment becomes active again."),
                    self.tr("&Resume"))
        if target == REOPENED:
            return (self.tr("Re-open the accompaniment"),
                    self.tr("The person comes back: the same accompaniment continues, its history is kept."),
                    self.tr("&Re-open"))
        return self.tr("Change the status"), "", self.tr("&OK")

    def change(self) -> StatusChange:
        return StatusChange(
            target=self.target,
            on=self.on.date() or self.services.ctx.today(),
            return_date=self.return_date.date() if self.return_date else None,
            closure_reason=self.closure_reason.code() if self.closure_reason else None,
            partner=self.partner.text().strip() if self.partner else "",
            comment=self.comment.toPlainText().strip(),
        )

    def accept(self) -> None:
        """Record the change; on refusal keep the dialog open and say why, next to the field."""
        self.errors.clear_all()
        self.banner.clear_message()
        try:
            self.services.accompaniments.change_status(self.accompaniment_id, self.change())
        except ValidationFailed as exc:
            self.errors.present(exc.issues, self.banner)
            return
        except Exception as exc:  # a sentence for the user, details in the log
            self.banner.show_error(describe_exception(exc))
            return
        super().accept()
