"""Copy the WAL back into the database off the writer's path.

SQLite's automatic checkpoint runs inside the commit that crosses its threshold
(1,000 pages by default): with ``synchronous=FULL`` that commit also waits for
the copy and its fsync, so one save in a few takes ten times longer than the
others (measured: 250 ms instead of 30 ms for a 30-action plan). Here the
writer only nudges a background thread after each commit; the thread waits for
a quiet moment and runs a PASSIVE checkpoint, which never blocks writers or
readers. The automatic checkpoint stays on with a high threshold
(``SAFETY_PAGES``) in case this thread cannot keep up, and ``Store.close``
truncates the WAL so a closed store is one file again.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path

from sqlalchemy import Engine

from cep_desk.storage.connection import SAFETY_PAGES  # noqa: F401 - re-exported: the threshold belongs to this story

QUIET_SECONDS = 0.5          # let a burst of writes (a session save, an import batch) finish first
WAL_BYTES = 4 * 1024 * 1024  # checkpoint once the WAL holds about this much


class Checkpointer:
    def __init__(self, engine: Engine, db_path: Path):
        self._engine = engine
        self._wal = Path(f"{db_path}-wal")
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="wal-checkpoint", daemon=True)
        self._thread.start()

    def nudge(self) -> None:
        """After a commit: cheap, never blocks."""
        self._wake.set()

    def wal_size(self) -> int:
        try:
            return self._wal.stat().st_size
        except OSError:
            return 0

    def checkpoint(self, mode: str = "PASSIVE") -> None:
        with self._engine.connect() as conn:
            conn.exec_driver_sql(f"PRAGMA wal_checkpoint({mode})").fetchall()
            conn.rollback()

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.wait()
            if self._stop.is_set():
                return
            self._wake.clear()
            # Wait until no write has come for a moment: checkpoint between bursts, not during one.
            while self._wake.wait(QUIET_SECONDS) and not self._stop.is_set():
                self._wake.clear()
            if self._stop.is_set():
                return
            if self.wal_size() >= WAL_BYTES:
                # A busy or closing store: the next nudge tries again, SQLite's own checkpoint is the backstop.
                with contextlib.suppress(Exception):
                    self.checkpoint()

    def stop(self, fold: bool = True) -> None:
        """Before the engine is disposed; ``fold``: then fold the WAL in once (TRUNCATE leaves it
        empty). Not for a store found damaged while opening: leave its files as they are."""
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout=10)
        if fold:
            with contextlib.suppress(Exception):  # another process reading: the WAL simply stays
                self.checkpoint("TRUNCATE")
