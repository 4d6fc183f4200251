"""The editor of one action of the plan (the one selected in the plan's list).

It edits a ``PlanAction`` in place and reports each edit with
``changed(structural, text)``: a choice in a list is an undo step of the plan,
typing is not (Qt's own undo covers it). The duration the person estimates
becomes the due date at once, said in words: "in 3 weeks → Monday 14
December 2026", which is what the person writes in their diary.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cep_desk.domain.codelists import referentials
from cep_desk.domain.messages import Issue
from cep_desk.domain.plan import MAX_ESTIMATE, PARTNER, FundingFile, Objective, PlanAction, due_date_from_estimate
from cep_desk.ui.codelist_widgets import CodeCombo, OptionalDateEdit
from cep_desk.ui.completers import SearchCompleter
from cep_desk.ui.field_errors import FieldErrors
from cep_desk.ui.session.editor_kit import ShortText, chain_tab_order, code_label, estimate_words, long_date, set_colour
from cep_desk.ui.session.funding_editor import FundingFileEditor

DATE_COLOUR = "#0d3c8c"


def due_words(value: int | None, unit: str | None, due: date | None, start: date) -> str:
    """"in 3 weeks → Monday 14 December 2026", or the date alone when typed by hand."""
    if due is None:
        return ""
    if value and unit and due_date_from_estimate(start, value, unit) == due:
        return f"{estimate_words(value, unit)} → {long_date(due)}"
    return long_date(due)


class EstimateFields(QWidget):
    """The person's estimate (a number and a unit) and the due date it gives, live.

    Shared by the quick entry line and the action editor: ``value_spin`` (0 = no
    estimate), ``unit_combo``, ``words_label``; ``due_date()`` the resulting date.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, show_words: bool = True):
        super().__init__(parent)
        self.start = date.today()
        self.value_spin = QSpinBox()
        self.value_spin.setRange(0, MAX_ESTIMATE)
        self.value_spin.setSpecialValueText(self.tr("—"))
        self.value_spin.setAccessibleName(self.tr("Duration estimated by the person"))
        self.unit_combo = CodeCombo(referentials()["duration_unit"], allow_unset=False)
        self.unit_combo.setMinimumContentsLength(9)
        self.unit_combo.set_code("semaines")
        self.unit_combo.setAccessibleName(self.tr("Unit of the estimate"))
        self.words_label = QLabel()
        set_colour(self.words_label, DATE_COLOUR, bold=True)
        # A long date must not widen the whole page: it takes the room there is (full text in the tooltip).
        self.words_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.words_label.setWordWrap(True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        lay = QHBoxLayout()
        lay.addWidget(self.value_spin)
        lay.addWidget(self.unit_combo)
        lay.addStretch(1)
        outer.addLayout(lay)
        if show_words:              # the quick entry line: the whole date, under the estimate
            outer.addWidget(self.words_label)
        else:                       # the action editor says it next to the due date instead
            self.words_label.hide()
        self.setFocusProxy(self.value_spin)
        self.value_spin.valueChanged.connect(self._changed)
        self.unit_combo.codeChanged.connect(self._changed)

    def _changed(self) -> None:
        self.words_label.setText(due_words(self.value(), self.unit(), self.due_date(), self.start))
        self.words_label.setToolTip(self.words_label.text())
        self.changed.emit()

    def value(self) -> int | None:
        return self.value_spin.value() or None

    def unit(self) -> str | None:
        return self.unit_combo.code() if self.value() else None

    def due_date(self) -> date | None:
        value, unit = self.value(), self.unit()
        return due_date_from_estimate(self.start, value, unit) if value and unit else None

    def set_estimate(self, value: int | None, unit: str | None) -> None:
        self.blockSignals(True)
        self.value_spin.setValue(value or 0)
        if unit:
            self.unit_combo.set_code(unit)
        self.blockSignals(False)


class ActionEditor(QWidget):
    """The selected action: ``label_edit``, ``type_combo``, ``who_combo``, ``objective_combo``,
    ``estimate`` (EstimateFields: ``value_spin``, ``unit_combo``, ``words_label``), ``due_edit``,
    ``due_words_label``, ``partner_edit``, ``service_edit`` (directory link), ``status_combo``,
    ``plan_b_edit``, ``funding_editors``, ``add_funding_button``; ``errors`` (FieldErrors by PlanAction field name)."""

    changed = Signal(bool, str)     # structural?, undo text

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        ref = referentials()
        self.action: PlanAction | None = None
        self._quiet = True
        self.errors = FieldErrors(self)
        self.label_edit = QLineEdit()
        self.type_combo = CodeCombo(ref["action_type"], allow_unset=False)
        self.who_combo = CodeCombo(ref["action_actor"], allow_unset=False)
        self.objective_combo = QComboBox()
        self.objective_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.objective_combo.setMinimumContentsLength(18)
        self.estimate = EstimateFields(show_words=False)
        self.due_edit = OptionalDateEdit()
        self.due_words_label = QLabel()
        set_colour(self.due_words_label, DATE_COLOUR)
        self.due_words_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.partner_edit = QLineEdit()
        self.partner_edit.setPlaceholderText(self.tr("Who, at which organisation"))
        self.service_edit = QLineEdit()   # the partner directory's service (issue 4); the text above stays
        self.service_edit.setPlaceholderText(self.tr("Type words of a service in the directory, then choose"))
        self.service_edit.setClearButtonEnabled(True)
        self._directory: tuple[Callable[[str], list[tuple[str, str]]], Callable[[str], str]] | None = None
        self._service_completer: SearchCompleter | None = None
        self.status_combo = CodeCombo(ref["action_status"], allow_unset=False)
        self.plan_b_edit = ShortText(2)
        self.plan_b_edit.setPlaceholderText(self.tr("If it does not work out…"))

        form = QFormLayout()
        e = self.errors
        e.add_row(form, self.tr("&Action:"), "label", self.label_edit, self.tr("Action"))
        e.add_row(form, self.tr("Type:"), "type", self.type_combo, self.tr("Type of action"))
        e.add_row(form, self.tr("Who does it:"), "who", self.who_combo, self.tr("Who does it"))
        e.add_row(form, self.tr("Partner:"), "partner", self.partner_edit, self.tr("Partner concerned"))
        e.add_row(form, self.tr("In the &directory:"), "service_id", self.service_edit,
                  self.tr("Service of the partner directory this action is with"))
        e.add_row(form, self.tr("Objective:"), "objective_id", self.objective_combo, self.tr("Objective"))
        e.add_row(form, self.tr("&Estimate:"), "estimate_value", self.estimate,
                  self.tr("Duration estimated by the person"))
        due = QWidget()
        h = QHBoxLayout(due)
        h.setContentsMargins(0, 0, 0, 0)
        h.addWidget(self.due_edit)
        h.addWidget(self.due_words_label, 1)
        due.setFocusProxy(self.due_edit)
        e.add_row(form, self.tr("Due date:"), "due_date", due, self.tr("Due date"))
        self.due_edit.set_accessible_name(self.tr("Due date"))
        e.add_row(form, self.tr("&Status:"), "status", self.status_combo, self.tr("Status"))
        e.add_row(form, self.tr("Plan B:"), "plan_b", self.plan_b_edit, self.tr("Plan B"))

        self.funding_box = QVBoxLayout()
        self.funding_editors: list[FundingFileEditor] = []
        self.add_funding_button = QPushButton(self.tr("Add a &funding file"))
        self.add_funding_button.setAccessibleName(self.tr("Add a funding file to this action"))
        self.add_funding_button.clicked.connect(self.add_funding)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(form)
        lay.addWidget(QLabel(self.tr("<b>Funding</b>")))
        lay.addLayout(self.funding_box)
        lay.addWidget(self.add_funding_button)
        lay.addStretch(1)

        chain = [self.label_edit, self.type_combo, self.who_combo, self.partner_edit, self.service_edit,
                 self.objective_combo,
                 self.estimate.value_spin, self.estimate.unit_combo, self.due_edit.edit, self.status_combo,
                 self.plan_b_edit, self.add_funding_button]
        chain_tab_order(chain)
        self.label_edit.textChanged.connect(lambda _t: self._commit(False, ""))
        self.partner_edit.textChanged.connect(lambda _t: self._commit(False, ""))
        self.service_edit.textChanged.connect(lambda text: text or self._link_service(None))
        self.plan_b_edit.textChanged.connect(lambda: self._commit(False, ""))
        self.type_combo.codeChanged.connect(lambda: self._commit(True, self.tr("Change the type of an action")))
        self.who_combo.codeChanged.connect(lambda: self._commit(True, self.tr("Change who does an action")))
        self.status_combo.codeChanged.connect(lambda: self._commit(True, self.tr("Change the status of an action")))
        self.objective_combo.currentIndexChanged.connect(
            lambda _i: self._commit(True, self.tr("Change the objective of an action")))
        self.estimate.changed.connect(self._estimate_changed)
        self.due_edit.dateChanged.connect(lambda: self._commit(False, ""))
        self.setEnabled(False)

    def set_action(self, action: PlanAction | None, objectives: list[Objective], start: date) -> None:
        """Show ``action`` (None: nothing selected). Emits nothing."""
        self._quiet = True
        self.action = action
        self.estimate.start = start
        self.due_edit.set_default_date(start)
        self._fill_objectives(objectives)
        a = action or PlanAction("")
        self.label_edit.setText(a.label)
        self.label_edit.setCursorPosition(0)
        self.type_combo.set_code(a.type)
        self.who_combo.set_code(a.who)
        self.objective_combo.setCurrentIndex(max(self.objective_combo.findData(a.objective_id), 0)
                                             if a.objective_id else 0)
        self.estimate.set_estimate(a.estimate_value, a.estimate_unit)
        self.due_edit.set_date(a.due_date)
        self.partner_edit.setText(a.partner)
        self.service_edit.setText(self._directory[1](a.service_id) if a.service_id and self._directory else "")
        self.service_edit.setCursorPosition(0)
        self.status_combo.set_code(a.status)
        self.plan_b_edit.set_text(a.plan_b)
        self._rebuild_funding()
        self._show_words()
        self.errors.clear_all()
        self.setEnabled(action is not None)
        self._quiet = False

    def set_directory(self, search: Callable[[str], list[tuple[str, str]]], describe: Callable[[str], str]) -> None:
        """Where services are found (``search(text)`` → (shown text, service id)) and named by id."""
        self._directory = (search, describe)
        self._service_completer = SearchCompleter(self.service_edit, search)
        self._service_completer.picked.connect(self._link_service)

    def _link_service(self, service_id: str | None) -> None:
        """Link the action to a directory service (None: unlink). The partner text is kept; when
        empty, it takes the service's name, so "who does it: a partner" names someone."""
        if self._quiet or self.action is None or self.action.service_id == service_id:
            return
        self.action.service_id = service_id
        if service_id and self._directory and not self.partner_edit.text().strip():
            self._quiet = True
            self.partner_edit.setText(self._directory[1](service_id))
            self._quiet = False
        self._commit(True, self.tr("Link an action to the directory") if service_id
                     else self.tr("Unlink an action from the directory"))

    def _fill_objectives(self, objectives: list[Objective]) -> None:
        self.objective_combo.clear()
        self.objective_combo.addItem(self.tr("— no objective —"), None)
        for o in objectives:
            self.objective_combo.addItem(o.label or code_label("thematique", o.thematique), o.id)

    def set_objectives(self, objectives: list[Objective]) -> None:
        """The plan's objectives changed (added, renamed, removed): refresh the choice, quietly."""
        quiet, self._quiet = self._quiet, True
        self._fill_objectives(objectives)
        current = self.action.objective_id if self.action else None
        self.objective_combo.setCurrentIndex(max(self.objective_combo.findData(current), 0) if current else 0)
        self._quiet = quiet

    def _rebuild_funding(self) -> None:
        for ed in self.funding_editors:
            self.funding_box.removeWidget(ed)
            ed.deleteLater()
        self.funding_editors = []
        for f in (self.action.funding if self.action else []):
            ed = FundingFileEditor(f)
            ed.changed.connect(lambda structural: self._funding_changed(structural))
            ed.remove_requested.connect(lambda e=ed: self.remove_funding(e))
            self.funding_box.addWidget(ed)
            ed.show()
            self.funding_editors.append(ed)

    def _funding_changed(self, structural: bool) -> None:
        if not self._quiet:
            self.changed.emit(structural, self.tr("Change a funding file"))

    def add_funding(self) -> FundingFileEditor | None:
        if self.action is None:
            return None
        self.action.funding.append(FundingFile("cpf"))
        self._rebuild_funding()
        self.changed.emit(True, self.tr("Add a funding file"))
        editor = self.funding_editors[-1]
        editor.lever_combo.setFocus()
        return editor

    def remove_funding(self, editor: FundingFileEditor) -> None:
        if self.action is None:
            return
        self.action.funding.remove(editor.funding)
        self._rebuild_funding()
        self.changed.emit(True, self.tr("Remove a funding file"))

    def _estimate_changed(self) -> None:
        if self._quiet or self.action is None:
            return
        due = self.estimate.due_date()
        if due is not None:
            self._quiet = True
            self.due_edit.set_date(due)   # the estimate sets the date; the counsellor may still type another
            self._quiet = False
        self._commit(True, self.tr("Change the estimate of an action"))

    def _show_words(self) -> None:
        a = self.action
        self.due_words_label.setText(due_words(a.estimate_value, a.estimate_unit, a.due_date, self.estimate.start)
                                     if a else "")
        self.partner_edit.setEnabled(True)
        is_partner = self.who_combo.code() == PARTNER
        self.partner_edit.setPlaceholderText(self.tr("Required: who, at which organisation") if is_partner
                                             else self.tr("Who, at which organisation"))

    def _commit(self, structural: bool, text: str) -> None:
        if self._quiet or self.action is None:
            return
        a = self.action
        a.label = self.label_edit.text().strip()
        a.type = self.type_combo.code() or a.type
        a.who = self.who_combo.code() or a.who
        a.objective_id = self.objective_combo.currentData()
        a.estimate_value, a.estimate_unit = self.estimate.value(), self.estimate.unit()
        a.due_date = self.due_edit.date()
        a.partner = self.partner_edit.text().strip()
        a.status = self.status_combo.code() or a.status
        a.plan_b = self.plan_b_edit.text().strip()
        self._show_words()
        self.changed.emit(structural, text)

    def show_issues(self, issues: list[Issue]) -> None:
        """This action's issues, fields named as on PlanAction; funding ones go to their file's editor."""
        self.errors.clear_all()
        own = [i for i in issues if not i.field.startswith("funding[")]
        self.errors.show_issues(own)
        for j, editor in enumerate(self.funding_editors):
            prefix = f"funding[{j}]."
            editor.show_issues([replace(i, field=i.field[len(prefix):]) for i in issues if i.field.startswith(prefix)])
