"""The "Today" tab, first in the main window: what is due, the agenda, time spent.

Built empty (cold start stays fast) and filled right after the first paint
(``schedule_load``); reloaded every few minutes and after a change elsewhere
(coalesced), so a reminder due at 14:00 shows while the window is open.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from cep_desk.services.cockpit import Cockpit
from cep_desk.services.facade import Services
from cep_desk.settings import Settings
from cep_desk.ui.cockpit.agenda_view import AgendaView
from cep_desk.ui.cockpit.home_view import CockpitView
from cep_desk.ui.cockpit.reminders import ReminderNotifier
from cep_desk.ui.cockpit.time_view import TimeSpentView
from cep_desk.ui.events import app_events
from cep_desk.ui.field_errors import describe_exception

REFRESH_MS = 5 * 60 * 1000
# Where a line opens the person's file (cep_desk.ui.beneficiary_file tab indices, read lazily).
_TABS = {"accompaniment": "ACCOMPANIMENT_TAB", "plan": "SESSIONS_TAB", "sessions": "SESSIONS_TAB",
         "documents": "DOCUMENTS_TAB"}


class TodayPage(QWidget):
    def __init__(self, services: Services, opener: Callable[[str], QWidget | None] | None = None,
                 settings: Settings | None = None, *, tray: bool | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.opener = opener
        self.settings = settings
        self.cockpit: Cockpit | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Today, agenda and time spent"))
        self.home = CockpitView()
        self.agenda = AgendaView(services)
        self.time_spent = TimeSpentView(services)
        self.tabs.addTab(self.home, self.tr("What is &due"))
        self.tabs.addTab(self.agenda, self.tr("A&genda"))
        self.tabs.addTab(self.time_spent, self.tr("Time s&pent"))
        lay.addWidget(self.tabs)
        if settings is not None:
            self.home.weeks.setValue(settings.no_contact_weeks)

        self.home.openRequested.connect(self.open_person)
        self.agenda.openRequested.connect(self.open_person)
        self.time_spent.openRequested.connect(self.open_person)
        self.home.partnerRequested.connect(self.open_partner)
        self.home.calendarRequested.connect(self.print_calendar)
        self.home.sessionRequested.connect(self.start_session)
        self.home.snoozeRequested.connect(self.snooze)
        self.home.doneRequested.connect(self.done)
        self.home.weeksChanged.connect(self._weeks_changed)
        self.agenda.changed.connect(self.schedule_load)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.notifier = ReminderNotifier(self, self.home, tray)
        self.notifier.clicked.connect(self.show_home)

        self._load_timer = QTimer(self)
        self._load_timer.setSingleShot(True)
        self._load_timer.setInterval(0)
        self._load_timer.timeout.connect(self.load)
        self._refresh = QTimer(self)
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.timeout.connect(self.schedule_load)
        events = app_events()
        # Bound methods, not lambdas: Qt disconnects them when this page goes.
        events.beneficiaryChanged.connect(self._on_beneficiary_changed)
        events.caseloadChanged.connect(self.schedule_load)

    # -- loading -----------------------------------------------------------------------------------
    def _on_beneficiary_changed(self, _beneficiary_id: str) -> None:
        self.schedule_load()

    def schedule_load(self) -> None:
        """Load after the current event (the first paint at start-up); several requests make one load."""
        self._load_timer.start()

    def load(self) -> Cockpit | None:
        self._load_timer.stop()
        if not self._refresh.isActive():
            self._refresh.start()
        try:
            self.cockpit = self.services.cockpit(self.home.weeks.value())
        except Exception as exc:
            self.home.banner.show_error(describe_exception(exc))
            return None
        self.home.fill(self.cockpit)
        self.notifier.notify(self.cockpit)
        self._tab_shown(self.tabs.currentIndex())
        return self.cockpit

    def _tab_shown(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is self.agenda or widget is self.time_spent:
            widget.reload()

    def _weeks_changed(self, weeks: int) -> None:
        if self.settings is not None and self.settings.no_contact_weeks != weeks:
            self.settings.no_contact_weeks = weeks
            try:
                self.settings.save()
            except OSError:
                pass  # the view still uses it; the next start falls back to the saved value
        self.schedule_load()

    def show_home(self) -> None:
        window = self.window()
        window.showNormal()
        window.raise_()
        window.activateWindow()
        parent_tabs = self.parentWidget()
        while parent_tabs is not None and not isinstance(parent_tabs, QTabWidget):
            parent_tabs = parent_tabs.parentWidget()
        if parent_tabs is not None:
            parent_tabs.setCurrentWidget(self)
        self.tabs.setCurrentWidget(self.home)

    # -- acting ------------------------------------------------------------------------------------
    def open_person(self, beneficiary_id: str, tab: str = "") -> QWidget | None:
        """Open the person's file on the tab the line is about (plan, accompaniment, sessions)."""
        if self.opener is None:
            app_events().openBeneficiary.emit(beneficiary_id)
            return None
        widget = self.opener(beneficiary_id)
        if widget is not None and tab in _TABS:
            from cep_desk.ui import beneficiary_file

            index = getattr(beneficiary_file, _TABS[tab], None)
            tabs = getattr(widget, "tabs", None)
            if index is not None and tabs is not None and tabs.isTabEnabled(index):
                tabs.setCurrentIndex(index)
        return widget

    def start_session(self, beneficiary_id: str, appointment_id: str) -> QWidget | None:
        """Today's appointment, the person has come: their file, and the guided session at the
        appointment's time and site; saving it marks the appointment done."""
        widget = self.open_person(beneficiary_id, "sessions")
        starter = getattr(widget, "guided_session", None)
        return starter(self.home.appointment(appointment_id)) if starter is not None else None

    def print_calendar(self, beneficiary_id: str):  # type: ignore[no-untyped-def]
        """The person's file on its Documents tab, previewing the action plan (its calendar page holds
        the jalons, in easy-to-read French): printed from there."""
        widget = self.open_person(beneficiary_id, "documents")
        panel = getattr(widget, "documents_panel", None)
        return panel.new_document("plan") if panel is not None else None

    def open_partner(self, structure_id: str) -> None:
        """The directory entry, through the main window's ``open_partner`` (the partner directory, issue 4)."""
        window = self.window()
        opener = getattr(window, "open_partner", None)
        directory = getattr(window, "directory_page", None)
        show = getattr(getattr(directory, "page", None), "show_structure", None)
        if callable(opener):
            opener(structure_id)
        elif directory is not None and callable(show):
            window.tabs.setCurrentWidget(directory)  # type: ignore[attr-defined]
            show(structure_id)
        else:
            self.home.banner.show_info(self.tr("Open the partner directory to re-verify this entry."))

    def snooze(self, key: str, beneficiary_id: str, until: date) -> None:
        try:
            self.services.reminders.snooze(key, until, beneficiary_id or None)
        except Exception as exc:
            self.home.banner.show_error(describe_exception(exc))
            return
        self.load()

    def done(self, key: str, beneficiary_id: str) -> None:
        try:
            self.services.reminders.done(key, beneficiary_id or None)
        except Exception as exc:
            self.home.banner.show_error(describe_exception(exc))
            return
        self.load()
