"""Store failures the user must understand, each with a plain message.

Messages are English source strings translated in the "Store" context by the
window and the command line (see ``cep_desk.domain.messages``).
"""

from __future__ import annotations

from cep_desk.domain.messages import QT_TRANSLATE_NOOP


class StoreError(Exception):
    """Base class: ``message`` is what to show, ``detail`` is for the log."""

    message = QT_TRANSLATE_NOOP("Store", "The data store could not be opened.")

    def __init__(self, detail: str = "", /, **params: str):
        # ``detail`` is positional-only so a message placeholder may also be called
        # ``detail`` (StoreCorrupted, WriteFailed pass ``detail=`` as a param).
        super().__init__(detail or self.message)
        self.detail = detail
        self.params = params

    def render(self, translate=None) -> str:  # type: ignore[no-untyped-def]
        text = translate("Store", self.message) if translate else self.message
        return text.format(**{"detail": self.detail, **self.params})


class WrongKey(StoreError):
    message = QT_TRANSLATE_NOOP(
        "Store",
        "The key or passphrase does not open this store. Check it (capital letters count) "
        "or use your printed recovery key.",
    )


class NeedPassphrase(StoreError):
    message = QT_TRANSLATE_NOOP(
        "Store",
        "This store is protected by a passphrase: enter it (or set CEP_DESK_PASSPHRASE "
        "for the command line).",
    )


class KeyMissing(StoreError):
    message = QT_TRANSLATE_NOOP(
        "Store",
        "The key of this store is not in this computer's keyring. Enter your printed recovery key "
        "to open it.",
    )


class NoKeyringBackend(StoreError):
    message = QT_TRANSLATE_NOOP(
        "Store",
        "No secure keyring is available on this computer: choose a passphrase to protect the store.",
    )


class StoreCorrupted(StoreError):
    message = QT_TRANSLATE_NOOP(
        "Store",
        "The store file is damaged ({detail}). Nothing was changed. Restore the latest backup "
        "from the backups folder, or contact your IT support.",
    )


class StoreTooNew(StoreError):
    message = QT_TRANSLATE_NOOP(
        "Store",
        "This store was written by a newer version of CEP Desk ({revision}). Install the newer "
        "version; the store has not been touched.",
    )


class MigrationFailed(StoreError):
    message = QT_TRANSLATE_NOOP(
        "Store",
        "Updating the store to this version failed; it was left as it was and a backup is in "
        "{backup}. Contact your IT support.",
    )


class StoreLocked(StoreError):
    message = QT_TRANSLATE_NOOP(
        "Store",
        "CEP Desk is already open on this store (another window or program). Close it first.",
    )


class DiskFull(StoreError):
    message = QT_TRANSLATE_NOOP(
        "Store",
        "The disk is full: nothing was saved. Free some space, then save again; what you typed "
        "is still in the form.",
    )


class WriteFailed(StoreError):
    message = QT_TRANSLATE_NOOP("Store", "Saving failed: nothing was written ({detail}). Try again.")


class StoreMissing(StoreError):
    message = QT_TRANSLATE_NOOP(
        "Store",
        "The store's database file ({detail}) is missing or empty, although its key file is there. "
        "Nothing was created. Restore the latest backup (backups folder) or copy the file back.",
    )


class BackupFailed(StoreError):
    message = QT_TRANSLATE_NOOP(
        "Store",
        "Before updating the store, CEP Desk makes a backup copy, and it could not ({detail}). "
        "Nothing was changed. Free some disk space, then start CEP Desk again.",
    )
