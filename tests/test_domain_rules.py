"""Pure domain rules (no Qt, no store): field checks, beneficiary validation,
statuses, accompaniment transitions, sessions, the old qualification scale,
text folding and caseload filtering."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cep_desk.domain import messages as m
from cep_desk.domain import rules
from cep_desk.domain.accompaniment import (
    ACTIVE,
    CLOSED,
    PAUSED,
    REOPENED,
    SUSPENDED,
    TRANSITIONS,
    AccompanimentDraft,
    StatusChange,
    validate_accompaniment,
    validate_transition,
)
from cep_desk.domain.beneficiary import (
    BeneficiaryDraft,
    EmploymentStatusEntry,
    current_statuses,
    validate_beneficiary,
)
from cep_desk.domain.caseload import CaseloadFilter, CaseloadRow, apply_filter, make_search_key
from cep_desk.domain.codelists import old_qualification_scale, referentials
from cep_desk.domain.interview import InterviewDraft, validate_interview
from cep_desk.domain.messages import Issue, ValidationFailed
from cep_desk.domain.places import commune_index
from cep_desk.domain.text import fold, matches_all_words

TODAY = date(2026, 11, 23)
LEVELS = referentials().levels()


@pytest.fixture(scope="module")
def places():  # type: ignore[no-untyped-def]
    return commune_index()


def born_aged(years: int, day_offset: int = 0) -> date:
    """A birth date giving exactly ``years`` on TODAY (day_offset=+1: one day short of the next birthday)."""
    return date(TODAY.year - years, TODAY.month, TODAY.day).replace(day=TODAY.day - day_offset)


# -- e-mail, phone, postal code, commune --------------------------------------------------


@pytest.mark.parametrize("email", ["jean.dupont@example.fr", "a@b.fr", "zoe+cep@mail.example.com",
                                   "o'neil@example.org", "ANNE_MARIE@EXAMPLE.FR", "x@sub-domain.example.fr"])
def test_valid_emails(email: str) -> None:
    assert rules.check_email(email) is None


@pytest.mark.parametrize("email", ["jean.dupont", "jean@", "@example.fr", "jean dupont@example.fr",
                                   "jean@example", "jean@@example.fr", "jean@-example.fr", "jean@example..fr",
                                   "jérôme@example.fr", "a@b.fr;c@d.fr", "x" * 250 + "@example.fr"])
def test_invalid_emails(email: str) -> None:
    issue = rules.check_email(email)
    assert issue is not None and issue.field == "email" and issue.message == m.EMAIL_MALFORMED


def test_empty_email_and_phone_are_allowed() -> None:
    assert rules.check_email("") is None and rules.check_email(None) is None
    assert rules.check_phone("") is None and rules.check_phone(None) is None


@pytest.mark.parametrize("phone", ["06 12 34 56 78", "0612345678", "+33612345678", "06.12.34.56.78",
                                   "06-12-34-56-78", "05 65 60 00 00", "+33 6 12 34 56 78", "(05) 65 60 00 00"])
def test_valid_phones(phone: str) -> None:
    assert rules.check_phone(phone) is None


@pytest.mark.parametrize("phone", ["12345", "0012345678", "06123456789", "061234567", "6 12 34 56 78",
                                   "+3361", "06 12 34 56 7a", "téléphone", "06١٢٣٤٥٦٧٨", "０６１２３４５６７８",
                                   "+３３６１２３４５６７８"])
def test_invalid_phones(phone: str) -> None:
    issue = rules.check_phone(phone)
    assert issue is not None and issue.field == "phone" and issue.message == m.PHONE_MALFORMED


@given(st.text())
def test_phone_check_never_raises(value: str) -> None:
    result = rules.check_phone(value)
    assert result is None or result.field == "phone"


_ANY_DIGIT = st.sampled_from("0123456789٠١٢٣٤٥٦٧٨٩０１２３４５６７８９۰۱۲۳")


@given(st.one_of(
    st.text(alphabet=st.sampled_from("0123456789+ .-()\n٠١٢٣٤٥٦٧٨٩０１２３a"), max_size=20),
    st.tuples(st.sampled_from(["0", "06", "+", "+33", "+33 6"]), st.text(alphabet=_ANY_DIGIT, min_size=7,
                                                                       max_size=14)).map("".join),
))
def test_accepted_phones_are_ascii_digits(value: str) -> None:
    if value and rules.check_phone(value) is None:
        normalised = rules.normalise_phone(value)
        assert normalised.isascii()
        assert normalised.lstrip("+").isdigit()
        assert len(normalised.lstrip("+")) in range(8, 16)


def test_postal_codes(places) -> None:  # type: ignore[no-untyped-def]
    malformed = rules.check_postal_code("1210", places)
    assert malformed is not None and malformed.message == m.POSTAL_CODE_MALFORMED
    for bad in ("121000", "12 100", "2A004", "１２１００"):
        issue = rules.check_postal_code(bad, places)
        assert issue is not None and issue.message == m.POSTAL_CODE_MALFORMED, bad
    unknown = rules.check_postal_code("99999", places)
    assert unknown is not None and unknown.message == m.POSTAL_CODE_UNKNOWN
    assert unknown.params == {"code": "99999"}
    assert "99999" in unknown.render()
    assert rules.check_postal_code("12100", places) is None
    assert rules.check_postal_code(" 12100 ", places) is None
    assert rules.check_postal_code("", places) is None


def test_commune_and_postal_code(places) -> None:  # type: ignore[no-untyped-def]
    assert rules.check_commune("12145", "12100", places) is None
    assert rules.check_commune("12145", "", places) is None
    assert rules.check_commune(None, "75001", places) is None
    mismatch = rules.check_commune("12145", "75001", places)
    assert mismatch is not None
    assert mismatch.field == "postal_code" and mismatch.message == m.COMMUNE_POSTAL_MISMATCH
    assert mismatch.params == {"code": "75001", "commune": "Millau"}
    assert mismatch.render() == "The postal code 75001 is not one of Millau's: check one or the other."
    unknown = rules.check_commune("99999", "12100", places)
    assert unknown is not None and unknown.field == "commune_insee" and unknown.message == m.COMMUNE_UNKNOWN


# -- dates and ages -----------------------------------------------------------------------


def test_birth_date_rules() -> None:
    future = rules.check_birth_date(date(2027, 1, 1), TODAY)
    assert future is not None and future.message == m.DATE_IN_FUTURE and future.field == "birth_date"
    old = rules.check_birth_date(date(1899, 12, 31), TODAY)
    assert old is not None and old.message == m.DATE_TOO_OLD
    young = rules.check_birth_date(born_aged(15), TODAY)
    assert young is not None and young.message == m.BIRTH_TOO_YOUNG and young.params == {"age": "15"}
    assert "15 years old" in young.render()
    almost = rules.check_birth_date(born_aged(16, day_offset=-1), TODAY)  # 16 tomorrow
    assert almost is not None and almost.params == {"age": "15"}
    assert rules.check_birth_date(born_aged(16), TODAY) is None  # 16 today
    assert rules.check_birth_date(born_aged(100), TODAY) is None
    typo = rules.check_birth_date(date(1900, 1, 1), TODAY)  # 126: a typo in the year
    assert typo is not None and typo.message == m.BIRTH_TOO_OLD and typo.params == {"age": "126"}
    assert rules.check_birth_date(None, TODAY) is None


def test_age_on_counts_birthdays() -> None:
    assert rules.age_on(date(2000, 11, 23), TODAY) == 26
    assert rules.age_on(date(2000, 11, 24), TODAY) == 25
    assert rules.age_on(date(2008, 2, 29), date(2026, 2, 28)) == 17
    assert rules.age_on(date(2008, 2, 29), date(2026, 3, 1)) == 18


@pytest.mark.parametrize(("age", "bracket"), [
    (16, "16-25"), (25, "16-25"), (26, "26-44"), (44, "26-44"), (45, "45-54"), (54, "45-54"), (55, "55-70"),
    (70, "55-70"),
])
def test_age_brackets_at_boundaries(age: int, bracket: str) -> None:
    assert rules.age_bracket(born_aged(age), TODAY) == bracket
    # The day before the next birthday is still the same bracket.
    assert rules.age_bracket(date(TODAY.year - age - 1, TODAY.month, TODAY.day + 1), TODAY) == bracket


def test_age_bracket_unknown_birth() -> None:
    assert rules.age_bracket(None, TODAY) is None


def test_check_past_date() -> None:
    assert rules.check_past_date("x", TODAY, TODAY) is None
    issue = rules.check_past_date("x", date(2026, 11, 24), TODAY)
    assert issue is not None and issue.field == "x" and issue.message == m.DATE_IN_FUTURE


# -- the beneficiary as a whole ----------------------------------------------------------------


def good_draft(**kw: object) -> BeneficiaryDraft:
    values: dict[str, object] = dict(last_name="Durand", first_name="Léa", birth_date=date(1990, 5, 4),
                                     email="lea.durand@example.fr", phone="0612345678", postal_code="12100",
                                     commune_insee="12145", pcs="employes", qualification_level="4",
                                     diploma_obtained="oui", sector="Q", company_size="10_49", rqth="non",
                                     origin="france_travail", sex="F")
    values.update(kw)
    return BeneficiaryDraft(**values)  # type: ignore[arg-type]


def test_good_draft_has_no_issue(places) -> None:  # type: ignore[no-untyped-def]
    assert validate_beneficiary(good_draft(), TODAY, places) == []


def test_validate_beneficiary_collects_every_issue(places) -> None:  # type: ignore[no-untyped-def]
    draft = good_draft(last_name="  ", first_name="", birth_date=date(2030, 1, 1), email="lea@", phone="12345",
                       postal_code="1210", pcs="astronaute", sex="X", origin="nr")
    issues = validate_beneficiary(draft, TODAY, places)
    by_field = {i.field: i.message for i in issues}
    assert by_field == {
        "last_name": m.LAST_NAME_REQUIRED,
        "first_name": m.FIRST_NAME_REQUIRED,
        "birth_date": m.DATE_IN_FUTURE,
        "email": m.EMAIL_MALFORMED,
        "phone": m.PHONE_MALFORMED,
        "postal_code": m.POSTAL_CODE_MALFORMED,
        "pcs": m.UNKNOWN_CODE,
        "sex": m.UNKNOWN_CODE,
    }
    assert len(issues) == len(by_field)
    failed = ValidationFailed(issues)
    assert failed.issues == issues
    assert m.EMAIL_MALFORMED in str(failed)


def test_not_specified_is_a_valid_answer(places) -> None:  # type: ignore[no-untyped-def]
    draft = good_draft(pcs="nr", qualification_level="nr", diploma_obtained="nr", sector="nr",
                       company_size="nr", rqth="nr", origin="nr")
    assert validate_beneficiary(draft, TODAY, places) == []


def test_consent_needs_date_and_explanation(places) -> None:  # type: ignore[no-untyped-def]
    issues = validate_beneficiary(good_draft(consent_given=True), TODAY, places)
    assert {(i.field, i.message) for i in issues} == {
        ("consent_date", m.CONSENT_DATE_REQUIRED),
        ("consent_explained", m.CONSENT_EXPLAINED_REQUIRED),
    }
    future = validate_beneficiary(good_draft(consent_given=True, consent_date=date(2026, 12, 1),
                                             consent_explained="Usage, durée, droits."), TODAY, places)
    assert [(i.field, i.message) for i in future] == [("consent_date", m.DATE_IN_FUTURE)]
    ok = good_draft(consent_given=True, consent_date=TODAY, consent_explained="Usage, durée, droits d'accès.")
    assert validate_beneficiary(ok, TODAY, places) == []
    # Without consent nothing is asked.
    assert validate_beneficiary(good_draft(consent_given=False), TODAY, places) == []


def test_status_end_before_start_is_flagged(places) -> None:  # type: ignore[no-untyped-def]
    draft = good_draft(statuses=[
        EmploymentStatusEntry("cdi", date(2020, 1, 1)),
        EmploymentStatusEntry("cdd", date(2025, 6, 1), date(2025, 5, 1)),
        EmploymentStatusEntry("de_inscrit", date(2025, 1, 1), jobseeker_category="Z"),
        EmploymentStatusEntry("pilote", date(2027, 1, 1)),
    ])
    issues = validate_beneficiary(draft, TODAY, places)
    assert {(i.field, i.message) for i in issues} == {
        ("statuses[1]", m.STATUS_END_BEFORE_START),
        ("statuses[2]", m.UNKNOWN_CODE),
        ("statuses[3]", m.UNKNOWN_CODE),
        ("statuses[3]", m.DATE_IN_FUTURE),
    }


def test_two_statuses_at_once(places) -> None:  # type: ignore[no-untyped-def]
    cdi = EmploymentStatusEntry("cdi", date(2019, 9, 1))
    jobseeker = EmploymentStatusEntry("de_inscrit", date(2026, 3, 1), jobseeker_category="B")
    ended = EmploymentStatusEntry("cdd", date(2024, 1, 1), date(2024, 12, 31))
    future = EmploymentStatusEntry("interimaire", date(2026, 12, 1))
    draft = good_draft(statuses=[cdi, jobseeker, ended])
    assert validate_beneficiary(draft, TODAY, places) == []
    assert current_statuses([cdi, jobseeker, ended, future], TODAY) == [cdi, jobseeker]
    ends_today = EmploymentStatusEntry("cdd", date(2026, 1, 1), TODAY)
    assert current_statuses([ends_today], TODAY) == [ends_today]


# -- accompaniment -------------------------------------------------------------------------


def test_accompaniment_draft_rules() -> None:
    assert validate_accompaniment(AccompanimentDraft(level="N1", reasons=["projet.reconversion"]), TODAY,
                                  LEVELS) == []
    issues = validate_accompaniment(
        AccompanimentDraft(level="N9", reasons=["projet", "voyage"], first_request_date=date(2026, 10, 1),
                           first_appointment_date=date(2026, 9, 1)), TODAY, LEVELS)
    assert {(i.field, i.message) for i in issues} == {
        ("level", m.UNKNOWN_CODE), ("reasons", m.UNKNOWN_CODE),
        ("first_appointment_date", m.FIRST_APPOINTMENT_BEFORE_REQUEST),
    }
    none = validate_accompaniment(AccompanimentDraft(level="", reasons=[]), TODAY, LEVELS)
    assert {(i.field, i.message) for i in none} == {("level", m.REQUIRED), ("reasons", m.REASON_REQUIRED)}
    # Another vocabulary's level is refused when the counsellor uses the national one.
    wrong_vocab = validate_accompaniment(AccompanimentDraft(level="UO1", reasons=["recul"]), TODAY, LEVELS)
    assert [i.field for i in wrong_vocab] == ["level"]
    assert validate_accompaniment(AccompanimentDraft(level="UO1", reasons=["recul"]), TODAY,
                                  referentials().levels("regional_uo")) == []


def test_pause_needs_a_future_return_date() -> None:
    missing = validate_transition(ACTIVE, StatusChange(PAUSED, TODAY), TODAY)
    assert [(i.field, i.message) for i in missing] == [("return_date", m.RETURN_DATE_REQUIRED)]
    today = validate_transition(ACTIVE, StatusChange(PAUSED, TODAY, return_date=TODAY), TODAY)
    assert [(i.field, i.message) for i in today] == [("return_date", m.RETURN_DATE_PAST)]
    past = validate_transition(ACTIVE, StatusChange(PAUSED, TODAY, return_date=date(2026, 1, 1)), TODAY)
    assert [i.message for i in past] == [m.RETURN_DATE_PAST]
    assert validate_transition(ACTIVE, StatusChange(PAUSED, TODAY, return_date=date(2026, 11, 24)), TODAY) == []


def test_closing_needs_a_valid_reason() -> None:
    missing = validate_transition(ACTIVE, StatusChange(CLOSED, TODAY), TODAY)
    assert [(i.field, i.message) for i in missing] == [("closure_reason", m.CLOSURE_REASON_REQUIRED)]
    bad = validate_transition(ACTIVE, StatusChange(CLOSED, TODAY, closure_reason="lassitude"), TODAY)
    assert [(i.field, i.message) for i in bad] == [("closure_reason", m.UNKNOWN_CODE)]
    assert validate_transition(ACTIVE, StatusChange(CLOSED, TODAY, closure_reason="emploi"), TODAY) == []
    future = validate_transition(ACTIVE, StatusChange(CLOSED, date(2026, 12, 1), closure_reason="emploi"), TODAY)
    assert [(i.field, i.message) for i in future] == [("on", m.DATE_IN_FUTURE)]


def test_relay_needs_a_partner() -> None:
    for partner in ("", "   "):
        issues = validate_transition(ACTIVE, StatusChange(SUSPENDED, TODAY, partner=partner), TODAY)
        assert [(i.field, i.message) for i in issues] == [("partner", m.PARTNER_REQUIRED)]
    assert validate_transition(ACTIVE, StatusChange(SUSPENDED, TODAY, partner="Cap emploi Aveyron"), TODAY) == []


def test_closed_can_only_be_reopened() -> None:
    refused = validate_transition(CLOSED, StatusChange(ACTIVE, TODAY), TODAY)
    assert len(refused) == 1 and refused[0].message == m.TRANSITION_NOT_ALLOWED
    labels = referentials()["parcours_status"]
    assert refused[0].params == {"current": labels.label(CLOSED), "target": labels.label(ACTIVE)}
    assert labels.label(CLOSED) in refused[0].render()
    assert validate_transition(CLOSED, StatusChange(REOPENED, TODAY), TODAY) == []
    for target in (PAUSED, SUSPENDED, CLOSED):
        assert validate_transition(CLOSED, StatusChange(target, TODAY, return_date=date(2027, 1, 1),
                                                        closure_reason="emploi", partner="X"), TODAY)


def test_transition_table_is_consistent() -> None:
    statuses = {c.code for c in referentials()["parcours_status"].codes}
    assert set(TRANSITIONS) == statuses
    for current, targets in TRANSITIONS.items():
        assert targets <= statuses
        assert current not in targets  # no transition to itself
    assert TRANSITIONS[REOPENED] == TRANSITIONS[ACTIVE]
    # Whatever the current status, a reopened accompaniment can be closed again.
    assert all(CLOSED in TRANSITIONS[s] for s in (ACTIVE, PAUSED, SUSPENDED, REOPENED))


# -- sessions --------------------------------------------------------------------------------


def test_session_on_closed_accompaniment_is_refused() -> None:
    draft = InterviewDraft(starts_at=datetime(2026, 11, 23, 9, 30))
    issues = validate_interview(draft, TODAY, CLOSED, LEVELS)
    assert [(i.field, i.message) for i in issues] == [("accompaniment", m.SESSION_ON_CLOSED)]
    for status in (ACTIVE, PAUSED, SUSPENDED, REOPENED, None):
        assert validate_interview(draft, TODAY, status, LEVELS) == []


def test_session_fields() -> None:
    bad = InterviewDraft(starts_at=datetime(1850, 1, 1, 9), duration_min=0, channel="pigeon", format="duo",
                         purpose="cafe", level="N7")
    fields = {i.field for i in validate_interview(bad, TODAY, ACTIVE, LEVELS)}
    assert fields == {"starts_at", "duration_min", "channel", "format", "purpose", "level"}
    assert validate_interview(InterviewDraft(datetime(2026, 11, 2, 14), duration_min=600, channel="visio"),
                              TODAY, ACTIVE, LEVELS) == []
    too_long = validate_interview(InterviewDraft(datetime(2026, 11, 2, 14), duration_min=601), TODAY, ACTIVE,
                                  LEVELS)
    assert [i.message for i in too_long] == [m.DURATION_INVALID]


# -- old qualification scale, messages -----------------------------------------------------------


@pytest.mark.parametrize(("level", "diploma", "old"), [
    ("4", "oui", "iv_avec_diplome"), ("4", "non", "iv_sans_diplome"), ("4", "nr", "iv_sans_diplome"),
    ("4", None, "iv_sans_diplome"), ("3", "oui", "v_avec_diplome"), ("3", "non", "non_qualifies"),
    ("5", "oui", "iii"), ("6", "oui", "i_ii"), ("1", "oui", "non_qualifies"), ("nr", "oui", "nr"),
    (None, "oui", "nr"), ("42", "oui", "nr"),
])
def test_old_qualification_scale(level: str | None, diploma: str | None, old: str) -> None:
    assert old_qualification_scale(level, diploma) == old
    assert old in referentials()["qualification_old_scale"]


def test_every_qualification_level_maps_to_the_old_scale() -> None:
    old_scale = referentials()["qualification_old_scale"]
    for code in referentials()["qualification_level"].codes:
        for diploma in ("oui", "non"):
            assert old_qualification_scale(code.code, diploma) in old_scale


def test_issue_render_formats_params_and_translates() -> None:
    issue = Issue("postal_code", m.COMMUNE_POSTAL_MISMATCH, {"code": "75001", "commune": "Millau"})
    assert issue.render() == "The postal code 75001 is not one of Millau's: check one or the other."
    seen: list[tuple[str, str]] = []

    def translate(context: str, text: str) -> str:
        seen.append((context, text))
        return "Le code postal {code} n'est pas celui de {commune}."

    assert issue.render(translate) == "Le code postal 75001 n'est pas celui de Millau."
    assert seen == [("Validation", m.COMMUNE_POSTAL_MISMATCH)]
    assert Issue("x", m.REQUIRED).render() == m.REQUIRED


# -- folding and caseload filter ----------------------------------------------------------------------


@pytest.mark.parametrize(("raw", "folded"), [
    ("Béziers", "beziers"), ("SAINT-AFFRIQUE", "saint affrique"), ("L'Haÿ-les-Roses", "l hay les roses"),
    ("Œuvre  cœur", "oeuvre coeur"), ("  Ça—va ?! ", "ca va"), ("Ｍｉｌｌａｕ", "millau"), ("", ""),
    ("Aide-soignant / Aide-soignante", "aide soignant aide soignante"),
])
def test_fold(raw: str, folded: str) -> None:
    assert fold(raw) == folded


@given(st.text())
def test_fold_is_idempotent_and_ascii(value: str) -> None:
    once = fold(value)
    assert fold(once) == once
    assert once.isascii()
    assert once == once.strip() and "  " not in once
    assert all(c.isdigit() or c.islower() or c == " " for c in once)


def test_matches_all_words() -> None:
    key = make_search_key("Müller", "Jérôme", "Saint-Affrique", "Aide-soignant")
    assert matches_all_words(key, "jerome MULLER")
    assert matches_all_words(key, "saint-affr")
    assert matches_all_words(key, "aide soign mull")
    assert not matches_all_words(key, "jerome dupont")
    assert matches_all_words(key, "")


def row(name: str, first: str, commune: str = "", job: str = "", status: str | None = "actif",
        level: str | None = "N1", site: str | None = None) -> CaseloadRow:
    return CaseloadRow(id=f"{name}-{first}", last_name=name, first_name=first, commune_insee=None,
                       commune_name=commune, birth_date=None, status=status, level=level, site_id=site,
                       site_name="", target_job=job, last_contact=None, sessions=0,
                       search_key=make_search_key(name, first, commune, job))


ROWS = [
    row("Durand", "Léa", "Millau", "Aide-soignant", "actif", "N1", "s1"),
    row("Dürr", "Émile", "Rodez", "Boulanger", "en_pause", "N2", "s2"),
    row("Martin", "Lea", "Millau", "Comptable", "clos", "N2", "s1"),
    row("Bénézech", "Jean", "Saint-Affrique", "", None, None, None),
]


def names(rows: list[CaseloadRow]) -> list[str]:
    return [r.last_name for r in rows]


def test_apply_filter_text_words_all_must_match() -> None:
    assert names(apply_filter(ROWS, CaseloadFilter(text="lea"))) == ["Durand", "Martin"]
    assert names(apply_filter(ROWS, CaseloadFilter(text="LÉA millau aide"))) == ["Durand"]
    assert names(apply_filter(ROWS, CaseloadFilter(text="durr emile"))) == ["Dürr"]
    assert names(apply_filter(ROWS, CaseloadFilter(text="benezech saint-affrique"))) == ["Bénézech"]
    assert names(apply_filter(ROWS, CaseloadFilter(text="lea rodez"))) == []
    assert names(apply_filter(ROWS, CaseloadFilter())) == names(ROWS)
    assert names(apply_filter(ROWS, CaseloadFilter(text="  "))) == names(ROWS)


def test_apply_filter_status_level_site() -> None:
    assert names(apply_filter(ROWS, CaseloadFilter(status="actif"))) == ["Durand"]
    assert names(apply_filter(ROWS, CaseloadFilter(level="N2"))) == ["Dürr", "Martin"]
    assert names(apply_filter(ROWS, CaseloadFilter(site_id="s1"))) == ["Durand", "Martin"]
    assert names(apply_filter(ROWS, CaseloadFilter(text="lea", level="N2"))) == ["Martin"]
    assert names(apply_filter(ROWS, CaseloadFilter(status="clos", site_id="s2"))) == []


_words = st.sampled_from(["lea", "durand", "MILLAU", "émile", "é", "", "  ", "saint-affrique", "n", "zzz", "aide"])


@given(
    text=st.lists(_words, max_size=3).map(" ".join),
    status=st.sampled_from([None, "", "actif", "clos", "en_pause"]),
    level=st.sampled_from([None, "", "N1", "N2"]),
    site=st.sampled_from([None, "", "s1", "s2"]),
)
def test_apply_filter_agrees_with_accepts(text: str, status: str | None, level: str | None,
                                          site: str | None) -> None:
    flt = CaseloadFilter(text=text, status=status, level=level, site_id=site)
    assert apply_filter(ROWS, flt) == [r for r in ROWS if flt.accepts(r)]


def test_phone_numbers_are_grouped_as_read_aloud() -> None:
    assert rules.format_phone("0612345678") == "06 12 34 56 78"
    assert rules.format_phone("+33 6 12 34 56 78") == "06 12 34 56 78"
    assert rules.format_phone("06.12.34.56.78") == "06 12 34 56 78"
    assert rules.format_phone("+44 20 7946 0958") == "+44 20 7946 0958"  # not French: left as typed
    assert rules.format_phone("") == ""
