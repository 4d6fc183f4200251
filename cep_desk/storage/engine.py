"""SQLAlchemy engine over SQLCipher, configured for durability.

- Each pooled connection is opened by ``connection.connect`` (key, WAL,
  ``synchronous=FULL``, foreign keys, busy timeout).
- Python 3.11's sqlite3 legacy transaction handling is switched off
  (``isolation_level=None``) and we emit ``BEGIN`` ourselves, ``BEGIN
  IMMEDIATE`` for writers, so a write never fails half-way on a lock upgrade
  (SQLAlchemy's documented pysqlite recipe).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool
from sqlcipher3 import dbapi2 as sqlcipher

from cep_desk.storage.connection import connect as _connect

WRITER = {"cep_begin": "IMMEDIATE"}


def make_engine(path: Path, key: bytes, pool_size: int = 2) -> Engine:
    engine = create_engine(
        "sqlite+pysqlite://",
        creator=lambda: _connect(path, key),
        module=sqlcipher,
        poolclass=QueuePool,
        pool_size=pool_size,
        max_overflow=2,
        # Error messages end up in logs and exception details: never copy the
        # bound values (names, notes) into them.
        hide_parameters=True,
    )

    @event.listens_for(engine, "connect")
    def _no_legacy_tx(dbapi_conn, _record):  # type: ignore[no-untyped-def]
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn):  # type: ignore[no-untyped-def]
        mode = conn.get_execution_options().get("cep_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def probe(path: Path, key: bytes) -> None:
    """Open and read the schema once: raises sqlcipher errors on a bad key or file."""
    _connect(path, key).close()
