"""Record or edit a session (entretien): when, how long, how, where, level, purpose, notes.

Quick to fill after an appointment: it opens on "now" rounded to the quarter
hour, 60 minutes, face to face, at the last site used. A session cannot be
added to a closed accompaniment (domain rule): the dialog says so at once,
offers the re-opening, and only then lets the counsellor save.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cep_desk.domain import messages as m
from cep_desk.domain.accompaniment import CLOSED, REOPENED
from cep_desk.domain.codelists import CodeList
from cep_desk.domain.interview import InterviewDraft
from cep_desk.domain.messages import Issue, ValidationFailed
from cep_desk.services.facade import Services
from cep_desk.services.views import AccompanimentView, InterviewView
from cep_desk.ui.dialog_buttons import confirm_buttons
from cep_desk.ui.field_errors import FieldErrors, MessageBanner, describe_exception, render_issue
from cep_desk.ui.interview_fields import InterviewFields
from cep_desk.ui.profile_form import PRIVATE_NOTES_STYLE, SHAREABLE_NOTES_STYLE, private_notes_title
from cep_desk.ui.status_dialog import StatusDialog


class InterviewDialog(QDialog):
    """Record a new session (``interview`` None) or edit one."""

    saved = Signal(str)                 # the session's id
    accompanimentChanged = Signal()     # re-opened from here: the file must refresh

    def __init__(self, services: Services, beneficiary_id: str, accompaniment: AccompanimentView | None,
                 interview: InterviewView | None = None, default_site_id: str | None = None,
                 levels: CodeList | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.beneficiary_id = beneficiary_id
        self.accompaniment = accompaniment
        self.interview = interview
        self.levels = levels or services.counsellor.levels()
        self.status_dialog: StatusDialog | None = None
        self.setWindowTitle(self.tr("Edit the session") if interview else self.tr("New session"))
        self.setMinimumWidth(880)
        self.errors = FieldErrors(self)
        self.banner = MessageBanner(self)

        lay = QVBoxLayout(self)
        blocked_row = QHBoxLayout()
        blocked_row.addWidget(self.banner, 1)
        self.reopen_button = QPushButton(self.tr("Re-&open the accompaniment…"))
        self.reopen_button.setAccessibleName(self.tr("Re-open the accompaniment"))
        self.reopen_button.clicked.connect(self.ask_reopen)
        self.reopen_button.setVisible(False)
        blocked_row.addWidget(self.reopen_button)
        lay.addLayout(blocked_row)

        self.fields = InterviewFields(services, self.errors, self.banner, levels=self.levels,
                                      current_site_id=interview.site_id if interview else None)
        f = self.fields  # the dialog's own names for the fields, used by its callers and tests
        self.day, self.time, self.duration, self.channel, self.format = f.day, f.time, f.duration, f.channel, f.format
        self.site, self.level, self.purpose, self._sites = f.site, f.level, f.purpose, f.sites
        lay.addWidget(self.fields)

        notes = QGridLayout()
        notes.setHorizontalSpacing(16)
        self.notes_shareable = QPlainTextEdit()
        self.notes_shareable.setTabChangesFocus(True)
        self.notes_shareable.setStyleSheet(SHAREABLE_NOTES_STYLE)
        self.notes_shareable.setAccessibleName(self.tr("Shareable notes"))
        share_label = QLabel(self.tr("S&hareable notes"))
        share_label.setStyleSheet("QLabel { font-weight: bold; }")
        share_label.setBuddy(self.notes_shareable)
        self.notes_private = QPlainTextEdit()
        self.notes_private.setTabChangesFocus(True)
        self.notes_private.setStyleSheet(PRIVATE_NOTES_STYLE)
        self.notes_private.setAccessibleName(self.tr("Private notes, never exported or shared"))
        private_title = private_notes_title(self.tr("P&rivate notes — never exported or shared"),
                                            self.notes_private)
        notes.addWidget(share_label, 0, 0)
        notes.addWidget(self.errors.wrap("notes_shareable", self.notes_shareable), 1, 0)
        notes.addLayout(private_title, 0, 1)
        notes.addWidget(self.errors.wrap("notes_private", self.notes_private), 1, 1)
        lay.addLayout(notes, 1)

        self.buttons, self.save_button, _cancel = confirm_buttons(
            self, self.tr("&Save the session"), self.tr("Cancel"), confirm_name=self.tr("Save the session"),
            save_shortcut=True)
        self.save_button.setToolTip(self.tr("Save the session (Ctrl+S)"))
        lay.addWidget(self.buttons)

        self._fill(default_site_id)
        self._update_blocked()

    def _fill(self, default_site_id: str | None) -> None:
        i = self.interview
        if i is None:
            self.fields.fill_new(self.accompaniment, default_site_id)
            return
        self.fields.set_draft(InterviewDraft(i.starts_at, i.duration_min, i.channel, i.format, i.site_id, i.level,
                                             i.purpose))
        self.notes_shareable.setPlainText(i.notes_shareable)
        self.notes_private.setPlainText(i.notes_private)

    # -- closed accompaniment ----------------------------------------------------
    def is_blocked(self) -> bool:
        """A new session on a closed accompaniment: the service would refuse it."""
        return self.interview is None and self.accompaniment is not None and self.accompaniment.status == CLOSED

    def _update_blocked(self) -> None:
        blocked = self.is_blocked()
        self.save_button.setEnabled(not blocked)
        self.reopen_button.setVisible(blocked)
        if blocked:
            self.banner.show_warning(render_issue(Issue("accompaniment", m.SESSION_ON_CLOSED)))
            self.reopen_button.setFocus()
        else:
            self.banner.clear_message()

    def ask_reopen(self) -> StatusDialog | None:
        if self.accompaniment is None:
            return None
        dlg = StatusDialog(self.services, self.accompaniment.id, self.accompaniment.status, REOPENED, self)
        dlg.accepted.connect(self._reopened)
        self.status_dialog = dlg
        dlg.open()
        return dlg

    def _reopened(self) -> None:
        try:
            accs = self.services.accompaniments.for_beneficiary(self.beneficiary_id)
        except Exception as exc:
            self.banner.show_error(describe_exception(exc))
            return
        self.accompaniment = next((a for a in accs if self.accompaniment and a.id == self.accompaniment.id),
                                  self.accompaniment)
        self._update_blocked()
        self.accompanimentChanged.emit()
        self.day.setFocus()

    # -- saving ---------------------------------------------------------------------
    def draft(self) -> InterviewDraft:
        return self.fields.draft(self.notes_shareable.toPlainText(), self.notes_private.toPlainText())

    def accept(self) -> None:
        """Save; on refusal say why (under the field, or above) and stay open with everything typed."""
        if not self.save_button.isEnabled():
            return
        self.errors.clear_all()
        self.banner.clear_message()
        try:
            if self.interview is None:
                new_id = self.services.interviews.record(
                    self.beneficiary_id, self.accompaniment.id if self.accompaniment else None, self.draft())
            else:
                self.services.interviews.update(self.interview.id, self.draft())
                new_id = self.interview.id
        except ValidationFailed as exc:
            self.errors.present(exc.issues, self.banner)
            return
        except Exception as exc:  # a sentence for the user, details in the log
            self.banner.show_error(describe_exception(exc))
            return
        self.saved.emit(new_id)
        super().accept()
