"""The "Documents" tab of a person's file: what was handed over, new documents, a session's documents.

The list is the person's history of documents (what, when, which version,
signed or not), read from the document service; a saved one opens exactly as
it was handed over. "Print all" for a session produces each document the
session calls for (so each is kept in the history) and prints them as one job:
at the end of a session the counsellor presses one button, not five.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cep_desk.domain.codelists import referentials
from cep_desk.services.documents import DocumentView
from cep_desk.services.facade import Services
from cep_desk.services.views import InterviewView
from cep_desk.ui.documents.kinds import ALL_KINDS, SESSION_KINDS, kind_label
from cep_desk.ui.documents.preview_dialog import DocumentPreviewDialog, DocumentRequest
from cep_desk.ui.documents.printing import ask_and_print, print_pdfs
from cep_desk.ui.field_errors import MessageBanner, describe_exception
from cep_desk.ui.language import current_language, format_date, format_datetime

COLUMNS = 5


class DocumentsPanel(QWidget):
    """Documents handed over to one person; opens previews, prints a session's documents."""

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self._beneficiary_id: str | None = None
        self._interviews: list[InterviewView] = []
        self._documents: list[DocumentView] = []
        self.dialog: DocumentPreviewDialog | None = None
        self._stale = False

        vl = QVBoxLayout(self)
        self.banner = MessageBanner(self)
        vl.addWidget(self.banner)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New document…"))
        self.new_button.setAccessibleName(self.tr("Make a new document"))
        self.kind_menu = QMenu(self)
        self.kind_menu.aboutToShow.connect(self._fill_menu)  # referrals may have changed since
        self.new_button.setMenu(self.kind_menu)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setAccessibleName(self.tr("Open the selected document"))
        self.open_button.clicked.connect(lambda: self.open_selected())
        self.count_label = QLabel()
        row.addWidget(self.new_button)
        row.addWidget(self.open_button)
        row.addSpacing(12)
        row.addWidget(self.count_label)
        row.addStretch(1)
        vl.addLayout(row)

        self.table = QTableWidget(0, COLUMNS)
        self.table.setHorizontalHeaderLabels([
            self.tr("Document"), self.tr("Made on"), self.tr("Version"), self.tr("Signature"), self.tr("File"),
        ])
        self.table.setAccessibleName(self.tr("Documents handed over, newest first (Enter or double-click to open)"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        for col in range(COLUMNS - 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), self.table)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(lambda: self.open_selected())
        vl.addWidget(self.table, 1)
        vl.addWidget(self._session_box())
        self.setStyleSheet("QGroupBox { font-weight: bold; }")
        self.setFocusProxy(self.table)

    def _session_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Documents of a session"))
        vl = QVBoxLayout(box)
        hint = QLabel(self.tr("The documents a session calls for. “Print all ticked” saves each one in the "
                              "person's documents, then prints them in one go."))
        hint.setWordWrap(True)
        hint.setStyleSheet("QLabel { color: #37474f; font-weight: normal; }")
        vl.addWidget(hint)
        row = QHBoxLayout()
        self.session_combo = QComboBox()
        self.session_combo.setAccessibleName(self.tr("Session whose documents to print"))
        self.session_combo.currentIndexChanged.connect(lambda _i: self._fill_session_kinds())
        session_label = QLabel(self.tr("S&ession:"))
        session_label.setBuddy(self.session_combo)
        row.addWidget(session_label)
        row.addWidget(self.session_combo, 1)
        vl.addLayout(row)
        self.session_kinds = QListWidget()
        self.session_kinds.setAccessibleName(self.tr("Documents this session calls for (Space ticks or unticks)"))
        self.session_kinds.itemDoubleClicked.connect(lambda _i: self.preview_session_kind())
        self.session_kinds.setMaximumHeight(self.session_kinds.fontMetrics().height() * 7)
        vl.addWidget(self.session_kinds)
        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Pre&view the selected…"))
        self.preview_button.setAccessibleName(self.tr("Preview the selected document of the session"))
        self.preview_button.clicked.connect(lambda: self.preview_session_kind())
        self.print_all_button = QPushButton(self.tr("&Print all ticked…"))
        self.print_all_button.setAccessibleName(self.tr("Save and print all the ticked documents of the session "
                                                        "in one go"))
        self.print_all_button.clicked.connect(lambda: self.print_all())
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.print_all_button)
        buttons.addStretch(1)
        vl.addLayout(buttons)
        return box

    # -- loading ----------------------------------------------------------------------------
    def set_beneficiary(self, beneficiary_id: str, interviews: list[InterviewView]) -> None:
        """Show this person's documents; ``interviews`` newest first, as the file lists them."""
        self._beneficiary_id = beneficiary_id
        self._interviews = list(interviews)
        current = self.session_combo.currentData()
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        ref = referentials()
        lang = current_language()
        for interview in interviews:
            purpose = ref["session_purpose"].label(interview.purpose, lang) or interview.purpose
            text = format_datetime(interview.starts_at) + (f" — {purpose}" if purpose else "")
            self.session_combo.addItem(text, interview.id)
        index = self.session_combo.findData(current)
        self.session_combo.setCurrentIndex(index if index >= 0 else 0)
        self.session_combo.blockSignals(False)
        # The list and the session's documents are read when the tab is shown: opening a file stays fast.
        self._stale = True
        if self.isVisible():
            self._load()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if self._stale:
            self._load()

    def _load(self) -> None:
        self._stale = False
        self._fill_session_kinds()
        self.reload()

    def reload(self) -> None:
        if self._beneficiary_id is None:
            return
        try:
            self._documents = self.services.documents.for_beneficiary(self._beneficiary_id)
        except Exception as exc:
            self._documents = []
            self.banner.show_error(describe_exception(exc))
        self._fill_table()

    def documents(self) -> list[DocumentView]:
        return list(self._documents)

    def _fill_table(self) -> None:
        docs = self._documents
        self.table.setRowCount(len(docs))
        for r, doc in enumerate(docs):
            what = kind_label(doc.kind)
            if doc.large_print:
                what = self.tr("{what}, large print").format(what=what)
            if doc.signed and doc.signed_at is not None:
                signature = self.tr("Signed on screen on {date}").format(date=format_datetime(doc.signed_at))
            else:
                signature = self.tr("Not signed on screen")
            file_text = doc.file_name if doc.exists else self.tr("{name} (file missing)").format(name=doc.file_name)
            values = [what, format_datetime(doc.produced_at), str(doc.version), signature, file_text]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, doc.id)
                if c == COLUMNS - 1:
                    item.setToolTip(doc.path)
                self.table.setItem(r, c, item)
        self.count_label.setText(self.tr("Documents handed over: {n}").format(n=len(docs)))
        if docs and self.table.currentRow() < 0:
            self.table.setCurrentCell(0, 0)
        self._update_buttons()

    def _fill_menu(self) -> None:
        """The kinds of document; the referral slip as a sub-menu of the person's referrals."""
        self.kind_menu.clear()
        for kind in ALL_KINDS:
            if kind == "liaison":
                self._referral_menu()
                continue
            action = self.kind_menu.addAction(kind_label(kind))
            action.triggered.connect(lambda _checked=False, k=kind: self.new_document(k))

    def _referral_menu(self) -> None:
        referrals = []
        if self._beneficiary_id is not None:
            try:
                referrals = self.services.referrals.for_beneficiary(self._beneficiary_id)
            except Exception as exc:
                self.banner.show_error(describe_exception(exc))
        if not referrals:
            none = self.kind_menu.addAction(self.tr("{what} (no referral recorded yet)").format(
                what=kind_label("liaison")))
            none.setEnabled(False)
            return
        sub = self.kind_menu.addMenu(kind_label("liaison"))
        for referral in referrals:
            text = self.tr("{service} — {structure}, sent on {date}").format(
                service=referral.service_name, structure=referral.structure_name, date=format_date(referral.sent_on))
            action = sub.addAction(text)
            action.triggered.connect(lambda _checked=False, r=referral.id: self.new_document("liaison", r))

    def _fill_session_kinds(self) -> None:
        self.session_kinds.clear()
        interview_id = self.session_combo.currentData()
        kinds: list[str] = []
        if self._beneficiary_id is not None and interview_id is not None:
            try:
                kinds = self.services.documents.todays(self._beneficiary_id, interview_id)
            except Exception as exc:
                self.banner.show_error(describe_exception(exc))
        for kind in kinds:
            item = QListWidgetItem(kind_label(kind))
            item.setData(Qt.ItemDataRole.UserRole, kind)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.session_kinds.addItem(item)
        if kinds:
            self.session_kinds.setCurrentRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_person = self._beneficiary_id is not None
        self.new_button.setEnabled(has_person)
        selected = self.selected_document()
        self.open_button.setEnabled(selected is not None and selected.exists)
        has_kinds = self.session_kinds.count() > 0
        self.preview_button.setEnabled(has_kinds)
        self.print_all_button.setEnabled(has_kinds)
        if not self._interviews:
            self.session_combo.setPlaceholderText(self.tr("No session recorded yet"))

    # -- selection ----------------------------------------------------------------------------
    def selected_document(self) -> DocumentView | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        if item is None:
            return None
        doc_id = item.data(Qt.ItemDataRole.UserRole)
        return next((d for d in self._documents if d.id == doc_id), None)

    def ticked_kinds(self) -> list[str]:
        return [self.session_kinds.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.session_kinds.count())
                if self.session_kinds.item(i).checkState() == Qt.CheckState.Checked]

    # -- actions ---------------------------------------------------------------------------------
    def _show_dialog(self, dialog: DocumentPreviewDialog) -> DocumentPreviewDialog:
        dialog.produced.connect(lambda _view: self._produced())
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _produced(self) -> None:
        self.reload()
        self.changed.emit()

    def _dialog_closed(self, dialog: DocumentPreviewDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        self.table.setFocus()

    def open_selected(self) -> DocumentPreviewDialog | None:
        doc = self.selected_document()
        if doc is None:
            return None
        return self._show_dialog(DocumentPreviewDialog(self.services, None, saved_view=doc, parent=self))

    def new_document(self, kind: str, referral_id: str | None = None) -> DocumentPreviewDialog | None:
        if self._beneficiary_id is None:
            return None
        interview_id = self.session_combo.currentData() if kind in SESSION_KINDS else None
        request = DocumentRequest(kind, self._beneficiary_id, interview_id=interview_id, referral_id=referral_id)
        return self._show_dialog(DocumentPreviewDialog(self.services, request, parent=self))

    def preview_session_kind(self) -> DocumentPreviewDialog | None:
        item = self.session_kinds.currentItem()
        if item is None or self._beneficiary_id is None:
            return None
        request = DocumentRequest(item.data(Qt.ItemDataRole.UserRole), self._beneficiary_id,
                                  interview_id=self.session_combo.currentData())
        return self._show_dialog(DocumentPreviewDialog(self.services, request, parent=self))

    def print_all(self, printer: QPrinter | None = None) -> int:
        """Save every ticked document of the session, then print them as one job; pages printed.

        Saved first: what is printed is handed over and belongs in the history. With
        ``printer`` given (tests, a PDF file) the system dialog is skipped."""
        kinds = self.ticked_kinds()
        if self._beneficiary_id is None or not kinds:
            self.banner.show_error(self.tr("Tick at least one document to print."))
            return 0
        interview_id = self.session_combo.currentData()
        produced: list[DocumentView] = []
        try:
            for kind in kinds:
                produced.append(self.services.documents.produce(kind, self._beneficiary_id,
                                                                interview_id=interview_id))
            pdfs = [Path(view.path).read_bytes() for view in produced]
        except Exception as exc:
            self.banner.show_error(describe_exception(exc))
            if produced:
                self._produced()
            return 0
        self._produced()
        title = self.tr("Documents of the session")
        try:
            pages = print_pdfs(pdfs, printer) if printer is not None else ask_and_print(self, pdfs, title)
        except (OSError, ValueError) as exc:
            self.banner.show_error(self.tr("The documents were saved but not printed: {reason}").format(
                reason=str(exc)))
            return 0
        if pages:
            self.banner.show_info(self.tr("%n document(s) saved and printed.", "", len(produced)))
        else:
            self.banner.show_info(self.tr("%n document(s) saved in the person's documents; nothing printed.", "",
                                          len(produced)))
        return pages
