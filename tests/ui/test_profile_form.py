"""The profile form on its own: live checks under each field, completers, code lists.

Assertions are on what the counsellor sees (the red label's text and
visibility, the field's content) and on ``draft()``, what Save hands over.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from cep_desk.domain import messages as m
from cep_desk.domain.beneficiary import BeneficiaryDraft, EmploymentStatusEntry, TargetJobEntry
from cep_desk.domain.codelists import referentials
from cep_desk.domain.messages import Issue
from cep_desk.ui.language import current_language
from cep_desk.ui.profile_form import ProfileForm
from tests.conftest import TODAY


def text_of(message: str, **params: str) -> str:
    return Issue("x", message, params).render(QCoreApplication.translate)


@pytest.fixture
def form(qtbot) -> ProfileForm:
    f = ProfileForm(today=lambda: TODAY)
    qtbot.addWidget(f)
    f.resize(1200, 900)
    f.show()
    qtbot.waitExposed(f)
    return f


def type_and_leave(qtbot, line_edit, text: str) -> None:
    """Type like a person, then press Enter (what leaving the field does: editingFinished)."""
    line_edit.setFocus()
    line_edit.clear()
    qtbot.keyClicks(line_edit, text)
    qtbot.keyClick(line_edit, Qt.Key.Key_Return)


@pytest.mark.parametrize(
    ("field", "typed", "expected"),
    [
        ("email", "sophie.martin@", text_of(m.EMAIL_MALFORMED)),
        ("phone", "06 12 34", text_of(m.PHONE_MALFORMED)),
        ("postal_code", "1210", text_of(m.POSTAL_CODE_MALFORMED)),
        ("postal_code", "99999", text_of(m.POSTAL_CODE_UNKNOWN, code="99999")),
    ],
)
def test_a_wrong_value_is_explained_under_its_field(qtbot, form, field, typed, expected):
    type_and_leave(qtbot, getattr(form, field), typed)
    label = form.error_label(field)
    assert label.isVisible()
    assert label.text() == expected
    # Screen readers get the same sentence on the field itself.
    assert getattr(form, field).accessibleDescription() == expected


def test_the_message_goes_away_as_soon_as_the_value_is_fixed(qtbot, form):
    type_and_leave(qtbot, form.email, "sophie.martin@")
    assert form.error_label("email").isVisible()
    qtbot.keyClicks(form.email, "example.fr")
    assert not form.error_label("email").isVisible()
    assert form.error_text("email") == ""


def test_valid_values_show_no_message(qtbot, form):
    type_and_leave(qtbot, form.email, "sophie.martin@example.fr")
    type_and_leave(qtbot, form.phone, "06 12 34 56 78")
    type_and_leave(qtbot, form.postal_code, "12100")
    assert not form.has_issues()


def test_birth_date_typed_as_digits_shows_the_age(qtbot, form):
    form.birth_date.edit.setFocus()
    qtbot.keyClicks(form.birth_date.edit, "15031985")
    assert form.draft().birth_date == date(1985, 3, 15)
    assert "41" in form.age_label.text()
    assert not form.error_label("birth_date").isVisible()


@pytest.mark.parametrize(
    ("born", "expected"),
    [
        (date(2027, 1, 2), text_of(m.DATE_IN_FUTURE)),
        (date(2011, 2, 1), text_of(m.BIRTH_TOO_YOUNG, age="15")),
    ],
)
def test_impossible_birth_dates_are_explained(qtbot, form, born, expected):
    form.birth_date.set_date(born)
    assert form.error_label("birth_date").isVisible()
    assert form.error_text("birth_date") == expected


def test_clearing_a_date_sets_it_back_to_unknown(qtbot, form):
    form.birth_date.set_date(date(1980, 5, 4))
    form.birth_date.edit.setFocus()
    qtbot.keyClick(form.birth_date.edit, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert form.draft().birth_date is None
    assert form.age_label.text() == ""


def test_commune_is_chosen_from_the_completer_with_the_keyboard(qtbot, form):
    form.commune.setFocus()
    qtbot.keyClicks(form.commune, "Millau")
    popup = form.commune_completer.popup()
    assert popup.isVisible()
    assert popup.model().index(0, 0).data() == "Millau (12100)"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    draft = form.draft()
    assert draft.commune_insee == "12145"
    assert draft.postal_code == "12100"  # filled because it was empty
    assert form.commune.text() == "Millau (12100)"
    assert "Aveyron" in form.commune_hint.text()


def test_typing_a_postal_code_proposes_its_communes(qtbot, form):
    form.postal_code.setFocus()
    qtbot.keyClicks(form.postal_code, "12400")
    popup = form.postal_completer.popup()
    assert popup.isVisible()
    shown = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert "Saint-Affrique (12400)" in shown
    assert all(s.endswith("(12400)") for s in shown)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert form.postal_code.text() == "12400"
    assert form.draft().commune_insee == "12208"


def test_a_postal_code_of_a_single_commune_fills_the_commune(qtbot, form):
    type_and_leave(qtbot, form.postal_code, "12150")
    assert form.commune.text() == "Sévérac d'Aveyron (12150)"
    assert form.draft().commune_insee is not None


def test_a_commune_typed_but_not_chosen_is_refused(qtbot, form):
    type_and_leave(qtbot, form.commune, "Zzyzx")
    assert form.error_text("commune_insee") == text_of(m.COMMUNE_UNKNOWN)
    assert form.draft().commune_insee is None
    assert any(i.field == "commune_insee" for i in form.validate())


def test_commune_and_postal_code_that_disagree_are_flagged(qtbot, form):
    form.set_draft(BeneficiaryDraft(last_name="A", first_name="B", postal_code="12100", commune_insee="12145"))
    type_and_leave(qtbot, form.postal_code, "12400")
    assert form.error_text("postal_code") == text_of(m.COMMUNE_POSTAL_MISMATCH, code="12400", commune="Millau")


def test_code_lists_distinguish_not_asked_from_not_specified(form):
    assert form.draft().pcs is None
    form.pcs.set_code("nr")
    assert form.draft().pcs == "nr"
    assert form.pcs.itemText(0) != form.pcs.currentText()


def test_qualification_shows_the_old_national_scale(form):
    lang = current_language()
    old = referentials()["qualification_old_scale"]
    form.qualification_level.set_code("4")
    form.diploma_obtained.set_code("oui")
    assert form.old_scale.text() == old.label("iv_avec_diplome", lang)
    form.diploma_obtained.set_code("non")
    assert form.old_scale.text() == old.label("iv_sans_diplome", lang)
    assert form.old_scale.isReadOnly()


def test_several_statuses_with_job_seeker_category(qtbot, form):
    qtbot.mouseClick(form.add_status_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.add_status_button, Qt.MouseButton.LeftButton)
    first, second = form._status_rows
    first.code.set_code("cdd")
    assert not first.category.isVisible()
    second.code.set_code("de_inscrit")
    assert second.category.isVisible()
    second.category.set_code("B")
    first.start.set_date(date(2026, 9, 1))
    statuses = form.draft().statuses
    assert [(s.code, s.jobseeker_category, s.start_date) for s in statuses] == [
        ("cdd", None, date(2026, 9, 1)), ("de_inscrit", "B", None)]
    qtbot.mouseClick(first.remove, Qt.MouseButton.LeftButton)
    assert [s.code for s in form.draft().statuses] == ["de_inscrit"]


def test_a_status_line_without_status_is_refused(qtbot, form):
    qtbot.mouseClick(form.add_status_button, Qt.MouseButton.LeftButton)
    form.set_draft(BeneficiaryDraft(last_name="A", first_name="B",
                                    statuses=[EmploymentStatusEntry("cdi", date(2020, 1, 1))]))
    qtbot.mouseClick(form.add_status_button, Qt.MouseButton.LeftButton)
    issues = form.validate()
    assert [i.field for i in issues] == ["statuses[1]"]
    form.show_issues(issues)
    assert form.error_label("statuses[1]").isVisible()


def test_status_end_before_start_is_explained(form):
    form.set_draft(BeneficiaryDraft(last_name="A", first_name="B",
                                    statuses=[EmploymentStatusEntry("cdi", date(2020, 1, 1))]))
    form._status_rows[0].end.set_date(date(2019, 1, 1))
    assert form.error_text("statuses[0]") == text_of(m.STATUS_END_BEFORE_START)


def test_target_job_from_the_rome_completer(qtbot, form):
    form.job_input.setFocus()
    qtbot.keyClicks(form.job_input, "boulanger")
    popup = form.job_completer.popup()
    assert popup.isVisible()
    assert popup.model().index(0, 0).data() == "Boulanger / Boulangère (D1102)"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert form.jobs_list.count() == 1
    assert form.jobs_list.item(0).text() == "Boulanger / Boulangère (D1102)"
    assert form.job_input.text() == ""
    assert [(j.code_rome, j.label) for j in form.draft().target_jobs] == [("D1102", "Boulanger / Boulangère")]
    form.jobs_list.setCurrentRow(0)
    qtbot.mouseClick(form.remove_job_button, Qt.MouseButton.LeftButton)
    assert form.draft().target_jobs == []


def test_consent_checkbox_dates_the_consent_today(form):
    form.consent_given.setChecked(True)
    assert form.draft().consent_date == TODAY
    issues = form.validate()
    assert any(i.field == "consent_explained" for i in issues)


def test_draft_round_trip(form):
    draft = BeneficiaryDraft(
        last_name="Vidal", first_name="Léa", birth_name="Cros", sex="F", birth_date=date(1988, 6, 2),
        email="lea.vidal@example.fr", phone="0612345678", address="3 rue du Barry", postal_code="12400",
        commune_insee="12208", pcs="employes", qualification_level="3", diploma_obtained="oui", sector="Q",
        company_size="10_49", rqth="non", origin="france_travail", resignation_project=True,
        consent_given=True, consent_date=date(2026, 11, 2), consent_explained="CEP, données, droits",
        notes_shareable="Souhaite se former", notes_private="Situation familiale difficile",
        statuses=[EmploymentStatusEntry("cdi", date(2015, 3, 1), None, None, "s1")],
        target_jobs=[TargetJobEntry("12345", "Aide-soignant / Aide-soignante", "J1501", "t1")],
    )
    form.set_draft(draft)
    assert form.phone.text() == "06 12 34 56 78"
    out = form.draft()
    out.phone = out.phone.replace(" ", "")
    assert out == draft
    assert form.validate() == []


def test_notes_are_labelled_and_tab_leaves_them(qtbot, form):
    assert "never exported" in form.notes_private.accessibleName()
    assert form.notes_private.styleSheet() != form.notes_shareable.styleSheet()
    form.notes_shareable.setFocus()
    qtbot.keyClick(form.notes_shareable, Qt.Key.Key_Tab)
    assert form.notes_shareable.toPlainText() == ""  # Tab moved the focus instead of typing a tab


def test_every_input_has_an_accessible_name(qtbot, form):
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

    qtbot.mouseClick(form.add_status_button, Qt.MouseButton.LeftButton)
    inputs = (QLineEdit, QComboBox, QPlainTextEdit, QAbstractSpinBox, QAbstractButton)
    missing = [
        (type(w).__name__, w.objectName()) for w in form.findChildren(QWidget)
        if isinstance(w, inputs) and w.isVisible() and not w.accessibleName()
        and not isinstance(w.parent(), QAbstractSpinBox | QComboBox)  # a spin box's / combo's own line edit
    ]
    assert missing == []


def test_tab_follows_the_reading_order_even_for_added_statuses(qtbot, form):
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    form.activateWindow()
    assert QTest.qWaitForWindowActive(form)
    qtbot.mouseClick(form.add_status_button, Qt.MouseButton.LeftButton)
    row = form._status_rows[0]
    assert QApplication.focusWidget() is row.code  # the new line gets the focus
    form.resignation_project.setFocus()
    qtbot.keyClick(form.resignation_project, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is row.code
    form.last_name.setFocus()
    qtbot.keyClick(form.last_name, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.first_name


def test_status_rows_built_ahead_are_used_then_new_ones_built(qtbot, form):
    """The main window builds two hidden status lines while idle; filling the form uses them as they
    are, unseen and absent from the draft until used, with the same checks and tab order as new ones."""
    form.keep_status_rows_ready(2)
    ahead = list(form._ready_rows)
    assert len(ahead) == 2 and not any(row.isVisible() for row in ahead)
    assert form.draft().statuses == [] and form.no_status_label.isVisible()

    statuses = [EmploymentStatusEntry("de_inscrit", date(2025, 1, 6), None, "B", "s1"),
                EmploymentStatusEntry("cdd", date(2024, 3, 1), date(2024, 12, 31), None, "s2")]
    form.set_draft(BeneficiaryDraft(last_name="Sabatier", first_name="Loïc", statuses=statuses))
    assert form._status_rows == ahead and form._ready_rows == []
    assert all(row.isVisible() for row in ahead) and not form.no_status_label.isVisible()
    assert ahead[0].category.isVisible() and ahead[0].category.code() == "B"
    assert form.draft().statuses == statuses  # ids kept: a save updates these two lines

    qtbot.mouseClick(form.add_status_button, Qt.MouseButton.LeftButton)  # none left ahead: built now
    third = form._status_rows[2]
    assert third not in ahead and third.start.edit.default_date == TODAY
    ahead[1].end.set_date(date(2023, 1, 1))
    assert form.error_text("statuses[1]") == text_of(m.STATUS_END_BEFORE_START)
    qtbot.mouseClick(ahead[0].remove, Qt.MouseButton.LeftButton)
    assert [s.id for s in form.draft().statuses] == ["s2", None]
