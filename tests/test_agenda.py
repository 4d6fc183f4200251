"""Agenda and cockpit on a real encrypted store: plan / move / cancel at a site, conflicts flagged,
the conclusion's next appointment in the agenda, the home view's sections, snooze / done,
time spent; every write with its outbox and audit entries."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import text

from cep_desk.domain import due
from cep_desk.domain.accompaniment import AccompanimentDraft, StatusChange
from cep_desk.domain.agenda import AppointmentDraft
from cep_desk.domain.beneficiary import BeneficiaryDraft
from cep_desk.domain.conclusion import ConclusionDraft
from cep_desk.domain.contact_log import ContactLogDraft
from cep_desk.domain.guided_session import SessionRecord
from cep_desk.domain.interview import InterviewDraft
from cep_desk.domain.messages import ConfirmationNeeded, ValidationFailed
from cep_desk.domain.plan import FundingFile, Milestone, Plan, PlanAction
from tests.conftest import Clock
from tests.outbox_checks import tables_missing_outbox_inserts


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 11, 2, 9, 0))


def person(services, last: str, first: str = "Léa") -> tuple[str, str]:  # type: ignore[no-untyped-def]
    bid = services.beneficiaries.create(
        BeneficiaryDraft(last_name=last, first_name=first, commune_insee="12202", postal_code="12000"),
        AccompanimentDraft(level="N2", reasons=["projet.reconversion"], first_request_date=date(2026, 10, 1),
                           first_appointment_date=date(2026, 10, 5)))
    return bid, services.accompaniments.for_beneficiary(bid)[0].id


@pytest.fixture
def site(services) -> str:  # type: ignore[no-untyped-def]
    return services.counsellor.save_site(None, "Decazeville – permanence", "permanence", "12089")


def audit_actions(store) -> list[str]:  # type: ignore[no-untyped-def]
    with store.read() as s:
        return [r[0] for r in s.execute(text("SELECT action FROM audit_log ORDER BY seq"))]


# -- agenda -------------------------------------------------------------------------------------
def test_plan_move_cancel_with_outbox_and_audit(services, store, site, clock) -> None:  # type: ignore[no-untyped-def]
    bid, _ = person(services, "Dupont")
    aid = services.agenda.plan(AppointmentDraft(datetime(2026, 11, 3, 9, 30), 45, site, bid, note="Bilan"))
    [v] = services.agenda.day(date(2026, 11, 3))
    assert (v.id, v.person, v.initials, v.site_name, v.site_kind) == (aid, "Léa DUPONT", "L. D.",
                                                                      "Decazeville – permanence", "permanence")
    assert v.starts_local == datetime(2026, 11, 3, 9, 30) and v.starts_utc == datetime(2026, 11, 3, 8, 30)
    with store.read() as s:   # stored in UTC
        assert s.execute(text("SELECT starts_at FROM appointment")).scalar_one().startswith("2026-11-03 08:30")

    assert services.agenda.move(aid, datetime(2026, 11, 4, 14, 0)) == ["starts_at"]
    assert services.agenda.day(date(2026, 11, 3)) == []
    assert [v.starts_local for v in services.agenda.week(date(2026, 11, 4))] == [datetime(2026, 11, 4, 14)]
    services.agenda.cancel(aid)
    assert services.agenda.week(date(2026, 11, 4)) == []
    assert [v.status for v in services.agenda.between(date(2026, 11, 4), date(2026, 11, 4),
                                                       include_cancelled=True)] == ["cancelled"]
    with pytest.raises(ValidationFailed):     # a cancelled appointment is not moved back to life
        services.agenda.move(aid, datetime(2026, 11, 5, 9))
    assert tables_missing_outbox_inserts(store, ["appointment"]) == {}
    with store.read() as s:
        ops = [r[0] for r in s.execute(text("SELECT op FROM outbox WHERE entity = 'appointment' ORDER BY seq"))]
    assert ops == ["insert", "update", "update"]
    assert audit_actions(store)[-3:] == ["create_appointment", "move_appointment", "cancelled_appointment"]


def test_conflicts_ask_for_confirmation_and_are_flagged(services, store, site) -> None:  # type: ignore[no-untyped-def]
    a, _ = person(services, "Abel")
    b, _ = person(services, "Bruno")
    first = services.agenda.plan(AppointmentDraft(datetime(2026, 11, 3, 9), 60, site, a))
    draft = AppointmentDraft(datetime(2026, 11, 3, 9, 30), 60, None, b, "telephone")
    with pytest.raises(ConfirmationNeeded) as exc:
        services.agenda.plan(draft)
    assert exc.value.issues[0].params == {"count": "1", "time": "09:00"}
    assert store.count("appointment") == 1          # nothing written
    second = services.agenda.plan(draft, confirmed=True)
    third = services.agenda.plan(AppointmentDraft(datetime(2026, 11, 3, 10, 30), 30, site, a))  # back to back: fine
    flags = {v.id: v.conflict for v in services.agenda.day(date(2026, 11, 3))}
    assert flags == {first: True, second: True, third: False}
    # Moving the first one out of the way clears both flags.
    services.agenda.move(first, datetime(2026, 11, 3, 8, 0))
    assert not any(v.conflict for v in services.agenda.day(date(2026, 11, 3)))


def test_a_permanence_slot_hosts_the_appointments_at_its_site(services, site) -> None:  # type: ignore[no-untyped-def]
    a, _ = person(services, "Abel")
    slot = services.agenda.plan(AppointmentDraft(datetime(2026, 11, 3, 14), 240, site))    # nobody named
    inside = services.agenda.plan(AppointmentDraft(datetime(2026, 11, 3, 14, 30), 60, site, a))  # no question
    with pytest.raises(ConfirmationNeeded):   # a call elsewhere during the permanence is a clash
        services.agenda.plan(AppointmentDraft(datetime(2026, 11, 3, 16), 20, None, a, "telephone"))
    call = services.agenda.plan(AppointmentDraft(datetime(2026, 11, 3, 16), 20, None, a, "telephone"),
                                confirmed=True)
    flags = {v.id: v.conflict for v in services.agenda.day(date(2026, 11, 3))}
    assert flags == {slot: True, inside: False, call: True}


def test_bad_input_is_refused_without_writing(services, store, site) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationFailed) as exc:
        services.agenda.plan(AppointmentDraft(datetime(2027, 3, 28, 2, 30), 3, "no-such-site", modality="x"))
    assert {i.field for i in exc.value.issues} == {"starts_at", "duration_min", "modality", "site_id"}
    with pytest.raises(ConfirmationNeeded):          # in the past: confirm first
        services.agenda.plan(AppointmentDraft(datetime(2026, 11, 1, 9), 60, site))
    with pytest.raises(LookupError):
        services.agenda.plan(AppointmentDraft(datetime(2026, 11, 3, 9), 60, site, "nobody"))
    assert store.count("appointment") == 0


def test_appointments_across_the_dst_change(services, site, clock) -> None:  # type: ignore[no-untyped-def]
    clock.now = datetime(2027, 3, 20, 9)
    services.agenda.plan(AppointmentDraft(datetime(2027, 3, 26, 10), 60, site))   # UTC+1
    services.agenda.plan(AppointmentDraft(datetime(2027, 3, 29, 10), 60, site))   # UTC+2
    views = services.agenda.between(date(2027, 3, 26), date(2027, 3, 29))
    assert [(v.starts_local.hour, v.starts_utc.hour) for v in views] == [(10, 9), (10, 8)]
    clock.now = datetime(2027, 10, 25, 9)
    services.agenda.plan(AppointmentDraft(datetime(2027, 10, 31, 23, 30), 60, site))
    assert [v.starts_utc for v in services.agenda.day(date(2027, 10, 31))] == [datetime(2027, 10, 31, 22, 30)]
    assert services.agenda.day(date(2027, 11, 1)) == []


def test_conclusion_next_appointment_in_the_agenda_until_planned_or_superseded(services, site, clock) -> None:  # type: ignore[no-untyped-def]
    bid, acc = person(services, "Vidal", "Nadia")
    services.sessions.record(bid, acc, SessionRecord(
        interview=InterviewDraft(starts_at=datetime(2026, 11, 2, 9, 0), level="N2"),
        conclusion=ConclusionDraft("Suite.", datetime(2026, 11, 16, 14, 0))))
    [v] = services.agenda.week(date(2026, 11, 16))
    assert (v.source, v.person, v.starts_local, v.beneficiary_id) == ("conclusion", "Nadia VIDAL",
                                                                      datetime(2026, 11, 16, 14), bid)
    # Planned at a site: the appointment replaces it (no duplicate).
    aid = services.agenda.plan(AppointmentDraft(datetime(2026, 11, 16, 14, 0), 60, site, bid))
    assert [v.id for v in services.agenda.week(date(2026, 11, 16))] == [aid]
    services.agenda.cancel(aid)
    # A later session without a next appointment makes the old one history.
    clock.now = datetime(2026, 11, 10, 9, 0)
    services.sessions.record(bid, acc, SessionRecord(
        interview=InterviewDraft(starts_at=datetime(2026, 11, 10, 9, 0), level="N2"),
        conclusion=ConclusionDraft("Autre.", None)))
    assert services.agenda.week(date(2026, 11, 16)) == []


def test_mark_done_links_the_session(services, store, site, clock) -> None:  # type: ignore[no-untyped-def]
    bid, acc = person(services, "Roux")
    aid = services.agenda.plan(AppointmentDraft(datetime(2026, 11, 2, 14, 0), 60, site, bid))
    clock.now = datetime(2026, 11, 2, 16, 0)
    iid = services.interviews.record(bid, acc, InterviewDraft(starts_at=datetime(2026, 11, 2, 14), level="N2"))
    services.agenda.mark_done(aid, iid)
    [v] = services.agenda.day(date(2026, 11, 2))
    assert v.status == "done"
    with store.read() as s:
        assert s.execute(text("SELECT interview_id FROM appointment")).scalar_one() == iid
    with pytest.raises(LookupError):
        services.agenda.cancel("missing")


# -- cockpit --------------------------------------------------------------------------------------
@pytest.fixture
def caseload(services, site, clock):  # type: ignore[no-untyped-def]
    """Built on 2 November, looked at on Monday 23 November 2026 at 10:00."""
    plan_person, _ = person(services, "Plan", "Paul")
    paused, paused_acc = person(services, "Pause", "Pia")
    silent, _ = person(services, "Silence", "Sam")
    closed, closed_acc = person(services, "Clos", "Cléo")
    action = PlanAction("Dossier PTP", "dossier_financement", "personne", None, due_date=date(2026, 12, 20),
                        funding=[FundingFile("ptp", "Transitions Pro", Decimal("100"), date(2026, 11, 2),
                                             date(2026, 11, 20))])
    services.plans.save(plan_person, Plan([], [action], [
        Milestone(date(2026, 11, 18), "CV envoyé", "autre"),
        Milestone(date(2026, 11, 23), "Appeler l'IFAS", "autre"),
        Milestone(date(2026, 11, 29), "Réunion IFAS", "autre"),
        Milestone(date(2026, 11, 30), "Semaine prochaine", "autre"),
        Milestone(date(2026, 11, 10), "Fait", "autre", done=True)]))
    services.plans.save(closed, Plan([], [], [Milestone(date(2026, 11, 10), "Oublié", "autre")]))
    services.accompaniments.change_status(paused_acc, StatusChange("en_pause", date(2026, 11, 2),
                                                                   return_date=date(2026, 11, 23)))
    services.accompaniments.change_status(closed_acc, StatusChange("clos", date(2026, 11, 2),
                                                                   closure_reason="emploi"))
    services.contacts.log(plan_person, ContactLogDraft("appel", datetime(2026, 11, 2, 8, 0)))
    services.contacts.log(paused, ContactLogDraft("appel", datetime(2026, 11, 2, 8, 0)))
    services.agenda.plan(AppointmentDraft(datetime(2026, 11, 23, 14, 0), 60, site, plan_person))
    clock.now = datetime(2026, 11, 23, 10, 0)
    return {"plan": plan_person, "paused": paused, "silent": silent, "closed": closed}


def test_cockpit_sections(services, caseload) -> None:  # type: ignore[no-untyped-def]
    c = services.cockpit(no_contact_weeks=4)
    labels = {name: [i.label for i in c.sections[name]] for name in due.SECTIONS}
    assert labels[due.OVERDUE] == ["CV envoyé"]               # the closed parcours' jalon is left out
    assert labels[due.WEEK] == ["Appeler l'IFAS", "Réunion IFAS"]
    assert labels[due.FUNDING] == ["Dossier PTP"] and c.sections[due.FUNDING][0].detail == "Transitions Pro"
    assert [i.beneficiary_id for i in c.sections[due.PAUSED]] == [caseload["paused"]]
    assert [i.beneficiary_id for i in c.sections[due.NO_CONTACT]] == [caseload["silent"]]
    assert [(i.at, i.label) for i in c.sections[due.APPOINTMENTS]] == [
        (datetime(2026, 11, 23, 14), "Decazeville – permanence")]
    assert c.count(due.REVERIFY) == 0 and c.name(caseload["plan"]) == "Paul PLAN"
    assert all(i.tab == "plan" for i in c.sections[due.OVERDUE] + c.sections[due.WEEK])
    # Reminders: today's appointment, the overdue jalon, jalons within their "2 days before", funding, pause.
    assert {r.key.split(":")[0] for r in c.reminders} == {"appointment", "milestone", "funding", "paused"}
    assert "Semaine prochaine" not in [r.label for r in c.reminders]
    # The last contacts were three weeks ago: with 2 weeks, everyone is due a call; never seen comes first.
    silence = services.cockpit(no_contact_weeks=2).sections[due.NO_CONTACT]
    assert len(silence) == 3 and silence[0].beneficiary_id == caseload["silent"]


def test_snooze_and_done(services, store, caseload, clock) -> None:  # type: ignore[no-untyped-def]
    c = services.cockpit()
    overdue = c.sections[due.OVERDUE][0]
    funding = c.sections[due.FUNDING][0]
    services.reminders.snooze(overdue.key, date(2026, 11, 24), overdue.beneficiary_id)
    services.reminders.done(funding.key, funding.beneficiary_id)
    c = services.cockpit()
    assert c.count(due.OVERDUE) == 0 and c.count(due.FUNDING) == 0
    assert overdue.key not in {r.key for r in c.reminders}
    clock.now = datetime(2026, 11, 24, 8, 0)        # the snooze is over, "done" stays done
    c = services.cockpit()
    assert [i.label for i in c.sections[due.OVERDUE]] == ["CV envoyé", "Appeler l'IFAS"]   # yesterday's too
    assert c.sections[due.OVERDUE][0].key == overdue.key and c.count(due.FUNDING) == 0
    services.reminders.reopen(funding.key)
    assert services.cockpit().count(due.FUNDING) == 1
    with pytest.raises(ValueError):
        services.reminders.snooze(overdue.key, date(2026, 11, 24))
    assert store.count("reminder_state") == 2
    assert tables_missing_outbox_inserts(store, ["reminder_state"]) == {}
    with store.read() as s:
        ops = [r[0] for r in s.execute(text("SELECT op FROM outbox WHERE entity = 'reminder_state' ORDER BY seq"))]
    assert ops == ["insert", "insert", "update"]


def test_time_spent_per_person_and_week_reuses_the_service(services, caseload) -> None:  # type: ignore[no-untyped-def]
    weeks = services.time_spent.per_week(caseload["plan"])
    assert [(w.week, w.contact_min, w.contacts) for w in weeks] == [("2026-W45", 10, 1)]
