"""The WAL is folded back into the database by a background thread, not inside a save."""

from __future__ import annotations

import time
from pathlib import Path

from cep_desk.storage import checkpoint
from cep_desk.storage.store import DB_FILE, Store
from tests.test_store import full_draft, make_services


def wal(data_dir: Path) -> Path:
    return data_dir / f"{DB_FILE}-wal"


def test_sqlite_own_checkpoint_is_only_a_backstop(store: Store) -> None:
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == checkpoint.SAFETY_PAGES
        conn.rollback()


def test_writes_nudge_a_background_checkpoint(data_dir: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(checkpoint, "WAL_BYTES", 1)       # any WAL is worth folding, for the test
    monkeypatch.setattr(checkpoint, "QUIET_SECONDS", 0.05)
    store = Store.open_dir(data_dir, create_mode="keyring")
    services = make_services(store)
    for n in range(3):
        services.beneficiaries.create(full_draft(last_name=f"Nom{n}"))
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with store.engine.connect() as conn:  # frames already copied back: a PASSIVE checkpoint copied them all
            busy, log, done = conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").one()
            conn.rollback()
        if log == done:
            break
        time.sleep(0.05)
    assert (busy, log == done) == (0, True)
    store.close()
    # Closed: the WAL is folded in and emptied, the store is one file again, and everything is there.
    assert not wal(data_dir).exists() or wal(data_dir).stat().st_size == 0
    with Store.open_dir(data_dir) as again:
        assert len(make_services(again).caseload()) == 3


def test_closing_a_store_stops_its_thread(data_dir: Path) -> None:
    import threading

    Store.open_dir(data_dir, create_mode="keyring").close()
    before = {t for t in threading.enumerate() if t.name == "wal-checkpoint"}
    with Store.open_dir(data_dir):
        assert len({t for t in threading.enumerate() if t.name == "wal-checkpoint"} - before) == 1
    time.sleep(0.1)
    assert {t for t in threading.enumerate() if t.name == "wal-checkpoint" and t.is_alive()} <= before
