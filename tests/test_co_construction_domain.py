"""Domain rules of the co-construction session (issue 3): reference lists, the shared
diagnosis and its versions' diff, exploration options, the action plan and its jalons,
the composed conclusion, contacts between sessions and the time spent."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import pytest

from cep_desk.domain import messages as m
from cep_desk.domain.codelists import referentials
from cep_desk.domain.conclusion import ConclusionDraft, FollowUp, compose, outcome_of, validate_conclusion
from cep_desk.domain.contact_log import CONTACT, SESSION, ContactLogDraft, time_per_week, validate_contact_log
from cep_desk.domain.diagnosis import (
    Assessment,
    AutonomyEntry,
    Diagnosis,
    ObstacleItem,
    diff,
    join,
    next_version,
    shareable,
    situations_of,
    split,
    validate_diagnosis,
)
from cep_desk.domain.exploration import REJECTED, VALIDATED, ExplorationOption, display_order, validate_options
from cep_desk.domain.guided_session import SessionRecord, from_payload, to_payload
from cep_desk.domain.interview import InterviewDraft
from cep_desk.domain.messages import ConfirmationNeeded, Issue, Severity, ValidationFailed, raise_if_blocking
from cep_desk.domain.plan import (
    FundingFile,
    Milestone,
    Objective,
    Plan,
    PlanAction,
    due_date_from_estimate,
    history,
    mark,
    validate_plan,
    with_action_milestones,
)

TODAY = date(2026, 11, 23)
COUNSELLOR_TEXT = "Code déjà échoué une fois (vue du conseiller)"


# -- reference lists ----------------------------------------------------------------------------
def test_reference_lists_of_the_session() -> None:
    ref = referentials()
    assert ref.version == "2026.2"
    assert [c.code for c in ref["project_state"].codes] == ["aucun", "idee", "defini"]
    assert [c.code for c in ref["project_realism"].codes] == ["realiste", "realisable", "reflechi"]
    assert len(ref["maturity_question"].codes) == 5
    assert {"numerique", "francais", "ecrit", "contacter_organismes", "confiance_en_soi"} == {
        c.code for c in ref["autonomy_area"].codes}
    assert [c.code for c in ref["diagnosis_item_status"].codes] == ["point_appui", "besoin", "non_explore"]
    assert len(ref["action_actor"].codes) == 4
    assert [c.code for c in ref["action_status"].codes] == [
        "en_projet", "en_cours", "en_attente", "realisee", "abandonnee", "annulee"]
    assert [c.code for c in ref["funding_decision"].codes] == ["en_attente", "accorde", "refuse"]
    assert [c.code for c in ref["contact_log_kind"].codes] == ["appel", "courriel", "courrier", "sms"]
    assert [c.code for c in ref["option_state"].codes] == ["proposee", "validee", "ecartee"]
    assert {"cpf", "ptp", "demissionnaire", "transco", "pro_a", "aif", "agefiph", "clea", "personnel"} <= {
        c.code for c in ref["funding_lever"].codes}
    assert len(ref["action_type"].codes) == 15


def test_situation_grid_is_organised_by_theme_with_the_referential_examples() -> None:
    ref = referentials()
    themes = ref["obstacle_theme"]
    for c in ref["obstacle_situation"].codes:
        assert c.parent in themes and c.code.startswith(c.parent + "."), c.code
    assert all(situations_of(t.code) for t in themes.codes)        # every theme has a starting grid
    labels = {c.fr for c in ref["obstacle_situation"].codes}
    for example in ("Aidant familial (s'occuper d'un proche)", "Enfant(s) de moins de 3 ans sans solution de garde",
                    "Hébergé chez un tiers", "Sans hébergement", "Territoire rural isolé", "Permis B",
                    "Permis en cours", "Dépendant des transports en commun", "Absence de connexion / zone blanche",
                    "Difficulté à réaliser des démarches en ligne", "Dossier MDPH (RQTH) à faire ou en cours"):
        assert example in labels


def test_thematiques_are_data_inclusion_slugs_with_their_category() -> None:
    ref = referentials()
    categories = ref["thematique_category"]
    codes = [c.code for c in ref["thematique"].codes]
    assert 20 <= len(codes) <= 40
    for c in ref["thematique"].codes:
        category, _, slug = c.code.partition("--")
        assert slug and c.extra["category"] == category and category in categories
    assert {"choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite",
            "se-former--monter-son-dossier-de-formation", "mobilite--preparer-un-permis"} <= set(codes)


# -- diagnosis -----------------------------------------------------------------------------------
def diagnosis(**kw: object) -> Diagnosis:
    values: dict[str, object] = dict(
        request_words="Je n'en peux plus de la caisse, je veux aider les gens.",
        need="Sécuriser une reconversion sans perdre son salaire.", request_matches_need="en_partie",
        project_state="idee", project="Devenir aide-soignante",
        realism=[Assessment("realiste", "oui", "Le métier recrute.")],
        maturity=[Assessment("rencontre_professionnels", "non")],
        competences_person=["Accueil du public", "Travail en équipe"],
        competences_counsellor=["Sens de l'organisation"],
        motivation="S'est renseignée seule sur l'IFAS.",
        autonomy=[AutonomyEntry("numerique", "avec_appui", "Se connecte, bloque sur les pièces jointes.")],
        obstacles=[ObstacleItem("mobilite", "mobilite.permis_en_cours", "Je passe le code en janvier.",
                                COUNSELLOR_TEXT, True, "besoin"),
                   ObstacleItem("contraintes_familiales", None, "", "", None, "non_explore")],
    )
    values.update(kw)
    return Diagnosis(**values)  # type: ignore[arg-type]


def test_a_complete_diagnosis_is_valid() -> None:
    assert validate_diagnosis(diagnosis()) == []
    assert validate_diagnosis(Diagnosis()) == []


def test_agreed_without_the_persons_view_asks_for_it() -> None:
    d = diagnosis()
    d.obstacles[0] = replace(d.obstacles[0], person_view="  ")
    [issue] = validate_diagnosis(d)
    assert (issue.field, issue.message, issue.severity) == ("obstacles[0].person_view", m.PERSON_VIEW_REQUIRED, "error")
    d.obstacles[0] = replace(d.obstacles[0], agreed=False)    # not agreed (or not asked): nothing to ask
    assert validate_diagnosis(d) == []


def test_diagnosis_codes_themes_and_duplicates_are_checked() -> None:
    d = diagnosis(project_state="peut-etre", obstacles=[
        ObstacleItem("mobilite", "logement.sans_hebergement", status="besoin"),
        ObstacleItem("mobilite", "mobilite.inconnue", status="besoin"),
        ObstacleItem("sante", None, status="grave"),
        ObstacleItem("sante", None, status="besoin"),
    ], autonomy=[AutonomyEntry("cuisine", "autonome")], realism=[Assessment("realiste", "peut-etre")])
    got = {(i.field, i.message) for i in validate_diagnosis(d)}
    assert got == {
        ("project_state", m.UNKNOWN_CODE), ("obstacles[0].situation", m.SITUATION_NOT_IN_THEME),
        ("obstacles[1].situation", m.UNKNOWN_CODE), ("obstacles[2].status", m.UNKNOWN_CODE),
        ("obstacles[3].situation", m.SITUATION_TWICE), ("autonomy[0]", m.UNKNOWN_CODE), ("realism[0]", m.UNKNOWN_CODE),
    }


def test_counsellor_only_parts_are_stored_apart_and_hidden_side_by_side() -> None:
    d = diagnosis()
    shared, counsellor = split(d)
    shared_text = json.dumps(shared, ensure_ascii=False)
    assert COUNSELLOR_TEXT not in shared_text and "Sens de l'organisation" not in shared_text
    assert counsellor == {"competences": ["Sens de l'organisation"],
                          "obstacle_views": {"mobilite.permis_en_cours": COUNSELLOR_TEXT}}
    assert join(shared, counsellor) == d                          # nothing lost on the way
    seen = shareable(d)
    assert seen.competences_counsellor == [] and all(o.counsellor_view == "" for o in seen.obstacles)
    assert seen.competences_person == d.competences_person and d.competences_counsellor  # the original is intact


def test_next_version_starts_from_a_copy_of_the_last() -> None:
    last = diagnosis()
    nxt = next_version(last)
    assert nxt == last and nxt is not last
    nxt.obstacles[0].status = "point_appui"
    nxt.competences_person.append("Rigueur")
    assert last.obstacles[0].status == "besoin" and "Rigueur" not in last.competences_person
    assert next_version(None) == Diagnosis()


def test_diff_lists_what_changed_field_by_field() -> None:
    first = diagnosis()
    assert diff(first, first) == []
    added = {c.path: c for c in diff(None, first)}
    assert all(c.kind == "added" for c in added.values())
    assert added["project_state"].after == "idee"
    assert added["obstacles[mobilite.permis_en_cours]"].after == "besoin"
    assert added["competences_counsellor"].counsellor_only

    second = next_version(first)
    second.project_state = "defini"
    second.obstacles[0].status = "point_appui"
    second.obstacles[0].person_view = "Code obtenu."
    second.obstacles[0].counsellor_view = "Conduite à suivre."
    second.obstacles.pop(1)
    second.obstacles.append(ObstacleItem("numerique", "numerique.absence_equipement", "Je n'ai que mon téléphone.",
                                         status="besoin"))
    second.competences_person.remove("Travail en équipe")
    second.competences_person.append("Rigueur")
    second.autonomy[0].level = "autonome"
    changes = {(c.path, c.before, c.after, c.kind, c.counsellor_only) for c in diff(first, second)}
    assert changes == {
        ("project_state", "idee", "defini", "changed", False),
        ("obstacles[mobilite.permis_en_cours].status", "besoin", "point_appui", "changed", False),
        ("obstacles[mobilite.permis_en_cours].person_view", "Je passe le code en janvier.", "Code obtenu.",
         "changed", False),
        ("obstacles[mobilite.permis_en_cours].counsellor_view", COUNSELLOR_TEXT, "Conduite à suivre.", "changed",
         True),
        ("obstacles[contraintes_familiales]", "non_explore", None, "removed", False),
        ("obstacles[numerique.absence_equipement]", None, "besoin", "added", False),
        ("competences_person", "Travail en équipe", None, "removed", False),
        ("competences_person", None, "Rigueur", "added", False),
        ("autonomy[numerique].level", "avec_appui", "autonome", "changed", False),
    }


# -- exploration ----------------------------------------------------------------------------------
def test_options_rules_and_rejected_ones_stay_last() -> None:
    options = [ExplorationOption("Auxiliaire de vie", REJECTED, reason="horaires coupés"),
               ExplorationOption("Aide-soignante", VALIDATED, "10891", "J1501", "Aider", "Expérience", "Recrute"),
               ExplorationOption("ASH en EHPAD")]
    assert validate_options(options) == []
    assert [o.label for o in display_order(options)] == ["Aide-soignante", "ASH en EHPAD", "Auxiliaire de vie"]
    bad = [ExplorationOption(" "), ExplorationOption("X", "barree"), ExplorationOption("Y", code_ogr="10891",
                                                                                         code_rome="K2111")]
    assert {(i.field, i.message) for i in validate_options(bad)} == {
        ("options[0].label", m.LABEL_REQUIRED), ("options[1].state", m.UNKNOWN_CODE),
        ("options[2].code_ogr", m.UNKNOWN_CODE)}


# -- plan ------------------------------------------------------------------------------------------
def test_the_persons_estimate_becomes_a_due_date() -> None:
    assert due_date_from_estimate(date(2026, 11, 23), 10, "jours") == date(2026, 12, 3)
    assert due_date_from_estimate(date(2026, 11, 23), 3, "semaines") == date(2026, 12, 14)
    assert due_date_from_estimate(date(2026, 11, 23), 2, "mois") == date(2027, 1, 23)
    assert due_date_from_estimate(date(2027, 1, 31), 1, "mois") == date(2027, 2, 28)


def small_plan() -> Plan:
    goal = Objective("choisir-un-metier--confirmer-son-choix-de-metier", "Vérifier que le métier me plaît")
    survey = PlanAction("Rencontrer une aide-soignante", "enquete_metier", "personne", goal.id, 3, "semaines",
                        date(2026, 12, 14))
    ptp = PlanAction("Dossier PTP", "dossier_financement", "partenaire", goal.id, 6, "semaines", date(2027, 1, 4),
                     "Transitions Pro Occitanie", plan_b="CPF si refus",
                     funding=[FundingFile("ptp", "Transitions Pro Occitanie", Decimal("7800.00"))])
    return Plan([goal], [survey, ptp], [Milestone(date(2027, 2, 1), "Réunion d'information IFAS", "rendez_vous")])


def test_each_dated_action_gets_one_jalon_that_follows_it() -> None:
    plan = with_action_milestones(small_plan())
    due = [ms for ms in plan.milestones if ms.kind == "echeance_action"]
    assert sorted((ms.on, ms.action_id) for ms in due) == sorted((a.due_date, a.id) for a in plan.actions)
    assert len(plan.milestones) == 3
    survey = plan.actions[0]
    again = with_action_milestones(plan)
    assert [ms.id for ms in again.milestones] == [ms.id for ms in plan.milestones]     # stable ids
    survey.due_date, survey.status = date(2026, 12, 21), "realisee"
    moved = with_action_milestones(plan)
    jalon = next(ms for ms in moved.milestones if ms.action_id == survey.id)
    assert (jalon.on, jalon.done) == (date(2026, 12, 21), True)
    survey.due_date = None
    assert all(ms.action_id != survey.id for ms in with_action_milestones(plan).milestones)


def test_plan_rules() -> None:
    plan = with_action_milestones(small_plan())
    assert validate_plan(plan, TODAY) == []
    broken = with_action_milestones(small_plan())
    broken.milestones.append(Milestone(None, "Entrée en formation", "entree_formation"))
    broken.actions[1].partner = ""
    broken.actions[1].funding[0] = replace(broken.actions[1].funding[0], decision="refuse",
                                           submitted_on=date(2026, 11, 2), decided_on=date(2026, 10, 1),
                                           quote_amount=Decimal("-5"))
    broken.actions[0].estimate_value = 0
    broken.actions[0].objective_id = "nope"
    got = {(i.field, i.message) for i in validate_plan(broken, TODAY)}
    assert got == {
        ("milestones[3].on", m.MILESTONE_DATE_REQUIRED), ("actions[1].partner", m.ACTION_PARTNER_REQUIRED),
        ("actions[1].funding[0].refusal_reason", m.REFUSAL_REASON_REQUIRED),
        ("actions[1].funding[0].decided_on", m.DECISION_BEFORE_SUBMISSION),
        ("actions[1].funding[0].quote_amount", m.AMOUNT_INVALID),
        ("actions[0].estimate_value", m.ESTIMATE_INVALID), ("actions[0].objective_id", m.OBJECTIVE_UNKNOWN),
    }


def test_a_due_date_before_today_asks_for_confirmation_once() -> None:
    plan = small_plan()
    plan.actions[0].due_date = date(2026, 11, 20)
    [issue] = validate_plan(plan, TODAY)
    assert issue.field == "actions[0].due_date" and issue.severity == Severity.CONFIRM and issue.needs_confirmation
    assert issue.render() == "This action is due on 2026-11-20, before today. Confirm this date, or choose a later one."
    assert validate_plan(plan, TODAY, previous=plan) == []             # already agreed in an earlier session
    done = replace(plan, actions=[replace(plan.actions[0], status="realisee"), plan.actions[1]])
    assert validate_plan(done, TODAY) == []                           # a finished action is not asked about


def test_confirmations_and_errors_are_distinct() -> None:
    error, confirm = Issue("a", "x"), Issue("b", "y", severity=Severity.CONFIRM)
    assert error.severity == "error" and not error.needs_confirmation      # positional callers unchanged
    with pytest.raises(ValidationFailed) as info:
        raise_if_blocking([error, confirm], confirmed=True)
    assert not isinstance(info.value, ConfirmationNeeded)
    with pytest.raises(ConfirmationNeeded):
        raise_if_blocking([confirm])
    raise_if_blocking([confirm], confirmed=True)
    raise_if_blocking([])


def test_marking_and_history_of_the_plan() -> None:
    before = with_action_milestones(small_plan())
    survey, ptp = before.actions
    after = mark(before, {survey.id: "realisee", ptp.id: "en_cours"})
    assert [a.status for a in before.actions] == ["en_projet", "en_projet"]    # the original is untouched
    assert next(ms for ms in after.milestones if ms.action_id == survey.id).done
    after.actions[1].funding[0].submitted_on = date(2026, 11, 23)
    after.milestones = [ms for ms in after.milestones if ms.kind != "rendez_vous"]
    changes = {(c.entity, c.entity_id, c.change): c.fields_dict() for c in history(before, after)}
    assert changes[("plan_action", survey.id, "updated")] == {"status": ["en_projet", "realisee"]}
    assert changes[("plan_action", ptp.id, "updated")] == {"status": ["en_projet", "en_cours"]}
    funding_id = ptp.funding[0].id
    assert changes[("funding_file", funding_id, "updated")] == {"submitted_on": [None, "2026-11-23"]}
    removed = next(k for k in changes if k[2] == "removed")
    assert removed[0] == "milestone" and changes[removed]["label"] == ["Réunion d'information IFAS", None]
    assert len(changes) == 4                        # the due-date jalons follow their actions silently
    created = {(c.entity, c.change) for c in history(None, before)}
    assert created == {("plan_objective", "created"), ("plan_action", "created"), ("funding_file", "created"),
                       ("milestone", "created")}
    assert history(before, before) == []


# -- conclusion --------------------------------------------------------------------------------------
def test_the_conclusion_is_composed_from_what_moved_in_this_session() -> None:
    before_plan = small_plan()
    survey, ptp = before_plan.actions
    options_before = [ExplorationOption("Aide-soignante", id="o1"), ExplorationOption("Auxiliaire de vie", id="o2"),
                      ExplorationOption("Vendeuse", REJECTED, id="o3")]
    options_after = [replace(options_before[0], state=VALIDATED),
                     replace(options_before[1], state=REJECTED, reason="horaires coupés"), options_before[2]]
    new = PlanAction("S'inscrire aux tests de l'IFAS", "contacter_organisme", "personne_conseiller",
                     due_date=date(2026, 12, 18))
    after_actions = [replace(survey, status="realisee"), ptp, new]
    outcome = outcome_of(TODAY, options_before, options_after, before_plan.actions, after_actions,
                         datetime(2026, 12, 8, 14, 0))
    assert [o.id for o in outcome.validated] == ["o1"] and [o.id for o in outcome.rejected] == ["o2"]
    assert [a.label for a in outcome.done] == [survey.label] and [a.label for a in outcome.agreed] == [new.label]
    text = compose(outcome)
    assert text.splitlines() == [
        "Entretien du lundi 23 novembre 2026.",
        "Ce qui a été fait depuis la dernière fois : Rencontrer une aide-soignante.",
        "Pistes retenues ensemble : Aide-soignante.",
        "Pistes écartées : Auxiliaire de vie (horaires coupés).",
        "Ce que nous avons convenu :",
        "- Ensemble : S'inscrire aux tests de l'IFAS, d'ici le 18 décembre 2026.",
        "Prochain rendez-vous : mardi 8 décembre 2026 à 14 h 00.",
    ]
    outcome.agreed = [ptp]
    assert "- Transitions Pro Occitanie : Dossier PTP, d'ici le 4 janvier 2027 (si besoin : CPF si refus)." in compose(
        outcome)
    english = compose(outcome, "en_GB")
    assert english.startswith("Session of Monday 23 November 2026.")
    assert "Next appointment: Tuesday 8 December 2026 at 14:00." in english


def test_follow_up_sentences_and_rules() -> None:
    base = outcome_of(TODAY, [], [], [], [])
    assert compose(replace(base, follow_up=FollowUp(come_back=False))).endswith(
        "Pas de nouveau rendez-vous prévu : vous pouvez revenir vers nous quand vous le souhaitez.")
    assert compose(replace(base, follow_up=FollowUp(True, date(2027, 3, 1), "le retour du financeur"))).endswith(
        "Vous reviendrez vers nous vers le 1 mars 2027 pour le retour du financeur.")
    start = datetime(2026, 11, 23, 9, 30)
    assert validate_conclusion(ConclusionDraft("ok", datetime(2026, 12, 8, 14)), start) == []
    got = {(i.field, i.message) for i in validate_conclusion(
        ConclusionDraft("x", datetime(2026, 11, 23, 9, 0), FollowUp(True, date(2026, 11, 1))), start)}
    assert got == {("next_appointment", m.NEXT_APPOINTMENT_BEFORE_SESSION),
                   ("follow_up.when", m.NEXT_APPOINTMENT_BEFORE_SESSION)}
    [issue] = validate_conclusion(ConclusionDraft("x", None, FollowUp(True)), start)
    assert issue.message == m.FOLLOW_UP_WHEN_REQUIRED


# -- contacts and time ------------------------------------------------------------------------------
def test_contact_log_rules_and_default_durations() -> None:
    call = ContactLogDraft("appel", datetime(2026, 11, 20, 16, 0))
    assert validate_contact_log(call, TODAY) == [] and call.minutes == 10
    assert ContactLogDraft("sms", datetime(2026, 11, 20)).minutes == 2
    bad = ContactLogDraft("pigeon", datetime(2026, 11, 30), duration_min=0)
    assert {(i.field, i.message) for i in validate_contact_log(bad, TODAY)} == {
        ("kind", m.UNKNOWN_CODE), ("at", m.DATE_IN_FUTURE), ("duration_min", m.CONTACT_DURATION_INVALID)}


def test_time_per_iso_week() -> None:
    rows = time_per_week([
        ("a", datetime(2026, 11, 23, 9), 60, SESSION),      # Monday, week 48
        ("a", datetime(2026, 11, 29, 18), 10, CONTACT),     # Sunday, still week 48
        ("a", datetime(2026, 11, 30, 9), 5, CONTACT),       # Monday, week 49
        ("b", datetime(2026, 11, 24, 9), 45, SESSION),
        ("a", datetime(2027, 1, 1, 10), 15, CONTACT),       # Friday 1 January 2027: ISO week 53 of 2026
    ])
    assert [(r.beneficiary_id, r.week, r.session_min, r.contact_min, r.total_min, r.sessions, r.contacts)
            for r in rows] == [
        ("a", "2026-W48", 60, 10, 70, 1, 1), ("b", "2026-W48", 45, 0, 45, 1, 0),
        ("a", "2026-W49", 0, 5, 5, 0, 1), ("a", "2026-W53", 0, 15, 15, 0, 1)]


def test_a_guided_session_survives_the_draft_round_trip() -> None:
    record = SessionRecord(
        interview=InterviewDraft(starts_at=datetime(2026, 11, 23, 9, 30), notes_private="privé"),
        diagnosis=diagnosis(), options=[ExplorationOption("Aide-soignante", VALIDATED)],
        plan=with_action_milestones(small_plan()),
        conclusion=ConclusionDraft("Texte", datetime(2026, 12, 8, 14), FollowUp(True, date(2026, 12, 8), "suite")),
    )
    payload = to_payload(record)
    assert json.loads(json.dumps(payload)) == payload                  # plain JSON
    assert from_payload(payload) == record
    assert from_payload(to_payload(SessionRecord(InterviewDraft(starts_at=datetime(2026, 11, 23, 9))))) == \
        SessionRecord(InterviewDraft(starts_at=datetime(2026, 11, 23, 9)))
