"""The history of a person's diagnosis and plan: two versions side by side, and what changed.

The diagnosis is revised at every session; looking back is a comparison
("in September she had no project, now it is defined"), so two versions sit
side by side with the changes between them in words. The plan's history is
a dated list: what was added, changed, dropped, and when. Counsellor-only
content is marked as such, and left out entirely in side-by-side mode.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cep_desk.domain.diagnosis import Diagnosis, diff, shareable
from cep_desk.services.facade import Services
from cep_desk.services.views import DiagnosisVersionView, PlanChangeView
from cep_desk.ui.language import format_date
from cep_desk.ui.session.change_words import describe_diagnosis_change, plan_change_details, plan_change_title
from cep_desk.ui.session.editor_kit import code_label, large_type_switch, long_date


def _li(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>" if items else ""


class HistoryView(QWidget):
    """History. Attributes a test can drive: ``load(beneficiary_id)``; ``tabs``; ``left_combo`` /
    ``right_combo`` (versions compared, by index in ``versions``); ``left_view``, ``right_view``,
    ``changes_view`` (QTextBrowser); ``plan_view`` (QTextBrowser); ``set_side_by_side(on)``."""

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.versions: list[DiagnosisVersionView] = []
        self.plan_changes: list[PlanChangeView] = []
        self._names: dict[str, str] = {}
        self._side_by_side = False
        self._large_type = large_type_switch(self, self.font())

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("History"))
        diagnosis_page = QWidget()
        grid = QGridLayout(diagnosis_page)
        self.left_combo, self.right_combo = QComboBox(), QComboBox()
        self.left_combo.setAccessibleName(self.tr("Earlier version"))
        self.right_combo.setAccessibleName(self.tr("Later version"))
        self.left_view, self.right_view, self.changes_view = QTextBrowser(), QTextBrowser(), QTextBrowser()
        self.left_view.setAccessibleName(self.tr("Earlier version of the diagnosis"))
        self.right_view.setAccessibleName(self.tr("Later version of the diagnosis"))
        self.changes_view.setAccessibleName(self.tr("What changed between the two versions"))
        left_label = QLabel(self.tr("&Compare:"))
        left_label.setBuddy(self.left_combo)
        right_label = QLabel(self.tr("&with:"))
        right_label.setBuddy(self.right_combo)
        grid.addWidget(left_label, 0, 0)
        grid.addWidget(self.left_combo, 0, 1)
        grid.addWidget(right_label, 0, 2)
        grid.addWidget(self.right_combo, 0, 3)
        grid.addWidget(QLabel(self.tr("<b>What changed</b>")), 0, 4)
        grid.addWidget(self.left_view, 1, 0, 1, 2)
        grid.addWidget(self.right_view, 1, 2, 1, 2)
        grid.addWidget(self.changes_view, 1, 4)
        for col in (1, 3, 4):
            grid.setColumnStretch(col, 1)
        self.plan_view = QTextBrowser()
        self.plan_view.setAccessibleName(self.tr("History of the plan"))
        self.tabs.addTab(diagnosis_page, self.tr("&Diagnosis"))
        self.tabs.addTab(self.plan_view, self.tr("&Plan"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.tabs)
        self.left_combo.currentIndexChanged.connect(lambda _i: self._show_versions())
        self.right_combo.currentIndexChanged.connect(lambda _i: self._show_versions())

    # -- loading -------------------------------------------------------------------------------------------
    def load(self, beneficiary_id: str) -> None:
        self.versions = self.services.sessions.diagnosis_history(beneficiary_id)
        self.plan_changes = self.services.plans.history(beneficiary_id)
        plan = self.services.plans.get(beneficiary_id)
        self._names = {a.id: a.label for a in plan.actions}
        self._names |= {o.id: o.label or code_label("thematique", o.thematique) for o in plan.objectives}
        self._names |= {ms.id: ms.label for ms in plan.milestones}
        self._names |= {f.id: code_label("funding_lever", f.lever) for a in plan.actions for f in a.funding}
        for combo in (self.left_combo, self.right_combo):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— nothing before —"), -1)
            for i, v in enumerate(self.versions):
                when = format_date(v.session_at.date()) if v.session_at else ""
                combo.addItem(self.tr("Version {number} ({date})").format(number=v.number, date=when), i)
            combo.blockSignals(False)
        count = len(self.versions)
        self.left_combo.setCurrentIndex(count - 1 if count >= 2 else 0)   # the combo's row = version index + 1
        self.right_combo.setCurrentIndex(count)
        self._show_versions()
        self._show_plan()

    def _version(self, combo: QComboBox) -> Diagnosis | None:
        i = combo.currentData()
        return self.versions[i].diagnosis if isinstance(i, int) and 0 <= i < len(self.versions) else None

    # -- diagnosis ------------------------------------------------------------------------------------------
    def _show_versions(self) -> None:
        if not self.versions:
            self.left_view.setHtml("")
            self.right_view.setHtml("")
            self.changes_view.setHtml(escape(self.tr("No diagnosis written yet.")))
            return
        before, after = self._version(self.left_combo), self._version(self.right_combo)
        self.left_view.setHtml(self._render(before))
        self.right_view.setHtml(self._render(after))
        if after is None:
            self.changes_view.setHtml(escape(self.tr("Choose a later version to compare with.")))
            return
        changes = diff(before, after)
        if self._side_by_side:
            changes = [c for c in changes if not c.counsellor_only]
        lines = [describe_diagnosis_change(c) + (self.tr(" (counsellor only)") if c.counsellor_only else "")
                 for c in changes]
        self.changes_view.setHtml(_li(lines) if lines else escape(self.tr("Nothing changed.")))

    def _render(self, d: Diagnosis | None) -> str:
        """One version in words, section by section."""
        if d is None:
            return escape(self.tr("(no earlier version)"))
        if self._side_by_side:
            d = shareable(d)
        parts: list[str] = []

        def section(title: str, body: str) -> None:
            if body.strip():
                parts.append(f"<h4>{escape(title)}</h4>{body}")

        def para(label: str, text: str) -> str:
            return f"<p><i>{escape(label)}</i> {escape(text)}</p>" if text else ""

        section(self.tr("Request and need"), para(self.tr("Request:"), d.request_words) + para(
            self.tr("Need:"), d.need) + para(self.tr("Matches the need:"),
                                            code_label("assessment", d.request_matches_need)))
        maturity = [f"{code_label('maturity_question', a.code)} {code_label('assessment', a.value)}"
                    + (f" ({a.comment})" if a.comment else "") for a in d.maturity]
        realism = [f"{code_label('project_realism', a.code)} {code_label('assessment', a.value)}" for a in d.realism]
        section(self.tr("Project"), para(self.tr("State:"), code_label("project_state", d.project_state))
                + para(self.tr("Project:"), d.project) + _li(maturity + realism)
                + para(self.tr("Motivation:"), d.motivation))
        section(self.tr("Competences named by the person"), _li(d.competences_person))
        if not self._side_by_side:
            section(self.tr("Competences noticed by the counsellor (counsellor only)"), _li(d.competences_counsellor))
        section(self.tr("Autonomy"), _li([
            f"{code_label('autonomy_area', a.area)}: {code_label('autonomy_level', a.level)}"
            + (f" — {a.evidence}" if a.evidence else "") for a in d.autonomy]))
        obstacles = []
        for o in d.obstacles:
            name = code_label("obstacle_theme", o.theme)
            if o.situation:
                name += f" – {code_label('obstacle_situation', o.situation)}"
            agreed = {True: self.tr("agreed"), False: self.tr("not agreed"), None: ""}[o.agreed]
            line = f"<b>{escape(name)}</b>: {escape(code_label('diagnosis_item_status', o.status))}"
            line += f" ({escape(agreed)})" if agreed else ""
            if o.person_view:
                line += "<br>" + escape(self.tr("The person: {view}").format(view=o.person_view))
            if o.counsellor_view and not self._side_by_side:
                line += "<br>" + escape(self.tr("Counsellor (counsellor only): {view}").format(view=o.counsellor_view))
            obstacles.append(f"<li>{line}</li>")
        section(self.tr("Obstacles and strengths"), f"<ul>{''.join(obstacles)}</ul>" if obstacles else "")
        return "".join(parts) or escape(self.tr("(empty)"))

    # -- plan -------------------------------------------------------------------------------------------------
    def _show_plan(self) -> None:
        if not self.plan_changes:
            self.plan_view.setHtml(escape(self.tr("The plan has not changed yet.")))
            return
        html: list[str] = []
        day = None
        for c in reversed(self.plan_changes):   # newest first: what the counsellor looks for
            if c.on != day:
                day = c.on
                html.append(f"<h4>{escape(long_date(day))}</h4>")
            details = plan_change_details(c)
            html.append(f"<p>{escape(plan_change_title(c, self._names))}</p>{_li(details)}")
        self.plan_view.setHtml("".join(html))

    def set_side_by_side(self, on: bool) -> None:
        self._side_by_side = on
        self._large_type(on)
        self._show_versions()
