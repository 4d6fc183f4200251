"""Quick mode and contacts between sessions (issue 3), from the person's file, keyboard first:
a quick session in a few keys (Enter saves), a call logged in two clicks; both show in the
file and count in the time spent; bad input says what to fix and writes nothing."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from cep_desk.domain.accompaniment import AccompanimentDraft, StatusChange
from cep_desk.domain.beneficiary import BeneficiaryDraft
from cep_desk.ui.beneficiary_file import SESSIONS_TAB, BeneficiaryFileWidget
from cep_desk.ui.session.quick_session import quick_conclusion
from tests.ui.test_beneficiary_file import unnamed_inputs

PRIVATE = "Dettes évoquées au téléphone (privé-4c1d)"


def make_person(services) -> str:  # type: ignore[no-untyped-def]
    return services.beneficiaries.create(
        BeneficiaryDraft(last_name="Bru", first_name="Karim"),
        AccompanimentDraft(level="N1", reasons=["information.dispositifs"], first_request_date=date(2026, 11, 20)))


def open_file(qtbot, services, bid) -> BeneficiaryFileWidget:  # type: ignore[no-untyped-def]
    w = BeneficiaryFileWidget(services, bid)
    qtbot.addWidget(w)
    w.show()
    w.tabs.setCurrentIndex(SESSIONS_TAB)
    return w


def activate(window) -> None:  # type: ignore[no-untyped-def]
    assert QTest.qWaitForWindowExposed(window)
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)


def test_quick_session_in_a_few_keys(qtbot, services, store) -> None:  # type: ignore[no-untyped-def]
    services.counsellor.save_site(None, "Saint-Affrique", "permanence", "12208")
    bid = make_person(services)
    w = open_file(qtbot, services, bid)
    dlg = w.quick_session()
    assert dlg is not None and dlg.isVisible()
    assert unnamed_inputs(dlg) == []
    # sensible defaults: the person, their reason, now, 30 minutes, the only site, information
    assert dlg.who.text() == "Karim BRU"
    assert dlg.reason.code() == "information.dispositifs"
    assert dlg.fields.duration.value() == 30 and dlg.fields.purpose.code() == "information"
    assert dlg.fields.site.currentText().endswith("Saint-Affrique")
    activate(dlg)
    assert dlg.focusWidget() is dlg.information
    qtbot.keyClicks(dlg.information, "Fonctionnement du CPF")
    with qtbot.waitSignal(dlg.saved, timeout=2000):
        qtbot.keyClick(dlg.information, Qt.Key.Key_Return)       # Enter saves
    assert not dlg.isVisible()
    detail = services.beneficiaries.get(bid)
    assert len(detail.interviews) == 1
    i = detail.interviews[0]
    assert (i.duration_min, i.purpose, i.starts_at) == (30, "information", datetime(2026, 11, 23, 10, 0))
    assert "Information donnée : Fonctionnement du CPF." in i.notes_shareable
    (conclusion,) = services.sessions.conclusions(bid)
    assert conclusion.text.startswith("Motif : ") and conclusion.text.endswith(
        "Information donnée : Fonctionnement du CPF.")
    assert w.sessions.rowCount() == 1 and store.count("interview") == 1


def test_quick_session_refused_on_a_closed_accompaniment(qtbot, services, store) -> None:  # type: ignore[no-untyped-def]
    bid = make_person(services)
    acc = services.accompaniments.for_beneficiary(bid)[0]
    services.accompaniments.change_status(acc.id, StatusChange("clos", date(2026, 11, 21), closure_reason="emploi"))
    w = open_file(qtbot, services, bid)
    dlg = w.quick_session()
    assert dlg.banner.isVisible() and "re-open" in dlg.banner.text().lower()
    assert not dlg.save_button.isEnabled()
    dlg.accept()
    assert store.count("interview") == 0


def test_quick_session_bad_date_says_why(qtbot, services, store) -> None:  # type: ignore[no-untyped-def]
    bid = make_person(services)
    w = open_file(qtbot, services, bid)
    dlg = w.quick_session()
    dlg.fields.day.set_date(date(2026, 12, 1))     # in the future
    dlg.accept()
    assert dlg.isVisible() and dlg.errors.has("starts_at")
    assert store.count("interview") == 0


def test_log_a_call_in_two_clicks(qtbot, services, store) -> None:  # type: ignore[no-untyped-def]
    bid = make_person(services)
    w = open_file(qtbot, services, bid)
    assert w.contacts.rowCount() == 0
    qtbot.mouseClick(w.contact_button, Qt.MouseButton.LeftButton)          # click 1
    dlg = w.side_dialog
    assert dlg is not None and dlg.isVisible() and unnamed_inputs(dlg) == []
    assert dlg.kind.code() == "appel" and dlg.minutes.value() == 10
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)           # click 2
    assert not dlg.isVisible()
    (contact,) = services.contacts.for_beneficiary(bid)
    assert (contact.kind, contact.duration_min, contact.at) == ("appel", 10, datetime(2026, 11, 23, 10, 0))
    assert w.contacts.rowCount() == 1
    assert w.contacts_label.text() == ("Contacts between sessions: 1 · time spent with the person "
                                       "(sessions and contacts): 0 h 10")
    assert w.contacts.item(0, 2).text() == "10 min"
    weeks = services.time_spent.per_week(bid)
    assert sum(wk.contact_min for wk in weeks) == 10 and sum(wk.contacts for wk in weeks) == 1


def test_a_letter_with_its_own_duration_and_a_private_note(qtbot, services, store) -> None:  # type: ignore[no-untyped-def]
    bid = make_person(services)
    w = open_file(qtbot, services, bid)
    dlg = w.log_contact()
    dlg.kind.set_code("courrier")
    assert dlg.minutes.value() == 20                    # the usual time for a letter
    dlg.minutes.setValue(35)
    dlg.kind.set_code("courriel")
    assert dlg.minutes.value() == 35                    # typed by the counsellor: kept
    dlg.note.setText("Envoi de la liste des IFAS")
    dlg.notes_private.setText(PRIVATE)
    activate(dlg)
    with qtbot.waitSignal(dlg.saved, timeout=2000):
        qtbot.keyClick(dlg.note, Qt.Key.Key_Return)    # Enter saves
    (contact,) = services.contacts.for_beneficiary(bid)
    assert (contact.kind, contact.duration_min, contact.notes_private) == ("courriel", 35, PRIVATE)
    shown = [w.contacts.item(0, c).text() for c in range(4)]
    assert PRIVATE not in " ".join(shown) and "Envoi de la liste des IFAS" in shown[3]


def test_a_contact_in_the_future_is_refused_with_its_message(qtbot, services, store) -> None:  # type: ignore[no-untyped-def]
    bid = make_person(services)
    w = open_file(qtbot, services, bid)
    dlg = w.log_contact()
    dlg.day.set_date(date(2026, 12, 24))
    dlg.accept()
    assert dlg.isVisible() and dlg.errors.has("at")
    assert services.contacts.for_beneficiary(bid) == []


def test_quick_conclusion_says_each_thing_once() -> None:
    assert quick_conclusion("Trouver un emploi", "Offres du bassin.", "Cap emploi") == (
        "Motif : Trouver un emploi.\nInformation donnée : Offres du bassin.\nOrientation : Cap emploi.")
    assert quick_conclusion("Find a job", "", "", "en") == "Reason: Find a job."
