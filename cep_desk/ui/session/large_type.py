"""The large type of the side-by-side mode, applied to every widget of a page.

Setting a larger font on a page is not enough: Qt does not propagate a font
to a widget that has a style sheet (the notes boxes, coloured labels), nor to
one whose font was set explicitly. So each widget's own size is noted before
the switch and set back to that size times the factor; switching back
restores the noted sizes. Widgets created while the mode is on (a row added)
are caught by ``refresh``.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

FACTOR = 1.6
DEFAULT_POINTS = 10.0


class LargeType:
    def __init__(self, roots: list[QWidget], base: QFont, factor: float = FACTOR):
        self.roots = roots
        self.factor = factor
        self.base = base.pointSizeF() if base.pointSizeF() > 0 else DEFAULT_POINTS
        self._sizes: dict[QWidget, float] = {}
        self.on = False

    def _widgets(self) -> list[QWidget]:
        out: list[QWidget] = []
        for root in self.roots:
            out.append(root)
            out.extend(root.findChildren(QWidget))
        return out

    def note_sizes(self) -> None:
        """Before anything changes (a step may set its own font when told): each widget's size."""
        self._sizes = {w: (w.font().pointSizeF() if w.font().pointSizeF() > 0 else self.base)
                       for w in self._widgets()}

    def apply(self, on: bool) -> None:
        self.on = on
        for w, size in list(self._sizes.items()):
            try:
                font = QFont(w.font())
                font.setPointSizeF(size * self.factor if on else size)
                w.setFont(font)
            except RuntimeError:  # deleted meanwhile (a row removed)
                self._sizes.pop(w, None)
        if not on:
            self._sizes.clear()

    def refresh(self) -> None:
        """While on: bring widgets created since (at the normal size) to the large size."""
        if not self.on:
            return
        for w in self._widgets():
            if w in self._sizes:
                continue
            size = w.font().pointSizeF() if w.font().pointSizeF() > 0 else self.base
            if size < self.base * self.factor * 0.95:
                self._sizes[w] = size
                font = QFont(w.font())
                font.setPointSizeF(size * self.factor)
                w.setFont(font)
            else:
                self._sizes[w] = size / self.factor
