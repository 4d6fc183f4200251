"""The printed deliverables drawn from hand-made data, read back with pypdf / pdfplumber:
every rule of DELIVERABLES.md checked on the produced PDF, byte-identical output, and
the bad inputs (a 5,000-word note, rare characters, an empty plan, 60 actions)."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date, datetime

import pytest
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from cep_desk.deliverables import dates, fonts, layout, pictograms
from cep_desk.deliverables.common import ACTION_WORDS, NOTICE_FALC, action_block
from cep_desk.deliverables.data import (
    ActionData,
    CounsellorData,
    DiagnosisData,
    DocumentData,
    MilestoneData,
    ObstacleData,
    PartnerData,
    PersonData,
    ReferralData,
    SessionData,
    SignatureData,
)
from cep_desk.deliverables.liaison import WINDOW_BOTTOM, WINDOW_TOP, WINDOW_X0, WINDOW_X1
from cep_desk.deliverables.render import KINDS, render
from cep_desk.deliverables.styles import ACCENT, INK, RULE, SOFT, make_styles
from cep_desk.domain.codelists import referentials
from tests import pdf_checks as pc

TODAY = date(2026, 11, 23)
PARTNER = PartnerData("Mission locale de Millau", "12 rue de la République, 12100 Millau", "0565000000",
                      "contact@ml-millau.fr", contact="Julie Fabre")
TYPES = [c.code for c in referentials()["action_type"].codes]
WHO = ("personne", "personne_conseiller", "conseiller", "partenaire")


def actions(n: int) -> tuple[ActionData, ...]:
    return tuple(ActionData(f"Action {i + 1} : rencontrer une aide-soignante à l'hôpital de Millau",
                            TYPES[i % len(TYPES)], "", WHO[i % 4], date(2026, 12, 1) if i % 5 else None,
                            PARTNER if i % 2 else None, plan_b="Appeler la Mission locale." if i % 3 == 0 else "")
                 for i in range(n))


def sample(kind: str, *, n_actions: int = 3, large: bool = False, **changes) -> DocumentData:  # type: ignore[no-untyped-def]
    acts = actions(n_actions)
    data = DocumentData(
        kind=kind, today=TODAY, large_print=large,
        person=PersonData("Nadia", "VIDAL", phone="0612345678"),
        counsellor=CounsellorData("Claire", "Martin", "CIBC Aveyron-Lozère", "0565112233",
                                  "claire.martin@cibc-aveyron.fr", "Millau", "3 place du Mandarous, 12100 Millau"),
        session=SessionData(datetime(2026, 11, 23, 9, 30), "N2", "Nous avons parlé de votre projet.",
                            datetime(2026, 12, 8, 14, 0)),
        diagnosis=DiagnosisData("Je n'en peux plus de la caisse.", "Sécuriser une reconversion.", "Une idée de projet",
                                "Devenir aide-soignante.", ("Accueil du public",),
                                (ObstacleData("Mobilité", "Permis en cours", "Je passe le code en janvier."),)),
        actions=acts, milestones=tuple(MilestoneData(date(2026, 12, 10), "Réunion d'information IFAS")
                                       for _ in range(1)),
        referral=ReferralData(PARTNER, "Madame cherche une formation d'aide-soignante.",
                              (("Situation", "Demandeuse d'emploi depuis six mois."),), TODAY),
        target_job="Aide-soignant / Aide-soignante", creation=datetime(2026, 11, 23, 10, 0),
    )
    return replace(data, **changes)


# -- every document, normal and large print --------------------------------------------------
@pytest.mark.parametrize("kind", list(KINDS))
@pytest.mark.parametrize("large", [False, True])
def test_every_document_passes_the_rules_on_the_output(kind: str, large: bool) -> None:
    pdf = render(sample(kind, large=large))
    assert pc.check_rules(pdf, min_size=20.0 if large else 14.0) == []
    meta = pc.metadata(pdf)
    assert meta["lang"] == "fr-FR" and meta["display_title"] and meta["author"] == "Claire Martin, CIBC Aveyron-Lozère"
    assert set(pc.fonts(pdf)) <= {"/AAAAAA+DejaVuSans", "/AAAAAA+DejaVuSans-Bold"}
    body = pc.lines(pdf)
    assert min(ln.size for ln in body) >= (20.0 if large else 14.0) - 0.01


def test_text_is_present_and_dates_are_written_in_full() -> None:
    text = " ".join(pc.text(render(sample("plan"))).split())
    assert "Mon plan d'action" in text and "Nadia VIDAL" in text
    assert "Avant le mardi 1er décembre 2026." in text                 # the 1st in French, month in letters
    assert "jeudi 10 décembre 2026 : Réunion d'information IFAS" in text   # the calendar page
    assert "Mon calendrier" in pc.page_texts(render(sample("plan")))[-1]
    assert "Mission locale de Millau" in text and "05 65 00 00 00" in text and "12100 Millau" in text
    assert "Vous le faites avec Claire Martin." in text and "Claire Martin le fait pour vous." in text
    conclusion = " ".join(pc.text(render(sample("conclusion"))).split())
    assert "Entretien du lundi 23 novembre 2026" in conclusion
    assert "Prochain rendez-vous : mardi 8 décembre 2026 à 14 h." in conclusion


def test_date_formatter() -> None:
    assert dates.full_date(date(2026, 3, 4)) == "mercredi 4 mars 2026"
    assert dates.full_date(date(2025, 3, 1)) == "samedi 1er mars 2025"
    assert dates.day_month(date(2026, 4, 1)) == "le 1er avril"
    assert dates.day_month(date(2026, 4, 11)) == "le 11 avril"
    assert dates.full_datetime(datetime(2026, 3, 4, 9, 5)) == "mercredi 4 mars 2026 à 9\u00a0h\u00a005"
    assert dates.time_of_day(datetime(2026, 3, 4, 14, 0)) == "14\u00a0h"


def test_synthesis_has_every_part_in_both_versions() -> None:
    standard = pc.text(render(sample("synthese")))
    for part in ("Document de synthèse", "Votre demande", "Je n'en peux plus de la caisse.", "Votre situation",
                 "Votre projet", "Devenir aide-soignante.", "Votre plan d'action", "Les partenaires",
                 "Ce que nous avons construit ensemble", "est gratuit et confidentiel", "Votre conseiller",
                 "Signatures", "Julie Fabre"):
        assert part in standard, part
    falc = pc.text(render(sample("synthese-falc")))
    assert "Ce que nous avons décidé ensemble" in falc and "Ce que vous dites reste secret." in falc


def test_edits_replace_the_default_texts() -> None:
    pdf = render(sample("synthese", sections={"context": "Texte revu avec la personne.", "unknown": "ignored"}))
    text = pc.text(pdf)
    assert "Texte revu avec la personne." in text and "Je n'en peux plus" not in text and "ignored" not in text


# -- layout rules ------------------------------------------------------------------------------
def test_styles_follow_the_numbers() -> None:
    for falc in (False, True):
        for large in (False, True):
            st = make_styles(falc=falc, large=large)
            assert st.body.fontSize == (20 if large else 16 if falc else 14)
            for style in (st.body, st.strong, st.small, st.title, st.heading):
                assert isinstance(style, ParagraphStyle)
                assert style.fontSize >= 14 and style.leading >= 1.5 * style.fontSize - 0.01
                assert style.spaceAfter >= 0.75 * style.fontSize - 0.01
                assert style.alignment == TA_LEFT and style.splitLongWords == 0
                assert style.fontName in (fonts.REGULAR, fonts.BOLD)


def _luminance(c) -> float:  # type: ignore[no-untyped-def]
    def ch(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * ch(c.red) + 0.7152 * ch(c.green) + 0.0722 * ch(c.blue)


@pytest.mark.parametrize("colour", [INK, ACCENT, RULE])
def test_contrast_against_white_and_the_block_background(colour) -> None:  # type: ignore[no-untyped-def]
    for background in (1.0, _luminance(SOFT)):
        assert (background + 0.05) / (_luminance(colour) + 0.05) >= 4.5


def test_text_is_left_aligned_at_the_margin_or_next_to_its_pictogram() -> None:
    pdf = render(sample("synthese"))
    lines = pc.lines(pdf)
    margin = round(layout.TEXT_LEFT)
    # Every line starts at the margin, or in a table column / beside a pictogram — never centred or
    # justified: a paragraph's lines all start at the same x.
    assert min(round(ln.x0) for ln in lines) == margin
    situation = [ln for ln in lines if ln.page == 1 and ln.text in (
        "Ce qui peut vous freiner :", "– Permis en cours (Je passe le code en janvier)")]
    assert len(situation) == 2 and {round(ln.x0) for ln in situation} == {margin}
    words_gap = [c for c in pc.chars(pdf) if c["text"] == " "]
    # DejaVu's space is 0.318 em (0.348 in bold): a justified line would stretch it.
    assert words_gap and max((c["x1"] - c["x0"]) / c["size"] for c in words_gap) < 0.36


def test_byte_identical_for_identical_input_and_different_for_different_input() -> None:
    for kind in KINDS:
        a, b = render(sample(kind)), render(sample(kind))
        assert hashlib.sha256(a).digest() == hashlib.sha256(b).digest(), kind
    assert render(sample("plan")) != render(sample("plan", person=PersonData("Nadia", "VIDALE")))


def test_font_covers_french_and_rare_characters() -> None:
    assert fonts.covers("œŒ«»€\u00a0\u202fÉÀÇ’…–ŁłßẞắộữĂĐđ") == []
    assert fonts.covers("محمد") == []
    text = pc.text(render(sample("synthese", person=PersonData("Łukasz", "STRAßE"), sections={
        "context": "Coût : 12\u202f000 € « en une fois », œuvre, Nguyễn Thị Ắnh, Đặng Văn Lộc."})))
    for s in ("Łukasz STRAßE", "12 000 €", "« en une fois »", "œuvre", "Nguyễn Thị Ắnh", "Đặng Văn Lộc"):
        assert s in " ".join(text.split()), s
    assert "12\u00a0000" in layout.clean("12\u202f000")   # reportlab would break a line at U+202F


def test_an_arabic_name_is_printed_with_our_font_and_nothing_goes_missing() -> None:
    pdf = render(sample("conclusion", person=PersonData("محمد", "عبد الله")))
    assert pc.check_rules(pdf) == []
    assert layout.visual_order("Dr محمد عبد الله") == "Dr الله عبد محمد"   # visual order for an RTL run
    glyphs = [c for c in pc.chars(pdf) if c["fontname"].endswith("DejaVuSans-Bold")]
    assert len(glyphs) > 10


# -- bad input ------------------------------------------------------------------------------------
def test_a_5000_word_note_flows_over_pages_and_nothing_is_cut() -> None:
    words = [f"mot{i}" for i in range(5000)]
    note = "\n\n".join(" ".join(words[i:i + 100]) for i in range(0, 5000, 100))
    pdf = render(sample("synthese", sections={"situation": note}))
    assert pc.check_rules(pdf) == []
    text = pc.text(pdf).split()
    assert all(w in text for w in ("mot0", "mot2500", "mot4999")) and sum(t.startswith("mot") for t in text) == 5000
    assert pc.metadata(pdf)["pages"] > 10


def test_a_long_unbroken_string_breaks_at_the_edge_instead_of_running_off_the_page() -> None:
    url = "https://www.example.org/" + "a" * 150
    pdf = render(sample("conclusion", sections={"conclusion": f"Voir {url} pour la suite."}))
    with_chars = pc.chars(pdf)
    assert max(c["x1"] for c in with_chars) <= layout.PAGE_W - layout.MARGIN_X + 1
    assert "".join(pc.text(pdf).split()).count("a" * 150) == 1


def test_empty_plan_and_empty_record_still_give_clear_documents() -> None:
    empty = sample("synthese-falc", n_actions=0, diagnosis=None, milestones=(), session=None)
    for kind in KINDS:
        pdf = render(replace(empty, kind=kind))
        assert pc.check_rules(pdf) == [], kind
    text = pc.text(render(replace(empty, kind="plan")))
    assert "Nous n'avons pas encore choisi d'action." in text and "Il n'y a pas encore de date prévue." in text


@pytest.mark.parametrize("kind", ["synthese", "synthese-falc", "plan"])
def test_sixty_actions_split_across_pages_every_one_printed(kind: str) -> None:
    pdf = render(sample(kind, n_actions=60, large=True))
    assert pc.check_rules(pdf, min_size=20.0) == []
    text = " ".join(pc.text(pdf).split())
    for i in (1, 30, 60):
        assert f"Action {i} : rencontrer" in text
    if kind == "synthese":
        assert text.count("Action Qui Pour quand") > 1        # the header repeats on each page of the table


# -- pictograms, referral slip ---------------------------------------------------------------------
def test_one_pictogram_per_action_type_and_each_sits_next_to_its_text() -> None:
    needed = set(TYPES) | {"address", "phone", "date", "person", "partner"}
    assert needed <= set(pictograms.PICTOGRAMS)
    assert set(ACTION_WORDS) == set(TYPES)
    data = sample("plan")
    st = make_styles(falc=True)
    for a in data.actions:
        block = action_block(a, data, st)
        row = block._content[0]          # KeepTogether(row, gap)
        assert row.pictogram == a.type
        picto, text_cell = row._cellvalues[0]
        assert isinstance(picto, pictograms.Pictogram) and picto.name == a.type and text_cell


def test_falc_texts_have_short_sentences_no_semicolon_no_abbreviation() -> None:
    from cep_desk.deliverables import plan, synthese

    for text in (NOTICE_FALC, synthese.COCONSTRUCTION_FALC, plan.MESSAGE, *ACTION_WORDS.values()):
        for sentence in text.replace("\n", " ").split(". "):
            assert len(sentence.split()) <= 15, sentence
        assert ";" not in text and "/" not in text and "(" not in text


def test_the_envelope_window_shows_the_partner_address_and_nothing_about_the_person() -> None:
    pdf = render(sample("liaison", person=PersonData("Nadia", "VIDAL", phone="0612345678")))
    assert pc.metadata(pdf)["pages"] == 1
    in_window = "".join(c["text"] for c in pc.chars(pdf, 1)
                        if WINDOW_X0 - 2 <= c["x0"] and c["x1"] <= WINDOW_X1 + 2
                        and WINDOW_TOP - 2 <= c["top"] and c["bottom"] <= WINDOW_BOTTOM + 2)
    overlapping = [c for c in pc.chars(pdf, 1) if c["x1"] > WINDOW_X0 and c["x0"] < WINDOW_X1
                   and c["bottom"] > WINDOW_TOP and c["top"] < WINDOW_BOTTOM]
    assert "Mission locale de Millau" in in_window and "12100 Millau" in in_window
    assert "".join(c["text"] for c in overlapping) == in_window     # nothing else even touches the zone
    assert "VIDAL" not in in_window and "Nadia" not in in_window and "formation" not in in_window
    text = pc.text(pdf)
    assert "Pour Nadia VIDAL" in text and "Demandeuse d'emploi depuis six mois." in text


def test_a_signature_is_embedded_with_its_date() -> None:
    from io import BytesIO

    from PIL import Image

    buf = BytesIO()
    Image.new("RGB", (300, 100), "white").save(buf, "PNG")
    sig = SignatureData(buf.getvalue(), datetime(2026, 11, 23, 10, 12), "Nadia VIDAL")
    pdf = render(sample("synthese", signature=sig))
    assert "Signé par Nadia VIDAL, le lundi 23 novembre 2026 à 10 h 12." in pc.text(pdf)
    assert b"/Subtype /Image" in pdf
    assert pc.check_rules(pdf) == []


def test_the_calendar_page_marks_the_days_of_the_jalons() -> None:
    from cep_desk.deliverables.plan import DAYS, month_grid

    grid = month_grid(2026, 12, {10, 24}, make_styles(falc=True))
    assert [row[0].text for row in grid._cellvalues] == list(DAYS)           # day names in full, no abbreviation
    filled = [(c, r) for cmd in grid._bkgrndcmds if cmd[0] == "BACKGROUND" and cmd[3] == ACCENT
              for c, r in [cmd[1]]]
    cells = {grid._cellvalues[r][c].text for c, r in filled}
    assert cells == {"10", "24"}
    text = " ".join(pc.text(render(sample("plan"))).split())
    assert "lundi" in text and "Décembre 2026" in text


def test_an_action_block_taller_than_a_page_splits_and_keeps_every_word() -> None:
    long_text = " ".join(f"mot{i}" for i in range(700))   # about four pages in the block's column
    data = sample("plan", n_actions=2)
    data = replace(data, actions=tuple(replace(a, plan_b=long_text) for a in data.actions))
    pdf = render(data)
    assert pc.check_rules(pdf) == []
    assert sum(w.startswith("mot") for w in pc.text(pdf).split()) == 1400 and pc.metadata(pdf)["pages"] > 5


def test_the_catalogue_the_window_reads_lists_every_kind_drawn() -> None:
    from cep_desk.deliverables import catalogue

    assert tuple(KINDS) == catalogue.KINDS


def test_starting_the_services_loads_no_pdf_machinery() -> None:
    """reportlab is loaded with the first document, not when the window starts."""
    import subprocess
    import sys

    code = "import sys, cep_desk.services.facade; print('reportlab' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
