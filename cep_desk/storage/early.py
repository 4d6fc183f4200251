"""Start-up before the window exists: key, lock and caseload in a thread, without SQLAlchemy.

A counsellor double-clicks the icon in front of someone: the caseload should
be there at once. While the main thread imports Qt and builds the window,
this thread finds the key (keyring, ``CEP_DESK_PASSPHRASE`` or the demo key;
scrypt and SQLCipher release the GIL, so both cores work), takes the
single-instance lock, checks the schema is current and reads the caseload:
the cached snapshot when it is still exact (``caseload_cache.py``), else the
four queries. The window paints these rows, then the full store and services
(SQLAlchemy, Alembic's check, the page check) attach to it.

Anything that needs a person or a decision — no store yet, a passphrase to
type, a missing keyring entry, another instance, a migration, a damaged file —
makes ``open_early`` return None, and the normal path (with its dialogs and
messages) does everything as before. Nothing is ever written here.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

# Only what starting the thread needs is imported here: the rest (filelock, SQLCipher, the
# key) is imported by the thread itself, while the main thread imports Qt.
if TYPE_CHECKING:
    from filelock import FileLock
    from sqlcipher3 import dbapi2 as sqlcipher

    from cep_desk.domain.caseload import CaseloadRow

_PROFILE = "SELECT level_vocabulary FROM counsellor_profile WHERE deleted_at IS NULL LIMIT 1"
_SITES = "SELECT id, name FROM site WHERE deleted_at IS NULL AND active = 1 ORDER BY name"


@dataclass
class EarlyCaseload:
    """What the window needs to show the caseload before the services exist."""

    data_dir: Path
    key: bytes = field(repr=False)
    lock: FileLock = field(repr=False)
    rows: list[CaseloadRow]
    changes: int                # the caseload tables' change counter the rows reflect
    read_at: datetime
    from_snapshot: bool         # False: read with the queries (the snapshot is then worth saving)
    level_vocabulary: str | None
    sites: list[tuple[str, str]]  # active sites (id, name) by name, for the filter

    def release(self) -> None:
        """Give the lock back when the store will not be opened after all."""
        self.lock.release()


def open_early(data_dir: Path, now: Callable[[], datetime] = datetime.now) -> EarlyCaseload | None:
    """The caseload of the store in ``data_dir``, or None when the normal path must open it."""
    from cep_desk.storage.errors import StoreError
    from cep_desk.storage.keys import META_FILE, KeyManager

    data_dir = Path(data_dir)
    keys = KeyManager(data_dir)
    if not (data_dir / META_FILE).exists():
        return None
    try:
        key = keys.load()  # keyring, demo or environment; raises when someone has to be asked
    except StoreError:
        return None
    # The rest is imported once scrypt (which releases the GIL) has run beside Qt's import.
    from filelock import FileLock, Timeout

    from cep_desk.storage.connection import DB_FILE, LOCK_FILE

    path = data_dir / DB_FILE
    if not path.exists():
        return None
    # Not thread-local: taken here, it is released by the main thread (``Store.close``).
    lock = FileLock(str(data_dir / LOCK_FILE), timeout=0, thread_local=False)
    try:
        lock.acquire()
    except Timeout:
        return None
    try:
        early = _read(data_dir, path, key, lock, now())
    except Exception:  # damaged, locked by a writer…: the normal path will say what it is
        early = None
    if early is None:
        lock.release()
    return early


def _read(data_dir: Path, path: Path, key: bytes, lock: FileLock, moment: datetime) -> EarlyCaseload | None:
    from cep_desk.storage import caseload_cache
    from cep_desk.storage.connection import HEAD, connect, schema_revision

    conn: sqlcipher.Connection = connect(path, key)
    try:
        if schema_revision(conn) != HEAD:
            return None  # a migration (with its backup) or a newer store: the normal path decides
        cached = caseload_cache.load_snapshot(conn, moment)
        if cached is not None:
            rows, changes = cached
        else:
            from cep_desk.domain.places import commune_names

            rows, changes = caseload_cache.read_rows(conn, moment, commune_names)
        profile = conn.execute(_PROFILE).fetchone()
        sites = [(str(i), str(n)) for i, n in conn.execute(_SITES)]
    finally:
        conn.close()
    return EarlyCaseload(data_dir, key, lock, rows, changes, moment, cached is not None,
                         profile[0] if profile else None, sites)


class EarlyStart:
    """``open_early`` on its own thread, started at once; ``result()`` waits for it."""

    def __init__(self, data_dir: Path, now: Callable[[], datetime] = datetime.now):
        self._result: EarlyCaseload | None = None
        self._thread = threading.Thread(target=self._run, args=(Path(data_dir), now),
                                        name="cep-desk-early-open", daemon=True)
        self._thread.start()

    def _run(self, data_dir: Path, now: Callable[[], datetime]) -> None:
        try:
            self._result = open_early(data_dir, now)
        except Exception:  # never a reason not to start: the normal path takes over
            self._result = None

    def result(self) -> EarlyCaseload | None:
        self._thread.join()
        return self._result
