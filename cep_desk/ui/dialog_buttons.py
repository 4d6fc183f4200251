"""The confirm / Cancel row every dialog ends with, built one way.

Texts come already translated from the caller (so they stay in the caller's
translation context); accessible names follow the visible text unless given.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton


def confirm_buttons(
    dialog: QDialog,
    confirm_text: str,
    cancel_text: str,
    *,
    confirm_name: str | None = None,
    on_confirm: Callable[[], object] | None = None,
    save_shortcut: bool = False,
) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """Build the row; ``on_confirm`` defaults to ``dialog.accept``; Ctrl+S confirms when asked."""
    confirm_slot = on_confirm or dialog.accept
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    confirm = box.button(QDialogButtonBox.StandardButton.Ok)
    confirm.setText(confirm_text)
    confirm.setAccessibleName(confirm_name or confirm_text.replace("&", ""))
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setText(cancel_text)
    cancel.setAccessibleName(cancel_text.replace("&", ""))
    box.accepted.connect(confirm_slot)
    box.rejected.connect(dialog.reject)
    if save_shortcut:
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), dialog).activated.connect(confirm_slot)
    return box, confirm, cancel
