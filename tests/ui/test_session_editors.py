"""The diagnosis, exploration and plan steps of the guided session, and the history view:
load → edit → write_into gives the right part of the SessionRecord; undo / redo; a rejected
option crossed out; side-by-side hides counsellor-only content; the person's estimate becomes
a dated jalon; a jalon without a date is refused; 60 actions; two diagnosis versions compared."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTextBrowser,
    QWidget,
)

from cep_desk.domain import messages as m
from cep_desk.domain.accompaniment import AccompanimentDraft
from cep_desk.domain.beneficiary import BeneficiaryDraft, TargetJobEntry
from cep_desk.domain.codelists import referentials
from cep_desk.domain.diagnosis import AutonomyEntry, Diagnosis, ObstacleItem
from cep_desk.domain.exploration import PROPOSED, REJECTED, VALIDATED, ExplorationOption
from cep_desk.domain.guided_session import SessionRecord
from cep_desk.domain.interview import InterviewDraft
from cep_desk.domain.jobs import job_index
from cep_desk.domain.messages import Issue
from cep_desk.domain.plan import ACTION_DUE, REFUSED, Objective, Plan, PlanAction
from cep_desk.ui.language import current_language
from cep_desk.ui.session.diagnosis_step import DiagnosisStep
from cep_desk.ui.session.editor_kit import long_date
from cep_desk.ui.session.exploration_step import ExploreStep
from cep_desk.ui.session.history_view import HistoryView
from cep_desk.ui.session.plan_step import PlanStep

COUNSELLOR_VIEW = "Code déjà échoué une fois (conseiller-9b1)"
COUNSELLOR_COMPETENCE = "Sens de l'organisation (conseiller-4c7)"
FIRST = datetime(2026, 11, 2, 9, 30)
NOW = datetime(2026, 11, 23, 10, 0)


def text_of(message: str, **params: str) -> str:
    return Issue("x", message, params).render(QCoreApplication.translate)


def label(listname: str, code: str) -> str:
    return referentials()[listname].label(code, current_language())


def first_diagnosis() -> Diagnosis:
    return Diagnosis(
        request_words="Je n'en peux plus de la caisse.", need="Sécuriser une reconversion.",
        request_matches_need="en_partie", project_state="idee", project="Devenir aide-soignante",
        competences_person=["Accueil du public"], competences_counsellor=[COUNSELLOR_COMPETENCE],
        autonomy=[AutonomyEntry("numerique", "avec_appui", "Bloque sur les pièces jointes.")],
        obstacles=[ObstacleItem("mobilite", "mobilite.permis_en_cours", "Je passe le code en janvier.",
                                COUNSELLOR_VIEW, True, "besoin")])


@pytest.fixture
def person(services) -> str:  # type: ignore[no-untyped-def]
    """Nadia, after a first session: a diagnosis, two options, a plan with one action."""
    bid = services.beneficiaries.create(
        BeneficiaryDraft(last_name="Vidal", first_name="Nadia",
                         target_jobs=[TargetJobEntry("10891", "Aide-soignant / Aide-soignante", "J1501")]),
        AccompanimentDraft(level="N2", reasons=["projet.reconversion"], first_request_date=date(2026, 10, 28),
                           first_appointment_date=date(2026, 11, 2)))
    acc = services.accompaniments.for_beneficiary(bid)[0].id
    goal = Objective("choisir-un-metier--confirmer-son-choix-de-metier", "Vérifier que le métier me plaît")
    survey = PlanAction("Rencontrer une aide-soignante", "enquete_metier", "personne", goal.id, 2, "mois",
                        date(2027, 1, 2))
    services.sessions.record(bid, acc, SessionRecord(
        InterviewDraft(starts_at=FIRST, level="N2"), first_diagnosis(),
        [ExplorationOption("Aide-soignante"), ExplorationOption("Auxiliaire de puériculture")],
        None, Plan([goal], [survey])))
    return bid


def record() -> SessionRecord:
    return SessionRecord(InterviewDraft(starts_at=NOW, level="N2"))


def loaded(qtbot, step: QWidget, services, bid: str, rec: SessionRecord | None = None):  # type: ignore[no-untyped-def]
    qtbot.addWidget(step)
    step.resize(1100, 680)
    step.load(services.sessions.prepare(bid), rec or record())
    step.show()
    return step


def unnamed(root: QWidget) -> list[str]:
    """Interactive widgets a screen reader could not name (Qt's own inner editors aside)."""
    return [f"{type(w).__name__}: {getattr(w, 'text', lambda: '')()}" for w in root.findChildren(QWidget)
            if isinstance(w, QLineEdit | QComboBox | QAbstractButton | QPlainTextEdit | QTableWidget | QListWidget)
            and w.isVisibleTo(root) and not w.accessibleName() and not w.objectName().startswith("qt_")]


def test_every_interactive_widget_has_an_accessible_name(qtbot, services, person) -> None:  # type: ignore[no-untyped-def]
    steps = [loaded(qtbot, cls(services), services, person) for cls in (DiagnosisStep, ExploreStep, PlanStep)]
    steps[2].select_action(0)
    steps[2].action_editor.add_funding()
    for step in steps:
        assert unnamed(step) == [], step.key


def visible_texts(root: QWidget) -> list[str]:
    """Every text a person looking at the screen could read."""
    out: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) and w is not root:
            continue
        if isinstance(w, QLineEdit):
            out += [w.text(), w.placeholderText()]
        elif isinstance(w, QPlainTextEdit):
            out.append(w.toPlainText())
        elif isinstance(w, QTextBrowser):
            out.append(w.toPlainText())
        elif isinstance(w, QLabel | QAbstractButton):
            out.append(w.text())
        elif isinstance(w, QComboBox):
            out.append(w.currentText())
    return out


# -- diagnosis ---------------------------------------------------------------------------------------
def test_diagnosis_starts_from_the_last_version_and_writes_the_edits(qtbot, services, person) -> None:  # type: ignore[no-untyped-def]
    step = loaded(qtbot, DiagnosisStep(services), services, person)
    assert step.request_edit.text() == "Je n'en peux plus de la caisse."
    assert step.project_state_combo.code() == "idee"
    assert [r.value().person_view for r in step.obstacle_rows] == ["Je passe le code en janvier."]
    assert step.competences_counsellor_edit.lines() == [COUNSELLOR_COMPETENCE]

    edits: list[int] = []
    step.edited.connect(lambda: edits.append(1))
    step.project_state_combo.set_code("defini")
    step.competences_person_edit.set_lines(["Accueil du public", "Travail de nuit"])
    step.autonomy_levels["francais"].set_code("autonome")
    step.autonomy_evidence["francais"].setText("Lit les courriers seule.")
    step.maturity_combos["rencontre_professionnels"].set_code("oui")
    step.realism_comments["realiste"].setText("Le métier recrute.")
    row = step.add_obstacle("sante", None)
    assert row is not None and edits
    row.person_view_edit.setText("Mal au dos le soir.")
    row.status_combo.set_code("besoin")

    rec = record()
    step.write_into(rec)
    d = rec.diagnosis
    assert d is not None and d.project_state == "defini"
    assert d.competences_person == ["Accueil du public", "Travail de nuit"]
    assert d.competences_counsellor == [COUNSELLOR_COMPETENCE]
    assert AutonomyEntry("francais", "autonome", "Lit les courriers seule.") in d.autonomy
    assert [(a.code, a.value) for a in d.maturity] == [("rencontre_professionnels", "oui")]
    assert [(a.code, a.comment) for a in d.realism] == [("realiste", "Le métier recrute.")]
    assert d.obstacles[-1] == ObstacleItem("sante", None, "Mal au dos le soir.", "", None, "besoin")
    assert step.issues() == []
    # "what changed since last session" says it in words
    step._refresh_changes()
    changes = step.changes_label.text()
    assert label("project_state", "idee") in changes and label("project_state", "defini") in changes
    assert "Travail de nuit" in changes


def test_diagnosis_the_same_situation_twice_is_refused(qtbot, services, person) -> None:  # type: ignore[no-untyped-def]
    step = loaded(qtbot, DiagnosisStep(services), services, person)
    assert step.add_obstacle("mobilite", "mobilite.permis_en_cours") is None
    assert step.add_error_label.isVisibleTo(step)
    assert step.add_error_label.text() == text_of(m.SITUATION_TWICE)
    assert len(step.obstacle_rows) == 1


def test_diagnosis_agreed_without_the_persons_view_asks_for_it(qtbot, services, person) -> None:  # type: ignore[no-untyped-def]
    step = loaded(qtbot, DiagnosisStep(services), services, person)
    row = step.add_obstacle("logement", "logement.hebergement_temporaire"
                            if "logement.hebergement_temporaire" in referentials()["obstacle_situation"] else None)
    assert row is not None
    row.set_agreed(True)
    assert row.error_label.isVisibleTo(step)
    assert row.error_label.text() == text_of(m.PERSON_VIEW_REQUIRED)
    assert [i.field for i in step.issues()] == ["obstacles[1].person_view"]
    row.person_view_edit.setText("Je suis hébergée chez ma sœur.")
    assert not row.error_label.isVisibleTo(step)
    assert step.issues() == []


def test_diagnosis_undo_and_redo(qtbot, services, person) -> None:  # type: ignore[no-untyped-def]
    step = loaded(qtbot, DiagnosisStep(services), services, person)
    step.add_obstacle("sante", None)
    step.obstacle_rows[0].status_combo.set_code("point_appui")
    assert [r.value().status for r in step.obstacle_rows] == ["point_appui", "non_explore"]
    step.undo_stack.undo()
    assert [r.value().status for r in step.obstacle_rows] == ["besoin", "non_explore"]
    step.undo_stack.undo()
    assert [r.theme for r in step.obstacle_rows] == ["mobilite"]
    step.undo_stack.redo()
    step.undo_stack.redo()
    assert [(r.theme, r.value().status) for r in step.obstacle_rows] == [("mobilite", "point_appui"),
                                                                         ("sante", "non_explore")]
    step.remove_obstacle(step.obstacle_rows[0])
    assert [r.theme for r in step.obstacle_rows] == ["sante"]
    step.undo_stack.undo()
    assert [r.theme for r in step.obstacle_rows] == ["mobilite", "sante"]
    assert step.obstacle_rows[0].value().counsellor_view == COUNSELLOR_VIEW


def test_diagnosis_side_by_side_shows_nothing_counsellor_only(qtbot, services, person) -> None:  # type: ignore[no-untyped-def]
    step = loaded(qtbot, DiagnosisStep(services), services, person)
    step.competences_counsellor_edit.set_lines([COUNSELLOR_COMPETENCE, "Autre remarque (conseiller-4c7)"])
    before = step.font().pointSizeF()
    step.set_side_by_side(True)
    assert step.font().pointSizeF() > before
    assert not step.counsellor_box.isVisibleTo(step)
    assert all(not r.counsellor_view_edit.isVisibleTo(step) for r in step.obstacle_rows)
    texts = "\n".join(visible_texts(step))
    assert "conseiller-" not in texts and COUNSELLOR_VIEW not in texts
    assert "Je passe le code en janvier." in texts
    row = step.add_obstacle("sante", None)      # a row added side by side: large type, no counsellor view
    assert row is not None and row.person_view_edit.font().pointSizeF() > before
    assert not row.counsellor_view_edit.isVisibleTo(step)
    step.set_side_by_side(False)
    assert step.obstacle_rows[-1].person_view_edit.font().pointSizeF() == pytest.approx(before)
    assert step.counsellor_box.isVisibleTo(step)
    assert step.obstacle_rows[0].counsellor_view_edit.isVisibleTo(step)


# -- exploration -----------------------------------------------------------------------------------------
def test_explore_options_validated_rejected_and_crossed_out(qtbot, services, person) -> None:  # type: ignore[no-untyped-def]
    step = loaded(qtbot, ExploreStep(services), services, person)
    assert [r.option.label for r in step.option_rows] == ["Aide-soignante", "Auxiliaire de puériculture"]
    assert [step.target_jobs_list.item(i).text() for i in range(step.target_jobs_list.count())] == [
        "Aide-soignant / Aide-soignante (J1501)"]
    # Nothing changed: the person's target jobs stay as they are.
    rec = record()
    step.write_into(rec)
    assert rec.target_jobs is None

    aide = step.option_rows[0]
    aide.want_edit.set_text("Un métier utile")
    step.validate_option(aide)
    step.reject_option(step.option_rows[1])
    aux = step.option_rows[1]
    assert aux.is_struck() and aux.isVisibleTo(step) and aux.state_label.text() == label("option_state", REJECTED)
    assert not step.option_rows[0].is_struck()
    aux.reason_edit.setText("horaires coupés")
    assert not aux.remove_button.isVisibleTo(step)        # a stored option is never deleted

    ash = job_index().search("agent de service hospitalier")[0]
    new = step.add_option("Agent de service hospitalier", ash)
    assert new is not None and new.remove_button.isVisibleTo(step)
    step.add_target_job(ash)
    assert step.add_option("   ") is None and step.option_error_label.isVisibleTo(step)

    rec = record()
    step.write_into(rec)
    assert [(o.label, o.state) for o in rec.options] == [
        ("Aide-soignante", VALIDATED), ("Auxiliaire de puériculture", REJECTED),
        ("Agent de service hospitalier", PROPOSED)]
    assert rec.options[0].want == "Un métier utile" and rec.options[1].reason == "horaires coupés"
    assert rec.options[2].code_ogr == ash.code_ogr and rec.options[2].code_rome == ash.code_rome
    assert rec.target_jobs is not None and [j.code_ogr for j in rec.target_jobs] == ["10891", ash.code_ogr]
    assert step.issues() == []

    # undo: the job, the new option, the reason typed, the rejection, the validation
    step.undo_stack.undo()
    step.undo_stack.undo()
    assert len(step.option_rows) == 2 and step.target_jobs_list.count() == 1
    step.undo_stack.undo()
    assert step.option_rows[1].reason_edit.text() == "" and step.option_rows[1].is_struck()
    step.undo_stack.undo()
    assert step.option_rows[1].option.state == PROPOSED and not step.option_rows[1].is_struck()
    step.undo_stack.redo()
    assert step.option_rows[1].is_struck()
    step.reopen_option(step.option_rows[1])
    assert step.option_rows[1].option.state == PROPOSED


def test_explore_side_by_side_keeps_the_crossed_out_option_in_large_type(qtbot, services, person) -> None:  # type: ignore[no-untyped-def]
    step = loaded(qtbot, ExploreStep(services), services, person)
    step.reject_option(step.option_rows[1])
    before = step.option_rows[1].label_edit.font().pointSizeF()
    step.set_side_by_side(True)
    row = step.option_rows[1]
    assert row.label_edit.font().pointSizeF() > before and row.is_struck()


# -- plan ------------------------------------------------------------------------------------------------
def test_plan_estimate_becomes_a_dated_jalon(qtbot, services, person) -> None:  # type: ignore[no-untyped-def]
    step = loaded(qtbot, PlanStep(services), services, person)
    assert step.actions_table.rowCount() == 1
    step.quick_label_edit.setText("Appeler l'IFAS de Rodez")
    step.quick_type_combo.set_code("contacter_organisme")
    step.quick_who_combo.set_code("personne_conseiller")
    step.quick_estimate.value_spin.setValue(3)
    step.quick_estimate.unit_combo.set_code("semaines")
    due = date(2026, 12, 14)                 # 23 November + 3 weeks
    assert step.quick_estimate.due_date() == due
    assert long_date(due) in step.quick_estimate.words_label.text()
    assert "3" in step.quick_estimate.words_label.text()
    qtbot.keyClick(step.quick_label_edit, "\r")
    assert step.actions_table.rowCount() == 2 and step.quick_label_edit.text() == ""

    rec = record()
    step.write_into(rec)
    assert rec.plan is not None
    action = rec.plan.actions[-1]
    assert (action.label, action.type, action.who, action.estimate_value, action.estimate_unit, action.due_date) == (
        "Appeler l'IFAS de Rodez", "contacter_organisme", "personne_conseiller", 3, "semaines", due)
    jalon = next(ms for ms in rec.plan.milestones if ms.action_id == action.id)
    assert (jalon.on, jalon.kind, jalon.label) == (due, ACTION_DUE, "Appeler l'IFAS de Rodez")
    # the editor shows the same date in words, and moving the estimate moves the date
    step.select_action(1)
    editor = step.action_editor
    assert editor.action is not None and editor.action.id == action.id
    assert long_date(due) in editor.due_words_label.text()
    editor.estimate.value_spin.setValue(1)
    editor.estimate.unit_combo.set_code("mois")
    assert editor.due_edit.date() == date(2026, 12, 23)
    assert step.plan().actions[-1].due_date == date(2026, 12, 23)


def test_plan_jalon_without_date_is_refused(qtbot, services, person) -> None:  # type: ignore[no-untyped-def]
    step = loaded(qtbot, PlanStep(services), services, person)
    rows = step.jalons_table.rowCount()
    step.jalon_label_edit.setText("Réunion d'information IFAS")
    step.add_jalon_button.click()
    assert step.jalon_error_label.isVisibleTo(step)
    assert text_of(m.MILESTONE_DATE_REQUIRED) in step.jalon_error_label.text()
    assert step.jalons_table.rowCount() == rows and step.jalon_label_edit.text() == "Réunion d'information IFAS"
    step.jalon_date_edit.set_date(date(2026, 12, 8))
    step.add_jalon_button.click()
    assert not step.jalon_error_label.isVisibleTo(step)
    assert step.jalons_table.rowCount() == rows + 1
    rec = record()
    step.write_into(rec)
    assert rec.plan is not None
    assert any(ms.on == date(2026, 12, 8) and ms.label == "Réunion d'information IFAS" for ms in rec.plan.milestones)


def test_plan_editor_funding_file_and_partner(qtbot, services, person) -> None:  # type: ignore[no-untyped-def]
    step = loaded(qtbot, PlanStep(services), services, person)
    action = step.add_action("Monter le dossier PTP", "dossier_financement", "partenaire")
    assert action is not None
    editor = step.action_editor
    assert editor.action is action
    step.refresh_issues()
    assert editor.errors.message("partner") == text_of(m.ACTION_PARTNER_REQUIRED)
    editor.partner_edit.setText("Transitions Pro Occitanie")
    funding = editor.add_funding()
    assert funding is not None
    funding.lever_combo.set_code("ptp")
    funding.funder_edit.setText("Transitions Pro Occitanie")
    funding.quote_edit.setText("7 800,50")
    funding.submitted_edit.set_date(date(2026, 12, 1))
    funding.decision_combo.set_code(REFUSED)
    assert funding.refusal_edit.isVisibleTo(editor)
    step.refresh_issues()
    assert funding.errors.message("refusal_reason") == text_of(m.REFUSAL_REASON_REQUIRED)
    funding.refusal_edit.setText("Dossier incomplet")
    funding.quote_edit.setText("douze")
    assert funding.errors.message("quote_amount") == text_of(m.AMOUNT_INVALID)
    funding.quote_edit.setText("7 800,50")
    step.refresh_issues()
    assert funding.errors.fields_in_error() == [] and editor.errors.fields_in_error() == []
    rec = record()
    step.write_into(rec)
    assert rec.plan is not None
    f = rec.plan.actions[-1].funding[0]
    assert (f.lever, f.funder, f.quote_amount, f.submitted_on, f.decision, f.refusal_reason) == (
        "ptp", "Transitions Pro Occitanie", Decimal("7800.50"), date(2026, 12, 1), REFUSED, "Dossier incomplet")
    assert rec.plan.actions[-1].partner == "Transitions Pro Occitanie"
    # the whole session saves
    saved = services.sessions.record(person, services.accompaniments.for_beneficiary(person)[0].id, rec,
                                     confirmed=True)
    assert saved.plan_changes > 0
    assert services.plans.get(person).actions[-1].funding[0].refusal_reason == "Dossier incomplet"


def test_plan_undo_redo_add_move_remove_status(qtbot, services, person) -> None:  # type: ignore[no-untyped-def]
    step = loaded(qtbot, PlanStep(services), services, person)

    def labels() -> list[str]:
        return [a.label for a in step.plan().actions]

    step.add_action("B")
    step.add_action("C")
    step.move_action(2, -1)
    assert labels() == ["Rencontrer une aide-soignante", "C", "B"]
    step.select_action(0)
    step.action_editor.status_combo.set_code("realisee")
    assert step.plan().actions[0].status == "realisee"
    step.remove_action(1)
    assert labels() == ["Rencontrer une aide-soignante", "B"]
    step.undo_stack.undo()
    assert labels() == ["Rencontrer une aide-soignante", "C", "B"]
    step.undo_stack.undo()
    assert step.plan().actions[0].status == "en_projet"
    step.undo_stack.undo()
    assert labels() == ["Rencontrer une aide-soignante", "B", "C"]
    step.undo_stack.redo()
    step.undo_stack.redo()
    assert labels() == ["Rencontrer une aide-soignante", "C", "B"] and step.plan().actions[0].status == "realisee"
    assert step.actions_table.item(0, 2).text() == label("action_status", "realisee")


def test_plan_sixty_actions(qtbot, services, person) -> None:  # type: ignore[no-untyped-def]
    goal = Objective("se-former--trouver-sa-formation", "Trouver la formation")
    actions = [PlanAction(f"Action {i:02d}", "recherche_information", "personne", goal.id, i % 10 + 1, "semaines",
                          date(2027, 1, 4 + i % 20)) for i in range(60)]
    rec = replace(record(), plan=Plan([goal], actions))
    step = loaded(qtbot, PlanStep(services), services, person, rec)
    assert step.actions_table.rowCount() == 60
    assert step.jalons_table.rowCount() == 60
    step.select_action(59)
    assert step.action_editor.label_edit.text() == "Action 59"
    step.action_editor.label_edit.setText("Action 59 revue")
    assert step.actions_table.item(59, 0).text() == "Action 59 revue"
    out = record()
    step.write_into(out)
    assert out.plan is not None and len(out.plan.actions) == 60 and len(out.plan.milestones) == 60
    assert out.plan.actions[59].label == "Action 59 revue"


def test_plan_untouched_writes_nothing(qtbot, services, person) -> None:  # type: ignore[no-untyped-def]
    step = loaded(qtbot, PlanStep(services), services, person)
    rec = record()
    step.write_into(rec)
    assert rec.plan is None


# -- history ----------------------------------------------------------------------------------------------
def test_history_shows_two_versions_and_what_changed(qtbot, services, person) -> None:  # type: ignore[no-untyped-def]
    diagnosis = DiagnosisStep(services)
    plan = PlanStep(services)
    for step in (diagnosis, plan):
        loaded(qtbot, step, services, person)
    diagnosis.project_state_combo.set_code("defini")
    diagnosis.obstacle_rows[0].status_combo.set_code("point_appui")
    diagnosis.competences_counsellor_edit.set_lines([COUNSELLOR_COMPETENCE, "Patience (conseiller-4c7)"])
    plan.select_action(0)
    plan.action_editor.status_combo.set_code("realisee")
    rec = record()
    diagnosis.write_into(rec)
    plan.write_into(rec)
    services.sessions.record(person, services.accompaniments.for_beneficiary(person)[0].id, rec)

    view = HistoryView(services)
    qtbot.addWidget(view)
    view.resize(1100, 680)
    view.load(person)
    view.show()
    assert len(view.versions) == 2
    assert view.left_combo.currentData() == 0 and view.right_combo.currentData() == 1
    changes = view.changes_view.toPlainText()
    assert label("project_state", "idee") in changes and label("project_state", "defini") in changes
    assert label("diagnosis_item_status", "point_appui") in changes
    assert "Patience (conseiller-4c7)" in changes
    assert label("project_state", "idee") in view.left_view.toPlainText()
    assert label("project_state", "defini") in view.right_view.toPlainText()
    plan_text = view.plan_view.toPlainText()
    assert "Rencontrer une aide-soignante" in plan_text and label("action_status", "realisee") in plan_text
    assert "objective_id" not in plan_text and "realisee" not in plan_text   # words, not field names or codes

    view.set_side_by_side(True)
    texts = "\n".join(visible_texts(view))
    assert "conseiller-" not in texts and COUNSELLOR_VIEW not in texts
    assert label("project_state", "defini") in texts


def test_plan_quick_entry_keyboard(qtbot, services, person) -> None:  # type: ignore[no-untyped-def]
    step = loaded(qtbot, PlanStep(services), services, person)
    # Tab goes label → type → who → estimate, and Enter in any of them adds the action.
    assert step.quick_label_edit.nextInFocusChain() is step.quick_type_combo
    assert step.quick_type_combo.nextInFocusChain() is step.quick_who_combo
    assert step.quick_who_combo.nextInFocusChain() is step.quick_estimate.value_spin
    step.quick_label_edit.setText("Préparer les questions pour l'enquête")
    step.quick_estimate.value_spin.setValue(10)
    step.quick_estimate.unit_combo.set_code("jours")
    qtbot.keyClick(step.quick_estimate.value_spin, "\r")
    assert [a.label for a in step.plan().actions][-1] == "Préparer les questions pour l'enquête"
    assert step.plan().actions[-1].due_date == date(2026, 12, 3)
    # Enter on an empty line says what to do and adds nothing.
    qtbot.keyClick(step.quick_label_edit, "\r")
    assert step.quick_error_label.isVisibleTo(step) and len(step.plan().actions) == 2


def test_steps_start_from_the_draft_when_there_is_one(qtbot, services, person) -> None:  # type: ignore[no-untyped-def]
    draft = replace(record(), diagnosis=replace(first_diagnosis(), project_state="defini", project="Aide-soignante"),
                    options=[ExplorationOption("Brancardier")], target_jobs=[])
    diagnosis = loaded(qtbot, DiagnosisStep(services), services, person, draft)
    explore = loaded(qtbot, ExploreStep(services), services, person, draft)
    assert diagnosis.project_state_combo.code() == "defini"
    assert [r.option.label for r in explore.option_rows] == ["Aide-soignante", "Auxiliaire de puériculture",
                                                              "Brancardier"]
    assert explore.target_jobs_list.count() == 0
    rec = record()
    explore.write_into(rec)
    assert rec.target_jobs == []


def test_diagnosis_untouched_writes_nothing(qtbot, services, person) -> None:  # type: ignore[no-untyped-def]
    step = loaded(qtbot, DiagnosisStep(services), services, person)
    rec = record()
    step.write_into(rec)
    assert rec.diagnosis is None
    step.need_edit.set_text("Sécuriser une reconversion, sans perdre en salaire.")
    step.write_into(rec)
    assert rec.diagnosis is not None and rec.diagnosis.need.endswith("salaire.")


def test_a_refused_save_shows_each_problem_in_its_step(qtbot, services, person) -> None:  # type: ignore[no-untyped-def]
    from cep_desk.domain.messages import ValidationFailed

    explore = loaded(qtbot, ExploreStep(services), services, person)
    plan = loaded(qtbot, PlanStep(services), services, person)
    explore.option_rows[1].label_edit.setText("   ")
    plan.add_action("Appeler un partenaire", "contacter_organisme", "partenaire")
    plan.select_action(0)
    rec = record()
    explore.write_into(rec)
    plan.write_into(rec)
    with pytest.raises(ValidationFailed) as refused:
        services.sessions.record(person, services.accompaniments.for_beneficiary(person)[0].id, rec)
    for step in (explore, plan):
        step.show_issues(refused.value.issues)
    assert explore.option_rows[1].error_label.text() == text_of(m.LABEL_REQUIRED)
    assert plan.action_editor.action is not None and plan.action_editor.action.label == "Appeler un partenaire"
    assert plan.action_editor.errors.message("partner") == text_of(m.ACTION_PARTNER_REQUIRED)


def test_tab_order_follows_the_screen(qtbot, services, person) -> None:  # type: ignore[no-untyped-def]
    plan = loaded(qtbot, PlanStep(services), services, person)
    editor = plan.action_editor
    assert editor.who_combo.nextInFocusChain() is editor.partner_edit
    assert editor.partner_edit.nextInFocusChain() is editor.service_edit
    assert editor.service_edit.nextInFocusChain() is editor.objective_combo
    diagnosis = loaded(qtbot, DiagnosisStep(services), services, person)
    row = diagnosis.obstacle_rows[0]
    assert row.status_combo.nextInFocusChain() is row.person_view_edit


def test_plan_side_by_side_reads_as_words_with_dates_in_full(qtbot, services, person) -> None:  # type: ignore[no-untyped-def]
    step = loaded(qtbot, PlanStep(services), services, person)
    step.add_action("Appeler l'IFAS de Rodez", "contacter_organisme", "personne", 3, "semaines")
    step.show()
    step.set_side_by_side(True)
    assert step.pages.currentWidget() is step.summary and not step.actions_table.isVisible()
    text = step.summary.toPlainText()
    assert "Appeler l'IFAS de Rodez" in text and "lundi 14 décembre 2026" in text   # 23/11 + 3 weeks
    assert text.index("Appeler l'IFAS de Rodez") < text.index("Important dates")
    step.set_side_by_side(False)
    assert step.pages.currentWidget() is not step.summary and step.actions_table.isVisible()


def test_an_action_links_to_a_directory_service_and_keeps_its_text(qtbot, services, person) -> None:  # type: ignore[no-untyped-def]
    from pathlib import Path

    from cep_desk.services.partner_records import service_uuid

    services.partner_import.run(Path(__file__).resolve().parent.parent / "data" / "data_inclusion_sample.json")
    service = service_uuid("dora", "dora--ml-millau-accompagnement")
    step = loaded(qtbot, PlanStep(services), services, person)
    step.select_action(0)
    editor = step.action_editor
    editor.partner_edit.setText("la mission locale, Julie")
    editor.service_edit.setText("jeunes")
    choices = editor._service_completer._search("jeunes")
    assert choices and service in [c[1] for c in choices]
    editor._service_completer.picked.emit(service)
    assert step.plan().actions[0].service_id == service
    assert step.plan().actions[0].partner == "la mission locale, Julie"   # the text is kept
    step.undo_stack.undo()
    assert step.plan().actions[0].service_id is None
    step.undo_stack.redo()
    rec = record()
    step.write_into(rec)
    ctx = services.sessions.prepare(person)
    services.sessions.record(person, ctx.accompaniment.id, rec, confirmed=True)
    action_id = rec.plan.actions[0].id
    assert services.partners.linked_service(action_id).id == service
    assert services.plans.get(person).actions[0].service_id == service
    again = loaded(qtbot, PlanStep(services), services, person)
    again.select_action(0)
    assert "Mission locale" in again.action_editor.service_edit.text()


def test_undoing_an_earlier_edit_and_redoing_it_keeps_what_was_typed_since(qtbot, services, person) -> None:  # type: ignore[no-untyped-def]
    plan = loaded(qtbot, PlanStep(services), services, person)
    plan.add_action("Appeler l'IFAS", "autre", "personne")
    plan.select_action(len(plan.plan().actions) - 1)
    for ch in " de Rodez":
        plan.action_editor.label_edit.setText(plan.action_editor.label_edit.text() + ch)
    assert plan.plan().actions[-1].label == "Appeler l'IFAS de Rodez"
    plan.undo_stack.undo()          # the typing, as one step
    assert plan.plan().actions[-1].label == "Appeler l'IFAS"
    plan.undo_stack.undo()          # the added action
    assert all(a.label != "Appeler l'IFAS" for a in plan.plan().actions)
    plan.undo_stack.redo()
    plan.undo_stack.redo()
    assert plan.plan().actions[-1].label == "Appeler l'IFAS de Rodez"

    diagnosis = loaded(qtbot, DiagnosisStep(services), services, person)
    row = diagnosis.add_obstacle("mobilite", None)
    row.person_view_edit.setText("Pas de voiture")
    text_of = lambda: diagnosis.value().obstacles[-1].person_view  # noqa: E731
    assert text_of() == "Pas de voiture"
    diagnosis.undo_stack.undo()
    diagnosis.undo_stack.undo()
    diagnosis.undo_stack.redo()
    diagnosis.undo_stack.redo()
    assert text_of() == "Pas de voiture"

    explore = loaded(qtbot, ExploreStep(services), services, person)
    explore.add_option("Auxiliaire de puériculture")
    explore.option_rows[-1].want_edit.set_text("Travailler avec des enfants")
    explore.undo_stack.undo()
    explore.undo_stack.undo()
    explore.undo_stack.redo()
    explore.undo_stack.redo()
    assert explore.value()[0][-1].want == "Travailler avec des enfants"
