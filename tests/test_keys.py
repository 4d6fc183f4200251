"""Where the store key comes from: keyring, passphrase, recovery key — and never
a silent plaintext fallback."""

from __future__ import annotations

import json
import re
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from hypothesis import given
from hypothesis import strategies as st

from cep_desk.storage.errors import KeyMissing, NeedPassphrase, NoKeyringBackend, StoreError, WrongKey
from cep_desk.storage.keys import (
    KEYRING_SERVICE,
    META_FILE,
    KeyManager,
    format_recovery_key,
    keyring_usable,
    parse_recovery_key,
)
from cep_desk.storage.store import DB_FILE, Store

PASSPHRASE = "Le Viaduc de Millau, 2004!"


def _meta(data_dir: Path) -> dict:
    return json.loads((data_dir / META_FILE).read_text(encoding="utf-8"))


def _put_setting(store: Store, value: str) -> None:
    from sqlalchemy import text

    with store.write() as s:
        s.execute(text("INSERT INTO app_setting(key, value) VALUES ('probe', :v)"), {"v": json.dumps(value)})


def _get_setting(store: Store) -> str:
    from sqlalchemy import text

    with store.read() as s:
        return json.loads(s.execute(text("SELECT value FROM app_setting WHERE key='probe'")).scalar_one())


# -- keyring mode ---------------------------------------------------------------------


def test_keyring_mode_creates_a_key_in_the_keyring_and_reopens(data_dir: Path, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    assert keyring_usable()
    store = Store.open_dir(data_dir, create_mode="keyring")
    _put_setting(store, "kept")
    key = store.recovery_key_bytes
    store.close()

    meta = _meta(data_dir)
    assert meta["key_mode"] == "keyring"
    stored = memory_keyring.entries[(KEYRING_SERVICE, meta["store_id"])]
    assert re.fullmatch(r"[0-9a-f]{64}", stored)
    assert bytes.fromhex(stored) == key
    assert len(memory_keyring.entries) == 1

    again = Store.open_dir(data_dir)
    try:
        assert again.recovery_key_bytes == key
        assert _get_setting(again) == "kept"
    finally:
        again.close()


def test_two_stores_get_two_different_keys(tmp_path: Path, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    a = Store.open_dir(tmp_path / "a", create_mode="keyring")
    b = Store.open_dir(tmp_path / "b", create_mode="keyring")
    try:
        assert a.recovery_key_bytes != b.recovery_key_bytes
        assert len(memory_keyring.entries) == 2
    finally:
        a.close()
        b.close()


def test_wrong_raw_key_is_refused(data_dir: Path, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    Store.open_dir(data_dir, create_mode="keyring").close()
    with pytest.raises(WrongKey):
        Store.open(data_dir, b"\x01" * 32)
    # A keyring entry that no longer matches the store (overwritten by hand) is a wrong key too.
    store_id = _meta(data_dir)["store_id"]
    memory_keyring.entries[(KEYRING_SERVICE, store_id)] = (b"\x02" * 32).hex()
    with pytest.raises(WrongKey):
        Store.open_dir(data_dir)


def test_no_keyring_backend_never_falls_back_to_plaintext(data_dir: Path) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())  # conftest's fixture restores the memory keyring
    assert keyring_usable() is False
    with pytest.raises(NoKeyringBackend) as info:
        Store.open_dir(data_dir, create_mode="keyring")
    assert "passphrase" in info.value.render()
    # Nothing was created: no database, no store.json pointing at a key that does not exist.
    assert not (data_dir / DB_FILE).exists()
    assert not (data_dir / META_FILE).exists()

    # The way out the message offers works without any keyring.
    store = Store.open_dir(data_dir, create_mode="passphrase", passphrase=PASSPHRASE)
    store.close()
    assert _meta(data_dir)["key_mode"] == "passphrase"


def test_keyring_gone_at_open_time_is_keymissing(data_dir: Path) -> None:
    Store.open_dir(data_dir, create_mode="keyring").close()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    with pytest.raises(KeyMissing):
        Store.open_dir(data_dir)


# -- passphrase mode ------------------------------------------------------------------


def test_passphrase_mode(data_dir: Path, memory_keyring, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    store = Store.open_dir(data_dir, create_mode="passphrase", passphrase=PASSPHRASE)
    _put_setting(store, "secret")
    store.close()
    assert memory_keyring.entries == {}  # nothing in the keyring in this mode
    meta = _meta(data_dir)
    assert meta["key_mode"] == "passphrase" and len(meta["salt"]) == 32

    again = Store.open_dir(data_dir, passphrase=PASSPHRASE)
    assert _get_setting(again) == "secret"
    again.close()

    with pytest.raises(WrongKey):
        Store.open_dir(data_dir, passphrase=PASSPHRASE.lower())
    with pytest.raises(WrongKey):
        Store.open_dir(data_dir, passphrase=PASSPHRASE + " ")
    with pytest.raises(NeedPassphrase):
        Store.open_dir(data_dir)
    with pytest.raises(NeedPassphrase):
        Store.open_dir(data_dir, passphrase="")

    monkeypatch.setenv("CEP_DESK_PASSPHRASE", PASSPHRASE)
    from_env = Store.open_dir(data_dir)
    try:
        assert _get_setting(from_env) == "secret"
    finally:
        from_env.close()
    monkeypatch.setenv("CEP_DESK_PASSPHRASE", "not it")
    with pytest.raises(WrongKey):
        Store.open_dir(data_dir)


def test_creating_a_passphrase_store_needs_a_passphrase(data_dir: Path) -> None:
    with pytest.raises(NeedPassphrase):
        Store.open_dir(data_dir, create_mode="passphrase")
    assert not (data_dir / DB_FILE).exists()


def test_same_passphrase_different_stores_different_keys(tmp_path: Path) -> None:
    keys = []
    for name in ("a", "b"):
        s = Store.open_dir(tmp_path / name, create_mode="passphrase", passphrase=PASSPHRASE)
        keys.append(s.recovery_key_bytes)
        s.close()
    assert keys[0] != keys[1]  # a salt per store


def test_opening_a_folder_without_a_store_does_not_create_one(data_dir: Path) -> None:
    with pytest.raises(StoreError):
        Store.open_dir(data_dir)
    assert not (data_dir / DB_FILE).exists()


# -- recovery key ---------------------------------------------------------------------


def test_recovery_key_format() -> None:
    key = bytes(range(32))
    text_ = format_recovery_key(key)
    groups = text_.split("-")
    assert len(groups) == 16 and all(re.fullmatch(r"[0-9A-F]{4}", g) for g in groups)
    assert parse_recovery_key(text_) == key
    assert parse_recovery_key(text_.lower()) == key
    assert parse_recovery_key(text_.replace("-", " ")) == key
    assert parse_recovery_key(text_.replace("-", "")) == key
    assert parse_recovery_key("  " + text_.replace("-", " - ").lower() + "\n") == key


@given(st.binary(min_size=32, max_size=32))
def test_recovery_key_round_trip(key: bytes) -> None:
    assert parse_recovery_key(format_recovery_key(key)) == key
    assert parse_recovery_key(format_recovery_key(key).lower().replace("-", " ")) == key


@pytest.mark.parametrize("bad", ["", "ABCD-EF01", format_recovery_key(bytes(32)) + "-0000",
                                 format_recovery_key(bytes(32))[:-1], "G" * 64, "zzzz-" * 15 + "zzzz"])
def test_malformed_recovery_key_is_wrongkey(bad: str) -> None:
    with pytest.raises(WrongKey):
        parse_recovery_key(bad)


def test_lost_keyring_entry_is_recovered_with_the_recovery_key(data_dir: Path, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    store = Store.open_dir(data_dir, create_mode="keyring")
    _put_setting(store, "caseload")
    recovery = format_recovery_key(store.recovery_key_bytes)
    store.close()

    memory_keyring.entries.clear()  # new laptop profile: the keyring entry is gone
    with pytest.raises(KeyMissing) as info:
        Store.open_dir(data_dir)
    assert "recovery key" in info.value.render()

    with pytest.raises(WrongKey):
        Store.open_dir(data_dir, recovery_key=format_recovery_key(b"\x07" * 32))
    assert memory_keyring.entries == {}  # a wrong recovery key is not remembered

    recovered = Store.open_dir(data_dir, recovery_key=recovery.lower().replace("-", " "))
    try:
        assert _get_setting(recovered) == "caseload"
    finally:
        recovered.close()
    store_id = _meta(data_dir)["store_id"]
    assert memory_keyring.entries[(KEYRING_SERVICE, store_id)] == parse_recovery_key(recovery).hex()

    # Next start needs nothing typed.
    again = Store.open_dir(data_dir)
    again.close()


def test_recovery_key_opens_a_passphrase_store(data_dir: Path, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    store = Store.open_dir(data_dir, create_mode="passphrase", passphrase=PASSPHRASE)
    recovery = format_recovery_key(store.recovery_key_bytes)
    store.close()
    again = Store.open_dir(data_dir, recovery_key=recovery)
    again.close()
    assert memory_keyring.entries == {}  # a passphrase store does not move to the keyring


def test_keymanager_load_matches_what_create_made(data_dir: Path) -> None:
    km = KeyManager(data_dir)
    assert not km.store_exists()
    key = km.create("keyring")
    assert km.store_exists()
    assert km.load() == key
    assert km.load(recovery_key=format_recovery_key(key)) == key


def test_unreachable_secret_service_is_no_keyring(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Headless Linux (SSH, cron): the real Secret Service backend cannot reach D-Bus."""
    pytest.importorskip("secretstorage")
    import keyring.backends.SecretService

    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)  # never touch a real desktop keyring
    Store.open_dir(data_dir / "made-elsewhere", create_mode="keyring").close()
    recovery_dir = data_dir / "made-elsewhere"
    key = KeyManager(recovery_dir).load()

    keyring.set_keyring(keyring.backends.SecretService.Keyring())
    assert keyring_usable() is False
    with pytest.raises(NoKeyringBackend):
        Store.open_dir(data_dir / "new", create_mode="keyring")
    assert not (data_dir / "new" / DB_FILE).exists()
    with pytest.raises(KeyMissing):  # a clear "use your recovery key", not a secretstorage traceback
        Store.open_dir(recovery_dir)
    store = Store.open_dir(recovery_dir, recovery_key=format_recovery_key(key))
    store.close()
