"""PDF bytes in QtPdf, and printing them through a QPrinter (system dialog or a file in tests).

The documents exist only as PDF bytes (a preview writes nothing to disk: a
person's record must not be left in a temporary folder), so QPdfDocument reads
them from a buffer it owns. Printing draws each page rendered by QtPdf into
the printer's painter: the system dialog then works with any printer the
system knows, and "print all of today's" is one job, one trip to the printer.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

MAX_PRINT_DPI = 300  # a 1200-dpi A4 page would be a 550 MB image; 300 dpi is what laser printers resolve for text


class PdfError(ValueError):
    """The bytes are not a PDF QtPdf can read (should not happen with our own documents)."""


def load_pdf(data: bytes, parent: QObject | None = None) -> QPdfDocument:
    """A QPdfDocument over ``data``; the buffer is parented to the document so it lives as long."""
    doc = QPdfDocument(parent)
    buffer = QBuffer(doc)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc.load(buffer)
    if doc.status() != QPdfDocument.Status.Ready or doc.pageCount() == 0:
        doc.deleteLater()
        raise PdfError(QCoreApplication.translate("DocumentPrinting", "The document could not be read."))
    return doc


def _page_size(doc: QPdfDocument, page: int) -> QPageSize:
    return QPageSize(doc.pagePointSize(page), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)


def print_pdfs(pdfs: list[bytes], printer: QPrinter) -> int:
    """Print every page of every PDF, in order, as ONE job; returns the number of pages printed.

    Pages are drawn at their real size from the paper's corner (``fullPage``), so
    margins, font sizes (14 pt, 20 pt in large print) and the envelope-window zone
    of a referral slip stay where the document put them."""
    docs = [load_pdf(data) for data in pdfs]
    try:
        printer.setFullPage(True)
        first = docs[0] if docs else None
        if first is None:
            return 0
        printer.setPageSize(_page_size(first, 0))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError(QCoreApplication.translate("DocumentPrinting", "The printer could not be started."))
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        printed = 0
        try:
            for doc in docs:
                for page in range(doc.pageCount()):
                    if printed:
                        printer.setPageSize(_page_size(doc, page))
                        printer.newPage()
                    points = doc.pagePointSize(page)
                    image = doc.render(page, QSize(round(points.width() * dpi / 72),
                                                   round(points.height() * dpi / 72)))
                    target = _fit(points, QRectF(printer.paperRect(QPrinter.Unit.DevicePixel)))
                    painter.drawImage(target, image)
                    printed += 1
        finally:
            painter.end()
        return printed
    finally:
        for doc in docs:
            doc.deleteLater()


def _fit(page: QSizeF, paper: QRectF) -> QRectF:
    """The page at its real scale, shrunk only if the paper is smaller (A4 document on Letter paper)."""
    scale = min(paper.width() / page.width(), paper.height() / page.height())
    return QRectF(paper.left(), paper.top(), page.width() * scale, page.height() * scale)


def ask_and_print(parent: QWidget | None, pdfs: list[bytes], title: str) -> int:
    """The system print dialog, then print; the number of pages printed (0 when cancelled)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return 0
    return print_pdfs(pdfs, printer)


def page_count(data: bytes) -> int:
    doc = load_pdf(data)
    try:
        return doc.pageCount()
    finally:
        doc.deleteLater()
