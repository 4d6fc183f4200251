"""The "Directory" tab: search partners offline (words, theme, public, type, fees, mode, distance
from a commune), read and annotate a partner's page, import a data·inclusion file in the
background, and see which entries nobody has checked for twelve months.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cep_desk.domain.places import Commune
from cep_desk.services.facade import Services
from cep_desk.services.partner_import import ImportReport
from cep_desk.services.partner_search import SearchQuery
from cep_desk.ui.completers import CommuneCompleter, resolve_commune
from cep_desk.ui.field_errors import MessageBanner, describe_exception
from cep_desk.ui.language import format_date
from cep_desk.ui.partners.import_runner import ImportWorker, WarmUp, start_import
from cep_desk.ui.partners.labels import code_choices
from cep_desk.ui.partners.partner_page import PartnerPage

SEARCH_DELAY_MS = 250
RADII = (5, 10, 20, 30, 50, 100)


class DirectoryPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.commune: Commune | None = None
        self._worker: ImportWorker | None = None
        self._worker = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)

        lay = QVBoxLayout(self)
        self.banner = MessageBanner(self)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)   # rejected rows quote the file: never as HTML
        lay.addWidget(self.banner)
        grid = QGridLayout()
        lay.addLayout(grid)
        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(self.tr("Words: permis, bilan, mission locale…"))
        self.text_edit.setClearButtonEnabled(True)
        self._add(grid, 0, 0, self.tr("&Search:"), self.text_edit, self.tr("Words to search"))
        self.commune_edit = QLineEdit()
        self.commune_edit.setPlaceholderText(self.tr("The person's commune"))
        self.commune_edit.setClearButtonEnabled(True)
        self._communes = CommuneCompleter(self.commune_edit)
        self._communes.picked.connect(self._set_commune)
        self.commune_edit.editingFinished.connect(self._resolve_commune)
        self.commune_edit.textChanged.connect(lambda t: t or self._set_commune(None))
        self._add(grid, 0, 2, self.tr("&Near:"), self.commune_edit, self.tr("Commune to measure distance from"))
        self.radius_combo = QComboBox()
        self.radius_combo.addItem(self.tr("any distance"), None)
        for km in RADII:
            self.radius_combo.addItem(self.tr("within %1 km").replace("%1", str(km)), km)
        self.radius_combo.setCurrentIndex(RADII.index(30) + 1)
        self._add(grid, 0, 4, self.tr("&Radius:"), self.radius_combo, self.tr("Radius around the commune"))
        self.theme_combo = self._codes_combo("Thematique", self.tr("all themes"))
        self._add(grid, 1, 0, self.tr("T&heme:"), self.theme_combo, self.tr("Theme"))
        self.public_combo = self._codes_combo("Public", self.tr("all publics"))
        self._add(grid, 1, 2, self.tr("&Public:"), self.public_combo, self.tr("Public"))
        self.type_combo = self._codes_combo("TypeService", self.tr("all types"))
        self._add(grid, 1, 4, self.tr("T&ype:"), self.type_combo, self.tr("Type of service"))
        self.fees_combo = self._codes_combo("Frais", self.tr("free or paid"))
        self._add(grid, 2, 0, self.tr("F&ees:"), self.fees_combo, self.tr("Fees"))
        self.mode_combo = self._codes_combo("ModeAccueil", self.tr("on site or remote"))
        self._add(grid, 2, 2, self.tr("&Mode:"), self.mode_combo, self.tr("Mode of reception"))
        self.favourites_check = QCheckBox(self.tr("Fa&vourites only"))
        self.favourites_check.setAccessibleName(self.tr("Favourites only"))
        self.favourites_check.toggled.connect(self.schedule_search)
        grid.addWidget(self.favourites_check, 2, 4, 1, 2)
        self.text_edit.textChanged.connect(self.schedule_search)
        for combo in (self.radius_combo, self.theme_combo, self.public_combo, self.type_combo, self.fees_combo,
                      self.mode_combo):
            combo.currentIndexChanged.connect(self.schedule_search)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        lay.addWidget(splitter, 1)
        left = QTabWidget()
        left.setAccessibleName(self.tr("Results and reminders"))
        self.left_tabs = left
        results_box = QWidget()
        rl = QVBoxLayout(results_box)
        rl.setContentsMargins(0, 0, 0, 0)
        self.count_label = QLabel()
        rl.addWidget(self.count_label)
        self.results = QTableWidget(0, 4)
        self.results.setHorizontalHeaderLabels([self.tr("Service"), self.tr("Partner"), self.tr("Commune"),
                                                self.tr("Distance")])
        self.results.setAccessibleName(self.tr("Services found"))
        self.results.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.results.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.results.verticalHeader().setVisible(False)
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.results.currentCellChanged.connect(self._on_result)
        rl.addWidget(self.results)
        left.addTab(results_box, self.tr("Results"))
        self.reverify_list = QListWidget()
        self.reverify_list.setAccessibleName(self.tr("Entries to check again"))
        self.reverify_list.currentItemChanged.connect(self._on_reverify)
        left.addTab(self.reverify_list, self.tr("To check again"))
        splitter.addWidget(left)
        self.page = PartnerPage(services)
        self.page.changed.connect(self._after_change)
        scroll = QScrollArea()          # the page is long: it scrolls on a laptop screen
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.page)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        bottom = QHBoxLayout()
        self.size_label = QLabel()
        bottom.addWidget(self.size_label, 1)
        self.import_button = QPushButton(self.tr("&Import a data·inclusion file…"))
        self.import_button.setAccessibleName(self.tr("Import a data·inclusion file"))
        self.import_button.clicked.connect(self.choose_import)
        bottom.addWidget(self.import_button)
        lay.addLayout(bottom)
        self._hits: list = []

    # -- building helpers ---------------------------------------------------------------------------
    def _add(self, grid: QGridLayout, row: int, col: int, text: str, widget: QWidget, accessible: str) -> None:
        label = QLabel(text)
        label.setBuddy(widget)
        widget.setAccessibleName(accessible)
        grid.addWidget(label, row, col)
        grid.addWidget(widget, row, col + 1)

    def _codes_combo(self, enum_name: str, everything: str) -> QComboBox:
        """Codes are added by ``load``: reading the data·inclusion package costs 160 ms, not at start-up."""
        combo = QComboBox()
        combo.addItem(everything, None)
        combo.setProperty("enum_name", enum_name)
        combo.setMaximumWidth(320)
        combo.setMinimumContentsLength(14)
        return combo

    def _fill_codes(self) -> None:
        for combo in (self.theme_combo, self.public_combo, self.type_combo, self.fees_combo, self.mode_combo):
            if combo.count() == 1:
                combo.blockSignals(True)
                for label, code in code_choices(combo.property("enum_name")):
                    combo.addItem(label, code)
                combo.blockSignals(False)

    # -- search -------------------------------------------------------------------------------------
    def load(self) -> None:
        """Fill the lists (called when the tab is first shown); the search index is built in the background."""
        self._fill_codes()
        self.refresh_reverify()
        self.count_label.setText(self.tr("Preparing the directory…"))
        self._warm = WarmUp(self.services)
        self._warm.done.connect(self.run_search)
        self._warm.start()

    def schedule_search(self) -> None:
        self._timer.start()

    def _set_commune(self, choice) -> None:  # type: ignore[no-untyped-def]
        self.commune = choice.commune if choice is not None else None
        self.schedule_search()

    def _resolve_commune(self) -> None:
        text = self.commune_edit.text().strip()
        if not text:
            self._set_commune(None)
            return
        if self.commune is None:
            choice = resolve_commune(text)
            if choice is None:
                self.banner.show_warning(self.tr("Choose the commune in the list (type its name or postal code)."))
                return
            self.commune_edit.setText(choice.display)
            self._set_commune(choice)

    def query(self) -> SearchQuery:
        return SearchQuery(
            text=self.text_edit.text(), thematiques=[c] if (c := self.theme_combo.currentData()) else [],
            publics=[p] if (p := self.public_combo.currentData()) else [], type=self.type_combo.currentData(),
            frais=self.fees_combo.currentData(), mode=self.mode_combo.currentData(),
            near_insee=self.commune.insee if self.commune else None,
            radius_km=self.radius_combo.currentData() if self.commune else None,
            favourites_only=self.favourites_check.isChecked())

    def run_search(self) -> None:
        if self._worker is not None:   # each imported batch changes the directory: search once it is done
            self.count_label.setText(self.tr("Import in progress: the search resumes when it ends."))
            return
        self.banner.clear_message()
        try:
            self._hits = self.services.partner_search.search(self.query())
        except Exception as exc:
            self.banner.show_error(describe_exception(exc))
            return
        self.results.setRowCount(len(self._hits))
        for i, h in enumerate(self._hits):
            star = "★ " if h.favourite else ""
            distance = (self.tr("%1 km").replace("%1", f"{h.distance_km:.0f}") if h.distance_km is not None
                        else self.tr("remote") if h.remote else "")
            for j, text in enumerate((star + h.service_name, h.structure_name, h.commune, distance)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if j == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.results.setItem(i, j, item)
        self.results.resizeColumnToContents(2)
        self.results.resizeColumnToContents(3)
        self.count_label.setText(self.tr("%n service(s) found", "", len(self._hits)))
        counts = self.services.partners.counts()
        self.size_label.setText(self.tr("Directory: %1 partners, %2 services").replace(
            "%1", str(counts["structures"])).replace("%2", str(counts["services"])))
        if self._hits:
            self.results.selectRow(0)

    def _on_result(self, row: int, *_args: int) -> None:
        if 0 <= row < len(self._hits):
            hit = self._hits[row]
            self.page.show_structure(hit.structure_id)
            for i in range(self.page.services_list.count()):
                if self.page.services_list.item(i).data(256) == hit.service_id:
                    self.page.services_list.setCurrentRow(i)

    def refresh_reverify(self) -> None:
        self.reverify_list.clear()
        items = self.services.partners.to_reverify()
        for it in items:
            when = format_date(it.last_verified) if it.last_verified else self.tr("never")
            item = QListWidgetItem(self.tr("%1 — last checked: %2").replace("%1", it.label).replace("%2", when))
            item.setData(256, it.structure_id)
            self.reverify_list.addItem(item)
        self.left_tabs.setTabText(1, self.tr("To check again (%1)").replace("%1", str(len(items))))

    def _on_reverify(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        if item is not None:
            self.page.show_structure(item.data(256))

    def _after_change(self) -> None:
        self.refresh_reverify()

    # -- import -------------------------------------------------------------------------------------
    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a data·inclusion file"), "",
                                              self.tr("data·inclusion files (*.json *.csv)"))
        if path:
            self.start_import(Path(path))

    def start_import(self, path: Path) -> None:
        self.import_button.setEnabled(False)
        self.progress = QProgressDialog(self.tr("Importing %1…").replace("%1", path.name), self.tr("Stop"),
                                        0, 1000, self)
        self.progress.setWindowTitle(self.tr("Import"))
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self._worker = start_import(self.services, path, self)
        self._worker.progress.connect(self.progress.setValue)
        # A plain callable, not the worker's method: the worker may already be deleted when the
        # dialog closes (closing a QProgressDialog emits ``canceled``).
        self.progress.canceled.connect(self._worker.cancel_event.set)
        self._worker.finished.connect(self._import_finished)
        self._worker.failed.connect(self._import_failed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._stop_import)

    def _stop_import(self) -> None:
        """Quitting during an import: stop after the current batch (whole batches only) and wait for it."""
        if self._worker is not None:
            self._worker.cancel_event.set()
            self._worker.wait(60)

    def _import_done(self) -> None:
        self.progress.canceled.disconnect()
        self.progress.close()
        self.progress.deleteLater()
        self.import_button.setEnabled(True)
        if self._worker is not None:
            self._worker.wait(5)  # its last act was to emit: the thread is ending
            self._worker.deleteLater()
        self._worker = None

    def _import_failed(self, exc: Exception) -> None:
        self._import_done()
        self.banner.show_error(describe_exception(exc))

    def _import_finished(self, report: ImportReport) -> None:
        self._import_done()
        self.last_report = report
        self.run_search()
        self.refresh_reverify()
        text = self.tr("%1 imported, %2 updated, %3 unchanged, %4 rejected.").replace(
            "%1", str(report.imported)).replace("%2", str(report.updated)).replace(
            "%3", str(report.unchanged)).replace("%4", str(len(report.rejected)))
        lines = [text]
        if report.cancelled:
            lines.append(self.tr("Stopped: the batches already read were kept."))
        if report.problem is not None:
            lines.append(report.problem.render(lambda c, t: self._translate(c, t)))
        lines += [self.tr("Row %1 (%2): %3").replace("%1", str(r.row)).replace("%2", r.record_id or "?").replace(
            "%3", r.render(self._translate)) for r in report.rejected[:5]]
        if len(report.rejected) > 5:
            lines.append(self.tr("… and %1 more rejected rows (the command line lists them all).").replace(
                "%1", str(len(report.rejected) - 5)))
        (self.banner.show_info if report.ok else self.banner.show_warning)("\n".join(lines))

    @staticmethod
    def _translate(context: str, text: str) -> str:
        return QCoreApplication.translate(context, text)

    def wait_for_import(self, timeout_ms: int = 30000) -> bool:
        """Tests: wait until a running import ends."""
        worker = self._worker
        return worker is None or worker.wait(timeout_ms / 1000)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if not getattr(self, "_loaded", False):
            self._loaded = True
            QTimer.singleShot(0, self.load)
