"""Deliverables in the app: preview, edit before printing, sign on screen, print, the Documents tab.

The document service is replaced by a small stand-in that renders real PDFs
with reportlab (its own tests cover the real documents); here we check what
the window does with them: pages shown, edited text in the output, signature
embedded and the signed version listed, print to a PDF file page for page.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QInputDevice, QPointingDevice, QTabletEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from cep_desk.domain.accompaniment import AccompanimentDraft
from cep_desk.domain.beneficiary import BeneficiaryDraft
from cep_desk.domain.interview import InterviewDraft
from cep_desk.domain.messages import Issue
from cep_desk.services.documents import DocumentError, DocumentView, EditableSection, Signature
from cep_desk.ui.beneficiary_file import DOCUMENTS_TAB, BeneficiaryFileWidget
from cep_desk.ui.documents.documents_panel import DocumentsPanel
from cep_desk.ui.documents.preview_dialog import DocumentPreviewDialog, DocumentRequest
from cep_desk.ui.documents.printing import page_count
from cep_desk.ui.documents.signature_pad import SignatureDialog, SignaturePad

PAGES = {"synthese": 3, "synthese-falc": 4, "plan": 2, "conclusion": 1, "carte": 1, "enquete-metier": 2,
         "liaison": 1}


@dataclass
class FakeDocuments:
    """Stand-in for DocumentService: real PDFs (reportlab), one text line per section, a page count per kind."""

    folder: Path
    produced: list[DocumentView] = field(default_factory=list)
    render_calls: list[dict] = field(default_factory=list)

    def sections(self, kind, beneficiary_id, *, interview_id=None, referral_id=None):
        if kind == "carte":
            return []
        return [EditableSection("context", "Context of the request", "Looking for work near Rodez."),
                EditableSection("project", "The project", "Become a care assistant.", max_chars=200)]

    def render(self, kind, beneficiary_id, *, interview_id=None, referral_id=None, large_print=False,
               edits=None, signature: Signature | None = None) -> bytes:
        from reportlab.lib.utils import ImageReader
        from reportlab.pdfgen import canvas

        self.render_calls.append(dict(kind=kind, large_print=large_print, edits=edits, signature=signature,
                                      interview_id=interview_id))
        texts = {s.key: s.text for s in self.sections(kind, beneficiary_id)}
        texts.update(edits or {})
        out = io.BytesIO()
        c = canvas.Canvas(out, invariant=1)
        for page in range(PAGES[kind]):
            c.setFont("Helvetica", 20 if large_print else 14)
            c.drawString(72, 780, f"{kind} page {page + 1}")
            for n, text in enumerate(texts.values()):
                c.drawString(72, 740 - 30 * n, text)
            if signature is not None and page == PAGES[kind] - 1:
                c.drawImage(ImageReader(io.BytesIO(signature.png)), 72, 100, width=150, height=60, mask="auto")
                c.drawString(72, 80, f"Signed by {signature.signer} on {signature.signed_at:%Y-%m-%d}")
            c.showPage()
        c.save()
        return out.getvalue()

    def produce(self, kind, beneficiary_id, **kwargs) -> DocumentView:
        data = self.render(kind, beneficiary_id, **kwargs)
        version = 1 + sum(1 for d in self.produced if d.kind == kind)
        signature = kwargs.get("signature")
        name = f"2026-11-23_{kind}_v{version}{'_signe' if signature else ''}.pdf"
        path = self.folder / name
        path.write_bytes(data)
        view = DocumentView(
            id=f"doc{len(self.produced) + 1}", beneficiary_id=beneficiary_id, kind=kind, version=version,
            produced_on=date(2026, 11, 23), produced_at=datetime(2026, 11, 23, 10, len(self.produced)),
            path=str(path), file_name=name, signed=signature is not None,
            signer=signature.signer if signature else "", signed_at=signature.signed_at if signature else None,
            interview_id=kwargs.get("interview_id"), referral_id=kwargs.get("referral_id"),
            large_print=kwargs.get("large_print", False), title=kind)
        self.produced.append(view)
        return view

    def for_beneficiary(self, beneficiary_id):
        return sorted(self.produced, key=lambda d: d.produced_at, reverse=True)

    def todays(self, beneficiary_id, interview_id=None):
        return ["conclusion", "plan", "synthese"]


@pytest.fixture
def person(services) -> str:
    draft = BeneficiaryDraft(last_name="Nguyễn", first_name="Thị Ánh", birth_date=date(1990, 3, 4),
                             postal_code="12000", commune_insee="12202")
    bid = services.beneficiaries.create(draft, AccompanimentDraft(level="N2", reasons=["recul"],
                                                                  first_request_date=date(2026, 11, 2)))
    acc = services.beneficiaries.get(bid).current_accompaniment
    services.interviews.record(bid, acc.id, InterviewDraft(starts_at=datetime(2026, 11, 23, 9, 0), level="N2"))
    return bid


@pytest.fixture
def fake_docs(services, tmp_path) -> FakeDocuments:
    fake = FakeDocuments(tmp_path / "docs")
    fake.folder.mkdir()
    services.documents = fake
    return fake


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def open_preview(qtbot, services, person, kind="synthese") -> DocumentPreviewDialog:
    dlg = DocumentPreviewDialog(services, DocumentRequest(kind, person))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    assert QTest.qWaitForWindowActive(dlg)
    return dlg


def draw_signature(qtbot, pad: SignaturePad) -> None:
    """Two strokes with the mouse, as a hand would: press, several moves, release."""
    for y in (60, 110):
        QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(40, y))
        for x in range(50, 300, 25):
            QTest.mouseMove(pad, QPoint(x, y + (x % 50) // 2))
        QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(300, y))


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


# -- preview ---------------------------------------------------------------------------------
def test_preview_shows_every_page_and_navigates_from_the_keyboard(qtbot, services, person, fake_docs):
    dlg = open_preview(qtbot, services, person)
    assert dlg.page_count() == 3 == page_count(dlg.pdf_bytes)
    assert dlg.page_label.text() == "Page 1 of 3"
    qtbot.keyClick(dlg.view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert dlg.current_page() == 1
    qtbot.keyClick(dlg.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert dlg.current_page() == 2 and dlg.page_label.text() == "Page 3 of 3"
    qtbot.keyClick(dlg.view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert dlg.current_page() == 0
    qtbot.keyClick(dlg.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    zoomed = dlg.view.zoomFactor()
    qtbot.keyClick(dlg.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert dlg.view.zoomFactor() < zoomed
    qtbot.keyClick(dlg.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert dlg.view.zoomMode() == dlg.view.ZoomMode.FitToWidth


def test_edited_section_is_in_the_rendered_pdf_and_the_saved_file(qtbot, services, person, fake_docs):
    dlg = open_preview(qtbot, services, person)
    assert "Become a care assistant." in pdf_text(dlg.pdf_bytes)
    dlg.editors["project"].setPlainText("Train as a baker in Millau.")
    qtbot.mouseClick(dlg.update_button, Qt.MouseButton.LeftButton)
    text = pdf_text(dlg.pdf_bytes)
    assert "Train as a baker in Millau." in text and "Become a care assistant." not in text
    assert fake_docs.render_calls[-1]["edits"] == {"project": "Train as a baker in Millau."}
    # Save without updating first: the saved file still has what was typed.
    dlg.editors["context"].setPlainText("Moved to Rodez in June.")
    qtbot.keyClick(dlg.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert len(fake_docs.produced) == 1
    saved = Path(fake_docs.produced[0].path).read_bytes()
    assert "Moved to Rodez in June." in pdf_text(saved) and "Moved to Rodez in June." in pdf_text(dlg.pdf_bytes)
    assert fake_docs.produced[0].path in dlg.banner.text()
    dlg.save()  # nothing changed since: no second version
    assert len(fake_docs.produced) == 1


def test_too_long_text_is_refused_under_its_box(qtbot, services, person, fake_docs):
    dlg = open_preview(qtbot, services, person)
    calls = len(fake_docs.render_calls)
    dlg.editors["project"].setPlainText("word " * 100)
    assert dlg.refresh() is False
    assert len(fake_docs.render_calls) == calls
    assert "too long" in dlg.errors.message("project") and "500" in dlg.errors.message("project")
    assert dlg.banner.isVisible()
    assert dlg.save() is None and fake_docs.produced == []


def test_large_print_and_falc_version_render_again(qtbot, services, person, fake_docs):
    dlg = open_preview(qtbot, services, person)
    dlg.large_print.setFocus()
    qtbot.keyClick(dlg.large_print, Qt.Key.Key_Space)
    assert fake_docs.render_calls[-1]["large_print"] is True
    dlg.version_combo.setCurrentIndex(dlg.version_combo.findData("synthese-falc"))
    assert fake_docs.render_calls[-1]["kind"] == "synthese-falc"
    assert dlg.page_count() == 4
    plan = open_preview(qtbot, services, person, "plan")
    assert plan.version_combo.isHidden()


def test_print_to_a_pdf_file_gives_every_page_and_keeps_the_document(qtbot, services, person, fake_docs, tmp_path):
    dlg = open_preview(qtbot, services, person, "plan")
    out = tmp_path / "printed.pdf"
    assert dlg.print_document(pdf_printer(out)) == 2
    assert len(PdfReader(out).pages) == 2
    assert [d.kind for d in fake_docs.produced] == ["plan"]  # printed = handed over = in the history


def test_failure_of_the_service_is_a_sentence(qtbot, services, person, fake_docs, monkeypatch):
    def broken(*_a, **_k):
        raise LookupError("gone")

    monkeypatch.setattr(fake_docs, "render", broken)
    dlg = open_preview(qtbot, services, person)
    assert dlg.banner.isVisible() and "no longer exists" in dlg.banner.text()
    assert dlg.page_count() == 0 and dlg.print_document(QPrinter()) == 0


def test_a_refusal_of_the_service_lands_under_its_text_box(qtbot, services, person, fake_docs, monkeypatch):
    dlg = open_preview(qtbot, services, person)
    shown = dlg.pdf_bytes

    def refuse(*_a, **_k):
        raise DocumentError([Issue("project", "Shorten this text to {n} lines.", {"n": "12"}),
                             Issue("", "The plan has too many actions.")])

    monkeypatch.setattr(fake_docs, "render", refuse)
    dlg.editors["project"].setPlainText("A new project.")
    assert dlg.refresh() is False and dlg.save() is None
    assert dlg.errors.message("project") == "Shorten this text to 12 lines."
    assert dlg.banner.text() == "The plan has too many actions."
    assert dlg.pdf_bytes == shown and fake_docs.produced == []


# -- signature ---------------------------------------------------------------------------------
def test_mouse_strokes_make_a_transparent_cropped_png(qtbot):
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(500, 200)
    pad.show()
    qtbot.waitExposed(pad)
    assert pad.is_empty() and pad.png() == b""
    draw_signature(qtbot, pad)
    assert pad.stroke_count() == 2
    img = QImage.fromData(pad.png(), "PNG")
    assert not img.isNull() and img.hasAlphaChannel()
    assert img.width() < 500 * 3 and img.height() < 200 * 3  # cropped to the ink
    assert img.pixelColor(0, 0).alpha() == 0  # transparent background
    inked = sum(img.pixelColor(x, y).alpha() > 0 for y in range(0, img.height(), 3) for x in range(0, img.width(), 3))
    assert inked > 100  # the ink is there
    pad.setFocus()
    qtbot.keyClick(pad, Qt.Key.Key_Delete)
    assert pad.is_empty()


def test_a_finger_and_a_pen_sign_too(qtbot):
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(500, 200)
    pad.show()
    qtbot.waitExposed(pad)
    finger = QTest.createTouchDevice()
    QTest.touchEvent(pad, finger).press(0, QPoint(20, 50)).commit()
    for x in range(30, 200, 20):
        QTest.touchEvent(pad, finger).move(0, QPoint(x, 60)).commit()
    QTest.touchEvent(pad, finger).release(0, QPoint(200, 60)).commit()
    assert pad.stroke_count() == 1 and len(pad._strokes[0]) > 5
    pen = QPointingDevice("pen", 1, QInputDevice.DeviceType.Stylus, QPointingDevice.PointerType.Pen,
                          QInputDevice.Capability.Position | QInputDevice.Capability.Pressure, 1, 3)

    def tablet(kind: QEvent.Type, x: int, buttons: Qt.MouseButton) -> None:
        event = QTabletEvent(kind, pen, QPointF(x, 130), QPointF(pad.mapToGlobal(QPoint(x, 130))), 0.5, 0, 0, 0, 0,
                             0, Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton, buttons)
        QApplication.sendEvent(pad, event)

    tablet(QEvent.Type.TabletPress, 30, Qt.MouseButton.LeftButton)
    for x in range(40, 200, 20):
        tablet(QEvent.Type.TabletMove, x, Qt.MouseButton.LeftButton)
    tablet(QEvent.Type.TabletRelease, 200, Qt.MouseButton.NoButton)
    assert pad.stroke_count() == 2 and len(pad._strokes[1]) > 5
    assert QImage.fromData(pad.png(), "PNG").height() > 70 * 3 - 10  # both strokes in the image


def test_empty_pad_refuses_ok_and_paper_is_a_choice(qtbot):
    dlg = SignatureDialog("Thị Ánh NGUYỄN", datetime(2026, 11, 23, 10, 0))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    assert "Thị Ánh NGUYỄN" in dlg.heading.text()
    assert "23" in dlg.date_label.text() and "November" in dlg.date_label.text() and "2026" in dlg.date_label.text()
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert dlg.isVisible() and dlg.result() == 0
    assert "empty" in dlg.banner.text()
    draw_signature(qtbot, dlg.pad)
    assert not dlg.banner.isVisible()
    qtbot.mouseClick(dlg.clear_button, Qt.MouseButton.LeftButton)
    assert dlg.pad.is_empty()
    dlg.paper_check.setChecked(True)
    assert not dlg.pad.isEnabled()
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert dlg.result() == dlg.DialogCode.Accepted and dlg.on_paper() and dlg.png() == b""


def test_signed_document_is_saved_and_listed_as_signed(qtbot, services, person, fake_docs):
    panel = DocumentsPanel(services)
    qtbot.addWidget(panel)
    panel.set_beneficiary(person, services.beneficiaries.get(person).interviews)
    panel.show()
    dlg = panel.new_document("conclusion")
    assert dlg is not None and dlg.request.interview_id == services.beneficiaries.get(person).interviews[0].id
    pad_dialog = dlg.signature_dialog()
    qtbot.addWidget(pad_dialog)
    pad_dialog.show()
    qtbot.waitExposed(pad_dialog)
    draw_signature(qtbot, pad_dialog.pad)
    pad_dialog.accept()
    assert dlg.apply_signature(pad_dialog)
    signed = fake_docs.produced[-1]
    assert signed.signed and signed.signer == "Thị Ánh NGUYỄN" and signed.signed_at == datetime(2026, 11, 23, 10, 0)
    assert fake_docs.render_calls[-1]["signature"].png.startswith(b"\x89PNG")
    signed_pdf = Path(signed.path).read_bytes()
    assert "Signed by Th" in pdf_text(signed_pdf) and "on 2026-11-23" in pdf_text(signed_pdf)
    assert len(PdfReader(io.BytesIO(signed_pdf)).pages[-1].images) == 1  # the signature drawn in
    assert panel.table.rowCount() == 1
    assert panel.table.item(0, 0).text() == "Session conclusion"
    assert panel.table.item(0, 3).text().startswith("Signed on screen on")
    assert "Signed by" in dlg.banner.text()
    # Changing the text after signing: the signature no longer applies, the next save is unsigned.
    dlg.editors["project"].setPlainText("Train as a baker in Millau.")
    assert dlg.refresh() and fake_docs.render_calls[-1]["signature"] is None
    assert "sign again" in dlg.banner.text()
    assert dlg.save() is not None and not fake_docs.produced[-1].signed


# -- the Documents tab ------------------------------------------------------------------------
def test_documents_tab_opens_a_saved_one_and_prints_all_of_a_session(qtbot, services, person, fake_docs, tmp_path):
    panel = DocumentsPanel(services)
    qtbot.addWidget(panel)
    panel.set_beneficiary(person, services.beneficiaries.get(person).interviews)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    assert QTest.qWaitForWindowActive(panel)
    assert panel.session_kinds.count() == 3
    panel.session_kinds.item(2).setCheckState(Qt.CheckState.Unchecked)  # not the synthesis today
    assert panel.ticked_kinds() == ["conclusion", "plan"]
    out = tmp_path / "all.pdf"
    assert panel.print_all(pdf_printer(out)) == PAGES["conclusion"] + PAGES["plan"]
    assert len(PdfReader(out).pages) == 3
    assert [d.kind for d in fake_docs.produced] == ["conclusion", "plan"]
    assert panel.table.rowCount() == 2 and panel.count_label.text() == "Documents handed over: 2"
    panel.table.setFocus()
    panel.table.setCurrentCell(1, 0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    dlg = panel.dialog
    assert dlg is not None and dlg.read_only and dlg.page_count() == 1
    assert dlg.save_button.isHidden() and dlg.sign_button.isHidden() and dlg.side.isHidden()
    assert "v1" in dlg.banner.text()


def test_new_document_menu_and_accessible_names(qtbot, services, person, fake_docs):
    panel = DocumentsPanel(services)
    qtbot.addWidget(panel)
    panel.set_beneficiary(person, services.beneficiaries.get(person).interviews)
    panel.kind_menu.aboutToShow.emit()  # as when the menu opens
    labels = [a.text() for a in panel.kind_menu.actions()]
    assert "Referral slip (no referral recorded yet)" in labels
    assert "Summary document (easy to read)" in labels and "Counsellor's contact card" in labels
    panel.kind_menu.actions()[labels.index("Counsellor's contact card")].trigger()
    dlg = panel.dialog
    assert dlg is not None and dlg.request.kind == "carte" and dlg.request.interview_id is None
    assert not dlg.no_sections.isHidden() and not dlg.update_button.isEnabled()
    for widget in (panel, dlg):
        for child in widget.findChildren(QAbstractButton):
            if not child.objectName().startswith("qt_"):  # Qt's own (table corner, scroll arrows)
                assert child.accessibleName(), child.text()
    for child in (dlg.view, dlg.version_combo, panel.table, panel.session_combo, panel.session_kinds):
        assert child.accessibleName()
    assert "&" in panel.new_button.text() and "&" in dlg.print_button.text() and "&" in dlg.save_button.text()
    for widget in (panel, dlg):  # one Alt+letter, one target
        texts = [w.text() for w in widget.findChildren(QAbstractButton) + widget.findChildren(QLabel)
                 if w.window() is widget.window()]
        keys = [t[t.index("&") + 1].lower() for t in texts if "&" in t and not t.startswith("<")]
        assert len(keys) == len(set(keys)), keys


def test_referral_slip_is_made_for_a_chosen_referral(qtbot, services, person, fake_docs, monkeypatch):
    referral = SimpleNamespace(id="r1", service_name="Atelier CV", structure_name="Mission locale de Rodez",
                               sent_on=date(2026, 11, 20))
    monkeypatch.setattr(services.referrals, "for_beneficiary", lambda _bid: [referral])
    panel = DocumentsPanel(services)
    qtbot.addWidget(panel)
    panel.set_beneficiary(person, [])
    panel.kind_menu.aboutToShow.emit()
    sub = next(a.menu() for a in panel.kind_menu.actions() if a.menu() is not None)
    assert sub.title() == "Referral slip"
    assert sub.actions()[0].text().startswith("Atelier CV — Mission locale de Rodez, sent on")
    sub.actions()[0].trigger()
    assert panel.dialog is not None and panel.dialog.request.referral_id == "r1"
    assert fake_docs.render_calls[-1]["kind"] == "liaison"


def test_documents_tab_in_the_persons_file(qtbot, services, person, fake_docs):
    new = BeneficiaryFileWidget(services, None)
    qtbot.addWidget(new)
    assert not new.tabs.isTabEnabled(DOCUMENTS_TAB)
    fake_docs.produce("carte", person)
    w = BeneficiaryFileWidget(services, person)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    assert QTest.qWaitForWindowActive(w)
    assert w.tabs.tabText(DOCUMENTS_TAB) == "Documents" and w.tabs.isTabEnabled(DOCUMENTS_TAB)
    qtbot.keyClick(w.tabs, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert w.tabs.currentIndex() == DOCUMENTS_TAB
    assert w.documents_panel.table.rowCount() == 1
    assert w.documents_panel.table.item(0, 0).text() == "Counsellor's contact card"
    assert w.documents_panel.session_combo.count() == 1


def test_with_the_real_document_service(qtbot, services, person, tmp_path):
    """The same path on the real service: edit, sign, save, list, print; what is printed is what was shown."""
    panel = DocumentsPanel(services)
    qtbot.addWidget(panel)
    panel.set_beneficiary(person, services.beneficiaries.get(person).interviews)
    panel.show()
    qtbot.waitExposed(panel)
    dlg = panel.new_document("conclusion")
    assert dlg is not None and dlg.page_count() >= 1 and not dlg.banner.isVisible()
    dlg.editors["conclusion"].setPlainText("Nous nous revoyons mardi pour le CV.")
    assert dlg.refresh()
    assert "Nous nous revoyons mardi pour le CV." in " ".join(pdf_text(dlg.pdf_bytes).split())
    pad_dialog = dlg.signature_dialog()
    qtbot.addWidget(pad_dialog)
    pad_dialog.show()
    qtbot.waitExposed(pad_dialog)
    draw_signature(qtbot, pad_dialog.pad)
    pad_dialog.accept()
    assert dlg.apply_signature(pad_dialog)
    listed = panel.documents()
    assert len(listed) == 1 and listed[0].signed and listed[0].kind == "conclusion"
    assert Path(listed[0].path).is_file() and panel.table.item(0, 3).text().startswith("Signed on screen on")
    out = tmp_path / "printed.pdf"
    assert dlg.print_document(pdf_printer(out)) == dlg.page_count() == len(PdfReader(out).pages)
    assert len(panel.documents()) == 1  # printing what was just saved makes no second version
