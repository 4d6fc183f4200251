"""The agenda: the counsellor's appointments per day or week; plan, move, cancel; export .ics.

Times are typed and shown in Paris time (the service stores UTC). An overlap
is flagged in the list and asked about before saving, not refused: a short
call inside a permanence is a choice. A conclusion's next appointment shows
until it is planned at a site ("Plan it" fills the dialog from it).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from cep_desk.domain import agenda as ag
from cep_desk.domain.due import local_now, week_of
from cep_desk.domain.messages import ConfirmationNeeded, ValidationFailed
from cep_desk.services.agenda import CONCLUSION, AppointmentView
from cep_desk.services.facade import Services
from cep_desk.ui.dialog_buttons import confirm_buttons
from cep_desk.ui.field_errors import FieldErrors, MessageBanner, describe_exception, render_issue
from cep_desk.ui.interview_fields import site_label
from cep_desk.ui.language import format_date

_CONFLICT = QColor("#9a1b1b")
_MUTED = QColor("#666666")


class AppointmentDialog(QDialog):
    """Plan a new appointment, or move one (``appointment`` given): day, time, duration, site, person."""

    def __init__(self, services: Services, appointment: AppointmentView | None = None, *,
                 day: date | None = None, people: list[tuple[str, str]] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.appointment = appointment
        self.saved_id: str | None = None
        moving = appointment is not None and appointment.source != CONCLUSION
        self.setWindowTitle(self.tr("Move the appointment") if moving else self.tr("Plan an appointment"))
        self.setMinimumWidth(560)
        self.errors = FieldErrors(self)
        self.banner = MessageBanner(self)
        lay = QVBoxLayout(self)
        lay.addWidget(self.banner)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        when = QWidget()
        wl = QHBoxLayout(when)
        wl.setContentsMargins(0, 0, 0, 0)
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.day.setAccessibleName(self.tr("Appointment date"))
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Start time (Paris time)"))
        wl.addWidget(self.day)
        time_label = QLabel(self.tr("at &time"))
        time_label.setBuddy(self.time)
        wl.addWidget(time_label)
        wl.addWidget(self.time)
        wl.addStretch(1)
        day_label = QLabel(self.tr("&Date"))
        day_label.setBuddy(self.day)
        form.addRow(day_label, self.errors.wrap("starts_at", when, self.day))

        self.duration = QSpinBox()
        self.duration.setRange(ag.MIN_DURATION, ag.MAX_DURATION)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.errors.add_row(form, self.tr("D&uration"), "duration_min", self.duration, self.tr("Duration in minutes"))

        self.site = QComboBox()
        self.site.addItem(self.tr("— no site (phone, video…) —"), None)
        try:
            for s in services.counsellor.sites():
                self.site.addItem(site_label(s), s.id)
        except Exception as exc:  # the appointment can still be planned without a site
            self.banner.show_warning(describe_exception(exc))
        self.errors.add_row(form, self.tr("S&ite"), "site_id", self.site, self.tr("Site or permanence"))

        self.modality = QComboBox()
        for code, label in (("presentiel", self.tr("On site")), ("telephone", self.tr("Phone")),
                            ("visio", self.tr("Video"))):
            self.modality.addItem(label, code)
        self.errors.add_row(form, self.tr("&How"), "modality", self.modality,
                            self.tr("How the appointment takes place"))

        self.person = QLineEdit()
        self.person.setPlaceholderText(self.tr("Type a name (optional: a permanence slot may be open)"))
        self._people = dict(people or [])
        self._by_name = {name: bid for bid, name in (people or [])}
        completer = QCompleter(sorted(self._by_name), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.person.setCompleter(completer)
        self.errors.add_row(form, self.tr("&Person"), "beneficiary_id", self.person, self.tr("Person met"))

        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What for (not exported to calendars)"))
        self.errors.add_row(form, self.tr("&Note"), "note", self.note, self.tr("Note"))
        lay.addLayout(form)

        text = self.tr("&Move") if moving else self.tr("&Plan")
        self.buttons, self.save_button, _cancel = confirm_buttons(
            self, text, self.tr("Cancel"), confirm_name=text.replace("&", ""), on_confirm=self.save,
            save_shortcut=True)
        lay.addWidget(self.buttons)
        self._fill(day)

    def _fill(self, day: date | None) -> None:
        a = self.appointment
        if a is None:
            start = datetime.combine(day or self.services.ctx.today(), time(9, 0))
            self.duration.setValue(60)
        else:
            start = a.starts_local
            self.duration.setValue(a.duration_min)
            self.site.setCurrentIndex(max(self.site.findData(a.site_id), 0) if a.site_id else 0)
            self.modality.setCurrentIndex(max(self.modality.findData(a.modality), 0))
            self.person.setText(a.person)
            self.note.setText(a.note)
            moving = a.source != CONCLUSION
            self.person.setEnabled(not moving)
            self.modality.setEnabled(not moving)
            self.note.setEnabled(not moving)
        self.day.setDate(QDate(start.year, start.month, start.day))
        self.time.setTime(QTime(start.hour, start.minute))

    def draft(self) -> ag.AppointmentDraft:
        d, t = self.day.date(), self.time.time()
        start = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
        name = self.person.text().strip()
        bid = self._by_name.get(name) or (self.appointment.beneficiary_id if self.appointment else None)
        if not name:
            bid = None
        return ag.AppointmentDraft(start, self.duration.value(), self.site.currentData(), bid,
                                   self.modality.currentData(), self.note.text().strip())

    def save(self, confirmed: bool = False) -> None:
        self.errors.clear_all()
        self.banner.clear_message()
        draft = self.draft()
        if self.person.text().strip() and draft.beneficiary_id is None:
            self.errors.show("beneficiary_id", self.tr("Choose the person in the list that opens as you type, "
                                                       "or leave the field empty."))
            self.errors.focus_first()
            return
        a = self.appointment
        try:
            if a is not None and a.source != CONCLUSION:
                self.services.agenda.move(a.id, draft.starts_at, draft.duration_min, draft.site_id,
                                          confirmed=confirmed)
                self.saved_id = a.id
            else:
                self.saved_id = self.services.agenda.plan(draft, confirmed=confirmed)
        except ConfirmationNeeded as exc:
            text = "\n".join(render_issue(i) for i in exc.issues)
            answer = QMessageBox.question(self, self.windowTitle(), text + "\n\n" + self.tr("Save anyway?"))
            if answer == QMessageBox.StandardButton.Yes:
                self.save(confirmed=True)
            return
        except ValidationFailed as exc:
            self.errors.present(exc.issues, self.banner)
            return
        except Exception as exc:
            self.banner.show_error(describe_exception(exc))
            return
        self.accept()


class AgendaView(QWidget):
    """Day or week list; ``openRequested(beneficiary id, tab)`` opens a person's file;
    ``changed`` after any write (the home view reloads)."""

    openRequested = Signal(str, str)
    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.day = services.ctx.today()
        self.views: list[AppointmentView] = []
        self._people: list[tuple[str, str]] | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 8, 10, 6)

        nav = QHBoxLayout()
        self.day_radio = QRadioButton(self.tr("D&ay"))
        self.week_radio = QRadioButton(self.tr("&Week"))
        self.day_radio.setAccessibleName(self.tr("Show one day"))
        self.week_radio.setAccessibleName(self.tr("Show the whole week"))
        self.week_radio.setChecked(True)
        group = QButtonGroup(self)
        for r in (self.day_radio, self.week_radio):
            group.addButton(r)
            nav.addWidget(r)
            r.toggled.connect(lambda on: on and self.reload())
        self.prev_button = QPushButton(self.tr("◀ &Previous"))
        self.prev_button.setAccessibleName(self.tr("Previous day or week"))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.today_button = QPushButton(self.tr("T&oday"))
        self.today_button.setAccessibleName(self.tr("Back to today"))
        self.today_button.clicked.connect(self.go_today)
        self.next_button = QPushButton(self.tr("N&ext ▶"))
        self.next_button.setAccessibleName(self.tr("Next day or week"))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.range_label = QLabel()
        self.range_label.setAccessibleName(self.tr("Days shown"))
        font = self.range_label.font()
        font.setBold(True)
        self.range_label.setFont(font)
        for w in (self.prev_button, self.today_button, self.next_button):
            nav.addWidget(w)
        nav.addSpacing(12)
        nav.addWidget(self.range_label, 1)
        lay.addLayout(nav)

        self.banner = MessageBanner(self)
        lay.addWidget(self.banner)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Duration"), self.tr("Site"),
                                              self.tr("Person"), self.tr("How"), self.tr("Status")])
        self.table.setAccessibleName(self.tr("Appointments"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.open_current())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        lay.addWidget(self.table, 1)

        actions = QHBoxLayout()
        self.plan_button = QPushButton(self.tr("P&lan an appointment…"))
        self.plan_button.setAccessibleName(self.tr("Plan an appointment"))
        self.plan_button.clicked.connect(self.plan)
        self.move_button = QPushButton(self.tr("&Move…"))
        self.move_button.setAccessibleName(self.tr("Move the selected appointment"))
        self.move_button.clicked.connect(self.move_current)
        self.cancel_button = QPushButton(self.tr("&Cancel the appointment"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the selected appointment"))
        self.cancel_button.clicked.connect(self.cancel_current)
        self.done_button = QPushButton(self.tr("Mark &done"))
        self.done_button.setAccessibleName(self.tr("Mark the selected appointment as held"))
        self.done_button.clicked.connect(self.done_current)
        self.open_button = QPushButton(self.tr("Open the &file"))
        self.open_button.setAccessibleName(self.tr("Open the person's file"))
        self.open_button.clicked.connect(self.open_current)
        self.full_names = QCheckBox(self.tr("Full &names in the calendar file"))
        self.full_names.setAccessibleName(self.tr("Write full names in the calendar file instead of initials"))
        self.export_button = QPushButton(self.tr("E&xport .ics…"))
        self.export_button.setAccessibleName(self.tr("Export these appointments to a calendar file"))
        self.export_button.clicked.connect(self.export_ics)
        for w in (self.plan_button, self.move_button, self.cancel_button, self.done_button, self.open_button):
            actions.addWidget(w)
        actions.addStretch(1)
        actions.addWidget(self.full_names)
        actions.addWidget(self.export_button)
        lay.addLayout(actions)
        self._update_buttons()

    # -- range -------------------------------------------------------------------------------------
    def span(self) -> tuple[date, date]:
        return week_of(self.day) if self.week_radio.isChecked() else (self.day, self.day)

    def step(self, direction: int) -> None:
        self.day += timedelta(days=direction * (7 if self.week_radio.isChecked() else 1))
        self.reload()

    def go_today(self) -> None:
        self.day = self.services.ctx.today()
        self.reload()

    def reload(self) -> None:
        first, last = self.span()
        self.range_label.setText(format_date(first, QLocale.FormatType.LongFormat) if first == last else
                                 self.tr("{first} to {last}").format(first=format_date(first),
                                                                     last=format_date(last)))
        try:
            self.views = self.services.agenda.between(first, last)
        except Exception as exc:
            self.banner.show_error(describe_exception(exc))
            return
        self.banner.clear_message()
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.views))
        modality = {"presentiel": self.tr("On site"), "telephone": self.tr("Phone"), "visio": self.tr("Video")}
        week = self.week_radio.isChecked()
        for row, v in enumerate(self.views):
            when = f"{format_date(v.starts_local.date())} {v.starts_local:%H:%M}" if week else \
                f"{v.starts_local:%H:%M}"
            status = self.tr("planned")
            if v.source == CONCLUSION:
                status = self.tr("from a conclusion: to plan")
            elif v.status == ag.DONE:
                status = self.tr("done")
            if v.conflict:
                status = "⚠ " + self.tr("overlaps") + " · " + status
            cells = [when, self.tr("{n} min").format(n=v.duration_min), v.site_name or "—",
                     v.person or self.tr("(open slot)"), modality.get(v.modality, v.modality), status]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if v.conflict:
                    item.setForeground(QBrush(_CONFLICT))
                elif v.source == CONCLUSION or v.status == ag.DONE:
                    item.setForeground(QBrush(_MUTED))
                self.table.setItem(row, col, item)
        self._update_buttons()

    # -- actions -----------------------------------------------------------------------------------
    def current(self) -> AppointmentView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.views[rows[0].row()] if rows and rows[0].row() < len(self.views) else None

    def _update_buttons(self) -> None:
        v = self.current()
        planned = v is not None and v.status == ag.PLANNED
        self.move_button.setEnabled(planned)
        self.move_button.setText(self.tr("Plan &it at a site…") if v is not None and v.source == CONCLUSION
                                 else self.tr("&Move…"))
        self.cancel_button.setEnabled(planned and v is not None and v.source != CONCLUSION)
        self.done_button.setEnabled(planned and v is not None and v.source != CONCLUSION
                                    and v.starts_local <= local_now(self.services.ctx.now()))
        self.open_button.setEnabled(bool(v and v.beneficiary_id))

    def people(self) -> list[tuple[str, str]]:
        if self._people is None:
            self._people = [(r.id, f"{r.first_name} {r.last_name.upper()}") for r in self.services.caseload()]
        return self._people

    def plan(self) -> AppointmentDialog | None:
        return self._dialog(AppointmentDialog(self.services, day=self.span()[0], people=self.people(), parent=self))

    def move_current(self) -> AppointmentDialog | None:
        v = self.current()
        if v is None:
            return None
        return self._dialog(AppointmentDialog(self.services, v, people=self.people(), parent=self))

    def _dialog(self, dialog: AppointmentDialog) -> AppointmentDialog:
        dialog.accepted.connect(self._after_write)
        dialog.open()
        return dialog

    def cancel_current(self) -> None:
        v = self.current()
        if v is None:
            return
        answer = QMessageBox.question(self, self.tr("Cancel the appointment"), self.tr(
            "Cancel the appointment of {when}?").format(when=f"{format_date(v.starts_local.date())} "
                                                           f"{v.starts_local:%H:%M}"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.services.agenda.cancel(v.id)
        except Exception as exc:
            self.banner.show_error(describe_exception(exc))
            return
        self._after_write()

    def done_current(self) -> None:
        """The appointment took place (the session itself is recorded from the person's file)."""
        v = self.current()
        if v is None:
            return
        try:
            self.services.agenda.mark_done(v.id)
        except Exception as exc:
            self.banner.show_error(describe_exception(exc))
            return
        self._after_write()

    def _after_write(self) -> None:
        self.reload()
        self.changed.emit()

    def open_current(self) -> None:
        v = self.current()
        if v is not None and v.beneficiary_id:
            self.openRequested.emit(v.beneficiary_id, "sessions")

    def export_ics(self, path: str | None = None) -> Path | None:
        first, last = self.span()
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the appointments"),
                                                  f"cep-agenda-{first.isoformat()}.ics",
                                                  self.tr("Calendar files (*.ics)"))
            if not path:
                return None
        try:
            text = self.services.agenda.ics(first, last, full_names=self.full_names.isChecked())
            target = Path(path)
            target.write_bytes(text.encode("utf-8"))
        except Exception as exc:
            self.banner.show_error(describe_exception(exc))
            return None
        self.banner.show_info(self.tr("{n} appointment(s) exported to {path}.").format(
            n=text.count("BEGIN:VEVENT"), path=target))
        return target
