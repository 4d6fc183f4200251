"""The partner page: the structure as data·inclusion describes it, its services, and the counsellor's
own layer (named contacts, notes, tags, favourite, last verified) and who was referred there.

Every text from the directory is shown as plain text (labels with PlainText
format, read-only plain-text editors): an imported description holding HTML
or a script is displayed as the characters it is, never rendered.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cep_desk.domain.messages import ValidationFailed
from cep_desk.domain.rules import format_phone
from cep_desk.services.facade import Services
from cep_desk.services.partner_views import StructureView
from cep_desk.services.partners import ContactDraft
from cep_desk.ui.dialog_buttons import confirm_buttons
from cep_desk.ui.field_errors import FieldErrors, MessageBanner, describe_exception
from cep_desk.ui.language import format_date
from cep_desk.ui.partners.labels import code_label, status_label
from cep_desk.ui.partners.referral_dialog import ReferralDialog, plain_label


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    return item


class ContactDialog(QDialog):
    def __init__(self, services: Services, structure_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.structure_id = services, structure_id
        self.setWindowTitle(self.tr("Add a named contact"))
        self.errors = FieldErrors(self)
        self.banner = MessageBanner(self)
        lay = QVBoxLayout(self)
        lay.addWidget(self.banner)
        form = QFormLayout()
        lay.addLayout(form)
        self.name_edit, self.role_edit, self.phone_edit, self.email_edit = (QLineEdit() for _ in range(4))
        self.errors.add_row(form, self.tr("&Name:"), "name", self.name_edit, self.tr("Contact's name"))
        self.errors.add_row(form, self.tr("&Role:"), "role", self.role_edit, self.tr("Contact's role"))
        self.errors.add_row(form, self.tr("Direct &line:"), "phone", self.phone_edit, self.tr("Direct line"))
        self.errors.add_row(form, self.tr("&E-mail:"), "email", self.email_edit, self.tr("Contact's e-mail"))
        box, _ok, _cancel = confirm_buttons(self, self.tr("&Add"), self.tr("Cancel"), on_confirm=self.save)
        lay.addWidget(box)

    def save(self) -> None:
        self.errors.clear_all()
        try:
            self.services.partners.add_contact(self.structure_id, ContactDraft(
                self.name_edit.text(), self.role_edit.text(), self.phone_edit.text(), self.email_edit.text()))
        except ValidationFailed as exc:
            self.errors.present(exc.issues, self.banner)
            return
        except Exception as exc:
            self.banner.show_error(describe_exception(exc))
            return
        self.accept()


class PartnerPage(QWidget):
    changed = Signal()   # favourite, notes, contacts or referrals changed

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.view: StructureView | None = None
        self.banner = MessageBanner(self)
        lay = QVBoxLayout(self)
        lay.addWidget(self.banner)
        self.title = plain_label()
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.title.setAccessibleName(self.tr("Partner name"))
        lay.addWidget(self.title)
        self.identity = plain_label()
        self.identity.setAccessibleName(self.tr("Address and switchboard"))
        lay.addWidget(self.identity)
        self.provenance = plain_label()
        self.provenance.setStyleSheet("color: #555;")
        lay.addWidget(self.provenance)

        lay.addWidget(QLabel(self.tr("<b>Services</b>")))
        self.services_list = QListWidget()
        self.services_list.setAccessibleName(self.tr("Services of the partner"))
        self.services_list.setMaximumHeight(80)
        self.services_list.currentRowChanged.connect(self._show_service)
        lay.addWidget(self.services_list)
        self.service_text = QPlainTextEdit()
        self.service_text.setReadOnly(True)
        self.service_text.setMaximumHeight(90)
        self.service_text.setAccessibleName(self.tr("Description of the service"))
        lay.addWidget(self.service_text)
        row = QHBoxLayout()
        self.refer_button = QPushButton(self.tr("Re&fer a person to this service…"))
        self.refer_button.setAccessibleName(self.tr("Refer a person to this service"))
        self.refer_button.clicked.connect(self.refer)
        row.addWidget(self.refer_button)
        row.addStretch(1)
        lay.addLayout(row)

        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("<b>Named contacts</b>")))
        head.addStretch(1)
        self.add_contact_button = QPushButton(self.tr("Add &contact…"))
        self.add_contact_button.setAccessibleName(self.tr("Add a named contact"))
        self.add_contact_button.clicked.connect(self.add_contact)
        head.addWidget(self.add_contact_button)
        lay.addLayout(head)
        self.contacts = QTableWidget(0, 4)
        self.contacts.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Direct line"),
                                                 self.tr("E-mail")])
        self.contacts.setAccessibleName(self.tr("Named contacts"))
        self.contacts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.contacts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.contacts.verticalHeader().setVisible(False)
        self.contacts.setMinimumHeight(110)
        self.contacts.setMaximumHeight(140)
        lay.addWidget(self.contacts)

        mine = QFormLayout()
        self.favourite_check = QCheckBox(self.tr("F&avourite"))
        self.favourite_check.setAccessibleName(self.tr("Favourite partner"))
        verified = QHBoxLayout()
        self.verified_label = plain_label()
        verified.addWidget(self.verified_label, 1)
        self.verify_button = QPushButton(self.tr("&Checked today"))
        self.verify_button.setAccessibleName(self.tr("Mark the information as checked today"))
        self.verify_button.clicked.connect(self.mark_verified)
        verified.addWidget(self.verify_button)
        mine.addRow(self.favourite_check, verified)
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("Words of your own, separated by commas"))
        self.tags_edit.setAccessibleName(self.tr("Your tags"))
        tags_label = QLabel(self.tr("&Tags:"))
        tags_label.setBuddy(self.tags_edit)
        mine.addRow(tags_label, self.tags_edit)
        self.shareable_edit = QPlainTextEdit()
        self.shareable_edit.setTabChangesFocus(True)
        self.shareable_edit.setMaximumHeight(60)
        self.shareable_edit.setPlaceholderText(self.tr("Who does what, funding rules, delays (shared with colleagues)"))
        self.shareable_edit.setAccessibleName(self.tr("Notes shared with colleagues"))
        notes_label = QLabel(self.tr("&Notes:"))
        notes_label.setBuddy(self.shareable_edit)
        mine.addRow(notes_label, self.shareable_edit)
        self.private_edit = QPlainTextEdit()
        self.private_edit.setTabChangesFocus(True)
        self.private_edit.setMaximumHeight(60)
        self.private_edit.setPlaceholderText(self.tr("Only on this computer, never synced"))
        self.private_edit.setAccessibleName(self.tr("Private relationship notes"))
        private_label = QLabel(self.tr("&Private notes:"))
        private_label.setBuddy(self.private_edit)
        mine.addRow(private_label, self.private_edit)
        lay.addLayout(mine)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        self.save_button = QPushButton(self.tr("&Save my notes"))
        self.save_button.setAccessibleName(self.tr("Save favourite, tags and notes"))
        self.save_button.clicked.connect(self.save)
        save_row.addWidget(self.save_button)
        lay.addLayout(save_row)

        lay.addWidget(QLabel(self.tr("<b>People referred here</b>")))
        self.referrals = QTableWidget(0, 5)
        self.referrals.setHorizontalHeaderLabels([self.tr("Sent on"), self.tr("Person"), self.tr("Service"),
                                                  self.tr("Status"), self.tr("Outcome")])
        self.referrals.setAccessibleName(self.tr("People referred to this partner"))
        self.referrals.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.referrals.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.referrals.horizontalHeader().setStretchLastSection(True)
        self.referrals.verticalHeader().setVisible(False)
        self.referrals.setMinimumHeight(130)
        self.referrals.cellActivated.connect(self._open_referral)
        self.referrals.cellDoubleClicked.connect(self._open_referral)
        lay.addWidget(self.referrals, 1)
        self.setEnabled(False)

    # -- showing ------------------------------------------------------------------------------------
    def show_structure(self, structure_id: str) -> None:
        self.banner.clear_message()
        try:
            v = self.view = self.services.partners.get(structure_id)
        except Exception as exc:
            self.banner.show_error(describe_exception(exc))
            return
        self.setEnabled(True)
        r = v.record
        self.title.setText(v.nom)
        phone = str(r.get("telephone") or "")
        if phone.startswith("+33") and len(phone) == 12:   # data·inclusion writes E.164; people read 05 65…
            phone = "0" + phone[3:]
        phone = format_phone(phone)
        lines = [v.address, " · ".join(str(x) for x in (phone, r.get("courriel"), r.get("site_web")) if x)]
        self.identity.setText("\n".join(line for line in lines if line))
        self.provenance.setText(self.tr("Your own entry") if v.own else self.tr(
            "From data·inclusion (%1), updated on %2").replace("%1", v.source).replace("%2", format_date(v.date_maj)))
        self.services_list.clear()
        for sv in v.services:
            bits = [code_label("TypeService", sv.record.get("type")), code_label("Frais", sv.record.get("frais")),
                    ", ".join(code_label("ModeAccueil", m) for m in sv.codes("modes_accueil"))]
            item = QListWidgetItem(" — ".join([sv.nom, " · ".join(b for b in bits if b)]).rstrip(" —"))
            item.setData(256, sv.id)
            self.services_list.addItem(item)
        if v.services:
            self.services_list.setCurrentRow(0)
        else:
            self.service_text.clear()
        self.refer_button.setEnabled(bool(v.services))
        self.contacts.setRowCount(len(v.contacts))
        for i, c in enumerate(v.contacts):
            for j, text in enumerate((c.name, c.role, format_phone(c.phone), c.email)):
                self.contacts.setItem(i, j, _item(text))
        self.contacts.resizeRowsToContents()
        self.favourite_check.setChecked(v.favourite)
        self.tags_edit.setText(", ".join(v.tags))
        self.shareable_edit.setPlainText(v.notes_shareable)
        self.private_edit.setPlainText(v.notes_private)
        self.verified_label.setText(
            self.tr("Last checked on %1").replace("%1", format_date(v.last_verified)) if v.last_verified
            else self.tr("Never checked: call them to confirm the details."))
        self.referrals.setRowCount(len(v.referrals))
        for i, ref in enumerate(v.referrals):
            for j, text in enumerate((format_date(ref.sent_on), ref.beneficiary_name, ref.service_name,
                                      status_label(ref.status), ref.outcome or ref.status_reason)):
                item = _item(text)
                item.setData(256, ref.id)
                self.referrals.setItem(i, j, item)
        self.referrals.resizeColumnsToContents()

    def _show_service(self, row: int) -> None:
        if self.view is None or not 0 <= row < len(self.view.services):
            return
        sv = self.view.services[row]
        themes = ", ".join(code_label("Thematique", t) for t in sv.codes("thematiques"))
        publics = ", ".join(code_label("Public", p) for p in sv.codes("publics"))
        parts = [sv.description, self.tr("Themes: %1").replace("%1", themes) if themes else "",
                 self.tr("For: %1").replace("%1", publics) if publics else "",
                 str(sv.record.get("conditions_acces") or "")]
        self.service_text.setPlainText("\n".join(p for p in parts if p))

    # -- actions ------------------------------------------------------------------------------------
    def current_service_id(self) -> str | None:
        item = self.services_list.currentItem()
        return item.data(256) if item else None

    def refer(self) -> None:
        if self.current_service_id() is None:
            return
        if ReferralDialog(self.services, service_id=self.current_service_id(), parent=self).exec():
            self._refresh()

    def _open_referral(self, row: int, _col: int = 0) -> None:
        item = self.referrals.item(row, 0)
        if item is not None and ReferralDialog(self.services, referral_id=item.data(256), parent=self).exec():
            self._refresh()

    def add_contact(self) -> None:
        if self.view is not None and ContactDialog(self.services, self.view.id, self).exec():
            self._refresh()

    def mark_verified(self) -> None:
        if self.view is None:
            return
        try:
            self.services.partners.mark_verified(self.view.id)
        except Exception as exc:
            self.banner.show_error(describe_exception(exc))
            return
        self._refresh()

    def save(self) -> None:
        if self.view is None:
            return
        try:
            self.services.partners.set_relation(
                self.view.id, favourite=self.favourite_check.isChecked(),
                tags=self.tags_edit.text().split(","), notes_shareable=self.shareable_edit.toPlainText(),
                notes_private=self.private_edit.toPlainText())
        except Exception as exc:
            self.banner.show_error(describe_exception(exc))
            return
        self.banner.show_info(self.tr("Saved."))
        self._refresh(keep_banner=True)

    def _refresh(self, keep_banner: bool = False) -> None:
        if self.view is not None:
            text = self.banner.text()
            self.show_structure(self.view.id)
            if keep_banner and text:
                self.banner.show_info(text)
            self.changed.emit()
