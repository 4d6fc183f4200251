"""Paragraph styles of the deliverables: standard, FALC, and the 20 pt large print.

The numbers come from DELIVERABLES.md: body ≥ 14 pt (20 pt in large print),
leading ≥ 1.5 × size, ≥ 0.75 × size between paragraphs, left-aligned, no word
split, no italics, dark text on white (contrast far above 4.5:1). Tests read
these back from the produced PDFs.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from cep_desk.deliverables.fonts import BOLD, REGULAR, register_fonts

INK = HexColor("#1A1A1A")        # body text: 17.4:1 on white
ACCENT = HexColor("#1F4E79")     # headings and pictograms: 8.9:1 on white
SOFT = HexColor("#EEF3F8")       # block backgrounds (text on it stays > 7:1)
RULE = HexColor("#5B6770")       # lines and frames: 5.9:1 on white
LARGE_PRINT = 20.0


@dataclass(frozen=True)
class Styles:
    size: float
    body: ParagraphStyle
    strong: ParagraphStyle
    small: ParagraphStyle       # footers, legal notice: never below 14 pt either
    title: ParagraphStyle
    heading: ParagraphStyle
    falc: bool
    large: bool

    @property
    def picto(self) -> float:
        """Pictogram side: a little more than two lines of text."""
        return self.size * 3.2


def _style(name: str, size: float, font: str = REGULAR, color: Color = INK, space_before: float = 0) -> ParagraphStyle:
    return ParagraphStyle(
        name, fontName=font, fontSize=size, leading=round(size * 1.5, 2), textColor=color,
        alignment=TA_LEFT, spaceBefore=space_before, spaceAfter=round(size * 0.75, 2),
        splitLongWords=0, hyphenationLang="", embeddedHyphenation=0, uriWasteReduce=0,
        allowWidows=0, allowOrphans=0, shaping=0,
    )


def make_styles(*, falc: bool = False, large: bool = False) -> Styles:
    """FALC body is 16 pt, standard 14 pt; large print is 20 pt for both."""
    register_fonts()
    size = LARGE_PRINT if large else (16.0 if falc else 14.0)
    return Styles(
        size=size,
        body=_style("body", size),
        strong=_style("strong", size, BOLD),
        small=_style("small", size if large else max(14.0, round(size * 0.85, 1))),
        title=_style("title", round(size * 1.6, 1), BOLD, ACCENT),
        heading=ParagraphStyle("heading", parent=_style("h", round(size * 1.25, 1), BOLD, ACCENT, size * 0.5),
                               keepWithNext=1),
        falc=falc, large=large,
    )
