"""The local store: one encrypted SQLite file in a data folder.

Opening does, in order: take the single-instance lock, check the key against
``store.json``, open SQLCipher, back up and migrate if needed, quick-check.
Each failure becomes a ``StoreError`` with a message for the user; the file
is never overwritten by a failed open.
"""

from __future__ import annotations

import contextlib
import hmac
from collections.abc import Iterator
from pathlib import Path

from filelock import FileLock, Timeout
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlcipher3 import dbapi2 as sqlcipher

from cep_desk.storage import migrate
from cep_desk.storage.checkpoint import Checkpointer
from cep_desk.storage.connection import DB_FILE, LOCK_FILE
from cep_desk.storage.engine import WRITER, _connect, make_engine
from cep_desk.storage.errors import (
    DiskFull,
    StoreCorrupted,
    StoreError,
    StoreLocked,
    StoreMissing,
    WriteFailed,
    WrongKey,
)
from cep_desk.storage.keys import KeyManager, StoreMeta, key_check, parse_recovery_key

BACKUP_DIR = "backups"


def _is_disk_full(exc: BaseException) -> bool:
    text_ = str(exc).lower()
    return "disk is full" in text_ or "database or disk is full" in text_ or "no space" in text_


def _is_damage(exc: DBAPIError) -> bool:
    """A SQLite error that means a damaged file (not a lock, not a full disk)."""
    if not isinstance(exc.orig, sqlcipher.DatabaseError) or _is_disk_full(exc):
        return False
    text_ = str(exc.orig).lower()
    return "locked" not in text_ and "busy" not in text_


class Store:
    def __init__(self, data_dir: Path, key: bytes, engine: Engine, lock: FileLock | None):
        self.data_dir = data_dir
        self.path = data_dir / DB_FILE
        self._key = key
        self.engine = engine
        self._lock = lock
        self._reader = sessionmaker(engine, expire_on_commit=False)
        self._writer = sessionmaker(engine.execution_options(**WRITER), expire_on_commit=False)
        self.last_migration_backup: str | None = None
        self._checkpointer = Checkpointer(engine, self.path)

    # -- opening ------------------------------------------------------------
    @classmethod
    def open(cls, data_dir: Path, key: bytes, *, lock: bool = True, quick_check: bool = True,
             create: bool = False, held_lock: FileLock | None = None) -> Store:
        """Open with the key. ``quick_check=False`` leaves the page check to the caller, which
        the window runs in the background after its first paint (it reads the whole file).
        ``held_lock``: the single-instance lock, already taken by the start-up path (``early.py``);
        the store releases it on close, or at once when opening fails."""
        data_dir = Path(data_dir)
        data_dir.mkdir(parents=True, exist_ok=True)
        meta = StoreMeta.load(data_dir)
        if meta and meta.key_check and not hmac.compare_digest(key_check(key), meta.key_check):
            if held_lock is not None:
                held_lock.release()
            raise WrongKey("key check mismatch")
        file_lock = held_lock
        if lock and file_lock is None:
            file_lock = FileLock(str(data_dir / LOCK_FILE), timeout=0)
            try:
                file_lock.acquire()
            except Timeout as exc:
                raise StoreLocked(str(exc)) from exc
        try:
            path = data_dir / DB_FILE
            if meta is not None and (not path.exists() or path.stat().st_size == 0) and not create:
                # The key file says a store lives here: never quietly start an empty one.
                raise StoreMissing(f"{path} missing or empty", detail=str(path))
            try:
                _connect(path, key).close()
            except sqlcipher.DatabaseError as exc:
                if meta is None or not meta.key_check:
                    raise WrongKey(str(exc)) from exc
                raise StoreCorrupted(str(exc), detail=str(exc)) from exc
            store = cls(data_dir, key, make_engine(path, key), file_lock)
            try:
                store.last_migration_backup = migrate.upgrade(store.engine, store.backup)
                problems = store.integrity_check(quick=True) if quick_check else []
                if problems:
                    raise StoreCorrupted("; ".join(problems), detail="; ".join(problems[:3]))
            except DBAPIError as exc:
                # A damaged page met while reading the schema version: the key was
                # right (page 1 decrypted), so the file itself is damaged.
                store._checkpointer.stop(fold=False)
                store.engine.dispose()
                if _is_damage(exc):
                    raise StoreCorrupted(str(exc.orig), detail=str(exc.orig)) from exc
                raise
            except BaseException:
                store._checkpointer.stop(fold=False)
                store.engine.dispose()
                raise
            return store
        except BaseException:
            if file_lock is not None:
                file_lock.release()
            raise

    @classmethod
    def check_recovery_key(cls, data_dir: Path, recovery_key: str) -> bytes:
        """The raw key, once proved to open the database in ``data_dir`` (for a lost ``store.json``).

        Raises ``WrongKey`` when the text is not a recovery key or does not open this database,
        ``StoreLocked`` when another CEP Desk has the store open.
        """
        key = parse_recovery_key(recovery_key)
        file_lock = FileLock(str(Path(data_dir) / LOCK_FILE), timeout=0)
        try:
            file_lock.acquire()
        except Timeout as exc:
            raise StoreLocked(str(exc)) from exc
        try:
            _connect(Path(data_dir) / DB_FILE, key).close()
        except sqlcipher.DatabaseError as exc:
            raise WrongKey(str(exc)) from exc
        finally:
            file_lock.release()
        return key

    @classmethod
    def open_dir(
        cls,
        data_dir: Path,
        *,
        create_mode: str | None = None,
        passphrase: str | None = None,
        recovery_key: str | None = None,
        lock: bool = True,
        quick_check: bool = True,
    ) -> Store:
        """Find the key (keyring, passphrase or recovery key) and open; create when asked."""
        keys = KeyManager(Path(data_dir))
        existed = keys.store_exists()
        if not existed:
            if create_mode is None:
                raise StoreError("no store in this folder")
            key = keys.create(create_mode, passphrase)
        else:
            key = keys.load(passphrase=passphrase, recovery_key=recovery_key)
            if recovery_key:
                keys.remember_in_keyring(key)
        return cls.open(Path(data_dir), key, lock=lock, quick_check=quick_check, create=create_mode is not None
                        and not existed)

    def close(self) -> None:
        self._checkpointer.stop()
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def recovery_key_bytes(self) -> bytes:
        return self._key

    # -- sessions -------------------------------------------------------------
    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        with self._reader() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """One ``BEGIN IMMEDIATE`` transaction: all of it commits, or none of it."""
        session = self._writer()
        try:
            yield session
            session.commit()
            self._checkpointer.nudge()
        except (OperationalError, DBAPIError) as exc:
            session.rollback()
            if _is_disk_full(exc):
                raise DiskFull(str(exc)) from exc
            raise WriteFailed(str(exc), detail=str(getattr(exc, "orig", exc))) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    # -- maintenance ----------------------------------------------------------
    def integrity_check(self, quick: bool = False) -> list[str]:
        pragma = "quick_check" if quick else "integrity_check"
        with self.engine.connect() as conn:
            try:
                rows = [r[0] for r in conn.exec_driver_sql(f"PRAGMA {pragma}")]
                if not quick:
                    rows += [r[0] for r in conn.exec_driver_sql("PRAGMA cipher_integrity_check")]
                    rows += [
                        f"foreign key: {r[0]} row {r[1]} -> {r[2]}"
                        for r in conn.exec_driver_sql("PRAGMA foreign_key_check")
                    ]
            except DBAPIError as exc:
                # SQLCipher stops the check with an error on a page whose HMAC fails.
                if not _is_damage(exc):
                    raise
                rows = [f"{pragma} stopped: {exc.orig}"]
            conn.rollback()
        return [r for r in rows if r and r != "ok"]

    def backup(self, label: str) -> Path:
        """Copy the live store with SQLite's online backup API, encrypted with the same key."""
        target = self.data_dir / BACKUP_DIR / f"cep-desk-{label}.db"
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".tmp")
        if tmp.exists():
            tmp.unlink()
        src = _connect(self.path, self._key)
        try:
            dst = _connect(tmp, self._key)
            try:
                src.backup(dst)
            finally:
                dst.close()
        except BaseException:
            for leftover in (tmp, Path(str(tmp) + "-wal"), Path(str(tmp) + "-shm")):
                leftover.unlink(missing_ok=True)  # a failed copy must not look like a backup
            raise
        finally:
            src.close()
        for suffix in ("-wal", "-shm"):
            extra = Path(str(tmp) + suffix)
            if extra.exists():
                extra.unlink()
        tmp.replace(target)
        return target

    def schema_revision(self) -> str | None:
        with self.engine.connect() as conn:
            rev = migrate.current_revision(conn)
            conn.rollback()
        return rev

    def count(self, table: str) -> int:
        with self.engine.connect() as conn:
            n = conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            conn.rollback()
        return int(n)
