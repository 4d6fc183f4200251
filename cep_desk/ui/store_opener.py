"""Open the store off the main thread, once the early caseload is on screen.

Importing SQLAlchemy and the services takes about 0.4 s, far longer than the
rest of the start-up: done on the main thread it would freeze the caseload
the counsellor already sees (no typing in the search box). A worker thread
imports them and opens the store with the key and lock the early read
already holds; ``opened`` then brings the store (or the error) back to the
main thread, where the window attaches the services.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

if TYPE_CHECKING:
    from cep_desk.storage.early import EarlyCaseload
    from cep_desk.storage.store import Store


class StoreOpener(QObject):
    """``start()`` opens the store on a thread; ``opened(store, error)`` arrives on the main thread."""

    opened = Signal(object, object)  # Store | None, BaseException | None
    _done = Signal(object, object)   # emitted on the worker, delivered (queued) to this object's thread

    def __init__(self, early: EarlyCaseload, parent: QObject | None = None):
        super().__init__(parent)
        self._early = early
        self._thread: threading.Thread | None = None
        self.store: Store | None = None
        self._done.connect(self._deliver)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._open, name="cep-desk-store-open", daemon=True)
        self._thread.start()

    def _open(self) -> None:
        try:
            import cep_desk.services.facade  # noqa: F401 - imported here, not on the main thread
            from cep_desk.storage.store import Store

            early = self._early
            store = Store.open(early.data_dir, early.key, quick_check=False, held_lock=early.lock)
        except BaseException as exc:  # brought to the main thread, which says what it is
            self._done.emit(None, exc)
            return
        self.store = store
        self._done.emit(store, None)

    @Slot(object, object)
    def _deliver(self, store: Store | None, error: BaseException | None) -> None:
        self.opened.emit(store, error)

    def wait(self, timeout: float = 10.0) -> Store | None:
        """For quitting before the store arrived: wait for the thread, return what it opened."""
        if self._thread is not None:
            self._thread.join(timeout)
        return self.store
