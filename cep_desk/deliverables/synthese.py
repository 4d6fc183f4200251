"""Document de synthèse (mandatory at level 2, BRIEF §1): standard and FALC versions.

The request, the situation as agreed, the project, the plan (who does what,
by when), the partners, the co-construction in plain words, the CEP notice,
the counsellor's contacts, signatures. Only the shareable diagnosis reaches
here (data.py).
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from cep_desk.deliverables.common import (
    action_block,
    action_title,
    counsellor_block,
    document_head,
    notice,
    partner_lines,
    signature_block,
    who_words,
)
from cep_desk.deliverables.data import DocumentData, PartnerData
from cep_desk.deliverables.dates import full_date
from cep_desk.deliverables.layout import BASE_TABLE, FRAME_W, heading, keep, page_room, para, paragraphs
from cep_desk.deliverables.styles import RULE, SOFT, Styles

TITLE = "Document de synthèse"
TITLE_FALC = "Ce que nous avons décidé ensemble"
COCONSTRUCTION = (
    "Nous avons fait le point ensemble. Vous avez dit ce qui compte pour vous. "
    "Nous avons choisi les actions ensemble. Ce document reprend ce que nous avons décidé. "
    "Vous pouvez le relire et le corriger avec votre conseiller."
)
COCONSTRUCTION_FALC = (
    "Nous avons parlé ensemble.\nVous avez dit ce qui compte pour vous.\n"
    "Nous avons choisi les actions ensemble.\nVous pouvez changer d'avis."
)

SECTIONS = ("context", "situation", "project", "coconstruction")


def defaults(data: DocumentData) -> dict[str, str]:
    """The editable texts as drawn from the record."""
    d = data.diagnosis
    situation: list[str] = []
    if d is not None:
        if d.need:
            situation.append(d.need)
        supports = [o for o in d.obstacles if o.is_support]
        needs = [o for o in d.obstacles if not o.is_support and o.agreed is not False]
        # One item per line: a list run into one sentence is hard to read, above all in FALC.
        if supports:
            situation.append(_listed("Vos points forts :", [_obstacle(o) for o in supports]))
        if needs:
            situation.append(_listed("Ce qui peut vous freiner :", [_obstacle(o) for o in needs]))
        if d.competences:
            situation.append(_listed("Vos compétences :", d.competences))
    project = ""
    if d is not None:
        project = "\n\n".join(x for x in (d.project_state + "." if d.project_state else "", d.project) if x)
    falc = data.kind.endswith("falc")
    return {
        "context": d.request_words if d else "",
        "situation": "\n\n".join(situation),
        "project": project,
        "coconstruction": COCONSTRUCTION_FALC if falc else COCONSTRUCTION,
    }


def _listed(title: str, items: list[str]) -> str:
    return "\n".join([title, *(f"– {item}" for item in items)])


def _obstacle(o) -> str:  # type: ignore[no-untyped-def]
    text = o.situation or o.theme
    return f"{text} ({o.person_view.strip().rstrip('.')})" if o.person_view.strip() else text


def _section(title: str, text: str, st: Styles, picto: str | None) -> list[Flowable]:
    body = paragraphs(text, st.body) or [para("Rien n'est écrit pour le moment.", st.body)]
    return [keep(heading(title, st, picto), body[0]), *body[1:]]


def _plan_table(data: DocumentData, st: Styles) -> Flowable:
    """Standard version: one row per action, header repeated, rows split across pages."""
    rows: list[list[object]] = [[para("Action", st.strong), para("Qui", st.strong), para("Pour quand", st.strong)]]
    for a in data.actions:
        rows.append([para(action_title(a), st.body), para(who_words(a, data.counsellor), st.body),
                     para(full_date(a.due_date) if a.due_date else "Pas de date", st.body)])
    widths = [FRAME_W * 0.46, FRAME_W * 0.28, FRAME_W * 0.26]
    t = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
    t.setStyle(TableStyle([
        *BASE_TABLE, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), SOFT),
        ("LINEBELOW", (0, 0), (-1, -1), 0.6, RULE), ("BOX", (0, 0), (-1, -1), 0.8, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), st.size * 0.35), ("RIGHTPADDING", (0, 0), (-1, -1), st.size * 0.35),
    ]))
    return t


def partners_of(data: DocumentData) -> list[PartnerData]:
    seen: dict[str, PartnerData] = {}
    for a in data.actions:
        if a.partner and a.partner.name and a.partner.name not in seen:
            seen[a.partner.name] = a.partner
    return list(seen.values())


def story(data: DocumentData, st: Styles) -> list[Flowable]:
    falc = st.falc
    out = document_head(TITLE_FALC if falc else TITLE, data, st)
    if not falc and data.counsellor.structure:
        out.append(para(f"Conseil en évolution professionnelle — {data.counsellor.structure}", st.body))
    out += _section("Votre demande", data.text("context"), st, "person" if falc else None)
    out += _section("Votre situation", data.text("situation"), st, "bilan_competences" if falc else None)
    out += _section("Votre projet", data.text("project"), st, "autre" if falc else None)
    plan_title = heading("Votre plan d'action", st, "date" if falc else None)
    if data.actions and not falc:
        # The table splits across pages: keep only its first rows with the title, not the whole table.
        plan_title = Paragraph(plan_title.text, ParagraphStyle("plan-title", parent=st.heading, keepWithNext=0))
        out.append(page_room(st, 6))
    out.append(plan_title)
    if not data.actions:
        out.append(para("Nous n'avons pas encore choisi d'action.", st.body))
    elif falc:
        out += [action_block(a, data, st) for a in data.actions]
    else:
        out.append(_plan_table(data, st))
    partners = partners_of(data)
    if partners and not falc:
        out.append(heading("Les partenaires", st))
        for p in partners:
            out.append(keep(*partner_lines(p, st)))
    out += _section("Ce que nous avons construit ensemble", data.text("coconstruction"), st,
                    "partner" if falc else None)
    out += notice(st)
    out += counsellor_block(data.counsellor, st)
    out += signature_block(data, st)
    return out

