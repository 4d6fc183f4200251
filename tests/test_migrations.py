"""Schema migrations: fresh stores reach HEAD, the ORM matches the migrated
schema, an existing store is backed up before a migration, and a failing
migration leaves the store exactly as it was."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import alembic.command
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlcipher3 import dbapi2 as sqlcipher

from cep_desk.storage import migrate
from cep_desk.storage.engine import make_engine
from cep_desk.storage.errors import MigrationFailed, StoreTooNew
from cep_desk.storage.keys import KeyManager
from cep_desk.storage.models import Base
from cep_desk.storage.store import BACKUP_DIR, DB_FILE, Store

FIRST = migrate.HEAD  # the newest revision this code ships


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tables(store: Store) -> set[str]:
    with store.engine.connect() as conn:
        names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
        conn.rollback()
    return names


def scripts_with(tmp_path: Path, revision: str, body: str) -> Path:
    """A copy of the shipped migrations plus one more revision after HEAD."""
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / f"{revision}.py").write_text(
        f'"""{revision}"""\n'
        "import sqlalchemy as sa\n"
        "from alembic import op\n\n"
        f"revision = {revision!r}\n"
        f"down_revision = {migrate.HEAD!r}\n"
        "branch_labels = None\n"
        "depends_on = None\n\n\n"
        "def upgrade():\n" + body + "\n\n"
        "def downgrade():\n"
        "    pass\n",
        encoding="utf-8",
    )
    return folder


def new_code(monkeypatch: pytest.MonkeyPatch, folder: Path, revision: str) -> None:
    """Pretend to be a newer CEP Desk whose newest revision is ``revision``."""
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", folder)
    monkeypatch.setattr(migrate, "HEAD", revision)


def make_store(data_dir: Path, people: int = 3) -> None:
    store = Store.open_dir(data_dir, create_mode="keyring")
    with store.write() as s:
        for i in range(people):
            s.execute(text("INSERT INTO app_setting(key, value) VALUES (:k, '1')"), {"k": f"k{i}"})
    store.close()


# -- the shipped migrations ------------------------------------------------------------


def test_head_constant_matches_the_scripts() -> None:
    assert migrate.HEAD == migrate.script_head()
    assert migrate.HEAD in migrate.known_revisions()


def test_new_store_is_at_head_with_every_table(store: Store) -> None:
    assert store.schema_revision() == migrate.HEAD
    assert set(Base.metadata.tables) <= tables(store)
    assert store.last_migration_backup is None  # nothing to back up in a new store
    assert not (store.data_dir / BACKUP_DIR).exists()


def test_orm_metadata_matches_migrated_schema(store: Store) -> None:
    with store.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        conn.rollback()
    assert diffs == []


def test_orm_indexes_exist_in_migrated_schema(store: Store) -> None:
    with store.engine.connect() as conn:
        insp = inspect(conn)
        for table in Base.metadata.sorted_tables:
            wanted = {ix.name for ix in table.indexes}
            got = {ix["name"] for ix in insp.get_indexes(table.name)}
            assert wanted <= got, table.name
        conn.rollback()


def test_reopening_does_not_run_migrations_again(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_store(data_dir)

    def must_not_run(*_a, **_k):  # type: ignore[no-untyped-def]
        raise AssertionError("alembic upgrade ran on a store already at HEAD")

    monkeypatch.setattr(alembic.command, "upgrade", must_not_run)
    store = Store.open_dir(data_dir)
    try:
        assert store.last_migration_backup is None
        assert store.schema_revision() == migrate.HEAD
        assert store.count("app_setting") == 3
    finally:
        store.close()
    assert not (data_dir / BACKUP_DIR).exists()


def test_upgrade_on_an_empty_database_creates_everything_without_backup(data_dir: Path) -> None:
    key = KeyManager(data_dir).create("keyring")
    engine = make_engine(data_dir / DB_FILE, key)
    calls: list[str] = []
    try:
        assert migrate.upgrade(engine, lambda label: calls.append(label)) is None
        with engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.HEAD
            names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
            conn.rollback()
        assert set(Base.metadata.tables) <= names
        assert calls == []
        assert migrate.upgrade(engine, lambda label: calls.append(label)) is None  # idempotent
    finally:
        engine.dispose()


# -- failures ----------------------------------------------------------------------------


def test_failed_first_migration_leaves_no_half_schema(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def half_then_fail(cfg, _target):  # type: ignore[no-untyped-def]
        conn = cfg.attributes["connection"]
        conn.exec_driver_sql("CREATE TABLE half_done (x INTEGER)")
        conn.exec_driver_sql("INSERT INTO half_done VALUES (1)")
        raise RuntimeError("migration broke half-way")

    monkeypatch.setattr(alembic.command, "upgrade", half_then_fail)
    with pytest.raises(MigrationFailed) as info:
        Store.open_dir(data_dir, create_mode="keyring")
    assert info.value.params["backup"] == "-"  # no previous revision, so no backup
    assert not (data_dir / BACKUP_DIR).exists()
    assert "half-way" in info.value.detail

    monkeypatch.undo()
    store = Store.open_dir(data_dir)  # the next start finishes the job
    try:
        assert store.schema_revision() == migrate.HEAD
        assert "half_done" not in tables(store)
    finally:
        store.close()


def test_failed_migration_of_an_existing_store_changes_nothing(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_store(data_dir)
    db = data_dir / DB_FILE
    before = file_hash(db)
    folder = scripts_with(tmp_path, "0002_broken", (
        '    op.create_table("half_done", sa.Column("x", sa.Integer))\n'
        '    op.execute("INSERT INTO half_done VALUES (1)")\n'
        '    op.execute("DELETE FROM app_setting")\n'
        '    raise RuntimeError("0002 cannot finish")'
    ))
    new_code(monkeypatch, folder, "0002_broken")
    assert migrate.script_head() == "0002_broken"

    with pytest.raises(MigrationFailed) as info:
        Store.open_dir(data_dir)
    backup = Path(info.value.params["backup"])
    assert backup.exists() and backup.parent == data_dir / BACKUP_DIR
    assert str(backup) in info.value.render()
    assert file_hash(db) == before

    # The backup is a usable copy of the store as it was.
    key = KeyManager(data_dir).load()
    raw = sqlcipher.connect(str(backup))
    raw.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    try:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == FIRST
        assert raw.execute("SELECT count(*) FROM app_setting").fetchone()[0] == 3
    finally:
        raw.close()

    monkeypatch.undo()
    store = Store.open_dir(data_dir)  # the old version still opens it, at the old revision
    try:
        assert store.schema_revision() == FIRST
        assert "half_done" not in tables(store)
        assert store.count("app_setting") == 3
    finally:
        store.close()


def test_successful_migration_backs_up_first_and_old_code_then_refuses(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_store(data_dir)
    folder = scripts_with(tmp_path, "0002_more", (
        '    op.create_table("extra", sa.Column("id", sa.Integer, primary_key=True))'
    ))
    new_code(monkeypatch, folder, "0002_more")
    store = Store.open_dir(data_dir)
    try:
        assert store.schema_revision() == "0002_more"
        assert "extra" in tables(store)
        assert store.count("app_setting") == 3
        backup = Path(store.last_migration_backup or "")
        assert backup.exists() and backup.parent == data_dir / BACKUP_DIR
    finally:
        store.close()

    # Reopening with the newer code does not migrate (nor back up) again.
    store = Store.open_dir(data_dir)
    store.close()
    assert store.last_migration_backup is None
    assert list((data_dir / BACKUP_DIR).iterdir()) == [backup]

    # The older version meets a store it does not know: it refuses and leaves it alone.
    monkeypatch.undo()
    before = file_hash(data_dir / DB_FILE)
    with pytest.raises(StoreTooNew) as info:
        Store.open_dir(data_dir)
    assert "0002_more" in info.value.render()
    assert file_hash(data_dir / DB_FILE) == before
    assert list((data_dir / BACKUP_DIR).iterdir()) == [backup]


def test_store_at_the_first_revision_is_upgraded_after_a_backup(data_dir: Path) -> None:
    """A real upgrade path: a store left at 0001 (as the first release wrote it) reaches HEAD."""
    from alembic import command

    from cep_desk.storage.engine import WRITER

    make_store(data_dir)
    store = Store.open_dir(data_dir)
    cfg = migrate._alembic_config()
    with store.engine.connect().execution_options(**WRITER) as conn, conn.begin():
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001_initial")
    store.close()

    store = Store.open_dir(data_dir)
    try:
        assert store.schema_revision() == migrate.HEAD
        assert store.count("app_setting") == 3
        backup = Path(store.last_migration_backup or "")
        assert backup.exists() and f"before-{migrate.HEAD}" in backup.name
        with store.engine.connect() as conn:
            indexes = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='index'")}
            conn.rollback()
        assert {"ix_interview_caseload", "ix_accompaniment_caseload"} <= indexes
    finally:
        store.close()


def test_a_failed_backup_stops_the_migration_with_a_clear_message(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cep_desk.storage.errors import BackupFailed

    make_store(data_dir)
    db = data_dir / DB_FILE
    before = file_hash(db)
    folder = scripts_with(tmp_path, "9001_more", '    op.create_table("extra", sa.Column("id", sa.Integer))')
    new_code(monkeypatch, folder, "9001_more")

    def full_disk(self, label):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Store, "backup", full_disk)
    with pytest.raises(BackupFailed) as info:
        Store.open_dir(data_dir)
    assert "No space left" in info.value.render()
    assert file_hash(db) == before
    monkeypatch.undo()
    with Store.open_dir(data_dir) as store:  # still opens at the revision it had
        assert store.schema_revision() == FIRST
