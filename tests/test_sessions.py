"""The guided co-construction session on a real encrypted store: a first session, then a
second one that re-reads the conclusion, marks actions, revises the diagnosis and the plan;
one transaction per save; nothing written on a refused save; private text never in the
outbox; the autosaved draft; contacts between sessions and the time spent per week."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import text

from cep_desk.domain import messages as m
from cep_desk.domain.accompaniment import AccompanimentDraft, StatusChange
from cep_desk.domain.beneficiary import BeneficiaryDraft, TargetJobEntry
from cep_desk.domain.conclusion import ConclusionDraft, FollowUp
from cep_desk.domain.contact_log import ContactLogDraft
from cep_desk.domain.diagnosis import AutonomyEntry, Diagnosis, ObstacleItem, next_version
from cep_desk.domain.exploration import REJECTED, VALIDATED, ExplorationOption
from cep_desk.domain.guided_session import SessionRecord, from_payload, to_payload
from cep_desk.domain.interview import InterviewDraft
from cep_desk.domain.jobs import job_index
from cep_desk.domain.messages import ConfirmationNeeded, ValidationFailed
from cep_desk.domain.plan import FundingFile, Milestone, Objective, Plan, PlanAction
from tests.conftest import Clock

PRIVATE_SESSION = "Pleure en parlant de son licenciement (privé-3e1f)"
PRIVATE_CONTACT = "Parle de dettes de jeu (privé-77aa)"
PRIVATE_DRAFT = "Brouillon : violences au travail (privé-d5c2)"
COUNSELLOR_VIEW = "Code déjà échoué une fois"
NEW_TABLES = ("diagnosis_version", "exploration_option", "plan_objective", "plan_action", "funding_file",
              "milestone", "plan_change", "conclusion", "contact_log", "session_draft")
TABLES = ("interview", "target_job", "outbox", "audit_log", *NEW_TABLES)
FIRST = datetime(2026, 11, 2, 9, 30)
SECOND = datetime(2026, 11, 23, 9, 30)


def counts(store) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {t: store.count(t) for t in TABLES}


def outbox_rows(store) -> list[tuple[str, str, str, str, str]]:  # type: ignore[no-untyped-def]
    with store.read() as s:
        return [tuple(r) for r in s.execute(text(
            "SELECT tx_id, entity, entity_id, op, fields_json FROM outbox ORDER BY seq"))]


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 11, 2, 9, 0))


@pytest.fixture
def person(services) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    bid = services.beneficiaries.create(
        BeneficiaryDraft(last_name="Vidal", first_name="Nadia", commune_insee="12145", postal_code="12100",
                         target_jobs=[TargetJobEntry("10891", "Aide-soignant / Aide-soignante", "J1501")]),
        AccompanimentDraft(level="N2", reasons=["projet.reconversion"], first_request_date=date(2026, 10, 28),
                           first_appointment_date=date(2026, 11, 2)))
    return bid, services.accompaniments.for_beneficiary(bid)[0].id


def first_session() -> SessionRecord:
    goal = Objective("choisir-un-metier--confirmer-son-choix-de-metier", "Vérifier que le métier me plaît")
    money = Objective("se-former--monter-son-dossier-de-formation", "Financer la formation")
    survey = PlanAction("Rencontrer une aide-soignante", "enquete_metier", "personne", goal.id, 1, "semaines",
                        date(2026, 11, 9))
    immersion = PlanAction("Immersion de deux semaines en EHPAD", "immersion", "partenaire", goal.id, 1, "mois",
                           date(2026, 12, 2), "France Travail Millau")
    ptp = PlanAction("Monter le dossier PTP", "dossier_financement", "personne_conseiller", money.id, 2, "mois",
                     date(2027, 1, 2), plan_b="CPF et Région si refus",
                     funding=[FundingFile("ptp", "Transitions Pro Occitanie", Decimal("7800.00"))])
    return SessionRecord(
        interview=InterviewDraft(starts_at=FIRST, duration_min=90, level="N2", notes_shareable="Premier entretien.",
                                 notes_private=PRIVATE_SESSION),
        diagnosis=Diagnosis(
            request_words="Je n'en peux plus de la caisse.", need="Sécuriser une reconversion.",
            request_matches_need="en_partie", project_state="idee", project="Devenir aide-soignante",
            competences_person=["Accueil du public"], competences_counsellor=["Sens de l'organisation"],
            autonomy=[AutonomyEntry("numerique", "avec_appui", "Bloque sur les pièces jointes.")],
            obstacles=[ObstacleItem("mobilite", "mobilite.permis_en_cours", "Je passe le code en janvier.",
                                    COUNSELLOR_VIEW, True, "besoin"),
                       ObstacleItem("contraintes_familiales", "contraintes_familiales.enfant_moins_3_ans",
                                    "Pas de crèche avant septembre.", status="besoin")]),
        options=[ExplorationOption("Aide-soignante en EHPAD", want="Aider", can="Accueil", market="Recrute"),
                 ExplorationOption("Auxiliaire de vie à domicile")],
        plan=Plan([goal, money], [survey, immersion, ptp],
                  [Milestone(date(2026, 12, 10), "Réunion d'information IFAS", "rendez_vous")]),
        conclusion=ConclusionDraft("", datetime(2026, 11, 23, 9, 30)),
    )


def test_two_sessions_reread_mark_revise_and_keep_history(services, person, clock) -> None:  # type: ignore[no-untyped-def]
    bid, acc = person
    saved = services.sessions.record(bid, acc, first_session())
    # 2 objectives, 3 actions, 1 funding file, 1 jalon; the due-date jalons follow their actions silently
    assert saved.diagnosis_number == 1 and saved.conclusion_id and saved.plan_changes == 7
    clock.now = datetime(2026, 11, 23, 9, 0)     # three weeks later; the first action's date has passed

    # -- the second session starts from what the first left
    ctx = services.sessions.prepare(bid)
    assert ctx.can_record and ctx.accompaniment.id == acc and ctx.draft is None
    assert ctx.last_conclusion.interview_id == saved.interview_id
    assert ctx.last_conclusion.text.splitlines()[0] == "Entretien du lundi 2 novembre 2026."
    assert "- Vous : Rencontrer une aide-soignante, d'ici le 9 novembre 2026." in ctx.last_conclusion.text
    assert "Prochain rendez-vous : lundi 23 novembre 2026 à 9 h 30." in ctx.last_conclusion.text
    assert ctx.diagnosis.number == 1 and ctx.diagnosis.diagnosis == first_session().diagnosis
    assert [a.label for a in ctx.plan.actions] == [a.label for a in first_session().plan.actions]  # type: ignore[union-attr]
    assert len(ctx.plan.milestones) == 4                 # three due dates became jalons, plus the meeting
    survey, immersion, ptp = ctx.plan.actions

    # -- re-read: marked with the person; diagnosis and plan revised; an option set aside
    plan = replace(ctx.plan, actions=[replace(survey, status="realisee"), replace(immersion, status="en_cours"),
                                      replace(ptp, status="abandonnee"),
                                      PlanAction("S'inscrire aux tests de l'IFAS", "contacter_organisme", "personne",
                                                 ctx.plan.objectives[0].id, 3, "semaines", date(2026, 12, 14))])
    diagnosis = next_version(ctx.diagnosis.diagnosis)
    diagnosis.project_state = "defini"
    diagnosis.obstacles[0].status = "point_appui"
    diagnosis.obstacles[0].person_view = "Code obtenu."
    options = [replace(ctx.options[0], state=VALIDATED),
               replace(ctx.options[1], state=REJECTED, reason="horaires coupés")]
    ash = job_index().search("agent de service hospitalier")[0]
    jobs = [*services.beneficiaries.get(bid).draft.target_jobs, TargetJobEntry(ash.code_ogr, ash.label, ash.code_rome)]
    second = services.sessions.record(bid, acc, SessionRecord(
        InterviewDraft(starts_at=SECOND, level="N2"), diagnosis, options, jobs, plan,
        ConclusionDraft("", None, FollowUp(True, date(2027, 1, 11), "le retour de l'IFAS"))))
    assert second.diagnosis_number == 2
    assert sorted(j.code_rome for j in services.beneficiaries.get(bid).draft.target_jobs) == sorted(
        ["J1501", ash.code_rome])

    history = services.sessions.diagnosis_history(bid)
    assert [v.number for v in history] == [1, 2]
    assert {(c.path, c.before, c.after) for c in history[1].changes} == {
        ("project_state", "idee", "defini"),
        ("obstacles[mobilite.permis_en_cours].status", "besoin", "point_appui"),
        ("obstacles[mobilite.permis_en_cours].person_view", "Je passe le code en janvier.", "Code obtenu."),
    }
    assert all(c.kind == "added" for c in history[0].changes)
    assert not [c for c in history[0].shareable_changes() if COUNSELLOR_VIEW in json.dumps(c.as_dict())]

    changes = services.plans.history(bid)
    by_session = {}
    for c in changes:
        by_session.setdefault(c.interview_id, []).append(c)
    assert set(by_session) == {saved.interview_id, second.interview_id}
    status_changes = {c.entity_id: c.fields["status"] for c in by_session[second.interview_id]
                      if c.entity == "plan_action" and c.change == "updated"}
    assert status_changes == {survey.id: ["en_projet", "realisee"], immersion.id: ["en_projet", "en_cours"],
                              ptp.id: ["en_projet", "abandonnee"]}
    assert [c.fields["label"] for c in by_session[second.interview_id] if c.change == "created"] == [
        [None, "S'inscrire aux tests de l'IFAS"]]
    assert next(c.fields for c in services.plans.history(bid, survey.id))["label"] == [None, survey.label]

    after = services.sessions.prepare(bid)
    assert [a.status for a in after.plan.actions] == ["realisee", "en_cours", "abandonnee", "en_projet"]
    assert [(o.state, o.reason) for o in after.options] == [(VALIDATED, ""), (REJECTED, "horaires coupés")]
    text_ = after.last_conclusion.text
    assert "Ce qui a été fait depuis la dernière fois : Rencontrer une aide-soignante." in text_
    assert "Pistes retenues ensemble : Aide-soignante en EHPAD." in text_
    assert "Pistes écartées : Auxiliaire de vie à domicile (horaires coupés)." in text_
    assert "Vous reviendrez vers nous vers le 11 janvier 2027 pour le retour de l'IFAS." in text_
    assert [c.interview_id for c in services.sessions.conclusions(bid)] == [second.interview_id, saved.interview_id]

    # A later session that leaves the diagnosis as it is adds no version, and a rejected option stays.
    third = services.sessions.record(bid, acc, SessionRecord(
        InterviewDraft(starts_at=datetime(2026, 11, 23, 15, 0), level="N2"), after.diagnosis.diagnosis))
    assert third.diagnosis_version_id is None and third.plan_changes == 0
    assert [o.state for o in services.sessions.prepare(bid).options] == [VALIDATED, REJECTED]


def test_a_whole_session_is_one_transaction_with_outbox_and_audit(services, store, person) -> None:  # type: ignore[no-untyped-def]
    bid, acc = person
    before = counts(store)
    services.sessions.record(bid, acc, first_session())
    after = counts(store)
    created = {t: after[t] - before[t] for t in NEW_TABLES}
    assert created == {"diagnosis_version": 1, "exploration_option": 2, "plan_objective": 2, "plan_action": 3,
                       "funding_file": 1, "milestone": 4, "plan_change": 7, "conclusion": 1, "contact_log": 0,
                       "session_draft": 0}
    rows = outbox_rows(store)[before["outbox"]:]
    assert len({r[0] for r in rows}) == 1                             # one tx_id
    assert len(rows) == sum(created.values()) + 1                     # every row, plus the interview
    assert after["audit_log"] - before["audit_log"] == len(rows)


def test_a_refused_session_writes_nothing(services, store, person) -> None:  # type: ignore[no-untyped-def]
    bid, acc = person
    before = counts(store)
    record = first_session()
    record.plan.milestones.append(Milestone(None, "Entrée en formation", "entree_formation"))  # type: ignore[union-attr]
    with pytest.raises(ValidationFailed) as info:
        services.sessions.record(bid, acc, record)
    assert [(i.field, i.message) for i in info.value.issues] == [("milestones[1].on", m.MILESTONE_DATE_REQUIRED)]
    agreed_blind = first_session()
    agreed_blind.diagnosis.obstacles[0].person_view = ""  # type: ignore[union-attr]
    with pytest.raises(ValidationFailed) as info:
        services.sessions.record(bid, acc, agreed_blind)
    assert [i.message for i in info.value.issues] == [m.PERSON_VIEW_REQUIRED]
    assert counts(store) == before                                    # no interview, no outbox, no audit


def test_an_action_due_before_today_needs_confirmation(services, store, person, clock) -> None:  # type: ignore[no-untyped-def]
    bid, acc = person
    clock.now = datetime(2026, 11, 23, 9, 0)
    record = first_session()
    record.interview = replace(record.interview, starts_at=SECOND)
    record.conclusion = None
    for a in record.plan.actions[1:]:  # type: ignore[union-attr]
        a.due_date = date(2027, 1, 4)
    record.plan.actions[0].due_date = date(2026, 11, 16)  # type: ignore[union-attr]
    before = counts(store)
    with pytest.raises(ConfirmationNeeded) as info:
        services.sessions.record(bid, acc, record)
    [issue] = info.value.issues
    assert issue.needs_confirmation and issue.field == "actions[0].due_date"
    assert counts(store) == before
    saved = services.sessions.record(bid, acc, record, confirmed=True)
    assert saved.plan_changes == 7 and counts(store)["interview"] == before["interview"] + 1


def test_a_closed_accompaniment_takes_no_session_until_reopened(services, store, person) -> None:  # type: ignore[no-untyped-def]
    bid, acc = person
    services.accompaniments.change_status(acc, StatusChange("clos", date(2026, 11, 2), closure_reason="emploi"))
    assert not services.sessions.prepare(bid).can_record
    before = counts(store)
    with pytest.raises(ValidationFailed) as info:
        services.sessions.record(bid, acc, first_session())
    assert [(i.field, i.message) for i in info.value.issues] == [("accompaniment", m.SESSION_ON_CLOSED)]
    assert counts(store) == before
    services.accompaniments.change_status(acc, StatusChange("reouvert", date(2026, 11, 2)))
    assert services.sessions.prepare(bid).can_record
    assert services.sessions.record(bid, acc, first_session()).interview_id


def test_private_text_never_reaches_the_outbox_nor_the_audit(services, store, person, clock) -> None:  # type: ignore[no-untyped-def]
    bid, acc = person
    services.drafts.save(bid, {"notes_private": PRIVATE_DRAFT}, "listen")
    services.sessions.record(bid, acc, first_session())
    clock.now = datetime(2026, 11, 23, 9, 0)
    services.contacts.log(bid, ContactLogDraft("appel", datetime(2026, 11, 20, 16), 15, "Point dossier",
                                               PRIVATE_CONTACT))
    with store.read() as s:
        # Decoded: the raw JSON escapes accents, and "privé" would never match "priv\u00e9".
        outbox = "\n".join(json.dumps(json.loads(r[0]), ensure_ascii=False)
                           for r in s.execute(text("SELECT fields_json FROM outbox")))
        audit = "\n".join(repr(tuple(r)) for r in s.execute(text("SELECT * FROM audit_log")))
        stored = {r[0] for r in s.execute(text(
            "SELECT notes_private FROM interview UNION SELECT notes_private FROM contact_log"))}
    assert {PRIVATE_SESSION, PRIVATE_CONTACT} <= stored               # kept on the desk…
    for secret in (PRIVATE_SESSION, PRIVATE_CONTACT, PRIVATE_DRAFT):  # …and nowhere else
        assert secret not in outbox and secret not in audit
    assert "notes_private" not in outbox and "notes_private" in audit  # the audit names the field only
    assert COUNSELLOR_VIEW in outbox     # counsellor-only is not private: it syncs for a hand-over


def test_the_draft_is_saved_loaded_replaced_and_discarded(services, store, person) -> None:  # type: ignore[no-untyped-def]
    bid, acc = person
    before = counts(store)
    record = first_session()
    services.drafts.save(bid, to_payload(record), "diagnosis")
    services.drafts.save(bid, to_payload(replace(record, options=[])), "plan")   # replaces, does not add
    assert store.count("session_draft") == 1
    assert {t: v for t, v in counts(store).items() if t != "session_draft"} == {
        t: v for t, v in before.items() if t != "session_draft"}       # no outbox, no audit
    draft = services.drafts.load(bid)
    assert draft is not None and draft.step == "plan" and draft.interview_id is None
    assert from_payload(draft.payload) == replace(record, options=[])
    assert services.sessions.prepare(bid).draft == draft
    assert [d.key for d in services.drafts.pending()] == [draft.key]
    services.drafts.discard(bid)
    assert services.drafts.load(bid) is None and store.count("session_draft") == 0
    services.drafts.save(bid, to_payload(record), "conclude")
    services.sessions.record(bid, acc, record)                         # saving the session drops its draft
    assert services.drafts.pending() == []


def test_contacts_between_sessions_count_in_the_time_spent(services, store, person, clock) -> None:  # type: ignore[no-untyped-def]
    bid, acc = person
    services.sessions.record(bid, acc, first_session())                # 90 min, Monday 2 Nov (week 45)
    clock.now = datetime(2026, 11, 23, 9, 0)
    services.contacts.log(bid, ContactLogDraft("appel", datetime(2026, 11, 4, 11, 0), 20, "Date d'immersion"))
    services.contacts.log(bid, ContactLogDraft("courriel", datetime(2026, 11, 8, 18, 0)))   # Sunday: week 45
    services.contacts.log(bid, ContactLogDraft("sms", datetime(2026, 11, 16, 9, 0)))         # week 47
    services.interviews.record(bid, acc, InterviewDraft(starts_at=datetime(2026, 11, 17, 14), duration_min=45,
                                                        level="N2"))
    logs = services.contacts.for_beneficiary(bid)
    assert [(c.kind, c.duration_min) for c in logs] == [("sms", 2), ("courriel", 10), ("appel", 20)]
    weeks = services.time_spent.per_week(bid)
    assert [(w.week, w.session_min, w.contact_min, w.total_min) for w in weeks] == [
        ("2026-W45", 90, 30, 120), ("2026-W47", 45, 2, 47)]
    assert services.time_spent.per_week(bid, start=date(2026, 11, 9)) == weeks[1:]
    assert services.time_spent.per_week(bid, end=date(2026, 11, 8)) == weeks[:1]
    with pytest.raises(ValidationFailed):
        services.contacts.log(bid, ContactLogDraft("appel", datetime(2026, 12, 1, 9)))       # not yet happened
    with store.read() as s:
        assert set(s.execute(text("SELECT accompaniment_id FROM contact_log")).scalars()) == {acc}
    services.contacts.delete(logs[0].id)
    assert len(services.contacts.for_beneficiary(bid)) == 2


def test_marking_actions_outside_a_session(services, person) -> None:  # type: ignore[no-untyped-def]
    bid, acc = person
    services.sessions.record(bid, acc, first_session())
    survey = services.plans.get(bid).actions[0]
    changes = services.plans.mark(bid, {survey.id: "realisee"})
    assert [(c.entity, c.change, c.fields_dict()) for c in changes] == [
        ("plan_action", "updated", {"status": ["en_projet", "realisee"]})]
    plan = services.plans.get(bid)
    assert plan.actions[0].status == "realisee"
    assert next(ms for ms in plan.milestones if ms.action_id == survey.id).done
    assert services.plans.history(bid, survey.id)[-1].interview_id is None
    with pytest.raises(LookupError):
        services.plans.mark(bid, {"no-such-action": "realisee"})


def test_rows_of_another_person_cannot_be_taken_over(services, person) -> None:  # type: ignore[no-untyped-def]
    bid, acc = person
    services.sessions.record(bid, acc, first_session())
    other = services.beneficiaries.create(BeneficiaryDraft(last_name="Autre", first_name="Personne"))
    stolen = services.plans.get(bid)
    with pytest.raises(LookupError):
        services.plans.save(other, stolen)
    assert services.plans.get(other) == Plan()


def test_deleting_a_person_tombstones_the_session_work_and_drops_the_draft(services, store, person, clock) -> None:  # type: ignore[no-untyped-def]
    bid, acc = person
    services.sessions.record(bid, acc, first_session())
    clock.now = datetime(2026, 11, 23, 9, 0)
    services.contacts.log(bid, ContactLogDraft("appel", datetime(2026, 11, 20, 16)))
    services.drafts.save(bid, {"step": "listen"}, "listen")
    services.beneficiaries.delete(bid)
    with store.read() as s:
        for table in NEW_TABLES[:-1]:
            live = s.execute(text(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL")).scalar_one()
            tombstones = s.execute(text(
                f"SELECT count(*) FROM outbox WHERE entity = '{table}' AND op = 'delete'")).scalar_one()
            total = s.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            assert live == 0 and tombstones == total, table
    assert store.count("session_draft") == 0


def test_the_services_load_no_qt() -> None:
    """The hub and the command line reuse the services: they must not pull in Qt."""
    probe = ("import sys, cep_desk.services.facade, cep_desk.demo; "
             "print(sorted(m for m in sys.modules if m.startswith(('PySide', 'shiboken'))))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
