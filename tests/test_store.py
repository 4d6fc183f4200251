"""The encrypted store on disk: encryption at rest, durability settings, locking,
damaged and too-new files, full disk, atomic writes, integrity check, backup.

Everything runs on real SQLCipher files in a temporary folder; the only fake is
the in-memory keyring of conftest."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import event, text
from sqlcipher3 import dbapi2 as sqlcipher

from cep_desk.domain.accompaniment import AccompanimentDraft
from cep_desk.domain.beneficiary import BeneficiaryDraft, EmploymentStatusEntry, TargetJobEntry
from cep_desk.domain.interview import InterviewDraft
from cep_desk.domain.messages import ValidationFailed
from cep_desk.services.changes import ChangeRecorder
from cep_desk.services.context import ServiceContext
from cep_desk.services.facade import Services
from cep_desk.storage.errors import DiskFull, StoreCorrupted, StoreLocked, StoreTooNew, WriteFailed, WrongKey
from cep_desk.storage.keys import KEYRING_SERVICE, META_FILE
from cep_desk.storage.models import Beneficiary, TargetJob
from cep_desk.storage.store import BACKUP_DIR, DB_FILE, Store

TODAY = date(2026, 11, 23)
LAST = "Quasimodo-Tartempion"
FIRST = "Zéphyrine"
PRIVATE = "Suivi psychiatrique en cours, dettes auprès de Cofidis — confidentiel"
COUNTED = ("beneficiary", "employment_status", "target_job", "accompaniment", "accompaniment_status_change",
           "outbox", "audit_log")


def make_services(store: Store) -> Services:
    return Services(ServiceContext(store, actor="Claire Martin", today=lambda: TODAY,
                                   now=lambda: datetime(2026, 11, 23, 10, 0)))


def full_draft(**overrides: object) -> BeneficiaryDraft:
    values: dict[str, object] = dict(
        last_name=LAST, first_name=FIRST, birth_date=date(1984, 3, 12), email="zephyrine@example.fr",
        phone="06 12 34 56 78", postal_code="12100", commune_insee="12145", notes_private=PRIVATE,
        statuses=[EmploymentStatusEntry("cdd", date(2026, 1, 5))],
        target_jobs=[TargetJobEntry("10891", "Aide-soignant / Aide-soignante", "J1501")],
    )
    values.update(overrides)
    return BeneficiaryDraft(**values)  # type: ignore[arg-type]


def raw_connect(path: Path, key: bytes) -> sqlcipher.Connection:
    """A plain SQLCipher connection, independent of the application's engine."""
    conn = sqlcipher.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def counts(store: Store) -> dict[str, int]:
    return {t: store.count(t) for t in COUNTED}


def assert_no_plaintext(folder: Path, key: bytes) -> list[Path]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    needles = {
        f"{word!r} as {enc}": word.encode(enc)
        for word in (LAST, "Tartempion", FIRST, PRIVATE, "Cofidis")
        for enc in ("utf-8", "utf-16-le", "utf-16-be")
    }
    needles["raw key"] = key
    needles["hex key"] = key.hex().encode()
    needles["HEX key"] = key.hex().upper().encode()
    for path in files:
        data = path.read_bytes()
        for what, needle in needles.items():
            assert needle not in data, f"{what} found in {path.name}"
    return files


# -- encryption at rest -----------------------------------------------------------


def test_files_on_disk_hold_no_personal_data_or_key(data_dir: Path) -> None:
    store = Store.open_dir(data_dir, create_mode="keyring")
    services = make_services(store)
    bid = services.beneficiaries.create(full_draft(), AccompanimentDraft(level="N1", reasons=["projet"]))
    # The data really is in the store (so its absence from the bytes means something).
    detail = services.beneficiaries.get(bid)
    assert (detail.draft.last_name, detail.draft.first_name, detail.draft.notes_private) == (LAST, FIRST, PRIVATE)
    key = store.recovery_key_bytes
    store.backup("manual")

    # While open, the last commits sit in the WAL: it must be encrypted too.
    wal = data_dir / (DB_FILE + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    names = {p.name for p in assert_no_plaintext(data_dir, key)}
    assert {DB_FILE, DB_FILE + "-wal", META_FILE} <= names
    store.close()

    files = assert_no_plaintext(data_dir, key)
    assert any(p.parent.name == BACKUP_DIR for p in files)

    for path in [data_dir / DB_FILE, wal, *(data_dir / BACKUP_DIR).iterdir()]:
        if not path.exists():
            continue
        plain = sqlite3.connect(path)
        try:
            with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
                plain.execute("SELECT count(*) FROM sqlite_master").fetchall()
        finally:
            plain.close()


def test_store_json_holds_no_key_material(data_dir: Path, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    Store.open_dir(data_dir, create_mode="keyring").close()
    meta_text = (data_dir / META_FILE).read_text(encoding="utf-8")
    assert re.findall(r"[0-9a-fA-F]{64}", meta_text) == []
    (stored_key,) = [v for (service, _), v in memory_keyring.entries.items() if service == KEYRING_SERVICE]
    assert stored_key.lower() not in meta_text.lower()
    for chunk in (stored_key[i : i + 16] for i in range(0, 64, 16)):
        assert chunk not in meta_text  # not even a quarter of the key


def test_passphrase_store_is_encrypted_too(data_dir: Path) -> None:
    store = Store.open_dir(data_dir, create_mode="passphrase", passphrase="correct horse battery staple")
    make_services(store).beneficiaries.create(full_draft())
    key = store.recovery_key_bytes
    store.close()
    assert_no_plaintext(data_dir, key)
    assert "correct horse" not in (data_dir / META_FILE).read_text(encoding="utf-8")


# -- connection settings ------------------------------------------------------------


def test_every_connection_uses_wal_full_sync_and_foreign_keys(store: Store) -> None:
    conns = [store.engine.connect() for _ in range(3)]  # beyond the pool size: overflow connections too
    try:
        for conn in conns:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            conn.rollback()
    finally:
        for conn in conns:
            conn.close()
    with store.write() as s:
        assert s.execute(text("PRAGMA synchronous")).scalar() == 2
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_writers_take_the_write_lock_at_begin(store: Store) -> None:
    key = store.recovery_key_bytes
    other = raw_connect(store.path, key)
    other.execute("PRAGMA busy_timeout = 0")
    try:
        # A reader's transaction does not hold the write lock …
        with store.read() as s:
            s.execute(text("SELECT count(*) FROM beneficiary")).scalar()
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
        # … a writer's does, from its very first statement (BEGIN IMMEDIATE).
        with store.write() as s:
            s.execute(text("SELECT count(*) FROM beneficiary")).scalar()
            with pytest.raises(sqlcipher.OperationalError, match="database is locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
    finally:
        other.close()


# -- single instance ------------------------------------------------------------------


def test_second_open_of_the_same_folder_is_refused(data_dir: Path) -> None:
    first = Store.open_dir(data_dir, create_mode="keyring")
    try:
        with pytest.raises(StoreLocked):
            Store.open_dir(data_dir)
        with pytest.raises(StoreLocked):
            Store.open(data_dir, first.recovery_key_bytes)
        # The refused open did not disturb the first one.
        make_services(first).beneficiaries.create(full_draft())
        assert first.count("beneficiary") == 1
    finally:
        first.close()
    again = Store.open_dir(data_dir)
    try:
        assert again.count("beneficiary") == 1
    finally:
        again.close()


# -- damaged, too new ------------------------------------------------------------------


def _store_with_people(data_dir: Path, n: int = 30) -> bytes:
    store = Store.open_dir(data_dir, create_mode="keyring")
    services = make_services(store)
    for i in range(n):
        services.beneficiaries.create(full_draft(last_name=f"Personne {i:03d}", notes_shareable="x" * 800))
    key = store.recovery_key_bytes
    store.close()
    return key


@pytest.mark.parametrize("where", ["page1", "page2", "middle"])
def test_damaged_file_is_reported_and_left_untouched(data_dir: Path, where: str) -> None:
    _store_with_people(data_dir)
    db = data_dir / DB_FILE
    assert not (data_dir / (DB_FILE + "-wal")).exists()  # clean close: everything is in the main file
    data = bytearray(db.read_bytes())
    offset = {"page1": 200, "page2": 4096 + 200, "middle": (len(data) // 2) + 200}[where]
    data[offset : offset + 64] = bytes(range(64))
    db.write_bytes(bytes(data))
    before = file_hash(db)

    with pytest.raises(StoreCorrupted) as info:
        Store.open_dir(data_dir)
    assert "damaged" in info.value.render()
    assert file_hash(db) == before
    assert not (data_dir / BACKUP_DIR).exists()
    # The lock was released: a second attempt says the same thing, not "already open".
    with pytest.raises(StoreCorrupted):
        Store.open_dir(data_dir)


def test_store_from_a_newer_version_is_refused_untouched(data_dir: Path) -> None:
    key = _store_with_people(data_dir, n=3)
    raw = raw_connect(data_dir / DB_FILE, key)
    raw.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    raw.close()
    db = data_dir / DB_FILE
    before = file_hash(db)

    with pytest.raises(StoreTooNew) as info:
        Store.open_dir(data_dir)
    assert "ffff_future" in info.value.render()
    assert file_hash(db) == before
    assert not (data_dir / BACKUP_DIR).exists()
    with pytest.raises(StoreTooNew):  # lock released, still refused
        Store.open_dir(data_dir)


def test_wrong_raw_key_is_refused_without_touching_the_file(data_dir: Path) -> None:
    _store_with_people(data_dir, n=2)
    before = file_hash(data_dir / DB_FILE)
    with pytest.raises(WrongKey):
        Store.open(data_dir, bytes(32))
    (data_dir / META_FILE).unlink()  # without store.json the key check is SQLCipher's own
    with pytest.raises(WrongKey):
        Store.open(data_dir, bytes(range(32)))
    assert file_hash(data_dir / DB_FILE) == before


# -- full disk and failed writes: all or nothing -------------------------------------


def test_disk_full_raises_diskfull_and_writes_nothing(store: Store) -> None:
    services = make_services(store)
    before = counts(store)

    def cap_size(dbapi_conn, _record, _proxy):  # type: ignore[no-untyped-def]
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(store.engine, "checkout", cap_size)
    try:
        with pytest.raises(DiskFull) as info:
            # Long notes need overflow pages: the file must grow, and cannot.
            services.beneficiaries.create(full_draft(notes_shareable="Parcours détaillé. " * 2000),
                                          AccompanimentDraft(level="N1", reasons=["projet"]))
    finally:
        event.remove(store.engine, "checkout", cap_size)
    assert "disk is full" in info.value.render()
    assert counts(store) == before

    # No personal data in the error or what it was raised from (it ends up in logs).
    chain: list[BaseException] = []
    exc: BaseException | None = info.value
    while exc is not None and len(chain) < 10:
        chain.append(exc)
        exc = exc.__cause__ or exc.__context__
    for e in chain:
        for secret in (LAST, FIRST, PRIVATE, "Parcours détaillé"):
            assert secret not in str(e)

    # Once there is room again the same save works.
    store.engine.dispose()
    services.beneficiaries.create(full_draft(notes_shareable="Parcours détaillé. " * 2000))
    assert store.count("beneficiary") == before["beneficiary"] + 1


def test_exception_inside_a_write_leaves_nothing(store: Store) -> None:
    before = counts(store)
    with pytest.raises(RuntimeError, match="power cut"):
        with store.write() as s:
            rec = ChangeRecorder(s, "Claire Martin")
            rec.inserted(Beneficiary(last_name=LAST, first_name=FIRST))
            s.flush()
            assert s.execute(text("SELECT count(*) FROM outbox")).scalar() == before["outbox"] + 1
            raise RuntimeError("power cut")
    assert counts(store) == before


def test_second_insert_breaking_a_foreign_key_rolls_back_the_first(store: Store) -> None:
    before = counts(store)
    with pytest.raises(WriteFailed) as info:
        with store.write() as s:
            rec = ChangeRecorder(s, "Claire Martin")
            rec.inserted(Beneficiary(last_name=LAST, first_name=FIRST))
            rec.inserted(TargetJob(beneficiary_id="01900000-0000-7000-8000-000000000000", code_ogr="10891",
                                   code_rome="J1501", label="Aide-soignant / Aide-soignante"))
    assert "FOREIGN KEY" in info.value.render()
    assert counts(store) == before


def test_session_at_an_unknown_site_is_refused_and_writes_nothing(store: Store) -> None:
    services = make_services(store)
    bid = services.beneficiaries.create(full_draft(), AccompanimentDraft(level="N1", reasons=["projet"]))
    acc_id = services.beneficiaries.get(bid).current_accompaniment.id
    before = counts(store) | {"interview": store.count("interview")}
    with pytest.raises(ValidationFailed) as info:  # a site that does not exist (deleted on another desk, say)
        services.interviews.record(bid, acc_id, InterviewDraft(datetime(2026, 11, 20, 9),
                                                               site_id="01900000-0000-7000-8000-000000000000"))
    assert [i.field for i in info.value.issues] == ["site_id"]
    assert "Settings" in info.value.issues[0].render()
    assert counts(store) | {"interview": store.count("interview")} == before


# -- integrity check and backup ------------------------------------------------------


def test_integrity_check_is_clean_on_a_good_store(store: Store) -> None:
    make_services(store).beneficiaries.create(full_draft(), AccompanimentDraft(level="N2", reasons=["recul"]))
    assert store.integrity_check(quick=False) == []
    assert store.integrity_check(quick=True) == []


def test_backup_opens_with_the_same_key_and_holds_the_same_rows(store: Store, tmp_path: Path) -> None:
    services = make_services(store)
    for i in range(5):
        services.beneficiaries.create(full_draft(last_name=f"Personne {i}"),
                                      AccompanimentDraft(level="N1", reasons=["projet"]))
    expected = counts(store)
    target = store.backup("test")
    assert target.parent == store.data_dir / BACKUP_DIR and target.exists()
    assert not Path(str(target) + "-wal").exists()

    raw = raw_connect(target, store.recovery_key_bytes)
    try:
        got = {t: raw.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED}
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        raw.close()
    assert got == expected

    wrong = raw_connect(target, bytes(32))
    try:
        with pytest.raises(sqlcipher.DatabaseError):
            wrong.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        wrong.close()

    # Restoring = the backup file as the store of a folder: it opens and is complete.
    restored_dir = tmp_path / "restored"
    restored_dir.mkdir()
    (restored_dir / DB_FILE).write_bytes(target.read_bytes())
    restored = Store.open(restored_dir, store.recovery_key_bytes)
    try:
        assert counts(restored) == expected
        assert restored.integrity_check() == []
    finally:
        restored.close()
