"""Step 3 of the guided session: the shared diagnosis (REFERENTIALS §4), built *with* the person.

It starts from the last version (or the draft offered back), and the box at
the top says what changed since then, so the revision of the diagnosis is a
conversation about what moved. The counsellor's view of each obstacle and the
competences the counsellor noticed are counsellor-only: the side-by-side mode
hides them (hidden, not greyed), everything else is in large type.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cep_desk.domain import messages as m
from cep_desk.domain.codelists import referentials
from cep_desk.domain.diagnosis import (
    NOT_EXPLORED,
    Assessment,
    AutonomyEntry,
    Diagnosis,
    ObstacleItem,
    copy_diagnosis,
    diff,
    next_version,
    situations_of,
    validate_diagnosis,
)
from cep_desk.domain.guided_session import SessionRecord
from cep_desk.domain.messages import Issue
from cep_desk.services.facade import Services
from cep_desk.services.views import SessionContext
from cep_desk.ui.codelist_widgets import CodeCombo
from cep_desk.ui.field_errors import FieldErrors, make_error_label, render_issue
from cep_desk.ui.language import current_language, format_date
from cep_desk.ui.session.change_words import describe_diagnosis_change
from cep_desk.ui.session.editor_kit import (
    COUNSELLOR_ONLY_BACKGROUND,
    LinesEdit,
    ShortText,
    buddy_label,
    chain_tab_order,
    code_label,
    large_type_switch,
    mark_counsellor_only,
    scrolling,
)
from cep_desk.ui.session.step import TYPING, SessionStep, SnapshotCommand

MAX_CHANGES_SHOWN = 8
AGREED_CHOICES: tuple[bool | None, ...] = (None, True, False)   # the rows of the "agreed" combo


class ObstacleRow(QFrame):
    """One obstacle: ``person_view_edit``, ``counsellor_view_edit`` (counsellor-only),
    ``agreed_combo`` (``set_agreed``: None / True / False), ``status_combo``, ``remove_button``, ``error_label``."""

    def __init__(self, item: ObstacleItem, parent: QWidget | None = None):
        super().__init__(parent)
        self.theme, self.situation = item.theme, item.situation
        self.setFrameShape(QFrame.Shape.StyledPanel)
        name = code_label("obstacle_theme", item.theme)
        if item.situation:
            name = f"{name} – {code_label('obstacle_situation', item.situation)}"
        self.name = name
        self.title = QLabel(f"<b>{escape(name)}</b>")
        self.title.setWordWrap(True)
        self.status_combo = CodeCombo(referentials()["diagnosis_item_status"], allow_unset=False)
        self.status_combo.set_code(item.status)
        self.status_combo.setAccessibleName(self.tr("Status of: {item}").format(item=name))
        self.agreed_combo = QComboBox()
        self.agreed_combo.addItems([self.tr("— not asked yet —"), self.tr("Agreed together"), self.tr("Not agreed")])
        self.agreed_combo.setCurrentIndex(AGREED_CHOICES.index(item.agreed))
        self.agreed_combo.setAccessibleName(self.tr("Agreed with the person: {item}").format(item=name))
        self.remove_button = QToolButton()
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the obstacle: {item}").format(item=name))
        self.person_view_edit = QLineEdit(item.person_view)
        self.person_view_edit.setPlaceholderText(self.tr("How the person sees it, in their words"))
        self.person_view_edit.setAccessibleName(self.tr("The person's view: {item}").format(item=name))
        self.counsellor_view_edit = QLineEdit(item.counsellor_view)
        self.counsellor_view_edit.setPlaceholderText(self.tr("What you observed (not shown to the person)"))
        self.counsellor_view_edit.setAccessibleName(self.tr("Counsellor's view: {item}").format(item=name))
        self.counsellor_view_edit.setStyleSheet(f"QLineEdit {{ background: {COUNSELLOR_ONLY_BACKGROUND}; }}")
        self.error_label = make_error_label(self)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.agreed_combo)
        top.addWidget(self.status_combo)
        top.addWidget(self.remove_button)
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.addLayout(top, 0, 0, 1, 2)
        self.person_label = buddy_label(self.tr("Person's view:"), self.person_view_edit)
        self.counsellor_label = buddy_label(self.tr("Counsellor's view:"), self.counsellor_view_edit)
        grid.addWidget(self.person_label, 1, 0)
        grid.addWidget(self.person_view_edit, 1, 1)
        grid.addWidget(self.counsellor_label, 2, 0)
        grid.addWidget(self.counsellor_view_edit, 2, 1)
        grid.addWidget(self.error_label, 3, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        chain = [self.agreed_combo, self.status_combo, self.person_view_edit, self.counsellor_view_edit,
                 self.remove_button]
        chain_tab_order(chain)

    def value(self) -> ObstacleItem:
        return ObstacleItem(self.theme, self.situation, self.person_view_edit.text().strip(),
                            self.counsellor_view_edit.text().strip(), self.agreed(),
                            self.status_combo.code() or NOT_EXPLORED)

    def agreed(self) -> bool | None:
        return AGREED_CHOICES[max(self.agreed_combo.currentIndex(), 0)]

    def set_agreed(self, value: bool | None) -> None:
        self.agreed_combo.setCurrentIndex(AGREED_CHOICES.index(value))

    def set_counsellor_visible(self, on: bool) -> None:
        self.counsellor_label.setVisible(on)
        self.counsellor_view_edit.setVisible(on)


class DiagnosisStep(SessionStep):
    """The shared diagnosis. Attributes a test can drive:

    ``request_edit``, ``need_edit`` (ShortText: ``set_text``/``text``), ``match_combo``,
    ``project_state_combo``, ``project_edit`` (CodeCombo: ``set_code``/``code``);
    ``maturity_combos`` / ``maturity_comments`` / ``realism_combos`` / ``realism_comments`` (dicts by code);
    ``competences_person_edit``, ``competences_counsellor_edit`` (LinesEdit, one per line;
    the latter in ``counsellor_box``, counsellor-only); ``motivation_edit``;
    ``autonomy_levels`` / ``autonomy_evidence`` (dicts by area);
    ``theme_combo``, ``situation_combo``, ``add_obstacle_button`` or ``add_obstacle(theme, situation)``;
    ``obstacle_rows`` (ObstacleRow list); ``changes_label`` (what changed since last session);
    ``value()`` (the Diagnosis on screen); ``errors`` (FieldErrors, fields as validate_diagnosis names them).
    """

    key = "diagnosis"

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self._large_type = large_type_switch(self, self.font())
        self._previous: Diagnosis | None = None
        self._previous_label = ""
        self._current = Diagnosis()
        self._quiet = False          # loading or applying an undo step: no edits recorded
        self.errors = FieldErrors(self)
        self.obstacle_rows: list[ObstacleRow] = []
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(300)
        self._refresh_timer.timeout.connect(self._refresh_changes)

        page = QWidget()
        outer = QVBoxLayout(page)
        outer.addWidget(self._changes_box())
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self._request_box())
        left.addWidget(self._project_box())
        left.addStretch(1)
        right.addWidget(self._competences_box())
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        outer.addLayout(columns)
        outer.addWidget(self._maturity_box())
        outer.addWidget(self._autonomy_box())
        outer.addWidget(self._obstacles_box())
        outer.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(scrolling(page))

    def title(self) -> str:
        return self.tr("Shared diagnosis")

    # -- building ------------------------------------------------------------------------------
    def _changes_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("What changed since last session"))
        self.changes_label = QLabel()
        self.changes_label.setWordWrap(True)
        self.changes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(box).addWidget(self.changes_label)
        return box

    def _request_box(self) -> QGroupBox:
        ref = referentials()
        box = QGroupBox(self.tr("Request and need"))
        form = QFormLayout(box)
        self.request_edit = ShortText(2)
        self.need_edit = ShortText(2)
        self.match_combo = CodeCombo(ref["assessment"])
        self._row(form, self.tr("&Request (their words):"), self.request_edit,
                  self.tr("Request, in the person's words"))
        self._row(form, self.tr("&Need behind it:"), self.need_edit, self.tr("Need behind the request"))
        self._row(form, self.tr("Request matches the nee&d:"), self.match_combo, self.tr("Request matches the need"))
        for w in (self.request_edit, self.need_edit):
            w.textChanged.connect(self._text_edited)
        self.match_combo.codeChanged.connect(lambda: self._structural(self.tr("Change the match with the need")))
        return box

    def _project_box(self) -> QGroupBox:
        ref = referentials()
        box = QGroupBox(self.tr("The project"))
        form = QFormLayout(box)
        self.project_state_combo = CodeCombo(ref["project_state"])
        self.project_edit = ShortText(2)
        self.motivation_edit = ShortText(2)
        self.motivation_edit.setPlaceholderText(self.tr("What the person has already done for it"))
        self._row(form, self.tr("&Project:"), self.project_state_combo, self.tr("Project state"))
        self._row(form, self.tr("In p&lain words:"), self.project_edit, self.tr("The project in plain words"))
        self._row(form, self.tr("&Motivation (actions):"), self.motivation_edit,
                  self.tr("Motivation, from concrete actions"))
        self.project_state_combo.codeChanged.connect(lambda: self._structural(self.tr("Change the project state")))
        self.project_edit.textChanged.connect(self._text_edited)
        self.motivation_edit.textChanged.connect(self._text_edited)
        return box

    def _maturity_box(self) -> QGroupBox:
        """The maturity questions and the realism criteria: an answer and a comment each."""
        ref = referentials()
        box = QGroupBox(self.tr("Maturity and realism of the project"))
        grid = QGridLayout(box)
        self.maturity_combos: dict[str, CodeCombo] = {}
        self.maturity_comments: dict[str, QLineEdit] = {}
        self.realism_combos: dict[str, CodeCombo] = {}
        self.realism_comments: dict[str, QLineEdit] = {}
        row = 0
        for list_name, combos, comments, undo_text in (
                ("maturity_question", self.maturity_combos, self.maturity_comments,
                 self.tr("Answer a maturity question")),
                ("project_realism", self.realism_combos, self.realism_comments,
                 self.tr("Answer a realism question"))):
            for c in ref[list_name].codes:
                name = c.label(current_language())
                combo = CodeCombo(ref["assessment"])
                combo.setMinimumContentsLength(10)
                combo.setAccessibleName(name)
                comment = QLineEdit()
                comment.setPlaceholderText(self.tr("what makes you say so"))
                comment.setAccessibleName(self.tr("Comment: {question}").format(question=name))
                combo.codeChanged.connect(lambda t=undo_text: self._structural(t))
                comment.textChanged.connect(self._text_edited)
                grid.addWidget(buddy_label(name, combo), row, 0)
                grid.addWidget(combo, row, 1)
                grid.addWidget(comment, row, 2)
                combos[c.code] = combo
                comments[c.code] = comment
                row += 1
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 4)
        return box

    def _competences_box(self) -> QWidget:
        holder = QWidget()
        lay = QVBoxLayout(holder)
        lay.setContentsMargins(0, 0, 0, 0)
        box = QGroupBox(self.tr("Competences named by the person"))
        self.competences_person_edit = LinesEdit(4)
        self.competences_person_edit.setPlaceholderText(self.tr("One per line, in the person's words"))
        self.competences_person_edit.setAccessibleName(self.tr("Competences named by the person"))
        b = QVBoxLayout(box)
        b.addWidget(buddy_label(self.tr("&Competences (one per line):"), self.competences_person_edit))
        b.addWidget(self.competences_person_edit)
        self.counsellor_box = QGroupBox(self.tr("Competences you noticed (not shown to the person)"))
        mark_counsellor_only(self.counsellor_box)
        self.competences_counsellor_edit = LinesEdit(3)
        self.competences_counsellor_edit.setAccessibleName(self.tr("Competences noticed by the counsellor"))
        c = QVBoxLayout(self.counsellor_box)
        c.addWidget(buddy_label(self.tr("N&oticed (one per line):"), self.competences_counsellor_edit))
        c.addWidget(self.competences_counsellor_edit)
        for w in (self.competences_person_edit, self.competences_counsellor_edit):
            w.textChanged.connect(self._text_edited)
        lay.addWidget(box)
        lay.addWidget(self.counsellor_box)
        return holder

    def _autonomy_box(self) -> QGroupBox:
        ref = referentials()
        box = QGroupBox(self.tr("Autonomy (with what was observed)"))
        grid = QGridLayout(box)
        self.autonomy_levels: dict[str, CodeCombo] = {}
        self.autonomy_evidence: dict[str, QLineEdit] = {}
        for row, c in enumerate(ref["autonomy_area"].codes):
            level = CodeCombo(ref["autonomy_level"])
            level.setMinimumContentsLength(10)
            evidence = QLineEdit()
            evidence.setPlaceholderText(self.tr("what you saw, not a judgement"))
            name = c.label(current_language())
            level.setAccessibleName(self.tr("Autonomy: {area}").format(area=name))
            evidence.setAccessibleName(self.tr("Observed: {area}").format(area=name))
            level.codeChanged.connect(lambda: self._structural(self.tr("Change an autonomy level")))
            evidence.textChanged.connect(self._text_edited)
            grid.addWidget(buddy_label(name, level), row, 0)
            grid.addWidget(level, row, 1)
            grid.addWidget(evidence, row, 2)
            self.autonomy_levels[c.code] = level
            self.autonomy_evidence[c.code] = evidence
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 4)
        return box

    def _obstacles_box(self) -> QGroupBox:
        ref = referentials()
        box = QGroupBox(self.tr("Obstacles and strengths, theme by theme"))
        lay = QVBoxLayout(box)
        adder = QHBoxLayout()
        self.theme_combo = CodeCombo(ref["obstacle_theme"], allow_unset=False)
        self.theme_combo.setAccessibleName(self.tr("Theme of the obstacle to add"))
        self.situation_combo = QComboBox()
        self.situation_combo.setAccessibleName(self.tr("Situation to add"))
        self.situation_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.situation_combo.setMinimumContentsLength(30)
        self.add_obstacle_button = QPushButton(self.tr("&Add to the diagnosis"))
        self.add_obstacle_button.setAccessibleName(self.tr("Add the obstacle to the diagnosis"))
        adder.addWidget(buddy_label(self.tr("&Theme:"), self.theme_combo))
        adder.addWidget(self.theme_combo)
        adder.addWidget(buddy_label(self.tr("S&ituation:"), self.situation_combo))
        adder.addWidget(self.situation_combo, 1)
        adder.addWidget(self.add_obstacle_button)
        lay.addLayout(adder)
        self.add_error_label = make_error_label(box)
        lay.addWidget(self.add_error_label)
        self.rows_box = QVBoxLayout()
        lay.addLayout(self.rows_box)
        self.no_obstacle_label = QLabel(self.tr("No theme explored yet: choose a theme and a situation above."))
        lay.addWidget(self.no_obstacle_label)
        self.theme_combo.codeChanged.connect(self._fill_situations)
        self.add_obstacle_button.clicked.connect(
            lambda: self.add_obstacle(self.theme_combo.code() or "", self.situation_combo.currentData()))
        self._fill_situations()
        return box

    def _row(self, form: QFormLayout, label: str, widget: QWidget, accessible: str) -> None:
        widget.setAccessibleName(accessible)
        form.addRow(buddy_label(label, widget), widget)

    def _fill_situations(self) -> None:
        theme = self.theme_combo.code()
        self.situation_combo.clear()
        self.situation_combo.addItem(self.tr("The theme in general"), None)
        for c in situations_of(theme or ""):
            self.situation_combo.addItem(c.label(current_language()), c.code)

    # -- the value on screen ----------------------------------------------------------------------
    def value(self) -> Diagnosis:
        d = Diagnosis(
            request_words=self.request_edit.text().strip(), need=self.need_edit.text().strip(),
            request_matches_need=self.match_combo.code(), project_state=self.project_state_combo.code(),
            project=self.project_edit.text().strip(), motivation=self.motivation_edit.text().strip(),
            competences_person=self.competences_person_edit.lines(),
            competences_counsellor=self.competences_counsellor_edit.lines(),
        )
        for target, combos, comments in ((d.realism, self.realism_combos, self.realism_comments),
                                         (d.maturity, self.maturity_combos, self.maturity_comments)):
            for code, combo in combos.items():
                comment = comments[code].text().strip()
                if combo.code() is not None or comment:
                    target.append(Assessment(code, combo.code(), comment))
        for area, combo in self.autonomy_levels.items():
            evidence = self.autonomy_evidence[area].text().strip()
            if combo.code() is not None or evidence:
                d.autonomy.append(AutonomyEntry(area, combo.code(), evidence))
        d.obstacles = [row.value() for row in self.obstacle_rows]
        return d

    def _apply(self, d: Diagnosis) -> None:
        """Show ``d`` (load, undo, redo): every widget set, obstacle rows rebuilt."""
        self._quiet = True
        try:
            self.request_edit.set_text(d.request_words)
            self.need_edit.set_text(d.need)
            self.match_combo.set_code(d.request_matches_need)
            self.project_state_combo.set_code(d.project_state)
            self.project_edit.set_text(d.project)
            self.motivation_edit.set_text(d.motivation)
            self.competences_person_edit.set_lines(d.competences_person)
            self.competences_counsellor_edit.set_lines(d.competences_counsellor)
            for items, combos, comments in ((d.realism, self.realism_combos, self.realism_comments),
                                            (d.maturity, self.maturity_combos, self.maturity_comments)):
                answers = {a.code: a for a in items}
                for code, combo in combos.items():
                    combo.set_code(answers[code].value if code in answers else None)
                    comments[code].setText(answers[code].comment if code in answers else "")
            autonomy = {a.area: a for a in d.autonomy}
            for area, combo in self.autonomy_levels.items():
                combo.set_code(autonomy[area].level if area in autonomy else None)
                self.autonomy_evidence[area].setText(autonomy[area].evidence if area in autonomy else "")
            self._rebuild_rows(d.obstacles)
        finally:
            self._quiet = False
        self._current = copy_diagnosis(d)
        self._check()
        self._refresh_changes()

    def _rebuild_rows(self, items: list[ObstacleItem]) -> None:
        for row in self.obstacle_rows:
            self.rows_box.removeWidget(row)
            row.deleteLater()
        for f in [f for f in self.errors.fields() if f.startswith("obstacles[")]:
            self.errors.unregister(f)
        self.obstacle_rows = []
        for i, item in enumerate(items):
            row = ObstacleRow(item)
            row.set_counsellor_visible(not self.side_by_side)
            row.person_view_edit.textChanged.connect(self._text_edited)
            row.counsellor_view_edit.textChanged.connect(self._text_edited)
            row.agreed_combo.currentIndexChanged.connect(
                lambda _i: self._structural(self.tr("Mark an obstacle agreed or not")))
            row.status_combo.codeChanged.connect(lambda: self._structural(self.tr("Change an obstacle's status")))
            row.remove_button.clicked.connect(lambda _c=False, r=row: self.remove_obstacle(r))
            self.errors.register(f"obstacles[{i}].person_view", row.person_view_edit, row.error_label)
            self.rows_box.addWidget(row)
            row.show()   # now, not on the next event loop pass: its messages must be there at once
            self.obstacle_rows.append(row)
        self.no_obstacle_label.setVisible(not items)
        self._large_type(self.side_by_side)   # rows built while side by side get the large type

    # -- edits --------------------------------------------------------------------------------------
    def add_obstacle(self, theme: str, situation: str | None) -> ObstacleRow | None:
        """Add a theme (or one of its situations) to the diagnosis; the same one twice is refused."""
        key = situation or theme
        if any((r.situation or r.theme) == key for r in self.obstacle_rows):
            self.add_error_label.setText(render_issue(Issue("obstacles", m.SITUATION_TWICE)))
            self.add_error_label.setVisible(True)
            return None
        self.add_error_label.setVisible(False)
        before = self.value()
        after = copy_diagnosis(before)
        after.obstacles.append(ObstacleItem(theme, situation))
        self._apply(after)
        self._push(self.tr("Add an obstacle"), before, after)
        row = self.obstacle_rows[-1]
        row.person_view_edit.setFocus()
        return row

    def remove_obstacle(self, row: ObstacleRow) -> None:
        before = self.value()
        after = copy_diagnosis(before)
        del after.obstacles[self.obstacle_rows.index(row)]
        self._apply(after)
        self._push(self.tr("Remove an obstacle"), before, after)

    def _push(self, text: str, before: Diagnosis, after: Diagnosis) -> None:
        self.undo_stack.push(SnapshotCommand(text, before, copy_diagnosis(after), self._undo_apply))
        self.edited.emit()

    def _undo_apply(self, d: Diagnosis) -> None:
        self._apply(copy_diagnosis(d))
        self.edited.emit()

    def _structural(self, text: str) -> None:
        """A choice in a list (status, agreed, a level) is one undo step."""
        if self._quiet:
            return
        before, after = self._current, self.value()
        self._current = copy_diagnosis(after)
        self.undo_stack.push(SnapshotCommand(text, before, copy_diagnosis(after), self._undo_apply))
        self._check()
        self._refresh_timer.start()
        self.edited.emit()

    def _text_edited(self) -> None:
        if self._quiet:
            return
        before, self._current = self._current, self.value()
        self.undo_stack.push(SnapshotCommand(self.tr("Typing"), before, copy_diagnosis(self._current),
                                             self._undo_apply, TYPING))   # one step per burst (step.py)
        self._check()
        self._refresh_timer.start()
        self.edited.emit()

    def _check(self) -> None:
        """Inline: an item marked agreed without the person's view asks for it (domain rule)."""
        self.errors.clear_all()
        self.errors.show_issues([i for i in validate_diagnosis(self._current)
                                 if i.field.endswith(".person_view")])

    def _refresh_changes(self) -> None:
        changes = diff(self._previous, self.value())
        if self.side_by_side:
            changes = [c for c in changes if not c.counsellor_only]
        if self._previous is None:
            head = self.tr("First diagnosis: everything written today is new.")
        elif not changes:
            head = self.tr("Nothing changed yet since {version}.").format(version=self._previous_label)
        else:
            head = self.tr("Since {version}:").format(version=self._previous_label)
        lines = [describe_diagnosis_change(c) for c in changes[:MAX_CHANGES_SHOWN]] if self._previous else []
        if self._previous and len(changes) > MAX_CHANGES_SHOWN:
            lines.append(self.tr("… and {count} more changes").format(count=len(changes) - MAX_CHANGES_SHOWN))
        self.changes_label.setText("\n".join([head, *("• " + line for line in lines)]))

    # -- the step contract ----------------------------------------------------------------------------
    def load(self, context: SessionContext, record: SessionRecord) -> None:
        last = context.diagnosis
        self._previous = last.diagnosis if last else None
        if last is not None:
            when = format_date(last.session_at.date()) if last.session_at else ""
            self._previous_label = self.tr("version {number} ({date})").format(number=last.number, date=when)
        start = record.diagnosis if record.diagnosis is not None else next_version(self._previous)
        self.undo_stack.clear()
        self._apply(copy_diagnosis(start))

    def write_into(self, record: SessionRecord) -> None:
        """The diagnosis on screen; left as it is when nothing changed since the last version (the
        widgets may list answers in another order than the stored version: that is no new version)."""
        d = self.value()
        unchanged = d == Diagnosis() if self._previous is None else not diff(self._previous, d)
        if unchanged:
            if record.diagnosis is None:
                return
            if self._previous is not None:
                d = copy_diagnosis(self._previous)
        record.diagnosis = d

    def issues(self) -> list[Issue]:
        return validate_diagnosis(self.value())

    def show_issues(self, issues: list[Issue]) -> None:
        """A refused save: each obstacle's problem under it (the window lists them all too)."""
        self.errors.clear_all()
        self.errors.show_issues([i for i in issues if i.field.startswith("obstacles[")])

    def set_side_by_side(self, on: bool) -> None:
        super().set_side_by_side(on)
        self._large_type(on)
        self.counsellor_box.setVisible(not on)
        for row in self.obstacle_rows:
            row.set_counsellor_visible(not on)
        self._refresh_changes()
