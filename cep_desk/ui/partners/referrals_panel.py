"""A person's referrals, for their file: when, to whom, status and outcome; refer again from here.

Meant for the person's file (a tab or a section): ``ReferralsPanel(services, beneficiary_id)``.
A plan action refers with ``ReferralDialog(services, beneficiary_id=…, plan_action_id=…)``.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from cep_desk.services.facade import Services
from cep_desk.ui.language import format_date
from cep_desk.ui.partners.labels import status_label
from cep_desk.ui.partners.referral_dialog import ReferralDialog


class ReferralsPanel(QWidget):
    changed = Signal()

    def __init__(self, services: Services, beneficiary_id: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.beneficiary_id = services, beneficiary_id
        lay = QVBoxLayout(self)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("<b>Referrals to partners</b>")))
        head.addStretch(1)
        self.refer_button = QPushButton(self.tr("Re&fer to a partner…"))
        self.refer_button.setAccessibleName(self.tr("Refer to a partner"))
        self.refer_button.clicked.connect(self.refer)
        head.addWidget(self.refer_button)
        lay.addLayout(head)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Sent on"), self.tr("Service"), self.tr("Partner"),
                                              self.tr("Status"), self.tr("Outcome")])
        self.table.setAccessibleName(self.tr("Referrals of this person"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.cellActivated.connect(self.open_referral)
        self.table.cellDoubleClicked.connect(self.open_referral)
        lay.addWidget(self.table)
        if beneficiary_id is not None:
            self.reload()

    def set_beneficiary(self, beneficiary_id: str) -> None:
        """The person's file is reused for another person (the main window keeps one ready)."""
        self.beneficiary_id = beneficiary_id
        self.reload()

    def reload(self) -> None:
        refs = self.services.referrals.for_beneficiary(self.beneficiary_id) if self.beneficiary_id else []
        self.table.setRowCount(len(refs))
        for i, r in enumerate(refs):
            status = status_label(r.status) + (f" — {r.status_reason}" if r.status_reason else "")
            for j, text in enumerate((format_date(r.sent_on), r.service_name, r.structure_name, status, r.outcome)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(256, r.id)
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()

    def refer(self) -> None:
        if ReferralDialog(self.services, beneficiary_id=self.beneficiary_id, parent=self).exec():
            self.reload()
            self.changed.emit()

    def open_referral(self, row: int, _col: int = 0) -> None:
        item = self.table.item(row, 0)
        if item is not None and ReferralDialog(self.services, referral_id=item.data(256), parent=self).exec():
            self.reload()
            self.changed.emit()
