"""Rules added after review: impossible session and status dates, writes to
deleted rows, a vocabulary switch, the operator code. Each refusal writes nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from cep_desk.domain import messages as m
from cep_desk.domain.accompaniment import AccompanimentDraft, StatusChange
from cep_desk.domain.beneficiary import BeneficiaryDraft
from cep_desk.domain.interview import InterviewDraft
from cep_desk.domain.messages import ValidationFailed

ACC = AccompanimentDraft(level="N2", reasons=["projet.reconversion"], first_request_date=date(2026, 3, 2),
                         first_appointment_date=date(2026, 3, 10))


def person(services) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    bid = services.beneficiaries.create(BeneficiaryDraft(last_name="Cabrol", first_name="Lina",
                                                         birth_date=date(1990, 5, 4)), ACC)
    return bid, services.beneficiaries.get(bid).current_accompaniment.id


def writes(store) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    return store.count("interview"), store.count("outbox"), store.count("audit_log")


@pytest.mark.parametrize(("when", "message"), [
    (datetime(2026, 11, 24, 9), m.SESSION_IN_FUTURE),
    (datetime(2030, 1, 1, 9), m.SESSION_IN_FUTURE),
    (datetime(2026, 3, 1, 9), m.SESSION_BEFORE_REQUEST),
])
def test_impossible_session_dates_are_refused(services, store, when: datetime, message: str) -> None:  # type: ignore[no-untyped-def]
    bid, acc = person(services)
    before = writes(store)
    with pytest.raises(ValidationFailed) as info:
        services.interviews.record(bid, acc, InterviewDraft(when))
    assert [(i.field, i.message) for i in info.value.issues] == [("starts_at", message)]
    assert writes(store) == before
    # The day of the first request and today are fine.
    services.interviews.record(bid, acc, InterviewDraft(datetime(2026, 3, 2, 9)))
    services.interviews.record(bid, acc, InterviewDraft(datetime(2026, 11, 23, 9)))


def test_status_change_before_the_current_status_is_refused(services, store) -> None:  # type: ignore[no-untyped-def]
    _bid, acc = person(services)
    services.accompaniments.change_status(acc, StatusChange("suspendu", date(2026, 6, 1), partner="Cap emploi"))
    before = writes(store)
    with pytest.raises(ValidationFailed) as info:
        services.accompaniments.change_status(acc, StatusChange("actif", date(2026, 5, 31)))
    assert info.value.issues[0].message == m.CHANGE_BEFORE_CURRENT
    assert "01/06/2026" in info.value.issues[0].render()
    assert writes(store) == before
    services.accompaniments.change_status(acc, StatusChange("actif", date(2026, 6, 1)))  # same day: fine


def test_consent_before_birth_is_refused(services) -> None:  # type: ignore[no-untyped-def]
    draft = BeneficiaryDraft(last_name="Roques", first_name="Yanis", birth_date=date(1990, 5, 4),
                             consent_given=True, consent_date=date(1989, 1, 1), consent_explained="CEP expliqué")
    with pytest.raises(ValidationFailed) as info:
        services.beneficiaries.create(draft)
    assert [i.message for i in info.value.issues] == [m.CONSENT_BEFORE_BIRTH]


def test_no_write_reaches_a_deleted_person_or_accompaniment(services, store) -> None:  # type: ignore[no-untyped-def]
    bid, acc = person(services)
    services.beneficiaries.delete(bid)
    before = writes(store)
    with pytest.raises(LookupError):
        services.accompaniments.change_status(acc, StatusChange("en_pause", date(2026, 11, 23),
                                                                return_date=date(2027, 1, 5)))
    with pytest.raises(LookupError):
        services.accompaniments.update(acc, ACC)
    with pytest.raises(LookupError):
        services.interviews.record(bid, acc, InterviewDraft(datetime(2026, 11, 20, 9)))
    assert writes(store) == before


def test_a_vocabulary_switch_keeps_older_levels_editable(services) -> None:  # type: ignore[no-untyped-def]
    bid, acc = person(services)
    profile = services.counsellor.profile()
    services.counsellor.save_profile(replace(profile, level_vocabulary="regional_uo"))
    assert services.accompaniments.update(acc, replace(ACC, referent="Claire Martin")) == ["referent"]
    services.interviews.record(bid, acc, InterviewDraft(datetime(2026, 11, 20, 9), level="N2"))  # its own level
    services.interviews.record(bid, acc, InterviewDraft(datetime(2026, 11, 21, 9), level="UO2.1"))  # the new ones
    with pytest.raises(ValidationFailed):
        services.interviews.record(bid, acc, InterviewDraft(datetime(2026, 11, 22, 9), level="N1"))  # neither


def test_operator_must_come_from_the_list(services) -> None:  # type: ignore[no-untyped-def]
    profile = services.counsellor.profile()
    with pytest.raises(ValidationFailed) as info:
        services.counsellor.save_profile(replace(profile, operator="zzz"))
    assert [i.field for i in info.value.issues] == ["operator"]
    services.counsellor.save_profile(replace(profile, operator="cap_emploi"))
    assert services.counsellor.profile().operator == "cap_emploi"


def test_no_session_on_a_deleted_accompaniment(services, store) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    bid, acc = person(services)
    with store.write() as s:  # deleted on another desk, say, while this person stays
        s.execute(text("UPDATE accompaniment SET deleted_at = '2026-11-22 10:00:00.000000' WHERE id = :i"),
                  {"i": acc})
    before = writes(store)
    with pytest.raises(LookupError):
        services.interviews.record(bid, acc, InterviewDraft(datetime(2026, 11, 20, 9)))
    assert writes(store) == before
