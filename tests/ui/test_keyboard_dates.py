"""Keyboard users must be able to Tab past an empty optional date (it used to trap focus)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cep_desk.domain.places import commune_index
from cep_desk.ui.profile_form import ProfileForm


def test_tab_leaves_an_empty_date_and_walks_the_form(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = ProfileForm(lambda: date(2026, 11, 23), commune_index())
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    birth = form.birth_date.edit
    assert not form.birth_date.edit.is_set()
    birth.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is birth)
    qtbot.keyClick(birth, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not birth
    # And Tab keeps moving through many distinct widgets instead of sticking somewhere.
    seen = set()
    for _ in range(30):
        widget = QApplication.focusWidget()
        seen.add(id(widget))
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert len(seen) >= 15


def test_a_set_date_still_tabs_through_its_sections(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = ProfileForm(lambda: date(2026, 11, 23), commune_index())
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    birth = form.birth_date.edit
    birth.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is birth)
    qtbot.keyClicks(birth, "04051990")
    assert form.birth_date.edit.is_set()
    assert form.birth_date.edit.date().toString("dd/MM/yyyy") == "04/05/1990"
