"""Fiche de liaison for a referral: one page telling the partner what it needs to know,
ONLY what the person agreed to share (data.ReferralData carries nothing else).

The sheet may travel in a window envelope: the window zone (DL envelope, A4
folded in three) holds the partner's address and nothing else — no name of the
person, no reason, nothing shared. A test checks the zone on the output.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from cep_desk.deliverables.common import signature_block, small_picto
from cep_desk.deliverables.data import DocumentData
from cep_desk.deliverables.dates import full_date
from cep_desk.deliverables.fonts import BOLD, REGULAR
from cep_desk.deliverables.layout import MARGIN_TOP, PAGE_W, TEXT_LEFT, heading, para, paragraphs
from cep_desk.deliverables.styles import ACCENT, INK, Styles
from cep_desk.domain.rules import format_phone

TITLE = "Fiche de liaison"
SECTIONS = ("reason",)
# Window of a DL envelope for an A4 sheet folded in three, in points from the page's top-left corner.
WINDOW_X0, WINDOW_X1 = 100 * mm, 195 * mm
WINDOW_TOP, WINDOW_BOTTOM = 45 * mm, 95 * mm


def defaults(data: DocumentData) -> dict[str, str]:
    return {"reason": data.referral.reason if data.referral else ""}


Line = tuple[str, float, object, str]      # font, size, colour, text


class AddressHead(Flowable):
    """The top of the first page: sender, title and date on the left, the partner's address in
    the window zone.

    Drawn at fixed positions and reserving the space down to below the window, so
    nothing from the story can flow into the zone. Long lines wrap (nothing is cut)."""

    def __init__(self, sender: list[str], recipient: list[str], title: str, day: str, st: Styles):
        super().__init__()
        self.st = st
        left = WINDOW_X0 - TEXT_LEFT - 5 * mm
        self.left = [*_wrapped(sender, left, st.size), ("", st.size, INK, ""),
                     *_wrapped([title], left, st.title.fontSize, BOLD, ACCENT), *_wrapped([day], left, st.size)]
        # Within the window AND the page's right margin.
        self.recipient = _wrapped(recipient, min(WINDOW_X1, PAGE_W - TEXT_LEFT) - WINDOW_X0, st.size)

    @staticmethod
    def _height(lines: list[Line]) -> float:
        return sum(size * 1.5 for _, size, _, _ in lines)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        window_h = WINDOW_TOP - MARGIN_TOP + self.st.size * 1.2 + self._height(self.recipient)
        self.width = avail_width
        self.height = max(WINDOW_BOTTOM - MARGIN_TOP, self._height(self.left), window_h) + self.st.size
        return self.width, self.height

    def draw(self) -> None:
        c, size = self.canv, self.st.size
        top = self.height                       # frame coordinates: the flowable's top edge
        c.saveState()
        for lines, x, y in ((self.left, 0, top),
                            (self.recipient, WINDOW_X0 - TEXT_LEFT, top - (WINDOW_TOP - MARGIN_TOP) - size * 0.2)):
            for font, line_size, colour, line in lines:
                y -= line_size * 1.5
                if line:
                    c.setFillColor(colour)
                    c.setFont(font, line_size)
                    c.drawString(x, y + line_size * 0.4, line)
        c.restoreState()


def _wrapped(lines: list[str], width: float, size: float, first_font: str = BOLD,
             colour: object = INK) -> list[Line]:
    """Lines fitting ``width``; the first given line in ``first_font``."""
    out: list[Line] = []
    for i, line in enumerate(lines):
        font = first_font if i == 0 else REGULAR
        for part in simpleSplit(line, font, size, width):
            while stringWidth(part, font, size) > width:      # one "word" wider than the column: an e-mail
                fit = max(1, next(n for n in range(len(part), 0, -1) if stringWidth(part[:n], font, size) <= width))
                # Break after "@" or "." when possible, never right after a hyphen.
                cut = next((n for n in range(fit, fit // 2, -1) if part[n - 1] in "@."), fit)
                cut = cut - 1 if cut > 1 and part[cut - 1] == "-" else cut
                out.append((font, size, colour, part[:cut]))
                part = part[cut:]
            out.append((font, size, colour, part))
    return out


def _address_lines(address: str) -> list[str]:
    return [part.strip() for part in address.replace("\n", ",").split(",") if part.strip()]


def story(data: DocumentData, st: Styles) -> list[Flowable]:
    """Sender and window address, then for whom, why, what the person agreed to share."""
    r = data.referral
    c = data.counsellor
    structure = c.structure or "Conseil en évolution professionnelle"
    sender = [x for x in (structure, c.name, format_phone(c.phone), c.email) if x]
    out: list[Flowable] = []
    if r is not None:
        recipient = [r.partner.name, *([f"À l'attention de {r.partner.contact}"] if r.partner.contact else []),
                     *_address_lines(r.partner.address)]
        out.append(AddressHead(sender, recipient, TITLE, full_date(data.today), st))
    else:
        out += [para(TITLE, st.title), small_picto("date", full_date(data.today), st)]
    out.append(small_picto("person", f"Pour {data.person.name}", st, bold=True))
    if data.person.phone:
        out.append(small_picto("phone", format_phone(data.person.phone), st))
    out.append(heading("Pourquoi nous vous adressons cette personne", st))
    out += paragraphs(data.text("reason"), st.body) or [para("Rien n'est écrit pour le moment.", st.body)]
    if r is not None:
        for label, text in r.shared:
            if text.strip():
                out.append(para(text, st.body, bold_prefix=f"{label} :"))
        if r.consent_on:
            out.append(para(f"Partagé avec l'accord de la personne, le {full_date(r.consent_on)}.", st.body))
    if data.signature is not None:
        out += signature_block(data, st)
    return out
