"""The page template every deliverable shares, and the small flowable builders.

- "Page X sur Y" needs the page count, so the canvas keeps each page's state
  and draws the footers when the document is saved (two passes in one).
- Output is deterministic: ``invariant=1`` (no random document ID) and the
  creation date comes from the caller, so identical input gives identical bytes.
- Every font is ours (``initialFontName``) so no base-14 Helvetica slips in.
- Text typed by people is escaped, and a "word" longer than a line (a pasted
  web address) is cut into pieces instead of running off the page.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import TimeStamp
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from cep_desk.deliverables.fonts import REGULAR
from cep_desk.deliverables.pictograms import Pictogram
from cep_desk.deliverables.styles import RULE, SOFT, Styles

PAGE_W, PAGE_H = A4
MARGIN_X = 2.2 * cm
MARGIN_TOP = 2.0 * cm
MARGIN_BOTTOM = 2.6 * cm            # room for the footer
FRAME_PAD = 6.0                      # reportlab's frame padding: text starts at MARGIN_X + FRAME_PAD
TEXT_LEFT = MARGIN_X + FRAME_PAD
FRAME_W = PAGE_W - 2 * MARGIN_X - 2 * FRAME_PAD
LONG_TOKEN = 25                      # characters: longer "words" (URLs, e-mails) may break at the line's end
FIXED_CREATION = datetime(2026, 1, 1, 0, 0, 0)
# A table names our font even with no text cell: its default cell font is an unembedded Helvetica.
BASE_TABLE = [("FONTNAME", (0, 0), (-1, -1), REGULAR)]
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


@dataclass(frozen=True)
class Meta:
    title: str
    author: str
    subject: str = ""
    creation: datetime | None = None
    footer: str = ""                 # left part of the footer, before "Page X sur Y"


_TIME = re.compile(r"\b\d{1,2} h(?: \d{2})?\b")
_LONG = re.compile(r"\S{" + str(LONG_TOKEN + 1) + ",}")


def clean(text: str) -> str:
    """Plain text as paragraph markup: escaped, line breaks kept.

    reportlab breaks lines at U+202F (Babel's narrow no-break space in "12 000 €")
    but not at U+00A0, so the former becomes the latter: the number stays whole."""
    text = text.replace("\r\n", "\n").replace("\t", " ").replace("\u202f", "\u00a0")
    text = _TIME.sub(lambda m: m.group(0).replace(" ", "\u00a0"), text)     # "16 h 00" stays whole
    return "<br/>".join(escape(line) for line in text.split("\n"))


def visual_order(text: str) -> str:
    """Right-to-left words (an Arabic name) put in visual order: reportlab joins the letters of
    each word (shaping) but has no bidi reordering here, so a run of RTL words is reversed."""
    words = text.split(" ")
    out: list[str] = []
    run: list[str] = []
    for w in [*words, None]:
        if w is not None and _RTL.search(w):
            run.append(w)
            continue
        out.extend(reversed(run))
        run = []
        if w is not None:
            out.append(w)
    return " ".join(out)


def para(text: str, style: ParagraphStyle, *, bold_prefix: str = "") -> Paragraph:
    """One paragraph of people's text. Text in Arabic script is shaped (letters joined)."""
    if _RTL.search(text):
        text = "\n".join(visual_order(line) for line in text.split("\n"))
    markup = clean(text)
    if bold_prefix:
        markup = f"<b>{escape(bold_prefix)}</b> {markup}"
    if _RTL.search(text):
        style = _variant(style, shaping=1)
    if _LONG.search(text):
        # Not a word (a pasted address, an e-mail): may break where the line ends rather than run off it.
        style = _variant(style, splitLongWords=1)
    return Paragraph(markup, style)


_VARIANTS: dict[tuple, ParagraphStyle] = {}  # type: ignore[type-arg]


def _variant(style: ParagraphStyle, **changes: int) -> ParagraphStyle:
    key = (style.name, style.fontSize, *sorted(changes.items()))
    if key not in _VARIANTS:
        _VARIANTS[key] = ParagraphStyle(f"{style.name}-" + "-".join(changes), parent=style, **changes)
    return _VARIANTS[key]


def paragraphs(text: str, style) -> list[Paragraph]:  # type: ignore[no-untyped-def]
    """A free text as one paragraph per blank-line-separated block (long notes split across pages)."""
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text or "") if b.strip()]
    return [para(b, style) for b in blocks]


def heading(text: str, st: Styles, picto: str | None = None) -> Flowable:
    """A section title, kept with what follows; with a pictogram on its left when given."""
    if picto is None:
        return Paragraph(escape(text), st.heading)
    row = picto_row(picto, [Paragraph(escape(text), st.heading)], st, size=st.size * 2.2)
    row.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), st.size * 0.8)]))
    row.keepWithNext = True
    return row


def picto_row(picto: str, content: Sequence[Flowable], st: Styles, *, size: float | None = None,
              boxed: bool = False) -> Table:
    """A pictogram in the left column, its text on the right (rule 17). Rows split across pages."""
    size = size or st.picto
    gap = st.size * 0.8
    # "*": the text column takes whatever width the row is given (page, card, or another block).
    t = Table([[Pictogram(picto, size), list(content)]], colWidths=[size + gap, "*"], splitInRow=1, hAlign="LEFT")
    t.pictogram = picto  # type: ignore[attr-defined]
    style = [*BASE_TABLE, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
             ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
             ("BOTTOMPADDING", (0, 0), (-1, -1), st.size * 0.35)]
    if boxed:
        style += [("BACKGROUND", (0, 0), (-1, -1), SOFT), ("BOX", (0, 0), (-1, -1), 1, RULE),
                  ("LEFTPADDING", (0, 0), (0, 0), gap * 0.6), ("TOPPADDING", (0, 0), (-1, -1), gap * 0.6),
                  ("RIGHTPADDING", (1, 0), (1, 0), gap * 0.6), ("BOTTOMPADDING", (0, 0), (-1, -1), gap * 0.3)]
    t.setStyle(TableStyle(style))
    return t


def keep(*flowables: Flowable) -> KeepTogether:
    return KeepTogether(list(flowables))


def gap(st: Styles, lines: float = 1.0) -> Spacer:
    return Spacer(1, st.size * lines)


def page_room(st: Styles, lines: float) -> CondPageBreak:
    """Start a new page unless ``lines`` lines of body text still fit."""
    return CondPageBreak(st.body.leading * lines)


def writing_lines(st: Styles, count: int) -> Table:
    """Empty ruled lines to write on by hand (enquête métier grid, paper signature)."""
    t = Table([[""] for _ in range(count)], colWidths=[FRAME_W], rowHeights=[st.size * 2.2] * count,
              hAlign="LEFT")
    t.setStyle(TableStyle([*BASE_TABLE, ("LINEBELOW", (0, 0), (-1, -1), 0.8, RULE)]))
    return t


def _timestamp(when: datetime) -> TimeStamp:
    ts = TimeStamp(1)
    t = when.replace(tzinfo=None)
    ts.t = time.mktime(t.timetuple())
    ts.lt = t.timetuple()
    ts.YMDhms = tuple(ts.lt)[:6]
    return ts


class _NumberedCanvas(Canvas):
    """Collects the pages, then writes "Page X sur Y" on each one (two passes)."""

    meta: Meta
    styles: Styles

    def __init__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []  # type: ignore[type-arg]
        self._doc._timeStamp = _timestamp(self.meta.creation or FIXED_CREATION)
        self.setViewerPreference("DisplayDocTitle", "true")

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._footer(number, total)
            super().showPage()
        super().save()

    def _footer(self, number: int, total: int) -> None:
        st = self.styles
        size = st.small.fontSize
        y = MARGIN_BOTTOM - size * 2.2
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.8)
        self.line(TEXT_LEFT, y + size * 1.4, PAGE_W - TEXT_LEFT, y + size * 1.4)
        self.setFillColor(st.small.textColor)
        self.setFont(REGULAR, size)
        page = f"Page {number} sur {total}"
        self.drawString(TEXT_LEFT, y, page)
        if self.meta.footer:
            left = self.meta.footer
            room = FRAME_W - self.stringWidth(page, REGULAR, size) - size * 2
            while left and self.stringWidth(left, REGULAR, size) > room:
                left = left[:-2].rstrip() + "…"
            self.drawRightString(PAGE_W - TEXT_LEFT, y, left)
        self.restoreState()


def build(story: Iterable[Flowable], meta: Meta, st: Styles) -> bytes:
    """The finished PDF bytes (A4, French metadata, every font ours and embedded)."""
    out = BytesIO()
    canvas_class = type("DocCanvas", (_NumberedCanvas,), {"meta": meta, "styles": st})
    doc = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=meta.title, author=meta.author, subject=meta.subject,
        creator="CEP Desk", producer="CEP Desk", lang="fr-FR", invariant=1, initialFontName=REGULAR,
        displayDocTitle=1,
    )
    doc.build(list(story), canvasmaker=canvas_class)
    return out.getvalue()

