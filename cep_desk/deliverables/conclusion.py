"""Conclusion d'entretien: one page handed over after each session — what we said,
the next appointment, how to come back, whom to call."""

from __future__ import annotations

from reportlab.platypus import Flowable

from cep_desk.deliverables.common import counsellor_block, small_picto
from cep_desk.deliverables.data import DocumentData
from cep_desk.deliverables.dates import full_date, full_datetime
from cep_desk.deliverables.layout import heading, para, paragraphs
from cep_desk.deliverables.styles import Styles

TITLE = "Conclusion de l'entretien"
SECTIONS = ("conclusion",)


def defaults(data: DocumentData) -> dict[str, str]:
    """The conclusion as written in the session, without its first line "Entretien du …" (the
    page's head says it already)."""
    text = data.session.conclusion if data.session else ""
    first, _, rest = text.partition("\n")
    return {"conclusion": rest.lstrip("\n") if first.startswith("Entretien du ") else text}


def story(data: DocumentData, st: Styles) -> list[Flowable]:
    s = data.session
    day = full_date(s.starts_at.date()) if s else full_date(data.today)
    out: list[Flowable] = [para(TITLE, st.title), small_picto("person", data.person.name, st, bold=True),
                           small_picto("date", f"Entretien du {day}", st)]
    out.append(heading("Ce que nous avons dit", st))
    out += paragraphs(data.text("conclusion"), st.body) or [para("Rien n'est écrit pour le moment.", st.body)]
    text = data.text("conclusion")
    if "Prochain rendez-vous" in text or "reviendrez vers nous" in text or "revenir vers nous" in text:
        out += counsellor_block(data.counsellor, st)      # the text says what comes next already
        return out
    out.append(heading("La suite", st))
    if s and s.next_appointment:
        out.append(small_picto("date", f"Prochain rendez-vous : {full_datetime(s.next_appointment)}.", st,
                               bold=True))
    elif s and s.come_back and s.come_back_on:
        purpose = f" pour {s.come_back_purpose.strip()}" if s.come_back_purpose.strip() else ""
        out.append(small_picto("date", f"Vous revenez vers nous vers le {full_date(s.come_back_on)}{purpose}.", st))
    else:
        out.append(para("Vous pouvez revenir vers nous quand vous le souhaitez.", st.body))
    out += counsellor_block(data.counsellor, st)
    return out
