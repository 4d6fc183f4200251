"""The start-up page check, run in the background after the caseload is shown.

``PRAGMA quick_check`` reads every page: close to a second on a large store.
The counsellor should not wait for it in front of someone, but must hear
about damage: the result comes back on the UI thread and a damaged store is
reported at once, with what to do.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox

from cep_desk.storage.errors import StoreCorrupted
from cep_desk.storage.store import Store

DELAY_MS = 1500  # let the first interactions go first


class _Relay(QObject):
    finished = Signal(list)


def check_in_background(window: QMainWindow, store: Store) -> _Relay:
    relay = _Relay(window)

    def work() -> None:
        try:
            problems = store.integrity_check(quick=True)
        except Exception as exc:  # the store closed under us (quit), or a read error: report it
            problems = [str(exc)]
        relay.finished.emit(problems)

    def report(problems: list) -> None:
        # An explicit context: ``window.tr`` would be looked up under the window's class name,
        # not where lupdate files it, and stay in English.
        status = window.statusBar()
        if not problems:
            status.showMessage(QCoreApplication.translate("StoreCheck", "Store checked: no damage found."), 10_000)
            return
        error = StoreCorrupted("; ".join(problems), detail="; ".join(str(p) for p in problems[:2]))
        QMessageBox.warning(window, QCoreApplication.translate("StoreCheck", "Damaged store"),
                            error.render(QCoreApplication.translate))

    relay.finished.connect(report)
    QTimer.singleShot(DELAY_MS, lambda: threading.Thread(target=work, name="store-check", daemon=True).start())
    return relay
