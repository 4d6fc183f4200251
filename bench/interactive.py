"""In-process measures on the real main window: search keystrokes, opening a
file, resident memory. Offscreen Qt; each timing ends after a synchronous
repaint so drawing counts too. Files are opened at a human pace (half a
second apart), so the window's idle-time work — keeping an empty file ready —
happens as it would in use; memory is read after opening and closing them all."""

from __future__ import annotations

import gc
import random
import time
from pathlib import Path

QUERIES = ["martin", "millau", "aide soignant", "rodez", "garcia", "saint", "cariste", "dubois",
           "helene", "comptable", "albi", "nguyen"]


IDLE_BETWEEN_OPENS_S = 0.5


def _idle(app, seconds: float) -> None:  # type: ignore[no-untyped-def]
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.005)


def _wait(app, predicate, timeout: float = 2.0) -> None:  # type: ignore[no-untyped-def]
    end = time.perf_counter() + timeout
    while not predicate():
        app.processEvents()
        if time.perf_counter() > end:
            raise TimeoutError("the window did not update in time")


def measure(store_path: Path, passphrase: str, opens: int = 60) -> dict[str, object]:
    import psutil
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from cep_desk import i18n
    from cep_desk.services.facade import Services
    from cep_desk.storage.store import Store
    from cep_desk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    i18n.install("fr")
    store = Store.open_dir(store_path, passphrase=passphrase)
    services = Services.for_store(store, actor="bench")
    window = MainWindow(services)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    gc.freeze()  # as the app does once started (cep_desk/app.py)

    model = window.model
    resets: list[float] = []
    model.modelReset.connect(lambda: resets.append(time.perf_counter()))
    box = window.search_box
    keystrokes: list[float] = []
    for query in QUERIES:
        box.clear()
        app.processEvents()
        for ch in query:
            before = len(resets)
            t0 = time.perf_counter()
            QTest.keyClick(box, ch)
            _wait(app, lambda b=before: len(resets) > b)
            window.table.viewport().repaint()
            keystrokes.append((time.perf_counter() - t0) * 1000)
    box.clear()
    app.processEvents()

    ids = sorted(r.id for r in services.caseload())  # the same people whatever order the caseload comes in
    rng = random.Random(1)
    open_times: list[float] = []
    for bid in rng.sample(ids, min(opens, len(ids))):
        _idle(app, IDLE_BETWEEN_OPENS_S)  # a counsellor does not open two files in the same second
        t0 = time.perf_counter()
        widget = window.open_beneficiary(bid)
        app.processEvents()
        if widget is not None:
            widget.repaint()
        open_times.append((time.perf_counter() - t0) * 1000)
        window.close_tab(window.tabs.indexOf(widget))  # the way Ctrl+W closes it
        # The event loop would run the deferred deletes; processEvents() alone does not.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    rss = psutil.Process().memory_info().rss / 2**20
    people = store.count("beneficiary")
    sessions = store.count("interview")
    window.close()
    store.close()
    return {"keystrokes_ms": keystrokes, "open_ms": open_times, "rss_mb": rss,
            "people": people, "sessions": sessions}
