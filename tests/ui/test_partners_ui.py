"""Directory tab and referral dialog (pytest-qt, offscreen): search with distance, partner page
(plain text, notes, verification), background import with its report, referral from a service."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from cep_desk.domain import referral as ref
from cep_desk.domain.beneficiary import BeneficiaryDraft
from cep_desk.domain.places import commune_index
from cep_desk.services.partner_records import service_uuid, structure_uuid
from cep_desk.ui.completers import commune_choice
from cep_desk.ui.partners.directory_page import DirectoryPage
from cep_desk.ui.partners.referral_dialog import ReferralDialog

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "data_inclusion_sample.json"
SERVICE = service_uuid("dora", "dora--ml-millau-accompagnement")


@pytest.fixture
def page(qtbot, services):
    services.partner_import.run(SAMPLE)
    w = DirectoryPage(services)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.load()
    qtbot.waitUntil(lambda: w.results.rowCount() > 0)   # the index is built in the background
    return w


def rows(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_search_by_words_and_distance(page, qtbot) -> None:
    assert page.results.rowCount() == 4
    page._set_commune(commune_choice(commune_index().get("12145")))
    page.run_search()
    found = rows(page.results)
    assert found[0][:2] == ["Accompagnement des jeunes vers l’emploi", "Mission locale Sud Aveyron"]
    assert found[0][3].startswith("0") and "km" in found[0][3]
    assert "Permanence juridique droits des femmes" not in [r[0] for r in found]   # zone 34 only
    qtbot.keyClicks(page.text_edit, "ecoute")
    qtbot.waitUntil(lambda: page.results.rowCount() == 1)
    assert page.results.item(0, 0).text() == "Écoute téléphonique nationale"


def test_partner_page_shows_html_as_text_and_saves_notes(page, services) -> None:
    cidff = structure_uuid("dora", "dora--cidff-montpellier")
    page.page.show_structure(cidff)
    assert page.page.title.text() == "CIDFF de l’Hérault <b>bold</b>"
    assert page.page.title.textFormat() == Qt.TextFormat.PlainText
    page.page.services_list.setCurrentRow(1)
    assert "<script>" in page.page.service_text.toPlainText()
    page.page.favourite_check.setChecked(True)
    page.page.tags_edit.setText("droit, femmes")
    page.page.private_edit.setPlainText("Ne pas appeler le lundi")
    page.page.save_button.click()
    view = services.partners.get(cidff)
    assert view.favourite and view.tags == ["droit", "femmes"] and view.notes_private == "Ne pas appeler le lundi"
    page.page.verify_button.click()
    assert services.partners.get(cidff).last_verified is not None


def test_background_import_reports_rejections(page, qtbot, tmp_path: Path) -> None:
    records = json.loads(SAMPLE.read_text(encoding="utf-8"))
    records[0] = dict(records[0], nom="Mission locale Sud Aveyron – Millau", date_maj="2026-10-01")
    path = tmp_path / "update.json"
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    page.start_import(path)
    qtbot.waitUntil(lambda: page._worker is None, timeout=20000)
    assert (page.last_report.updated, len(page.last_report.rejected)) == (1, 5)
    assert "1 updated" in page.banner.text() and "Row 4 (dora--bad-structure)" in page.banner.text()


def test_reverify_list(page, services) -> None:
    ml = structure_uuid("dora", "dora--ml-millau")
    services.partners.add_contact(ml, __import__("cep_desk.services.partners", fromlist=["ContactDraft"])
                                  .ContactDraft("Julie Fabre"))
    page.refresh_reverify()
    assert page.reverify_list.count() == 1 and "Mission locale Sud Aveyron" in page.reverify_list.item(0).text()


def test_referral_dialog_from_a_persons_file(qtbot, services) -> None:
    services.partner_import.run(SAMPLE)
    person = services.beneficiaries.create(BeneficiaryDraft(last_name="Bru", first_name="Léa",
                                                            commune_insee="12145", postal_code="12100"))
    dialog = ReferralDialog(services, beneficiary_id=person)
    qtbot.addWidget(dialog)
    assert dialog.person_edit.text() == "Léa BRU" and dialog.person_edit.isReadOnly()
    choices = dialog._service_choices("jeunes")
    assert choices and choices[0][1] == SERVICE
    dialog._set_service(SERVICE)
    dialog.ok_button.click()                       # no reason yet: refused, said under the field
    assert dialog.errors.has("reason") and services.store.count("referral") == 0
    dialog.reason_edit.setPlainText("Préparer le permis B")
    dialog.agreed_edit.setPlainText("Prendre rendez-vous cette semaine")
    dialog.share_checks["identite"].setChecked(True)
    dialog.ok_button.click()                       # shared without consent: refused
    assert dialog.errors.has("consent")
    dialog.consent_check.setChecked(True)
    dialog.ok_button.click()
    r = services.referrals.for_beneficiary(person)[0]
    assert (r.reason, r.shared, r.status) == ("Préparer le permis B", ["identite"], ref.OPEN)

    follow = ReferralDialog(services, referral_id=r.id)
    qtbot.addWidget(follow)
    follow.status_combo.setCurrentIndex(follow.status_combo.findData(ref.REFUSED))
    follow.ok_button.click()
    assert follow.errors.has("status_reason")
    follow.status_reason_edit.setText("Déjà suivie ailleurs")
    follow.ok_button.click()
    assert services.referrals.get(r.id).status == ref.REFUSED


def test_directory_tab_in_the_main_window(qtbot, services) -> None:
    from cep_desk.ui.main_window import MainWindow

    window = MainWindow(services)
    qtbot.addWidget(window)
    assert window.tabs.indexOf(window.directory_page) >= 0
    assert not window.close_tab(window.tabs.indexOf(window.directory_page))


def test_referrals_panel_lists_a_persons_referrals(qtbot, services) -> None:
    from cep_desk.ui.partners.referrals_panel import ReferralsPanel

    services.partner_import.run(SAMPLE)
    person = services.beneficiaries.create(BeneficiaryDraft(last_name="Bru", first_name="Léa",
                                                            commune_insee="12145", postal_code="12100"))
    rid = services.referrals.create(person, ref.ReferralDraft(service_id=SERVICE, reason="Permis"))
    services.referrals.change_status(rid, ref.REFUSED, reason="Hors zone")
    panel = ReferralsPanel(services, person)
    qtbot.addWidget(panel)
    assert rows(panel.table)[0][1:4] == ["Accompagnement des jeunes vers l’emploi", "Mission locale Sud Aveyron",
                                         "refused — Hors zone"]


def test_the_persons_file_has_a_referrals_tab(qtbot, services) -> None:
    from cep_desk.ui.beneficiary_file import REFERRALS_TAB, BeneficiaryFileWidget

    services.partner_import.run(SAMPLE)
    first = services.beneficiaries.create(BeneficiaryDraft(last_name="Bru", first_name="Léa"))
    second = services.beneficiaries.create(BeneficiaryDraft(last_name="Vidal", first_name="Marc"))
    services.referrals.create(first, ref.ReferralDraft(service_id=SERVICE, reason="Permis"))
    f = BeneficiaryFileWidget(services, first)
    qtbot.addWidget(f)
    assert f.tabs.tabText(REFERRALS_TAB) == "Referrals" and f.tabs.isTabEnabled(REFERRALS_TAB)
    assert rows(f.referrals_panel.table)[0][2] == "Mission locale Sud Aveyron"
    f.assign(second)  # the same widget reused for another person shows that person's referrals
    assert f.referrals_panel.table.rowCount() == 0
    new = BeneficiaryFileWidget(services, None)
    qtbot.addWidget(new)
    assert not new.tabs.isTabEnabled(REFERRALS_TAB)
