"""Creating and unlocking the encrypted store, and telling the user when it cannot be opened.

The flow (``open_store``) talks to the user through a small prompter object
so it can be tested without modal dialogs; ``DialogPrompter`` is the real
one. Whatever happens, the store file is never overwritten: a store that
exists is only ever opened, and every failure becomes a plain message.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cep_desk.domain.messages import ValidationFailed
from cep_desk.storage.errors import (
    KeyMissing,
    NeedPassphrase,
    NoKeyringBackend,
    StoreError,
    WrongKey,
)
from cep_desk.storage.keys import KeyManager, format_recovery_key, keyring_usable, parse_recovery_key
from cep_desk.storage.store import DB_FILE, Store

PASSPHRASE_MIN = 10
MAX_ATTEMPTS = 3
ERROR_STYLE = "color: #b00020; font-weight: bold;"


def render_store_error(exc: StoreError) -> str:
    """The translated message; never raises (a bad placeholder must not become a crash)."""
    try:
        return exc.render(QCoreApplication.translate)
    except (KeyError, IndexError, ValueError):
        return QCoreApplication.translate("Store", exc.message)


def show_store_error(parent: QWidget | None, exc: StoreError, title: str | None = None) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical,
                      title or QCoreApplication.translate("StoreDialogs", "CEP Desk — data store"),
                      render_store_error(exc), QMessageBox.StandardButton.Ok, parent)
    if exc.detail:
        box.setDetailedText(exc.detail)
    box.exec()


def show_validation_failed(parent: QWidget | None, exc: ValidationFailed) -> None:
    text = "\n".join("• " + i.render(QCoreApplication.translate) for i in exc.issues)
    QMessageBox.warning(parent, QCoreApplication.translate("StoreDialogs", "Please check"), text)


def show_unexpected_error(parent: QWidget | None, exc: BaseException) -> None:
    """Last resort: a plain message, the technical text only under "Show details"."""
    box = QMessageBox(
        QMessageBox.Icon.Critical, QCoreApplication.translate("StoreDialogs", "CEP Desk"),
        QCoreApplication.translate(
            "StoreDialogs",
            "Something went wrong and this action was not completed. Nothing else was changed. "
            "If it happens again, note what you were doing and contact your IT support."),
        QMessageBox.StandardButton.Ok, parent)
    box.setDetailedText(f"{type(exc).__name__}: {exc}")
    box.exec()


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setVisible(False)
    label.setAccessibleName(QCoreApplication.translate("StoreDialogs", "Error message"))
    return label


def _set_error(label: QLabel, text: str | None) -> None:
    label.setText(text or "")
    label.setVisible(bool(text))


_FIXED_FAMILIES = ("DejaVu Sans Mono", "Liberation Mono", "Cascadia Mono", "Consolas", "Menlo", "Courier New")


def _monospace(point_size: int = 16) -> QFont:
    """A font whose letters all have one width, so a recovery key is copied without slips.

    The system's fixed font is not always drawn fixed-pitch (fontconfig may map
    "monospace" to a family Qt does not treat as such): then a known one is used.
    """
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if not QFontInfo(font).fixedPitch():
        installed = set(QFontDatabase.families())
        for family in _FIXED_FAMILIES:
            if family in installed and QFontDatabase.isFixedPitch(family):
                font = QFont(family)
                break
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSize(point_size)
    font.setBold(True)
    return font


# -- new store -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class NewStoreChoice:
    mode: str                  # "keyring" | "passphrase"
    passphrase: str | None = None


def check_new_passphrase(first: str, second: str) -> str | None:
    """Why a new passphrase is refused (translated), or None when it is acceptable."""
    if len(first) < PASSPHRASE_MIN:
        return QCoreApplication.translate(
            "NewStoreDialog", "The passphrase must have at least %n characters.", "", PASSPHRASE_MIN)
    if first != second:
        return QCoreApplication.translate(
            "NewStoreDialog", "The two passphrases are different: type the same passphrase twice.")
    return None


class NewStoreDialog(QDialog):
    """First start: explain the encrypted store and choose how its key is protected.

    ``rebuilding``: the same choice for an existing store whose ``store.json`` was lost
    and whose recovery key was just typed (only the wording changes)."""

    def __init__(self, data_dir: Path, keyring_ok: bool, parent: QWidget | None = None, *,
                 rebuilding: bool = False):
        super().__init__(parent)
        self.keyring_ok = keyring_ok
        self.setWindowTitle(self.tr("Protect your CEP Desk store") if rebuilding else self.tr("Welcome to CEP Desk"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)

        intro = QLabel(self.tr(
            "Your recovery key opens the store in this folder. Choose how its key is protected from now on:")
            if rebuilding else self.tr(
            "CEP Desk keeps the files of the people you accompany in one encrypted file, in this folder:"))
        intro.setWordWrap(True)
        folder = QLabel(str(data_dir))
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder.setStyleSheet("font-weight: bold;")
        explain = QLabel(self.tr(
            "Choose how the key of this file is protected. Without the key, nobody — not even you — "
            "can read the file."))
        explain.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(folder)
        layout.addWidget(explain)

        self.keyring_radio = QRadioButton(self.tr("&Keep the key in this computer's keyring (recommended)"))
        self.keyring_radio.setToolTip(self.tr("The operating system keeps the key for your user account: "
                                              "nothing to type at each start."))
        self.keyring_radio.setAccessibleName(self.tr("Keep the key in the keyring"))
        self.passphrase_radio = QRadioButton(self.tr("&Protect it with a passphrase I type at each start"))
        self.passphrase_radio.setAccessibleName(self.tr("Protect with a passphrase"))
        group = QButtonGroup(self)
        group.addButton(self.keyring_radio)
        group.addButton(self.passphrase_radio)
        layout.addWidget(self.keyring_radio)
        self.no_keyring_label = QLabel(self.tr(
            "No secure keyring works on this computer, so the store must be protected with a passphrase."))
        self.no_keyring_label.setWordWrap(True)
        self.no_keyring_label.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.no_keyring_label)
        layout.addWidget(self.passphrase_radio)

        self.passphrase_box = QWidget()
        form = QFormLayout(self.passphrase_box)
        form.setContentsMargins(24, 0, 0, 0)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit.setAccessibleName(self.tr("Passphrase again"))
        pass_label = QLabel(self.tr("Pass&phrase:"))
        pass_label.setBuddy(self.passphrase_edit)
        confirm_label = QLabel(self.tr("&Again:"))
        confirm_label.setBuddy(self.confirm_edit)
        form.addRow(pass_label, self.passphrase_edit)
        form.addRow(confirm_label, self.confirm_edit)
        hint = QLabel(self.tr(
            "At least %n characters; a short sentence is easy to remember and hard to guess. "
            "A forgotten passphrase cannot be recovered: only the recovery key shown next can "
            "open the store then.", "", PASSPHRASE_MIN))
        hint.setWordWrap(True)
        form.addRow(hint)
        layout.addWidget(self.passphrase_box)

        self.error_label = _error_label()
        layout.addWidget(self.error_label)
        layout.addSpacing(8)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Protect the store") if rebuilding else self.tr("&Create the store"))
        ok.setAccessibleName(self.tr("Protect the store") if rebuilding else self.tr("Create the store"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Quit"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.keyring_radio.toggled.connect(self._mode_changed)
        self.passphrase_edit.textEdited.connect(lambda _t: _set_error(self.error_label, None))
        self.confirm_edit.textEdited.connect(lambda _t: _set_error(self.error_label, None))
        if keyring_ok:
            self.keyring_radio.setChecked(True)
            self.no_keyring_label.setVisible(False)
        else:
            self.keyring_radio.setEnabled(False)
            self.keyring_radio.setVisible(False)
            self.passphrase_radio.setChecked(True)
        self._mode_changed()

    def _mode_changed(self) -> None:
        self.passphrase_box.setEnabled(self.passphrase_radio.isChecked())
        _set_error(self.error_label, None)
        if self.passphrase_radio.isChecked():
            self.passphrase_edit.setFocus()

    @property
    def mode(self) -> str:
        return "keyring" if self.keyring_radio.isChecked() and self.keyring_ok else "passphrase"

    def choice(self) -> NewStoreChoice:
        if self.mode == "keyring":
            return NewStoreChoice("keyring")
        return NewStoreChoice("passphrase", self.passphrase_edit.text())

    def validate(self) -> str | None:
        if self.mode == "keyring":
            return None
        return check_new_passphrase(self.passphrase_edit.text(), self.confirm_edit.text())

    def accept(self) -> None:
        problem = self.validate()
        if problem:
            _set_error(self.error_label, problem)
            self.passphrase_edit.setFocus()
            self.passphrase_edit.selectAll()
            return
        super().accept()


# -- unlocking -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class UnlockAnswer:
    passphrase: str | None = None
    recovery_key: str | None = None


class UnlockDialog(QDialog):
    """Ask for the passphrase, or for the recovery key ("I have my recovery key")."""

    def __init__(self, data_dir: Path, *, recovery_only: bool = False, error: str | None = None,
                 message: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.recovery_only = recovery_only
        self.setWindowTitle(self.tr("Open your CEP Desk store"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(message or (
            self.tr("The key of this store is not in this computer's keyring. Type your recovery key "
                    "(printed or saved when the store was created) to open it.")
            if recovery_only else self.tr("This store is protected by a passphrase. Type it to open it.")))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        folder = QLabel(str(data_dir))
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder.setStyleSheet("font-weight: bold;")
        layout.addWidget(folder)

        form = QFormLayout()
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.passphrase_label = QLabel(self.tr("Pass&phrase:"))
        self.passphrase_label.setBuddy(self.passphrase_edit)
        form.addRow(self.passphrase_label, self.passphrase_edit)
        self.use_recovery = QCheckBox(self.tr("I have my &recovery key"))
        self.use_recovery.setAccessibleName(self.tr("I have my recovery key"))
        form.addRow(self.use_recovery)
        self.recovery_edit = QLineEdit()
        self.recovery_edit.setFont(_monospace(12))
        self.recovery_edit.setPlaceholderText("XXXX-XXXX-XXXX-…")
        self.recovery_edit.setAccessibleName(self.tr("Recovery key"))
        self.recovery_label = QLabel(self.tr("Recovery &key:"))
        self.recovery_label.setBuddy(self.recovery_edit)
        form.addRow(self.recovery_label, self.recovery_edit)
        layout.addLayout(form)

        self.error_label = _error_label()
        layout.addWidget(self.error_label)
        _set_error(self.error_label, error)
        layout.addSpacing(8)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Open"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Quit"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.use_recovery.toggled.connect(self._mode_changed)
        if recovery_only:
            self.use_recovery.setChecked(True)
            self.use_recovery.setVisible(False)
        self._mode_changed()

    def _mode_changed(self) -> None:
        recovery = self.use_recovery.isChecked()
        for w in (self.passphrase_label, self.passphrase_edit):
            w.setVisible(not recovery)
        for w in (self.recovery_label, self.recovery_edit):
            w.setVisible(recovery)
        (self.recovery_edit if recovery else self.passphrase_edit).setFocus()

    def answer(self) -> UnlockAnswer:
        if self.use_recovery.isChecked():
            return UnlockAnswer(recovery_key=self.recovery_edit.text())
        return UnlockAnswer(passphrase=self.passphrase_edit.text())

    def validate(self) -> str | None:
        if self.use_recovery.isChecked():
            try:
                parse_recovery_key(self.recovery_edit.text())
            except WrongKey:
                return self.tr("A recovery key has 64 characters, digits 0–9 and letters A–F "
                               "(dashes and spaces are optional). Check what you typed.")
            return None
        if not self.passphrase_edit.text():
            return self.tr("Type the passphrase.")
        return None

    def accept(self) -> None:
        problem = self.validate()
        if problem:
            _set_error(self.error_label, problem)
            return
        super().accept()


# -- recovery key ----------------------------------------------------------------------------------
class RecoveryKeyPanel(QWidget):
    """The key in large monospace letters, with Save to file… and Print… (shared with Settings)."""

    def __init__(self, key: bytes, data_dir: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._key = key
        self._data_dir = data_dir
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.key_view = QPlainTextEdit()
        self.key_view.setReadOnly(True)
        self.key_view.setFont(_monospace(16))
        groups = format_recovery_key(key).split("-")
        half = len(groups) // 2
        self.key_view.setPlainText("-".join(groups[:half]) + "-\n" + "-".join(groups[half:]))
        metrics = self.key_view.fontMetrics()
        self.key_view.setMinimumWidth(metrics.horizontalAdvance("-".join(groups[:half]) + "-") + 40)
        self.key_view.setFixedHeight(metrics.lineSpacing() * 2 + 24)
        self.key_view.setAccessibleName(self.tr("Recovery key"))
        self.key_view.setAccessibleDescription(format_recovery_key(key))
        self.key_view.setTabChangesFocus(True)
        layout.addWidget(self.key_view)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save to file…"))
        self.save_button.setAccessibleName(self.tr("Save the recovery key to a file"))
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.print_button.setAccessibleName(self.tr("Print the recovery key"))
        row.addWidget(self.save_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.save_button.clicked.connect(self.save_to_file)
        self.print_button.clicked.connect(self.print_key)

    def key_text(self) -> str:
        """The key exactly as ``format_recovery_key`` writes it (one line)."""
        return self.key_view.toPlainText().replace("\n", "")

    def save_to_file(self) -> Path | None:
        from cep_desk.ui.recovery_print import save_recovery_key

        return save_recovery_key(self, self._key, self._data_dir)

    def print_key(self) -> bool:
        from cep_desk.ui.recovery_print import print_recovery_key

        return print_recovery_key(self, self._key, self._data_dir)


class RecoveryKeyDialog(QDialog):
    """Shown once, right after the store is created: write the key down before going on."""

    def __init__(self, key: bytes, data_dir: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your recovery key"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Your store is ready. Here is its recovery key: it opens the store if this computer "
            "loses its key or if you forget your passphrase. Print it or save it on a USB key now, "
            "and keep it away from the laptop. You can show it again later in Settings → Recovery key."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.panel = RecoveryKeyPanel(key, data_dir)
        layout.addWidget(self.panel)
        self.confirm = QCheckBox(self.tr("I have &printed, saved or written down this key"))
        self.confirm.setAccessibleName(self.tr("I have kept the recovery key"))
        layout.addWidget(self.confirm)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.continue_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.continue_button.setText(self.tr("&Continue"))
        self.continue_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.confirm.toggled.connect(self.continue_button.setEnabled)

    def reject(self) -> None:
        """Escape must not skip the key: continue only once it is kept."""
        if self.confirm.isChecked():
            super().accept()


# -- the flow --------------------------------------------------------------------------------------
class StorePrompter(Protocol):
    def choose_new_store(self, data_dir: Path, keyring_ok: bool, rebuilding: bool = False
                         ) -> NewStoreChoice | None: ...
    def ask_unlock(self, data_dir: Path, recovery_only: bool, error: str | None,
                   message: str | None) -> UnlockAnswer | None: ...
    def show_recovery_key(self, key: bytes, data_dir: Path) -> None: ...
    def tell(self, text: str) -> None: ...


class DialogPrompter:
    """The real prompter: modal dialogs before the main window exists."""

    def __init__(self, parent: QWidget | None = None):
        self.parent = parent

    def choose_new_store(self, data_dir: Path, keyring_ok: bool, rebuilding: bool = False
                         ) -> NewStoreChoice | None:
        dlg = NewStoreDialog(data_dir, keyring_ok, self.parent, rebuilding=rebuilding)
        return dlg.choice() if dlg.exec() == QDialog.DialogCode.Accepted else None

    def ask_unlock(self, data_dir: Path, recovery_only: bool, error: str | None,
                   message: str | None) -> UnlockAnswer | None:
        dlg = UnlockDialog(data_dir, recovery_only=recovery_only, error=error, message=message, parent=self.parent)
        return dlg.answer() if dlg.exec() == QDialog.DialogCode.Accepted else None

    def show_recovery_key(self, key: bytes, data_dir: Path) -> None:
        RecoveryKeyDialog(key, data_dir, self.parent).exec()

    def tell(self, text: str) -> None:
        QMessageBox.information(self.parent, QCoreApplication.translate("StoreDialogs", "CEP Desk"), text)


def _tell_keyring_refused(prompter: StorePrompter) -> None:
    prompter.tell(QCoreApplication.translate(
        "StoreDialogs", "The computer's keyring refused to keep the key. Choose a passphrase to protect the store."))


def _create(data_dir: Path, prompter: StorePrompter) -> Store | None:
    keyring_ok = keyring_usable()
    while True:
        choice = prompter.choose_new_store(data_dir, keyring_ok)
        if choice is None:
            return None
        try:
            store = Store.open_dir(data_dir, create_mode=choice.mode, passphrase=choice.passphrase)
        except NoKeyringBackend:  # keys.create wraps every keyring failure in it
            # The keyring looked usable but refused the key (locked, no daemon…): nothing was written.
            keyring_ok = False
            _tell_keyring_refused(prompter)
            continue
        prompter.show_recovery_key(store.recovery_key_bytes, data_dir)
        return store


def _rebuild_key_file(data_dir: Path, prompter: StorePrompter, quick_check: bool) -> Store | None:
    """``store.json`` is gone but the database is there: prove the recovery key on the database,
    then write ``store.json`` again (keyring, or a passphrase when none works) and open."""
    message = QCoreApplication.translate(
        "StoreDialogs",
        "The file store.json, which says how this store is locked, is missing from the folder. "
        "Type your recovery key: CEP Desk checks that it opens the store, then writes that file again.")
    error: str | None = None
    for _attempt in range(MAX_ATTEMPTS):
        answer = prompter.ask_unlock(data_dir, True, error, message)
        if answer is None:
            return None
        try:
            key = Store.check_recovery_key(data_dir, answer.recovery_key or "")
        except WrongKey as exc:
            error = render_store_error(exc)
            continue
        keys, keyring_ok = KeyManager(data_dir), keyring_usable()
        while True:
            choice = prompter.choose_new_store(data_dir, keyring_ok, True)
            if choice is None:
                return None
            try:
                keys.rebuild(key, choice.passphrase if choice.mode == "passphrase" else None)
            except (NoKeyringBackend, NeedPassphrase):
                keyring_ok = False
                _tell_keyring_refused(prompter)
                continue
            return Store.open(data_dir, key, quick_check=quick_check)
    raise WrongKey("three wrong attempts")


def open_store(data_dir: Path, prompter: StorePrompter, *, quick_check: bool = True) -> Store | None:
    """Open the store in ``data_dir``, creating it after asking when there is none.

    Returns None when the user gives up (Quit). Raises ``StoreError`` for
    problems the user cannot fix here (locked, damaged, too new, three wrong keys).
    ``quick_check=False``: the caller checks the pages later (see ``ui.store_check``).
    """
    data_dir = Path(data_dir)
    if not KeyManager(data_dir).store_exists():
        if (data_dir / DB_FILE).exists():
            # A database without its store.json: a new key would hide it; the recovery key rebuilds it.
            return _rebuild_key_file(data_dir, prompter, quick_check)
        return _create(data_dir, prompter)
    try:
        return Store.open_dir(data_dir, quick_check=quick_check)
    except NeedPassphrase:
        recovery_only, message = False, None
    except (KeyMissing, WrongKey) as exc:
        # No keyring entry, or one that no longer matches: only the recovery key can help.
        recovery_only, message = True, render_store_error(exc)
    error: str | None = None
    for _attempt in range(MAX_ATTEMPTS):
        answer = prompter.ask_unlock(data_dir, recovery_only, error, message)
        if answer is None:
            return None
        try:
            return Store.open_dir(data_dir, passphrase=answer.passphrase, recovery_key=answer.recovery_key,
                                  quick_check=quick_check)
        except WrongKey as exc:
            error = render_store_error(exc)
        except NeedPassphrase as exc:
            error = render_store_error(exc)
    raise WrongKey("three wrong attempts")
