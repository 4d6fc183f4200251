"""Refer a person to a partner's service, or follow up a referral (status, partner's reason, outcome).

Opened from the directory (a service chosen, the person to pick), from a
person's file or from a plan action (the person known, the service to pick).
The person's consent is explicit: nothing is marked as shared unless they
agreed, and the fiche de liaison prints only what is ticked here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cep_desk.domain import referral as ref
from cep_desk.domain.messages import Issue, ValidationFailed
from cep_desk.domain.places import commune_index
from cep_desk.domain.text import fold, matches_all_words
from cep_desk.services.facade import Services
from cep_desk.ui.completers import SearchCompleter
from cep_desk.ui.dialog_buttons import confirm_buttons
from cep_desk.ui.field_errors import FieldErrors, MessageBanner, describe_exception
from cep_desk.ui.language import format_date
from cep_desk.ui.partners.choices import service_choices
from cep_desk.ui.partners.labels import preference_label, shareable_label, status_label


def plain_label(text: str = "") -> QLabel:
    """A label that never interprets HTML: directory texts come from outside."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class ReferralDialog(QDialog):
    def __init__(self, services: Services, *, beneficiary_id: str | None = None, service_id: str | None = None,
                 plan_action_id: str | None = None, referral_id: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.beneficiary_id = beneficiary_id
        self.service_id = service_id
        self.plan_action_id = plan_action_id
        self.referral_id = referral_id
        self._caseload: list | None = None
        self.errors = FieldErrors(self)
        self.banner = MessageBanner(self)
        self.setWindowTitle(self.tr("Referral to a partner") if referral_id else self.tr("Refer to a partner"))
        self.resize(640, 640)
        lay = QVBoxLayout(self)
        lay.addWidget(self.banner)
        form = QFormLayout()
        lay.addLayout(form)

        self.person_edit = QLineEdit()
        self.person_edit.setPlaceholderText(self.tr("Type a name, then choose"))
        self._people = SearchCompleter(self.person_edit, self._person_choices)
        self._people.picked.connect(self._set_person)
        self.errors.add_row(form, self.tr("&Person:"), "beneficiary_id", self.person_edit, self.tr("Person"))

        self.service_edit = QLineEdit()
        self.service_edit.setPlaceholderText(self.tr("Type words of the service (permis, bilan…), then choose"))
        self._services = SearchCompleter(self.service_edit, self._service_choices)
        self._services.picked.connect(self._set_service)
        self.errors.add_row(form, self.tr("&Service:"), "service_id", self.service_edit, self.tr("Service"))

        self.contact_combo = QComboBox()
        self.errors.add_row(form, self.tr("Named &contact:"), "contact_id", self.contact_combo,
                            self.tr("Named contact at the partner"))
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(70)
        self.errors.add_row(form, self.tr("&Why:"), "reason", self.reason_edit, self.tr("Reason for the referral"))
        self.agreed_edit = QPlainTextEdit()
        self.agreed_edit.setTabChangesFocus(True)
        self.agreed_edit.setFixedHeight(70)
        self.errors.add_row(form, self.tr("&Agreed to work on:"), "agreed", self.agreed_edit,
                            self.tr("What the person agreed to work on"))
        self.pref_combo = QComboBox()
        for code in ref.CONTACT_PREFERENCES:
            self.pref_combo.addItem(preference_label(code), code)
        self.errors.add_row(form, self.tr("Partner contacts the person &by:"), "contact_preference",
                            self.pref_combo, self.tr("How the partner should contact the person"))
        self.action_combo = QComboBox()
        self.errors.add_row(form, self.tr("For the plan actio&n:"), "plan_action_id", self.action_combo,
                            self.tr("Action of the person's plan this referral serves"))

        consent_box = QGroupBox(self.tr("What the person agrees to share with the partner"))
        cl = QVBoxLayout(consent_box)
        self.consent_check = QCheckBox(self.tr("The person a&grees to the partner receiving what is ticked below"))
        self.consent_check.setAccessibleName(self.tr("Person's consent to share"))
        cl.addWidget(self.errors.wrap("consent", self.consent_check))
        self.share_checks: dict[str, QCheckBox] = {}
        for code in ref.SHAREABLE:
            box = QCheckBox(shareable_label(code))
            box.setAccessibleName(shareable_label(code))
            box.toggled.connect(self._on_share_toggled)
            self.share_checks[code] = box
            cl.addWidget(box)
        self.errors.register("shared", consent_box, QLabel())
        lay.addWidget(consent_box)

        self.follow_box = QGroupBox(self.tr("Follow-up"))
        fl = QFormLayout(self.follow_box)
        self.status_combo = QComboBox()
        self.errors.add_row(fl, self.tr("S&tatus:"), "status", self.status_combo, self.tr("Status of the referral"))
        self.status_reason_edit = QLineEdit()
        self.errors.add_row(fl, self.tr("Partner's &reason:"), "status_reason", self.status_reason_edit,
                            self.tr("Reason given by the partner"))
        self.outcome_edit = QPlainTextEdit()
        self.outcome_edit.setTabChangesFocus(True)
        self.outcome_edit.setFixedHeight(60)
        self.errors.add_row(fl, self.tr("&Outcome:"), "outcome", self.outcome_edit, self.tr("What came of it"))
        lay.addWidget(self.follow_box)
        lay.addStretch(1)

        box, self.ok_button, _cancel = confirm_buttons(
            self, self.tr("&Save") if referral_id else self.tr("&Refer"), self.tr("Cancel"), on_confirm=self.save,
            save_shortcut=True)
        lay.addWidget(box)
        self._fill()

    # -- filling ----------------------------------------------------------------------------------
    def _fill(self) -> None:
        if self.referral_id:
            r = self.services.referrals.get(self.referral_id)
            self.beneficiary_id, self.service_id = r.beneficiary_id, r.service_id
            self.person_edit.setText(r.beneficiary_name)
            self.service_edit.setText(f"{r.service_name} — {r.structure_name}")
            self.service_edit.setCursorPosition(0)
            self._fill_contacts(r.structure_id, r.contact.id if r.contact else None)
            self.reason_edit.setPlainText(r.reason)
            self.agreed_edit.setPlainText(r.agreed)
            self.pref_combo.setCurrentIndex(max(0, self.pref_combo.findData(r.contact_preference)))
            self.consent_check.setChecked(r.consent)
            for code, box in self.share_checks.items():
                box.setChecked(code in r.shared)
            self.plan_action_id = r.plan_action_id
            self._fill_actions()
            # What was agreed stays as it was sent: read-only (still readable and selectable), not greyed out.
            for edit in (self.person_edit, self.service_edit, self.reason_edit, self.agreed_edit):
                edit.setReadOnly(True)
            for w in (self.contact_combo, self.pref_combo, self.action_combo, self.consent_check,
                      *self.share_checks.values()):
                w.setEnabled(False)
            self.status_combo.addItem(
                self.tr("%1 since %2").replace("%1", status_label(r.status)).replace(
                    "%2", format_date(r.status_on)), None)
            for target in sorted(ref.TRANSITIONS.get(r.status, ()), key=ref.STATUSES.index):
                self.status_combo.addItem(status_label(target), target)
            self.status_reason_edit.setText(r.status_reason)
            self.outcome_edit.setPlainText(r.outcome)
            return
        self.follow_box.setVisible(False)
        if self.beneficiary_id:
            d = self.services.beneficiaries.get(self.beneficiary_id)
            self.person_edit.setText(d.display_name)
            self.person_edit.setReadOnly(True)
        self._fill_actions()
        if self.service_id:
            sv = self.services.partners.service(self.service_id)
            page = self.services.partners.get(sv.structure_id, with_private=False)
            self.service_edit.setText(f"{sv.nom} — {page.nom}")
            self.service_edit.setCursorPosition(0)
            self._fill_contacts(sv.structure_id, None)
        else:
            self._fill_contacts(None, None)

    def _fill_contacts(self, structure_id: str | None, current: str | None) -> None:
        self.contact_combo.clear()
        self.contact_combo.addItem(self.tr("(no named contact)"), None)
        if structure_id:
            for c in self.services.partners.get(structure_id, with_private=False).contacts:
                self.contact_combo.addItem(f"{c.name} — {c.role}" if c.role else c.name, c.id)
        self.contact_combo.setCurrentIndex(max(0, self.contact_combo.findData(current)))

    # -- choosing ---------------------------------------------------------------------------------
    def _person_choices(self, text: str) -> list[tuple[str, str]]:
        if self._caseload is None:   # loaded once, on the first keystroke
            self._caseload = [(fold(f"{r.first_name} {r.last_name}"), r) for r in self.services.caseload()]
        rows = [r for key, r in self._caseload if matches_all_words(key, text)]
        return [(f"{r.first_name} {r.last_name.upper()} — {r.commune_name}", r.id) for r in rows[:20]]

    def _set_person(self, beneficiary_id: str) -> None:
        self.beneficiary_id = beneficiary_id
        self.errors.clear("beneficiary_id")
        self._fill_actions()

    def _fill_actions(self) -> None:
        """The person's open plan actions: the referral can serve one, which then links to the service."""
        self.action_combo.clear()
        self.action_combo.addItem(self.tr("— none —"), "")
        if self.beneficiary_id:
            for a in self.services.plans.get(self.beneficiary_id).actions:
                if a.is_open or a.id == self.plan_action_id:
                    self.action_combo.addItem(a.label, a.id)
        self.action_combo.setCurrentIndex(max(0, self.action_combo.findData(self.plan_action_id or "")))

    def _service_choices(self, text: str) -> list[tuple[str, str]]:
        near = None
        if self.beneficiary_id:
            near = self.services.beneficiaries.get(self.beneficiary_id).draft.commune_insee
            if commune_index().get(near) is None:
                near = None
        return service_choices(self.services, text, near)

    def _set_service(self, service_id: str) -> None:
        self.service_id = service_id
        self.errors.clear("service_id")
        self._fill_contacts(self.services.partners.service(service_id).structure_id, None)

    def _on_share_toggled(self, checked: bool) -> None:
        if checked and not self.consent_check.isChecked():
            self.errors.show("consent", self.tr("Tick the person's consent first: ask them, then tick."))

    # -- saving -----------------------------------------------------------------------------------
    def draft(self) -> ref.ReferralDraft:
        return ref.ReferralDraft(
            service_id=self.service_id or "", reason=self.reason_edit.toPlainText(),
            agreed=self.agreed_edit.toPlainText(), consent=self.consent_check.isChecked(),
            shared=[c for c, box in self.share_checks.items() if box.isChecked()],
            contact_preference=self.pref_combo.currentData(), plan_action_id=self.action_combo.currentData() or None,
            contact_id=self.contact_combo.currentData())

    def save(self) -> None:
        self.errors.clear_all()
        self.banner.clear_message()
        try:
            if self.referral_id:
                target = self.status_combo.currentData()
                if target is None:
                    self.services.referrals.set_outcome(self.referral_id, self.outcome_edit.toPlainText())
                else:
                    self.services.referrals.change_status(self.referral_id, target, self.status_reason_edit.text(),
                                                          outcome=self.outcome_edit.toPlainText())
            else:
                if not self.beneficiary_id:
                    raise ValidationFailed([Issue("beneficiary_id", ref.PERSON_REQUIRED)])
                self.referral_id = self.services.referrals.create(self.beneficiary_id, self.draft())
        except ValidationFailed as exc:
            self.errors.present(exc.issues, self.banner)
            return
        except Exception as exc:  # a store problem: said in a sentence, the dialog stays open
            self.banner.show_error(describe_exception(exc))
            return
        self.accept()
