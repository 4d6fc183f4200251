"""The start-up path (``storage/early.py``) on a real passphrase store, without Qt.

Proves that ``open_early`` reads the same caseload (same order), level vocabulary
and active sites as the services, from the queries the first time and from the
saved snapshot once it is saved and still current; that it holds the
single-instance lock until released or handed to ``Store.open(held_lock=…)``,
whose close frees it, also when the lock was taken on ``EarlyStart``'s thread;
that it steps aside (None, lock left free) whenever the normal path must decide;
and that, in a fresh interpreter, it works without importing SQLAlchemy or Qt.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from filelock import FileLock

from cep_desk.domain.accompaniment import AccompanimentDraft
from cep_desk.domain.beneficiary import BeneficiaryDraft, TargetJobEntry
from cep_desk.domain.interview import InterviewDraft
from cep_desk.services.context import ServiceContext
from cep_desk.services.facade import Services
from cep_desk.services.views import CounsellorView
from cep_desk.storage.connection import LOCK_FILE, connect
from cep_desk.storage.early import EarlyCaseload, EarlyStart, open_early
from cep_desk.storage.errors import StoreLocked
from cep_desk.storage.store import Store
from tests.lock_checks import lock_is_free

PASSPHRASE = "Lavande du Larzac, été 2026"
NOW = datetime(2026, 11, 23, 10, 0)  # the services' frozen clock (conftest)
ROOT = Path(__file__).resolve().parents[1]
ACC = AccompanimentDraft(level="N1", reasons=["projet.reconversion"], first_request_date=date(2026, 10, 28),
                         first_appointment_date=date(2026, 11, 2), referent="Claire Martin")
AIDE = TargetJobEntry("10891", "Aide-soignant / Aide-soignante", "J1501")


def person(last_name: str, first_name: str, **kw: object) -> BeneficiaryDraft:
    return BeneficiaryDraft(last_name=last_name, first_name=first_name, birth_date=date(1985, 4, 2),
                            postal_code="12100", commune_insee="12145", **kw)  # type: ignore[arg-type]


def at_now() -> datetime:
    return NOW


@pytest.fixture
def pp_dir(tmp_path: Path) -> Path:
    return tmp_path / "passphrase-store"


@pytest.fixture
def pp_store(pp_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    """A passphrase store, its passphrase in the environment as the start-up path finds it.

    Tests close it early to free the lock; closing twice is harmless."""
    monkeypatch.setenv("CEP_DESK_PASSPHRASE", PASSPHRASE)
    s = Store.open_dir(pp_dir, create_mode="passphrase", passphrase=PASSPHRASE)
    yield s
    s.close()


@pytest.fixture
def pp_services(pp_store: Store, clock) -> Services:  # type: ignore[no-untyped-def]
    services = Services(ServiceContext(pp_store, actor="Claire Martin", today=clock.today, now=lambda: clock.now))
    millau = services.counsellor.save_site(None, "Millau", "principal", "12145")
    services.counsellor.save_site(None, "Saint-Affrique", "permanence", "12208")
    services.counsellor.save_site(None, "Ancienne antenne", "permanence", "12145", active=False)
    ebrard = services.beneficiaries.create(person("Ébrard", "Élodie", target_jobs=[AIDE]), ACC)
    services.beneficiaries.create(person("Abadie", "Zoé"))
    emile = services.beneficiaries.create(person("Dupont", "émile"), ACC)
    services.beneficiaries.create(person("Dupont", "Emma"))
    acc = services.beneficiaries.get(ebrard).current_accompaniment.id
    services.interviews.record(ebrard, acc, InterviewDraft(datetime(2026, 11, 16, 14, 0), site_id=millau))
    services.interviews.record(emile, services.beneficiaries.get(emile).current_accompaniment.id,
                               InterviewDraft(datetime(2026, 11, 9, 11, 0)))
    # Saved last: the accompaniments above use the national levels, still theirs afterwards.
    services.counsellor.save_profile(CounsellorView(first_name="Claire", last_name="Martin",
                                                    level_vocabulary="regional_uo"))
    return services


@pytest.fixture
def held() -> Iterator[list[EarlyCaseload]]:
    """Early results to give back at the end, whatever the test did with them."""
    kept: list[EarlyCaseload] = []
    yield kept
    for early in kept:
        early.release()


def early_open(data_dir: Path, held: list[EarlyCaseload], threaded: bool = False) -> EarlyCaseload | None:
    """``open_early`` (on ``EarlyStart``'s own thread when ``threaded``), kept for release at teardown."""
    early = EarlyStart(data_dir, now=at_now).result() if threaded else open_early(data_dir, now=at_now)
    if early is not None:
        held.append(early)
    return early


# -- what it reads ---------------------------------------------------------------------------------------


def test_first_open_reads_the_caseload_with_the_queries(pp_services: Services, pp_store: Store, pp_dir: Path,
                                                        held: list[EarlyCaseload]) -> None:
    rows, changes, _ = pp_services.caseload_versioned()
    sites = [(s.id, s.name) for s in pp_services.counsellor.sites()]
    pp_store.close()

    early = early_open(pp_dir, held)
    assert early is not None
    assert early.rows == rows and len(rows) == 4
    assert [r.last_name for r in early.rows] == ["Abadie", "Dupont", "Dupont", "Ébrard"]
    assert early.from_snapshot is False
    assert (early.changes, early.read_at, early.data_dir) == (changes, NOW, pp_dir)
    assert early.level_vocabulary == "regional_uo"
    assert early.sites == sites and [n for _, n in early.sites] == ["Millau", "Saint-Affrique"]


def test_open_after_saving_uses_the_snapshot(pp_services: Services, pp_store: Store, pp_dir: Path,
                                             held: list[EarlyCaseload]) -> None:
    rows, changes, read_at = pp_services.caseload_versioned()
    assert pp_services.save_caseload_snapshot(rows, changes, read_at) is True
    sites = [(s.id, s.name) for s in pp_services.counsellor.sites()]
    pp_store.close()

    first = early_open(pp_dir, held)
    assert first is not None and first.from_snapshot is True
    first.release()
    again = early_open(pp_dir, held)
    assert again is not None and again.from_snapshot is True
    assert again.rows == rows and again.changes == changes
    assert (again.level_vocabulary, again.sites) == ("regional_uo", sites)


def test_a_person_added_after_the_snapshot_is_read_with_the_queries(
        pp_services: Services, pp_store: Store, pp_dir: Path, held: list[EarlyCaseload]) -> None:
    assert pp_services.refresh_caseload_snapshot() is True
    newcomer = pp_services.beneficiaries.create(person("Bastide", "Noémie"))
    expected = pp_services.caseload()
    pp_store.close()

    early = early_open(pp_dir, held)
    assert early is not None and early.from_snapshot is False
    assert newcomer in {r.id for r in early.rows}
    assert early.rows == expected


# -- the lock ----------------------------------------------------------------------------------------------


def test_the_lock_is_held_until_released(pp_services: Services, pp_store: Store, pp_dir: Path,
                                         held: list[EarlyCaseload]) -> None:
    pp_store.close()
    early = early_open(pp_dir, held)
    assert early is not None
    with pytest.raises(StoreLocked):
        Store.open_dir(pp_dir, passphrase=PASSPHRASE)
    early.release()
    Store.open_dir(pp_dir, passphrase=PASSPHRASE).close()


def test_the_store_opens_with_the_held_lock_and_frees_it_on_close(
        pp_services: Services, pp_store: Store, pp_dir: Path, held: list[EarlyCaseload]) -> None:
    expected = pp_services.caseload()
    pp_store.close()
    early = early_open(pp_dir, held)
    assert early is not None

    store = Store.open(pp_dir, early.key, quick_check=False, held_lock=early.lock)
    try:
        assert Services.for_store(store).caseload() == expected
        assert not lock_is_free(pp_dir)
    finally:
        store.close()
    assert lock_is_free(pp_dir)


def test_a_lock_taken_on_the_early_thread_is_freed_by_the_store_closed_on_this_thread(
        pp_services: Services, pp_store: Store, pp_dir: Path, held: list[EarlyCaseload]) -> None:
    """The application's own sequence: EarlyStart's thread takes the lock, the main thread closes."""
    pp_store.close()
    early = early_open(pp_dir, held, threaded=True)
    assert early is not None
    store = Store.open(pp_dir, early.key, quick_check=False, held_lock=early.lock)
    store.close()
    assert lock_is_free(pp_dir)


def test_a_lock_taken_on_the_early_thread_is_freed_by_release_on_this_thread(
        pp_services: Services, pp_store: Store, pp_dir: Path, held: list[EarlyCaseload]) -> None:
    pp_store.close()
    early = early_open(pp_dir, held, threaded=True)
    assert early is not None
    assert not lock_is_free(pp_dir)
    early.release()
    assert lock_is_free(pp_dir)
    Store.open_dir(pp_dir, passphrase=PASSPHRASE).close()  # what the normal path then does


# -- when the normal path must open the store -----------------------------------------------------------------


def test_no_store_in_the_folder(tmp_path: Path, held: list[EarlyCaseload]) -> None:
    empty = tmp_path / "nothing-here"
    empty.mkdir()
    assert early_open(empty, held) is None
    assert early_open(tmp_path / "missing", held) is None
    assert not (empty / LOCK_FILE).exists() or lock_is_free(empty)


def test_passphrase_store_without_the_passphrase_in_the_environment(
        pp_services: Services, pp_store: Store, pp_dir: Path, held: list[EarlyCaseload],
        monkeypatch: pytest.MonkeyPatch) -> None:
    pp_store.close()
    monkeypatch.delenv("CEP_DESK_PASSPHRASE")
    assert early_open(pp_dir, held) is None
    assert lock_is_free(pp_dir)


def test_wrong_passphrase_in_the_environment(pp_services: Services, pp_store: Store, pp_dir: Path,
                                             held: list[EarlyCaseload], monkeypatch: pytest.MonkeyPatch) -> None:
    pp_store.close()
    monkeypatch.setenv("CEP_DESK_PASSPHRASE", "lavande du larzac, été 2026")  # capitals count
    assert early_open(pp_dir, held) is None
    assert lock_is_free(pp_dir)


def test_another_holder_of_the_lock(pp_services: Services, pp_store: Store, pp_dir: Path,
                                    held: list[EarlyCaseload]) -> None:
    pp_store.close()
    other = FileLock(str(pp_dir / LOCK_FILE), timeout=0)
    other.acquire()
    try:
        assert early_open(pp_dir, held) is None
    finally:
        other.release()
    early = early_open(pp_dir, held)  # the lock was the only reason
    assert early is not None


def test_a_store_not_at_the_head_revision(pp_services: Services, pp_store: Store, pp_dir: Path,
                                          held: list[EarlyCaseload]) -> None:
    raw = connect(pp_store.path, pp_store.recovery_key_bytes)
    try:
        raw.execute("UPDATE alembic_version SET version_num = '0006_cockpit'")
    finally:
        raw.close()
    pp_store.close()
    assert early_open(pp_dir, held) is None
    assert lock_is_free(pp_dir)


# -- without SQLAlchemy or Qt, on a thread ------------------------------------------------------------------------

_CHILD = """
import json, sys
from datetime import datetime
from pathlib import Path
from cep_desk.storage.early import open_early
early = open_early(Path(sys.argv[1]), now=lambda: datetime(2026, 11, 23, 10, 0))
print(json.dumps({
    "rows": None if early is None else [[r.id, r.last_name, r.first_name] for r in early.rows],
    "from_snapshot": None if early is None else early.from_snapshot,
    "modules": sorted(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "PySide6")),
}))
"""


@pytest.mark.parametrize("snapshot", [False, True], ids=["queries", "snapshot"])
def test_open_early_in_a_fresh_interpreter_imports_neither_sqlalchemy_nor_qt(
        pp_services: Services, pp_store: Store, pp_dir: Path, snapshot: bool) -> None:
    if snapshot:
        assert pp_services.refresh_caseload_snapshot() is True
    expected = [[r.id, r.last_name, r.first_name] for r in pp_services.caseload()]
    pp_store.close()
    env = {**os.environ, "CEP_DESK_PASSPHRASE": PASSPHRASE}  # XDG_* already isolated by conftest
    done = subprocess.run([sys.executable, "-c", _CHILD, str(pp_dir)], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["rows"] == expected
    assert report["from_snapshot"] is snapshot
    assert report["modules"] == []
    assert lock_is_free(pp_dir)  # the child's lock went with it


def test_early_start_gives_what_open_early_gives(pp_services: Services, pp_store: Store, pp_dir: Path,
                                                 tmp_path: Path, held: list[EarlyCaseload]) -> None:
    pp_store.close()
    direct = early_open(pp_dir, held)
    assert direct is not None
    direct.release()
    threaded = EarlyStart(pp_dir, now=at_now).result()
    assert threaded is not None
    held.append(threaded)
    assert (threaded.rows, threaded.changes, threaded.read_at, threaded.from_snapshot) == (
        direct.rows, direct.changes, direct.read_at, direct.from_snapshot)
    assert (threaded.level_vocabulary, threaded.sites, threaded.key) == (
        direct.level_vocabulary, direct.sites, direct.key)
    empty = tmp_path / "empty"
    empty.mkdir()
    assert EarlyStart(empty, now=at_now).result() is None
