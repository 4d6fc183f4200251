"""Import a data·inclusion file in a background thread, with progress and cancel.

The import writes batch by batch (one transaction each, see
services/partner_import.py), so cancelling keeps the batches already done and
never half a batch. The window stays responsive: the worker only emits signals.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from cep_desk.services.facade import Services
from cep_desk.services.partner_import import ImportReport


class ImportWorker(QObject):
    """Runs the import in a plain Python thread; this object stays in the window's thread, so
    its signals reach the window queued, and nothing Qt is created or deleted off that thread."""

    progress = Signal(int)            # per mille of the file read
    finished = Signal(object)         # ImportReport
    failed = Signal(object)           # an exception (store problem…)

    def __init__(self, services: Services, path: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.services = services
        self.path = path
        self.cancel_event = threading.Event()  # set from the window's thread to stop after the batch
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self.run, name="partner-import", daemon=True)
        self._thread.start()

    def wait(self, timeout_s: float) -> bool:
        """True once the import thread has ended (or never started)."""
        if self._thread is not None:
            self._thread.join(timeout_s)
            return not self._thread.is_alive()
        return True

    def run(self) -> None:
        def on_progress(done: int, total: int) -> None:
            self.progress.emit(int(1000 * done / total) if total else 0)

        try:
            report: ImportReport = self.services.partner_import.run(self.path, on_progress, self.cancel_event.is_set)
            self.services.partner_search.warm_up()   # the search index too, off the window's thread
        except Exception as exc:  # reported to the window, which says it in a sentence
            self.failed.emit(exc)
            return
        self.finished.emit(report)


class WarmUp(QObject):
    """Builds the search index in a background thread (one or two seconds for 100,000 services)."""

    done = Signal()

    def __init__(self, services: Services):
        super().__init__()
        self.services = services

    def start(self) -> None:
        threading.Thread(target=self._run, name="partner-index", daemon=True).start()

    def _run(self) -> None:
        try:
            self.services.partner_search.warm_up()
        finally:
            self.done.emit()   # queued to the window's thread: the search then runs at once


def start_import(services: Services, path: Path, parent: QObject) -> ImportWorker:
    """Start the import in the background; the worker reports through its signals."""
    worker = ImportWorker(services, path, parent)
    worker.start()
    return worker
