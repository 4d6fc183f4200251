"""Step 4 of the guided session: explore — target jobs, and options validated or rejected *with* the person.

Counsellors write options down and cross out the ones set aside, asking the
person each time: a rejected option stays on screen, crossed out, with its
reason (only an option written in this very session can be taken back
entirely). Each option carries the triangle what I want / what I can do /
what the market allows.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cep_desk.domain.beneficiary import TargetJobEntry
from cep_desk.domain.exploration import (
    PROPOSED,
    REJECTED,
    VALIDATED,
    ExplorationOption,
    display_order,
    validate_options,
)
from cep_desk.domain.guided_session import SessionRecord
from cep_desk.domain.jobs import JobTitle
from cep_desk.domain.messages import Issue
from cep_desk.services.facade import Services
from cep_desk.services.views import SessionContext
from cep_desk.ui.completers import JobCompleter
from cep_desk.ui.field_errors import FieldErrors, make_error_label
from cep_desk.ui.session.editor_kit import (
    ShortText,
    buddy_label,
    code_label,
    large_type_switch,
    scrolling,
    set_colour,
    set_struck,
)
from cep_desk.ui.session.step import TYPING, SessionStep, SnapshotCommand

Value = tuple[list[ExplorationOption], list[TargetJobEntry]]
_STATE_COLOURS = {VALIDATED: "#1b5e20", REJECTED: "#6d6d6d", PROPOSED: "#0d3c8c"}


def _copy(value: Value) -> Value:
    return [replace(o) for o in value[0]], [replace(j) for j in value[1]]


class OptionRow(QFrame):
    """One option: ``label_edit`` (crossed out when rejected), ``state_label``, ``validate_button``,
    ``reject_button``, ``reopen_button``, ``remove_button`` (options written this session only),
    ``want_edit`` / ``can_edit`` / ``market_edit`` (the triangle), ``reason_edit``, ``error_label``."""

    def __init__(self, option: ExplorationOption, removable: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.option = replace(option)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label_edit = QLineEdit(option.label)
        self.label_edit.setAccessibleName(self.tr("Option"))
        self.state_label = QLabel()
        self.validate_button = QPushButton(self.tr("&Validated together"))
        self.reject_button = QPushButton(self.tr("Set a&side"))
        self.reopen_button = QPushButton(self.tr("Re&open"))
        self.remove_button = QToolButton()
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setVisible(removable)
        name = option.label
        self.validate_button.setAccessibleName(self.tr("Validate with the person: {option}").format(option=name))
        self.reject_button.setAccessibleName(self.tr("Set aside with the person: {option}").format(option=name))
        self.reopen_button.setAccessibleName(self.tr("Reopen: {option}").format(option=name))
        self.remove_button.setAccessibleName(self.tr("Remove (written by mistake): {option}").format(option=name))
        self.want_edit, self.can_edit, self.market_edit = ShortText(2), ShortText(2), ShortText(2)
        self.reason_edit = QLineEdit(option.reason)
        self.reason_edit.setPlaceholderText(self.tr("Why, in plain words"))
        self.reason_edit.setAccessibleName(self.tr("Why it was validated or set aside: {option}").format(option=name))
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        top = QHBoxLayout()
        top.addWidget(self.label_edit, 1)
        top.addWidget(self.state_label)
        for b in (self.validate_button, self.reject_button, self.reopen_button, self.remove_button):
            top.addWidget(b)
        grid.addLayout(top, 0, 0, 1, 3)
        for col, (edit, text, accessible, value) in enumerate((
                (self.want_edit, self.tr("What I want"), self.tr("What I want: {option}"), option.want),
                (self.can_edit, self.tr("What I can do"), self.tr("What I can do: {option}"), option.can),
                (self.market_edit, self.tr("What the market allows"), self.tr("What the market allows: {option}"),
                 option.market))):
            edit.set_text(value)
            edit.setAccessibleName(accessible.format(option=name))
            grid.addWidget(buddy_label(text, edit), 1, col)
            grid.addWidget(edit, 2, col)
        grid.addWidget(self.reason_edit, 3, 0, 1, 3)
        self.error_label = make_error_label(self)
        grid.addWidget(self.error_label, 4, 0, 1, 3)
        self.show_state()

    def value(self) -> ExplorationOption:
        return replace(self.option, label=self.label_edit.text().strip(), want=self.want_edit.text().strip(),
                       can=self.can_edit.text().strip(), market=self.market_edit.text().strip(),
                       reason=self.reason_edit.text().strip())

    def show_state(self) -> None:
        state = self.option.state
        self.state_label.setText(code_label("option_state", state))
        colour = _STATE_COLOURS.get(state, "#000")
        set_colour(self.state_label, colour, bold=True)
        set_struck(self.label_edit, state == REJECTED)
        self.validate_button.setVisible(state == PROPOSED)
        self.reject_button.setVisible(state == PROPOSED)
        self.reopen_button.setVisible(state != PROPOSED)

    def is_struck(self) -> bool:
        return self.label_edit.font().strikeOut()


class ExploreStep(SessionStep):
    """Explore. Attributes a test can drive:

    ``job_edit`` (+ ``job_completer``; or ``add_target_job(JobTitle)``), ``target_jobs_list``,
    ``remove_job_button``; ``option_edit`` (type, Enter adds) / ``add_option_button`` or
    ``add_option(label, job=None)``; ``option_rows`` (OptionRow list) and ``validate_option(row)``,
    ``reject_option(row)``, ``reopen_option(row)``, ``remove_option(row)``; ``value()``.
    """

    key = "explore"

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self._large_type = large_type_switch(self, self.font())
        self._stored_ids: set[str] = set()
        self._last: Value = ([], [])
        self._stored_jobs: list[str] = []
        self._quiet = False
        self._picked_job: JobTitle | None = None
        self.option_rows: list[OptionRow] = []
        self.errors = FieldErrors(self)

        page = QWidget()
        outer = QVBoxLayout(page)
        outer.addWidget(self._jobs_box())
        outer.addWidget(self._options_box(), 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(scrolling(page))

    def title(self) -> str:
        return self.tr("Explore")

    def _jobs_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Target jobs (ROME)"))
        lay = QGridLayout(box)
        self.job_edit = QLineEdit()
        self.job_edit.setPlaceholderText(self.tr("Type a job title, then choose it in the list"))
        self.job_edit.setAccessibleName(self.tr("Add a target job"))
        self.job_completer = JobCompleter(self.job_edit)
        self.job_completer.picked.connect(self.add_target_job)
        self.target_jobs_list = QListWidget()
        self.target_jobs_list.setAccessibleName(self.tr("Target jobs"))
        self.target_jobs_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 8)
        self.target_jobs_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.remove_job_button = QPushButton(self.tr("Re&move the job"))
        self.remove_job_button.setAccessibleName(self.tr("Remove the selected target job"))
        self.remove_job_button.clicked.connect(self.remove_selected_job)
        lay.addWidget(buddy_label(self.tr("Add a target &job:"), self.job_edit), 0, 0)
        lay.addWidget(self.job_edit, 0, 1)
        lay.addWidget(self.target_jobs_list, 1, 0, 1, 2)
        self.no_job_label = QLabel(self.tr("No target job yet: type a job title above and choose it in the list."))
        lay.addWidget(self.no_job_label, 2, 0, 1, 2)
        lay.addWidget(self.remove_job_button, 1, 2, Qt.AlignmentFlag.AlignTop)
        lay.setColumnStretch(1, 1)
        return box

    def _options_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Options, validated or set aside together"))
        lay = QVBoxLayout(box)
        adder = QHBoxLayout()
        self.option_edit = QLineEdit()
        self.option_edit.setPlaceholderText(self.tr("An option (a job, a training, a move…), Enter to add"))
        self.option_edit.setAccessibleName(self.tr("New option"))
        self.option_completer = JobCompleter(self.option_edit)
        self.option_completer.picked.connect(self._option_job_picked)
        self.option_edit.textEdited.connect(lambda _t: setattr(self, "_picked_job", None))
        self.option_edit.returnPressed.connect(self._add_typed_option)
        self.add_option_button = QPushButton(self.tr("Add the o&ption"))
        self.add_option_button.setAccessibleName(self.tr("Add the option"))
        self.add_option_button.clicked.connect(self._add_typed_option)
        adder.addWidget(buddy_label(self.tr("&New option:"), self.option_edit))
        adder.addWidget(self.option_edit, 1)
        adder.addWidget(self.add_option_button)
        lay.addLayout(adder)
        self.option_error_label = make_error_label(box)
        lay.addWidget(self.option_error_label)
        self.rows_box = QVBoxLayout()
        lay.addLayout(self.rows_box)
        self.no_option_label = QLabel(self.tr("No option written down yet."))
        lay.addWidget(self.no_option_label)
        lay.addStretch(1)
        return box

    # -- value -------------------------------------------------------------------------------------------
    def target_jobs(self) -> list[TargetJobEntry]:
        return [self.target_jobs_list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.target_jobs_list.count())]

    def options(self) -> list[ExplorationOption]:
        return [row.value() for row in self.option_rows]

    def value(self) -> Value:
        return self.options(), self.target_jobs()

    def _apply(self, value: Value) -> None:
        options, jobs = value
        self._quiet = True
        try:
            self.target_jobs_list.clear()
            for j in jobs:
                item = QListWidgetItem(f"{j.label} ({j.code_rome})")
                item.setData(Qt.ItemDataRole.UserRole, replace(j))
                self.target_jobs_list.addItem(item)
            for row in self.option_rows:
                self.rows_box.removeWidget(row)
                row.deleteLater()
            self.option_rows = []
            for f in self.errors.fields():
                self.errors.unregister(f)
            for i, o in enumerate(options):
                row = OptionRow(o, o.id not in self._stored_ids)
                for edit in (row.label_edit, row.reason_edit):
                    edit.textChanged.connect(self._text_edited)
                for edit in (row.want_edit, row.can_edit, row.market_edit):
                    edit.textChanged.connect(self._text_edited)
                row.validate_button.clicked.connect(lambda _c=False, r=row: self.validate_option(r))
                row.reject_button.clicked.connect(lambda _c=False, r=row: self.reject_option(r))
                row.reopen_button.clicked.connect(lambda _c=False, r=row: self.reopen_option(r))
                row.remove_button.clicked.connect(lambda _c=False, r=row: self.remove_option(r))
                self.errors.register(f"options[{i}].label", row.label_edit, row.error_label)
                self.rows_box.addWidget(row)
                row.show()
                self.option_rows.append(row)
            self.no_option_label.setVisible(not options)
            self.target_jobs_list.setVisible(bool(jobs))
            self.no_job_label.setVisible(not jobs)
            self.remove_job_button.setEnabled(bool(jobs))
            self._large_type(self.side_by_side)   # rows built while side by side get the large type
        finally:
            self._quiet = False
        self._last = _copy(value)   # what a burst of typing starts from (one undo step, step.py)

    def _edit(self, text: str, change) -> None:  # type: ignore[no-untyped-def]
        """One undo step: ``change`` edits a copy of the value on screen."""
        before = self.value()
        after = _copy(before)
        change(after)
        self._apply(after)
        self.undo_stack.push(SnapshotCommand(text, before, _copy(after), self._undo_apply))
        self.edited.emit()

    def _undo_apply(self, value: Value) -> None:
        self._apply(_copy(value))
        self.edited.emit()

    def _text_edited(self) -> None:
        if self._quiet:
            return
        before, now = self._last, self.value()
        self._last = _copy(now)
        self.undo_stack.push(SnapshotCommand(self.tr("Typing"), before, _copy(now), self._undo_apply, TYPING))
        self.edited.emit()

    # -- target jobs ---------------------------------------------------------------------------------------
    def add_target_job(self, job: JobTitle) -> None:
        self.job_edit.clear()
        if any(j.code_ogr == job.code_ogr for j in self.target_jobs()):
            return
        self._edit(self.tr("Add a target job"),
                   lambda v: v[1].append(TargetJobEntry(job.code_ogr, job.label, job.code_rome)))

    def remove_selected_job(self) -> None:
        row = self.target_jobs_list.currentRow()
        if row >= 0:
            self._edit(self.tr("Remove a target job"), lambda v: v[1].pop(row))

    # -- options -------------------------------------------------------------------------------------------
    def _option_job_picked(self, job: JobTitle) -> None:
        self._picked_job = job

    def _add_typed_option(self) -> None:
        if self.option_completer.popup().isVisible():
            return  # Enter chose a job in the list: the next Enter adds
        self.add_option(self.option_edit.text(), self._picked_job)

    def add_option(self, label: str, job: JobTitle | None = None) -> OptionRow | None:
        label = label.strip()
        if not label:
            self.option_error_label.setText(self.tr("Write the option first, then press Enter."))
            self.option_error_label.setVisible(True)
            return None
        self.option_error_label.setVisible(False)
        option = ExplorationOption(label, code_ogr=job.code_ogr if job else None,
                                   code_rome=job.code_rome if job else None)
        self._edit(self.tr("Add an option"), lambda v: v[0].append(option))
        self.option_edit.clear()
        self._picked_job = None
        self.option_edit.setFocus()
        return self.option_rows[-1]

    def _set_state(self, row: OptionRow, state: str, text: str) -> None:
        index = self.option_rows.index(row)

        def change(v: Value) -> None:
            v[0][index] = replace(v[0][index], state=state)
        self._edit(text, change)
        self.option_rows[index].reason_edit.setFocus()

    def validate_option(self, row: OptionRow) -> None:
        self._set_state(row, VALIDATED, self.tr("Validate an option"))

    def reject_option(self, row: OptionRow) -> None:
        self._set_state(row, REJECTED, self.tr("Set an option aside"))

    def reopen_option(self, row: OptionRow) -> None:
        self._set_state(row, PROPOSED, self.tr("Reopen an option"))

    def remove_option(self, row: OptionRow) -> None:
        if row.option.id in self._stored_ids:
            return  # a stored option is never deleted: set it aside instead
        index = self.option_rows.index(row)
        self._edit(self.tr("Remove an option"), lambda v: v[0].pop(index))

    # -- the step contract ------------------------------------------------------------------------------------
    def load(self, context: SessionContext, record: SessionRecord) -> None:
        self._stored_ids = {o.id for o in context.options}
        stored_jobs = self.services.beneficiaries.get(context.beneficiary_id).draft.target_jobs
        self._stored_jobs = [j.code_ogr for j in stored_jobs]
        merged = {o.id: o for o in context.options} | {o.id: o for o in record.options}
        jobs = record.target_jobs if record.target_jobs is not None else stored_jobs
        self.undo_stack.clear()
        self._apply((display_order(list(merged.values())), list(jobs)))

    def write_into(self, record: SessionRecord) -> None:
        options, jobs = self.value()
        record.options = options
        record.target_jobs = jobs if [j.code_ogr for j in jobs] != self._stored_jobs else None

    def issues(self) -> list[Issue]:
        return validate_options(self.options())

    def show_issues(self, issues: list[Issue]) -> None:
        """A refused save: each option's problem under it (the window lists them all too)."""
        self.errors.clear_all()
        self.errors.show_issues([replace(i, field=i.field.split(".")[0] + ".label") for i in issues
                                 if i.field.startswith("options[")])

    def set_side_by_side(self, on: bool) -> None:
        super().set_side_by_side(on)
        self._large_type(on)
