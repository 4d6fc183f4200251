"""The one font family of every deliverable, embedded in each PDF.

DejaVu Sans (shipped in ``resources/fonts`` with its licence) covers French
fully — œ « » € and the narrow no-break space U+202F that Babel puts in
numbers — and also Ł ß, Vietnamese and Arabic names, so a person's name is
never printed as empty boxes. Only TrueType fonts are registered: reportlab
falls back to the unembedded base-14 Helvetica whenever a font name is left
unset, so every document, style and drawing names ``REGULAR`` explicitly.

Arabic letters are joined (shaped) when ``uharfbuzz`` is installed; reportlab
has no right-to-left reordering here (its ``rlbidi`` is not packaged), so an
Arabic name of several words is printed word by word from left to right.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from cep_desk.domain.resources import resource_path

REGULAR = "CEPSans"
BOLD = "CEPSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register the family once per process; returns the regular font's name."""
    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
    # <b> in a paragraph picks the bold face; italics map to the upright faces on purpose (rule 7).
    # (Italic entries first: the last mapping of a face wins the reverse look-up.)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    return REGULAR


def covers(text: str) -> list[str]:
    """The characters of ``text`` the font cannot draw (empty list: all printable)."""
    register_fonts()
    glyphs = pdfmetrics.getFont(REGULAR).face.charToGlyph
    return sorted({c for c in text if ord(c) not in glyphs and not c.isspace()})
