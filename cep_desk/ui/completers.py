"""Autocomplete for communes ("Millau (12100)") and ROME job titles.

The indexes are in memory (``commune_index``, ``job_index``), so each
keystroke asks them directly for 20 answers and the popup shows exactly those:
no Qt-side filtering, no prefix rules that would hide "Saint-Affrique" when
the counsellor types "affrique". The completer is attached with
``setWidget`` (not ``QLineEdit.setCompleter``) so the line edit's text only
changes when an answer is chosen, and ``picked`` hands the chosen object over.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit

from cep_desk.domain.jobs import JobTitle, job_index
from cep_desk.domain.places import Commune, CommuneIndex, commune_index
from cep_desk.domain.text import fold

Choice = tuple[str, Any]  # (what the popup shows, what ``picked`` hands over)
_ModelIndex = QModelIndex | QPersistentModelIndex


class ChoiceModel(QAbstractListModel):
    """The answers of the last search, replaced wholesale on each keystroke."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._items: list[Choice] = []

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return self._items[index.row()][0]
        return None

    def set_items(self, items: list[Choice]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> Choice:
        return self._items[row]

    def items(self) -> list[Choice]:
        return list(self._items)


class SearchCompleter(QCompleter):
    """A popup of search answers under a line edit; keyboard: type, Down, Enter (Escape closes)."""

    picked = Signal(object)

    def __init__(self, line_edit: QLineEdit, search: Callable[[str], list[Choice]], limit: int = 20):
        super().__init__(line_edit)
        self._line_edit = line_edit
        self._search = search
        self.limit = limit
        self.choices = ChoiceModel(self)
        self.setModel(self.choices)
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setMaxVisibleItems(12)
        self.setWidget(line_edit)
        # Not self.tr: PySide looks it up under the subclass's name (CommuneCompleter…), lupdate under this one.
        self.popup().setAccessibleName(QCoreApplication.translate("SearchCompleter", "Suggestions"))
        line_edit.textEdited.connect(self.update_for)
        self.activated[QModelIndex].connect(self._on_activated)

    def update_for(self, text: str) -> None:
        """Search for ``text`` and show the answers (or hide the popup when there are none)."""
        self.propose(self._search(text) if text.strip() else [])

    def propose(self, items: list[Choice]) -> None:
        self.choices.set_items(items)
        if items and self._line_edit.isVisible():
            self.complete()
        else:
            self.popup().hide()

    def _on_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        display, payload = self.choices.item(index.row())
        self._line_edit.setText(display)
        self.picked.emit(payload)


@dataclass(frozen=True)
class CommuneChoice:
    """A commune with the postal code the counsellor meant (some communes have several)."""

    commune: Commune
    postal_code: str

    @property
    def display(self) -> str:
        return f"{self.commune.name} ({self.postal_code})" if self.postal_code else self.commune.display


def commune_choice(commune: Commune, postal_code: str = "") -> CommuneChoice:
    pcs = commune.postal_codes
    if postal_code in pcs:
        return CommuneChoice(commune, postal_code)
    starting = [p for p in pcs if postal_code and p.startswith(postal_code)]
    return CommuneChoice(commune, starting[0] if starting else (pcs[0] if pcs else ""))


def commune_choices(text: str, limit: int = 20, places: CommuneIndex | None = None) -> list[Choice]:
    places = places or commune_index()
    text = text.strip()
    hint = text if text.isdigit() else ""
    out = []
    for c in places.search(text, limit=limit):
        ch = commune_choice(c, hint)
        out.append((ch.display, ch))
    return out


def communes_for_postal_code(postal_code: str, places: CommuneIndex | None = None) -> list[CommuneChoice]:
    """Communes sharing a postal code, largest first (12400 → Saint-Affrique before hamlets)."""
    places = places or commune_index()
    found = sorted(places.by_postal_code(postal_code.strip()), key=lambda c: (-c.population, c.name))
    return [CommuneChoice(c, postal_code.strip()) for c in found]


def resolve_commune(text: str, postal_code: str = "", places: CommuneIndex | None = None) -> CommuneChoice | None:
    """What a typed-but-not-chosen commune text unambiguously means, if anything.

    "Millau (12100)" or "millau" resolve; "Saint" does not (too many), so the
    form asks the counsellor to choose from the list rather than guess.
    """
    places = places or commune_index()
    text = text.strip()
    if not text:
        return None
    name, _, rest = text.partition(" (")
    pc_hint = rest.rstrip(")").strip() if rest else postal_code.strip()
    folded = fold(name)
    if pc_hint and pc_hint.isdigit():
        exact = [c for c in places.by_postal_code(pc_hint) if fold(c.name) == folded]
        if len(exact) == 1:
            return commune_choice(exact[0], pc_hint)
    matches = [c for c in places.search(name, limit=50) if fold(c.name) == folded]
    if len(matches) == 1:
        return commune_choice(matches[0], pc_hint)
    return None


class CommuneCompleter(SearchCompleter):
    """Type a name ("mill") or a postal code ("121"): choose "Millau (12100)"."""

    def __init__(self, line_edit: QLineEdit, places: CommuneIndex | None = None):
        super().__init__(line_edit, lambda text: commune_choices(text, self.limit, self.places))
        self._places = places

    @property
    def places(self) -> CommuneIndex:
        """The 35,000 communes, read on the first keystroke: a screen that has this field opens at once."""
        if self._places is None:
            self._places = commune_index()
        return self._places

    def propose_postal_code(self, postal_code: str) -> None:
        """Offer the communes of a postal code typed elsewhere (the postal code field)."""
        self.propose([(ch.display, ch) for ch in communes_for_postal_code(postal_code, self.places)])


def job_choices(text: str, limit: int = 20) -> list[Choice]:
    return [(job_display(t), t) for t in job_index().search(text, limit=limit)]


def job_display(title: JobTitle) -> str:
    return f"{title.label} ({title.code_rome})"


class JobCompleter(SearchCompleter):
    """ROME 4.0 job titles: "Boulanger / Boulangère (D1102)"."""

    def __init__(self, line_edit: QLineEdit):
        super().__init__(line_edit, lambda text: job_choices(text, self.limit))
