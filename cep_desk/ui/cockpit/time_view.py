"""Time spent per person and per ISO week: sessions plus logged calls, e-mails, letters (BRIEF §6).

Read from ``services.time_spent`` (the same totals as the command line's
``show``); loaded when the tab is shown, not at start-up.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cep_desk.domain.contact_log import WeekTime
from cep_desk.domain.due import week_label, week_of
from cep_desk.services.facade import Services
from cep_desk.ui.field_errors import MessageBanner, describe_exception
from cep_desk.ui.language import format_date


def hours(minutes: int) -> str:
    return f"{minutes // 60} h {minutes % 60:02d}"


class TimeSpentView(QWidget):
    openRequested = Signal(str, str)

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.day = services.ctx.today()
        self.rows: list[WeekTime] = []
        self.names: dict[str, str] = {}
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 8, 10, 6)
        nav = QHBoxLayout()
        self.prev_button = QPushButton(self.tr("◀ &Previous week"))
        self.prev_button.setAccessibleName(self.tr("Previous week"))
        self.prev_button.clicked.connect(lambda: self.step(-7))
        self.next_button = QPushButton(self.tr("N&ext week ▶"))
        self.next_button.setAccessibleName(self.tr("Next week"))
        self.next_button.clicked.connect(lambda: self.step(7))
        self.title = QLabel()
        self.title.setAccessibleName(self.tr("Week and total time"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        nav.addWidget(self.prev_button)
        nav.addWidget(self.next_button)
        nav.addSpacing(12)
        nav.addWidget(self.title, 1)
        lay.addLayout(nav)
        self.banner = MessageBanner(self)
        lay.addWidget(self.banner)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Person"), self.tr("Sessions (number · time)"),
                                              self.tr("Calls, e-mails, letters (number · time)"),
                                              self.tr("Total")])
        self.table.setAccessibleName(self.tr("Time spent per person this week"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSortingEnabled(False)
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        lay.addWidget(self.table, 1)

    def step(self, days: int) -> None:
        self.day += timedelta(days=days)
        self.reload()

    def reload(self) -> None:
        monday, sunday = week_of(self.day)
        try:
            self.rows = self.services.time_spent.per_week(start=monday, end=sunday)
            ids = [r.beneficiary_id for r in self.rows]
            self.names = {r.id: f"{r.first_name} {r.last_name.upper()}" for r in self.services.caseload(ids)}
        except Exception as exc:
            self.banner.show_error(describe_exception(exc))
            return
        self.banner.clear_message()
        self.rows.sort(key=lambda r: -r.total_min)
        total = sum(r.total_min for r in self.rows)
        self.title.setText(self.tr("Week {week} ({first} to {last}): {total} for {n} person(s)").format(
            week=week_label(monday), first=format_date(monday), last=format_date(sunday), total=hours(total),
            n=len(self.rows)))
        self.table.setRowCount(len(self.rows))
        for row, r in enumerate(self.rows):
            cells = [self.names.get(r.beneficiary_id, ""),
                     f"{r.sessions} · {hours(r.session_min)}" if r.sessions else "—",
                     f"{r.contacts} · {hours(r.contact_min)}" if r.contacts else "—", hours(r.total_min)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.openRequested.emit(self.rows[row].beneficiary_id, "sessions")

    def week_start(self) -> date:
        return week_of(self.day)[0]
