"""The caseload table: plain ``CaseloadRow`` snapshots, filtered and sorted in the model.

Why not ``QSortFilterProxyModel``: on 10,000 people it calls back into Python
for every row and comparison on each keystroke. Here the whole list is kept
sorted once (on a header click) and each keystroke runs one tight loop
(``apply_filter``) over it, which keeps the order, then resets the view.
Display strings are computed on demand and code labels are cached, so
``data()`` stays cheap for the few dozen visible cells.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from cep_desk.domain.caseload import CaseloadFilter, CaseloadRow, apply_filter
from cep_desk.domain.codelists import CodeList, referentials
from cep_desk.domain.messages import QT_TRANSLATE_NOOP
from cep_desk.domain.rules import age_on
from cep_desk.domain.text import fold
from cep_desk.ui.language import current_language, format_date

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    LAST_NAME = 0
    FIRST_NAME = 1
    AGE = 2
    COMMUNE = 3
    STATUS = 4
    LEVEL = 5
    LAST_CONTACT = 6
    SESSIONS = 7
    TARGET_JOB = 8
    SITE = 9


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseloadModel", text)


# Header titles are translated when asked for (the language may be installed after import);
# QT_TRANSLATE_NOOP is the marker lupdate extracts.
_HEADERS: dict[Column, str] = {
    Column.LAST_NAME: QT_TRANSLATE_NOOP("CaseloadModel", "Last name"),
    Column.FIRST_NAME: QT_TRANSLATE_NOOP("CaseloadModel", "First name"),
    Column.AGE: QT_TRANSLATE_NOOP("CaseloadModel", "Age"),
    Column.COMMUNE: QT_TRANSLATE_NOOP("CaseloadModel", "Commune"),
    Column.STATUS: QT_TRANSLATE_NOOP("CaseloadModel", "Status"),  # the tooltip says which status
    Column.LEVEL: QT_TRANSLATE_NOOP("CaseloadModel", "Level"),
    Column.LAST_CONTACT: QT_TRANSLATE_NOOP("CaseloadModel", "Last contact"),
    Column.SESSIONS: QT_TRANSLATE_NOOP("CaseloadModel", "Sessions"),
    Column.TARGET_JOB: QT_TRANSLATE_NOOP("CaseloadModel", "Target job"),
    Column.SITE: QT_TRANSLATE_NOOP("CaseloadModel", "Site"),
}
_HEADER_TIPS: dict[Column, str] = {
    Column.STATUS: QT_TRANSLATE_NOOP("CaseloadModel", "Status of the person's current accompaniment"),
    Column.LEVEL: QT_TRANSLATE_NOOP("CaseloadModel", "Service level of the current accompaniment"),
    Column.LAST_CONTACT: QT_TRANSLATE_NOOP("CaseloadModel", "Date of the last recorded session"),
    Column.SESSIONS: QT_TRANSLATE_NOOP("CaseloadModel", "Number of recorded sessions"),
    Column.SITE: QT_TRANSLATE_NOOP("CaseloadModel", "Site of the last session"),
}


class CaseloadModel(QAbstractTableModel):
    """All caseload rows, the filtered subset shown, and the current sort order."""

    def __init__(self, rows: list[CaseloadRow] | None = None, *, today: Callable[[], date] = date.today,
                 levels: CodeList | None = None, parent: Any = None):
        super().__init__(parent)
        self._today = today
        self._levels = levels or referentials().levels()
        self._language = current_language()
        self._status_labels: dict[str | None, str] = {}
        self._folds: dict[str, str] = {}
        self._level_labels: dict[str | None, str] = {}
        self._filter = CaseloadFilter()
        self._sort_column: int = Column.LAST_NAME
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._all: list[CaseloadRow] = []
        self._visible: list[CaseloadRow] = []
        self._refresh_labels()
        if rows:
            self.set_rows(rows)

    # -- feeding ------------------------------------------------------------
    def set_rows(self, rows: list[CaseloadRow], *, sorted_by_name: bool = False) -> None:
        """Replace every row (after a reload); the filter and the sort order are kept.

        ``sorted_by_name``: the rows already come in the default order (folded last name, then
        first name, as ``storage/caseload_cache.read_rows`` gives them), so with that order chosen
        the start-up skips the sort.
        """
        self.beginResetModel()
        if len(self._folds) > 4 * len(rows) + 1000:
            self._folds.clear()  # keep the memo to about what the caseload needs
        default_order = self._sort_column == Column.LAST_NAME and self._sort_order == Qt.SortOrder.AscendingOrder
        if sorted_by_name and default_order:
            self._all = list(rows)
        else:
            self._all = self._sorted(list(rows), self._sort_column, self._sort_order)
        self._visible = apply_filter(self._all, self._filter)
        self.endResetModel()

    def set_filter(self, flt: CaseloadFilter) -> None:
        """Show only the rows the filter accepts, in the current sort order."""
        if flt == self._filter:
            return
        self.beginResetModel()
        self._filter = flt
        self._visible = apply_filter(self._all, flt)
        self.endResetModel()

    def set_today(self, today: Callable[[], date]) -> None:
        """The clock ages are counted with (the services' own, once they are attached)."""
        self._today = today

    def set_levels(self, levels: CodeList) -> None:
        """The counsellor changed level vocabulary: relabel the Level column."""
        self._levels = levels
        self._refresh_labels()
        if self._visible:
            self.dataChanged.emit(self.index(0, Column.LEVEL), self.index(len(self._visible) - 1, Column.LEVEL))

    def _refresh_labels(self) -> None:
        self._language = current_language()
        self._status_labels.clear()
        self._level_labels.clear()

    @property
    def current_filter(self) -> CaseloadFilter:
        return self._filter

    @property
    def total_count(self) -> int:
        return len(self._all)

    @property
    def visible_count(self) -> int:
        return len(self._visible)

    def row_at(self, index: _Index | int) -> CaseloadRow:
        row = index if isinstance(index, int) else index.row()
        return self._visible[row]

    def row_of(self, beneficiary_id: str) -> int:
        """Visible row number of a person, or -1 when filtered out or unknown."""
        for i, r in enumerate(self._visible):
            if r.id == beneficiary_id:
                return i
        return -1

    def visible_rows(self) -> list[CaseloadRow]:
        return list(self._visible)

    # -- Qt model interface -------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        col = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(_HEADERS[col])
        if role == Qt.ItemDataRole.ToolTipRole and col in _HEADER_TIPS:
            return _tr(_HEADER_TIPS[col])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._visible[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == ID_ROLE:
            return r.id
        if role == SORT_ROLE:
            return _sort_key(col, self)(r)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == Column.LEVEL:
                return self.level_full_label(r.level) or None
            if col == Column.STATUS:
                return self.status_full_label(r.status) or None
            if col in (Column.TARGET_JOB, Column.COMMUNE, Column.SITE):
                return self._display(r, col) or None
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (Column.AGE, Column.SESSIONS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, r: CaseloadRow, col: int) -> str:
        if col == Column.LAST_NAME:
            return r.last_name
        if col == Column.FIRST_NAME:
            return r.first_name
        if col == Column.AGE:
            return str(age_on(r.birth_date, self._today())) if r.birth_date else ""
        if col == Column.COMMUNE:
            return r.commune_name
        if col == Column.STATUS:
            return self.status_label(r.status)
        if col == Column.LEVEL:
            return self.level_label(r.level)
        if col == Column.LAST_CONTACT:
            return format_date(r.last_contact)
        if col == Column.SESSIONS:
            return str(r.sessions)
        if col == Column.TARGET_JOB:
            return r.target_job
        if col == Column.SITE:
            return r.site_name
        return ""

    def status_label(self, code: str | None) -> str:
        label = self._status_labels.get(code)
        if label is None:
            # "Suspendu – relais partenaire" → "Suspendu": the column stays narrow, the tooltip says all.
            label = self.status_full_label(code).split(" – ")[0]
            self._status_labels[code] = label
        return label

    def level_label(self, code: str | None) -> str:
        label = self._level_labels.get(code)
        if label is None:
            # The short part ("N2", "UO 2.1") fits the column; the full label is the tooltip.
            # A level from another vocabulary (the counsellor switched) still shows its code.
            label = self.level_full_label(code).split(" – ")[0] if code else ""
            self._level_labels[code] = label
        return label

    def status_full_label(self, code: str | None) -> str:
        return (referentials()["parcours_status"].label(code, self._language) or code or "") if code else ""

    def level_full_label(self, code: str | None) -> str:
        return (self._levels.label(code, self._language) or code or "") if code else ""

    # -- sorting ------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort every row (not only the visible ones) so later filtering keeps the order."""
        if not 0 <= column < len(Column):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self._visible[i.row()].id if 0 <= i.row() < len(self._visible) else None for i in persistent]
        self._sort_column, self._sort_order = column, order
        self._all = self._sorted(self._all, column, order)
        self._visible = apply_filter(self._all, self._filter)
        if persistent:
            where = {r.id: n for n, r in enumerate(self._visible)}
            new = [
                self.index(where[i], p.column()) if i is not None and i in where else QModelIndex()
                for p, i in zip(persistent, ids, strict=True)
            ]
            self.changePersistentIndexList(persistent, new)
        self.layoutChanged.emit()

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    def folded(self, text: str) -> str:
        """``fold`` with a memo: names, communes and jobs repeat a lot, and folding is the sort's cost."""
        value = self._folds.get(text)
        if value is None:
            value = self._folds[text] = fold(text)
        return value

    def name_key(self, r: CaseloadRow) -> tuple[str, str]:
        return (self.folded(r.last_name), self.folded(r.first_name))

    def _sorted(self, rows: list[CaseloadRow], column: int, order: Qt.SortOrder) -> list[CaseloadRow]:
        """Stable sort by name first, then by the column; empty values always last."""
        key = _sort_key(column, self)
        descending = order == Qt.SortOrder.DescendingOrder
        by_name = sorted(rows, key=self.name_key)
        if column == Column.LAST_NAME and not descending:
            return by_name
        if column in (Column.LAST_NAME, Column.FIRST_NAME):
            return sorted(by_name, key=key, reverse=descending)
        filled = [r for r in by_name if key(r) is not None]
        empty = [r for r in by_name if key(r) is None]
        return sorted(filled, key=key, reverse=descending) + empty


def _sort_key(column: int, model: CaseloadModel) -> Callable[[CaseloadRow], Any]:
    """Key per column: folded strings (accents ignored), real dates and numbers; None = empty."""
    f = model.folded
    if column == Column.LAST_NAME:
        return model.name_key
    if column == Column.FIRST_NAME:
        return lambda r: (f(r.first_name), f(r.last_name))
    if column == Column.AGE:
        # Older people have an earlier birth date: sort by age, not by the date.
        return lambda r: None if r.birth_date is None else -r.birth_date.toordinal()
    if column == Column.COMMUNE:
        return lambda r: f(r.commune_name) or None
    if column == Column.STATUS:
        return lambda r: f(model.status_label(r.status)) or None
    if column == Column.LEVEL:
        order = {c.code: n for n, c in enumerate(model._levels.codes)}
        return lambda r: None if r.level is None else (order.get(r.level, len(order)), r.level)
    if column == Column.LAST_CONTACT:
        return lambda r: r.last_contact
    if column == Column.SESSIONS:
        return lambda r: r.sessions
    if column == Column.TARGET_JOB:
        return lambda r: f(r.target_job) or None
    if column == Column.SITE:
        return lambda r: f(r.site_name) or None
    return model.name_key
