"""Schema migrations at start-up: backup first, one transaction, never half-done.

``HEAD`` is the newest revision this code knows; comparing it with the
store's ``alembic_version`` avoids loading Alembic at all on a normal start
(a test keeps ``HEAD`` equal to the script directory's head). A store whose
revision this code does not know was written by a newer version: we refuse
to touch it.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, text

from cep_desk.storage.connection import HEAD
from cep_desk.storage.engine import WRITER
from cep_desk.storage.errors import BackupFailed, MigrationFailed, StoreTooNew

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def current_revision(conn: Connection) -> str | None:
    has_table = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).first()
    if not has_table:
        return None
    row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    return row[0] if row else None


def _alembic_config():  # type: ignore[no-untyped-def]
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(_alembic_config()).walk_revisions()}


def script_head() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head() or ""


def upgrade(engine: Engine, backup: callable) -> str | None:  # type: ignore[valid-type]
    """Bring the store to HEAD. ``backup(label)`` copies the store first and returns its path.

    Returns the backup path when a migration ran, None when nothing was needed.
    """
    with engine.connect() as conn:
        rev = current_revision(conn)
        conn.rollback()
    if rev == HEAD:
        return None
    if rev is not None and rev not in known_revisions():
        raise StoreTooNew(f"unknown revision {rev}", revision=rev)
    backup_path = None
    if rev is not None:
        try:
            backup_path = backup(f"before-{HEAD}-{datetime.now():%Y%m%d-%H%M%S-%f}")
        except Exception as exc:  # disk full, read-only folder…: do not migrate without a copy
            raise BackupFailed(str(exc), detail=str(exc)) from exc
    from alembic import command

    cfg = _alembic_config()
    try:
        with engine.connect().execution_options(**WRITER) as conn, conn.begin():
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except Exception as exc:
        raise MigrationFailed(str(exc), backup=str(backup_path or "-")) from exc
    return str(backup_path) if backup_path else None
