"""The documents service on a real encrypted store: editable sections from the record,
preview without writing, produce = atomic file + history + outbox in one go, versions and
signed versions, "today's" documents, and never a counsellor-only or private text printed."""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image

from cep_desk.domain.accompaniment import AccompanimentDraft
from cep_desk.domain.beneficiary import BeneficiaryDraft, TargetJobEntry
from cep_desk.services.documents import KINDS, DocumentError, EditableSection, Signature
from cep_desk.services.views import CounsellorView
from tests import pdf_checks as pc
from tests.outbox_checks import decoded_outbox, tables_missing_outbox_inserts
from tests.test_sessions import COUNSELLOR_VIEW, PRIVATE_SESSION, first_session

NOW = datetime(2026, 11, 23, 10, 0)
SAMPLE = Path(__file__).parent / "data" / "data_inclusion_sample.json"      # the partner directory's test data


@pytest.fixture
def person(services) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    services.counsellor.save_profile(CounsellorView(first_name="Claire", last_name="Martin", phone="0565112233",
                                                    email="claire.martin@cibc-aveyron.fr",
                                                    structure="CIBC Aveyron-Lozère"))
    bid = services.beneficiaries.create(
        BeneficiaryDraft(last_name="Vidal", first_name="Nadia", commune_insee="12145", postal_code="12100",
                         target_jobs=[TargetJobEntry("10891", "Aide-soignant / Aide-soignante", "J1501")]),
        AccompanimentDraft(level="N2", reasons=["projet.reconversion"], first_request_date=date(2026, 10, 28),
                           first_appointment_date=date(2026, 11, 2)))
    return bid, services.accompaniments.for_beneficiary(bid)[0].id


@pytest.fixture
def session(services, person) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    bid, acc = person
    saved = services.sessions.record(bid, acc, first_session(), confirmed=True)
    return bid, saved.interview_id


def signature_png() -> bytes:
    buf = BytesIO()
    Image.new("RGB", (240, 80), "white").save(buf, "PNG")
    return buf.getvalue()


def test_sections_come_from_the_record_and_edits_reach_the_pdf(services, session) -> None:  # type: ignore[no-untyped-def]
    bid, interview = session
    sections = services.documents.sections("synthese", bid)
    assert [s.key for s in sections] == ["context", "situation", "project", "coconstruction"]
    assert all(isinstance(s, EditableSection) and s.label for s in sections)
    by_key = {s.key: s.text for s in sections}
    assert by_key["context"] == "Je n'en peux plus de la caisse."
    assert "Sécuriser une reconversion." in by_key["situation"] and "Je passe le code en janvier" in by_key["situation"]
    assert "Devenir aide-soignante" in by_key["project"]
    assert services.documents.sections("carte", bid) == []
    assert [s.key for s in services.documents.sections("conclusion", bid, interview_id=interview)] == ["conclusion"]
    assert services.documents.sections("enquete-metier", bid)[0].text == "Aide-soignant / Aide-soignante"

    pdf = services.documents.render("synthese", bid, edits={"context": "Changer de métier, revu ensemble."})
    assert "Changer de métier, revu ensemble." in pc.text(pdf)


@pytest.mark.parametrize("kind", [k for k in KINDS if k != "liaison"])
def test_every_document_of_a_recorded_session_passes_the_rules_and_hides_what_is_not_shareable(
        services, session, store, kind: str) -> None:  # type: ignore[no-untyped-def]
    bid, _ = session
    before = store.count("outbox")
    pdf = services.documents.render(kind, bid)
    assert pc.check_rules(pdf) == []
    text = pc.text(pdf)
    for secret in (COUNSELLOR_VIEW, "Sens de l'organisation", PRIVATE_SESSION, "privé"):
        assert secret not in text
    assert store.count("outbox") == before and store.count("handed_document") == 0     # a preview writes nothing
    assert not services.documents.folder(bid).exists()


def test_plan_prints_open_actions_with_dates_in_full_and_the_calendar(services, session) -> None:  # type: ignore[no-untyped-def]
    bid, _ = session
    text = " ".join(pc.text(services.documents.render("plan", bid)).split())
    assert "Rencontrer une aide-soignante" in text and "Avant le lundi 9 novembre 2026." in text
    assert "France Travail Millau le fait avec vous." in text
    assert "jeudi 10 décembre 2026 : Réunion d'information IFAS" in text
    conclusion = " ".join(pc.text(services.documents.render("conclusion", bid)).split())
    assert "Entretien du lundi 2 novembre 2026" in conclusion
    assert "Prochain rendez-vous : lundi 23 novembre 2026 à 9 h 30." in conclusion


def test_produce_saves_atomically_records_history_and_versions(services, session, store, data_dir) -> None:  # type: ignore[no-untyped-def]
    bid, interview = session
    first = services.documents.produce("synthese-falc", bid, large_print=True)
    assert first.file_name == "2026-11-23_synthese-falc_v1.pdf" and first.version == 1 and not first.signed
    assert first.path == str(data_dir / "documents" / bid / first.file_name) and first.exists
    assert first.interview_id == interview and first.large_print and first.produced_at == NOW
    saved = open(first.path, "rb").read()
    assert saved == services.documents.render("synthese-falc", bid, large_print=True)   # deterministic
    assert pc.check_rules(saved, min_size=20.0) == []

    sig = Signature(signature_png(), datetime(2026, 11, 23, 10, 5), "Nadia VIDAL")
    signed = services.documents.produce("synthese-falc", bid, signature=sig)
    assert signed.file_name == "2026-11-23_synthese-falc_v2_signe.pdf" and signed.signed and signed.version == 2
    assert signed.signer == "Nadia VIDAL" and signed.signed_at == datetime(2026, 11, 23, 10, 5)
    signed_text = " ".join(pc.text(open(signed.path, "rb").read()).split())
    assert "Signé par Nadia VIDAL, le lundi 23 novembre 2026 à 10 h 05." in signed_text
    assert first.exists                                          # the unsigned version stays
    services.documents.produce("plan", bid)

    history = services.documents.for_beneficiary(bid)      # same clock: newest version first within a kind
    assert {(d.kind, d.version) for d in history} == {("plan", 1), ("synthese-falc", 2), ("synthese-falc", 1)}
    assert len(history) == 3 and all(d.exists for d in history)
    assert tables_missing_outbox_inserts(store, ("handed_document",)) == {}
    outbox = [r for r in decoded_outbox(store) if "synthese-falc_v2_signe" in r]
    assert len(outbox) == 1 and hashlib.sha256(open(signed.path, "rb").read()).hexdigest() in outbox[0]
    assert not [p for p in (data_dir / "documents" / bid).iterdir() if p.name.endswith(".tmp")]


def test_a_failed_write_records_nothing(services, session, store, data_dir) -> None:  # type: ignore[no-untyped-def]
    bid, _ = session
    (data_dir / "documents").mkdir()
    (data_dir / "documents" / bid).write_text("not a folder")       # the file cannot be written there
    before = store.count("outbox")
    with pytest.raises(OSError):
        services.documents.produce("plan", bid)
    assert store.count("handed_document") == 0 and store.count("outbox") == before


def test_todays_documents_at_level_2(services, session, person) -> None:  # type: ignore[no-untyped-def]
    bid, interview = session
    assert services.documents.todays(bid, interview) == ["conclusion", "plan", "synthese-falc", "synthese"]
    other = services.beneficiaries.create(BeneficiaryDraft(last_name="Roux", first_name="Paul"))
    assert services.documents.todays(other) == []


def test_bad_requests_say_what_to_do_and_write_nothing(services, session, person, store) -> None:  # type: ignore[no-untyped-def]
    bid, _ = session
    with pytest.raises(DocumentError) as info:
        services.documents.render("lettre", bid)
    assert "choose one of synthese" in info.value.issues[0].render()
    with pytest.raises(DocumentError) as info:
        services.documents.produce("synthese", bid, edits={"situation": "mot " * 12_000})
    assert "shorten it to 40000 at most" in info.value.issues[0].render()
    other = services.beneficiaries.create(BeneficiaryDraft(last_name="Roux", first_name="Paul"))
    with pytest.raises(DocumentError) as info:
        services.documents.render("conclusion", other)
    assert "record a session" in info.value.issues[0].render()
    with pytest.raises(DocumentError):
        services.documents.render("liaison", bid)
    with pytest.raises(LookupError):
        services.documents.render("plan", "01000000-0000-7000-8000-000000000000")
    with pytest.raises(LookupError):
        services.documents.render("conclusion", other, interview_id=session[1])     # another person's session
    with pytest.raises(LookupError):
        services.documents.render("liaison", bid, referral_id="01000000-0000-7000-8000-000000000000")
    with pytest.raises(DocumentError) as info:
        services.documents.produce("plan", bid, signature=Signature(b"not a png", NOW, "Nadia VIDAL"))
    assert "sign again" in info.value.issues[0].render()
    assert store.count("handed_document") == 0
    # An empty record still prints: no plan, no diagnosis.
    assert pc.check_rules(services.documents.render("synthese-falc", other)) == []


# -- fiche de liaison from a referral of the partner directory --------------------------------------
def _referral(services, bid: str, shared: list[str], consent: bool = True) -> str:  # type: ignore[no-untyped-def]
    from cep_desk.domain.referral import ReferralDraft
    from cep_desk.services.partner_records import service_uuid, structure_uuid
    from cep_desk.services.partners import ContactDraft

    services.partner_import.run(SAMPLE)
    contact = services.partners.add_contact(structure_uuid("dora", "dora--ml-millau"),
                                            ContactDraft("Julie Fabre", "conseillère emploi"))
    return services.referrals.create(bid, ReferralDraft(
        service_id=service_uuid("dora", "dora--ml-millau-accompagnement"), reason="Permis B pour l'emploi visé",
        agreed="Préparer le code en trois mois", consent=consent, shared=shared, contact_id=contact))


def test_liaison_prints_only_what_the_person_agreed_to_share(services, session) -> None:  # type: ignore[no-untyped-def]
    from cep_desk.deliverables.liaison import WINDOW_BOTTOM, WINDOW_TOP, WINDOW_X0, WINDOW_X1
    from cep_desk.storage.models import Beneficiary

    bid, _ = session
    with services.store.write() as s:
        s.get(Beneficiary, bid).phone = "0612345678"
    rid = _referral(services, bid, ["identite"])
    pdf = services.documents.render("liaison", bid, referral_id=rid)
    assert pc.check_rules(pdf) == [] and pc.metadata(pdf)["pages"] == 1
    text = " ".join(pc.text(pdf).split())
    assert "Pour Nadia VIDAL" in text and "Permis B pour l'emploi visé" in text and "Préparer le code" in text
    assert "Julie Fabre" in text and "Accompagnement des jeunes vers l’emploi" in text
    for not_shared in ("06 12 34 56 78", "Sécuriser une reconversion", "Rencontrer une aide-soignante",
                       COUNSELLOR_VIEW, PRIVATE_SESSION):
        assert not_shared not in text
    window = "".join(c["text"] for c in pc.chars(pdf) if c["x1"] > WINDOW_X0 and c["x0"] < WINDOW_X1
                     and c["bottom"] > WINDOW_TOP and c["top"] < WINDOW_BOTTOM)
    assert window.startswith("Mission locale Sud Aveyron") and "Nadia" not in window and "Permis" not in window

    wider = _referral(services, bid, ["coordonnees", "diagnostic", "plan"])
    text = " ".join(pc.text(services.documents.render("liaison", bid, referral_id=wider)).split())
    assert "06 12 34 56 78" in text and "Sécuriser une reconversion" in text and "Rencontrer une aide-soignante" in text


def test_an_action_linked_to_the_directory_prints_the_partner_address_and_phone(services, session) -> None:  # type: ignore[no-untyped-def]
    from cep_desk.services.partner_records import service_uuid

    bid, _ = session
    services.partner_import.run(SAMPLE)
    action = next(a for a in services.plans.get(bid).actions if a.type == "immersion")
    services.partners.link_action(action.id, service_uuid("dora", "dora--ml-millau-accompagnement"))
    text = " ".join(pc.text(services.documents.render("plan", bid)).split())
    assert "Mission locale Sud Aveyron le fait avec vous." in text
    assert "10 rue de la Capelle, 12100 Millau" in text and "05 65 00 00 01" in text
    standard = " ".join(pc.text(services.documents.render("synthese", bid)).split())
    assert "Les partenaires" in standard and "10 rue de la Capelle, 12100 Millau" in standard
