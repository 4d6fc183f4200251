"""The counsellor's contact card: cards to cut out and give (name, structure, place,
phone, e-mail), each with the same pictograms as the other documents."""

from __future__ import annotations

from reportlab.platypus import Flowable, Table, TableStyle

from cep_desk.deliverables.common import small_picto
from cep_desk.deliverables.data import DocumentData
from cep_desk.deliverables.layout import BASE_TABLE, FRAME_W, para
from cep_desk.deliverables.styles import RULE, Styles
from cep_desk.domain.rules import format_phone

TITLE = "Carte de contact"
SECTIONS: tuple[str, ...] = ()


def defaults(data: DocumentData) -> dict[str, str]:
    return {}


def _card(data: DocumentData, st: Styles) -> list[Flowable]:
    c = data.counsellor
    out: list[Flowable] = [para("Votre conseiller en évolution professionnelle", st.strong)]
    who = ", ".join(x for x in (c.name, c.structure) if x)
    if who:
        out.append(small_picto("counsellor", who, st, bold=True))
    if c.site_name or c.site_address:
        out.append(small_picto("address", ", ".join(x for x in (c.site_name, c.site_address) if x), st))
    if c.phone:
        out.append(small_picto("phone", format_phone(c.phone), st))
    if c.email:
        out.append(small_picto("email", c.email, st))
    out.append(para("Gratuit et confidentiel.", st.body))
    return out


def story(data: DocumentData, st: Styles) -> list[Flowable]:
    """Two cards on a page (one in large print), framed by cutting lines."""
    out: list[Flowable] = [para(TITLE, st.title), para("Découpez la carte en suivant le cadre.", st.body)]
    count = 1 if st.large else 2
    t = Table([[_card(data, st)] for _ in range(count)], colWidths=[FRAME_W * (1 if st.large else 0.8)],
              hAlign="LEFT", splitInRow=1)
    t.setStyle(TableStyle([*BASE_TABLE, ("BOX", (0, 0), (-1, -1), 1, RULE), ("INNERGRID", (0, 0), (-1, -1), 1, RULE),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), st.size * 0.8),
                           ("TOPPADDING", (0, 0), (-1, -1), st.size * 0.8),
                           ("RIGHTPADDING", (0, 0), (-1, -1), st.size * 0.8)]))
    out.append(t)
    return out
