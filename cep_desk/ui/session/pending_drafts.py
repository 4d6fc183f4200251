"""At start-up: sessions left unsaved (the app was closed or killed mid-session) are offered back.

The draft itself is safe in the store whatever the answer; "Later" just
leaves it until the person's session is opened again.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from cep_desk.services.facade import Services
from cep_desk.ui.field_errors import describe_exception
from cep_desk.ui.language import format_datetime


def local_time(value: datetime) -> datetime:
    """A stored UTC time, in local time for display."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone().replace(tzinfo=None)


def pending_people(services: Services) -> list[tuple[str, str, str]]:
    """(person id, name, when the draft was saved) for every draft left, newest first."""
    out = []
    for d in services.drafts.pending():
        try:
            name = services.beneficiaries.get(d.beneficiary_id).display_name
        except LookupError:
            continue  # the person is gone: nothing to offer
        out.append((d.beneficiary_id, name, format_datetime(local_time(d.saved_at))))
    return out


def offer_pending_drafts(main_window: QWidget, services: Services) -> list[QWidget]:
    """Ask, and reopen each session in its person's file; the windows opened."""
    try:
        people = pending_people(services)
    except Exception as exc:  # the start goes on; say it plainly
        QMessageBox.warning(main_window, QCoreApplication.translate("PendingDrafts", "Unsaved sessions"),
                            describe_exception(exc))
        return []
    if not people:
        return []
    lines = "\n".join(f"• {name} — {when}" for _bid, name, when in people)
    answer = QMessageBox.question(
        main_window, QCoreApplication.translate("PendingDrafts", "Unsaved sessions"),
        QCoreApplication.translate("PendingDrafts", "These sessions were not saved when CEP Desk last closed; "
                                   "nothing typed was lost:\n\n{people}\n\nReopen them now?").format(people=lines),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    if answer != QMessageBox.StandardButton.Yes:
        return []
    opened = []
    for bid, _name, _when in people:
        file_widget = main_window.open_beneficiary(bid)  # type: ignore[attr-defined]
        start = getattr(file_widget, "guided_session", None)
        window = start() if start is not None else None
        if window is not None:
            opened.append(window)
    return opened
