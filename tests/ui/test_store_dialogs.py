"""Creating and unlocking the store: the dialogs refuse bad input, the flow never overwrites a store."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from cep_desk.storage.errors import StoreLocked, WrongKey
from cep_desk.storage.keys import KEYRING_SERVICE, META_FILE, KeyManager, format_recovery_key
from cep_desk.storage.store import DB_FILE, Store
from cep_desk.ui.recovery_print import recovery_html, recovery_text
from cep_desk.ui.store_dialogs import (
    NewStoreChoice,
    NewStoreDialog,
    RecoveryKeyDialog,
    RecoveryKeyPanel,
    UnlockAnswer,
    UnlockDialog,
    check_new_passphrase,
    open_store,
    render_store_error,
)
from tests.test_store import full_draft, make_services

GOOD = "le chat dort sur le clavier"


def _ok(dlg: QDialog) -> None:
    dlg.accept()


# -- new store dialog ------------------------------------------------------------------------------
def test_passphrase_mismatch_is_refused(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dlg = NewStoreDialog(tmp_path, keyring_ok=True)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.keyring_radio.isChecked()  # the keyring is the default when it works
    qtbot.mouseClick(dlg.passphrase_radio, Qt.MouseButton.LeftButton)
    assert dlg.passphrase_radio.isChecked()
    qtbot.keyClicks(dlg.passphrase_edit, GOOD)
    qtbot.keyClicks(dlg.confirm_edit, GOOD + "s")
    _ok(dlg)
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert dlg.isVisible()
    assert dlg.error_label.isVisible()
    assert "different" in dlg.error_label.text()


def test_too_short_passphrase_is_refused(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dlg = NewStoreDialog(tmp_path, keyring_ok=True)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.passphrase_radio.setChecked(True)
    qtbot.keyClicks(dlg.passphrase_edit, "court")
    qtbot.keyClicks(dlg.confirm_edit, "court")
    _ok(dlg)
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert "at least 10 characters" in dlg.error_label.text()
    # Typing again hides the old message.
    qtbot.keyClicks(dlg.passphrase_edit, "x")
    assert not dlg.error_label.isVisible()


def test_good_passphrase_is_accepted(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dlg = NewStoreDialog(tmp_path, keyring_ok=True)
    qtbot.addWidget(dlg)
    dlg.passphrase_radio.setChecked(True)
    dlg.passphrase_edit.setText(GOOD)
    dlg.confirm_edit.setText(GOOD)
    _ok(dlg)
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert dlg.choice() == NewStoreChoice("passphrase", GOOD)


def test_keyring_choice_needs_no_passphrase(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dlg = NewStoreDialog(tmp_path, keyring_ok=True)
    qtbot.addWidget(dlg)
    assert not dlg.passphrase_box.isEnabled()
    _ok(dlg)
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert dlg.choice() == NewStoreChoice("keyring")


def test_without_keyring_only_a_passphrase_is_offered(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dlg = NewStoreDialog(tmp_path, keyring_ok=False)
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.keyring_radio.isVisible() and not dlg.keyring_radio.isEnabled()
    assert dlg.no_keyring_label.isVisible()
    assert "No secure keyring" in dlg.no_keyring_label.text()
    assert dlg.passphrase_radio.isChecked() and dlg.passphrase_box.isEnabled()
    assert dlg.mode == "passphrase"


def test_check_new_passphrase_rules() -> None:
    assert check_new_passphrase("123456789", "123456789") is not None  # 9 characters
    assert check_new_passphrase("1234567890", "1234567890") is None
    assert check_new_passphrase("1234567890", "1234567891") is not None


# -- unlock dialog ---------------------------------------------------------------------------------
def test_unlock_dialog_switches_to_recovery_key(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dlg = UnlockDialog(tmp_path, error="The key or passphrase does not open this store.")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    assert dlg.error_label.isVisible()
    assert dlg.passphrase_edit.isVisible() and not dlg.recovery_edit.isVisible()
    dlg.use_recovery.setFocus()
    qtbot.keyClick(dlg.use_recovery, Qt.Key.Key_Space)  # keyboard only
    assert dlg.recovery_edit.isVisible() and not dlg.passphrase_edit.isVisible()
    dlg.recovery_edit.setText("ABCD-1234")  # too short
    _ok(dlg)
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert "64 characters" in dlg.error_label.text()
    key = format_recovery_key(bytes(range(32)))
    dlg.recovery_edit.setText(key.lower())
    _ok(dlg)
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert dlg.answer() == UnlockAnswer(recovery_key=key.lower())


def test_unlock_dialog_refuses_an_empty_passphrase(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dlg = UnlockDialog(tmp_path)
    qtbot.addWidget(dlg)
    _ok(dlg)
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert dlg.error_label.text()


def test_recovery_only_dialog_hides_the_passphrase(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dlg = UnlockDialog(tmp_path, recovery_only=True)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.recovery_edit.isVisible()
    assert not dlg.passphrase_edit.isVisible() and not dlg.use_recovery.isVisible()


# -- recovery key ----------------------------------------------------------------------------------
def test_recovery_dialog_continues_only_once_kept(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    key = bytes(range(32))
    dlg = RecoveryKeyDialog(key, tmp_path)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.panel.key_text() == format_recovery_key(key)
    assert not dlg.continue_button.isEnabled()
    dlg.reject()  # Escape does not skip it
    assert dlg.isVisible()
    dlg.confirm.setChecked(True)
    assert dlg.continue_button.isEnabled()
    qtbot.mouseClick(dlg.continue_button, Qt.MouseButton.LeftButton)
    assert dlg.result() == QDialog.DialogCode.Accepted


def test_recovery_key_saved_to_a_file(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    key = bytes(range(32))
    target = tmp_path / "usb" / "cle.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    panel = RecoveryKeyPanel(key, tmp_path)
    qtbot.addWidget(panel)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    text = target.read_text(encoding="utf-8")
    assert format_recovery_key(key) in text
    assert "away from the laptop" in text
    assert told and str(target) in told[0]
    assert not list(target.parent.glob("*.tmp"))  # atomic write leaves no temporary file


def test_recovery_sheet_explains_itself(tmp_path: Path, store) -> None:  # type: ignore[no-untyped-def]
    key = store.recovery_key_bytes
    html = recovery_html(key, store.data_dir)
    groups = format_recovery_key(key).split("-")
    assert "-".join(groups[:8]) in html and "-".join(groups[8:]) in html
    assert "I have my recovery key" in html
    text = recovery_text(key, store.data_dir)
    assert KeyManager(store.data_dir).meta.store_id in text


# -- the flow --------------------------------------------------------------------------------------
@dataclass
class ScriptedPrompter:
    """Answers the flow's questions from a script and records what it was shown."""

    new_store: NewStoreChoice | None = None
    unlock_answers: list[UnlockAnswer | None] = field(default_factory=list)
    asked: list[tuple[bool, str | None, str | None]] = field(default_factory=list)
    keys_shown: list[bytes] = field(default_factory=list)
    told: list[str] = field(default_factory=list)
    keyring_offered: list[bool] = field(default_factory=list)

    def choose_new_store(self, data_dir: Path, keyring_ok: bool, rebuilding: bool = False) -> NewStoreChoice | None:
        self.keyring_offered.append(keyring_ok)
        choice, self.new_store = self.new_store, NewStoreChoice("passphrase", GOOD)
        return choice

    def ask_unlock(self, data_dir: Path, recovery_only: bool, error: str | None,
                   message: str | None) -> UnlockAnswer | None:
        self.asked.append((recovery_only, error, message))
        return self.unlock_answers.pop(0) if self.unlock_answers else None

    def show_recovery_key(self, key: bytes, data_dir: Path) -> None:
        self.keys_shown.append(key)

    def tell(self, text: str) -> None:
        self.told.append(text)


def test_first_start_creates_a_keyring_store_and_shows_its_key(data_dir: Path) -> None:
    prompter = ScriptedPrompter(new_store=NewStoreChoice("keyring"))
    store = open_store(data_dir, prompter)
    assert store is not None
    try:
        assert prompter.keyring_offered == [True]
        assert prompter.keys_shown == [store.recovery_key_bytes]
        assert KeyManager(data_dir).meta.key_mode == "keyring"
    finally:
        store.close()


def test_first_start_cancelled_creates_nothing(data_dir: Path) -> None:
    assert open_store(data_dir, ScriptedPrompter(new_store=None)) is None
    assert not KeyManager(data_dir).store_exists()


def test_keyring_refusing_the_key_falls_back_to_a_passphrase(data_dir: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def refuse(*_a: object) -> None:
        raise keyring.errors.PasswordSetError("locked")

    monkeypatch.setattr(keyring, "set_password", refuse)
    prompter = ScriptedPrompter(new_store=NewStoreChoice("keyring"))
    store = open_store(data_dir, prompter)
    assert store is not None
    try:
        assert prompter.keyring_offered == [True, False]
        assert prompter.told and "passphrase" in prompter.told[0]
        assert KeyManager(data_dir).meta.key_mode == "passphrase"
    finally:
        store.close()


def test_passphrase_store_asks_until_right(data_dir: Path) -> None:
    Store.open_dir(data_dir, create_mode="passphrase", passphrase=GOOD).close()
    prompter = ScriptedPrompter(unlock_answers=[UnlockAnswer(passphrase="pas la bonne phrase"),
                                                UnlockAnswer(passphrase=GOOD)])
    store = open_store(data_dir, prompter)
    assert store is not None
    store.close()
    assert [a[0] for a in prompter.asked] == [False, False]
    assert prompter.asked[0][1] is None
    assert "does not open this store" in (prompter.asked[1][1] or "")


def test_three_wrong_passphrases_stop(data_dir: Path) -> None:
    Store.open_dir(data_dir, create_mode="passphrase", passphrase=GOOD).close()
    before = (data_dir / DB_FILE).read_bytes()
    prompter = ScriptedPrompter(unlock_answers=[UnlockAnswer(passphrase=f"mauvaise {i}") for i in range(5)])
    with pytest.raises(WrongKey):
        open_store(data_dir, prompter)
    assert len(prompter.asked) == 3
    assert (data_dir / DB_FILE).read_bytes() == before


def test_lost_keyring_entry_asks_for_the_recovery_key(data_dir: Path, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    store = Store.open_dir(data_dir, create_mode="keyring")
    key = store.recovery_key_bytes
    store.close()
    memory_keyring.entries.clear()  # new computer profile
    prompter = ScriptedPrompter(unlock_answers=[UnlockAnswer(recovery_key=format_recovery_key(key))])
    reopened = open_store(data_dir, prompter)
    assert reopened is not None
    reopened.close()
    assert prompter.asked[0][0] is True  # recovery key only
    assert "keyring" in (prompter.asked[0][2] or "")
    store_id = KeyManager(data_dir).meta.store_id
    assert memory_keyring.entries[(KEYRING_SERVICE, store_id)] == key.hex()  # put back


def test_locked_store_is_an_error_not_a_prompt(store, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    prompter = ScriptedPrompter()
    with pytest.raises(StoreLocked) as info:
        open_store(data_dir, prompter)
    assert prompter.asked == []
    assert "already open" in render_store_error(info.value)


def test_database_without_store_json_is_never_overwritten(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / DB_FILE).write_bytes(b"precious encrypted bytes")
    key = format_recovery_key(bytes(range(32)))
    prompter = ScriptedPrompter(new_store=NewStoreChoice("keyring"),
                                unlock_answers=[UnlockAnswer(recovery_key=key)] * 3)
    with pytest.raises(WrongKey):
        open_store(data_dir, prompter)
    assert [recovery_only for recovery_only, _e, _m in prompter.asked] == [True, True, True]
    assert "store.json" in (prompter.asked[0][2] or "")
    assert "does not open this store" in (prompter.asked[1][1] or "")
    assert prompter.keyring_offered == []  # nothing is protected anew before the key is proved
    assert (data_dir / DB_FILE).read_bytes() == b"precious encrypted bytes"
    assert not (data_dir / META_FILE).exists()


def _store_without_its_key_file(data_dir: Path, mode: str, passphrase: str | None = None) -> str:
    """A store holding one person, whose store.json is then lost; returns its recovery key."""
    store = Store.open_dir(data_dir, create_mode=mode, passphrase=passphrase)
    make_services(store).beneficiaries.create(full_draft())
    recovery = format_recovery_key(store.recovery_key_bytes)
    store.close()
    (data_dir / META_FILE).unlink()
    return recovery


def test_lost_store_json_is_rebuilt_from_the_recovery_key_into_the_keyring(data_dir: Path) -> None:
    recovery = _store_without_its_key_file(data_dir, "passphrase", GOOD)
    prompter = ScriptedPrompter(new_store=NewStoreChoice("keyring"),
                                unlock_answers=[UnlockAnswer(recovery_key="0" * 64),
                                                UnlockAnswer(recovery_key=recovery)])
    store = open_store(data_dir, prompter)
    assert store is not None
    with store:
        assert len(make_services(store).caseload()) == 1
    assert "does not open this store" in (prompter.asked[1][1] or "")
    assert prompter.keyring_offered == [True]
    assert KeyManager(data_dir).meta.key_mode == "keyring"
    reopened = open_store(data_dir, ScriptedPrompter())  # no question any more: the key is in the keyring
    assert reopened is not None
    reopened.close()


def test_lost_store_json_without_keyring_is_rebuilt_with_a_new_passphrase(data_dir: Path) -> None:
    recovery = _store_without_its_key_file(data_dir, "keyring")
    keyring.set_keyring(keyring.backends.fail.Keyring())  # conftest's fixture restores the memory keyring
    prompter = ScriptedPrompter(new_store=NewStoreChoice("passphrase", "une autre phrase secrète"),
                                unlock_answers=[UnlockAnswer(recovery_key=recovery)])
    store = open_store(data_dir, prompter)
    assert store is not None
    store.close()
    assert prompter.keyring_offered == [False]
    meta = KeyManager(data_dir).meta
    assert meta.key_mode == "passphrase" and meta.format == 2
    # The new passphrase opens it, and so does the recovery key printed long ago.
    for answer in (UnlockAnswer(passphrase="une autre phrase secrète"), UnlockAnswer(recovery_key=recovery)):
        store = open_store(data_dir, ScriptedPrompter(unlock_answers=[answer]))
        assert store is not None
        with store:
            assert len(make_services(store).caseload()) == 1
    with pytest.raises(WrongKey):
        open_store(data_dir, ScriptedPrompter(unlock_answers=[UnlockAnswer(passphrase=GOOD)] * 3))


def test_rebuilding_dialog_says_what_it_does(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    dlg = NewStoreDialog(data_dir, keyring_ok=True, rebuilding=True)
    qtbot.addWidget(dlg)
    assert dlg.windowTitle() == "Protect your CEP Desk store"
    assert dlg.buttons.button(dlg.buttons.StandardButton.Ok).text() == "&Protect the store"
