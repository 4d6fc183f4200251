"""Reminders at start-up and while running: a tray notification where the desktop has a tray,
otherwise a banner in the home view. Each reminder is announced once per run; snooze and done
(in the home view) hide it for good or until a day."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStyle, QSystemTrayIcon, QWidget

from cep_desk.domain import due
from cep_desk.services.cockpit import Cockpit

MAX_NAMED = 3


class ReminderNotifier(QObject):
    """``clicked`` when the counsellor clicks the notification (show the home view)."""

    clicked = Signal()

    def __init__(self, window: QWidget, banner_host, tray: bool | None = None):  # type: ignore[no-untyped-def]
        super().__init__(window)
        self.window = window
        self.banner_host = banner_host          # has .banner (MessageBanner)
        self.announced: set[str] = set()
        use_tray = QSystemTrayIcon.isSystemTrayAvailable() if tray is None else tray
        self.tray: QSystemTrayIcon | None = None
        if use_tray:
            icon = window.windowIcon()
            if icon.isNull():
                icon = window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(self.tr("CEP Desk reminders"))
            self.tray.messageClicked.connect(self.clicked)
            self.tray.activated.connect(lambda _reason: self.clicked.emit())
            self.tray.show()

    def text(self, items: list[due.DueItem], cockpit: Cockpit) -> str:
        counts = {s: sum(1 for i in items if i.section == s) for s in due.SECTIONS}
        parts = []
        if counts[due.APPOINTMENTS]:
            parts.append(self.tr("%n appointment(s) today", "", counts[due.APPOINTMENTS]))
        if counts[due.OVERDUE]:
            parts.append(self.tr("%n overdue jalon(s)", "", counts[due.OVERDUE]))
        if counts[due.WEEK]:
            parts.append(self.tr("%n jalon(s) coming up", "", counts[due.WEEK]))
        if counts[due.FUNDING]:
            parts.append(self.tr("%n funding decision(s) awaited", "", counts[due.FUNDING]))
        if counts[due.PAUSED]:
            parts.append(self.tr("%n parcours to resume", "", counts[due.PAUSED]))
        names = []
        for i in items:
            name = cockpit.name(i.beneficiary_id)
            if name and name not in names:
                names.append(name)
        who = ", ".join(names[:MAX_NAMED]) + (self.tr(" and %n more", "", len(names) - MAX_NAMED)
                                              if len(names) > MAX_NAMED else "")
        return ", ".join(parts) + (f" — {who}" if who else "") + "."

    def notify(self, cockpit: Cockpit) -> list[due.DueItem]:
        """Announce the reminders not announced yet in this run; returns them."""
        new = [r for r in cockpit.reminders if r.key not in self.announced]
        if not new:
            return []
        self.announced.update(r.key for r in new)
        text = self.text(new, cockpit)
        if self.tray is not None:
            self.tray.showMessage(self.tr("CEP Desk: reminders"), text, QSystemTrayIcon.MessageIcon.Information,
                                  15000)
        else:
            self.banner_host.banner.show_warning(self.tr("Reminders: {text}").format(text=text))
        return new
