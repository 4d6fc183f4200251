"""See a document as it will be printed, rewrite its free-text parts, then print, save or sign it.

What the person takes home is what the counsellor saw here: the preview is
the very PDF the document service renders (QtPdf shows it, nothing is
re-laid out by Qt), and Save / Sign / Print all use the same request
(kind, session, edits, large print). Anything printed or signed is kept in
the person's documents, since it was handed over. A saved document opens
read-only: changing it means making a new version from the file.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMargins, QPointF, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cep_desk.domain.messages import ValidationFailed
from cep_desk.services.documents import DocumentView, EditableSection, Signature
from cep_desk.services.facade import Services
from cep_desk.ui.documents.kinds import SYNTHESIS_KINDS, kind_label
from cep_desk.ui.documents.printing import ask_and_print, load_pdf, print_pdfs
from cep_desk.ui.documents.signature_pad import SignatureDialog
from cep_desk.ui.field_errors import FieldErrors, MessageBanner, describe_exception
from cep_desk.ui.language import format_datetime
from cep_desk.ui.screen import fitting_size

log = logging.getLogger(__name__)

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.25, 5.0


@dataclass(frozen=True)
class DocumentRequest:
    """Which document, for whom, from which session or referral."""

    kind: str
    beneficiary_id: str
    interview_id: str | None = None
    referral_id: str | None = None
    large_print: bool = False


class DocumentPreviewDialog(QDialog):
    """Preview, edit, print, save, sign one document (``saved_view`` set: a saved file, read-only)."""

    produced = Signal(object)  # DocumentView, each time a version is saved in the person's documents

    def __init__(self, services: Services, request: DocumentRequest | None, *,
                 saved_view: DocumentView | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        assert request is not None or saved_view is not None
        self.services = services
        self.request = request
        self.saved_view = saved_view
        self.read_only = saved_view is not None
        self.pdf_bytes = b""
        self.last_saved: DocumentView | None = None
        self._saved_state: tuple | None = None   # the state last produced: Save twice makes one version
        self._rendered_state: tuple | None = None
        self._signature: Signature | None = None
        self._signed_content: tuple | None = None
        self._sections: list[EditableSection] = []
        self.editors: dict[str, QPlainTextEdit] = {}
        self.errors = FieldErrors(self)
        self.pdf: QPdfDocument | None = None
        self.signer = self._signer_name()
        self.setWindowTitle(self._title())
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(*fitting_size(1180, 820))

        lay = QVBoxLayout(self)
        self.banner = MessageBanner(self)
        lay.addWidget(self.banner)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._viewer())
        self.side = self._side_panel()
        self.side.setStyleSheet("QGroupBox { font-weight: bold; }")
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 460])
        self.side.setVisible(not self.read_only)
        lay.addWidget(splitter, 1)
        lay.addLayout(self._bottom_row())
        self._shortcuts()

        if self.read_only:
            self._show_saved()
        else:
            self._load_sections()
            self.refresh()
        self.setFocusProxy(self.view)
        self.view.setFocus()

    # -- building --------------------------------------------------------------------------
    def _signer_name(self) -> str:
        beneficiary_id = self.saved_view.beneficiary_id if self.saved_view else self.request.beneficiary_id
        try:
            return self.services.beneficiaries.get(beneficiary_id).display_name
        except Exception:  # deleted meanwhile: the dialog still shows the document
            return ""

    def _title(self) -> str:
        if self.saved_view is not None:
            when = format_datetime(self.saved_view.produced_at)
            return self.tr("{what}, version {version} of {when} — {name}").format(
                what=kind_label(self.saved_view.kind), version=self.saved_view.version, when=when, name=self.signer)
        assert self.request is not None
        return self.tr("{what} — {name}").format(what=kind_label(self.request.kind), name=self.signer)

    def _viewer(self) -> QWidget:
        box = QWidget()
        vl = QVBoxLayout(box)
        vl.setContentsMargins(0, 0, 0, 0)
        self.view = QPdfView(box)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(16)
        self.view.setDocumentMargins(QMargins(16, 16, 16, 16))  # grey around the page: the sheet's edges show
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.setStyleSheet("QPdfView { background: #78909c; }")
        self.view.setAccessibleName(self.tr("Preview of the document"))
        self.view.setAccessibleDescription(self.tr(
            "Page Up and Page Down scroll; Ctrl+Page Down and Ctrl+Page Up go to the next or previous page; "
            "Ctrl+plus and Ctrl+minus zoom; Ctrl+0 fits the page width."))
        self.view.pageNavigator().currentPageChanged.connect(lambda _p: self._update_page_label())
        vl.addWidget(self.view, 1)
        return box

    def _side_panel(self) -> QWidget:
        panel = QWidget()
        vl = QVBoxLayout(panel)
        vl.setContentsMargins(6, 0, 0, 0)
        options = QGroupBox(self.tr("Options"))
        form = QFormLayout(options)
        self.version_combo = QComboBox()
        self.version_combo.addItem(self.tr("Standard"), "synthese")
        self.version_combo.addItem(self.tr("Easy to read (FALC)"), "synthese-falc")
        self.version_combo.setAccessibleName(self.tr("Version of the summary document"))
        version_label = QLabel(self.tr("&Version:"))
        version_label.setBuddy(self.version_combo)
        form.addRow(version_label, self.version_combo)
        is_synthesis = self.request is not None and self.request.kind in SYNTHESIS_KINDS
        version_label.setVisible(is_synthesis)
        self.version_combo.setVisible(is_synthesis)
        if is_synthesis:
            assert self.request is not None
            self.version_combo.setCurrentIndex(self.version_combo.findData(self.request.kind))
        self.version_combo.currentIndexChanged.connect(self._version_changed)
        self.large_print = QCheckBox(self.tr("&Large print (20 pt)"))
        self.large_print.setAccessibleName(self.tr("Large print, 20 point text"))
        self.large_print.setChecked(bool(self.request and self.request.large_print))
        self.large_print.toggled.connect(lambda _on: self.refresh())
        form.addRow(self.large_print)
        vl.addWidget(options)

        self.sections_box = QGroupBox(self.tr("Texts you can change before printing"))
        self.sections_layout = QVBoxLayout(self.sections_box)
        self.no_sections = QLabel(self.tr("This document has no free text to change."))
        self.no_sections.setWordWrap(True)
        self.sections_layout.addWidget(self.no_sections)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.sections_box)
        vl.addWidget(scroll, 1)
        self.update_button = QPushButton(self.tr("&Update the preview"))
        self.update_button.setToolTip(self.tr("Show the changed texts in the preview (F5)"))
        self.update_button.setAccessibleName(self.tr("Update the preview with the changed texts"))
        self.update_button.clicked.connect(self.refresh)
        self.update_button.setAutoDefault(False)
        vl.addWidget(self.update_button)
        return panel

    def _bottom_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.page_label = QLabel()
        self.zoom_out_button = self._button(self.tr("−"), self.tr("Zoom out (Ctrl+minus)"), self.zoom_out)
        self.zoom_in_button = self._button(self.tr("+"), self.tr("Zoom in (Ctrl+plus)"), self.zoom_in)
        self.fit_button = self._button(self.tr("&Fit width"), self.tr("Fit the page width (Ctrl+0)"), self.fit_width)
        for b in (self.zoom_out_button, self.zoom_in_button):
            b.setFixedWidth(36)
        row.addWidget(self.page_label)
        row.addSpacing(12)
        row.addWidget(self.zoom_out_button)
        row.addWidget(self.zoom_in_button)
        row.addWidget(self.fit_button)
        row.addStretch(1)
        self.print_button = self._button(self.tr("&Print…"), self.tr("Print the document (Ctrl+P)"),
                                         lambda: self.print_document())
        self.sign_button = self._button(self.tr("Si&gn…"), self.tr("The person signs on screen"), self.sign)
        self.save_button = self._button(self.tr("&Save"), self.tr("Save in the person's documents (Ctrl+S)"),
                                        lambda: self.save())
        self.close_button = self._button(self.tr("&Close"), self.tr("Close the preview"), self.reject)
        for b in (self.print_button, self.sign_button, self.save_button):
            row.addWidget(b)
        row.addSpacing(12)
        row.addWidget(self.close_button)
        self.sign_button.setVisible(not self.read_only)
        self.save_button.setVisible(not self.read_only)
        return row

    def _button(self, text: str, accessible: str, slot) -> QPushButton:  # type: ignore[no-untyped-def]
        button = QPushButton(text)
        button.setAccessibleName(accessible)
        button.setToolTip(accessible)
        button.setAutoDefault(False)  # Enter in a text box must never print or save
        button.clicked.connect(slot)
        return button

    def _shortcuts(self) -> None:
        keys = [
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in), ("Ctrl+=", self.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out), ("Ctrl+0", self.fit_width),
            ("Ctrl+PgDown", lambda: self.go_to_page(self.current_page() + 1)),
            ("Ctrl+PgUp", lambda: self.go_to_page(self.current_page() - 1)),
            ("Ctrl+Home", lambda: self.go_to_page(0)),
            ("Ctrl+End", lambda: self.go_to_page(self.page_count() - 1)),
            (QKeySequence.StandardKey.Print, lambda: self.print_document()),
        ]
        if not self.read_only:
            keys += [(QKeySequence.StandardKey.Save, lambda: self.save()), ("F5", self.refresh)]
        for key, slot in keys:
            QShortcut(QKeySequence(key), self).activated.connect(slot)

    # -- sections ----------------------------------------------------------------------
    def _load_sections(self) -> None:
        """(Re)build the text boxes; texts already typed are kept for the sections that stay."""
        assert self.request is not None
        typed = {key: editor.toPlainText() for key, editor in self.editors.items()}
        changed = {s.key for s in self._sections if typed.get(s.key, s.text) != s.text}
        for key in list(self.editors):
            self.errors.unregister(key)
        while self.sections_layout.count() > 1:
            item = self.sections_layout.takeAt(1)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.editors.clear()
        try:
            self._sections = self.services.documents.sections(
                self.request.kind, self.request.beneficiary_id,
                interview_id=self.request.interview_id, referral_id=self.request.referral_id)
        except Exception as exc:
            self._sections = []
            self.banner.show_error(describe_exception(exc))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for section in self._sections:
            editor = QPlainTextEdit()
            editor.setTabChangesFocus(True)
            editor.setPlainText(typed[section.key] if section.key in changed else section.text)
            editor.setMinimumHeight(90)
            self.editors[section.key] = editor
            label = QCoreApplication.translate("Documents", section.label)  # marked in deliverables/render.py
            self.errors.add_row(form, label, section.key, editor, label)
        holder = QWidget()
        holder.setLayout(form)
        self.sections_layout.addWidget(holder)
        self.sections_layout.addStretch(1)
        self.no_sections.setVisible(not self._sections)
        self.update_button.setEnabled(bool(self._sections))

    def edits(self) -> dict[str, str]:
        """The texts the counsellor changed (only those: the others follow the record)."""
        defaults = {s.key: s.text for s in self._sections}
        return {key: editor.toPlainText() for key, editor in self.editors.items()
                if editor.toPlainText() != defaults.get(key)}

    def _check_lengths(self) -> bool:
        self.errors.clear_all()
        too_long = False
        for section in self._sections:
            length = len(self.editors[section.key].toPlainText())
            if length > section.max_chars:
                too_long = True
                self.errors.show(section.key, self.tr(
                    "This text is too long for the document ({length} characters, at most {max}): "
                    "shorten it.").format(length=length, max=section.max_chars))
        if too_long:
            self.banner.show_error(self.tr("The preview was not updated: a text is too long (marked in red)."))
            self.errors.focus_first()
        return not too_long

    def _version_changed(self) -> None:
        if self.request is None:
            return
        self.request = replace(self.request, kind=self.version_combo.currentData())
        self.setWindowTitle(self._title())
        self._load_sections()
        self.refresh()

    # -- rendering ------------------------------------------------------------------------
    def _content(self) -> tuple:
        assert self.request is not None
        return (self.request.kind, self.large_print.isChecked(), tuple(sorted(self.edits().items())))

    def _state(self) -> tuple:
        return (*self._content(), self._signature.signed_at if self._signature else None)

    def _service_args(self) -> dict:
        assert self.request is not None
        return dict(interview_id=self.request.interview_id, referral_id=self.request.referral_id,
                    large_print=self.large_print.isChecked(), edits=self.edits() or None,
                    signature=self._signature)

    def refresh(self) -> bool:
        """Render the document with the current texts and options and show it; False when refused."""
        if self.request is None or not self._check_lengths():
            return False
        assert self.request is not None
        # A signature is for the text the person saw: once the text changes, it no longer applies.
        unsigned = self._signature is not None and self._content() != self._signed_content
        if unsigned:
            self._signature = None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            data = self.services.documents.render(self.request.kind, self.request.beneficiary_id,
                                                  **self._service_args())
        except Exception as exc:
            self._refused(exc)
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        if not self._show_pdf(data):
            return False
        self._rendered_state = self._state()
        if unsigned:
            self.banner.show_warning(self.tr("The document changed after the person signed it: the signature "
                                             "was removed. Ask the person to sign again."))
        elif self.banner.isVisible() and not self.errors.fields_in_error():
            self.banner.clear_message()
        return True

    def _show_saved(self) -> None:
        assert self.saved_view is not None
        try:
            data = Path(self.saved_view.path).read_bytes()
        except OSError as exc:
            self.banner.show_error(self.tr("The file of this document cannot be read ({path}: {error}). "
                                           "Make it again with “New document…”.").format(
                path=self.saved_view.path, error=exc.strerror or str(exc)))
            self.print_button.setEnabled(False)
            return
        self._show_pdf(data)
        self.banner.show_info(self.tr("Saved document, as handed over: {path}").format(path=self.saved_view.path))

    def _show_pdf(self, data: bytes) -> bool:
        page = self.current_page()
        try:
            doc = load_pdf(data, self)
        except ValueError as exc:
            self.banner.show_error(str(exc))
            return False
        previous, self.pdf, self.pdf_bytes = self.pdf, doc, data
        self.view.setDocument(doc)
        if previous is not None:
            previous.deleteLater()
        self.go_to_page(min(page, doc.pageCount() - 1))
        self._update_page_label()
        return True

    # -- navigation and zoom -------------------------------------------------------------
    def page_count(self) -> int:
        return self.pdf.pageCount() if self.pdf is not None else 0

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage() if self.pdf is not None else 0

    def go_to_page(self, page: int) -> None:
        if self.pdf is None or not 0 <= page < self.page_count():
            return
        self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())
        self._update_page_label()

    def _update_page_label(self) -> None:
        if self.pdf is None:
            self.page_label.setText("")
            return
        text = self.tr("Page {page} of {count}").format(page=self.current_page() + 1, count=self.page_count())
        self.page_label.setText(text)
        self.page_label.setAccessibleName(text)

    def _effective_zoom(self) -> float:
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or self.pdf is None:
            return self.view.zoomFactor()
        page_px = self.pdf.pagePointSize(0).width() * self.logicalDpiX() / 72
        margins = self.view.documentMargins()
        return max(MIN_ZOOM, (self.view.viewport().width() - margins.left() - margins.right()) / page_px)

    def _set_zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(MAX_ZOOM, max(MIN_ZOOM, factor)))

    def zoom_in(self) -> None:
        self._set_zoom(self._effective_zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self._effective_zoom() / ZOOM_STEP)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    # -- actions ---------------------------------------------------------------------------
    def _refused(self, exc: Exception) -> None:
        """Why the service refused: under the text box concerned (e.g. a text too long), else in the banner."""
        if isinstance(exc, ValidationFailed):
            self.errors.clear_all()
            self.errors.present(exc.issues, self.banner, fallback=self.tr(
                "The document was not made: change the text marked in red."))
        else:
            self.banner.show_error(describe_exception(exc))

    def _up_to_date(self) -> bool:
        """The preview shows the current texts and options (render again if not)."""
        return self.read_only or self._rendered_state == self._state() or self.refresh()

    def save(self) -> DocumentView | None:
        """Save the document shown in the person's documents (once per state: Save twice, one version)."""
        if self.read_only or self.request is None or not self._up_to_date():
            return None
        if self._saved_state == self._state() and self.last_saved is not None:
            self._say_saved(self.last_saved)
            return self.last_saved
        try:
            view = self.services.documents.produce(self.request.kind, self.request.beneficiary_id,
                                                   **self._service_args())
        except Exception as exc:
            self._refused(exc)
            return None
        self.last_saved, self._saved_state = view, self._state()
        self._say_saved(view)
        self.produced.emit(view)
        return view

    def _say_saved(self, view: DocumentView) -> None:
        if view.signed:
            text = self.tr("Signed by {name} and saved in the person's documents (version {version}): {path}")
        else:
            text = self.tr("Saved in the person's documents (version {version}): {path}")
        self.banner.show_info(text.format(name=view.signer or self.signer, version=view.version, path=view.path))

    def sign(self) -> bool:
        """The person signs on screen; the signed version is shown and saved. False when not signed."""
        if self.read_only or self.request is None or not self._up_to_date():
            return False
        dialog = self.signature_dialog()
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return self.apply_signature(dialog) if accepted else False

    def signature_dialog(self) -> SignatureDialog:
        return SignatureDialog(self.signer, self.services.ctx.now(), self)

    def apply_signature(self, dialog: SignatureDialog) -> bool:
        """Embed what the signature dialog got (or note the paper signature) and save the signed version."""
        if dialog.on_paper():
            self.banner.show_info(self.tr("Print the document: the person signs it on paper."))
            self.print_button.setFocus()
            return False
        self._signature = Signature(png=dialog.png(), signed_at=dialog.when, signer=self.signer)
        self._signed_content = self._content()
        if not self.refresh():
            self._signature = None
            return False
        return self.save() is not None

    def print_document(self, printer: QPrinter | None = None) -> int:
        """Print what the preview shows (the system dialog unless ``printer`` is given); pages printed.

        A printed document is handed over, so it is saved in the person's documents first."""
        if not self.pdf_bytes or not self._up_to_date():
            return 0
        try:
            if printer is None:
                pages = ask_and_print(self, [self.pdf_bytes], self.windowTitle())
            else:
                pages = print_pdfs([self.pdf_bytes], printer)
        except (OSError, ValueError) as exc:
            self.banner.show_error(self.tr("Nothing was printed: {reason}").format(reason=str(exc)))
            return 0
        if pages and not self.read_only:
            self.save()
        return pages
