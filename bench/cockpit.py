"""The home view on the generated store: the cockpit read model plus filling the "Today" view,
ending with a synchronous repaint (target: ≤ 200 ms). Offscreen Qt, real clock, in process."""

from __future__ import annotations

import gc
import time
from pathlib import Path


def measure(store_path: Path, passphrase: str, runs: int = 20) -> dict[str, object]:
    from PySide6.QtWidgets import QApplication

    from cep_desk import i18n
    from cep_desk.services.facade import Services
    from cep_desk.storage.store import Store
    from cep_desk.ui.cockpit.home_view import CockpitView

    app = QApplication.instance() or QApplication([])
    i18n.install("fr")
    store = Store.open_dir(store_path, passphrase=passphrase)
    services = Services.for_store(store, actor="bench")
    view = CockpitView()
    view.resize(1280, 720)
    view.show()
    app.processEvents()
    services.cockpit()                      # warm-up: first reads fill the page cache
    gc.freeze()                             # as the app does once started (cep_desk/app.py)
    read_ms: list[float] = []
    total_ms: list[float] = []
    cockpit = None
    for _ in range(runs):
        t0 = time.perf_counter()
        cockpit = services.cockpit()
        t1 = time.perf_counter()
        view.fill(cockpit)
        view.tree.viewport().repaint()
        t2 = time.perf_counter()
        read_ms.append((t1 - t0) * 1000)
        total_ms.append((t2 - t0) * 1000)
    counts = {name: cockpit.count(name) for name in cockpit.sections} if cockpit else {}
    view.close()
    store.close()
    return {"read_ms": read_ms, "total_ms": total_ms, "counts": counts}


if __name__ == "__main__":     # python -m bench.cockpit: this measure alone, on the cached store
    import os

    from bench.generate import BENCH_PASSPHRASE, ensure_store
    from bench.stats import summary

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    result = measure(ensure_store(), BENCH_PASSPHRASE)
    print("read", summary(result["read_ms"]))  # type: ignore[arg-type]
    print("read + fill", summary(result["total_ms"]))  # type: ignore[arg-type]
    print(result["counts"])
    os._exit(0)
