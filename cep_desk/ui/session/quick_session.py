"""Quick mode: a 30-minute interview or a walk-in level-1 contact, recorded in under a minute.

Who came (the person whose file is open, alone or not), why (the reason for
contact), what information or referral was given, and to whom: four fields,
everything else defaulted (now, 30 minutes, face to face, the last site, the
accompaniment's level, purpose "information"). Enter saves. It is an ordinary
session for the services — the interview and a short conclusion, written
with ``services.sessions.record`` in one transaction — so it counts in the
history and in the time spent like any other.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from cep_desk.domain import messages as m
from cep_desk.domain.accompaniment import CLOSED
from cep_desk.domain.codelists import CodeList, referentials
from cep_desk.domain.conclusion import ConclusionDraft
from cep_desk.domain.guided_session import SessionRecord
from cep_desk.domain.interview import InterviewDraft
from cep_desk.domain.messages import Issue, ValidationFailed
from cep_desk.services.facade import Services
from cep_desk.services.views import AccompanimentView
from cep_desk.ui.codelist_widgets import CodeCombo
from cep_desk.ui.dialog_buttons import confirm_buttons
from cep_desk.ui.field_errors import FieldErrors, MessageBanner, describe_exception, render_issue
from cep_desk.ui.interview_fields import InterviewFields

QUICK_MINUTES = 30
# Document wording (French, like every conclusion given to the person: see domain/conclusion.py).
_TEXT = {"fr": {"why": "Motif : {why}.", "info": "Information donnée : {info}.", "to": "Orientation : {to}."},
         "en": {"why": "Reason: {why}.", "info": "Information given: {info}.", "to": "Referred to: {to}."}}


def quick_conclusion(why: str, information: str, referral: str, language: str = "fr") -> str:
    """The short conclusion of a quick session, one sentence per thing said."""
    t = _TEXT["en" if language.startswith("en") else "fr"]
    lines = [t["why"].format(why=why.rstrip("."))] if why else []
    if information.strip():
        lines.append(t["info"].format(info=information.strip().rstrip(".")))
    if referral.strip():
        lines.append(t["to"].format(to=referral.strip().rstrip(".")))
    return "\n".join(lines)


class QuickSessionDialog(QDialog):
    """Attributes a test can drive: ``who`` (QLineEdit, prefilled), ``reason`` (CodeCombo of
    contact_reason), ``information`` and ``referral`` (QLineEdit), ``fields`` (InterviewFields),
    ``save_button``; ``saved`` gives the new interview's id."""

    saved = Signal(str)

    def __init__(self, services: Services, beneficiary_id: str, accompaniment: AccompanimentView | None, *,
                 person_name: str = "", default_site_id: str | None = None, levels: CodeList | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.beneficiary_id = beneficiary_id
        self.accompaniment = accompaniment
        self.setWindowTitle(self.tr("Quick session"))
        self.setMinimumWidth(860)
        self.errors = FieldErrors(self)
        self.banner = MessageBanner(self)
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("A short interview or a walk-in contact: who came, why, what was given. "
                               "Enter saves."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        lay.addWidget(self.banner)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.who = QLineEdit(person_name)
        self.errors.add_row(form, self.tr("&Who came"), "who", self.who, self.tr("Who came"))
        self.reason = CodeCombo(referentials()["contact_reason"], allow_unset=False)
        self.reason.set_code(accompaniment.reasons[0] if accompaniment and accompaniment.reasons else "information")
        self.errors.add_row(form, self.tr("W&hy"), "reason", self.reason, self.tr("Reason for contact"))
        self.information = QLineEdit()
        self.information.setPlaceholderText(self.tr("e.g. how the CPF works, the PTP calendar"))
        self.errors.add_row(form, self.tr("&Information given"), "information", self.information,
                            self.tr("Information given"))
        self.referral = QLineEdit()
        self.referral.setPlaceholderText(self.tr("e.g. Cap emploi Aveyron"))
        self.errors.add_row(form, self.tr("&Referred to (optional)"), "referral", self.referral,
                            self.tr("Referred to"))
        lay.addLayout(form)

        self.fields = InterviewFields(services, self.errors, self.banner, levels=levels, columns=2)
        self.fields.fill_new(accompaniment, default_site_id)
        self.fields.duration.setValue(QUICK_MINUTES)
        self.fields.purpose.set_code("information")
        lay.addWidget(self.fields)

        self.buttons, self.save_button, _cancel = confirm_buttons(
            self, self.tr("&Save"), self.tr("Cancel"), confirm_name=self.tr("Save the quick session"),
            save_shortcut=True)
        self.save_button.setDefault(True)
        self.save_button.setAutoDefault(True)
        lay.addWidget(self.buttons)
        if accompaniment is not None and accompaniment.status == CLOSED:
            self.banner.show_warning(render_issue(Issue("accompaniment", m.SESSION_ON_CLOSED)))
            self.save_button.setEnabled(False)
        self.information.setFocus(Qt.FocusReason.OtherFocusReason)

    def record(self) -> SessionRecord:
        """The session and its short conclusion (in the document language, like every conclusion)."""
        why = referentials()["contact_reason"].label(self.reason.code() or "", "fr")
        text = quick_conclusion(why, self.information.text(), self.referral.text(), "fr")
        who = self.who.text().strip()
        interview: InterviewDraft = self.fields.draft(notes_shareable=f"{who}\n{text}" if who else text)
        return SessionRecord(interview=interview, conclusion=ConclusionDraft(text=text))

    def accept(self) -> None:
        """Save; a refusal shows why and keeps everything typed."""
        if not self.save_button.isEnabled():
            return
        self.errors.clear_all()
        self.banner.clear_message()
        try:
            saved = self.services.sessions.record(self.beneficiary_id, self.accompaniment.id if self.accompaniment
                                                  else None, self.record())
        except ValidationFailed as exc:
            self.errors.present(exc.issues, self.banner)
            return
        except Exception as exc:  # a sentence for the user, details in the log
            self.banner.show_error(describe_exception(exc))
            return
        self.saved.emit(saved.interview_id)
        super().accept()
