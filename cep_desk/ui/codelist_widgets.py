"""Small input widgets for reference values: a combo for a code list, the
two-level picker for reasons for contact, a date that may be unknown, and the
coloured badge of a parcours status.

Every code-list combo starts with "— not asked yet —" (``None``), which is not
the same answer as the list's own "Non renseigné" (``nr``): the national file
distinguishes "the person did not say" from "nobody asked yet"
(REFERENTIALS.md).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QWidget,
)

from cep_desk.domain.codelists import CodeList, referentials
from cep_desk.ui.language import current_language

DATE_FORMAT = "dd/MM/yyyy"


class CodeCombo(QComboBox):
    """A combo over one code list; ``code()`` is ``None`` until someone answers."""

    codeChanged = Signal()

    def __init__(self, codes: CodeList, *, allow_unset: bool = True, unset_text: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._allow_unset = allow_unset
        self._unset_text = unset_text if unset_text is not None else self.tr("— not asked yet —")
        # Long labels (sectors) must not stretch the whole form; the popup shows them in full.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        self.set_code_list(codes)
        self.currentIndexChanged.connect(lambda _i: self.codeChanged.emit())

    def set_code_list(self, codes: CodeList) -> None:
        """Refill (e.g. another level vocabulary) keeping the current answer when it still exists."""
        keep = self.code() if self.count() else None
        self.blockSignals(True)
        self.clear()
        if self._allow_unset:
            self.addItem(self._unset_text, None)
        lang = current_language()
        for c in codes.codes:
            label = c.label(lang)
            self.addItem(label, c.code)
            self.setItemData(self.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        self.view().setMinimumWidth(self.view().sizeHintForColumn(0) + 24)
        self.blockSignals(False)
        self.set_code(keep)

    def code(self) -> str | None:
        value = self.currentData()
        return None if value is None else str(value)

    def set_code(self, code: str | None) -> None:
        """Select ``code``; a code no longer in the list (older vocabulary) stays visible, not lost."""
        if code is None:
            if self._allow_unset:
                self.setCurrentIndex(0)
            return
        i = self.findData(code)
        if i < 0:
            self.addItem(self.tr("{code} (no longer in the list)").format(code=code), code)
            i = self.count() - 1
        self.setCurrentIndex(i)


class ReasonPicker(QTreeWidget):
    """Several reasons for contact, from the two-level ``contact_reason`` list.

    A check box per reason, parents included (a person may just want
    "information" without saying which). Space toggles, arrows move.
    """

    changed = Signal()

    def __init__(self, codes: CodeList | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setRootIsDecorated(False)
        self.setIndentation(22)
        self.setUniformRowHeights(True)
        # Ticks carry the answer; a highlighted row would look like one more answer.
        self.setSelectionMode(QTreeWidget.SelectionMode.NoSelection)
        self._codes = codes or referentials()["contact_reason"]
        lang = current_language()
        items: dict[str, QTreeWidgetItem] = {}
        for c in self._codes.codes:
            parent_item = items.get(c.parent or "")
            item = QTreeWidgetItem(parent_item) if parent_item is not None else QTreeWidgetItem(self)
            item.setText(0, c.label(lang))
            item.setToolTip(0, c.label(lang))
            item.setData(0, Qt.ItemDataRole.UserRole, c.code)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            items[c.code] = item
        self.expandAll()
        self.itemChanged.connect(lambda _item, _col: self.changed.emit())
        # Tall enough to show every reason without a scroll bar inside the page's own scroll.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        if self.topLevelItemCount():
            self.setCurrentItem(self.topLevelItem(0))

    def sizeHint(self) -> QSize:
        rows = len(self._codes.codes)
        row_height = self.sizeHintForRow(0) if self.topLevelItemCount() else 0
        return QSize(super().sizeHint().width(), rows * max(row_height, 1) + 2 * self.frameWidth() + 4)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _items(self) -> list[QTreeWidgetItem]:
        out = []
        it = QTreeWidgetItemIterator(self)
        while it.value():
            out.append(it.value())
            it += 1
        return out

    def codes(self) -> list[str]:
        return [str(i.data(0, Qt.ItemDataRole.UserRole)) for i in self._items()
                if i.checkState(0) == Qt.CheckState.Checked]

    def set_codes(self, codes: list[str]) -> None:
        wanted = set(codes)
        self.blockSignals(True)
        for i in self._items():
            checked = i.data(0, Qt.ItemDataRole.UserRole) in wanted
            i.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.blockSignals(False)
        self.changed.emit()

    def labels(self) -> list[str]:
        lang = current_language()
        return [self._codes.label(c, lang) for c in self.codes()]


_NOT_SET = QDate(1899, 12, 31)  # below any date the rules accept, shown as "not set"


class _DateEdit(QDateEdit):
    """A QDateEdit whose minimum means "not set"; typing or stepping starts from a sensible day."""

    def __init__(self, optional: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.optional = optional
        self.default_date: date = date.today()
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        self.setMaximumDate(QDate(2199, 12, 31))
        if optional:
            self.setMinimumDate(_NOT_SET)
            self.setSpecialValueText(self.tr("not set"))
            self.setDate(_NOT_SET)
        else:
            self.setMinimumDate(QDate(1900, 1, 1))
        self.calendarWidget().installEventFilter(self)

    def is_set(self) -> bool:
        return not (self.optional and self.date() == _NOT_SET)

    def _start_from_default(self) -> None:
        d = self.default_date
        self.setDate(QDate(d.year, d.month, d.day))
        self.setSelectedSection(QDateEdit.Section.DaySection)

    def stepBy(self, steps: int) -> None:
        if not self.is_set():
            self._start_from_default()
            return
        super().stepBy(steps)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab leaves an unset date: QDateTimeEdit would keep it to move between sections
        that the "not set" text does not have, trapping keyboard users."""
        if not self.is_set():
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.is_set() and event.text().isdigit():
            self._start_from_default()
        elif self.optional and self.is_set() and event.key() == Qt.Key.Key_Delete \
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.setDate(_NOT_SET)
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The calendar would open in 1899 for an unset date: open it on the default month instead.
        if watched is self.calendarWidget() and event.type() == QEvent.Type.Show and not self.is_set():
            self.calendarWidget().setCurrentPage(self.default_date.year, self.default_date.month)
        return super().eventFilter(watched, event)


class OptionalDateEdit(QWidget):
    """A dd/MM/yyyy date that may be unknown ("not set"), with a clear button.

    Keyboard: type the digits (15031985), arrows step, Alt+Down opens the
    calendar, Ctrl+Delete or the × button clears.
    """

    dateChanged = Signal()
    editingFinished = Signal()

    def __init__(self, optional: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = _DateEdit(optional, self)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("00/00/00000") + 48)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.edit)
        self.clear_button: QToolButton | None = None
        if optional:
            self.clear_button = QToolButton(self)
            self.clear_button.setText("×")
            self.clear_button.setToolTip(self.tr("Clear the date (Ctrl+Delete)"))
            self.clear_button.setAccessibleName(self.tr("Clear the date"))
            self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Ctrl+Delete does it from the keyboard
            self.clear_button.clicked.connect(lambda: self.set_date(None))
            lay.addWidget(self.clear_button)
        lay.addStretch(1)
        self.setFocusProxy(self.edit)
        self.edit.dateChanged.connect(lambda _d: self._changed())
        self.edit.editingFinished.connect(self.editingFinished)

    def _changed(self) -> None:
        if self.clear_button is not None:
            self.clear_button.setEnabled(self.edit.is_set())
        self.dateChanged.emit()

    def set_default_date(self, value: date) -> None:
        """The day typing or the arrows start from when the date is not set."""
        self.edit.default_date = value

    def set_unset_text(self, text: str) -> None:
        """What an empty date means here ("ongoing" for an end date) instead of "not set"."""
        if self.edit.optional:
            self.edit.setSpecialValueText(text)

    def set_accessible_name(self, name: str) -> None:
        self.edit.setAccessibleName(name)
        self.setAccessibleName(name)
        if self.clear_button is not None:
            self.clear_button.setAccessibleName(self.tr("Clear: {field}").format(field=name))

    def date(self) -> date | None:
        if not self.edit.is_set():
            return None
        q = self.edit.date()
        return date(q.year(), q.month(), q.day())

    def set_date(self, value: date | None) -> None:
        if value is None:
            if self.edit.optional:
                self.edit.setDate(_NOT_SET)
            return
        self.edit.setDate(QDate(value.year, value.month, value.day))


_BADGE_COLOURS: dict[str, tuple[str, str]] = {
    "actif": ("#e3f4e8", "#1b5e20"),
    "en_pause": ("#fff1c2", "#6b4500"),
    "suspendu": ("#e3ecfa", "#0d3c8c"),
    "clos": ("#eceff1", "#37474f"),
    "reouvert": ("#dff3f1", "#00574b"),
}


class StatusBadge(QLabel):
    """The parcours status as a coloured pill; the text carries the meaning, colour only helps."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                     | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.set_status(None)

    def set_status(self, code: str | None) -> None:
        if code is None:
            self.setText(self.tr("No accompaniment"))
            bg, fg = "#f5f5f5", "#424242"
        else:
            self.setText(referentials()["parcours_status"].label(code, current_language()) or code)
            bg, fg = _BADGE_COLOURS.get(code, ("#f5f5f5", "#424242"))
        self.setStyleSheet(
            f"QLabel {{ background: {bg}; color: {fg}; border: 1px solid {fg}; border-radius: 9px;"
            f" padding: 2px 10px; font-weight: bold; }}"
        )
        self.setAccessibleName(self.tr("Accompaniment status: {status}").format(status=self.text()))
