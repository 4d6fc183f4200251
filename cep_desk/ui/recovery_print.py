"""The recovery key on paper or in a file, with how to use it and where to keep it.

The recovery key is the only way back into the store when the keyring entry
is lost or the passphrase forgotten, so the sheet explains itself: someone
finding it in a drawer a year later must know what it is for. Printing loads
QtPrintSupport only when asked (start-up stays light).
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from cep_desk.storage.atomic import write_text_atomic
from cep_desk.storage.keys import StoreMeta, format_recovery_key
from cep_desk.ui.language import format_date

DEFAULT_FILE_NAME = "cep-desk-recovery-key.txt"


def _paragraphs(data_dir: Path | None) -> tuple[str, list[str], list[str]]:
    """Title, facts about the store, and the instructions, translated."""
    title = QCoreApplication.translate("RecoveryKey", "CEP Desk — recovery key")
    facts = []
    if data_dir is not None:
        facts.append(QCoreApplication.translate("RecoveryKey", "Store folder: {folder}").format(folder=str(data_dir)))
        meta = StoreMeta.load(data_dir) if (data_dir / "store.json").exists() else None
        if meta is not None:
            facts.append(QCoreApplication.translate("RecoveryKey", "Store identifier: {id}")
                         .format(id=meta.store_id))
    facts.append(QCoreApplication.translate("RecoveryKey", "Written on {date}").format(date=format_date(date.today())))
    advice = [
        QCoreApplication.translate(
            "RecoveryKey",
            "This key opens your encrypted CEP Desk store when this computer's keyring has lost it "
            "(new computer, new user profile) or when the passphrase is forgotten."),
        QCoreApplication.translate(
            "RecoveryKey",
            "How to use it: start CEP Desk; when it asks for the passphrase or the key, choose "
            "“I have my recovery key” and type the 64 characters. Dashes and spaces are "
            "optional; capital letters do not matter."),
        QCoreApplication.translate(
            "RecoveryKey",
            "Keep this sheet in a locked place, away from the laptop: anyone who has both the laptop "
            "and this key can read the files of the people you accompany. Do not send it by e-mail "
            "and do not photograph it."),
    ]
    return title, facts, advice


def recovery_text(key: bytes, data_dir: Path | None = None) -> str:
    """Plain-text sheet, for the "Save to file…" button."""
    title, facts, advice = _paragraphs(data_dir)
    lines = [title, "=" * len(title), "", format_recovery_key(key), "", *facts, "", *advice]
    return "\n".join(lines) + "\n"


def recovery_html(key: bytes, data_dir: Path | None = None) -> str:
    """Rich-text sheet, for printing: the key large, in a monospace font, split in two lines."""
    title, facts, advice = _paragraphs(data_dir)
    groups = format_recovery_key(key).split("-")
    half = len(groups) // 2
    key_lines = "<br/>".join(("-".join(groups[:half]), "-".join(groups[half:])))
    parts = [
        f"<h1>{html.escape(title)}</h1>",
        f"<p style='font-family: \"DejaVu Sans Mono\", monospace; font-size: 20pt; font-weight: bold;'>"
        f"{key_lines}</p>",
        *(f"<p>{html.escape(f)}</p>" for f in facts),
        *(f"<p style='font-size: 12pt;'>{html.escape(a)}</p>" for a in advice),
    ]
    return "<html><body>" + "".join(parts) + "</body></html>"


def save_recovery_key(parent: QWidget | None, key: bytes, data_dir: Path | None = None) -> Path | None:
    """Ask where to save (ideally a USB key), write atomically; the path or None when cancelled."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("RecoveryKey", "Save the recovery key"),
        str(Path.home() / DEFAULT_FILE_NAME),
        QCoreApplication.translate("RecoveryKey", "Text files (*.txt)"),
    )
    if not name:
        return None
    path = Path(name)
    try:
        write_text_atomic(path, recovery_text(key, data_dir))
    except OSError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("RecoveryKey", "Recovery key not saved"),
            QCoreApplication.translate(
                "RecoveryKey",
                "The recovery key could not be saved in {path} ({error}). Choose another place, "
                "for example a USB key.").format(path=str(path), error=exc.strerror or str(exc)),
        )
        return None
    QMessageBox.information(
        parent, QCoreApplication.translate("RecoveryKey", "Recovery key saved"),
        QCoreApplication.translate(
            "RecoveryKey",
            "The recovery key was saved in {path}. If this is on the laptop, copy it to a USB key "
            "kept elsewhere, then delete it from the laptop.").format(path=str(path)),
    )
    return path


def print_recovery_key(parent: QWidget | None, key: bytes, data_dir: Path | None = None) -> bool:
    """Print the sheet through the system print dialog; True when sent to the printer."""
    from PySide6.QtGui import QTextDocument
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("RecoveryKey", "Print the recovery key"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    doc = QTextDocument()
    doc.setHtml(recovery_html(key, data_dir))
    doc.print_(printer)
    return True
