"""Small pieces the diagnosis, exploration and plan editors share.

Kept here so each step module reads as "what this step shows", not as widget
plumbing: the large type of the side-by-side mode, the crossed-out look of a
rejected option, a text box holding one item per line, the long date a
person understands ("mardi 15 décembre 2026"), and a scrolling page.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QScrollArea, QSizePolicy, QWidget

from cep_desk.domain.codelists import referentials
from cep_desk.ui.language import current_language
from cep_desk.ui.session.large_type import LargeType

COUNSELLOR_ONLY_BACKGROUND = "#f1edf9"


def code_label(list_name: str, code: str | None) -> str:
    """A code's label in the interface language ("" for none; the code itself when unknown)."""
    if code is None:
        return ""
    return referentials()[list_name].label(code, current_language()) or code


def large_type_switch(widget: QWidget, base: QFont) -> Callable[[bool], None]:
    """A switch for the side-by-side large type of ``widget`` and all its children (the window's
    ``LargeType``, so a step or the history shown on its own grows the same way as in the window)."""
    large = LargeType([widget], base)

    def switch(on: bool) -> None:
        if on and not large.on:
            large.note_sizes()
        if on != large.on:
            large.apply(on)
        elif on:
            large.refresh()      # rows rebuilt while on
    return switch


def mark_counsellor_only(widget: QWidget) -> None:
    """A light violet background on what the person never sees (hidden in side-by-side mode)."""
    name = type(widget).__name__
    widget.setObjectName("counsellorOnly")
    widget.setStyleSheet(f"{name}#counsellorOnly {{ background: {COUNSELLOR_ONLY_BACKGROUND}; }}")


def set_colour(widget: QWidget, colour: str, bold: bool = False) -> None:
    """Text colour through the palette, not a style sheet: a style sheet would freeze the widget's
    font, and the side-by-side mode's large type must reach every label."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    palette.setColor(QPalette.ColorRole.Text, QColor(colour))
    widget.setPalette(palette)
    if bold:
        font = QFont()
        font.setBold(True)
        widget.setFont(font)


def set_struck(widget: QWidget, on: bool) -> None:
    """A rejected option stays readable but crossed out (strike-out font), never removed."""
    font = QFont()          # only strike-out is set: size and family still follow the page (large type)
    font.setStrikeOut(on)
    widget.setFont(font)


def long_date(value: date) -> str:
    """"Tuesday 15 December 2026" / "mardi 15 décembre 2026": the day the person will remember."""
    locale = QLocale(QLocale.Language.English if current_language() == "en" else QLocale.Language.French)
    return locale.toString(QDate(value.year, value.month, value.day), "dddd d MMMM yyyy")


def estimate_words(value: int, unit: str) -> str:
    """"in 3 weeks" / "dans 3 semaine(s)", from the person's own estimate."""
    return QCoreApplication.translate("PlanStep", "in {value} {unit}").format(
        value=value, unit=code_label("duration_unit", unit))


class ShortText(QPlainTextEdit):
    """A text box a few lines tall (room to write without eating the page); it grows with the
    large type of the side-by-side mode, and Tab moves on as everywhere else in the session."""

    def __init__(self, lines: int = 2, parent: QWidget | None = None):
        super().__init__(parent)
        self.lines_shown = lines
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        height = self.fontMetrics().lineSpacing() * self.lines_shown + 2 * self.frameWidth() + 10
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:
        return QSize(60, self.sizeHint().height())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()
        super().changeEvent(event)

    def text(self) -> str:
        return self.toPlainText()

    def set_text(self, text: str) -> None:
        if text != self.toPlainText():
            self.setPlainText(text)


class LinesEdit(ShortText):
    """A list of short items typed one per line (competences): the simplest thing to dictate into."""

    def lines(self) -> list[str]:
        return [line.strip() for line in self.toPlainText().splitlines() if line.strip()]

    def set_lines(self, lines: list[str]) -> None:
        self.set_text("\n".join(lines))


def scrolling(page: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(page)
    return area


def buddy_label(text: str, buddy: QWidget, parent: QWidget | None = None) -> QLabel:
    """A label with its mnemonic moving the focus to ``buddy``."""
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


def chain_tab_order(widgets: list[QWidget]) -> None:
    """Tab goes through ``widgets`` in this order: the order they are shown in, not created in."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)
