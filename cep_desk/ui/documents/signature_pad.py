"""Sign on screen: a pad that takes the mouse, a pen or a finger, and the dialog around it.

The signed document is what the person keeps, so the pad exports only the ink
(transparent background, cropped to the strokes) and the dialog shows who signs
and the date in words before anything is embedded. Some people prefer to sign
on paper: that is a choice in the dialog, never an error.
"""

from __future__ import annotations

from datetime import datetime
from itertools import pairwise

from PySide6.QtCore import QBuffer, QByteArray, QDate, QEvent, QIODevice, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cep_desk.ui.dialog_buttons import confirm_buttons
from cep_desk.ui.field_errors import MessageBanner

INK = QColor("#0d2a6b")     # dark blue ink: reads as a hand signature, contrasts on white paper
PEN_WIDTH = 2.6             # in widget pixels; the exported image is drawn at EXPORT_SCALE
EXPORT_SCALE = 3            # ~ 300 dpi once printed at the width the documents give a signature
MARGIN = 4.0


def smooth_path(points: list[QPointF]) -> QPainterPath:
    """A stroke through the sampled points, smoothed with quadratic curves between midpoints.

    Mouse and touch events arrive every few pixels: joining them with straight
    segments gives an angular, shaky line; curving through the midpoints does not
    move the line away from where the hand went."""
    path = QPainterPath()
    if not points:
        return path
    path.moveTo(points[0])
    if len(points) == 1:  # a dot (the i of a name, a full stop)
        path.addEllipse(points[0], PEN_WIDTH / 2, PEN_WIDTH / 2)
        return path
    for previous, current in pairwise(points):
        middle = (previous + current) / 2
        path.quadTo(previous, middle)
    path.lineTo(points[-1])
    return path


class SignaturePad(QWidget):
    """Draw a signature; ``png()`` gives the ink only (transparent, cropped).

    Every pointer kind ends in the same three calls (``_begin``/``_extend``/``_end``);
    pen and touch events are accepted so Qt does not also synthesise mouse events
    from them (which would draw every stroke twice)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._strokes: list[list[QPointF]] = []
        self._drawing = False
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setMinimumSize(QSize(440, 180))
        self.setAccessibleName(self.tr("Signature area"))
        self.setAccessibleDescription(self.tr("The person signs here with the mouse, a pen or a finger. "
                                              "Delete clears the signature."))

    # -- state -----------------------------------------------------------------------
    def is_empty(self) -> bool:
        return not self._strokes

    def stroke_count(self) -> int:
        return len(self._strokes)

    def clear(self) -> None:
        if self._strokes:
            self._strokes.clear()
            self.update()
            self.changed.emit()

    # -- pointer input -------------------------------------------------------------------
    def _begin(self, pos: QPointF) -> None:
        if not self.isEnabled():
            return
        self._drawing = True
        self._strokes.append([QPointF(pos)])
        self.update()

    def _extend(self, pos: QPointF) -> None:
        if not self._drawing:
            return
        stroke = self._strokes[-1]
        if (pos - stroke[-1]).manhattanLength() >= 1.0:  # drop jitter of a hand at rest
            stroke.append(QPointF(pos))
            self.update()

    def _end(self, pos: QPointF) -> None:
        if not self._drawing:
            return
        self._extend(pos)
        self._drawing = False
        self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._end(event.position())

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._end(event.position())
        event.accept()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
            assert isinstance(event, QTouchEvent)
            points = event.points()
            if points:  # one finger signs; a second finger resting on the screen is ignored
                pos = points[0].position()
                if kind == QEvent.Type.TouchBegin:
                    self._begin(pos)
                elif kind == QEvent.Type.TouchUpdate:
                    self._extend(pos)
                else:
                    self._end(pos)
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear()
            return
        super().keyPressEvent(event)

    # -- drawing -------------------------------------------------------------------------
    def _paths(self) -> list[QPainterPath]:
        return [smooth_path(stroke) for stroke in self._strokes]

    @staticmethod
    def _pen() -> QPen:
        return QPen(INK, PEN_WIDTH, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        enabled = self.isEnabled()
        p.fillRect(self.rect(), QColor("#ffffff") if enabled else QColor("#eceff1"))
        border = QColor("#1565c0") if self.hasFocus() else QColor("#90a4ae")
        p.setPen(QPen(border, 2 if self.hasFocus() else 1))
        p.drawRect(self.rect().adjusted(0, 0, -1, -1))
        # The line people sign on, with the usual cross at its start.
        base_y = self.height() * 0.72
        p.setPen(QPen(QColor("#90a4ae"), 1, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(24, base_y), QPointF(self.width() - 24, base_y))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        p.setFont(font)
        p.setPen(QColor("#607d8b"))
        p.drawText(QPointF(24, base_y - 8), "×")
        if not enabled:
            return
        p.setPen(self._pen())
        p.setBrush(Qt.BrushStyle.NoBrush)
        for path in self._paths():
            p.drawPath(path)

    def ink_rect(self) -> QRectF:
        """Where the ink is, in widget coordinates (empty when nothing is drawn)."""
        rect = QRectF()
        for path in self._paths():
            rect = rect.united(path.controlPointRect())
        return rect

    def image(self) -> QImage:
        """The ink on a transparent background, cropped to the strokes plus a small margin."""
        rect = self.ink_rect()
        if rect.isNull() and not self._strokes:
            return QImage()
        rect = rect.adjusted(-PEN_WIDTH - MARGIN, -PEN_WIDTH - MARGIN, PEN_WIDTH + MARGIN, PEN_WIDTH + MARGIN)
        size = QSize(max(1, round(rect.width() * EXPORT_SCALE)), max(1, round(rect.height() * EXPORT_SCALE)))
        img = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        img.fill(Qt.GlobalColor.transparent)
        p = QPainter(img)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.scale(EXPORT_SCALE, EXPORT_SCALE)
        p.translate(-rect.topLeft())
        p.setPen(self._pen())
        for path in self._paths():
            p.drawPath(path)
        p.end()
        return img

    def png(self) -> bytes:
        """PNG bytes of ``image()``; empty bytes when nothing is drawn."""
        img = self.image()
        if img.isNull():
            return b""
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        img.save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())


def date_in_words(value: datetime) -> str:
    """ "lundi 23 novembre 2026" / "Monday, 23 November 2026": the person reads what they sign."""
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.LongFormat)


class SignatureDialog(QDialog):
    """Who signs, the date in words, the pad; OK is refused while the pad is empty.

    After ``exec()``: ``on_paper()`` says the person chose to sign on paper;
    otherwise ``png()`` holds the signature."""

    def __init__(self, signer: str, when: datetime, parent: QWidget | None = None):
        super().__init__(parent)
        self.signer = signer
        self.when = when
        self.setWindowTitle(self.tr("Signature"))
        lay = QVBoxLayout(self)
        self.heading = QLabel(self.tr("Signature of {name}").format(name=signer))
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        lay.addWidget(self.heading)
        self.date_label = QLabel(self.tr("Signed on {date}").format(date=date_in_words(when)))
        lay.addWidget(self.date_label)
        hint = QLabel(self.tr("Ask the person to sign in the white box with the mouse, a pen or a finger."))
        hint.setWordWrap(True)
        hint.setStyleSheet("QLabel { color: #37474f; }")
        lay.addWidget(hint)
        self.banner = MessageBanner(self)
        lay.addWidget(self.banner)
        self.pad = SignaturePad(self)
        self.pad.changed.connect(self._pad_changed)
        hint.setBuddy(self.pad)
        lay.addWidget(self.pad, 1)
        row = QHBoxLayout()
        self.clear_button = QPushButton(self.tr("C&lear"))
        self.clear_button.setAccessibleName(self.tr("Clear the signature"))
        self.clear_button.clicked.connect(self.pad.clear)
        self.paper_check = QCheckBox(self.tr("The person signs on &paper instead"))
        self.paper_check.setAccessibleName(self.tr("The person signs on paper instead"))
        self.paper_check.toggled.connect(self._paper_toggled)
        row.addWidget(self.clear_button)
        row.addSpacing(16)
        row.addWidget(self.paper_check)
        row.addStretch(1)
        lay.addLayout(row)
        box, self.ok_button, self.cancel_button = confirm_buttons(
            self, self.tr("&Use this signature"), self.tr("Cancel"), on_confirm=self._confirm)
        self.ok_button.setDefault(False)
        self.ok_button.setAutoDefault(False)  # Enter in the pad must not sign for the person
        lay.addWidget(box)
        self.setFocusProxy(self.pad)
        self.pad.setFocus()

    def on_paper(self) -> bool:
        return self.paper_check.isChecked()

    def png(self) -> bytes:
        return b"" if self.on_paper() else self.pad.png()

    def _pad_changed(self) -> None:
        if not self.pad.is_empty():
            self.banner.clear_message()

    def _paper_toggled(self, on_paper: bool) -> None:
        self.pad.setEnabled(not on_paper)
        self.clear_button.setEnabled(not on_paper)
        self.ok_button.setText(self.tr("&Continue without signing on screen") if on_paper
                               else self.tr("&Use this signature"))
        self.ok_button.setAccessibleName(self.ok_button.text().replace("&", ""))
        self.banner.clear_message()
        self.pad.update()

    def _confirm(self) -> None:
        if not self.on_paper() and self.pad.is_empty():
            self.banner.show_error(self.tr("The signature box is empty: ask the person to sign in it, "
                                           "or tick “The person signs on paper instead”."))
            self.pad.setFocus()
            return
        self.accept()
