"""Use cases on a real encrypted store: beneficiaries, accompaniments, sessions,
counsellor profile and sites, and the caseload rows the window shows."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlalchemy import text

from cep_desk.domain import messages as m
from cep_desk.domain.accompaniment import AccompanimentDraft, StatusChange
from cep_desk.domain.beneficiary import BeneficiaryDraft, EmploymentStatusEntry, TargetJobEntry
from cep_desk.domain.interview import InterviewDraft
from cep_desk.domain.messages import ValidationFailed
from cep_desk.services.beneficiaries import NotFound
from cep_desk.services.views import CounsellorView

TODAY = date(2026, 11, 23)
TABLES = ("beneficiary", "employment_status", "target_job", "accompaniment", "accompaniment_status_change",
          "interview", "site", "counsellor_profile", "outbox", "audit_log")


def counts(store) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {t: store.count(t) for t in TABLES}


def draft(**kw: object) -> BeneficiaryDraft:
    values: dict[str, object] = dict(
        last_name="  Fabre ", first_name=" Mathilde", birth_date=date(1979, 6, 2), email=" m.fabre@example.fr ",
        phone="06 12 34 56 78", postal_code="12100", commune_insee="12145", pcs="employes",
        qualification_level="4", diploma_obtained="oui", notes_shareable="Souhaite travailler à l'hôpital.",
        notes_private="Parle de sa dépression.", consent_given=True, consent_date=date(2026, 11, 2),
        consent_explained="Finalités, durée de conservation, droits.",
        statuses=[EmploymentStatusEntry("cdi", date(2015, 9, 1)),
                  EmploymentStatusEntry("de_inscrit", date(2026, 6, 1), jobseeker_category="B")],
        target_jobs=[TargetJobEntry("10891", "Aide-soignant / Aide-soignante", "J1501")],
    )
    values.update(kw)
    return BeneficiaryDraft(**values)  # type: ignore[arg-type]


ACC = AccompanimentDraft(level="N1", reasons=["projet.reconversion"], first_request_date=date(2026, 10, 28),
                         first_appointment_date=date(2026, 11, 2), referent="Claire Martin")


def session_on(day: date, **kw: object) -> InterviewDraft:
    return InterviewDraft(starts_at=datetime(day.year, day.month, day.day, 9, 30), **kw)  # type: ignore[arg-type]


# -- beneficiaries ------------------------------------------------------------------------


def test_create_then_get_round_trip(services) -> None:  # type: ignore[no-untyped-def]
    bid = services.beneficiaries.create(draft(), ACC)
    detail = services.beneficiaries.get(bid)
    d = detail.draft
    assert (d.last_name, d.first_name, d.email, d.phone) == ("Fabre", "Mathilde", "m.fabre@example.fr", "0612345678")
    assert (d.birth_date, d.commune_insee, d.postal_code, d.consent_date) == (
        date(1979, 6, 2), "12145", "12100", date(2026, 11, 2))
    assert d.notes_private == "Parle de sa dépression."  # private notes stay readable on the desk
    assert sorted((s.code, s.jobseeker_category) for s in d.statuses) == [("cdi", None), ("de_inscrit", "B")]
    assert all(s.id for s in d.statuses)
    assert [(j.code_ogr, j.code_rome) for j in d.target_jobs] == [("10891", "J1501")]
    assert detail.display_name == "Mathilde FABRE"
    acc = detail.current_accompaniment
    assert acc is not None
    assert (acc.level, acc.reasons, acc.status, acc.status_since) == (
        "N1", ["projet.reconversion"], "actif", date(2026, 11, 2))
    assert [(h.from_status, h.to_status) for h in acc.history] == [(None, "actif")]
    assert services.accompaniments.for_beneficiary(bid) == [acc]


def test_create_without_accompaniment(services) -> None:  # type: ignore[no-untyped-def]
    bid = services.beneficiaries.create(draft(statuses=[], target_jobs=[]))
    detail = services.beneficiaries.get(bid)
    assert detail.accompaniments == [] and detail.current_accompaniment is None
    assert detail.draft.statuses == [] and detail.draft.target_jobs == []


def test_validation_failure_writes_nothing(services, store) -> None:  # type: ignore[no-untyped-def]
    services.beneficiaries.create(draft(), ACC)
    before = counts(store)
    with pytest.raises(ValidationFailed) as info:
        services.beneficiaries.create(draft(email="pas-un-mail", birth_date=date(2015, 1, 1)), ACC)
    assert {i.field for i in info.value.issues} == {"email", "birth_date"}
    with pytest.raises(ValidationFailed) as info:
        services.beneficiaries.create(draft(), AccompanimentDraft(level="N1", reasons=[]))
    assert [i.field for i in info.value.issues] == ["reasons"]
    assert counts(store) == before


def test_update_reports_changed_fields_and_keeps_lists(services) -> None:  # type: ignore[no-untyped-def]
    bid = services.beneficiaries.create(draft(), ACC)
    current = services.beneficiaries.get(bid).draft
    assert services.beneficiaries.update(bid, replace(current)) == []  # nothing changed
    assert services.beneficiaries.update(bid, replace(current, email="mathilde.fabre@example.fr")) == ["email"]
    after = services.beneficiaries.get(bid).draft
    assert after.email == "mathilde.fabre@example.fr"
    assert sorted(s.id or "" for s in after.statuses) == sorted(s.id or "" for s in current.statuses)


def test_update_of_lists(services) -> None:  # type: ignore[no-untyped-def]
    bid = services.beneficiaries.create(draft(), ACC)
    current = services.beneficiaries.get(bid).draft
    cdi = next(s for s in current.statuses if s.code == "cdi")
    ended = replace(cdi, end_date=date(2026, 5, 31))
    new = EmploymentStatusEntry("interimaire", date(2026, 11, 1))
    changed = services.beneficiaries.update(bid, replace(current, statuses=[ended, new], target_jobs=[]))
    assert changed == ["statuses", "target_jobs"]
    after = services.beneficiaries.get(bid).draft
    assert sorted((s.code, s.end_date) for s in after.statuses) == [
        ("cdi", date(2026, 5, 31)), ("interimaire", None)]
    assert next(s for s in after.statuses if s.code == "cdi").id == cdi.id  # edited in place, not replaced
    assert after.target_jobs == []


def test_update_validates(services, store) -> None:  # type: ignore[no-untyped-def]
    bid = services.beneficiaries.create(draft(), ACC)
    before = counts(store)
    current = services.beneficiaries.get(bid).draft
    with pytest.raises(ValidationFailed):
        services.beneficiaries.update(bid, replace(current, postal_code="75001"))  # not Millau's
    assert counts(store) == before
    assert services.beneficiaries.get(bid).draft.postal_code == "12100"


def test_soft_delete(services, store) -> None:  # type: ignore[no-untyped-def]
    keep = services.beneficiaries.create(draft(last_name="Astruc"), ACC)
    gone = services.beneficiaries.create(draft(), ACC)
    assert {r.id for r in services.caseload()} == {keep, gone}
    services.beneficiaries.delete(gone)

    with store.read() as s:
        deleted_at = s.execute(text("SELECT deleted_at FROM beneficiary WHERE id = :i"), {"i": gone}).scalar()
    assert deleted_at is not None  # a tombstone, for the sync, not a removed row
    assert store.count("beneficiary") == 2
    assert [r.id for r in services.caseload()] == [keep]
    assert services.caseload([gone]) == []
    with pytest.raises(NotFound):
        services.beneficiaries.get(gone)
    with pytest.raises(NotFound):
        services.beneficiaries.update(gone, draft())
    with pytest.raises(NotFound):
        services.beneficiaries.delete(gone)
    with pytest.raises(NotFound):
        services.beneficiaries.get("01900000-0000-7000-8000-000000000000")
    assert services.beneficiaries.get(keep).draft.last_name == "Astruc"


# -- accompaniment status --------------------------------------------------------------------------


def test_status_changes_keep_a_history(services, store) -> None:  # type: ignore[no-untyped-def]
    bid = services.beneficiaries.create(draft(), ACC)
    acc_id = services.beneficiaries.get(bid).current_accompaniment.id
    services.accompaniments.change_status(acc_id, StatusChange("en_pause", TODAY, return_date=date(2027, 1, 11),
                                                               comment="Opération prévue"))
    acc = services.beneficiaries.get(bid).current_accompaniment
    assert (acc.status, acc.status_since, acc.return_date) == ("en_pause", TODAY, date(2027, 1, 11))
    assert [(h.from_status, h.to_status) for h in acc.history] == [(None, "actif"), ("actif", "en_pause")]
    assert acc.history[-1].comment == "Opération prévue"

    services.accompaniments.change_status(acc_id, StatusChange("clos", TODAY, closure_reason="emploi"))
    services.accompaniments.change_status(acc_id, StatusChange("reouvert", TODAY))
    acc = services.beneficiaries.get(bid).current_accompaniment
    assert acc.status == "reouvert" and acc.closure_reason is None and acc.return_date is None
    assert [h.to_status for h in acc.history] == ["actif", "en_pause", "clos", "reouvert"]
    assert store.count("accompaniment_status_change") == 4


def test_refused_transition_writes_nothing(services, store) -> None:  # type: ignore[no-untyped-def]
    bid = services.beneficiaries.create(draft(), ACC)
    acc_id = services.beneficiaries.get(bid).current_accompaniment.id
    services.accompaniments.change_status(acc_id, StatusChange("clos", TODAY, closure_reason="formation"))
    before = counts(store)
    with pytest.raises(ValidationFailed) as info:
        services.accompaniments.change_status(acc_id, StatusChange("actif", TODAY))
    assert info.value.issues[0].message == m.TRANSITION_NOT_ALLOWED
    with pytest.raises(ValidationFailed):
        services.accompaniments.change_status(acc_id, StatusChange("reouvert", date(2026, 12, 25)))
    assert counts(store) == before
    assert services.beneficiaries.get(bid).current_accompaniment.status == "clos"


def test_update_accompaniment(services) -> None:  # type: ignore[no-untyped-def]
    bid = services.beneficiaries.create(draft(), ACC)
    acc_id = services.beneficiaries.get(bid).current_accompaniment.id
    changed = services.accompaniments.update(acc_id, replace(ACC, level="N2", reasons=["recul", "projet"]))
    assert changed == ["level", "reasons"]
    acc = services.beneficiaries.get(bid).current_accompaniment
    assert (acc.level, acc.reasons) == ("N2", ["recul", "projet"])
    with pytest.raises(LookupError):
        services.accompaniments.update("01900000-0000-7000-8000-000000000000", ACC)


# -- sessions ---------------------------------------------------------------------------------------


def test_sessions_and_closed_accompaniment(services, store) -> None:  # type: ignore[no-untyped-def]
    bid = services.beneficiaries.create(draft(), ACC)
    acc_id = services.beneficiaries.get(bid).current_accompaniment.id
    first = services.interviews.record(bid, acc_id, session_on(date(2026, 11, 2), notes_private="Pleure."))
    services.interviews.record(bid, acc_id, session_on(date(2026, 11, 16), duration_min=45, channel="telephone"))
    detail = services.beneficiaries.get(bid)
    assert [i.starts_at.date() for i in detail.interviews] == [date(2026, 11, 16), date(2026, 11, 2)]
    assert detail.interviews[1].notes_private == "Pleure."

    services.accompaniments.change_status(acc_id, StatusChange("clos", TODAY, closure_reason="plan_finalise"))
    before = counts(store)
    with pytest.raises(ValidationFailed) as info:
        services.interviews.record(bid, acc_id, session_on(TODAY))
    assert [i.message for i in info.value.issues] == [m.SESSION_ON_CLOSED]
    assert counts(store) == before

    assert services.interviews.update(first, session_on(date(2026, 11, 2), duration_min=90,
                                                        notes_private="Pleure.")) == ["duration_min"]
    services.interviews.delete(first)
    assert [i.starts_at.date() for i in services.beneficiaries.get(bid).interviews] == [date(2026, 11, 16)]
    with pytest.raises(LookupError):
        services.interviews.update(first, session_on(TODAY))


def test_sessions_and_accompaniments_belong_to_a_live_person(services, store) -> None:  # type: ignore[no-untyped-def]
    a = services.beneficiaries.create(draft(last_name="Alric"), ACC)
    b = services.beneficiaries.create(draft(last_name="Bru"), ACC)
    acc_a = services.beneficiaries.get(a).current_accompaniment.id
    before = counts(store)
    with pytest.raises(LookupError):  # B's session filed under A's accompaniment
        services.interviews.record(b, acc_a, session_on(date(2026, 11, 20)))
    with pytest.raises(LookupError):
        services.interviews.record(b, "01900000-0000-7000-8000-000000000000", session_on(date(2026, 11, 20)))
    services.beneficiaries.delete(b)
    after_delete = counts(store)
    with pytest.raises(LookupError):
        services.accompaniments.open(b, ACC)
    with pytest.raises(LookupError):
        services.interviews.record(b, None, session_on(date(2026, 11, 20)))
    with pytest.raises(LookupError):
        services.accompaniments.open("01900000-0000-7000-8000-000000000000", ACC)
    assert counts(store) == after_delete
    assert before["interview"] == after_delete["interview"] == 0
    services.interviews.record(a, acc_a, session_on(date(2026, 11, 20)))  # the right pairing works
    services.interviews.record(a, None, session_on(date(2026, 11, 21)))  # so does a session outside any parcours
    assert [r.sessions for r in services.caseload()] == [2]


# -- counsellor and sites -----------------------------------------------------------------------------


def test_counsellor_profile_and_level_vocabulary(services) -> None:  # type: ignore[no-untyped-def]
    assert services.counsellor.profile().id is None
    services.counsellor.save_profile(CounsellorView(first_name="Claire", last_name="Martin",
                                                    email="claire.martin@example.fr", operator="regional",
                                                    level_vocabulary="regional_uo"))
    profile = services.counsellor.profile()
    assert profile.id and profile.level_vocabulary == "regional_uo"
    assert [c.code for c in services.counsellor.levels().codes] == ["UO0", "UO1", "UO2.1", "UO2.2"]
    bid = services.beneficiaries.create(draft(statuses=[], target_jobs=[]))
    with pytest.raises(ValidationFailed):
        services.accompaniments.open(bid, ACC)  # N1 is not a level of this vocabulary
    acc_id = services.accompaniments.open(bid, replace(ACC, level="UO1"))
    assert services.accompaniments.for_beneficiary(bid)[0].id == acc_id

    with pytest.raises(ValidationFailed):
        services.counsellor.save_profile(replace(profile, email="claire@", level_vocabulary="mine"))
    services.counsellor.save_profile(replace(profile, structure="CIBC Aveyron"))
    assert services.counsellor.profile().structure == "CIBC Aveyron"
    assert services.counsellor.profile().id == profile.id  # updated, not a second profile


def test_sites(services) -> None:  # type: ignore[no-untyped-def]
    millau = services.counsellor.save_site(None, " Millau ", "principal", "12145", "1 avenue de la Gare")
    services.counsellor.save_site(None, "Saint-Affrique", "permanence", "12208")
    assert [s.name for s in services.counsellor.sites()] == ["Millau", "Saint-Affrique"]
    services.counsellor.save_site(millau, "Millau", "principal", "12145", active=False)
    assert [s.name for s in services.counsellor.sites()] == ["Saint-Affrique"]
    assert len(services.counsellor.sites(include_inactive=True)) == 2
    for bad in (("", "principal", "12145"), ("X", "chateau", "12145"), ("X", "relais", "99999")):
        with pytest.raises(ValidationFailed):
            services.counsellor.save_site(None, *bad)


# -- caseload ------------------------------------------------------------------------------------------


def test_caseload_rows(services) -> None:  # type: ignore[no-untyped-def]
    site = services.counsellor.save_site(None, "Permanence Saint-Affrique", "permanence", "12208")
    bid = services.beneficiaries.create(draft(), ACC)
    acc_id = services.beneficiaries.get(bid).current_accompaniment.id
    services.interviews.record(bid, acc_id, session_on(date(2026, 11, 2)))
    services.interviews.record(bid, acc_id, session_on(date(2026, 11, 20), site_id=site, level="N2"))
    services.interviews.record(bid, acc_id, session_on(date(2026, 11, 9)))
    services.accompaniments.update(acc_id, replace(ACC, level="N2"))
    services.accompaniments.change_status(acc_id, StatusChange("en_pause", TODAY, return_date=date(2027, 2, 1)))
    bare = services.beneficiaries.create(draft(last_name="Bastide", first_name="Émile", commune_insee=None,
                                               postal_code="", statuses=[], target_jobs=[]))

    rows = {r.id: r for r in services.caseload()}
    assert [r.last_name for r in services.caseload()] == ["Bastide", "Fabre"]  # sorted by name
    r = rows[bid]
    assert (r.last_name, r.first_name, r.commune_insee, r.commune_name) == ("Fabre", "Mathilde", "12145", "Millau")
    assert (r.status, r.level) == ("en_pause", "N2")
    assert r.last_contact == date(2026, 11, 20)
    assert r.sessions == 3
    assert (r.site_id, r.site_name) == (site, "Permanence Saint-Affrique")
    assert r.target_job == "Aide-soignant / Aide-soignante"
    assert r.birth_date == date(1979, 6, 2)
    assert "fabre" in r.search_key and "millau" in r.search_key and "soignant" in r.search_key

    b = rows[bare]
    assert (b.status, b.level, b.last_contact, b.sessions, b.commune_name, b.target_job, b.site_id) == (
        None, None, None, 0, "", "", None)
    assert "emile" in b.search_key
    assert [x.id for x in services.caseload([bare])] == [bare]
