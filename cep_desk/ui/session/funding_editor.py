"""The funding file of one action: lever, funder, quote, dates, decision and reason when refused.

It edits a ``FundingFile`` in place and says, with ``changed(structural)``,
whether the edit is an undo step of its own (a choice in a list, a date) or
typing, which keeps Qt's own undo. An amount that is not one stays on screen
with the domain's message under it, and the file keeps no amount meanwhile.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLineEdit, QToolButton, QWidget

from cep_desk.domain import messages as m
from cep_desk.domain.codelists import referentials
from cep_desk.domain.messages import Issue
from cep_desk.domain.plan import REFUSED, FundingFile
from cep_desk.ui.codelist_widgets import CodeCombo, OptionalDateEdit
from cep_desk.ui.field_errors import FieldErrors
from cep_desk.ui.language import current_language


def parse_amount(text: str) -> Decimal | None:
    """"1 250,50" or "1250.5" → Decimal; "" → None; raises ValueError when it is not an amount."""
    cleaned = text.replace("\u202f", "").replace("\xa0", "").replace(" ", "").replace("€", "").replace(",", ".")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:
        raise ValueError(text) from exc
    if not value.is_finite() or value < 0:
        raise ValueError(text)
    return value


def format_amount(value: Decimal | None) -> str:
    if value is None:
        return ""
    text = format(value.quantize(Decimal("0.01")), "f")
    return text.replace(".", ",") if current_language() == "fr" else text


class FundingFileEditor(QFrame):
    """One funding file: ``lever_combo``, ``funder_edit``, ``quote_edit``, ``submitted_edit``,
    ``expected_edit``, ``decision_combo``, ``decided_edit``, ``refusal_edit`` (shown when refused),
    ``remove_button``; ``errors`` (FieldErrors by FundingFile field name)."""

    changed = Signal(bool)      # structural: a choice in a list (one undo step); typing and dates are not
    remove_requested = Signal()

    def __init__(self, funding: FundingFile, parent: QWidget | None = None):
        super().__init__(parent)
        self.funding = funding
        self._quiet = True
        ref = referentials()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.errors = FieldErrors(self)
        self.lever_combo = CodeCombo(ref["funding_lever"], allow_unset=False)
        self.funder_edit = QLineEdit(funding.funder)
        self.funder_edit.setPlaceholderText(self.tr("Transitions Pro, OPCO, France Travail…"))
        self.quote_edit = QLineEdit(format_amount(funding.quote_amount))
        self.quote_edit.setPlaceholderText(self.tr("amount in €"))
        self.submitted_edit, self.expected_edit, self.decided_edit = (OptionalDateEdit() for _ in range(3))
        self.decision_combo = CodeCombo(ref["funding_decision"], allow_unset=False)
        self.refusal_edit = QLineEdit(funding.refusal_reason)
        self.remove_button = QToolButton()
        self.remove_button.setText(self.tr("Remove the funding file"))
        self.remove_button.setAccessibleName(self.tr("Remove the funding file"))
        self.remove_button.clicked.connect(self.remove_requested)

        form = QFormLayout(self)
        form.setContentsMargins(8, 6, 8, 6)
        head = QHBoxLayout()
        head.addWidget(self.lever_combo, 1)
        head.addWidget(self.remove_button)
        holder = QWidget()
        holder.setLayout(head)
        head.setContentsMargins(0, 0, 0, 0)
        holder.setFocusProxy(self.lever_combo)
        self.errors.add_row(form, self.tr("&Lever:"), "lever", holder, self.tr("Funding lever"))
        self.lever_combo.setAccessibleName(self.tr("Funding lever"))
        self.errors.add_row(form, self.tr("Funder:"), "funder", self.funder_edit, self.tr("Funder"))
        self.errors.add_row(form, self.tr("&Quote (€):"), "quote_amount", self.quote_edit, self.tr("Quote amount"))
        self.errors.add_row(form, self.tr("Submitted on:"), "submitted_on", self.submitted_edit,
                            self.tr("Submitted on"))
        self.errors.add_row(form, self.tr("Decision e&xpected:"), "decision_expected_on", self.expected_edit,
                            self.tr("Decision expected on"))
        self.errors.add_row(form, self.tr("Decision:"), "decision", self.decision_combo, self.tr("Decision"))
        self.errors.add_row(form, self.tr("Decided on:"), "decided_on", self.decided_edit, self.tr("Decided on"))
        self.errors.add_row(form, self.tr("Reason for the refusal:"), "refusal_reason", self.refusal_edit,
                            self.tr("Reason for the refusal"))
        self._refusal_row = form.rowCount() - 1
        self._form = form

        self.lever_combo.set_code(funding.lever)
        self.decision_combo.set_code(funding.decision)
        self.submitted_edit.set_date(funding.submitted_on)
        self.expected_edit.set_date(funding.decision_expected_on)
        self.decided_edit.set_date(funding.decided_on)
        self._show_refusal()
        self.lever_combo.codeChanged.connect(lambda: self._commit(True))
        self.decision_combo.codeChanged.connect(lambda: self._commit(True))
        for d in (self.submitted_edit, self.expected_edit, self.decided_edit):
            d.dateChanged.connect(lambda: self._commit(False))  # typed digit by digit, like text
        for e in (self.funder_edit, self.quote_edit, self.refusal_edit):
            e.textChanged.connect(lambda _t: self._commit(False))
        self._quiet = False

    def _show_refusal(self) -> None:
        self._form.setRowVisible(self._refusal_row, self.decision_combo.code() == REFUSED)

    def _commit(self, structural: bool) -> None:
        if self._quiet:
            return
        f = self.funding
        f.lever = self.lever_combo.code() or f.lever
        f.funder = self.funder_edit.text().strip()
        f.decision = self.decision_combo.code() or f.decision
        f.refusal_reason = self.refusal_edit.text().strip()
        f.submitted_on = self.submitted_edit.date()
        f.decision_expected_on = self.expected_edit.date()
        f.decided_on = self.decided_edit.date()
        try:
            f.quote_amount = parse_amount(self.quote_edit.text())
            self.errors.clear("quote_amount")
        except ValueError:
            f.quote_amount = None
            self.errors.set("quote_amount", Issue("quote_amount", m.AMOUNT_INVALID))
        self._show_refusal()
        self.changed.emit(structural)

    def amount_ok(self) -> bool:
        return not self.errors.has("quote_amount")

    def show_issues(self, issues: list[Issue]) -> None:
        """Issues of this file, fields named as on FundingFile (the amount's own check stays)."""
        for name in self.errors.fields():
            if name != "quote_amount":
                self.errors.clear(name)
        self.errors.show_issues(issues)
