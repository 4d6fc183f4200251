"""The home view: what is due today, this week, overdue, awaited — each line one Enter from the file.

One tree, one section per question the counsellor asks in the morning, each
with its count; today's appointments are grouped by site (permanences are
sites). A line opens the person's file on the right tab (Enter, double-click
or "Open"); "Snooze" and "Done" act on reminders. The data comes from one read
model (``Services.cockpit``) loaded after the window is painted. A section
shows at most ``MAX_LINES`` lines (a store with thousands of silent people
would drown the view); its count is always the full one.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cep_desk.domain import due
from cep_desk.domain.messages import QT_TRANSLATE_NOOP
from cep_desk.services.agenda import AppointmentView
from cep_desk.services.cockpit import Cockpit
from cep_desk.services.views import SiteView
from cep_desk.ui.field_errors import MessageBanner
from cep_desk.ui.interview_fields import site_label
from cep_desk.ui.language import format_date

MAX_LINES = 200
FOLDED_OVER = 20            # a section with more lines starts folded
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1     # a section's name on its title; a line's index in ``lines``
CONTEXT = "CockpitView"
SECTION_TITLES = {
    due.APPOINTMENTS: QT_TRANSLATE_NOOP("CockpitView", "Today's appointments"),
    due.WEEK: QT_TRANSLATE_NOOP("CockpitView", "Jalons due this week"),
    due.OVERDUE: QT_TRANSLATE_NOOP("CockpitView", "Overdue jalons"),
    due.FUNDING: QT_TRANSLATE_NOOP("CockpitView", "Funding decisions awaited past their date"),
    due.PAUSED: QT_TRANSLATE_NOOP("CockpitView", "Paused parcours to resume"),
    due.REVERIFY: QT_TRANSLATE_NOOP("CockpitView", "Partner entries to re-verify"),
    due.NO_CONTACT: QT_TRANSLATE_NOOP("CockpitView", "No contact for {weeks} weeks or more"),
}
_LATE = QColor("#9a1b1b")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class DueTree(QTreeWidget):
    """Enter opens the current line (the tree would only expand it)."""

    activated_item = Signal(QTreeWidgetItem)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
            self.activated_item.emit(self.currentItem())
            return
        super().keyPressEvent(event)


class CockpitView(QWidget):
    """``openRequested(beneficiary id, tab)``; ``snoozeRequested(key, beneficiary id, until)``;
    ``doneRequested(key, beneficiary id)``; ``weeksChanged(n)`` asks for a reload."""

    openRequested = Signal(str, str)
    partnerRequested = Signal(str)      # a directory entry to re-verify (its structure id)
    calendarRequested = Signal(str)     # print the person's jalons calendar (the "plan" document)
    sessionRequested = Signal(str, str)  # start the guided session of an appointment: person, appointment id
    snoozeRequested = Signal(str, str, object)
    doneRequested = Signal(str, str)
    weeksChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.cockpit: Cockpit | None = None
        self._appointments: dict[str, AppointmentView] = {}
        self.lines: list[due.DueItem] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 6)
        layout.setSpacing(6)

        head = QHBoxLayout()
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() + 3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAccessibleName(self.tr("Today"))
        head.addWidget(self.title, 1)
        weeks_label = QLabel(self.tr("No contact for &at least:"))
        self.weeks = QSpinBox()
        self.weeks.setRange(1, 52)
        self.weeks.setValue(due.DEFAULT_NO_CONTACT_WEEKS)
        self.weeks.setSuffix(self.tr(" weeks"))
        self.weeks.setAccessibleName(self.tr("People without contact for at least this many weeks"))
        weeks_label.setBuddy(self.weeks)
        self.weeks.editingFinished.connect(lambda: self.weeksChanged.emit(self.weeks.value()))
        head.addWidget(weeks_label)
        head.addWidget(self.weeks)
        layout.addLayout(head)

        self.banner = MessageBanner(self)
        layout.addWidget(self.banner)

        self.tree = DueTree()
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setUniformRowHeights(True)
        self.tree.setAccessibleName(self.tr("What is due: appointments, jalons, funding, pauses, contacts"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)
        self.tree.itemDoubleClicked.connect(lambda item, _col: self.open_item(item))
        self.tree.activated_item.connect(self.open_item)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        font = self.tree.font()
        font.setPointSizeF(max(font.pointSizeF(), 10.0) + 0.5)
        self.tree.setFont(font)
        layout.addWidget(self.tree, 1)

        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open the file"))
        self.open_button.setAccessibleName(self.tr("Open the person's file"))
        self.open_button.clicked.connect(lambda: self.open_item(self.tree.currentItem()))
        self.session_button = QPushButton(self.tr("Start the &session"))
        self.session_button.setAccessibleName(self.tr("Start the guided session of this appointment"))
        self.session_button.clicked.connect(self.start_session_current)
        self.snooze_button = QPushButton(self.tr("Snooze until &tomorrow"))
        self.snooze_button.setAccessibleName(self.tr("Snooze this reminder until tomorrow"))
        self.snooze_button.clicked.connect(lambda: self.snooze_current(1))
        self.snooze_week_button = QPushButton(self.tr("Snooze one &week"))
        self.snooze_week_button.setAccessibleName(self.tr("Snooze this reminder for one week"))
        self.snooze_week_button.clicked.connect(lambda: self.snooze_current(7))
        self.done_button = QPushButton(self.tr("&Done"))
        self.done_button.setAccessibleName(self.tr("Mark this reminder done"))
        self.done_button.clicked.connect(self.done_current)
        self.calendar_button = QPushButton(self.tr("Print the &calendar of jalons…"))
        self.calendar_button.setAccessibleName(self.tr("Print the person's calendar of jalons"))
        self.calendar_button.setToolTip(self.tr("The action plan document, with its calendar page of the jalons"))
        self.calendar_button.clicked.connect(self.calendar_current)
        for b in (self.open_button, self.session_button, self.snooze_button, self.snooze_week_button, self.done_button,
                  self.calendar_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._update_buttons()
        self.show_loading()

    # -- filling -------------------------------------------------------------------------------
    def show_loading(self) -> None:
        self.title.setText(self.tr("Today"))
        self.tree.clear()
        QTreeWidgetItem(self.tree, [self.tr("Loading what is due…")])

    def fill(self, cockpit: Cockpit) -> None:
        self.cockpit = cockpit
        long_day = format_date(cockpit.today, QLocale.FormatType.LongFormat)
        self.title.setText(self.tr("Today, {day}").format(day=long_day))
        self._appointments = {a.id: a for a in cockpit.appointments}
        if self.weeks.value() != cockpit.no_contact_weeks:
            self.weeks.blockSignals(True)
            self.weeks.setValue(cockpit.no_contact_weeks)
            self.weeks.blockSignals(False)
        current = self.current_key()
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        self.lines = []
        bold = QFont(self.tree.font())
        bold.setBold(True)
        restore: QTreeWidgetItem | None = None
        for section in due.SECTIONS:
            if section == due.REVERIFY and not cockpit.reverify_available:
                continue
            items = cockpit.sections[section]
            title = tr(SECTION_TITLES[section]).format(weeks=cockpit.no_contact_weeks)
            top = QTreeWidgetItem(self.tree, [f"{title} ({len(items)})"])
            top.setFont(0, bold)
            top.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{title}: {len(items)}")
            top.setData(0, ITEM_ROLE, section)
            if not items:
                QTreeWidgetItem(top, [self._empty_text(section)]).setDisabled(True)
                top.setExpanded(section in (due.APPOINTMENTS, due.OVERDUE, due.WEEK))
                continue
            parent = top
            last_site = None
            for item in items[:MAX_LINES]:
                if section == due.APPOINTMENTS and item.label != last_site:
                    last_site = item.label
                    parent = QTreeWidgetItem(top, [self._site_title(item)])
                    parent.setExpanded(True)
                line = QTreeWidgetItem(parent, [self.line_text(item)])
                line.setData(0, ITEM_ROLE, len(self.lines))
                self.lines.append(item)
                if section in (due.OVERDUE, due.FUNDING):
                    line.setForeground(0, QBrush(_LATE))
                if item.key == current:
                    restore = line
            if len(items) > MAX_LINES:
                QTreeWidgetItem(top, [self.tr("… and {n} more: search them in the caseload").format(
                    n=len(items) - MAX_LINES)]).setDisabled(True)
            # A long list is opened on demand: every section title stays in sight.
            top.setExpanded(section == due.APPOINTMENTS or len(items) <= FOLDED_OVER)
        self.tree.setUpdatesEnabled(True)
        if restore is not None:
            self.tree.setCurrentItem(restore)
        self._update_buttons()

    def _empty_text(self, section: str) -> str:
        return {
            due.APPOINTMENTS: self.tr("No appointment today."),
            due.WEEK: self.tr("No jalon left this week."),
            due.OVERDUE: self.tr("Nothing overdue."),
            due.FUNDING: self.tr("No decision overdue."),
            due.PAUSED: self.tr("No paused parcours to resume."),
            due.REVERIFY: self.tr("Nothing to re-verify."),
            due.NO_CONTACT: self.tr("Everyone has been in touch recently."),
        }[section]

    def _site_title(self, item: due.DueItem) -> str:
        if not item.label:
            return self.tr("No site (phone, video…)")
        return site_label(SiteView("", item.label, item.detail, None, "", True))

    def line_text(self, item: due.DueItem) -> str:
        """The line as shown (and read by a screen reader)."""
        c = self.cockpit
        name = (c.name(item.beneficiary_id) if c else "") or self.tr("(nobody named)")
        today = c.today if c else date.today()
        if item.section == due.APPOINTMENTS:
            view = self._appointments.get(item.ref_id)
            if view is not None and not view.beneficiary_id:
                name = self.tr("open slot")
            hours = f"{view.starts_local:%H:%M}–{view.ends_local:%H:%M}" if view else f"{item.at:%H:%M}"
            text = f"{hours} · {name}"
            if view is not None and view.source == "conclusion":
                text += " · " + self.tr("said in the last conclusion, to plan at a site")
            return text + (" · ⚠ " + self.tr("overlaps another appointment") if view and view.conflict else "")
        day = format_date(item.on) if item.on else ""
        if item.section == due.WEEK and item.on:
            weekday = QLocale().toString(QDate(item.on.year, item.on.month, item.on.day), "ddd d MMM")
            return f"{weekday} · {name} · {item.label}"
        if item.section == due.OVERDUE:
            late = (today - item.on).days if item.on else 0
            return f"{day} · " + self.tr("{n} day(s) late").format(n=late) + f" · {name} · {item.label}"
        if item.section == due.FUNDING:
            funder = f" — {item.detail}" if item.detail else ""
            return self.tr("expected on {day}").format(day=day) + f" · {name} · {item.label}{funder}"
        if item.section == due.PAUSED:
            return self.tr("return date {day}").format(day=day) + f" · {name}"
        if item.section == due.NO_CONTACT:
            seen = self.tr("last contact {day}").format(day=day) if item.on else self.tr("never seen")
            return f"{name} · {seen}"
        if item.section == due.REVERIFY:
            verified = self.tr("last verified {day}").format(day=day) if day else self.tr("never verified")
            return f"{item.label} · {verified}"
        return f"{item.label} · {day}" if day else item.label

    # -- acting --------------------------------------------------------------------------------
    def current_item(self) -> due.DueItem | None:
        node = self.tree.currentItem()
        return self.item_of(node)

    def item_of(self, node: QTreeWidgetItem | None) -> due.DueItem | None:
        """The due item a line stands for (None for a title, a site or an empty-section line)."""
        data = node.data(0, ITEM_ROLE) if node is not None else None
        return self.lines[data] if isinstance(data, int) and 0 <= data < len(self.lines) else None

    def current_key(self) -> str | None:
        item = self.current_item()
        return item.key if item else None

    def open_item(self, node: QTreeWidgetItem | None) -> None:
        data = self.item_of(node)
        if data is not None and data.beneficiary_id:
            self.openRequested.emit(data.beneficiary_id, data.tab)
        elif data is not None and data.section == due.REVERIFY:
            self.partnerRequested.emit(data.ref_id)
        elif node is not None and node.childCount():
            node.setExpanded(not node.isExpanded())

    def snooze_current(self, days: int) -> None:
        item = self.current_item()
        if item is not None and self.cockpit is not None:
            self.snoozeRequested.emit(item.key, item.beneficiary_id or "", self.cockpit.today + timedelta(days=days))

    def done_current(self) -> None:
        item = self.current_item()
        if item is not None:
            self.doneRequested.emit(item.key, item.beneficiary_id or "")

    def calendar_current(self) -> None:
        item = self.current_item()
        if item is not None and item.beneficiary_id:
            self.calendarRequested.emit(item.beneficiary_id)

    def start_session_current(self) -> None:
        item = self.current_item()
        if item is not None and item.section == due.APPOINTMENTS and item.beneficiary_id:
            self.sessionRequested.emit(item.beneficiary_id, item.ref_id)

    def appointment(self, appointment_id: str) -> AppointmentView | None:
        return self._appointments.get(appointment_id)

    def _update_buttons(self) -> None:
        item = self.current_item()
        self.session_button.setEnabled(bool(item and item.section == due.APPOINTMENTS and item.beneficiary_id))
        self.calendar_button.setEnabled(item is not None and item.section in (due.WEEK, due.OVERDUE))
        self.open_button.setEnabled(bool(item and (item.beneficiary_id or item.section == due.REVERIFY)))
        for b in (self.snooze_button, self.snooze_week_button, self.done_button):
            b.setEnabled(item is not None and item.section != due.APPOINTMENTS)

    def _menu(self, pos) -> None:  # type: ignore[no-untyped-def]
        node = self.tree.itemAt(pos)
        if self.item_of(node) is None:
            return
        self.tree.setCurrentItem(node)
        menu = QMenu(self)
        for button in (self.open_button, self.session_button, self.snooze_button, self.snooze_week_button,
                       self.done_button, self.calendar_button):
            if button.isEnabled():
                menu.addAction(button.text(), button.click)
        menu.exec(self.tree.viewport().mapToGlobal(pos))
