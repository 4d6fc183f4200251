"""The files beside the database: a missing database, a damaged or newer
store.json, a damaged settings.json, an undecodable passphrase. Each gives a
clear StoreError (or defaults, for settings) and never a new empty store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cep_desk.cli import main as cli
from cep_desk.settings import Settings
from cep_desk.storage.errors import StoreCorrupted, StoreMissing, StoreTooNew, WrongKey
from cep_desk.storage.keys import META_FILE
from cep_desk.storage.store import DB_FILE, Store


@pytest.fixture(autouse=True)
def _qt_state(qapp):  # type: ignore[no-untyped-def]
    """The CLI creates a QCoreApplication when none exists and installs its language: the widget
    tests that run later in this process need a QApplication and the source (English) strings."""
    from tests.test_cli import restored_qt_language

    with restored_qt_language(qapp):
        yield


def make(data_dir: Path, mode: str = "keyring", passphrase: str | None = None) -> None:
    Store.open_dir(data_dir, create_mode=mode, passphrase=passphrase).close()


@pytest.mark.parametrize("damage", ["delete", "truncate"])
def test_missing_or_empty_database_is_reported_not_recreated(data_dir: Path, damage: str) -> None:
    make(data_dir)
    db = data_dir / DB_FILE
    for extra in data_dir.glob(DB_FILE + "-*"):
        extra.unlink()
    if damage == "delete":
        db.unlink()
    else:
        db.write_bytes(b"")
    with pytest.raises(StoreMissing) as info:
        Store.open_dir(data_dir)
    assert str(db) in info.value.render()
    assert not db.exists() or db.stat().st_size == 0  # nothing was created in its place


def test_cli_reports_a_missing_database_with_exit_2(data_dir: Path, capsys: pytest.CaptureFixture,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    make(data_dir, "passphrase", "a long enough passphrase")
    (data_dir / DB_FILE).unlink()
    monkeypatch.setenv("CEP_DESK_PASSPHRASE", "a long enough passphrase")
    assert cli(["--data-dir", str(data_dir), "list", "--format", "json"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and DB_FILE in err
    assert not (data_dir / DB_FILE).exists()


def test_cli_says_how_to_rebuild_a_lost_store_json(data_dir: Path, capsys: pytest.CaptureFixture) -> None:
    make(data_dir, "passphrase", "a long enough passphrase")
    (data_dir / META_FILE).unlink()
    assert cli(["--data-dir", str(data_dir), "--lang", "en", "list"]) == 2
    err = capsys.readouterr().err
    assert "lost its store.json" in err and "recovery key" in err
    assert (data_dir / DB_FILE).exists()


@pytest.mark.parametrize("content", ["not json", "[]", '{"store_id": 3, "key_mode": "keyring"}',
                                     '{"store_id": "x", "key_mode": "passphrase", "salt": "zz"}',
                                     '{"store_id": "x", "key_mode": "telepathy"}'])
def test_damaged_store_json_is_reported(data_dir: Path, content: str) -> None:
    make(data_dir)
    (data_dir / META_FILE).write_text(content, encoding="utf-8")
    with pytest.raises(StoreCorrupted):
        Store.open_dir(data_dir)


def test_store_json_of_a_newer_format_is_refused(data_dir: Path) -> None:
    make(data_dir)
    meta = json.loads((data_dir / META_FILE).read_text(encoding="utf-8"))
    meta["format"] = 99
    (data_dir / META_FILE).write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(StoreTooNew):
        Store.open_dir(data_dir)


def test_undecodable_passphrase_is_a_wrong_key(data_dir: Path) -> None:
    make(data_dir, "passphrase", "a long enough passphrase")
    with pytest.raises(WrongKey):
        Store.open_dir(data_dir, passphrase="caf\udce9")  # a byte that was not UTF-8 in the environment


@pytest.mark.parametrize("content", ["[]", '"fr"', '{"language": 3, "no_contact_weeks": "many"}',
                                     '{"language": "de", "no_contact_weeks": -2}', "{broken"])
def test_damaged_settings_fall_back_to_defaults(tmp_path: Path, content: str) -> None:
    (tmp_path / "settings.json").write_text(content, encoding="utf-8")
    s = Settings.load(tmp_path)
    assert (s.language, s.no_contact_weeks, s.data_dir) == ("fr", 8, "")


def test_valid_settings_are_kept(tmp_path: Path) -> None:
    Settings(language="en", data_dir="/srv/cep", no_contact_weeks=6).save(tmp_path)
    s = Settings.load(tmp_path)
    assert (s.language, s.data_dir, s.no_contact_weeks) == ("en", "/srv/cep", 6)
