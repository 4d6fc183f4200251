"""Step 5 of the guided session: the action plan — objectives, actions, funding files, jalons.

Typing an action must not break the conversation: the quick entry line takes
the action as the person says it (Tab through the fields, Enter adds it, the
estimate shows its date at once), and the list stays light with 60 actions
because only the selected one has an editor. Structural edits (add, remove,
move an action, a status, a jalon) are undo steps holding a copy of the whole
plan: exact, and cheap at the size of one person's plan.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cep_desk.domain.codelists import referentials
from cep_desk.domain.guided_session import SessionRecord
from cep_desk.domain.messages import Issue
from cep_desk.domain.plan import (
    ACTION_DUE,
    Milestone,
    Objective,
    Plan,
    PlanAction,
    copy_plan,
    due_date_from_estimate,
    is_due_date_jalon,
    validate_plan,
    with_action_milestones,
)
from cep_desk.services.facade import Services
from cep_desk.services.views import SessionContext
from cep_desk.ui.codelist_widgets import CodeCombo, OptionalDateEdit
from cep_desk.ui.field_errors import MessageBanner, make_error_label, render_issue
from cep_desk.ui.language import format_date
from cep_desk.ui.partners.choices import service_choices, service_name
from cep_desk.ui.session.editor_kit import buddy_label, chain_tab_order, code_label, large_type_switch, scrolling
from cep_desk.ui.session.plan_action_editor import ActionEditor, EstimateFields
from cep_desk.ui.session.plan_summary import PlanSummary
from cep_desk.ui.session.step import TYPING, SessionStep, SnapshotCommand

ACTION_COLUMNS = 4   # action, due date, status, who (the objective is in the editor)


class _EnterAdds(QObject):
    """Enter in any field of the quick entry line adds the action."""

    def __init__(self, on_enter, parent: QObject):  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._on_enter = on_enter

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._on_enter()
            return True
        return False


class ObjectiveRow(QWidget):
    """``thematique_combo``, ``label_edit``, ``done_check``, ``remove_button``."""

    def __init__(self, objective: Objective, parent: QWidget | None = None):
        super().__init__(parent)
        self.objective_id = objective.id
        self.thematique_combo = CodeCombo(referentials()["thematique"], allow_unset=False)
        self.thematique_combo.set_code(objective.thematique)
        self.thematique_combo.setMinimumContentsLength(16)
        self.thematique_combo.setAccessibleName(self.tr("Theme of the objective"))
        self.label_edit = QLineEdit(objective.label)
        self.label_edit.setCursorPosition(0)   # the start of the words, not their end
        self.label_edit.setPlaceholderText(self.tr("The objective in the person's words"))
        self.label_edit.setAccessibleName(self.tr("Objective, in the person's words"))
        self.done_check = QCheckBox(self.tr("Reached"))
        self.done_check.setChecked(objective.done)
        self.done_check.setAccessibleName(self.tr("Objective reached"))
        self.remove_button = QToolButton()
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the objective"))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.thematique_combo, 2)
        lay.addWidget(self.label_edit, 3)
        lay.addWidget(self.done_check)
        lay.addWidget(self.remove_button)


class PlanStep(SessionStep):
    """The action plan. Attributes a test can drive:

    objectives: ``add_objective_button`` / ``add_objective(thematique, label)``, ``objective_rows``;
    quick entry: ``quick_label_edit``, ``quick_type_combo``, ``quick_who_combo``, ``quick_estimate``
    (EstimateFields: ``value_spin``, ``unit_combo``, ``words_label``), ``quick_add_button`` (Enter in any
    of them adds) or ``add_action(label, type, who, estimate_value, estimate_unit)``;
    actions: ``actions_table`` (one row per action), ``select_action(index)``, ``move_action(index, delta)``,
    ``remove_action(index)``, ``move_up_button``, ``move_down_button``, ``remove_action_button``,
    ``action_editor`` (ActionEditor of the selected action);
    jalons: ``jalon_date_edit``, ``jalon_kind_combo``, ``jalon_label_edit``, ``add_jalon_button`` /
    ``add_jalon(on, kind, label)``, ``jalon_error_label``, ``jalons_table``, ``remove_jalon_button``;
    ``issues_banner``; ``plan()`` (the Plan on screen, jalons in step with the actions).
    """

    key = "plan"

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self._large_type = large_type_switch(self, self.font())
        self._plan = Plan()
        self._snapshot = Plan()
        self._previous: Plan | None = None
        self._start = services.ctx.today()
        self._quiet = False
        self.objective_rows: list[ObjectiveRow] = []
        self._issue_timer = QTimer(self)
        self._issue_timer.setSingleShot(True)
        self._issue_timer.setInterval(400)
        self._issue_timer.timeout.connect(self.refresh_issues)
        self._jalon_timer = QTimer(self)
        self._jalon_timer.setSingleShot(True)
        self._jalon_timer.setInterval(300)
        self._jalon_timer.timeout.connect(self._fill_jalons)

        self.issues_banner = MessageBanner()
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self._objectives_box())
        lv.addWidget(self._quick_box())
        lv.addWidget(self._actions_box(), 1)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        editor_box = QGroupBox(self.tr("The selected action"))
        self.action_editor = ActionEditor()
        self.action_editor.set_directory(lambda text: service_choices(services, text),
                                         lambda service_id: service_name(services, service_id))
        self.action_editor.changed.connect(self._action_edited)
        eb = QVBoxLayout(editor_box)
        eb.setContentsMargins(4, 4, 4, 4)
        eb.addWidget(scrolling(self.action_editor))
        rv.addWidget(editor_box, 3)
        rv.addWidget(self._jalons_box(), 2)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 11)
        splitter.setStretchFactor(1, 9)
        splitter.setChildrenCollapsible(False)
        self.summary = PlanSummary()          # what the person reads side by side
        self.pages = QStackedWidget()
        self.pages.addWidget(splitter)
        self.pages.addWidget(self.summary)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.issues_banner)
        lay.addWidget(self.pages, 1)
        self._fit_to_font()

    def title(self) -> str:
        return self.tr("Action plan")

    # -- building ---------------------------------------------------------------------------------------
    def _objectives_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Objectives"))
        lay = QVBoxLayout(box)
        self.objectives_layout = QVBoxLayout()
        lay.addLayout(self.objectives_layout)
        self.add_objective_button = QPushButton(self.tr("Add an o&bjective"))
        self.add_objective_button.setAccessibleName(self.tr("Add an objective"))
        self.add_objective_button.clicked.connect(lambda: self.add_objective(
            referentials()["thematique"].codes[0].code, ""))
        row = QHBoxLayout()
        row.addWidget(self.add_objective_button)
        row.addStretch(1)
        lay.addLayout(row)
        return box

    def _quick_box(self) -> QGroupBox:
        ref = referentials()
        box = QGroupBox(self.tr("New action (Enter adds it)"))
        grid = QGridLayout(box)
        self.quick_label_edit = QLineEdit()
        self.quick_label_edit.setPlaceholderText(self.tr("What will be done, in the person's words"))
        self.quick_label_edit.setAccessibleName(self.tr("New action"))
        self.quick_type_combo = CodeCombo(ref["action_type"], allow_unset=False)
        self.quick_type_combo.setMinimumContentsLength(14)
        self.quick_type_combo.setAccessibleName(self.tr("Type of the new action"))
        self.quick_who_combo = CodeCombo(ref["action_actor"], allow_unset=False)
        self.quick_who_combo.setMinimumContentsLength(14)
        self.quick_who_combo.setAccessibleName(self.tr("Who does the new action"))
        self.quick_estimate = EstimateFields()
        self.quick_add_button = QPushButton(self.tr("A&dd the action"))
        self.quick_add_button.setAccessibleName(self.tr("Add the action"))
        self.quick_add_button.clicked.connect(self._add_quick)
        grid.addWidget(buddy_label(self.tr("Ac&tion:"), self.quick_label_edit), 0, 0)
        grid.addWidget(self.quick_label_edit, 0, 1, 1, 3)
        grid.addWidget(self.quick_add_button, 0, 4)
        grid.addWidget(buddy_label(self.tr("T&ype:"), self.quick_type_combo), 1, 0)
        grid.addWidget(self.quick_type_combo, 1, 1)
        grid.addWidget(buddy_label(self.tr("W&ho:"), self.quick_who_combo), 1, 2)
        grid.addWidget(self.quick_who_combo, 1, 3, 1, 2)
        grid.addWidget(buddy_label(self.tr("&In how long (the person's estimate):"), self.quick_estimate), 2, 0, 1, 2)
        grid.addWidget(self.quick_estimate, 2, 2, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.quick_error_label = make_error_label(box)
        grid.addWidget(self.quick_error_label, 3, 0, 1, 5)
        enter = _EnterAdds(self._add_quick, self)
        for w in (self.quick_label_edit, self.quick_type_combo, self.quick_who_combo,
                  self.quick_estimate.value_spin, self.quick_estimate.unit_combo):
            w.installEventFilter(enter)
        chain_tab_order([self.quick_label_edit, self.quick_type_combo, self.quick_who_combo,
                         self.quick_estimate.value_spin, self.quick_estimate.unit_combo, self.quick_add_button])
        return box

    def _actions_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Actions"))
        lay = QVBoxLayout(box)
        self.actions_table = QTableWidget(0, ACTION_COLUMNS)
        self.actions_table.setHorizontalHeaderLabels(
            [self.tr("Action"), self.tr("Due"), self.tr("Status"), self.tr("Who")])
        self.actions_table.setAccessibleName(self.tr("Actions of the plan"))
        self.actions_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actions_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.actions_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actions_table.verticalHeader().setVisible(False)
        self.actions_table.setWordWrap(False)
        header = self.actions_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for col in (2, 3):      # long labels ("Dropped by the person") are elided, in full in the tooltip
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        self.actions_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.actions_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.actions_table.currentCellChanged.connect(lambda row, _c, _pr, _pc: self._show_selected(row))
        lay.addWidget(self.actions_table, 1)
        buttons = QHBoxLayout()
        self.move_up_button = QPushButton(self.tr("Move &up"))
        self.move_down_button = QPushButton(self.tr("Move dow&n"))
        self.remove_action_button = QPushButton(self.tr("&Remove the action"))
        for b, name in ((self.move_up_button, self.tr("Move the selected action up (Alt+Up)")),
                        (self.move_down_button, self.tr("Move the selected action down (Alt+Down)")),
                        (self.remove_action_button, self.tr("Remove the selected action"))):
            b.setAccessibleName(name)
            b.setToolTip(name)
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        self.move_up_button.clicked.connect(lambda: self.move_action(self.actions_table.currentRow(), -1))
        self.move_down_button.clicked.connect(lambda: self.move_action(self.actions_table.currentRow(), 1))
        self.remove_action_button.clicked.connect(lambda: self.remove_action(self.actions_table.currentRow()))
        for keys, delta in (("Alt+Up", -1), ("Alt+Down", 1)):
            sc = QShortcut(QKeySequence(keys), self.actions_table)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(lambda d=delta: self.move_action(self.actions_table.currentRow(), d))
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.actions_table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(lambda: self.remove_action(self.actions_table.currentRow()))
        return box

    def _jalons_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Jalons"))
        lay = QVBoxLayout(box)
        self.jalons_table = QTableWidget(0, 4)
        self.jalons_table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Jalon"), self.tr("Kind"), self.tr("Done")])
        self.jalons_table.setAccessibleName(self.tr("Jalons of the plan"))
        self.jalons_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.jalons_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.jalons_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.jalons_table.verticalHeader().setVisible(False)
        header = self.jalons_table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (0, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.jalons_table.itemChanged.connect(self._jalon_item_changed)
        lay.addWidget(self.jalons_table, 1)
        adder = QHBoxLayout()
        self.jalon_date_edit = OptionalDateEdit()
        self.jalon_date_edit.set_accessible_name(self.tr("Date of the new jalon"))
        self.jalon_kind_combo = CodeCombo(referentials()["milestone_kind"], allow_unset=False)
        self.jalon_kind_combo.setMinimumContentsLength(10)
        self.jalon_kind_combo.set_code("rendez_vous")
        self.jalon_kind_combo.setAccessibleName(self.tr("Kind of the new jalon"))
        self.jalon_label_edit = QLineEdit()
        self.jalon_label_edit.setPlaceholderText(self.tr("What happens that day"))
        self.jalon_label_edit.setAccessibleName(self.tr("New jalon"))
        self.jalon_label_edit.returnPressed.connect(self._add_typed_jalon)
        self.add_jalon_button = QPushButton(self.tr("Add the &jalon"))
        self.add_jalon_button.setAccessibleName(self.tr("Add the jalon"))
        self.add_jalon_button.clicked.connect(self._add_typed_jalon)
        self.remove_jalon_button = QPushButton(self.tr("Remove the jalon"))
        self.remove_jalon_button.setAccessibleName(self.tr("Remove the selected jalon"))
        self.remove_jalon_button.clicked.connect(self._remove_selected_jalon)
        adder.addWidget(buddy_label(self.tr("Ne&w jalon on:"), self.jalon_date_edit))
        adder.addWidget(self.jalon_date_edit)
        adder.addWidget(self.jalon_kind_combo)
        adder.addWidget(self.jalon_label_edit, 1)
        lay.addLayout(adder)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_jalon_button)
        buttons.addWidget(self.remove_jalon_button)
        lay.addLayout(buttons)
        self.jalon_error_label = make_error_label(box)
        lay.addWidget(self.jalon_error_label)
        return box

    # -- showing the plan ---------------------------------------------------------------------------------
    def plan(self) -> Plan:
        return with_action_milestones(self._plan)

    def _apply(self, plan: Plan, select: str | None = None) -> None:
        """Show ``plan`` (load, undo, redo, structural edit); keeps the selected action when it still exists."""
        self._quiet = True
        try:
            self._plan = plan
            self._snapshot = copy_plan(plan)
            selected = select or (self.action_editor.action.id if self.action_editor.action else None)
            self._fill_objectives()
            self._fill_actions()
            ids = [a.id for a in plan.actions]
            row = ids.index(selected) if selected in ids else (0 if ids else -1)
            if row >= 0:
                self.actions_table.blockSignals(True)     # the editor is set just below, once
                self.actions_table.setCurrentCell(row, 0)
                self.actions_table.blockSignals(False)
            self._show_selected(row)
            self._fill_jalons()
            self._large_type(self.side_by_side)   # rows built while side by side get the large type
        finally:
            self._quiet = False
        self._issue_timer.start()

    def _fill_objectives(self) -> None:
        for row in self.objective_rows:
            self.objectives_layout.removeWidget(row)
            row.deleteLater()
        self.objective_rows = []
        for o in self._plan.objectives:
            row = ObjectiveRow(o)
            row.thematique_combo.codeChanged.connect(
                lambda r=row: self._objective_edited(r, True, self.tr("Change the theme of an objective")))
            row.done_check.toggled.connect(
                lambda _on, r=row: self._objective_edited(r, True, self.tr("Mark an objective reached")))
            row.label_edit.textChanged.connect(lambda _t, r=row: self._objective_edited(r, False, ""))
            row.remove_button.clicked.connect(lambda _c=False, r=row: self.remove_objective(r.objective_id))
            self.objectives_layout.addWidget(row)
            row.show()
            self.objective_rows.append(row)

    def _action_cells(self, a: PlanAction) -> list[str]:
        return [a.label, format_date(a.due_date), code_label("action_status", a.status),
                code_label("action_actor", a.who)]

    def _fill_actions(self) -> None:
        table = self.actions_table
        table.setUpdatesEnabled(False)
        table.blockSignals(True)
        table.setRowCount(len(self._plan.actions))
        for r, a in enumerate(self._plan.actions):
            self._set_action_row(r, a)
        table.blockSignals(False)
        table.setUpdatesEnabled(True)

    def _set_action_row(self, row: int, a: PlanAction) -> None:
        for col, text in enumerate(self._action_cells(a)):
            item = self.actions_table.item(row, col)
            if item is None:
                item = QTableWidgetItem()
                self.actions_table.setItem(row, col, item)
            item.setText(text)
            item.setToolTip(text)
            if not a.is_open:
                item.setForeground(QColor("#6d6d6d"))

    def _fill_jalons(self) -> None:
        """All jalons by date. Items are reused (a new item per cell costs a column re-measure each)."""
        self._jalon_timer.stop()
        table = self.jalons_table
        table.blockSignals(True)
        table.setUpdatesEnabled(False)
        jalons = sorted(with_action_milestones(self._plan).milestones,
                        key=lambda ms: (ms.on or date.max, ms.label))
        table.setRowCount(len(jalons))
        follows_tip = self.tr("Follows the action's due date: change it in the action.")
        for r, ms in enumerate(jalons):
            follows = is_due_date_jalon(ms)
            cells = [format_date(ms.on), ms.label, code_label("milestone_kind", ms.kind), ""]
            for col, text in enumerate(cells):
                item = table.item(r, col)
                if item is None:
                    item = QTableWidgetItem()
                    table.setItem(r, col, item)
                item.setText(text)
                item.setData(Qt.ItemDataRole.UserRole, ms.id)
                item.setToolTip(follows_tip if follows else text)
            done = table.item(r, 3)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if not follows:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            done.setFlags(flags)
            done.setCheckState(Qt.CheckState.Checked if ms.done else Qt.CheckState.Unchecked)
        table.setUpdatesEnabled(True)
        table.blockSignals(False)

    def _show_selected(self, row: int) -> None:
        action = self._plan.actions[row] if 0 <= row < len(self._plan.actions) else None
        if action is not None and action is self.action_editor.action:
            # The same action after an edit of its own: keep its editor (and the focus in it).
            self.action_editor.set_objectives(self._plan.objectives)
        else:
            self.action_editor.set_action(action, self._plan.objectives, self._start)
        self.move_up_button.setEnabled(row > 0)
        self.move_down_button.setEnabled(0 <= row < len(self._plan.actions) - 1)
        self.remove_action_button.setEnabled(action is not None)
        self.refresh_issues()

    def select_action(self, index: int) -> None:
        self.actions_table.setCurrentCell(index, 0)

    # -- edits ------------------------------------------------------------------------------------------------
    def _push(self, text: str, select: str | None = None) -> None:
        """The plan changed structurally: one undo step from the last snapshot to now."""
        before = self._snapshot
        after = copy_plan(self._plan)
        self._apply(self._plan, select)
        self.undo_stack.push(SnapshotCommand(text, before, after, self._undo_apply))
        self.edited.emit()

    def _undo_apply(self, plan: Plan) -> None:
        self._apply(copy_plan(plan))
        self.edited.emit()

    def _typed(self) -> None:
        """Typing: one undo step per burst (see step.py), so undoing an earlier edit keeps the words."""
        before, self._snapshot = self._snapshot, copy_plan(self._plan)
        self.undo_stack.push(SnapshotCommand(self.tr("Typing"), before, copy_plan(self._plan), self._undo_apply,
                                             TYPING))
        self._issue_timer.start()
        self.edited.emit()

    def _action_edited(self, structural: bool, text: str) -> None:
        if self._quiet:
            return
        action = self.action_editor.action
        if action is None:
            return
        row = self._plan.actions.index(action)
        if structural:
            self._push(text, action.id)
            return
        self._set_action_row(row, action)
        self._jalon_timer.start()     # the jalon's label follows the action's, once the typing pauses
        self._typed()

    def _objective_edited(self, row: ObjectiveRow, structural: bool, text: str) -> None:
        if self._quiet:
            return
        o = next(o for o in self._plan.objectives if o.id == row.objective_id)
        o.thematique = row.thematique_combo.code() or o.thematique
        o.label = row.label_edit.text().strip()
        o.done = row.done_check.isChecked()
        if structural:
            self._push(text)
        else:
            self.action_editor.set_objectives(self._plan.objectives)   # the editor names it as typed
            self._typed()

    def add_objective(self, thematique: str, label: str = "") -> ObjectiveRow:
        self._plan.objectives.append(Objective(thematique, label))
        self._push(self.tr("Add an objective"))
        row = self.objective_rows[-1]
        row.thematique_combo.setFocus()
        return row

    def remove_objective(self, objective_id: str) -> None:
        self._plan.objectives = [o for o in self._plan.objectives if o.id != objective_id]
        for a in self._plan.actions:
            if a.objective_id == objective_id:
                a.objective_id = None
        self._push(self.tr("Remove an objective"))

    def _add_quick(self) -> None:
        if self.add_action(self.quick_label_edit.text(), self.quick_type_combo.code() or "autre",
                           self.quick_who_combo.code() or "personne", self.quick_estimate.value(),
                           self.quick_estimate.unit()) is not None:
            self.quick_label_edit.clear()
            self.quick_estimate.set_estimate(None, None)
            self.quick_estimate.words_label.clear()
            self.quick_label_edit.setFocus()

    def add_action(self, label: str, type: str = "autre", who: str = "personne",
                   estimate_value: int | None = None, estimate_unit: str | None = None) -> PlanAction | None:
        """Add an action at the end; the person's estimate becomes its due date (and jalon)."""
        label = label.strip()
        if not label:
            self.quick_error_label.setText(self.tr("Write the action first, then press Enter."))
            self.quick_error_label.setVisible(True)
            return None
        self.quick_error_label.setVisible(False)
        self.quick_estimate.start = self._start
        due = None
        if estimate_value and estimate_unit:
            due = due_date_from_estimate(self._start, estimate_value, estimate_unit)
        action = PlanAction(label, type, who, estimate_value=estimate_value,
                            estimate_unit=estimate_unit if estimate_value else None, due_date=due)
        self._plan.actions.append(action)
        self._push(self.tr("Add an action"), action.id)
        return action

    def remove_action(self, index: int) -> None:
        if not 0 <= index < len(self._plan.actions):
            return
        del self._plan.actions[index]
        following = self._plan.actions[min(index, len(self._plan.actions) - 1)].id if self._plan.actions else None
        self._push(self.tr("Remove an action"), following)

    def move_action(self, index: int, delta: int) -> None:
        target = index + delta
        actions = self._plan.actions
        if not (0 <= index < len(actions) and 0 <= target < len(actions)):
            return
        actions[index], actions[target] = actions[target], actions[index]
        self._push(self.tr("Move an action"), actions[target].id)

    def _add_typed_jalon(self) -> None:
        if self.add_jalon(self.jalon_date_edit.date(), self.jalon_kind_combo.code() or "autre",
                          self.jalon_label_edit.text()) is not None:
            self.jalon_label_edit.clear()
            self.jalon_date_edit.set_date(None)
            self.jalon_date_edit.setFocus()

    def add_jalon(self, on: date | None, kind: str, label: str = "") -> Milestone | None:
        """Add a jalon; one without a date is refused with the domain's message (nothing added)."""
        jalon = Milestone(on, label.strip(), kind)
        issues = [i for i in validate_plan(Plan(milestones=[jalon]), self._start) if not i.needs_confirmation]
        if issues:
            self.jalon_error_label.setText("\n".join(render_issue(i) for i in issues))
            self.jalon_error_label.setVisible(True)
            self.jalon_date_edit.setFocus()
            return None
        self.jalon_error_label.setVisible(False)
        self._plan.milestones.append(jalon)
        self._push(self.tr("Add a jalon"))
        return jalon

    def _selected_jalon_id(self) -> str | None:
        item = self.jalons_table.item(self.jalons_table.currentRow(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _remove_selected_jalon(self) -> None:
        jalon_id = self._selected_jalon_id()
        jalon = next((ms for ms in self._plan.milestones if ms.id == jalon_id), None)
        if jalon is None or (jalon.kind == ACTION_DUE and jalon.action_id):
            self.jalon_error_label.setText(self.tr(
                "This jalon follows an action's due date: clear the date in the action, or remove the action."))
            self.jalon_error_label.setVisible(jalon_id is not None)
            return
        self._plan.milestones.remove(jalon)
        self._push(self.tr("Remove a jalon"))

    def _jalon_item_changed(self, item: QTableWidgetItem) -> None:
        if self._quiet or item.column() != 3:
            return
        jalon = next((ms for ms in self._plan.milestones if ms.id == item.data(Qt.ItemDataRole.UserRole)), None)
        if jalon is None or is_due_date_jalon(jalon):
            return
        jalon.done = item.checkState() == Qt.CheckState.Checked
        self._push(self.tr("Mark a jalon done"))

    # -- checks --------------------------------------------------------------------------------------------------
    def refresh_issues(self) -> list[Issue]:
        """The plan's problems: the selected action's under its fields, the others in the banner."""
        issues = validate_plan(self.plan(), self.services.ctx.today(), self._previous)
        action = self.action_editor.action
        index = self._plan.actions.index(action) if action in self._plan.actions else -1
        prefix = f"actions[{index}]."
        own = [replace(i, field=i.field[len(prefix):]) for i in issues if i.field.startswith(prefix)]
        self.action_editor.show_issues(own)
        others = [i for i in issues if not i.field.startswith(prefix)]
        if others:
            self.issues_banner.show_warning("\n".join(self._describe(i) for i in others[:4]) + (
                "\n" + self.tr("… and {count} more").format(count=len(others) - 4) if len(others) > 4 else ""))
        else:
            self.issues_banner.clear_message()
        return issues

    def _describe(self, issue: Issue) -> str:
        head, _, _rest = issue.field.partition(".")
        if head.startswith("actions["):
            index = int(head[len("actions["):-1])
            return self.tr("Action “{action}”: {problem}").format(
                action=self._plan.actions[index].label, problem=render_issue(issue))
        return render_issue(issue)

    # -- the step contract ----------------------------------------------------------------------------------------
    def load(self, context: SessionContext, record: SessionRecord) -> None:
        self._previous = context.plan
        self._start = record.interview.starts_at.date()
        self.quick_estimate.start = self._start
        self.jalon_date_edit.set_default_date(self._start)
        self.undo_stack.clear()
        self._apply(copy_plan(record.plan if record.plan is not None else context.plan))

    def write_into(self, record: SessionRecord) -> None:
        plan = self.plan()
        untouched = self._previous is not None and plan == with_action_milestones(self._previous)
        if record.plan is not None or not untouched:   # None: the plan did not change in this session
            record.plan = plan

    def issues(self) -> list[Issue]:
        return validate_plan(self.plan(), self.services.ctx.today(), self._previous)

    def show_issues(self, issues: list[Issue]) -> None:
        """A refused save: select the first action concerned, its problems under its fields."""
        for issue in issues:
            head = issue.field.split(".")[0]
            if head.startswith("actions["):
                self.select_action(int(head[len("actions["):-1]))
                break
        self.refresh_issues()

    def set_side_by_side(self, on: bool) -> None:
        super().set_side_by_side(on)   # everything in the plan is shareable with the person
        self._large_type(on)
        self.actions_table.setColumnHidden(3, on)   # "who" is in the editor: room for the action's words
        self.jalons_table.setColumnHidden(2, on)    # the kind: the date and the words are what the person reads
        # Side by side, the person reads the plan in words (plan_summary.py); the editor comes back with F11.
        if on:
            self.summary.show_plan(self.plan())
        self.pages.setCurrentIndex(1 if on else 0)
        self._fit_to_font()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if self.side_by_side:  # statuses may have been marked on the re-read step meanwhile
            self.summary.show_plan(self.plan())

    def _fit_to_font(self) -> None:
        """Widths that depend on the type size (set again for the side-by-side large type)."""
        metrics = self.fontMetrics()
        for col in (2, 3):
            self.actions_table.horizontalHeader().resizeSection(col, metrics.horizontalAdvance("M") * 8)
        for d in (self.action_editor.due_edit, self.jalon_date_edit):
            d.edit.setMinimumWidth(metrics.horizontalAdvance("00/00/00000") + 48)
