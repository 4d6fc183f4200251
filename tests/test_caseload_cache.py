"""The caseload cache (migration 0007, ``storage/caseload_cache.py``) on a real encrypted store.

Proves that the triggers count every write to the five tables the caseload is read
from and empty the snapshot in the same transaction; that a saved snapshot reads
back equal to the services' caseload and only while it is exact (no later write,
same application key, before the next planned session starts); that a stale save
writes nothing, a deleted person's name does not outlive the deletion in the
cache, an unreadable snapshot only means a slower start; that ``read_rows`` sorts
by folded names; and that a store without the table is read as "no cache".
"""

from __future__ import annotations

import marshal
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from cep_desk.domain.accompaniment import AccompanimentDraft, StatusChange
from cep_desk.domain.beneficiary import BeneficiaryDraft, TargetJobEntry
from cep_desk.domain.caseload import CaseloadRow
from cep_desk.domain.interview import InterviewDraft
from cep_desk.domain.places import commune_names
from cep_desk.domain.text import fold
from cep_desk.services.facade import Services
from cep_desk.storage import caseload_cache
from cep_desk.storage.connection import connect
from cep_desk.storage.store import Store

NOW = datetime(2026, 11, 23, 10, 0)  # the services' frozen clock (conftest)
WATCHED = ("beneficiary", "accompaniment", "interview", "target_job", "site")
ACC = AccompanimentDraft(level="N1", reasons=["projet.reconversion"], first_request_date=date(2026, 10, 28),
                         first_appointment_date=date(2026, 11, 2), referent="Claire Martin")
AIDE = TargetJobEntry("10891", "Aide-soignant / Aide-soignante", "J1501")
CACHE_ROW = "SELECT changes, snapshot_changes, app_key, valid_until, data FROM caseload_cache WHERE id = 1"


def person(last_name: str, first_name: str, **kw: object) -> BeneficiaryDraft:
    return BeneficiaryDraft(last_name=last_name, first_name=first_name, birth_date=date(1985, 4, 2),
                            postal_code="12100", commune_insee="12145", **kw)  # type: ignore[arg-type]


def session_at(moment: datetime, **kw: object) -> InterviewDraft:
    return InterviewDraft(starts_at=moment, **kw)  # type: ignore[arg-type]


def cache_row(raw: sqlcipher.Connection) -> tuple[int, int | None, str | None, str | None, bytes | None]:
    return raw.execute(CACHE_ROW).fetchone()


@pytest.fixture
def raw(store: Store) -> Iterator[sqlcipher.Connection]:
    """A plain DB-API connection to the same store, as the start-up path opens it."""
    conn = connect(store.path, store.recovery_key_bytes)
    yield conn
    conn.close()


@pytest.fixture
def people(services: Services) -> dict[str, str]:
    """Four people (accents, a lower-case first name), two accompaniments, sessions, a site."""
    site = services.counsellor.save_site(None, "Permanence Saint-Affrique", "permanence", "12208")
    ebrard = services.beneficiaries.create(person("Ébrard", "Élodie", target_jobs=[AIDE]), ACC)
    abadie = services.beneficiaries.create(person("Abadie", "Zoé"))
    emile = services.beneficiaries.create(person("Dupont", "émile"), ACC)
    emma = services.beneficiaries.create(person("Dupont", "Emma"))
    ebrard_acc = services.beneficiaries.get(ebrard).current_accompaniment.id
    emile_acc = services.beneficiaries.get(emile).current_accompaniment.id
    services.interviews.record(ebrard, ebrard_acc, session_at(datetime(2026, 11, 2, 9, 30)))
    services.interviews.record(ebrard, ebrard_acc, session_at(datetime(2026, 11, 16, 14, 0), site_id=site))
    services.interviews.record(emile, emile_acc, session_at(datetime(2026, 11, 9, 11, 0)))
    return {"site": site, "ebrard": ebrard, "abadie": abadie, "emile": emile, "emma": emma,
            "ebrard_acc": ebrard_acc, "emile_acc": emile_acc}


def save_current(services: Services) -> int:
    """Read and save the caseload as the window does; the counter it was saved at."""
    rows, changes, read_at = services.caseload_versioned()
    assert services.save_caseload_snapshot(rows, changes, read_at) is True
    return changes


# -- migration and triggers ---------------------------------------------------------------------------


def test_migration_creates_one_cache_row_and_a_trigger_per_write_on_each_watched_table(
        store: Store, raw: sqlcipher.Connection) -> None:
    assert raw.execute("SELECT count(*) FROM caseload_cache").fetchone() == (1,)
    changes, snapshot_changes, app_key, valid_until, data = cache_row(raw)
    assert isinstance(changes, int) and (snapshot_changes, app_key, valid_until, data) == (None, None, None, None)
    triggers = {(name, table) for name, table in raw.execute(
        "SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'caseload_cache_%'")}
    assert triggers == {(f"caseload_cache_{t}_{op}", t) for t in WATCHED for op in ("insert", "update", "delete")}


def _edit_beneficiary(services: Services, ids: dict[str, str]) -> None:
    current = services.beneficiaries.get(ids["abadie"]).draft
    assert services.beneficiaries.update(ids["abadie"], replace(current, email="zoe.abadie@example.fr")) == ["email"]


def _edit_accompaniment(services: Services, ids: dict[str, str]) -> None:
    assert services.accompaniments.update(ids["emile_acc"], replace(ACC, level="N2")) == ["level"]


def _record_interview(services: Services, ids: dict[str, str]) -> None:
    services.interviews.record(ids["emile"], ids["emile_acc"], session_at(datetime(2026, 11, 20, 9, 0)))


def _add_target_job(services: Services, ids: dict[str, str]) -> None:
    current = services.beneficiaries.get(ids["emma"]).draft
    assert services.beneficiaries.update(ids["emma"], replace(current, target_jobs=[AIDE])) == ["target_jobs"]


def _rename_site(services: Services, ids: dict[str, str]) -> None:
    services.counsellor.save_site(ids["site"], "Permanence de Millau", "permanence", "12145")


@pytest.mark.parametrize("write", [_edit_beneficiary, _edit_accompaniment, _record_interview, _add_target_job,
                                   _rename_site], ids=list(WATCHED))
def test_a_service_write_to_each_watched_table_bumps_the_counter_and_empties_the_snapshot(
        services: Services, people: dict[str, str], raw: sqlcipher.Connection,
        write: Callable[[Services, dict[str, str]], None]) -> None:
    saved_at = save_current(services)
    assert cache_row(raw)[4] is not None
    write(services, people)
    changes, snapshot_changes, _, _, data = cache_row(raw)
    assert changes > saved_at and snapshot_changes == saved_at
    assert data is None
    assert caseload_cache.load_snapshot(raw, NOW) is None


@pytest.mark.parametrize("table", WATCHED)
def test_each_watched_table_counts_one_change_per_row_written(
        people: dict[str, str], raw: sqlcipher.Connection, table: str) -> None:
    before = caseload_cache.change_counter(raw)
    raw.execute(f"UPDATE {table} SET id = id WHERE id = (SELECT id FROM {table} LIMIT 1)")
    assert caseload_cache.change_counter(raw) == before + 1


def test_writes_to_other_tables_leave_the_snapshot_alone(services: Services, people: dict[str, str],
                                                         raw: sqlcipher.Connection) -> None:
    saved_at = save_current(services)
    services.accompaniments.change_status(people["emile_acc"], StatusChange("en_pause", date(2026, 11, 23),
                                                                            return_date=date(2027, 1, 11)))
    # The status change writes accompaniment (watched) and its history (not watched): the first counts.
    assert caseload_cache.change_counter(raw) > saved_at
    rows, changes, read_at = services.caseload_versioned()
    services.save_caseload_snapshot(rows, changes, read_at)
    raw.execute("INSERT INTO app_setting (key, value) VALUES ('caseload-cache-test', '{}')")
    assert caseload_cache.load_snapshot(raw, NOW) == (rows, changes)


# -- saving and loading --------------------------------------------------------------------------------


def test_saved_snapshot_reads_back_equal_to_the_caseload_with_the_same_counter(
        services: Services, people: dict[str, str], raw: sqlcipher.Connection) -> None:
    rows, changes, read_at = services.caseload_versioned()
    assert read_at == NOW and rows == services.caseload()
    assert services.save_caseload_snapshot(rows, changes, read_at) is True

    loaded = caseload_cache.load_snapshot(raw, NOW)
    assert loaded is not None
    loaded_rows, loaded_changes = loaded
    assert loaded_changes == changes == caseload_cache.change_counter(raw)
    assert loaded_rows == services.caseload()
    assert all(type(r) is CaseloadRow for r in loaded_rows)
    ebrard = next(r for r in loaded_rows if r.id == people["ebrard"])
    assert (ebrard.birth_date, ebrard.last_contact, ebrard.sessions) == (date(1985, 4, 2), date(2026, 11, 16), 2)
    assert (ebrard.site_name, ebrard.commune_name, ebrard.target_job) == (
        "Permanence Saint-Affrique", "Millau", "Aide-soignant / Aide-soignante")
    abadie = next(r for r in loaded_rows if r.id == people["abadie"])
    assert (abadie.last_contact, abadie.status, abadie.sessions) == (None, None, 0)

    assert caseload_cache.snapshot_is_current(raw)
    assert services.save_caseload_snapshot(rows, changes, read_at) is False  # already saved
    assert cache_row(raw)[1] == changes


def test_a_later_write_invalidates_the_snapshot_and_a_stale_save_writes_nothing(
        services: Services, people: dict[str, str], raw: sqlcipher.Connection) -> None:
    old_rows, old_changes, old_read_at = services.caseload_versioned()
    assert services.save_caseload_snapshot(old_rows, old_changes, old_read_at) is True
    current = services.beneficiaries.get(people["emma"]).draft
    services.beneficiaries.update(people["emma"], replace(current, last_name="Durand"))

    assert caseload_cache.load_snapshot(raw, NOW) is None
    assert not caseload_cache.snapshot_is_current(raw)
    assert services.save_caseload_snapshot(old_rows, old_changes, old_read_at) is False
    changes, snapshot_changes, _, _, data = cache_row(raw)
    assert data is None and snapshot_changes == old_changes and changes > old_changes

    fresh, fresh_changes, read_at = services.caseload_versioned()
    assert services.save_caseload_snapshot(fresh, fresh_changes, read_at) is True
    loaded = caseload_cache.load_snapshot(raw, NOW)
    assert loaded is not None and "Durand" in [r.last_name for r in loaded[0]]


def test_a_deleted_person_does_not_outlive_the_deletion_in_the_cache(
        services: Services, people: dict[str, str], raw: sqlcipher.Connection) -> None:
    save_current(services)
    blob = cache_row(raw)[4]
    assert blob is not None and "Ébrard".encode() in blob and "Élodie".encode() in blob

    services.beneficiaries.delete(people["ebrard"])
    assert cache_row(raw)[4] is None  # the write itself emptied it, in the same transaction
    assert caseload_cache.load_snapshot(raw, NOW) is None

    assert services.refresh_caseload_snapshot() is True
    blob = cache_row(raw)[4]
    assert blob is not None and "Ébrard".encode() not in blob and "Élodie".encode() not in blob
    loaded = caseload_cache.load_snapshot(raw, NOW)
    assert loaded is not None and people["ebrard"] not in {r.id for r in loaded[0]}


def test_snapshot_is_exact_only_until_the_next_planned_session_starts(
        services: Services, people: dict[str, str], raw: sqlcipher.Connection, clock) -> None:  # type: ignore[no-untyped-def]
    planned = datetime(2026, 11, 23, 15, 0)  # later today: allowed, and after ``now``
    services.interviews.record(people["emile"], people["emile_acc"], session_at(planned))
    save_current(services)
    assert cache_row(raw)[3].startswith("2026-11-23 15:00:00")

    before = caseload_cache.load_snapshot(raw, datetime(2026, 11, 23, 14, 59, 59))
    assert before is not None
    assert next(r for r in before[0] if r.id == people["emile"]).last_contact == date(2026, 11, 9)
    assert caseload_cache.load_snapshot(raw, planned) is None
    assert caseload_cache.load_snapshot(raw, datetime(2026, 11, 24, 9, 0)) is None

    clock.now = planned  # why: from then on the planned session is the last contact
    assert next(r for r in services.caseload() if r.id == people["emile"]).last_contact == date(2026, 11, 23)


def test_snapshot_without_planned_session_has_no_end(services: Services, people: dict[str, str],
                                                     raw: sqlcipher.Connection) -> None:
    save_current(services)
    assert cache_row(raw)[3] is None
    assert caseload_cache.load_snapshot(raw, datetime(2031, 1, 1)) is not None


def test_snapshot_of_another_application_key_is_ignored(services: Services, people: dict[str, str],
                                                        raw: sqlcipher.Connection,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    save_current(services)
    monkeypatch.setattr(caseload_cache, "APP_KEY", "3:9.9.9:0099_future:py9.9")
    assert caseload_cache.load_snapshot(raw, NOW) is None
    assert not caseload_cache.snapshot_is_current(raw)
    assert services.refresh_caseload_snapshot() is True  # same counter, other key: saved again
    assert cache_row(raw)[2] == "3:9.9.9:0099_future:py9.9"
    assert caseload_cache.load_snapshot(raw, NOW) is not None


@pytest.mark.parametrize("garbage", [
    lambda good: b"\x00\xffnot marshal at all\x13\x37",
    lambda good: b"",
    lambda good: good[: len(good) // 2],
    lambda good: marshal.dumps(7),
    lambda good: marshal.dumps([[1, 2]]),
    lambda good: marshal.dumps([["too", "short", "row", "", "", 0, "", "", "", "", "", 0, 0]]),
    lambda good: "du texte, pas un blob",
], ids=["random", "empty", "truncated", "not-a-list", "short-row", "wrong-arity", "text"])
def test_unreadable_snapshot_data_is_ignored(services: Services, people: dict[str, str],
                                             raw: sqlcipher.Connection,
                                             garbage: Callable[[bytes], bytes | str]) -> None:
    save_current(services)
    good = cache_row(raw)[4]
    assert good is not None
    raw.execute("UPDATE caseload_cache SET data = ?, snapshot_changes = changes WHERE id = 1", (garbage(good),))
    assert cache_row(raw)[0] == cache_row(raw)[1]
    assert caseload_cache.load_snapshot(raw, NOW) is None


# -- reading -----------------------------------------------------------------------------------------


def test_read_rows_are_sorted_by_folded_last_then_first_name(services: Services, people: dict[str, str],
                                                             raw: sqlcipher.Connection) -> None:
    rows, changes = caseload_cache.read_rows(raw, NOW, commune_names)
    assert not raw.in_transaction
    assert changes == caseload_cache.change_counter(raw)
    assert [(r.last_name, r.first_name) for r in rows] == [
        ("Abadie", "Zoé"), ("Dupont", "émile"), ("Dupont", "Emma"), ("Ébrard", "Élodie")]
    assert rows == sorted(rows, key=lambda r: (fold(r.last_name), fold(r.first_name)))
    assert rows != sorted(rows, key=lambda r: (r.last_name, r.first_name))  # accents would sort otherwise
    assert rows == services.caseload()


def test_read_rows_for_some_people_only(services: Services, people: dict[str, str],
                                        raw: sqlcipher.Connection) -> None:
    rows, _ = caseload_cache.read_rows(raw, NOW, commune_names, [people["emma"], people["abadie"]])
    assert [r.id for r in rows] == [people["abadie"], people["emma"]]


def test_refresh_saves_only_when_the_snapshot_is_behind(services: Services, people: dict[str, str],
                                                        raw: sqlcipher.Connection) -> None:
    assert not caseload_cache.snapshot_is_current(raw)
    assert services.refresh_caseload_snapshot() is True
    assert caseload_cache.snapshot_is_current(raw)
    assert services.refresh_caseload_snapshot() is False
    _record_interview(services, people)
    assert not caseload_cache.snapshot_is_current(raw)
    assert services.refresh_caseload_snapshot() is True
    assert caseload_cache.snapshot_is_current(raw)
    loaded = caseload_cache.load_snapshot(raw, NOW)
    assert loaded is not None and loaded[0] == services.caseload()


def test_a_store_without_the_cache_table_reads_as_no_cache() -> None:
    conn = sqlcipher.connect(":memory:")
    try:
        assert caseload_cache.change_counter(conn) == -1
        assert caseload_cache.load_snapshot(conn, NOW) is None
        assert caseload_cache.snapshot_is_current(conn) is False
    finally:
        conn.close()
