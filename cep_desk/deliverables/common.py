"""Parts several documents share: the head, the counsellor's contacts, the CEP notice,
an action block, the partner's contacts, the signature block, and the plain
French words for codes (FALC: no abbreviations, no slash, no jargon).

The documents are written in French, the language of the person's file, like
the conclusion text (domain/conclusion.py); the window's translations do not
apply to what is printed.
"""

from __future__ import annotations

from io import BytesIO

from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, Paragraph, Table, TableStyle

from cep_desk.deliverables.data import ActionData, CounsellorData, DocumentData, PartnerData
from cep_desk.deliverables.dates import full_date, full_datetime
from cep_desk.deliverables.layout import BASE_TABLE, FRAME_W, gap, keep, para, picto_row, writing_lines
from cep_desk.deliverables.styles import RULE, Styles
from cep_desk.domain.rules import format_phone

# Plain words for each action type (the code list labels carry abbreviations and slashes).
ACTION_WORDS = {
    "enquete_metier": "Rencontrer un professionnel du métier",
    "immersion": "Faire un stage court en entreprise",
    "recherche_information": "Chercher des informations",
    "contacter_organisme": "Contacter un organisme",
    "atelier": "Participer à un atelier",
    "bilan_competences": "Faire un bilan de compétences",
    "vae": "Faire reconnaître son expérience",
    "choisir_formation": "Choisir une formation",
    "dossier_financement": "Préparer le dossier pour payer la formation",
    "cv_lettre": "Préparer son curriculum vitae et sa lettre",
    "preparer_entretien": "Préparer un entretien d'embauche",
    "comptes_en_ligne": "Créer ses comptes sur internet",
    "demarche_administrative": "Faire une démarche administrative",
    "rdv_sante_social": "Aller à un rendez-vous pour la santé ou l'aide sociale",
    "autre": "Une autre action",
}

NOTICE_STANDARD = (
    "Le conseil en évolution professionnelle est gratuit et confidentiel. "
    "Il est ouvert à toute personne qui travaille ou cherche un emploi. "
    "Vous pouvez revenir vers votre conseiller à tout moment, pour faire le point ou changer votre projet. "
    "Vos informations sont gardées par votre conseiller. Vous pouvez les consulter ou demander de les effacer."
)
NOTICE_FALC = (
    "Le conseil en évolution professionnelle est gratuit.\n"
    "Ce que vous dites reste secret.\n"
    "Vous pouvez revenir quand vous voulez.\n"
    "Vous pouvez changer d'avis sur votre projet.\n"
    "Vous pouvez demander à voir vos informations."
)


def who_words(a: ActionData, counsellor: CounsellorData) -> str:
    """Who does the action, in a short sentence."""
    name = counsellor.name or "votre conseiller"
    partner = a.partner.name if a.partner and a.partner.name else "un partenaire"
    sentence = {
        "personne": "Vous le faites.",
        "personne_conseiller": f"Vous le faites avec {name}.",
        "conseiller": f"{name} le fait pour vous.",
        "partenaire": f"{partner} le fait avec vous.",
    }.get(a.who, "Vous le faites.")
    return sentence[:1].upper() + sentence[1:]


def action_title(a: ActionData) -> str:
    return a.label.strip() or ACTION_WORDS.get(a.type, ACTION_WORDS["autre"])


def document_head(title: str, data: DocumentData, st: Styles, *, with_person: bool = True) -> list[Flowable]:
    """Title, for whom, which day."""
    out: list[Flowable] = [para(title, st.title)]
    if with_person and data.person.name:
        out.append(picto_row("person", [para(data.person.name, st.strong)], st, size=st.size * 1.6))
    out.append(picto_row("date", [para(full_date(data.today), st.body)], st, size=st.size * 1.6))
    return out


def small_picto(picto: str, text: str, st: Styles, *, bold: bool = False) -> Table:
    return picto_row(picto, [para(text, st.strong if bold else st.body)], st, size=st.size * 1.6)


def partner_lines(p: PartnerData, st: Styles) -> list[Flowable]:
    """Name, contact, address and phone of a partner, each with its pictogram."""
    out: list[Flowable] = [small_picto("partner", p.name, st, bold=True)]
    if p.contact:
        out.append(small_picto("person", p.contact, st))
    if p.address:
        out.append(small_picto("address", p.address, st))
    if p.phone:
        out.append(small_picto("phone", format_phone(p.phone), st))
    if p.email:
        out.append(small_picto("email", p.email, st))
    return out


def counsellor_block(c: CounsellorData, st: Styles, *, title: str = "Votre conseiller") -> list[Flowable]:
    lines: list[Flowable] = [para(title, st.heading)]
    who = ", ".join(x for x in (c.name, c.structure) if x)
    if who:
        lines.append(small_picto("counsellor", who, st, bold=True))
    if c.site_name or c.site_address:
        lines.append(small_picto("address", ", ".join(x for x in (c.site_name, c.site_address) if x), st))
    if c.phone:
        lines.append(small_picto("phone", format_phone(c.phone), st))
    if c.email:
        lines.append(small_picto("email", c.email, st))
    return [keep(*lines)]


def action_block(a: ActionData, data: DocumentData, st: Styles) -> Flowable:
    """One action: its pictogram, what, who, by when, and the partner's address and phone."""
    inner: list[Flowable] = [para(action_title(a), st.strong), para(who_words(a, data.counsellor), st.body)]
    if a.due_date:
        inner.append(small_picto("date", f"Avant le {full_date(a.due_date)}.", st))
    if a.partner and a.partner.name:
        inner += partner_lines(a.partner, st)
    if a.plan_b:
        inner.append(para(a.plan_b, st.body, bold_prefix="Si ça ne marche pas :"))
    return keep(picto_row(a.type, inner, st, boxed=True), gap(st, 0.6))


def signature_block(data: DocumentData, st: Styles) -> list[Flowable]:
    """The person's signature: the on-screen one with its date, or lines to sign on paper."""
    sig = data.signature
    if sig is not None:
        person: list[Flowable] = [para(f"Signé par {sig.signer}, le {full_datetime(sig.signed_at)}.", st.body),
                                  _signature_image(sig.png, st)]
    else:
        person = [para(f"{data.person.name or 'La personne'} :", st.body), writing_lines(st, 2)]
    out: list[Flowable] = [keep(para("Signatures", st.heading), *person)]
    if data.counsellor.name:
        out.append(keep(para(f"{data.counsellor.name} :", st.body), writing_lines(st, 2)))
    return out


def _signature_image(png: bytes, st: Styles) -> Flowable:
    reader = ImageReader(BytesIO(png))
    w, h = reader.getSize()
    height = st.size * 5
    width = min(FRAME_W * 0.6, height * w / max(h, 1))
    img = Image(BytesIO(png), width=width, height=width * h / max(w, 1))
    img.hAlign = "LEFT"
    frame = Table([[img]], hAlign="LEFT")
    frame.setStyle(TableStyle([*BASE_TABLE, ("LINEBELOW", (0, 0), (-1, -1), 0.8, RULE)]))
    return frame


def notice(st: Styles) -> list[Flowable]:
    text = NOTICE_FALC if st.falc else NOTICE_STANDARD
    return [keep(para("Le conseil en évolution professionnelle", st.heading),
                 *[para(line, st.body) for line in text.split("\n")])]


def spacer(st: Styles) -> Flowable:
    return gap(st, 0.5)


def label_text(label: str, text: str, st: Styles) -> Paragraph:
    return para(text, st.body, bold_prefix=f"{label} :")
