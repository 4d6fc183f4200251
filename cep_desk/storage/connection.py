"""Opening the SQLCipher file with plain DB-API, without SQLAlchemy.

Kept apart from ``engine.py`` so the start-up path (``storage/early.py``)
can read the caseload before SQLAlchemy is even imported; the engine uses
the same function for every pooled connection, so both see the store the
same way:

- The raw 256-bit key is given with ``PRAGMA key = "x'…'"`` as the very first
  statement, so SQLCipher skips its own PBKDF2 (the key is already random or
  scrypt-derived) and opening stays fast.
- WAL with ``synchronous=FULL`` (WAL+NORMAL may lose the last commits on power
  loss), ``foreign_keys=ON``, a busy timeout.
"""

from __future__ import annotations

from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

DB_FILE = "cep-desk.db"
LOCK_FILE = "cep-desk.lock"
# SQLite's own checkpoint threshold, should the background checkpoint fall behind (~80 MB); see checkpoint.py.
SAFETY_PAGES = 20_000
# The newest schema revision this code knows (Alembic's ``alembic_version``); see migrate.py.
HEAD = "0007_caseload_cache"


def connect(path: Path, key: bytes) -> sqlcipher.Connection:
    """A connection with the key applied and proved; raises ``sqlcipher.DatabaseError`` on a bad key or file."""
    conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False, timeout=10)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA cipher_log_level = NONE")
        # Reading the schema is what proves the key (raises "file is not a database").
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 10000")
        conn.execute(f"PRAGMA wal_autocheckpoint = {SAFETY_PAGES}")
    except Exception:
        conn.close()
        raise
    return conn


def schema_revision(conn: sqlcipher.Connection) -> str | None:
    """The store's Alembic revision, None for a store never migrated."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone():
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None
