"""« Mon plan d'action » (FALC): one action per block with its pictogram, who does it,
the date in full and the partner's address and phone; then a calendar page of
the jalons, month by month.
"""

from __future__ import annotations

import calendar
from itertools import groupby

from reportlab.lib.colors import white
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Paragraph, Table, TableStyle

from cep_desk.deliverables.common import action_block, document_head, small_picto
from cep_desk.deliverables.data import DocumentData, MilestoneData
from cep_desk.deliverables.dates import full_date, month_title
from cep_desk.deliverables.layout import BASE_TABLE, FRAME_W, gap, heading, keep, para
from cep_desk.deliverables.styles import ACCENT, RULE, SOFT, Styles

TITLE = "Mon plan d'action"
CALENDAR = "Mon calendrier"
SECTIONS = ("message",)
MESSAGE = "Voici les actions que nous avons choisies ensemble.\nChaque action a une date."


def defaults(data: DocumentData) -> dict[str, str]:
    return {"message": MESSAGE}


DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


def month_grid(year: int, month: int, marked: set[int], st: Styles) -> Table:
    """A month as a grid, one row per day of the week (named in full: a seventh of the page is too
    narrow for "mercredi" at 14 pt), one column per week; the days with a date to keep are filled in.

    Only drawn at normal size: in large print the list under it says everything anyway."""
    size = 14.0
    cell = ParagraphStyle("num", parent=st.body, fontSize=size, leading=size * 1.5, spaceAfter=0)
    mark = ParagraphStyle("mark", parent=cell, fontName=st.strong.fontName, textColor=white)
    weeks = calendar.Calendar(firstweekday=0).monthdayscalendar(year, month)
    rows = [[Paragraph(name, cell), *[Paragraph(str(w[d]), mark if w[d] in marked else cell) if w[d] else ""
                                      for w in weeks]] for d, name in enumerate(DAYS)]
    first = size * 6.5
    t = Table(rows, colWidths=[first] + [min(size * 3.5, (FRAME_W - first) / len(weeks))] * len(weeks),
              hAlign="LEFT")
    style = [*BASE_TABLE, ("GRID", (0, 0), (-1, -1), 0.6, RULE), ("BACKGROUND", (0, 0), (0, -1), SOFT),
             ("LEFTPADDING", (0, 0), (-1, -1), 4)]
    for c, week in enumerate(weeks, start=1):
        style += [("BACKGROUND", (c, r), (c, r), ACCENT) for r, day in enumerate(week) if day in marked]
    t.setStyle(TableStyle(style))
    return t


def _calendar(milestones: list[MilestoneData], st: Styles) -> list[Flowable]:
    out: list[Flowable] = [heading(CALENDAR, st, "date")]
    if not milestones:
        return [*out, para("Il n'y a pas encore de date prévue.", st.body)]
    for (year, month), items in groupby(milestones, key=lambda m: (m.on.year, m.on.month)):
        items = list(items)
        rows = [small_picto("date", f"{full_date(m.on)} : {m.label}", st) for m in items]
        title = para(month_title(items[0].on), st.strong)
        if st.large:
            out.append(keep(gap(st, 0.4), title, rows[0]))
        else:
            out.append(keep(gap(st, 0.4), title, month_grid(year, month, {m.on.day for m in items}, st),
                            gap(st, 0.5), rows[0]))
        out += rows[1:]
    return out


def story(data: DocumentData, st: Styles) -> list[Flowable]:
    out = document_head(TITLE, data, st)
    out += [para(line, st.body) for line in data.text("message").split("\n") if line.strip()]
    if not data.actions:
        out.append(para("Nous n'avons pas encore choisi d'action.", st.body))
    for a in data.actions:
        out.append(action_block(a, data, st))
    out.append(PageBreak())
    # The dates still to come (what is done is no longer a date to keep in mind).
    out += _calendar(sorted((m for m in data.milestones if not m.done), key=lambda m: m.on), st)
    return out
