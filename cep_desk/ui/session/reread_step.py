"""Step 1, Re-read: last time's conclusion, then the plan's open actions marked *with* the person.

"Il y a eu çà, çà, çà de proposé, vous validez ?" (002:4603): the counsellor
reads the last conclusion aloud, then goes through each open action and sets
its status as the person says — done, in progress, dropped. The jalons that
are due (or overdue) come last, as a reminder. Every mark is one undo step.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cep_desk.domain import plan as p
from cep_desk.domain.codelists import referentials
from cep_desk.domain.guided_session import SessionRecord
from cep_desk.services.facade import Services
from cep_desk.services.views import SessionContext
from cep_desk.ui.codelist_widgets import CodeCombo
from cep_desk.ui.language import current_language, format_date
from cep_desk.ui.session.editor_kit import long_date
from cep_desk.ui.session.step import SessionStep, SnapshotCommand

JALON_HORIZON_DAYS = 30     # jalons shown: overdue ones, and those due within a month


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


class RereadStep(SessionStep):
    """Attributes a test can drive: ``conclusion_text`` (read-only), ``status_combos`` (action id →
    CodeCombo of the action's status), ``mark(action_id, status)``, ``milestone_labels`` (QLabel list)."""

    key = "reread"

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self._context: SessionContext | None = None
        self._actions: list[p.PlanAction] = []
        self._plan_shown = p.Plan()                # the plan the statuses apply to
        self._statuses: dict[str, str] = {}       # what is on screen
        self._base: dict[str, str] = {}           # the statuses when the session started
        self.status_combos: dict[str, CodeCombo] = {}
        self.milestone_labels: list[QLabel] = []
        self._loading = False

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.conclusion_title = _heading(self.tr("Last time"))
        self.conclusion_text = QPlainTextEdit()
        self.conclusion_text.setReadOnly(True)
        self.conclusion_text.setTabChangesFocus(True)
        self.conclusion_text.setAccessibleName(self.tr("Conclusion of the last session"))
        self._fit_conclusion()
        self.conclusion_title.setBuddy(self.conclusion_text)
        lay.addWidget(self.conclusion_title)
        lay.addWidget(self.conclusion_text)

        self.actions_title = _heading(self.tr("The plan since last time"))
        self.actions_hint = QLabel(self.tr("Go through each action with the person and set its status as "
                                           "they say: “Is that right for you?”"))
        self.actions_hint.setWordWrap(True)
        lay.addWidget(self.actions_title)
        lay.addWidget(self.actions_hint)
        self.actions_page = QWidget()
        self.actions_grid = QGridLayout(self.actions_page)
        self.actions_grid.setColumnStretch(0, 1)
        self.actions_grid.setHorizontalSpacing(14)
        self.actions_area = QScrollArea()
        self.actions_area.setWidgetResizable(True)
        self.actions_area.setFrameShape(QFrame.Shape.NoFrame)
        self.actions_area.setWidget(self.actions_page)
        lay.addWidget(self.actions_area, 1)

        self.milestones_title = _heading(self.tr("Jalons due"))
        lay.addWidget(self.milestones_title)
        self.milestones_box = QVBoxLayout()
        lay.addLayout(self.milestones_box)

    def title(self) -> str:
        return self.tr("Re-read")

    def _fit_conclusion(self) -> None:
        """Room for a usual conclusion (about eight lines), in whatever type size is shown."""
        self.conclusion_text.setMaximumHeight(self.conclusion_text.fontMetrics().lineSpacing() * 9 + 16)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange:
            self._fit_conclusion()
        return super().event(event)

    # -- loading ---------------------------------------------------------------------------------
    def load(self, context: SessionContext, record: SessionRecord) -> None:
        self._context = context
        self._loading = True
        try:
            c = context.last_conclusion
            if c is None:
                self.conclusion_title.setText(self.tr("Last time"))
                self.conclusion_text.setPlainText(self.tr("No conclusion yet: this is the first guided session."))
            else:
                when = long_date(c.session_at.date()) if c.session_at else ""
                self.conclusion_title.setText(self.tr("Last time ({date})").format(date=when) if when
                                              else self.tr("Last time"))
                self.conclusion_text.setPlainText(c.text)
            current = record.plan or context.plan
            now = {a.id: a.status for a in current.actions}
            # The actions open when the session started (even once marked done here), unless removed since.
            self._actions = [a for a in context.plan.actions if a.is_open and a.id in now]
            self._base = {a.id: a.status for a in self._actions}
            self._statuses = {a.id: now[a.id] for a in self._actions}
            self._plan_shown = current
            self._build_actions()
            self._build_milestones(current)
        finally:
            self._loading = False
        self.undo_stack.clear()

    def _build_actions(self) -> None:
        while self.actions_grid.count():
            item = self.actions_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.status_combos = {}
        lang = current_language()
        who_list = referentials()["action_actor"]
        if not self._actions:
            self.actions_grid.addWidget(QLabel(self.tr("No open action in the plan.")), 0, 0)
            return
        statuses = referentials()["action_status"]
        for row, a in enumerate(self._actions):
            who = a.partner.strip() if a.who == p.PARTNER and a.partner.strip() else who_list.label(a.who, lang)
            due = self.tr(", by {date}").format(date=format_date(a.due_date)) if a.due_date else ""
            text = QLabel(f"{a.label} — {who}{due}")
            text.setWordWrap(True)
            combo = CodeCombo(statuses, allow_unset=False)
            combo.set_code(self._statuses[a.id])
            combo.setAccessibleName(self.tr("Status of the action: {label}").format(label=a.label))
            text.setBuddy(combo)
            combo.currentIndexChanged.connect(lambda _i, aid=a.id, c=combo: self._combo_changed(aid, c))
            self.actions_grid.addWidget(text, row, 0)
            self.actions_grid.addWidget(combo, row, 1)
            self.status_combos[a.id] = combo
        self.actions_grid.setRowStretch(len(self._actions), 1)

    def _build_milestones(self, plan: p.Plan) -> None:
        while self.milestones_box.count():
            item = self.milestones_box.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        today = self.services.ctx.today()
        horizon = today + timedelta(days=JALON_HORIZON_DAYS)
        due = sorted((ms for ms in plan.milestones if not ms.done and ms.on is not None and ms.on <= horizon),
                     key=lambda ms: ms.on)  # type: ignore[arg-type, return-value]
        self.milestone_labels = []
        for ms in due:
            assert ms.on is not None
            late = ms.on < today
            text = (self.tr("{date} — {label} (overdue)") if late else self.tr("{date} — {label}")).format(
                date=format_date(ms.on), label=ms.label)
            label = QLabel(text)
            label.setWordWrap(True)
            if late:
                label.setStyleSheet("QLabel { color: #b00020; font-weight: bold; }")
            self.milestone_labels.append(label)
            self.milestones_box.addWidget(label)
        if not due:
            label = QLabel(self.tr("No jalon due in the coming month."))
            self.milestone_labels.append(label)
            self.milestones_box.addWidget(label)

    # -- marking -----------------------------------------------------------------------------------
    def _combo_changed(self, action_id: str, combo: CodeCombo) -> None:
        if self._loading:
            return
        before = dict(self._statuses)
        self._statuses[action_id] = combo.code() or self._statuses[action_id]
        self.undo_stack.push(SnapshotCommand(self.tr("Mark an action"), before, dict(self._statuses),
                                             self._apply))
        self._refresh_milestones()
        self.edited.emit()

    def _refresh_milestones(self) -> None:
        """An action marked done takes its jalon off the list of those due."""
        if self._context is not None:
            self._build_milestones(p.mark(self._plan_shown, self._statuses))

    def _apply(self, statuses: dict[str, str]) -> None:
        self._statuses = dict(statuses)
        self._loading = True
        try:
            for aid, combo in self.status_combos.items():
                combo.set_code(self._statuses[aid])
        finally:
            self._loading = False
        self._refresh_milestones()
        self.edited.emit()

    def mark(self, action_id: str, status: str) -> None:
        """Set one action's status, as the person said (one undo step)."""
        self.status_combos[action_id].set_code(status)

    def statuses(self) -> dict[str, str]:
        return dict(self._statuses)

    def write_into(self, record: SessionRecord) -> None:
        """Apply the marks that differ from the plan as the record has it (None: untouched so far)."""
        if self._context is None:
            return
        current = record.plan or self._context.plan
        now = {a.id: a.status for a in current.actions}
        marks = {aid: st for aid, st in self._statuses.items() if aid in now and now[aid] != st}
        if marks:
            record.plan = p.mark(current, marks)

    def set_side_by_side(self, on: bool) -> None:
        super().set_side_by_side(on)  # everything here is shareable with the person
