"""App-wide events on one object, so widgets never wire into each other."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    beneficiaryChanged = Signal(str)   # id of a created / edited / deleted person
    caseloadChanged = Signal()         # several people changed (import, demo…)
    settingsChanged = Signal()         # profile, sites, language
    openBeneficiary = Signal(str)      # ask the main window to open a file


_events: AppEvents | None = None


def app_events() -> AppEvents:
    global _events
    if _events is None:
        _events = AppEvents()
    return _events
