"""The "Today" tab: first in the main window, sections filled with their counts, a line opens the
person's file on the right tab (click or Enter), snooze / done, reminders, the agenda (plan,
conflict asked, cancel, .ics export) and time spent. Real encrypted store, frozen clock
(Monday 23 November 2026, 10:00)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from cep_desk.domain import due
from cep_desk.domain.accompaniment import AccompanimentDraft
from cep_desk.domain.agenda import AppointmentDraft
from cep_desk.domain.beneficiary import BeneficiaryDraft
from cep_desk.domain.contact_log import ContactLogDraft
from cep_desk.domain.plan import Milestone, Plan
from cep_desk.settings import Settings
from cep_desk.ui.beneficiary_file import SESSIONS_TAB
from cep_desk.ui.cockpit.home_view import ITEM_ROLE
from cep_desk.ui.cockpit.page import TodayPage
from cep_desk.ui.main_window import MainWindow


@pytest.fixture
def people(services) -> dict[str, str]:  # type: ignore[no-untyped-def]
    site = services.counsellor.save_site(None, "Decazeville – permanence", "permanence", "12089")
    ids = {}
    for last, first in (("Fabre", "Hélène"), ("Costes", "Inès")):
        ids[last] = services.beneficiaries.create(
            BeneficiaryDraft(last_name=last, first_name=first, commune_insee="12202", postal_code="12000"),
            AccompanimentDraft(level="N2", reasons=["projet.reconversion"], first_request_date=date(2026, 10, 1)))
    services.plans.save(ids["Fabre"], Plan([], [], [Milestone(date(2026, 11, 20), "Envoyer le CV", "autre"),
                                                     Milestone(date(2026, 11, 26), "Réunion IFAS", "autre")]),
                        confirmed=True)
    services.contacts.log(ids["Fabre"], ContactLogDraft("appel", datetime(2026, 11, 20, 9, 0)))
    services.agenda.plan(AppointmentDraft(datetime(2026, 11, 23, 14, 0), 60, site, ids["Fabre"]))
    services.agenda.plan(AppointmentDraft(datetime(2026, 11, 23, 16, 0), 60, None, ids["Costes"], "telephone"))
    ids["site"] = site
    return ids


@pytest.fixture
def window(qtbot, services, people):  # type: ignore[no-untyped-def]
    w = MainWindow(services, settings=Settings())
    w.today_page.notifier.tray = None          # the in-app banner, whatever the test desktop offers
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.today_page.cockpit is not None, timeout=5000)
    return w


def lines(page: TodayPage, section: str) -> list:  # type: ignore[type-arg]
    tree = page.home.tree
    out = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        if top.data(0, ITEM_ROLE) != section:
            continue
        stack = [top.child(j) for j in range(top.childCount())]
        while stack:
            node = stack.pop(0)
            if page.home.item_of(node) is not None:
                out.append(node)
            stack[0:0] = [node.child(j) for j in range(node.childCount())]
    return out


def section_title(page: TodayPage, section: str) -> str:
    tree = page.home.tree
    return next(tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).data(0, ITEM_ROLE) == section)


def test_today_is_the_first_tab_and_loads_after_the_first_paint(window) -> None:  # type: ignore[no-untyped-def]
    assert window.tabs.widget(0) is window.today_page and window.tabs.currentIndex() == 0
    assert window.tabs.indexOf(window.caseload_page) == 1
    assert not window.close_tab(0) and window.tabs.widget(0) is window.today_page   # cannot be closed
    page = window.today_page
    assert page.home.title.text().startswith("Today, ")
    assert section_title(page, due.OVERDUE) == "Overdue jalons (1)"
    assert section_title(page, due.WEEK) == "Jalons due this week (1)"
    assert section_title(page, due.APPOINTMENTS) == "Today's appointments (2)"
    assert section_title(page, due.NO_CONTACT) == "No contact for 8 weeks or more (1)"   # Costes, never seen
    texts = [n.text(0) for n in lines(page, due.APPOINTMENTS)]
    assert texts == ["16:00–17:00 · Inès COSTES", "14:00–15:00 · Hélène FABRE"]   # no site first, then the site
    site_rows = [page.home.tree.topLevelItem(0).child(i).text(0) for i in range(2)]
    assert site_rows[1] == "Decazeville – permanence"
    overdue = lines(page, due.OVERDUE)[0].text(0)
    assert "Envoyer le CV" in overdue and "3 day(s) late" in overdue
    # Reminders shown in the banner (no system tray here).
    assert page.home.banner.isVisible() and "1 overdue jalon" in page.home.banner.text()


def test_enter_on_a_line_opens_the_file_on_the_right_tab(qtbot, window, people) -> None:  # type: ignore[no-untyped-def]
    page = window.today_page
    overdue = lines(page, due.OVERDUE)[0]
    page.home.tree.setCurrentItem(overdue)
    page.home.tree.setFocus()
    qtbot.keyClick(page.home.tree, Qt.Key.Key_Return)
    widget = window.tabs.currentWidget()
    assert window.open_file_ids() == [people["Fabre"]]
    assert widget.tabs.currentIndex() == SESSIONS_TAB                  # the plan and its jalons
    # A double-click on today's appointment brings the same file forward.
    window.tabs.setCurrentIndex(0)
    page.home.open_item(lines(page, due.APPOINTMENTS)[1])
    assert window.tabs.currentWidget() is widget and window.open_file_ids() == [people["Fabre"]]


def test_snooze_and_done_hide_the_line(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    page = window.today_page
    page.home.tree.setCurrentItem(lines(page, due.OVERDUE)[0])
    assert page.home.snooze_button.isEnabled()
    page.home.snooze_button.click()
    assert section_title(page, due.OVERDUE) == "Overdue jalons (0)"
    assert services.store.count("reminder_state") == 1
    page.home.tree.setCurrentItem(lines(page, due.WEEK)[0])
    page.home.done_button.click()
    assert section_title(page, due.WEEK) == "Jalons due this week (0)"
    # Appointments are not "done" from here: they stay in the day's list.
    page.home.tree.setCurrentItem(lines(page, due.APPOINTMENTS)[0])
    assert not page.home.done_button.isEnabled() and page.home.open_button.isEnabled()


def test_reminders_are_announced_once_per_run(window) -> None:  # type: ignore[no-untyped-def]
    page = window.today_page
    page.home.banner.clear_message()
    page.load()
    assert not page.home.banner.isVisible()           # nothing new since the first load


def test_no_contact_weeks_setting(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = window.today_page
    page.home.weeks.setValue(1)
    page.home.weeks.editingFinished.emit()
    qtbot.waitUntil(lambda: section_title(page, due.NO_CONTACT).startswith("No contact for 1 weeks"), timeout=3000)
    assert page.settings is not None and page.settings.no_contact_weeks == 1


def test_agenda_plan_conflict_cancel_export(qtbot, window, people, services, tmp_path: Path,
                                           monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = window.today_page
    page.tabs.setCurrentWidget(page.agenda)
    agenda = page.agenda
    assert agenda.table.rowCount() == 2
    dialog = agenda.plan()
    dialog.day.setDate(dialog.day.date().fromString("2026-11-23", "yyyy-MM-dd"))
    dialog.time.setTime(dialog.time.time().fromString("14:30", "HH:mm"))
    dialog.person.setText("Inès COSTES")
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    dialog.save_button.click()
    assert asked and "overlaps 1 other appointment(s), the first at 14:00" in asked[0]
    assert agenda.table.rowCount() == 3
    statuses = [agenda.table.item(r, 5).text() for r in range(3)]
    assert sum("overlaps" in s for s in statuses) == 2
    # The home view follows.
    qtbot.waitUntil(lambda: section_title(page, due.APPOINTMENTS) == "Today's appointments (3)", timeout=3000)
    # Unknown person typed: said under the field, nothing saved.
    dialog = agenda.plan()
    dialog.person.setText("Personne Inconnue")
    dialog.save_button.click()
    assert dialog.errors.has("beneficiary_id") and services.store.count("appointment") == 3
    dialog.reject()
    # Cancel the new one.
    row = next(r for r in range(3) if agenda.table.item(r, 0).text().endswith("14:30"))
    agenda.table.selectRow(row)
    agenda.cancel_button.click()
    assert agenda.table.rowCount() == 2
    # 14:00 has not come yet at 10:00: it cannot be marked done; after it, it can.
    agenda.table.selectRow(0)
    assert agenda.table.item(0, 0).text().endswith("14:00") and not agenda.done_button.isEnabled()
    services.ctx.now = lambda: datetime(2026, 11, 23, 15, 0)
    agenda.reload()
    agenda.table.selectRow(0)
    agenda.done_button.click()
    assert agenda.table.item(0, 5).text() == "done"
    target = agenda.export_ics(str(tmp_path / "agenda.ics"))
    text = target.read_text(encoding="utf-8")
    assert text.count("BEGIN:VEVENT") == 3 and "SUMMARY:CEP – H. F." in text and "FABRE" not in text
    assert agenda.banner.isVisible()


def test_time_spent_tab(window, people) -> None:  # type: ignore[no-untyped-def]
    page = window.today_page
    page.tabs.setCurrentWidget(page.time_spent)
    view = page.time_spent
    view.step(-7)                    # the week of the call (Friday 20 November)
    assert view.table.rowCount() == 1 and view.table.item(0, 0).text() == "Hélène FABRE"
    assert view.table.item(0, 2).text() == "1 · 0 h 10" and "2026-W47" in view.title.text()


def test_print_the_calendar_of_jalons_opens_the_plan_document(window, people) -> None:  # type: ignore[no-untyped-def]
    from cep_desk.ui.beneficiary_file import DOCUMENTS_TAB

    page = window.today_page
    page.home.tree.setCurrentItem(lines(page, due.OVERDUE)[0])
    assert page.home.calendar_button.isEnabled()
    dialog = page.print_calendar(people["Fabre"])
    widget = window.tabs.currentWidget()
    assert widget.tabs.currentIndex() == DOCUMENTS_TAB and dialog is not None
    dialog.reject()
    page.home.tree.setCurrentItem(lines(page, due.APPOINTMENTS)[0])
    assert not page.home.calendar_button.isEnabled()


def test_the_demo_banner_shows_above_every_tab(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    w = MainWindow(services, demo=True, settings=Settings())
    qtbot.addWidget(w)
    w.show()
    for page in (w.today_page, w.caseload_page, w.directory_page):
        w.tabs.setCurrentWidget(page)
        assert w.demo_banner.isVisible()
    plain = MainWindow(services, settings=Settings())
    qtbot.addWidget(plain)
    plain.show()
    assert not plain.demo_banner.isVisible()



def test_an_appointment_starts_its_guided_session_and_is_done_once_saved(qtbot, window, people, services) -> None:  # type: ignore[no-untyped-def]
    from cep_desk.ui.beneficiary_file import SESSIONS_TAB

    page = window.today_page
    fabre = next(n for n in lines(page, due.APPOINTMENTS) if page.home.item_of(n).beneficiary_id == people["Fabre"])
    page.home.tree.setCurrentItem(fabre)
    assert page.home.session_button.isEnabled()
    page.home.session_button.click()
    file = window.tabs.currentWidget()
    assert file.tabs.currentIndex() == SESSIONS_TAB
    session = file.session_window
    assert session is not None and session.isVisible()
    draft = session.fields.draft()
    assert (draft.starts_at, draft.duration_min, draft.site_id, draft.channel) == (
        datetime(2026, 11, 23, 14, 0), 60, people["site"], "presentiel")
    interview_id = session.save()
    assert interview_id
    done = [a for a in services.agenda.day(date(2026, 11, 23)) if a.beneficiary_id == people["Fabre"]]
    assert [a.status for a in done] == ["done"]
    page.home.tree.setCurrentItem(page.home.tree.topLevelItem(0))   # a section title: nothing to start
    assert not page.home.session_button.isEnabled()
