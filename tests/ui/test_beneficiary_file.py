"""The beneficiary file end to end, on a real encrypted store: create, edit,
refuse invalid input without writing anything, record sessions."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest

from cep_desk.domain import messages as m
from cep_desk.domain.accompaniment import AccompanimentDraft, StatusChange
from cep_desk.domain.beneficiary import BeneficiaryDraft
from cep_desk.domain.interview import InterviewDraft
from cep_desk.domain.messages import Issue
from cep_desk.storage.errors import DiskFull
from cep_desk.ui.beneficiary_file import ACCOMPANIMENT_TAB, SESSIONS_TAB, BeneficiaryFileWidget
from cep_desk.ui.events import app_events


def text_of(message: str, **params: str) -> str:
    return Issue("x", message, params).render(QCoreApplication.translate)


def counts(store) -> tuple[int, int, int, int]:
    return (store.count("beneficiary"), store.count("accompaniment"), store.count("interview"),
            store.count("outbox"))


def activate(qtbot, window) -> None:
    """Keyboard shortcuts (Ctrl+S) only reach the active window, as on a desktop."""
    assert QTest.qWaitForWindowExposed(window)
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)


def open_file(qtbot, services, beneficiary_id: str | None) -> BeneficiaryFileWidget:
    w = BeneficiaryFileWidget(services, beneficiary_id)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    activate(qtbot, w)
    return w


def make_person(services, **changes) -> str:
    draft = BeneficiaryDraft(last_name="Vidal", first_name="Léa", birth_date=date(1988, 6, 2),
                             postal_code="12400", commune_insee="12208")
    for k, v in changes.items():
        setattr(draft, k, v)
    return services.beneficiaries.create(draft, AccompanimentDraft(level="N1", reasons=["recul"],
                                                                   first_request_date=date(2026, 11, 2)))


def press_save(qtbot, w: BeneficiaryFileWidget) -> None:
    qtbot.keyClick(w.profile.last_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_create_a_new_person_with_the_keyboard(qtbot, services, store):
    w = open_file(qtbot, services, None)
    assert w.title() == "New person"
    assert not w.tabs.isTabEnabled(ACCOMPANIMENT_TAB) and not w.tabs.isTabEnabled(SESSIONS_TAB)
    f = w.profile
    f.last_name.setFocus()
    qtbot.keyClicks(f.last_name, "Martin")
    qtbot.keyClicks(f.first_name, "Sophie")
    qtbot.keyClicks(f.email, "sophie.martin@example.fr")
    qtbot.keyClicks(f.phone, "06 12 34 56 78")
    f.commune.setFocus()
    qtbot.keyClicks(f.commune, "millau")
    qtbot.keyClick(f.commune_completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(f.commune_completer.popup(), Qt.Key.Key_Return)
    # First accompaniment: a reason for contact, ticked with the space bar.
    w.first_acc.reasons.setFocus()
    qtbot.keyClick(w.first_acc.reasons, Qt.Key.Key_Space)
    w.first_acc.first_request.set_date(date(2026, 11, 2))
    w.first_acc.first_appointment.set_date(date(2026, 11, 20))

    changed: list[str] = []
    app_events().beneficiaryChanged.connect(changed.append)
    with qtbot.waitSignal(w.saved, timeout=2000) as saved:
        press_save(qtbot, w)
    new_id = saved.args[0]

    detail = services.beneficiaries.get(new_id)
    assert (detail.draft.last_name, detail.draft.first_name) == ("Martin", "Sophie")
    assert detail.draft.phone == "0612345678"
    assert (detail.draft.commune_insee, detail.draft.postal_code) == ("12145", "12100")
    acc = detail.current_accompaniment
    assert acc is not None and acc.reasons == ["recul"]
    assert (acc.first_request_date, acc.first_appointment_date) == (date(2026, 11, 2), date(2026, 11, 20))
    rows = services.caseload()
    assert [(r.id, r.commune_name, r.status, r.level) for r in rows] == [(new_id, "Millau", "actif", "N1")]
    assert new_id in changed
    assert w.title() == "Sophie MARTIN"
    assert w.name_label.text() == "Sophie MARTIN"
    assert "Millau (12100)" in w.facts_label.text()
    assert w.tabs.isTabEnabled(ACCOMPANIMENT_TAB) and w.tabs.isTabEnabled(SESSIONS_TAB)
    assert not w.first_acc_box.isVisible()
    assert not w.has_unsaved_changes()


def test_new_person_needs_a_reason_for_contact(qtbot, services, store):
    w = open_file(qtbot, services, None)
    qtbot.keyClicks(w.profile.last_name, "Martin")
    qtbot.keyClicks(w.profile.first_name, "Sophie")
    before = counts(store)
    press_save(qtbot, w)
    assert counts(store) == before
    assert w.first_acc.errors.label("reasons").isVisible()
    assert w.first_acc.errors.message("reasons") == text_of(m.REASON_REQUIRED)
    assert w.banner.isVisible()


def test_edit_and_save(qtbot, services, store):
    bid = make_person(services)
    w = open_file(qtbot, services, bid)
    assert w.profile.last_name.text() == "Vidal"
    w.profile.email.setFocus()
    qtbot.keyClicks(w.profile.email, "lea.vidal@example.fr")
    w.profile.qualification_level.set_code("5")
    assert w.modified_label.isVisible()
    with qtbot.waitSignal(w.saved, timeout=2000):
        press_save(qtbot, w)
    detail = services.beneficiaries.get(bid)
    assert detail.draft.email == "lea.vidal@example.fr"
    assert detail.draft.qualification_level == "5"
    assert not w.modified_label.isVisible()
    assert w.banner.isVisible() and w.banner.text() == "Saved."


INVALID = [
    ("email", "lea@", text_of(m.EMAIL_MALFORMED)),
    ("phone", "12 34", text_of(m.PHONE_MALFORMED)),
    ("postal_code", "1210", text_of(m.POSTAL_CODE_MALFORMED)),
    ("postal_code", "99999", text_of(m.POSTAL_CODE_UNKNOWN, code="99999")),
]


@pytest.mark.parametrize(("field", "typed", "expected"), INVALID)
def test_invalid_field_blocks_creation_and_writes_nothing(qtbot, services, store, field, typed, expected):
    w = open_file(qtbot, services, None)
    qtbot.keyClicks(w.profile.last_name, "Martin")
    qtbot.keyClicks(w.profile.first_name, "Sophie")
    w.first_acc.reasons.set_codes(["emploi"])
    edit = getattr(w.profile, field)
    edit.setFocus()
    qtbot.keyClicks(edit, typed)
    before = counts(store)
    press_save(qtbot, w)
    assert counts(store) == before == (0, 0, 0, 0)
    assert services.caseload() == []
    label = w.profile.error_label(field)
    assert label.isVisible() and label.text() == expected
    assert w.is_new() and w.title() == "New person"


@pytest.mark.parametrize(("field", "typed", "expected"), INVALID)
def test_invalid_field_blocks_an_edit_and_writes_nothing(qtbot, services, store, field, typed, expected):
    bid = make_person(services)
    w = open_file(qtbot, services, bid)
    edit = getattr(w.profile, field)
    edit.setFocus()
    edit.clear()
    qtbot.keyClicks(edit, typed)
    before = counts(store)
    press_save(qtbot, w)
    assert counts(store) == before
    label = w.profile.error_label(field)
    assert label.isVisible() and label.text() == expected
    assert services.beneficiaries.get(bid).draft.postal_code == "12400"


@pytest.mark.parametrize(
    ("born", "expected"),
    [(date(2027, 3, 1), text_of(m.DATE_IN_FUTURE)), (date(2011, 6, 1), text_of(m.BIRTH_TOO_YOUNG, age="15"))],
)
def test_impossible_birth_date_writes_nothing(qtbot, services, store, born, expected):
    bid = make_person(services)
    w = open_file(qtbot, services, bid)
    w.profile.birth_date.set_date(born)
    before = counts(store)
    press_save(qtbot, w)
    assert counts(store) == before
    label = w.profile.error_label("birth_date")
    assert label.isVisible() and label.text() == expected
    assert services.beneficiaries.get(bid).draft.birth_date == date(1988, 6, 2)


def test_unchosen_commune_writes_nothing(qtbot, services, store):
    bid = make_person(services)
    w = open_file(qtbot, services, bid)
    w.profile.commune.setFocus()
    w.profile.commune.clear()
    qtbot.keyClicks(w.profile.commune, "Nowhere-sur-Rien")
    before = counts(store)
    press_save(qtbot, w)
    assert counts(store) == before
    assert w.profile.error_text("commune_insee") == text_of(m.COMMUNE_UNKNOWN)


def test_a_full_disk_is_explained_and_the_form_is_kept(qtbot, services, store, monkeypatch):
    bid = make_person(services)
    w = open_file(qtbot, services, bid)
    w.profile.address.setText("3 rue du Barry")

    def disk_full(*_args, **_kwargs):
        raise DiskFull("database or disk is full")

    monkeypatch.setattr(services.beneficiaries, "update", disk_full)
    assert w.save() is False
    assert w.banner.isVisible()
    assert w.banner.text() == DiskFull().render(QCoreApplication.translate)
    assert "Traceback" not in w.banner.text()
    assert w.profile.address.text() == "3 rue du Barry"
    assert w.has_unsaved_changes()


def test_opening_a_deleted_file_raises_for_the_caller(qtbot, services):
    bid = make_person(services)
    services.beneficiaries.delete(bid)
    with pytest.raises(LookupError):
        BeneficiaryFileWidget(services, bid)


def test_a_file_deleted_meanwhile_is_explained_on_save(qtbot, services, store):
    bid = make_person(services)
    w = open_file(qtbot, services, bid)
    services.beneficiaries.delete(bid)  # e.g. from the caseload, or the command line
    w.profile.address.setText("3 rue du Barry")
    before = counts(store)
    assert w.save() is False
    assert w.banner.isVisible()
    assert "no longer exists" in w.banner.text()
    assert counts(store) == before
    assert w.profile.address.text() == "3 rue du Barry"


def add_site(services) -> str:
    return services.counsellor.save_site(None, "Saint-Affrique", "permanence", "12208")


def test_record_a_session_appears_in_the_list(qtbot, services, store):
    add_site(services)
    bid = make_person(services)
    w = open_file(qtbot, services, bid)
    w.tabs.setCurrentIndex(SESSIONS_TAB)
    assert w.sessions.rowCount() == 0
    dlg = w.new_session()
    assert dlg is not None and dlg.isVisible()
    assert dlg.day.date() == date(2026, 11, 23)
    assert dlg.time.time().toString("HH:mm") == "10:00"
    assert dlg.duration.value() == 60
    assert dlg.site.currentText().endswith("Saint-Affrique")  # the only site is proposed
    dlg.duration.setValue(90)
    dlg.notes_shareable.setPlainText("Premier entretien : point sur le projet d'aide-soignante.")
    dlg.notes_private.setPlainText("Confie des difficultés familiales.")
    activate(qtbot, dlg)
    with qtbot.waitSignal(dlg.saved, timeout=2000):
        qtbot.keyClick(dlg.notes_shareable, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not dlg.isVisible()
    assert store.count("interview") == 1
    assert w.sessions.rowCount() == 1
    row = [w.sessions.item(0, c).text() for c in range(w.sessions.columnCount())]
    assert "Saint-Affrique" in row[1]
    assert row[3] == "90 min"
    assert row[6].startswith("Premier entretien")
    assert services.caseload()[0].sessions == 1


def test_edit_a_session_by_double_click(qtbot, services, store):
    bid = make_person(services)
    acc = services.beneficiaries.get(bid).current_accompaniment
    services.interviews.record(bid, acc.id, InterviewDraft(datetime(2026, 11, 10, 14, 0), notes_shareable="Avant"))
    w = open_file(qtbot, services, bid)
    w.tabs.setCurrentIndex(SESSIONS_TAB)
    rect = w.sessions.visualRect(w.sessions.model().index(0, 0))
    qtbot.mouseClick(w.sessions.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(w.sessions.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dlg = w.dialog
    assert dlg is not None and dlg.isVisible()
    assert dlg.notes_shareable.toPlainText() == "Avant"
    dlg.notes_shareable.setPlainText("Après")
    dlg.accept()
    assert store.count("interview") == 1
    assert w.sessions.item(0, 6).text() == "Après"


def test_session_on_a_closed_accompaniment_is_refused_until_reopened(qtbot, services, store):
    bid = make_person(services)
    acc = services.beneficiaries.get(bid).current_accompaniment
    services.accompaniments.change_status(acc.id, StatusChange("clos", date(2026, 11, 20),
                                                               closure_reason="emploi"))
    w = open_file(qtbot, services, bid)
    w.tabs.setCurrentIndex(SESSIONS_TAB)
    dlg = w.new_session()
    assert dlg.banner.isVisible()
    assert dlg.banner.text() == text_of(m.SESSION_ON_CLOSED)
    assert not dlg.save_button.isEnabled()
    activate(qtbot, dlg)
    qtbot.keyClick(dlg.notes_shareable, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dlg.isVisible()
    assert store.count("interview") == 0

    # Re-open from the dialog itself, then the session can be saved.
    status_dialog = dlg.ask_reopen()
    status_dialog.accept()
    assert not dlg.banner.isVisible()
    assert dlg.save_button.isEnabled()
    assert w.badge.text() == w.accompaniment_panel.badge.text()
    assert services.beneficiaries.get(bid).current_accompaniment.status == "reouvert"
    dlg.accept()
    assert store.count("interview") == 1
    assert w.sessions.rowCount() == 1


def test_session_validation_message_stays_in_the_dialog(qtbot, services, store):
    bid = make_person(services)
    w = open_file(qtbot, services, bid)
    dlg = w.new_session()
    dlg.level.addItem("X9", "X9")  # a level the operator's vocabulary does not have
    dlg.level.setCurrentIndex(dlg.level.count() - 1)
    dlg.accept()
    assert dlg.isVisible()
    assert dlg.errors.label("level").isVisible()
    assert dlg.errors.message("level") == text_of(m.UNKNOWN_CODE)
    assert store.count("interview") == 0


def test_header_shows_status_level_and_age(qtbot, services):
    bid = make_person(services)
    w = open_file(qtbot, services, bid)
    assert "38" in w.facts_label.text()
    assert "Saint-Affrique (12400)" in w.facts_label.text()
    assert "Aveyron" in w.facts_label.text()
    assert w.badge.text() == "Actif"
    assert "N1" in w.level_label.text()
    # A pause recorded in the Accompaniment tab shows in the header at once.
    dlg = w.accompaniment_panel.ask_status("en_pause")
    dlg.return_date.set_date(date(2027, 1, 5))
    dlg.accept()
    assert w.badge.text() == "En pause"
    assert services.caseload()[0].status == "en_pause"


def test_ctrl_s_also_saves_the_accompaniment_tab(qtbot, services):
    bid = make_person(services)
    w = open_file(qtbot, services, bid)
    w.tabs.setCurrentIndex(ACCOMPANIMENT_TAB)
    w.accompaniment_panel.editor.level.set_code("N2")
    assert w.has_unsaved_changes()
    press_save(qtbot, w)
    assert services.accompaniments.for_beneficiary(bid)[-1].level == "N2"
    assert "N2" in w.level_label.text()
    assert not w.has_unsaved_changes()


def test_a_refused_accompaniment_edit_is_kept_for_correction(qtbot, services):
    bid = make_person(services)
    w = open_file(qtbot, services, bid)
    w.profile.address.setText("3 rue du Barry")
    w.accompaniment_panel.editor.reasons.set_codes([])
    assert w.save() is False
    assert services.beneficiaries.get(bid).draft.address == "3 rue du Barry"  # the profile part was saved
    assert w.tabs.currentIndex() == ACCOMPANIMENT_TAB
    assert w.accompaniment_panel.editor.errors.message("reasons") == text_of(m.REASON_REQUIRED)
    assert w.accompaniment_panel.editor.reasons.codes() == []  # still what was typed
    assert services.accompaniments.for_beneficiary(bid)[-1].reasons == ["recul"]


def test_recording_a_session_keeps_unsaved_accompaniment_edits(qtbot, services, store):
    bid = make_person(services)
    w = open_file(qtbot, services, bid)
    w.accompaniment_panel.editor.reasons.set_codes(["recul", "emploi"])
    dlg = w.new_session()
    dlg.accept()
    assert store.count("interview") == 1
    assert w.accompaniment_panel.editor.reasons.codes() == ["recul", "emploi"]
    assert w.accompaniment_panel.save_button.isEnabled()


def test_close_without_changes_says_so_at_once(qtbot, services):
    w = open_file(qtbot, services, make_person(services))
    with qtbot.waitSignal(w.closeRequested, timeout=1000):
        w.request_close()


def unnamed_inputs(root) -> list[str]:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QHeaderView,
        QLineEdit,
        QPlainTextEdit,
        QTabBar,
        QWidget,
    )

    inputs = (QLineEdit, QComboBox, QPlainTextEdit, QAbstractSpinBox, QAbstractButton, QAbstractItemView)
    return [
        f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}" for w in root.findChildren(QWidget)
        if isinstance(w, inputs) and w.isVisible() and not w.accessibleName()
        and not isinstance(w.parent(), QAbstractSpinBox | QComboBox | QTabBar)  # parts of a composite widget
        and not isinstance(w, QHeaderView) and not isinstance(w.parent(), QAbstractItemView)  # a table's own parts
    ]


def test_every_input_of_the_file_and_its_dialogs_is_named(qtbot, services):
    add_site(services)
    bid = make_person(services)
    w = open_file(qtbot, services, bid)
    for tab in range(w.tabs.count()):
        w.tabs.setCurrentIndex(tab)
        assert unnamed_inputs(w) == [], tab
    dlg = w.new_session()
    assert unnamed_inputs(dlg) == []
    dlg.reject()
    for target in ("en_pause", "suspendu", "clos"):
        status = w.accompaniment_panel.ask_status(target)
        assert unnamed_inputs(status) == [], target
        status.reject()
