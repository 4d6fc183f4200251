"""Record or edit a session (entretien): when, how long, how, where, level, purpose, notes.

Quick to fill after an appointment: it opens on "now" rounded to the quarter
hour, 60 minutes, face to face, at the last site used. A session cannot be
added to a closed accompaniment (domain rule): the dialog says so at once,
offers the re-opening, and only then lets the counsellor save.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from cep_desk.domain import messages as m
from cep_desk.domain.accompaniment import CLOSED, REOPENED
from cep_desk.domain.codelists import CodeList, referentials
from cep_desk.domain.interview import InterviewDraft
from cep_desk.domain.messages import Issue, ValidationFailed
from cep_desk.domain.text import fold
from cep_desk.services.facade import Services
from cep_desk.services.views import AccompanimentView, InterviewView, SiteView
from cep_desk.ui.codelist_widgets import CodeCombo, OptionalDateEdit
from cep_desk.ui.dialog_buttons import confirm_buttons
from cep_desk.ui.field_errors import FieldErrors, MessageBanner, describe_exception, render_issue
from cep_desk.ui.language import current_language
from cep_desk.ui.profile_form import PRIVATE_NOTES_STYLE, SHAREABLE_NOTES_STYLE, lock_pixmap
from cep_desk.ui.status_dialog import StatusDialog


def rounded_now(now: datetime, minutes: int = 15) -> datetime:
    """Now, to the nearest quarter hour: sessions are booked on round times."""
    base = now.replace(second=0, microsecond=0, minute=0)
    steps = round((now.minute + now.second / 60) / minutes)
    return base + timedelta(minutes=steps * minutes)


def site_label(site: SiteView) -> str:
    """"Permanence — Saint-Affrique": the kind first, since a permanence changes what is possible.

    A name that already says its kind ("Saint-Affrique – permanence") is shown as it is.
    """
    kinds = referentials()["site_kind"]
    kind = kinds.label(site.kind, current_language())
    # Site names are typed in French whatever the interface language.
    if not kind or any(fold(label) in fold(site.name) for label in (kind, kinds.label(site.kind, "fr")) if label):
        return site.name
    return f"{kind} — {site.name}"


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
        ref = referentials()

        lay = QVBoxLayout(self)
        blocked_row = QHBoxLayout()
        blocked_row.addWidget(self.banner, 1)
        self.reopen_button = QPushButton(self.tr("Re-&open the accompaniment…"))
        self.reopen_button.setAccessibleName(self.tr("Re-open the accompaniment"))
        self.reopen_button.clicked.connect(self.ask_reopen)
        self.reopen_button.setVisible(False)
        blocked_row.addWidget(self.reopen_button)
        lay.addLayout(blocked_row)

        top = QGridLayout()
        top.setHorizontalSpacing(18)
        left = QFormLayout()
        right = QFormLayout()
        for f in (left, right):
            f.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
            f.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            f.setHorizontalSpacing(12)
            f.setVerticalSpacing(8)
        top.addLayout(left, 0, 0)
        top.addLayout(right, 0, 1)
        lay.addLayout(top)

        self.day = OptionalDateEdit(optional=False)
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        when = QWidget()
        wl = QHBoxLayout(when)
        wl.setContentsMargins(0, 0, 0, 0)
        wl.addWidget(self.day)
        time_label = QLabel(self.tr("at &time"))
        time_label.setBuddy(self.time)
        wl.addWidget(time_label)
        wl.addWidget(self.time)
        wl.addStretch(1)
        self.day.set_accessible_name(self.tr("Session date"))
        self.time.setAccessibleName(self.tr("Session start time"))
        day_label = QLabel(self.tr("&Date"))
        day_label.setBuddy(self.day.edit)
        left.addRow(day_label, self.errors.wrap("starts_at", when, self.day.edit))

        self.duration = QSpinBox()
        self.duration.setRange(1, 600)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.errors.add_row(left, self.tr("D&uration"), "duration_min", self.duration, self.tr("Duration in minutes"))
        self.channel = CodeCombo(ref["modality_channel"], allow_unset=False)
        self.errors.add_row(left, self.tr("&Channel"), "channel", self.channel, self.tr("Channel"))
        self.format = CodeCombo(ref["modality_format"], allow_unset=False)
        self.errors.add_row(left, self.tr("&Format"), "format", self.format, self.tr("Individual or group"))

        self.site = QComboBox()
        self._sites = self._load_sites()
        self.site.addItem(self.tr("— no site (phone, video…) —"), None)
        for s in self._sites:
            self.site.addItem(site_label(s) + ("" if s.active else self.tr(" (inactive)")), s.id)
        self.errors.add_row(right, self.tr("S&ite"), "site_id", self.site, self.tr("Site or permanence"))
        self.level = CodeCombo(self.levels, allow_unset=False)
        self.errors.add_row(right, self.tr("Le&vel"), "level", self.level, self.tr("Service level"))
        self.purpose = CodeCombo(ref["session_purpose"], allow_unset=False)
        self.errors.add_row(right, self.tr("&Purpose"), "purpose", self.purpose, self.tr("Purpose of the session"))

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
        lock = QLabel()
        lock.setPixmap(lock_pixmap(18))
        private_label = QLabel(self.tr("P&rivate notes — never exported or shared"))
        private_label.setStyleSheet("QLabel { font-weight: bold; color: #6b4500; }")
        private_label.setBuddy(self.notes_private)
        private_title = QHBoxLayout()
        private_title.setSpacing(6)
        private_title.addWidget(lock)
        private_title.addWidget(private_label)
        private_title.addStretch(1)
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

    def _load_sites(self) -> list[SiteView]:
        try:
            sites = self.services.counsellor.sites(include_inactive=True)
        except Exception as exc:  # the session can still be recorded without a site
            self.banner.show_error(describe_exception(exc))
            return []
        current = self.interview.site_id if self.interview else None
        return [s for s in sites if s.active or s.id == current]

    def _fill(self, default_site_id: str | None) -> None:
        i = self.interview
        if i is None:
            start = rounded_now(self.services.ctx.now())
            self.day.set_date(start.date())
            self.time.setTime(QTime(start.hour, start.minute))
            self.duration.setValue(60)
            self.channel.set_code("presentiel")
            self.format.set_code("individuel")
            self.level.set_code(self.accompaniment.level if self.accompaniment else
                                (self.levels.codes[0].code if self.levels.codes else None))
            self.purpose.set_code("cep")
            site_id = default_site_id if default_site_id else (self._sites[0].id if len(self._sites) == 1 else None)
        else:
            self.day.set_date(i.starts_at.date())
            self.time.setTime(QTime(i.starts_at.hour, i.starts_at.minute))
            self.duration.setValue(i.duration_min)
            self.channel.set_code(i.channel)
            self.format.set_code(i.format)
            self.level.set_code(i.level)
            self.purpose.set_code(i.purpose)
            self.notes_shareable.setPlainText(i.notes_shareable)
            self.notes_private.setPlainText(i.notes_private)
            site_id = i.site_id
        index = self.site.findData(site_id) if site_id else 0
        self.site.setCurrentIndex(max(index, 0))

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
        d = self.day.date()
        t = self.time.time()
        assert d is not None  # the session date is never optional
        return InterviewDraft(
            starts_at=datetime(d.year, d.month, d.day, t.hour(), t.minute()),
            duration_min=self.duration.value(),
            channel=self.channel.code() or "",
            format=self.format.code() or "",
            site_id=self.site.currentData(),
            level=self.level.code() or "",
            purpose=self.purpose.code() or "",
            notes_shareable=self.notes_shareable.toPlainText(),
            notes_private=self.notes_private.toPlainText(),
        )

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
