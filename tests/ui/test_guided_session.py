"""The guided session window (issue 3) on a real encrypted store, driven like a counsellor would:
two sessions through every step, the history of both, side-by-side with no private text on
screen, the keyboard between steps, undo / redo, the autosaved draft offered back, a closed
parcours refused with its way out, an action due before today confirmed first."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
    QWidget,
)

from cep_desk.domain.accompaniment import AccompanimentDraft, StatusChange
from cep_desk.domain.beneficiary import BeneficiaryDraft
from cep_desk.domain.guided_session import STEPS
from tests.conftest import Clock
from tests.test_sessions import COUNSELLOR_VIEW, PRIVATE_SESSION, first_session

PRIVATE_TYPED = "Me confie des soucis de santé (privé-91ab)"


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 11, 2, 9, 0))


@pytest.fixture
def person(services) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    bid = services.beneficiaries.create(
        BeneficiaryDraft(last_name="Vidal", first_name="Nadia"),
        AccompanimentDraft(level="N2", reasons=["projet.reconversion"], first_request_date=date(2026, 10, 28),
                           first_appointment_date=date(2026, 11, 2)))
    return bid, services.accompaniments.for_beneficiary(bid)[0].id


def open_window(qtbot, services, bid):  # type: ignore[no-untyped-def]
    from cep_desk.ui.session.window import GuidedSessionWindow

    w = GuidedSessionWindow(services, bid, person_name="Nadia VIDAL")
    qtbot.addWidget(w)
    w.show()
    assert QTest.qWaitForWindowExposed(w)
    w.activateWindow()
    assert QTest.qWaitForWindowActive(w)
    return w


def key(qtbot, w, k, mod=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    """A key typed wherever the focus is in the window, as a counsellor would."""
    from PySide6.QtWidgets import QApplication

    qtbot.keyClick(QApplication.focusWidget() or w, k, mod)


def visible_texts(root: QWidget) -> list[str]:
    """Every text a person in front of the screen can read in ``root``."""
    out: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisibleTo(root) or not w.isVisible():
            continue
        if isinstance(w, QLabel | QAbstractButton):
            out.append(w.text())
        elif isinstance(w, QLineEdit):
            out.append(w.text())
        elif isinstance(w, QPlainTextEdit):
            out.append(w.toPlainText())
        elif isinstance(w, QTextEdit):
            out.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            out.append(w.currentText())
        elif isinstance(w, QGroupBox):
            out.append(w.title())
        elif isinstance(w, QListWidget):
            out.extend(w.item(i).text() for i in range(w.count()))
        elif isinstance(w, QTableWidget):
            out.extend(w.item(r, c).text() for r in range(w.rowCount()) for c in range(w.columnCount())
                       if w.item(r, c) is not None)
    return out


def test_keyboard_moves_between_the_six_steps(qtbot, services, person) -> None:  # type: ignore[no-untyped-def]
    bid, _acc = person
    w = open_window(qtbot, services, bid)
    assert [s.key for s in w.steps] == list(STEPS)
    assert w.step_list.count() == 6
    for n in (3, 6, 1, 5):
        key(qtbot, w, Qt.Key(Qt.Key.Key_0 + n), Qt.KeyboardModifier.ControlModifier)
        assert w.current_index() == n - 1 and w.stack.currentWidget() is w.steps[n - 1]
    key(qtbot, w, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert w.current_key() == "conclude"
    key(qtbot, w, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    key(qtbot, w, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert w.current_key() == "explore"
    w.step_list.setFocus()
    qtbot.keyClick(w.step_list, Qt.Key.Key_Down)
    assert w.current_key() == "plan"
    # every interactive widget of every step has a name a screen reader can say
    from tests.ui.test_beneficiary_file import unnamed_inputs

    for n in range(6):
        w.goto(n)
        assert unnamed_inputs(w) == [], w.current_key()


def test_typing_is_autosaved_and_offered_back(qtbot, services, person) -> None:  # type: ignore[no-untyped-def]
    bid, _acc = person
    w = open_window(qtbot, services, bid)
    w.goto(STEPS.index("listen"))
    listen = w.step("listen")
    qtbot.keyClicks(listen.notes_shareable, "Veut changer de metier.")
    listen.notes_private.setPlainText(PRIVATE_TYPED)
    assert w.autosave_timer.isActive()
    qtbot.waitUntil(lambda: services.drafts.load(bid) is not None, timeout=4000)
    draft = services.drafts.load(bid)
    assert draft.step == "listen"
    assert draft.payload["interview"]["notes_shareable"] == "Veut changer de metier."
    # closing the window keeps the draft; the next opening brings it back, on the same step
    qtbot.keyClicks(listen.request_words, "Je veux un metier utile.")
    w.close()
    w2 = open_window(qtbot, services, bid)
    assert w2.draft_banner.isVisible()
    assert w2.current_key() == "listen"
    l2 = w2.step("listen")
    assert l2.notes_shareable.toPlainText() == "Veut changer de metier."
    assert l2.notes_private.toPlainText() == PRIVATE_TYPED
    assert l2.request_words.toPlainText() == "Je veux un metier utile."
    # the counsellor starts afresh instead
    import cep_desk.ui.session.window as win

    original = win.QMessageBox.question
    win.QMessageBox.question = lambda *a, **k: QMessageBox.StandardButton.Yes  # type: ignore[method-assign]
    try:
        w2.discard_draft()
    finally:
        win.QMessageBox.question = original  # type: ignore[method-assign]
    assert services.drafts.load(bid) is None
    assert l2.notes_shareable.toPlainText() == "" and not w2.draft_banner.isVisible()


def test_cancel_asks_then_discards_the_draft(qtbot, services, person, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    bid, _acc = person
    w = open_window(qtbot, services, bid)
    w.goto(1)
    w.step("listen").notes_shareable.setPlainText("À garder ?")
    assert w.autosave()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert not w.cancel() and services.drafts.load(bid) is not None
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert w.cancel()
    assert services.drafts.load(bid) is None and not w.isVisible()
    assert services.interviews.for_beneficiary(bid) == [] if hasattr(services.interviews, "for_beneficiary") \
        else services.beneficiaries.get(bid).interviews == []


def test_a_closed_parcours_is_refused_with_the_way_out(qtbot, services, person, clock) -> None:  # type: ignore[no-untyped-def]
    bid, acc = person
    services.accompaniments.change_status(acc, StatusChange("clos", date(2026, 11, 2), closure_reason="abandon"))
    w = open_window(qtbot, services, bid)
    assert w.banner.isVisible() and "re-open" in w.banner.text().lower()
    assert w.reopen_button.isVisible() and not w.save_button.isEnabled()
    assert w.save() is None and services.beneficiaries.get(bid).interviews == []
    dlg = w.change_status("reouvert")
    dlg.accept()
    assert w.context.accompaniment.status == "reouvert"
    assert w.save_button.isEnabled() and not w.reopen_button.isVisible() and not w.banner.isVisible()
    w.goto(1)
    w.step("listen").notes_shareable.setPlainText("Revient après un échec à l'examen.")
    interview_id = w.save()
    assert interview_id is not None
    assert [i.id for i in services.beneficiaries.get(bid).interviews] == [interview_id]


def test_reread_marks_actions_with_undo_and_redo(qtbot, services, person, clock) -> None:  # type: ignore[no-untyped-def]
    bid, acc = person
    services.sessions.record(bid, acc, first_session())
    clock.now = datetime(2026, 11, 23, 9, 0)
    w = open_window(qtbot, services, bid)
    reread = w.step("reread")
    assert "Entretien du lundi 2 novembre 2026." in reread.conclusion_text.toPlainText()
    survey, immersion, ptp = services.sessions.prepare(bid).plan.actions
    assert set(reread.status_combos) == {survey.id, immersion.id, ptp.id}
    assert any("overdue" in lab.text() for lab in reread.milestone_labels)  # the survey was due on 9 November
    reread.mark(survey.id, "realisee")
    reread.mark(ptp.id, "abandonnee")
    assert reread.statuses()[survey.id] == "realisee"
    assert not any("Rencontrer" in lab.text() for lab in reread.milestone_labels)  # done: no longer due
    w.undo_action.trigger()
    assert reread.status_combos[ptp.id].code() == "en_projet"
    w.redo_action.trigger()
    assert reread.status_combos[ptp.id].code() == "abandonnee"
    w.step_list.setFocus()
    key(qtbot, w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)       # the keyboard does the same
    assert reread.status_combos[ptp.id].code() == "en_projet"
    key(qtbot, w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert reread.status_combos[ptp.id].code() == "abandonnee"
    # each step has its own history: the plan step's undo does not touch the re-read marks
    w.goto(STEPS.index("plan"))
    assert not w.undo_action.isEnabled()
    w.goto(0)
    assert w.undo_action.isEnabled()
    record = w.collect()
    assert {a.id: a.status for a in record.plan.actions}[survey.id] == "realisee"
    assert next(m for m in record.plan.milestones if m.action_id == survey.id).done


def test_side_by_side_shows_no_private_nor_counsellor_only_text(qtbot, services, person, clock) -> None:  # type: ignore[no-untyped-def]
    bid, acc = person
    services.sessions.record(bid, acc, first_session())
    clock.now = datetime(2026, 11, 23, 9, 0)
    w = open_window(qtbot, services, bid)
    w.goto(1)
    w.step("listen").notes_private.setPlainText(PRIVATE_TYPED)
    normal = w.stack.font().pointSizeF()
    key(qtbot, w, Qt.Key.Key_F11)
    assert w.is_side_by_side()
    assert w.stack.font().pointSizeF() >= 1.6 * normal
    secrets = (PRIVATE_TYPED, PRIVATE_SESSION, COUNSELLOR_VIEW, "Sens de l'organisation")
    for n in range(6):
        w.goto(n)
        page = w.steps[n]
        for text_widget in page.findChildren(QLabel) + page.findChildren(QPlainTextEdit) \
                + page.findChildren(QLineEdit) + page.findChildren(QComboBox):
            if text_widget.isVisible():
                assert QFont(text_widget.font()).pointSizeF() >= 1.6 * normal - 0.01, (page.key, text_widget)
        shown = "\n".join(visible_texts(w))
        for secret in secrets:
            assert secret not in shown, (page.key, secret)
        assert "Service level" not in shown and not w.fields_frame.isVisible()
    key(qtbot, w, Qt.Key.Key_F11)
    w.goto(1)
    assert PRIVATE_TYPED in visible_texts(w)


def confirm_with(monkeypatch, answer):  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def question(_parent, _title, text, *_a, **_k):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_two_guided_sessions_end_to_end_with_history(qtbot, services, person, clock, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """THE scenario of issue 3: a first session through all steps, then a second one that re-reads
    the conclusion, marks actions, revises the diagnosis and the plan; the history shows both."""
    from cep_desk.ui.session.history_dialog import HistoryDialog

    bid, _acc = person
    # -- first session, 2 November --------------------------------------------------------------------
    w = open_window(qtbot, services, bid)
    assert "No conclusion yet" in w.step("reread").conclusion_text.toPlainText()
    key(qtbot, w, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    listen = w.step("listen")
    listen.request_words.setPlainText("Je n'en peux plus de la caisse.")
    listen.notes_shareable.setPlainText("Premier entretien : envie de soin.")
    listen.notes_private.setPlainText(PRIVATE_TYPED)

    key(qtbot, w, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    diag = w.step("diagnosis")
    assert diag.request_edit.text() == "Je n'en peux plus de la caisse."   # typed while listening
    diag.need_edit.set_text("Sécuriser une reconversion.")
    diag.project_state_combo.set_code("idee")
    diag.competences_person_edit.set_lines(["Accueil du public"])
    diag.competences_counsellor_edit.set_lines(["Sens de l'organisation"])
    row = diag.add_obstacle("mobilite", "mobilite.permis_en_cours")
    row.person_view_edit.setText("Je passe le code en janvier.")
    row.counsellor_view_edit.setText(COUNSELLOR_VIEW)

    key(qtbot, w, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    explore = w.step("explore")
    explore.validate_option(explore.add_option("Aide-soignante en EHPAD"))
    aside = explore.add_option("Auxiliaire de vie à domicile")
    aside.reason_edit.setText("Trop de route")
    explore.reject_option(aside)

    key(qtbot, w, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    plan = w.step("plan")
    plan.add_objective("choisir-un-metier--confirmer-son-choix-de-metier", "Vérifier que le métier me plaît")
    plan.add_action("Rencontrer une aide-soignante", "enquete_metier", "personne", 1, "semaines")
    plan.add_action("Immersion en EHPAD", "immersion", "personne_conseiller", 1, "mois")
    assert plan.add_jalon(None, "rendez_vous", "Réunion IFAS") is None          # a jalon needs a date
    assert plan.jalon_error_label.isVisible()
    plan.add_jalon(date(2026, 12, 10), "rendez_vous", "Réunion d'information IFAS")

    key(qtbot, w, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    conclude = w.step("conclude")
    text = conclude.text.toPlainText()
    assert text.startswith("Entretien du lundi 2 novembre 2026.")
    assert "Pistes retenues ensemble : Aide-soignante en EHPAD" in text
    assert "Rencontrer une aide-soignante, d'ici le 9 novembre 2026" in text
    conclude.next_day.set_date(date(2026, 11, 23))
    conclude.recompose()
    assert "Prochain rendez-vous : lundi 23 novembre 2026 à 10 h 00." in conclude.text.toPlainText()

    with qtbot.waitSignal(w.saved, timeout=3000):
        key(qtbot, w, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not w.isVisible() and services.drafts.load(bid) is None
    first = services.sessions.diagnosis_history(bid)
    assert [v.number for v in first] == [1]
    assert first[0].diagnosis.competences_counsellor == ["Sens de l'organisation"]
    assert services.beneficiaries.get(bid).interviews[0].notes_private == PRIVATE_TYPED

    # -- second session, three weeks later ---------------------------------------------------------------
    clock.now = datetime(2026, 11, 23, 9, 0)
    w2 = open_window(qtbot, services, bid)
    reread = w2.step("reread")
    assert "Rencontrer une aide-soignante" in reread.conclusion_text.toPlainText()
    survey, immersion = services.sessions.prepare(bid).plan.actions
    reread.mark(survey.id, "realisee")
    reread.mark(immersion.id, "en_cours")

    w2.goto(STEPS.index("diagnosis"))
    d2 = w2.step("diagnosis")
    assert d2.value().project_state == "idee"                 # starts from the last version
    d2.project_state_combo.set_code("defini")
    d2.need_edit.set_text("Entrer en IFAS en septembre.")

    w2.goto(STEPS.index("plan"))
    p2 = w2.step("plan")
    statuses = {a.id: a.status for a in p2.plan().actions}
    assert statuses == {survey.id: "realisee", immersion.id: "en_cours"}   # marked at re-read
    p2.add_action("S'inscrire aux tests de l'IFAS", "contacter_organisme", "personne", 3, "semaines")

    w2.goto(STEPS.index("conclude"))
    text2 = w2.step("conclude").text.toPlainText()
    assert "Ce qui a été fait depuis la dernière fois : Rencontrer une aide-soignante." in text2
    assert "S'inscrire aux tests de l'IFAS" in text2
    assert w2.save() is not None

    history = services.sessions.diagnosis_history(bid)
    assert [v.number for v in history] == [1, 2]
    changed = {c.path for c in history[1].changes}
    assert "project_state" in changed and "need" in changed
    plan_changes = services.plans.history(bid)
    assert any(c.entity_id == survey.id and c.fields.get("status") == ["en_projet", "realisee"]
               for c in plan_changes)
    assert len(services.sessions.conclusions(bid)) == 2

    # the history window shows both versions and what changed, in words
    file_parent = QWidget()
    qtbot.addWidget(file_parent)
    dlg = HistoryDialog(services, bid, "Nadia VIDAL", file_parent)
    qtbot.addWidget(dlg)
    dlg.show()
    shown = "\n".join(visible_texts(dlg))
    assert "Version 1" in shown and "Version 2" in shown
    assert "Sécuriser une reconversion. → Entrer en IFAS en septembre." in shown   # what changed, in words


def test_an_action_due_before_today_asks_first(qtbot, services, person, clock, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    bid, _acc = person
    clock.now = datetime(2026, 11, 23, 9, 0)
    w = open_window(qtbot, services, bid)
    w.goto(STEPS.index("plan"))
    plan = w.step("plan")
    plan.add_action("Envoyer le CV à l'EHPAD", "autre", "personne")
    plan.select_action(0)
    plan.action_editor.due_edit.set_date(date(2026, 11, 20))
    assert plan.plan().actions[0].due_date == date(2026, 11, 20)
    asked = confirm_with(monkeypatch, QMessageBox.StandardButton.No)
    assert w.save() is None
    assert len(asked) == 1 and "Envoyer le CV à l'EHPAD" in asked[0] and "2026-11-20" in asked[0]
    assert services.beneficiaries.get(bid).interviews == [] and w.isVisible()
    asked = confirm_with(monkeypatch, QMessageBox.StandardButton.Yes)
    assert w.save() is not None and len(asked) == 1
    assert services.sessions.prepare(bid).plan.actions[0].due_date == date(2026, 11, 20)


def test_a_refused_session_writes_nothing_and_says_where(qtbot, services, person, clock) -> None:  # type: ignore[no-untyped-def]
    bid, _acc = person
    w = open_window(qtbot, services, bid)
    w.goto(STEPS.index("diagnosis"))
    row = w.step("diagnosis").add_obstacle("mobilite", "mobilite.permis_en_cours")
    row.set_agreed(True)                      # agreed, but the person's view is not written
    w.goto(0)
    w.fields.level.addItem("X9", "X9")        # and a level the vocabulary does not have
    w.fields.level.setCurrentIndex(w.fields.level.count() - 1)
    assert w.save() is None
    assert w.isVisible() and w.banner.isVisible()
    assert "Nothing was saved" in w.banner.text() and w.step("diagnosis").title() in w.banner.text()
    assert w.errors.has("level")
    assert services.beneficiaries.get(bid).interviews == [] and services.sessions.diagnosis_history(bid) == []
    w.fields.level.setCurrentIndex(0)
    row.person_view_edit.setText("Je passe le code en janvier.")
    assert w.save() is not None


def test_pending_drafts_are_offered_at_start(qtbot, services, person, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from cep_desk.ui.beneficiary_file import BeneficiaryFileWidget
    from cep_desk.ui.session.pending_drafts import offer_pending_drafts, pending_people

    bid, _acc = person
    w = open_window(qtbot, services, bid)
    w.goto(1)
    w.step("listen").notes_shareable.setPlainText("Tapé avant la panne.")
    w.autosave()
    w._finished = True  # as if the process died: nothing more happens in this window
    w.hide()
    assert [p[1] for p in pending_people(services)] == ["Nadia VIDAL"]
    class Main(QWidget):
        """The one thing offer_pending_drafts needs of the main window: opening a file."""

        def open_beneficiary(self, beneficiary_id):  # type: ignore[no-untyped-def]
            self.file = BeneficiaryFileWidget(services, beneficiary_id)
            qtbot.addWidget(self.file)
            return self.file

    main = Main()
    qtbot.addWidget(main)
    asked = confirm_with(monkeypatch, QMessageBox.StandardButton.Yes)
    opened = offer_pending_drafts(main, services)
    assert len(asked) == 1 and "Nadia VIDAL" in asked[0]
    assert len(opened) == 1 and opened[0].isVisible()
    assert opened[0].step("listen").notes_shareable.toPlainText() == "Tapé avant la panne."
    opened[0]._finished = True
    opened[0].close()


def test_the_file_starts_the_guided_session_and_shows_it_once_saved(qtbot, services, person) -> None:  # type: ignore[no-untyped-def]
    from cep_desk.ui.beneficiary_file import SESSIONS_TAB, BeneficiaryFileWidget

    bid, _acc = person
    f = BeneficiaryFileWidget(services, bid)
    qtbot.addWidget(f)
    f.show()
    f.tabs.setCurrentIndex(SESSIONS_TAB)
    qtbot.mouseClick(f.new_session_button, Qt.MouseButton.LeftButton)
    w = f.session_window
    assert w is not None and w.isVisible() and w.windowTitle() == "Session with Nadia VIDAL"
    assert f.guided_session() is w                   # one session window per file
    w.goto(1)
    w.step("listen").notes_shareable.setPlainText("Depuis le dossier.")
    assert w.save() is not None
    assert f.sessions.rowCount() == 1 and f.sessions.item(0, 6).text() == "Depuis le dossier."
    dlg = f.show_history()
    qtbot.addWidget(dlg)
    assert dlg.isVisible()


def test_parcours_moves_from_the_session(qtbot, services, person, clock) -> None:  # type: ignore[no-untyped-def]
    bid, _acc = person
    clock.now = datetime(2026, 11, 23, 9, 0)
    w = open_window(qtbot, services, bid)
    moves = [a.text().replace("&", "") for a in w.status_menu.actions()]
    assert len(moves) == 3 and any("return date" in t for t in moves) and any("reason" in t for t in moves)
    changed: list[bool] = []
    w.accompanimentChanged.connect(lambda: changed.append(True))
    dlg = w.change_status("en_pause")
    dlg.return_date.set_date(date(2026, 11, 20))          # before today: refused, said under the field
    dlg.accept()
    assert dlg.isVisible() and dlg.errors.has("return_date")
    dlg.return_date.set_date(date(2027, 1, 4))
    dlg.accept()
    assert w.context.accompaniment.status == "en_pause" and changed == [True]
    assert w.badge.text() == "En pause" or "pause" in w.badge.text().lower()
    assert w.save_button.isEnabled()                      # a paused parcours still takes a session
    dlg = w.change_status("clos")
    dlg.closure_reason.set_code("emploi")
    dlg.accept()
    assert not w.save_button.isEnabled() and w.reopen_button.isVisible()
