"""Accompaniment tab: status moves through their dialogs, history, edits, new accompaniment."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication

from cep_desk.domain import messages as m
from cep_desk.domain.accompaniment import AccompanimentDraft
from cep_desk.domain.beneficiary import BeneficiaryDraft
from cep_desk.domain.codelists import referentials
from cep_desk.domain.messages import Issue
from cep_desk.ui.accompaniment_panel import AccompanimentPanel
from cep_desk.ui.language import current_language


def text_of(message: str, **params: str) -> str:
    return Issue("x", message, params).render(QCoreApplication.translate)


def label(listname: str, code: str) -> str:
    return referentials()[listname].label(code, current_language())


@pytest.fixture
def person(services) -> str:
    draft = BeneficiaryDraft(last_name="Bouissou", first_name="Karim", birth_date=date(1979, 2, 14))
    return services.beneficiaries.create(draft, AccompanimentDraft(
        level="N1", reasons=["projet.reconversion"], first_request_date=date(2026, 10, 1),
        first_appointment_date=date(2026, 10, 20)))


@pytest.fixture
def panel(qtbot, services, person) -> AccompanimentPanel:
    p = AccompanimentPanel(services)
    qtbot.addWidget(p)
    p.resize(1200, 900)
    p.show()
    qtbot.waitExposed(p)
    p.set_accompaniments(person, services.accompaniments.for_beneficiary(person))
    return p


def visible_actions(panel: AccompanimentPanel) -> set[str]:
    return {t for t, b in panel.action_buttons.items() if b.isVisible()}


def status_of(services, person) -> str:
    return services.accompaniments.for_beneficiary(person)[-1].status


def test_shows_level_reasons_dates_and_delay(panel):
    e = panel.editor
    assert e.level.code() == "N1"
    assert e.reasons.codes() == ["projet.reconversion"]
    assert e.first_request.date() == date(2026, 10, 1)
    assert "19" in e.delay.text() and "10" in e.delay.text()  # 19 days, above the 10-day target
    assert panel.badge.text() == label("parcours_status", "actif")
    assert visible_actions(panel) == {"en_pause", "suspendu", "clos"}
    assert panel.history.rowCount() == 1


def test_pause_needs_a_return_date_after_today(panel, services, person, store):
    dlg = panel.ask_status("en_pause")
    assert dlg.isVisible()
    before = store.count("accompaniment_status_change")
    dlg.accept()
    assert dlg.isVisible()
    assert dlg.errors.label("return_date").isVisible()
    assert dlg.errors.message("return_date") == text_of(m.RETURN_DATE_REQUIRED)
    dlg.return_date.set_date(date(2026, 11, 23))  # today is not "after today"
    dlg.accept()
    assert dlg.isVisible()
    assert dlg.errors.message("return_date") == text_of(m.RETURN_DATE_PAST)
    assert store.count("accompaniment_status_change") == before
    assert status_of(services, person) == "actif"

    dlg.return_date.set_date(date(2027, 1, 4))
    dlg.comment.setPlainText("Congé maternité")
    dlg.accept()
    assert not dlg.isVisible()
    assert status_of(services, person) == "en_pause"
    assert panel.badge.text() == label("parcours_status", "en_pause")
    assert visible_actions(panel) == {"actif", "suspendu", "clos"}
    newest = [panel.history.item(0, c).text() for c in range(panel.history.columnCount())]
    assert newest[1] == f"{label('parcours_status', 'actif')} → {label('parcours_status', 'en_pause')}"
    assert newest[2] != "" and newest[5] == "Congé maternité"


def test_partner_relay_needs_the_partner(panel, services, person):
    dlg = panel.ask_status("suspendu")
    dlg.accept()
    assert dlg.errors.message("partner") == text_of(m.PARTNER_REQUIRED)
    dlg.partner.setText("Cap emploi Aveyron")
    dlg.accept()
    assert status_of(services, person) == "suspendu"
    assert "Cap emploi Aveyron" in panel.status_details.text()
    assert panel.history.item(0, 4).text() == "Cap emploi Aveyron"


def test_resume_after_a_pause(panel, services, person):
    dlg = panel.ask_status("en_pause")
    dlg.return_date.set_date(date(2027, 1, 4))
    dlg.accept()
    dlg = panel.ask_status("actif")
    dlg.accept()
    assert status_of(services, person) == "actif"
    assert panel.history.rowCount() == 3


def test_close_needs_a_reason_then_reopen(panel, services, person):
    dlg = panel.ask_status("clos")
    dlg.accept()
    assert dlg.isVisible()
    assert dlg.errors.message("closure_reason") == text_of(m.CLOSURE_REASON_REQUIRED)
    assert status_of(services, person) == "actif"
    dlg.closure_reason.set_code("formation")
    dlg.accept()
    assert status_of(services, person) == "clos"
    assert visible_actions(panel) == {"reouvert"}
    assert panel.new_button.isVisible()
    assert panel.history.item(0, 3).text() == label("closure_reason", "formation")
    assert label("closure_reason", "formation") in panel.status_details.text()

    dlg = panel.ask_status("reouvert")
    dlg.accept()
    assert status_of(services, person) == "reouvert"
    assert panel.badge.text() == label("parcours_status", "reouvert")
    assert not panel.new_button.isVisible()
    assert visible_actions(panel) == {"en_pause", "suspendu", "clos"}


def test_a_date_in_the_future_is_refused(panel, services, person):
    dlg = panel.ask_status("clos")
    dlg.closure_reason.set_code("emploi")
    dlg.on.set_date(date(2026, 12, 1))
    dlg.accept()
    assert dlg.errors.message("on") == text_of(m.DATE_IN_FUTURE)
    assert status_of(services, person) == "actif"


def test_edit_level_and_reasons(panel, services, person):
    assert not panel.save_button.isEnabled()
    panel.editor.level.set_code("N2")
    panel.editor.reasons.set_codes(["projet.reconversion", "information.dispositifs"])
    assert panel.save_button.isEnabled()
    assert panel.save() is True
    acc = services.accompaniments.for_beneficiary(person)[-1]
    assert acc.level == "N2"
    assert sorted(acc.reasons) == ["information.dispositifs", "projet.reconversion"]
    assert not panel.save_button.isEnabled()


def test_removing_every_reason_is_refused(panel, services, person, store):
    panel.editor.reasons.set_codes([])
    before = store.count("outbox")
    assert panel.save() is False
    assert panel.editor.errors.message("reasons") == text_of(m.REASON_REQUIRED)
    assert store.count("outbox") == before
    assert services.accompaniments.for_beneficiary(person)[-1].reasons == ["projet.reconversion"]


def test_open_a_new_accompaniment_after_closure(panel, services, person):
    dlg = panel.ask_status("clos")
    dlg.closure_reason.set_code("plan_finalise")
    dlg.accept()
    new = panel.open_new()
    assert new is not None
    new.accept()
    assert new.isVisible()  # no reason yet
    assert new.editor.errors.message("reasons") == text_of(m.REASON_REQUIRED)
    new.editor.reasons.set_codes(["emploi"])
    new.editor.first_request.set_date(date(2026, 11, 20))
    new.accept()
    accs = services.accompaniments.for_beneficiary(person)
    assert [a.status for a in accs] == ["clos", "actif"]
    assert panel.selector.isVisible() and panel.selector.count() == 2
    assert panel.badge.text() == label("parcours_status", "actif")
    # The older, closed one is still there to read, but not to edit.
    panel.selector.setCurrentIndex(0)
    assert panel.badge.text() == label("parcours_status", "clos")
    assert not panel.editor.level.isEnabled()
    assert visible_actions(panel) == set()
