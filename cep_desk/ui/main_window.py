"""The main window: the caseload first, each person's file in its own tab.

The caseload is loaded once as row snapshots and filtered in memory on every
keystroke (no debounce needed: a 10,000-row filter is a few milliseconds).
Writes elsewhere (a file saved, settings changed) come back through
``app_events()`` or the file's ``saved`` signal and trigger one coalesced
reload, keeping the search, the filters and the selected person.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from cep_desk.domain.caseload import CaseloadFilter
from cep_desk.domain.codelists import CodeList, referentials
from cep_desk.domain.messages import ValidationFailed
from cep_desk.settings import START_PAGES, Settings
from cep_desk.storage.errors import StoreError
from cep_desk.ui.caseload_model import CaseloadModel, Column
from cep_desk.ui.events import app_events
from cep_desk.ui.language import current_language, format_date
from cep_desk.ui.screen import fitting_size

if TYPE_CHECKING:  # the window may show before the services (and SQLAlchemy) are loaded: see ``attach``
    from cep_desk.services.facade import Services
    from cep_desk.storage.early import EarlyCaseload

# Width of the free-text columns in average characters; the coded columns (status, level,
# date, numbers) are measured on their longest possible value, and every header must fit.
# At 1280 pixels the Target job column (which stretches) keeps about 30 characters.
_COLUMN_CHARS: dict[Column, int] = {
    Column.LAST_NAME: 14,
    Column.FIRST_NAME: 14,    # "Marie-Thérèse", "Anne-Sophie"
    Column.COMMUNE: 21,       # Occitanie has long names: "Saint-Georges-de-Luzençon"
    Column.TARGET_JOB: 30,
    Column.SITE: 22,
}
# Room beside a header's title for the sort arrow (Fusion: margins and indicator).
_SORT_ARROW = 24
# The filter combos show this many characters; their lists open as wide as the longest entry.
_FILTER_CHARS = 16


# After the window shows or a file opens, build the next empty file once the UI is idle.
SPARE_FILE_DELAY_MS = 300
TODAY_DELAY_MS = 30

class CaseloadView(QTableView):
    """The caseload table; Enter or Return opens the current row (``openRequested``)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.open_callback = None  # set by the window: called with the current index

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            if self.open_callback is not None:
                self.open_callback(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


def _show_store_error(parent: QWidget, exc: StoreError) -> None:
    from cep_desk.ui.store_dialogs import show_store_error  # the dialogs module loads the store: not at start-up

    show_store_error(parent, exc)


def _show_unexpected_error(parent: QWidget, exc: BaseException) -> None:
    from cep_desk.ui.store_dialogs import show_unexpected_error

    show_unexpected_error(parent, exc)


class MainWindow(QMainWindow):
    """Today, Caseload and Directory tabs + one tab per open file; menus, toolbar and shortcuts.

    Built either with its ``services`` at once, or — at start-up — before them:
    with only the ``data_dir`` it opens (built while the key is derived), then
    ``show_early`` gives it the caseload read early (``storage/early.py``). The
    caseload shows and can be searched and filtered at once, Today and
    Directory say they are opening, and what needs the store (opening a file,
    a new person, settings) waits for ``attach(services)`` a fraction of a
    second later.
    """

    def __init__(self, services: Services | None = None, *, demo: bool = False, settings: Settings | None = None,
                 early: EarlyCaseload | None = None, data_dir: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        if services is not None:
            data_dir = services.store.data_dir
        elif early is not None:
            data_dir = early.data_dir
        if data_dir is None:
            raise ValueError("MainWindow needs its services, an early caseload or the data folder it opens")
        self.services = services
        self._early = early
        self._data_dir = data_dir
        self._pending: list[Callable[[], object]] = []  # what was asked before the services attached
        self.demo = demo
        self.settings = settings if settings is not None else Settings.load()
        self._file_tabs: dict[str, QWidget] = {}
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.reload_caseload)
        self._spare_file: QWidget | None = None
        self._spare_timer = QTimer(self)
        self._spare_timer.setSingleShot(True)
        self._spare_timer.setInterval(SPARE_FILE_DELAY_MS)
        self._spare_timer.timeout.connect(self._prepare_spare_file)

        self.setWindowTitle(self.tr("CEP Desk"))
        self.resize(*fitting_size(1280, 800))
        self.tabs = QTabWidget()
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Open files"))
        self.tabs.tabCloseRequested.connect(self.close_tab)
        # The demo banner sits above the tabs: whatever tab is shown, nobody mistakes the demo for real files.
        self.demo_banner = QLabel(self.tr(
            "DEMO — fictional people. This separate demo store holds no real person; "
            "what you type here stays in the demo."))
        self.demo_banner.setWordWrap(True)
        self.demo_banner.setStyleSheet(
            "QLabel { background: #fff1c2; color: #5c3b00; border: 1px solid #b07d00;"
            " border-radius: 4px; padding: 6px 10px; font-weight: bold; margin: 6px 10px 0 10px; }")
        self.demo_banner.setAccessibleName(self.tr("Demo store: fictional people"))
        self.demo_banner.setVisible(self.demo)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.demo_banner)
        central_layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        # Today (the home view, issue 6) and the Directory (issue 4) need the services: until they
        # attach, each tab holds a line saying it is opening (``_build_service_pages`` replaces it).
        self.today_page: QWidget = self._opening_placeholder()
        self.tabs.addTab(self.today_page, self.tr("Today"))
        self.caseload_page = self._build_caseload_page()
        self.tabs.addTab(self.caseload_page, self.tr("Caseload"))
        self.directory_page: QWidget = self._opening_placeholder()
        self.tabs.addTab(self.directory_page, self.tr("Directory"))
        self._fixed_pages_without_close_button()

        self._build_actions()
        self._build_status_bar()

        events = app_events()
        events.beneficiaryChanged.connect(self._on_beneficiary_changed)
        events.caseloadChanged.connect(self.schedule_reload)
        events.settingsChanged.connect(self._on_settings_changed)
        events.openBeneficiary.connect(self.open_beneficiary)

        self._fill_filter_combos()
        self._size_columns()
        self.reload_caseload()
        self._today_loaded = False
        if services is not None:
            self._build_service_pages(services)
        self._show_start_page()
        self.search_box.setFocus()

    def _opening_placeholder(self) -> QLabel:
        label = QLabel(self.tr("Opening your data…"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setAccessibleName(self.tr("Opening your data"))
        return label

    def _fixed_pages_without_close_button(self) -> None:
        """Today, Caseload and Directory are always there: no close button on them."""
        bar = self.tabs.tabBar()
        for page in (self.today_page, self.caseload_page, self.directory_page):
            for side in (bar.ButtonPosition.RightSide, bar.ButtonPosition.LeftSide):
                bar.setTabButton(self.tabs.indexOf(page), side, None)

    def _replace_page(self, old: QWidget, new: QWidget, title: str) -> None:
        index, current = self.tabs.indexOf(old), self.tabs.currentWidget() is old
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, new, title)
        old.deleteLater()
        if current:
            self.tabs.setCurrentIndex(index)

    def _build_service_pages(self, services: Services) -> None:
        from cep_desk.ui.cockpit.page import TodayPage  # filled after the first paint (``showEvent``)
        from cep_desk.ui.partners.directory_page import DirectoryPage

        today = TodayPage(services, self.open_beneficiary, self.settings, parent=self)
        self._replace_page(self.today_page, today, self.tr("Today"))
        self.today_page = today
        directory = DirectoryPage(services, parent=self)
        self._replace_page(self.directory_page, directory, self.tr("Directory"))
        self.directory_page = directory
        self._fixed_pages_without_close_button()

    def _show_start_page(self) -> None:
        """The window reopens on the page last used (Today unless the counsellor left it elsewhere)."""
        pages = dict(zip(START_PAGES, (self.today_page, self.caseload_page, self.directory_page), strict=True))
        self.tabs.setCurrentWidget(pages.get(self.settings.start_page, self.today_page))

    def _current_start_page(self) -> str:
        current = self.tabs.currentWidget()
        if current is self.today_page:
            return "today"
        if current is self.directory_page:
            return "directory"
        return "caseload"  # the caseload, or a person's file opened from it

    def show_early(self, early: EarlyCaseload) -> None:
        """The caseload read at start-up, before the services: levels, sites and rows."""
        self._early = early
        self.model.set_levels(self._levels())
        self._size_columns()
        self._fill_filter_combos()
        self.reload_caseload()

    @property
    def ready(self) -> bool:
        """True once the services are attached (always, for a window built with them)."""
        return self.services is not None

    def attach(self, services: Services, *, last_migration_backup: str | None = None) -> None:
        """The store and services are open: build Today and the Directory, then do what was asked meanwhile."""
        self.services = services
        self.model.set_today(services.ctx.today)
        self._build_service_pages(services)
        if last_migration_backup:
            self._show_migration_backup(last_migration_backup)
        self._early = None
        if self.isVisible():
            self._start_idle_work()
        pending, self._pending = self._pending, []
        for call in pending:
            call()
        self._update_actions()

    def _when_ready(self, call: Callable[[], object]) -> bool:
        """Before the services attach, keep ``call`` for then and return True; after, return False."""
        if self.services is not None:
            return False
        self._pending.append(call)
        return True

    # -- building ----------------------------------------------------------------------------------
    def _build_caseload_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(10, 8, 10, 6)
        layout.setSpacing(8)

        bar = QHBoxLayout()
        bar.setSpacing(6)
        search_label = QLabel(self.tr("&Search:"))
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search by name, commune or target job"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName(self.tr("Search the caseload"))
        self.search_box.setToolTip(self.tr("Search by name, commune or target job (Ctrl+F). "
                                           "Accents and capitals do not matter."))
        self.search_box.setMinimumWidth(300)
        search_label.setBuddy(self.search_box)
        bar.addWidget(search_label)
        bar.addWidget(self.search_box, 3)

        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Filter by parcours status"))
        status_label = QLabel(self.tr("S&tatus:"))
        status_label.setBuddy(self.status_combo)
        self.level_combo = QComboBox()
        self.level_combo.setAccessibleName(self.tr("Filter by level"))
        level_label = QLabel(self.tr("&Level:"))
        level_label.setBuddy(self.level_combo)
        self.site_combo = QComboBox()
        self.site_combo.setAccessibleName(self.tr("Filter by site"))
        site_label = QLabel(self.tr("S&ite:"))
        site_label.setBuddy(self.site_combo)
        for label, combo in ((status_label, self.status_combo), (level_label, self.level_combo),
                             (site_label, self.site_combo)):
            # Long entries ("N2 – Accompagnement personnalisé") must not squeeze the search box.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(_FILTER_CHARS)
            bar.addSpacing(8)
            bar.addWidget(label)
            bar.addWidget(combo)
        layout.addLayout(bar)

        today = self.services.ctx.today if self.services is not None else date.today
        self.model = CaseloadModel(today=today, levels=self._levels(), parent=self)
        self.table = CaseloadView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Caseload: people you accompany"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        # By last name, as the rows arrive: enabling sorting sorts the (still empty) model once.
        self.table.horizontalHeader().setSortIndicator(Column.LAST_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        font = self.table.font()
        font.setPointSizeF(max(font.pointSizeF(), 10.0) + 0.5)
        self.table.setFont(font)
        vheader = self.table.verticalHeader()
        vheader.setVisible(False)
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring on 10,000 rows
        vheader.setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.doubleClicked.connect(self._open_index)
        self.table.open_callback = self._open_index
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())

        self.empty_page = QWidget()
        empty_layout = QVBoxLayout(self.empty_page)
        empty_layout.addStretch(1)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("font-size: 13pt;")
        empty_layout.addWidget(self.empty_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.clear_filters_button = QPushButton(self.tr("&Clear the search and filters"))
        self.clear_filters_button.setAccessibleName(self.tr("Clear the search and filters"))
        self.clear_filters_button.clicked.connect(self.clear_filters)
        self.empty_new_button = QPushButton(self.tr("&New person…"))
        self.empty_new_button.setAccessibleName(self.tr("New person"))
        self.empty_new_button.clicked.connect(lambda: self.open_beneficiary(None))
        buttons.addWidget(self.clear_filters_button)
        buttons.addWidget(self.empty_new_button)
        buttons.addStretch(1)
        empty_layout.addLayout(buttons)
        empty_layout.addStretch(2)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_page)
        layout.addWidget(self.stack, 1)

        self.counts_label = QLabel()
        self.counts_label.setAccessibleName(self.tr("Number of people"))
        layout.addWidget(self.counts_label)

        self.search_box.textChanged.connect(self._apply_filter)
        self.search_box.installEventFilter(self)
        for combo in (self.status_combo, self.level_combo, self.site_combo):
            combo.currentIndexChanged.connect(self._apply_filter)
        return page

    def _size_columns(self) -> None:
        """Fixed, predictable widths (no per-row measuring on 10,000 rows); Target job takes the rest."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        header_metrics = header.fontMetrics()
        char = metrics.averageCharWidth()
        pad = 18
        samples: dict[Column, list[str]] = {
            Column.AGE: ["100"],
            Column.SESSIONS: ["999"],
            Column.LAST_CONTACT: [format_date(date(2026, 12, 28))],
            Column.STATUS: [self.model.status_label(c.code) for c in referentials()["parcours_status"].codes],
            Column.LEVEL: [self.model.level_label(c.code) for c in self._levels().codes],
        }
        for col in Column:
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            width = header_metrics.horizontalAdvance(title) + _SORT_ARROW
            if col in _COLUMN_CHARS:
                width = max(width, _COLUMN_CHARS[col] * char + pad)
            else:
                width = max(width, *(metrics.horizontalAdvance(t) + pad for t in samples[col]))
            header.resizeSection(col, width)
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TARGET_JOB, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(4 * char)

    def _build_actions(self) -> None:
        self.new_action = QAction(self.tr("&New person…"), self)
        self.new_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_N))
        self.new_action.setToolTip(self.tr("Create the file of a new person (Ctrl+N)"))
        self.new_action.triggered.connect(lambda: self.open_beneficiary(None))

        self.open_action = QAction(self.tr("&Open file"), self)
        self.open_action.setToolTip(self.tr("Open the selected person's file (Enter or double-click)"))
        self.open_action.triggered.connect(self.open_selected)

        self.close_tab_action = QAction(self.tr("&Close tab"), self)
        # Ctrl+W everywhere (the platform's Close key may be Ctrl+F4 only).
        self.close_tab_action.setShortcuts([QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_W),
                                            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_F4)])
        self.close_tab_action.triggered.connect(lambda: self.close_tab(self.tabs.currentIndex()))

        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.setToolTip(self.tr("Reload the caseload (F5)"))
        self.refresh_action.triggered.connect(self.reload_caseload)

        self.find_action = QAction(self.tr("&Find"), self)
        self.find_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_F))
        self.find_action.triggered.connect(self.focus_search)

        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Comma))
        self.settings_action.setToolTip(self.tr("Your profile, sites, language, data folder, recovery key"))
        self.settings_action.triggered.connect(self.open_settings)

        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q))
        self.quit_action.triggered.connect(self.close)

        for a in (self.new_action, self.open_action, self.close_tab_action, self.refresh_action,
                  self.find_action, self.settings_action, self.quit_action):
            a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(a)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        file_menu.addAction(self.close_tab_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.find_action)
        view_menu.addAction(self.refresh_action)

        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setAccessibleName(self.tr("Main toolbar"))
        for a in (self.new_action, self.open_action, self.refresh_action, self.settings_action):
            toolbar.addAction(a)
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        self._update_actions()

    def _build_status_bar(self) -> None:
        # Before the services, the early path opens only a store whose schema is current: no backup.
        backup = self.services.store.last_migration_backup if self.services is not None else None
        self.folder_label = QLabel(self.tr("Data folder: {path}").format(path=str(self._data_dir)))
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setAccessibleName(self.tr("Data folder"))
        self.store_label = QLabel(self.tr("Store OK · encrypted"))
        self.store_label.setAccessibleName(self.tr("Store state"))
        if backup:
            self._show_migration_backup(backup)
        self.statusBar().addWidget(self.folder_label, 1)
        self.statusBar().addPermanentWidget(self.store_label)

    def _show_migration_backup(self, path: str) -> None:
        self.store_label.setText(self.tr("Store OK · encrypted · updated (backup: {path})").format(path=path))

    # -- filters -----------------------------------------------------------------------------------
    def _levels(self) -> CodeList:
        if self.services is None:
            vocabulary = self._early.level_vocabulary if self._early is not None else None
            return referentials().levels(vocabulary or "national_2020")
        try:
            return self.services.counsellor.levels()
        except StoreError:
            return referentials().levels()

    def _sites(self) -> list[tuple[str, str]]:
        """Active sites as (id, name), for the filter."""
        if self.services is None:
            return list(self._early.sites) if self._early is not None else []
        return [(s.id, s.name) for s in self.services.counsellor.sites()]

    def _fill_filter_combos(self) -> None:
        """(Re)fill the status, level and site combos, keeping what was chosen when still offered."""
        lang = current_language()
        keep = (self.status_combo.currentData(), self.level_combo.currentData(), self.site_combo.currentData())
        try:
            sites = self._sites()
        except StoreError as exc:
            sites = []
            self.statusBar().showMessage(exc.render(), 10000)
        for combo in (self.status_combo, self.level_combo, self.site_combo):
            combo.blockSignals(True)
            combo.clear()
        self.status_combo.addItem(self.tr("All statuses"), None)
        for c in referentials()["parcours_status"].codes:
            self.status_combo.addItem(c.label(lang), c.code)
        self.level_combo.addItem(self.tr("All levels"), None)
        for c in self._levels().codes:
            self.level_combo.addItem(c.label(lang), c.code)
        self.site_combo.addItem(self.tr("All sites"), None)
        for site_id, name in sites:
            self.site_combo.addItem(name, site_id)
        for combo, value in zip((self.status_combo, self.level_combo, self.site_combo), keep, strict=True):
            i = combo.findData(value) if value is not None else 0
            combo.setCurrentIndex(max(i, 0))
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)  # whole entries in the list
            for n in range(combo.count()):
                combo.setItemData(n, combo.itemText(n), Qt.ItemDataRole.ToolTipRole)
            combo.blockSignals(False)

    def current_filter(self) -> CaseloadFilter:
        return CaseloadFilter(
            text=self.search_box.text(),
            status=self.status_combo.currentData(),
            level=self.level_combo.currentData(),
            site_id=self.site_combo.currentData(),
        )

    def _apply_filter(self) -> None:
        selected = self.selected_id()
        self.model.set_filter(self.current_filter())
        self._restore_selection(selected)
        self._update_counts()

    def clear_filters(self) -> None:
        for combo in (self.status_combo, self.level_combo, self.site_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search_box.clear()  # textChanged applies the (now empty) filter
        self._apply_filter()
        self.search_box.setFocus()

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.caseload_page)
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # From the search box, Down or Enter goes to the list (first row), Enter again opens.
        if watched is self.search_box and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.model.visible_count:
                if not self.table.currentIndex().isValid():
                    self.table.selectRow(0)
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if key == Qt.Key.Key_Escape and self.search_box.text():
                self.search_box.clear()
                return True
        return super().eventFilter(watched, event)

    def _update_counts(self) -> None:
        total, shown = self.model.total_count, self.model.visible_count
        self.counts_label.setText(self.tr("%n people", "", total) + " · " + self.tr("%n shown", "", shown))
        if total == 0:
            self.empty_label.setText(self.tr("No one in your caseload yet. Create the first file with "
                                             "“New person” (Ctrl+N)."))
            self.clear_filters_button.setVisible(False)
            self.empty_new_button.setVisible(True)
            self.stack.setCurrentWidget(self.empty_page)
        elif shown == 0:
            self.empty_label.setText(self.tr("Nobody matches this search and these filters."))
            self.clear_filters_button.setVisible(True)
            self.empty_new_button.setVisible(True)
            self.stack.setCurrentWidget(self.empty_page)
        else:
            self.stack.setCurrentWidget(self.table)
        self._update_actions()

    def _update_actions(self) -> None:
        if hasattr(self, "open_action"):
            self.open_action.setEnabled(self.selected_id() is not None)

    # -- selection ---------------------------------------------------------------------------------
    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.row_at(index).id

    def _restore_selection(self, beneficiary_id: str | None) -> None:
        if beneficiary_id is None:
            return
        row = self.model.row_of(beneficiary_id)
        if row < 0:
            return
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    # -- caseload ----------------------------------------------------------------------------------
    def schedule_reload(self) -> None:
        """Coalesce several change notifications into one reload."""
        self._reload_timer.start()

    def reload_caseload(self) -> None:
        self._reload_timer.stop()
        selected = self.selected_id()
        if self.services is None:
            rows = self._early.rows if self._early is not None else []
        else:
            try:
                rows = self.services.caseload()
            except StoreError as exc:
                _show_store_error(self, exc)
                return
        self.model.set_rows(rows, sorted_by_name=True)  # read_rows' order
        self._restore_selection(selected)
        self._update_counts()

    def _on_beneficiary_changed(self, _beneficiary_id: str) -> None:
        self.schedule_reload()

    def _on_settings_changed(self) -> None:
        self._discard_spare_file()
        self.model.set_levels(self._levels())
        self._size_columns()
        self._fill_filter_combos()
        self._apply_filter()
        self.schedule_reload()

    # -- files -------------------------------------------------------------------------------------
    def _open_index(self, index) -> None:  # type: ignore[no-untyped-def]
        if index.isValid():
            self.open_beneficiary(self.model.row_at(index).id)

    def open_selected(self) -> None:
        beneficiary_id = self.selected_id()
        if beneficiary_id is not None:
            self.open_beneficiary(beneficiary_id)

    def open_beneficiary(self, beneficiary_id: str | None) -> QWidget | None:
        """Open (or bring forward) a person's file; None opens an empty file for a new person.

        Asked before the services attach, the file opens as soon as they do (and None is returned).
        """
        if self._when_ready(lambda: self.open_beneficiary(beneficiary_id)):
            return None
        if beneficiary_id is not None and beneficiary_id in self._file_tabs:
            widget = self._file_tabs[beneficiary_id]
            self.tabs.setCurrentWidget(widget)
            widget.setFocus()
            return widget
        try:
            widget = self._take_spare_file()
            if widget is None:
                from cep_desk.ui.beneficiary_file import BeneficiaryFileWidget

                widget = BeneficiaryFileWidget(self.services, beneficiary_id, self)
            elif beneficiary_id is not None:
                try:
                    widget.assign(beneficiary_id)
                except BaseException:
                    widget.deleteLater()
                    raise
        except StoreError as exc:
            _show_store_error(self, exc)
            return None
        except LookupError:
            QMessageBox.information(self, self.tr("File not found"), self.tr(
                "This person's file no longer exists (it may have been deleted). The caseload is reloaded."))
            self.schedule_reload()
            return None
        except Exception as exc:  # a bug must not take the caseload down with it
            _show_unexpected_error(self, exc)
            return None
        widget.saved.connect(lambda saved_id, w=widget: self._on_file_saved(w, saved_id))
        widget.closeRequested.connect(lambda w=widget: self._remove_file_tab(w))
        title_changed = getattr(widget, "titleChanged", None)
        if title_changed is not None:
            title_changed.connect(lambda _title, w=widget: self._retitle(w))
        index = self.tabs.addTab(widget, _title_of(widget) or self.tr("New person"))
        self.tabs.setTabToolTip(index, _title_of(widget))
        if beneficiary_id is not None:
            self._file_tabs[beneficiary_id] = widget
        self.tabs.setCurrentIndex(index)
        widget.setFocus()
        return widget

    # -- a file kept ready ---------------------------------------------------------------------------
    def _prepare_spare_file(self) -> None:
        """Build an empty file while the counsellor is idle: opening one then only fills it."""
        if self._spare_file is not None or not self.isVisible() or self.services is None:
            return
        try:
            from cep_desk.ui.beneficiary_file import BeneficiaryFileWidget

            spare = BeneficiaryFileWidget(self.services, None)
            spare.profile.keep_status_rows_ready()
            self._spare_file = spare
        except Exception:  # no spare: opening builds the file itself, as before
            self._spare_file = None

    def _take_spare_file(self) -> QWidget | None:
        spare, self._spare_file = self._spare_file, None
        self._spare_timer.start()
        return spare

    def _discard_spare_file(self) -> None:
        """Levels, sites or language changed: the ready file would show old choices."""
        if self._spare_file is not None:
            self._spare_file.deleteLater()
            self._spare_file = None
        self._spare_timer.start()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if self.services is not None:
            self._start_idle_work()

    def _start_idle_work(self) -> None:
        self._spare_timer.start()
        if not self._today_loaded:  # the window paints first, then Today fills in (one query, ~0.2 s)
            self._today_loaded = True
            QTimer.singleShot(TODAY_DELAY_MS, self.today_page.schedule_load)  # type: ignore[attr-defined]

    def _on_file_saved(self, widget: QWidget, beneficiary_id: str) -> None:
        self._file_tabs[beneficiary_id] = widget  # a new person's tab now belongs to them
        self._retitle(widget)
        self.schedule_reload()

    def _retitle(self, widget: QWidget) -> None:
        index = self.tabs.indexOf(widget)
        title = _title_of(widget)
        if index >= 0 and title:
            self.tabs.setTabText(index, title)
            self.tabs.setTabToolTip(index, title)

    def open_file_ids(self) -> list[str]:
        return list(self._file_tabs)

    def close_tab(self, index: int) -> bool:
        """Close a file tab (Ctrl+W, its × button); True when it is gone.

        A file with unsaved changes asks first (its ``request_close``), then says
        ``closeRequested``; a widget without that protocol may refuse by ignoring
        its close event.
        """
        if index < 0 or self.tabs.widget(index) in (self.caseload_page, self.today_page, self.directory_page):
            return False
        widget = self.tabs.widget(index)
        request_close = getattr(widget, "request_close", None)
        if callable(request_close):
            request_close()
            return self.tabs.indexOf(widget) < 0
        if not widget.close():
            return False
        self._remove_file_tab(widget)
        return True

    def _remove_file_tab(self, widget: QWidget) -> None:
        index = self.tabs.indexOf(widget)
        if index < 0:
            return
        self.tabs.removeTab(index)
        for key, w in list(self._file_tabs.items()):
            if w is widget:
                del self._file_tabs[key]
        widget.deleteLater()
        if self.tabs.currentWidget() is self.caseload_page:
            self.table.setFocus()

    # -- settings ----------------------------------------------------------------------------------
    def open_settings(self) -> None:
        if self._when_ready(self.open_settings):
            return
        from cep_desk.ui.settings_dialog import SettingsDialog

        try:
            dialog = SettingsDialog(self.services, self.settings, self)
        except StoreError as exc:
            _show_store_error(self, exc)
            return
        except ValidationFailed as exc:
            from cep_desk.ui.store_dialogs import show_validation_failed

            show_validation_failed(self, exc)
            return
        dialog.exec()

    # -- closing -----------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        page = self._current_start_page()  # before closing the file tabs moves the current tab
        for i in reversed(range(self.tabs.count())):
            fixed = (self.caseload_page, self.today_page, self.directory_page)
            if self.tabs.widget(i) not in fixed and not self.close_tab(i):
                event.ignore()
                return
        self._remember_start_page(page)
        event.accept()

    def _remember_start_page(self, page: str) -> None:
        if page != self.settings.start_page:
            self.settings.start_page = page
            try:
                self.settings.save()
            except OSError:  # a read-only profile: the window simply opens on Today next time
                pass


def _title_of(widget: QWidget) -> str:
    """``title`` may be a method or a property on the file widget."""
    title = getattr(widget, "title", "")
    if callable(title):
        title = title()
    return str(title or "")
