"""The person's accompaniments (parcours): level, reasons, dates, status and its history.

Pauses, partner relays, closures and re-openings are buttons offered only
when the domain's ``TRANSITIONS`` allow them from the current status, so the
counsellor never meets a "not allowed" message for a move the screen offered.
A closed accompaniment can be re-opened (the person comes back for the same
request) or a new one opened (a new request).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cep_desk.domain.accompaniment import (
    ACTIVE,
    CLOSED,
    PAUSED,
    REOPENED,
    SUSPENDED,
    TRANSITIONS,
    AccompanimentDraft,
    validate_accompaniment,
)
from cep_desk.domain.codelists import CodeList, referentials
from cep_desk.domain.messages import Issue, ValidationFailed
from cep_desk.services.facade import Services
from cep_desk.services.views import AccompanimentView
from cep_desk.ui.codelist_widgets import CodeCombo, OptionalDateEdit, ReasonPicker, StatusBadge
from cep_desk.ui.dialog_buttons import confirm_buttons
from cep_desk.ui.field_errors import FieldErrors, MessageBanner, describe_exception
from cep_desk.ui.language import current_language, format_date
from cep_desk.ui.status_dialog import StatusDialog

TARGET_DELAY_DAYS = 10  # first request → first appointment (BRIEF §4, 003:988)
# The order buttons appear in, whatever the current status.
_ACTION_ORDER = (ACTIVE, PAUSED, SUSPENDED, CLOSED, REOPENED)
_D = TypeVar("_D", bound=QDialog)


def delay_days(view: AccompanimentView | AccompanimentDraft) -> int | None:
    if view.first_request_date and view.first_appointment_date:
        return (view.first_appointment_date - view.first_request_date).days
    return None


class AccompanimentEditor(QWidget):
    """Level, reasons for contact, first request / first appointment, référent."""

    changed = Signal()

    def __init__(self, levels: CodeList, today: Callable[[], date] = date.today, parent: QWidget | None = None):
        super().__init__(parent)
        self._levels = levels
        self._today = today
        self._loading = False
        self.errors = FieldErrors(self)
        self.level = CodeCombo(levels, allow_unset=False)
        self.level.setAccessibleName(self.tr("Service level"))
        self.first_request = OptionalDateEdit()
        self.first_request.set_default_date(today())
        self.first_request.set_accessible_name(self.tr("Date of first request"))
        self.first_appointment = OptionalDateEdit()
        self.first_appointment.set_default_date(today())
        self.first_appointment.set_accessible_name(self.tr("Date of first appointment"))
        self.delay = QLabel()
        self.delay.setAccessibleName(self.tr("Delay between first request and first appointment"))
        self.referent = QLineEdit()
        self.referent.setAccessibleName(self.tr("Référent (counsellor in charge)"))
        self.reasons = ReasonPicker()
        self.reasons.setAccessibleName(self.tr("Reasons for contact (several possible)"))

        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(16)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        def row(text: str, field: str | None, widget: QWidget) -> None:
            lab = QLabel(text)
            lab.setBuddy(widget.focusProxy() or widget)
            form.addRow(lab, self.errors.wrap(field, widget, widget.focusProxy()) if field else widget)

        row(self.tr("Service &level"), "level", self.level)
        row(self.tr("First re&quest"), "first_request_date", self.first_request)
        row(self.tr("First appoint&ment"), "first_appointment_date", self.first_appointment)
        row(self.tr("Delay"), None, self.delay)
        row(self.tr("Ré&férent"), "referent", self.referent)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addStretch(1)  # rows stay together at the top beside the tall list of reasons
        lay.addLayout(left, 2)
        reasons_box = QVBoxLayout()
        reasons_label = QLabel(self.tr("Reasons for &contact (several possible)"))
        reasons_label.setBuddy(self.reasons)
        reasons_box.addWidget(reasons_label)
        reasons_box.addWidget(self.errors.wrap("reasons", self.reasons))
        lay.addLayout(reasons_box, 3)

        for sig in (self.level.codeChanged, self.first_request.dateChanged, self.first_appointment.dateChanged,
                    self.reasons.changed, self.referent.textChanged):
            sig.connect(self._on_change)
        self.first_request.dateChanged.connect(self._update_delay)
        self.first_appointment.dateChanged.connect(self._update_delay)
        self.set_draft(AccompanimentDraft(level=levels.codes[0].code if levels.codes else ""))

    def _on_change(self, *_args: object) -> None:
        if self._loading:
            return
        # Re-check what is shown so a message disappears as soon as it is fixed.
        if self.errors.fields_in_error():
            shown = set(self.errors.fields_in_error())
            self.errors.clear_all()
            self.errors.show_issues([i for i in self.validate() if i.field in shown])
        self.changed.emit()

    def _update_delay(self) -> None:
        days = delay_days(self.draft())
        if days is None:
            self.delay.setText("—")
            self.delay.setStyleSheet("")
            return
        text = self.tr("%n day(s)", "", days)
        if days > TARGET_DELAY_DAYS:
            text = self.tr("{delay} — above the {target}-day target").format(delay=text, target=TARGET_DELAY_DAYS)
            self.delay.setStyleSheet("QLabel { color: #8a4b00; font-weight: bold; }")
        else:
            self.delay.setStyleSheet("QLabel { color: #1b5e20; }")
        self.delay.setText(text)

    def set_levels(self, levels: CodeList) -> None:
        self._levels = levels
        self.level.set_code_list(levels)

    def set_draft(self, draft: AccompanimentDraft) -> None:
        self._loading = True
        try:
            self.errors.clear_all()
            self.level.set_code(draft.level or None)
            self.reasons.set_codes(draft.reasons)
            self.first_request.set_date(draft.first_request_date)
            self.first_appointment.set_date(draft.first_appointment_date)
            self.referent.setText(draft.referent)
        finally:
            self._loading = False
        self._update_delay()

    def draft(self) -> AccompanimentDraft:
        return AccompanimentDraft(
            level=self.level.code() or "", reasons=self.reasons.codes(),
            first_request_date=self.first_request.date(), first_appointment_date=self.first_appointment.date(),
            referent=self.referent.text().strip(),
        )

    def validate(self) -> list[Issue]:
        return validate_accompaniment(self.draft(), self._today(), self._levels)

    def show_issues(self, issues: list[Issue]) -> list[Issue]:
        """Show what belongs here; returns the issues this editor has no field for."""
        self.errors.clear_all()
        return self.errors.show_issues(issues)

    def clear_issues(self) -> None:
        self.errors.clear_all()

    def set_read_only(self, read_only: bool) -> None:
        for w in (self.level, self.first_request, self.first_appointment, self.referent, self.reasons):
            w.setEnabled(not read_only)


class NewAccompanimentDialog(QDialog):
    """Open a new accompaniment for a person whose last one is closed (a new request)."""

    def __init__(self, services: Services, beneficiary_id: str, levels: CodeList, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.beneficiary_id = beneficiary_id
        self.new_id: str | None = None
        self.setWindowTitle(self.tr("Open a new accompaniment"))
        lay = QVBoxLayout(self)
        self.banner = MessageBanner(self)
        lay.addWidget(self.banner)
        self.editor = AccompanimentEditor(levels, services.ctx.today, self)
        self.editor.set_draft(AccompanimentDraft(level=levels.codes[0].code if levels.codes else ""))
        lay.addWidget(self.editor)
        buttons, _ok, _cancel = confirm_buttons(self, self.tr("&Open the accompaniment"), self.tr("Cancel"),
                                                confirm_name=self.tr("Open the accompaniment"))
        lay.addWidget(buttons)

    def accept(self) -> None:
        self.banner.clear_message()
        issues = self.editor.validate()
        if issues:
            self._show(issues)
            return
        try:
            self.new_id = self.services.accompaniments.open(self.beneficiary_id, self.editor.draft())
        except ValidationFailed as exc:
            self._show(exc.issues)
            return
        except Exception as exc:  # a sentence for the user, details in the log
            self.banner.show_error(describe_exception(exc))
            return
        super().accept()

    def _show(self, issues: list[Issue]) -> None:
        self.editor.errors.clear_all()
        self.editor.errors.present(issues, self.banner)


class AccompanimentPanel(QWidget):
    """Shows one accompaniment at a time (the latest by default) with its status actions."""

    changed = Signal()  # something was written: the file refreshes its header, the caseload its row

    def __init__(self, services: Services, levels: CodeList | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.levels = levels or services.counsellor.levels()
        self.beneficiary_id: str | None = None
        self._accompaniments: list[AccompanimentView] = []
        self._shown: AccompanimentView | None = None
        self.dialog: QDialog | None = None  # the dialog currently open, if any (kept for tests and focus)

        self.setStyleSheet("QGroupBox { font-weight: bold; }")  # section titles stand out; contents unchanged
        lay = QVBoxLayout(self)
        self.banner = MessageBanner(self)
        lay.addWidget(self.banner)

        top = QHBoxLayout()
        self.selector_label = QLabel(self.tr("Accompa&niment"))
        self.selector = QComboBox()
        self.selector.setAccessibleName(self.tr("Which accompaniment to show"))
        self.selector_label.setBuddy(self.selector)
        self.selector.currentIndexChanged.connect(self._selected)
        self.new_button = QPushButton(self.tr("Open a &new accompaniment…"))
        self.new_button.setAccessibleName(self.tr("Open a new accompaniment"))
        self.new_button.clicked.connect(self.open_new)
        top.addWidget(self.selector_label)
        top.addWidget(self.selector, 1)
        top.addStretch(1)
        top.addWidget(self.new_button)
        lay.addLayout(top)

        status_box = QGroupBox(self.tr("Status"))
        sl = QVBoxLayout(status_box)
        line = QHBoxLayout()
        self.badge = StatusBadge()
        self.status_details = QLabel()
        self.status_details.setWordWrap(True)
        line.addWidget(self.badge)
        line.addWidget(self.status_details, 1)
        sl.addLayout(line)
        actions = QHBoxLayout()
        self.action_buttons: dict[str, QPushButton] = {}
        for target, text, name in (
            (ACTIVE, self.tr("Res&ume…"), self.tr("Resume the accompaniment")),
            (PAUSED, self.tr("&Pause…"), self.tr("Pause the accompaniment")),
            (SUSPENDED, self.tr("Partner re&lay…"), self.tr("Partner relay: suspend while a partner takes over")),
            (CLOSED, self.tr("Cl&ose…"), self.tr("Close the accompaniment")),
            (REOPENED, self.tr("Re-o&pen…"), self.tr("Re-open the accompaniment")),
        ):
            b = QPushButton(text)
            b.setAccessibleName(name)
            b.setToolTip(name)
            b.clicked.connect(lambda _c=False, t=target: self.ask_status(t))
            self.action_buttons[target] = b
            actions.addWidget(b)
        actions.addStretch(1)
        sl.addLayout(actions)
        # The history sits with the status it explains (a pause and its return, a relay…),
        # above the level and reasons, so what happened is seen without scrolling.
        history_label = QLabel(self.tr("Status history"))
        history_label.setStyleSheet("QLabel { font-weight: bold; }")
        sl.addWidget(history_label)
        self.history = QTableWidget(0, 6)
        history_label.setBuddy(self.history)
        sl.addWidget(self.history)
        lay.addWidget(status_box)

        details = QGroupBox(self.tr("Level, reasons and dates"))
        dl = QVBoxLayout(details)
        self.editor = AccompanimentEditor(self.levels, services.ctx.today, self)
        self.editor.changed.connect(self._update_save_button)
        dl.addWidget(self.editor)
        self.save_button = QPushButton(self.tr("&Save the accompaniment"))
        self.save_button.setAccessibleName(self.tr("Save the accompaniment's level, reasons and dates"))
        self.save_button.clicked.connect(self.save)
        dl.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        lay.addWidget(details)
        lay.addStretch(1)

        self.history.setHorizontalHeaderLabels([
            self.tr("Date"), self.tr("From → to"), self.tr("Return date"), self.tr("Closure reason"),
            self.tr("Partner"), self.tr("Comment"),
        ])
        self.history.setAccessibleName(self.tr("Status history"))
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.verticalHeader().setVisible(False)
        # One line per move, all the same height; a comment too long for its column is elided
        # and shown whole in its tooltip.
        self.history.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.history.verticalHeader().setDefaultSectionSize(self.history.fontMetrics().lineSpacing() + 12)
        self.history.setWordWrap(False)
        self.history.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.history.setAlternatingRowColors(True)
        header = self.history.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        for col in range(5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.history.setTabKeyNavigation(False)
        # About five moves in view; a longer history scrolls inside the table.
        self.history.setFixedHeight(self.history.fontMetrics().lineSpacing() * 10)
        self._render()

    # -- data ----------------------------------------------------------------
    def set_accompaniments(self, beneficiary_id: str, accompaniments: list[AccompanimentView],
                           keep_selection: bool = True) -> None:
        """Show these accompaniments (oldest first, as the service returns them).

        The one being looked at stays selected on a refresh; otherwise the latest is shown.
        """
        same_person = beneficiary_id == self.beneficiary_id
        previous = self._shown.id if self._shown and same_person and keep_selection else None
        # A refresh (a session recorded, a status moved) must not wipe level/reason edits not saved yet.
        pending = (self._shown.id, self.editor.draft()) if same_person and self._shown \
            and self.has_unsaved_changes() else None
        self.beneficiary_id = beneficiary_id
        self._accompaniments = list(accompaniments)
        self.selector.blockSignals(True)
        self.selector.clear()
        status_labels = referentials()["parcours_status"]
        lang = current_language()
        for n, a in enumerate(self._accompaniments, start=1):
            opened = format_date(a.first_request_date or a.first_appointment_date or a.created_at.date())
            self.selector.addItem(
                self.tr("Accompaniment {n} — from {date} — {status}").format(
                    n=n, date=opened, status=status_labels.label(a.status, lang)),
                a.id)
        index = self.selector.findData(previous) if previous else -1
        self.selector.setCurrentIndex(index if index >= 0 else self.selector.count() - 1)
        self.selector.blockSignals(False)
        self._selected()
        if pending is not None and self._shown is not None and self._shown.id == pending[0]:
            self.editor.set_draft(pending[1])
            self._update_save_button()

    def reload(self, keep_selection: bool = True) -> None:
        if self.beneficiary_id is None:
            return
        try:
            accs = self.services.accompaniments.for_beneficiary(self.beneficiary_id)
        except Exception as exc:
            self.banner.show_error(describe_exception(exc))
            return
        self.set_accompaniments(self.beneficiary_id, accs, keep_selection)

    def latest(self) -> AccompanimentView | None:
        return self._accompaniments[-1] if self._accompaniments else None

    def shown(self) -> AccompanimentView | None:
        return self._shown

    def _selected(self, *_args: object) -> None:
        acc_id = self.selector.currentData()
        self._shown = next((a for a in self._accompaniments if a.id == acc_id), None)
        self._render()

    # -- rendering --------------------------------------------------------------
    def _render(self) -> None:
        a = self._shown
        many = len(self._accompaniments) > 1
        self.selector.setVisible(many)
        self.selector_label.setVisible(many)
        latest = self.latest()
        self.new_button.setVisible(self.beneficiary_id is not None and (latest is None or latest.status == CLOSED))
        self.badge.set_status(a.status if a else None)
        self.status_details.setText(self._details_text(a))
        is_latest = a is not None and latest is not None and a.id == latest.id
        allowed = TRANSITIONS.get(a.status, frozenset()) if a and is_latest else frozenset()
        for target, button in self.action_buttons.items():
            button.setVisible(target in allowed)
        if a is None:
            self.editor.set_draft(AccompanimentDraft(level=self.levels.codes[0].code if self.levels.codes else ""))
        else:
            self.editor.set_draft(AccompanimentDraft(
                level=a.level, reasons=list(a.reasons), first_request_date=a.first_request_date,
                first_appointment_date=a.first_appointment_date, referent=a.referent))
        # Only the current accompaniment is edited; older ones are the record of what happened.
        self.editor.set_read_only(not is_latest)
        self.save_button.setVisible(is_latest)
        self._update_save_button()
        self._fill_history(a)

    def _details_text(self, a: AccompanimentView | None) -> str:
        if a is None:
            return self.tr("This person has no accompaniment yet: open one to record sessions.")
        parts = []
        if a.status_since:
            parts.append(self.tr("since {date}").format(date=format_date(a.status_since)))
        if a.status == PAUSED and a.return_date:
            parts.append(self.tr("return planned on {date}").format(date=format_date(a.return_date)))
        if a.status == SUSPENDED:
            last = next((h for h in reversed(a.history) if h.to_status == SUSPENDED), None)
            if last and last.partner:
                parts.append(self.tr("relay: {partner}").format(partner=last.partner))
        if a.status == CLOSED and a.closure_reason:
            parts.append(self.tr("reason: {reason}").format(
                reason=referentials()["closure_reason"].label(a.closure_reason, current_language())))
        return " · ".join(parts)

    def _fill_history(self, a: AccompanimentView | None) -> None:
        rows = list(reversed(a.history)) if a else []  # newest first: what happened last matters most
        status = referentials()["parcours_status"]
        reasons = referentials()["closure_reason"]
        lang = current_language()
        self.history.setRowCount(len(rows))
        for r, h in enumerate(rows):
            move = status.label(h.to_status, lang)
            if h.from_status:
                move = f"{status.label(h.from_status, lang)} → {move}"
            values = [
                format_date(h.on), move, format_date(h.return_date),
                reasons.label(h.closure_reason, lang) if h.closure_reason else "", h.partner, h.comment,
            ]
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                item.setToolTip(v)
                self.history.setItem(r, c, item)

    def _update_save_button(self) -> None:
        self.save_button.setEnabled(self.has_unsaved_changes())

    # -- actions ----------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        a = self._shown
        latest = self.latest()
        if a is None or latest is None or a.id != latest.id:
            return False
        d = self.editor.draft()
        return (d.level, sorted(d.reasons), d.first_request_date, d.first_appointment_date, d.referent) != (
            a.level, sorted(a.reasons), a.first_request_date, a.first_appointment_date, a.referent)

    def save(self) -> bool:
        """Save the level, reasons and dates of the current accompaniment; False if refused."""
        a = self._shown
        if a is None or not self.has_unsaved_changes():
            return True
        self.banner.clear_message()
        issues = self.editor.validate()
        if issues:
            self._show_issues(issues)
            return False
        try:
            self.services.accompaniments.update(a.id, self.editor.draft())
        except ValidationFailed as exc:
            self._show_issues(exc.issues)
            return False
        except Exception as exc:  # a sentence for the user, details in the log
            self.banner.show_error(describe_exception(exc))
            return False
        self.reload()
        self.banner.show_info(self.tr("The accompaniment was saved."))
        self.changed.emit()
        return True

    def _show_issues(self, issues: list[Issue]) -> None:
        self.editor.errors.clear_all()
        self.editor.errors.present(issues, self.banner,
                                   self.tr("Nothing was saved: correct the fields marked in red."))

    def ask_status(self, target: str) -> StatusDialog | None:
        """Open the dialog for a status move; the panel refreshes when it is recorded."""
        a = self.latest()
        if a is None:
            return None
        return self._open(StatusDialog(self.services, a.id, a.status, target, self))

    def _status_recorded(self) -> None:
        self.reload(keep_selection=False)  # a move or a new accompaniment: show the current one
        self.banner.clear_message()
        self.changed.emit()

    def open_new(self) -> NewAccompanimentDialog | None:
        if self.beneficiary_id is None:
            return None
        return self._open(NewAccompanimentDialog(self.services, self.beneficiary_id, self.levels, self))

    def _open(self, dlg: _D) -> _D:
        """Show ``dlg`` (window-modal); the panel refreshes when it is accepted."""
        dlg.accepted.connect(self._status_recorded)
        dlg.finished.connect(lambda _r: self._dialog_closed(dlg))
        self.dialog = dlg
        dlg.open()
        return dlg

    def _dialog_closed(self, dlg: QDialog) -> None:
        if self.dialog is dlg:
            self.dialog = None
        dlg.deleteLater()
