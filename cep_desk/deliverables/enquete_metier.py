"""Grille d'enquête métier: the questions to ask a professional, with room to write
the answers by hand, and what to keep afterwards."""

from __future__ import annotations

from reportlab.platypus import Flowable

from cep_desk.deliverables.common import document_head, small_picto
from cep_desk.deliverables.data import DocumentData
from cep_desk.deliverables.layout import heading, keep, para, writing_lines
from cep_desk.deliverables.styles import Styles

TITLE = "Rencontrer un professionnel"
SECTIONS = ("job", "questions")
QUESTIONS = (
    "Comment êtes-vous arrivé dans ce métier ?",
    "Comment se passe une journée de travail ?",
    "Qu'est-ce que vous aimez dans ce métier ?",
    "Qu'est-ce qui est difficile ?",
    "Quels sont les horaires de travail ?",
    "Combien gagne-t-on au début ?",
    "Quelle formation faut-il avoir ?",
    "Est-ce qu'on trouve du travail dans la région ?",
    "Quels conseils me donnez-vous ?",
    "Qui d'autre puis-je rencontrer ?",
)


def defaults(data: DocumentData) -> dict[str, str]:
    return {"job": data.target_job, "questions": "\n".join(QUESTIONS)}


def story(data: DocumentData, st: Styles) -> list[Flowable]:
    out = document_head(TITLE, data, st)
    job = data.text("job")
    out.append(small_picto("enquete_metier", f"Le métier : {job}" if job else "Le métier :", st, bold=True))
    if not job:
        out.append(writing_lines(st, 1))
    out.append(heading("La personne que je rencontre", st, "person"))
    for label in ("Son nom", "Son entreprise", "Le jour du rendez-vous"):
        out.append(keep(para(f"{label} :", st.body), writing_lines(st, 1)))
    out.append(heading("Mes questions", st, "enquete_metier"))
    questions = [q.strip() for q in data.text("questions").split("\n") if q.strip()]
    for q in questions:
        out.append(keep(para(q, st.strong), writing_lines(st, 3)))
    out.append(heading("Après la rencontre", st))
    out.append(keep(para("Ce que je retiens :", st.strong), writing_lines(st, 4)))
    out.append(keep(para("Ce métier me plaît-il toujours ?", st.strong), writing_lines(st, 2)))
    out.append(small_picto("counsellor", "J'apporte cette feuille à mon prochain rendez-vous.", st))
    return out
