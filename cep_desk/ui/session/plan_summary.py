"""The action plan as the person reads it on the side-by-side screen: what, who, by when.

The plan editor is a counsellor's tool (tables, combos, an editor pane); in 1.6× type it no
longer fits and cuts the actions' words. Side by side, the plan step shows this instead: one
block per action in plain words, open actions first, then the jalons with their dates in full.
Editing stays one key away (F11 back to the normal screen).
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from cep_desk.domain.plan import CLOSED_STATUSES, Plan
from cep_desk.ui.session.editor_kit import code_label, long_date


class PlanSummary(QTextBrowser):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setAccessibleName(self.tr("The action plan, as the person reads it"))

    def show_plan(self, plan: Plan) -> None:
        open_first = sorted(plan.actions, key=lambda a: (a.status in CLOSED_STATUSES, a.due_date is None,
                                                         a.due_date or date.min))
        title = self.tr("What we decided together")
        parts = [f"<h2>{escape(title)}</h2>"]
        if not plan.actions:
            nothing = self.tr("No action yet.")
            parts.append(f"<p>{escape(nothing)}</p>")
        for a in open_first:
            when = (self.tr("by {date}").format(date=long_date(a.due_date)) if a.due_date
                    else self.tr("no date yet"))
            details = " · ".join(x for x in (code_label("action_actor", a.who), when,
                                             code_label("action_status", a.status)) if x)
            partner = f"<br>{escape(a.partner)}" if a.partner else ""
            style = ' style="color:#5f6368"' if a.status in CLOSED_STATUSES else ""
            parts.append(f"<p{style}><b>{escape(a.label)}</b><br>{escape(details)}{partner}</p>")
        if plan.milestones:
            dates = self.tr("Important dates")
            parts.append(f"<h3>{escape(dates)}</h3><ul>")
            for ms in sorted(plan.milestones, key=lambda m: (m.on is None, m.on or date.min)):
                on = long_date(ms.on) if ms.on else ""
                parts.append(f"<li><b>{escape(on)}</b> — {escape(ms.label)}</li>")
            parts.append("</ul>")
        self.setHtml("".join(parts))
