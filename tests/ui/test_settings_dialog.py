"""Settings: profile saved or refused with the reason under the field, sites, language,
data folder, recovery key."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QDialog, QMessageBox

from cep_desk.services.views import CounsellorView
from cep_desk.settings import Settings
from cep_desk.storage.keys import format_recovery_key
from cep_desk.ui.events import app_events
from cep_desk.ui.settings_dialog import SettingsDialog, SiteDialog


@pytest.fixture
def dialog(qtbot, services):  # type: ignore[no-untyped-def]
    dlg = SettingsDialog(services, Settings())
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def _fill(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.clear()
    qtbot.keyClicks(edit, text)


def test_save_profile(qtbot, dialog: SettingsDialog, services) -> None:  # type: ignore[no-untyped-def]
    _fill(qtbot, dialog.first_name_edit, "Claire")
    _fill(qtbot, dialog.last_name_edit, "Martin")
    _fill(qtbot, dialog.email_edit, "claire.martin@example.fr")
    _fill(qtbot, dialog.phone_edit, "05 65 12 34 56")
    dialog.operator_combo.set_code("regional")
    _fill(qtbot, dialog.structure_edit, "CIBC Aveyron")
    dialog.vocabulary_combo.setCurrentIndex(dialog.vocabulary_combo.findData("regional_uo"))
    assert "UO 2.1" in dialog.vocabulary_preview.text()
    with qtbot.waitSignal(app_events().settingsChanged, timeout=2000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    p = services.counsellor.profile()
    assert (p.first_name, p.last_name, p.email, p.operator, p.structure, p.level_vocabulary) == (
        "Claire", "Martin", "claire.martin@example.fr", "regional", "CIBC Aveyron", "regional_uo")
    assert p.phone.replace(" ", "") == "0565123456"
    assert [c.code for c in services.counsellor.levels().codes] == ["UO0", "UO1", "UO2.1", "UO2.2"]
    assert services.ctx.actor == "Claire Martin"


def test_existing_profile_is_shown(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    services.counsellor.save_profile(CounsellorView(first_name="Léa", last_name="Pons", operator="apec",
                                                    level_vocabulary="legacy_3"))
    dlg = SettingsDialog(services, Settings())
    qtbot.addWidget(dlg)
    assert dlg.first_name_edit.text() == "Léa" and dlg.last_name_edit.text() == "Pons"
    assert dlg.operator_combo.code() == "apec"
    assert dlg.vocabulary_combo.currentData() == "legacy_3"


def test_invalid_email_is_shown_and_nothing_saved(qtbot, dialog: SettingsDialog, services) -> None:  # type: ignore[no-untyped-def]
    _fill(qtbot, dialog.first_name_edit, "Claire")
    _fill(qtbot, dialog.email_edit, "claire.martin@")
    dialog.tabs.setCurrentIndex(2)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.isVisible()
    assert dialog.tabs.currentIndex() == 0  # back to where the problem is
    assert dialog.errors.has("email")
    label = dialog.errors.label("email")
    assert label.isVisible() and "e-mail address is not valid" in label.text()
    assert not dialog.errors.has("phone")
    assert services.counsellor.profile() == CounsellorView()  # nothing saved
    assert not Path(Settings.load().resolved_data_dir()).joinpath("x").exists()
    # Fixing the field clears the message.
    qtbot.keyClicks(dialog.email_edit, "example.fr")
    assert not dialog.errors.has("email")


def test_add_a_permanence_with_its_commune(qtbot, dialog: SettingsDialog, services) -> None:  # type: ignore[no-untyped-def]
    dialog.tabs.setCurrentIndex(1)
    with qtbot.waitSignal(app_events().settingsChanged, timeout=2000):
        qtbot.mouseClick(dialog.add_site_button, Qt.MouseButton.LeftButton)
        site_dialog = dialog.site_dialog
        assert isinstance(site_dialog, SiteDialog) and site_dialog.isVisible()
        qtbot.keyClicks(site_dialog.name_edit, "Permanence de Saint-Affrique")
        site_dialog.kind_combo.set_code("permanence")
        qtbot.keyClicks(site_dialog.commune_edit, "12400")
        choices = [display for display, _ in site_dialog.commune_completer.choices.items()]
        assert "Saint-Affrique (12400)" in choices
        popup = site_dialog.commune_completer.popup()
        row = choices.index("Saint-Affrique (12400)")
        popup.setCurrentIndex(site_dialog.commune_completer.completionModel().index(row, 0))
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        assert site_dialog.commune_edit.text() == "Saint-Affrique (12400)"
        qtbot.mouseClick(site_dialog.save_button, Qt.MouseButton.LeftButton)
    sites = services.counsellor.sites()
    assert [(s.name, s.kind, s.commune_insee, s.active) for s in sites] == [
        ("Permanence de Saint-Affrique", "permanence", "12208", True)]
    assert dialog.sites_table.rowCount() == 1
    assert dialog.sites_table.item(0, 2).text() == "Saint-Affrique (12400)"


def test_site_commune_typed_without_choosing_is_resolved_or_refused(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    dlg = SiteDialog(services)
    qtbot.addWidget(dlg)
    dlg.name_edit.setText("Antenne")
    dlg.commune_edit.setText("Nulle-Part-sur-Mer")
    dlg.accept()
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert dlg.errors.has("commune_insee")
    assert "choose it from the list" in dlg.errors.message("commune_insee")
    assert services.counsellor.sites() == []
    dlg.commune_edit.setText("millau")  # one commune has exactly this name
    dlg.accept()
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert services.counsellor.sites()[0].commune_insee == "12145"


def test_site_without_name_is_refused(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    dlg = SiteDialog(services)
    qtbot.addWidget(dlg)
    dlg.accept()
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert dlg.errors.has("name")
    assert services.counsellor.sites(include_inactive=True) == []


def test_deactivate_and_reactivate_a_site(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    site_id = services.counsellor.save_site(None, "Permanence de Nant", "permanence", "12168")
    dlg = SettingsDialog(services, Settings())
    qtbot.addWidget(dlg)
    dlg.sites_table.selectRow(0)
    assert dlg.toggle_site_button.text().replace("&", "") == "Deactivate"
    qtbot.mouseClick(dlg.toggle_site_button, Qt.MouseButton.LeftButton)
    assert services.counsellor.sites() == []
    assert services.counsellor.sites(include_inactive=True)[0].active is False
    assert dlg.sites_table.item(0, 3).text() == "Inactive"
    dlg.sites_table.selectRow(0)
    assert dlg.toggle_site_button.text().replace("&", "") == "Reactivate"
    qtbot.mouseClick(dlg.toggle_site_button, Qt.MouseButton.LeftButton)
    assert [s.id for s in services.counsellor.sites()] == [site_id]


def test_edit_a_site(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    services.counsellor.save_site(None, "Millau", "principal", "12145")
    dlg = SettingsDialog(services, Settings())
    qtbot.addWidget(dlg)
    dlg.sites_table.selectRow(0)
    site_dialog = dlg.edit_site()
    assert site_dialog is not None
    assert site_dialog.commune_edit.text() == "Millau (12100)"
    site_dialog.name_edit.setText("Millau – site principal")
    site_dialog.accept()
    assert services.counsellor.sites()[0].name == "Millau – site principal"
    assert services.counsellor.sites()[0].commune_insee == "12145"
    assert dlg.sites_table.item(0, 0).text() == "Millau – site principal"


def test_language_and_data_folder_are_saved_for_next_start(qtbot, dialog: SettingsDialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert dialog.french_radio.isChecked()
    dialog.english_radio.setChecked(True)
    dialog.set_data_dir(str(tmp_path / "elsewhere"))
    assert str(tmp_path / "elsewhere") in dialog.next_folder_edit.text()
    assert dialog.current_folder_edit.text() == str(dialog.services.store.data_dir)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = Settings.load()
    assert saved.language == "en"
    assert saved.resolved_data_dir() == tmp_path / "elsewhere"
    reopened = SettingsDialog(dialog.services, saved)
    qtbot.addWidget(reopened)
    assert reopened.english_radio.isChecked()
    reopened.set_data_dir("")
    assert "(default)" in reopened.next_folder_edit.text()


def test_recovery_key_shown_after_confirmation(qtbot, dialog: SettingsDialog, store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog.tabs.setCurrentIndex(4)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.mouseClick(dialog.show_key_button, Qt.MouseButton.LeftButton)
    assert dialog.recovery_panel is None
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.show_key_button, Qt.MouseButton.LeftButton)
    panel = dialog.recovery_panel
    assert panel is not None and panel.isVisible()
    assert panel.key_text() == format_recovery_key(store.recovery_key_bytes)
    assert panel.key_view.isReadOnly()
    assert QFontInfo(panel.key_view.font()).fixedPitch()  # the font really drawn is monospace
    assert panel.save_button.isVisible() and panel.print_button.isVisible()


def test_every_field_is_named_for_assistive_technology(dialog: SettingsDialog) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QTableWidget

    unnamed: list[str] = []
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        for cls in (QLineEdit, QComboBox, QAbstractButton, QTableWidget):
            for w in dialog.findChildren(cls):
                if not w.isVisibleTo(dialog) or w.accessibleName():
                    continue
                if isinstance(w, QAbstractButton) and w.text():
                    continue  # the button's text is its name
                unnamed.append(f"tab {tab}: {type(w).__name__}")
    assert unnamed == []
