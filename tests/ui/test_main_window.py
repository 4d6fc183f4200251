"""Main window: the caseload loads, search / filters / sort work, files open in tabs.

Data is created through the services (the same path as the window), on a
real encrypted store.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QApplication

from cep_desk.domain.accompaniment import AccompanimentDraft, StatusChange
from cep_desk.domain.beneficiary import BeneficiaryDraft, TargetJobEntry
from cep_desk.domain.caseload import CaseloadFilter, CaseloadRow, make_search_key
from cep_desk.domain.interview import InterviewDraft
from cep_desk.ui.caseload_model import CaseloadModel, Column
from cep_desk.ui.events import app_events
from cep_desk.ui.main_window import MainWindow

TOOLS = Path(__file__).resolve().parents[2] / "tools"

# (last, first, birth, insee, postal code, job (ogr, label, rome), level, status, sessions, site key)
PEOPLE = [
    ("Fabre", "Hélène", date(1981, 4, 12), "12145", "12100", ("11573", "Boulanger / Boulangère", "D1102"),
     "N2", "actif", 4, "millau"),
    ("Martin", "Lucas", date(1999, 9, 3), "12202", "12000", ("10891", "Aide-soignant / Aide-soignante", "J1501"),
     "N1", "actif", 1, "millau"),
    ("Bousquet", "Chantal", date(1968, 1, 30), "12208", "12400", ("12786", "Comptable", "M1203"),
     "N2", "en_pause", 3, "perm"),
    ("Vidal", "Karim", date(1990, 6, 21), "34032", "34500", ("14156", "Développeur / Développeuse web", "M1855"),
     "N2", "suspendu", 5, "perm"),
    ("Roux", "Émilie", date(1975, 11, 2), "81004", "81000", ("15556", "Infirmier / Infirmière scolaire", "J1511"),
     "N1", "clos", 2, "millau"),
    ("Garcia", "Nathalie", date(1986, 2, 14), "31555", "31000", ("16250", "Maçon / Maçonne", "F1703"),
     "N2", "actif", 6, "millau"),
    ("Lefèvre", "Thomas", date(2003, 7, 9), "46042", "46000", None, "N1", "actif", 0, None),
    ("Delmas", "Sophie", date(1972, 5, 17), "46102", "46100", ("12786", "Comptable", "M1203"),
     "N2", "reouvert", 3, "perm"),
    ("Bonnet", "Yannick", date(1964, 12, 1), "30189", "30000", ("11573", "Boulanger / Boulangère", "D1102"),
     "N1", "actif", 1, "millau"),
    ("Costes", "Inès", date(1995, 3, 25), "12145", "12100", ("14156", "Développeur / Développeuse web", "M1855"),
     "N2", "actif", 2, "millau"),
    ("Mercier", "Julien", date(1988, 8, 8), "34172", "34000", ("10891", "Aide-soignant / Aide-soignante", "J1501"),
     "N1", "en_pause", 1, "perm"),
    ("Auriol", "Hélèna", date(1979, 10, 10), "12202", "12000", None, "N2", "actif", 3, "perm"),
    ("Nguyen", "Minh", date(1992, 1, 5), "31555", "31200", ("16250", "Maçon / Maçonne", "F1703"),
     "N1", "actif", 2, "millau"),
    ("Pujol", "Marie-Thérèse", date(1966, 4, 4), "12208", "12400", ("15556", "Infirmier / Infirmière scolaire",
     "J1511"), "N2", "actif", 7, "perm"),
    ("Ait Ali", "Samir", date(2001, 2, 28), "81004", "81000", ("12786", "Comptable", "M1203"),
     "N1", "actif", 1, "millau"),
]


@dataclass
class Populated:
    ids: dict[str, str]          # "First Last" -> id
    sites: dict[str, str]        # key -> site id


def populate(services, people=PEOPLE) -> Populated:  # type: ignore[no-untyped-def]
    """Create varied people (levels, statuses, sessions on two sites) through the services."""
    sites = {
        "millau": services.counsellor.save_site(None, "Millau – site principal", "principal", "12145"),
        "perm": services.counsellor.save_site(None, "Permanence de Saint-Affrique", "permanence", "12208"),
    }
    today = services.ctx.today()
    ids: dict[str, str] = {}
    for n, (last, first, birth, insee, pc, job, level, status, sessions, site) in enumerate(people):
        draft = BeneficiaryDraft(last_name=last, first_name=first, birth_date=birth, commune_insee=insee,
                                 postal_code=pc, target_jobs=[TargetJobEntry(*job)] if job else [])
        start = today - timedelta(days=200 - n * 5)
        bid = services.beneficiaries.create(
            draft, AccompanimentDraft(level=level, reasons=["projet.reconversion"], first_request_date=start))
        acc = services.accompaniments.for_beneficiary(bid)[-1]
        for k in range(sessions):
            services.interviews.record(bid, acc.id, InterviewDraft(
                starts_at=datetime.combine(start + timedelta(days=10 + 14 * k + n), datetime.min.time())
                .replace(hour=9 + k % 6), level=level, site_id=sites[site] if site else None))
        on = start + timedelta(days=100)
        if status == "en_pause":
            services.accompaniments.change_status(acc.id, StatusChange("en_pause", on, return_date=date(2027, 1, 15)))
        elif status == "suspendu":
            services.accompaniments.change_status(acc.id, StatusChange("suspendu", on, partner="Transitions Pro"))
        elif status == "clos":
            services.accompaniments.change_status(acc.id, StatusChange("clos", on, closure_reason="formation"))
        elif status == "reouvert":
            services.accompaniments.change_status(acc.id, StatusChange("clos", on, closure_reason="emploi"))
            services.accompaniments.change_status(acc.id, StatusChange("reouvert", on + timedelta(days=20)))
        ids[f"{first} {last}"] = bid
    return Populated(ids, sites)


def shown_names(window: MainWindow) -> list[str]:
    return [f"{r.first_name} {r.last_name}" for r in window.model.visible_rows()]


def cell(window: MainWindow, row: int, col: Column) -> str:
    return window.model.index(row, col).data(Qt.ItemDataRole.DisplayRole)


@pytest.fixture
def window(qtbot, services):  # type: ignore[no-untyped-def]
    data = populate(services)
    w = MainWindow(services)
    qtbot.addWidget(w)
    w.populated = data  # type: ignore[attr-defined]
    w.show()
    qtbot.waitExposed(w)
    w.tabs.setCurrentWidget(w.caseload_page)  # the window opens on Today; these tests are about the caseload
    return w


def test_loads_every_person_with_readable_cells(window: MainWindow) -> None:
    assert window.windowTitle() == "CEP Desk"
    assert window.model.total_count == len(PEOPLE)
    assert window.model.visible_count == len(PEOPLE)
    # Default order: by last name, accents ignored ("Ait Ali" first, "Vidal" last).
    names = shown_names(window)
    assert names[0] == "Samir Ait Ali" and names[-1] == "Karim Vidal"
    row = window.model.row_of(window.populated.ids["Hélène Fabre"])
    assert cell(window, row, Column.LAST_NAME) == "Fabre"
    assert cell(window, row, Column.AGE) == "45"           # born 12/04/1981, today 23/11/2026
    assert cell(window, row, Column.COMMUNE) == "Millau"
    assert cell(window, row, Column.SESSIONS) == "4"
    assert cell(window, row, Column.TARGET_JOB) == "Boulanger / Boulangère"
    assert cell(window, row, Column.SITE) == "Millau – site principal"
    assert cell(window, row, Column.LEVEL).startswith("N2")
    assert cell(window, row, Column.STATUS) in ("Actif", "Active")
    assert cell(window, row, Column.LAST_CONTACT)  # a formatted date
    assert window.counts_label.text() == "15 people · 15 shown"
    assert "Data folder" in window.folder_label.text() and str(window.services.store.data_dir) in \
        window.folder_label.text()


def test_search_filters_as_you_type_ignoring_accents(qtbot, window: MainWindow) -> None:
    qtbot.keyClicks(window.search_box, "helene")
    assert shown_names(window) == ["Hélène Fabre"]
    window.search_box.clear()
    qtbot.keyClicks(window.search_box, "hel")
    assert sorted(shown_names(window)) == ["Hélèna Auriol", "Hélène Fabre"]
    window.search_box.setText("millau")  # commune
    assert sorted(shown_names(window)) == ["Hélène Fabre", "Inès Costes"]
    window.search_box.setText("comptable")  # target job
    assert sorted(shown_names(window)) == ["Chantal Bousquet", "Samir Ait Ali", "Sophie Delmas"]
    assert window.counts_label.text() == "15 people · 3 shown"
    window.search_box.setText("comptable rodez")
    assert shown_names(window) == []
    assert window.stack.currentWidget() is window.empty_page
    assert window.clear_filters_button.isVisible()
    qtbot.mouseClick(window.clear_filters_button, Qt.MouseButton.LeftButton)
    assert window.search_box.text() == ""
    assert window.model.visible_count == 15
    assert window.stack.currentWidget() is window.table


def test_status_level_and_site_filters(window: MainWindow) -> None:
    def choose(combo, data) -> None:  # type: ignore[no-untyped-def]
        i = combo.findData(data)
        assert i >= 0, data
        combo.setCurrentIndex(i)

    assert window.status_combo.itemText(0) == "All statuses"
    choose(window.status_combo, "en_pause")
    assert sorted(shown_names(window)) == ["Chantal Bousquet", "Julien Mercier"]
    choose(window.level_combo, "N2")
    assert shown_names(window) == ["Chantal Bousquet"]
    choose(window.status_combo, None)
    choose(window.site_combo, window.populated.sites["perm"])
    # Level N2 and last session at the permanence.
    assert sorted(shown_names(window)) == ["Chantal Bousquet", "Hélèna Auriol", "Karim Vidal",
                                           "Marie-Thérèse Pujol", "Sophie Delmas"]
    window.search_box.setText("pujol")
    assert shown_names(window) == ["Marie-Thérèse Pujol"]
    window.clear_filters()
    assert window.model.visible_count == 15
    assert window.model.current_filter == CaseloadFilter()


def test_sorting_by_clicking_headers(qtbot, window: MainWindow) -> None:
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(Column.SESSIONS) + header.sectionSize(Column.SESSIONS) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    sessions = [r.sessions for r in window.model.visible_rows()]
    assert window.model.sort_column == Column.SESSIONS
    assert sessions == sorted(sessions) or sessions == sorted(sessions, reverse=True)
    window.table.sortByColumn(Column.SESSIONS, Qt.SortOrder.DescendingOrder)
    assert [r.sessions for r in window.model.visible_rows()][:2] == [7, 6]
    window.table.sortByColumn(Column.AGE, Qt.SortOrder.AscendingOrder)
    ages = [int(cell(window, i, Column.AGE)) for i in range(window.model.visible_count)]
    assert ages == sorted(ages) and ages[0] == 23  # Thomas Lefèvre, born 2003
    window.table.sortByColumn(Column.LAST_CONTACT, Qt.SortOrder.AscendingOrder)
    contacts = [r.last_contact for r in window.model.visible_rows()]
    assert contacts[-1] is None  # no session: empty last, whatever the order
    dated = [c for c in contacts if c is not None]
    assert dated == sorted(dated)
    # Filtering keeps the chosen order.
    window.search_box.setText("N")
    filtered = [r.last_contact for r in window.model.visible_rows() if r.last_contact]
    assert filtered == sorted(filtered)


def test_selection_survives_filtering_and_reload(window: MainWindow) -> None:
    hel = window.populated.ids["Hélène Fabre"]
    window.table.selectRow(window.model.row_of(hel))
    assert window.selected_id() == hel
    window.search_box.setText("fab")
    assert window.selected_id() == hel
    window.reload_caseload()
    assert window.selected_id() == hel
    assert window.search_box.text() == "fab"
    assert shown_names(window) == ["Hélène Fabre"]


def test_reload_after_an_app_event_keeps_filter(qtbot, window: MainWindow, services) -> None:  # type: ignore[no-untyped-def]
    window.search_box.setText("boulanger")
    assert window.model.visible_count == 2
    services.beneficiaries.create(BeneficiaryDraft(last_name="Serres", first_name="Paul", target_jobs=[
        TargetJobEntry("11573", "Boulanger / Boulangère", "D1102")]))
    app_events().beneficiaryChanged.emit("x")
    qtbot.waitUntil(lambda: window.model.total_count == 16)
    assert window.model.visible_count == 3
    assert "Paul Serres" in shown_names(window)
    assert window.counts_label.text() == "16 people · 3 shown"


def test_keyboard_shortcuts(qtbot, window: MainWindow) -> None:
    window.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()
    assert window.new_action.shortcut().toString() == "Ctrl+N"
    assert window.refresh_action.shortcut().toString() == "F5"
    assert window.close_tab_action.shortcut().toString() == "Ctrl+W"
    qtbot.keyClicks(window.search_box, "vidal")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    assert window.table.hasFocus()
    assert window.selected_id() == window.populated.ids["Karim Vidal"]
    for widget in (window.search_box, window.table, window.status_combo, window.level_combo, window.site_combo):
        assert widget.accessibleName()


def test_empty_store_invites_to_create(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    w = MainWindow(services)
    qtbot.addWidget(w)
    assert w.model.total_count == 0
    assert w.counts_label.text() == "0 people · 0 shown"
    assert w.stack.currentWidget() is w.empty_page
    assert "New person" in w.empty_label.text()
    assert w.demo_banner.isHidden()


def test_demo_banner(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    w = MainWindow(services, demo=True)
    qtbot.addWidget(w)
    w.show()
    assert w.demo_banner.isVisible()
    assert "DEMO" in w.demo_banner.text() and "fictional" in w.demo_banner.text()


def test_opening_a_row_opens_one_tab_per_person(qtbot, window: MainWindow) -> None:
    fixed = window.tabs.count()  # Today, Caseload, Directory
    hel = window.populated.ids["Hélène Fabre"]
    row = window.model.row_of(hel)
    window.table.selectRow(row)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert window.tabs.count() == fixed + 1
    assert window.open_file_ids() == [hel]
    file_index = window.tabs.currentIndex()
    assert "FABRE" in window.tabs.tabText(file_index).upper()
    # Again (double-click): same tab brought forward, no second one.
    window.tabs.setCurrentWidget(window.caseload_page)
    rect = window.table.visualRect(window.model.index(row, 0))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.tabs.count() == fixed + 1
    assert window.tabs.currentIndex() == file_index
    assert window.close_tab(file_index)
    assert window.tabs.count() == fixed and window.open_file_ids() == []
    for page in (window.today_page, window.caseload_page, window.directory_page):  # they stay
        assert not window.close_tab(window.tabs.indexOf(page))
    assert window.tabs.count() == fixed


def test_files_open_from_the_spare_kept_ready(qtbot, window: MainWindow) -> None:
    """The window builds an empty file while idle; opening fills it with the right person."""
    qtbot.waitUntil(lambda: window._spare_file is not None, timeout=3000)
    spare = window._spare_file
    lucas = window.populated.ids["Lucas Martin"]
    widget = window.open_beneficiary(lucas)
    assert widget is spare
    assert window.tabs.currentWidget() is widget and window.open_file_ids() == [lucas]
    assert "MARTIN" in window.tabs.tabText(window.tabs.currentIndex())
    assert widget.profile.draft().first_name == "Lucas"
    assert widget.tabs.isTabEnabled(2)  # an existing person's sessions are reachable
    qtbot.waitUntil(lambda: window._spare_file is not None and window._spare_file is not spare, timeout=3000)
    # A person deleted meanwhile: a message, no tab, and the next spare is still made.
    gone = window.populated.ids["Sophie Delmas"]
    window.services.beneficiaries.delete(gone)
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    original = QMessageBox.information
    QMessageBox.information = lambda *a, **k: shown.append(a[2]) or QMessageBox.StandardButton.Ok  # type: ignore
    try:
        assert window.open_beneficiary(gone) is None
    finally:
        QMessageBox.information = original  # type: ignore[method-assign]
    assert shown and gone not in window.open_file_ids()
    # Settings change: the ready file is rebuilt with the new choices.
    qtbot.waitUntil(lambda: window._spare_file is not None, timeout=3000)
    old = window._spare_file
    app_events().settingsChanged.emit()
    assert window._spare_file is None
    qtbot.waitUntil(lambda: window._spare_file is not None and window._spare_file is not old, timeout=3000)


def test_new_person_tab(window: MainWindow) -> None:
    before = window.tabs.count()
    widget = window.open_beneficiary(None)
    assert widget is not None
    assert window.tabs.count() == before + 1
    assert window.tabs.currentWidget() is widget


def test_saving_a_new_person_updates_caseload_and_tab(qtbot, window: MainWindow) -> None:
    """Uses the file widget's own form API (profile / first_acc / save): adjust if it changes."""
    window.search_box.setText("serres")
    assert window.model.visible_count == 0
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    widget = window.tabs.currentWidget()
    assert widget is not window.caseload_page
    widget.profile.set_draft(BeneficiaryDraft(last_name="Serres", first_name="Paul"))
    widget.first_acc.set_draft(AccompanimentDraft(level="N1", reasons=["projet.reconversion"],
                                                  first_request_date=date(2026, 11, 20)))
    with qtbot.waitSignal(widget.saved, timeout=3000) as saved:
        assert widget.save()
    new_id = saved.args[0]
    qtbot.waitUntil(lambda: window.model.total_count == 16)
    assert window.search_box.text() == "serres"
    assert shown_names(window) == ["Paul Serres"]
    assert window.open_file_ids() == [new_id]
    assert "Serres".upper() in window.tabs.tabText(window.tabs.indexOf(widget)).upper()
    # Opening the same person from the caseload focuses the existing tab.
    fixed = window.tabs.count() - 1
    window.tabs.setCurrentWidget(window.caseload_page)
    assert window.open_beneficiary(new_id) is widget
    assert window.tabs.count() == fixed + 1 and window.tabs.currentWidget() is widget
    # Ctrl+W closes the (saved, unchanged) file.
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.count() == fixed and window.open_file_ids() == []


# -- the model alone, at scale ------------------------------------------------------------------------
def _synthetic_rows(n: int) -> list[CaseloadRow]:
    communes = ["Millau", "Rodez", "Béziers", "Saint-Affrique", "Toulouse", "Albi", "Figeac", "Nîmes"]
    jobs = ["Boulanger / Boulangère", "Comptable", "Aide-soignant / Aide-soignante", "Maçon / Maçonne", ""]
    firsts = ["Hélène", "Lucas", "Chantal", "Karim", "Émilie", "Nathalie", "Thomas", "Sophie", "Inès", "Minh"]
    rows = []
    for i in range(n):
        last, first = f"Nom{i:05d}", firsts[i % len(firsts)]
        commune, job = communes[i % len(communes)], jobs[i % len(jobs)]
        rows.append(CaseloadRow(
            id=f"id{i}", last_name=last, first_name=first, commune_insee=None, commune_name=commune,
            birth_date=date(1960 + i % 45, 1 + i % 12, 1 + i % 28), status=["actif", "clos", "en_pause"][i % 3],
            level=["N1", "N2"][i % 2], site_id=None, site_name="", target_job=job,
            last_contact=date(2026, 1, 1) + timedelta(days=i % 300), sessions=i % 9,
            search_key=make_search_key(last, first, commune, job)))
    return rows


def test_search_as_you_type_on_10000_rows_keeps_the_sort(qtbot) -> None:
    from PySide6.QtWidgets import QTableView

    model = CaseloadModel(_synthetic_rows(10_000), today=lambda: date(2026, 11, 23))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.verticalHeader().setSectionResizeMode(view.verticalHeader().ResizeMode.Fixed)
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    view.sortByColumn(Column.LAST_CONTACT, Qt.SortOrder.DescendingOrder)
    typed = ""
    for ch in "helene mil":  # one filter per keystroke, as the search box does (speed: see bench/)
        typed += ch
        model.set_filter(CaseloadFilter(text=typed))
        view.viewport().repaint()
        QApplication.processEvents()
    assert model.visible_count == 250  # every 10th is Hélène, every 8th lives in Millau: every 40th
    assert all("Hélène" == model.row_at(i).first_name for i in range(model.visible_count))
    contacts = [model.row_at(i).last_contact for i in range(model.visible_count)]
    assert contacts == sorted(contacts, reverse=True)


def test_model_sort_puts_empty_values_last_both_ways() -> None:
    rows = _synthetic_rows(30)
    rows[3] = rows[3]._replace(last_contact=None)
    model = CaseloadModel(rows, today=lambda: date(2026, 11, 23))
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        model.sort(Column.LAST_CONTACT, order)
        assert model.row_at(model.visible_count - 1).id == "id3"


# -- screenshots --------------------------------------------------------------------------------------
def test_screenshot_tour(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """tools/screenshots.py takes every screen on the demo caseload, in French and English, and no
    string reaches a French screen untranslated. (It writes docs/screenshots when run by hand.)"""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("screenshots", TOOLS / "screenshots.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, tool)  # its dataclasses look their module up
    spec.loader.exec_module(tool)
    previous_locale = QLocale()
    try:
        report = tool.render(["fr", "en"], tmp_path / "out", tmp_path / "data")
    finally:
        QLocale.setDefault(previous_locale)
    assert report.untranslated == []
    names = sorted(p.name for p in report.saved)
    assert names == sorted(tool.file_name(key, lang) for key in tool.NAMES for lang in ("fr", "en"))
    assert all(p.stat().st_size > 10_000 for p in report.saved)
    assert {p.parent for p in report.saved} == {tmp_path / "out"}


# -- the application entry point ----------------------------------------------------------------------
def test_app_starts_and_reports_when_the_caseload_is_visible(tmp_path: Path) -> None:
    """Real process, real store (passphrase from the environment, as the benchmark uses it)."""
    import subprocess
    import sys

    from cep_desk.storage.store import Store

    data_dir = tmp_path / "store"
    Store.open_dir(data_dir, create_mode="passphrase", passphrase="une phrase assez longue").close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CEP_DESK_BENCH_STARTUP": "1",
           "CEP_DESK_PASSPHRASE": "une phrase assez longue",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    proc = subprocess.run([sys.executable, "-m", "cep_desk.app", "--data-dir", str(data_dir), "--lang", "en"],
                          env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    lines = [line for line in proc.stdout.splitlines() if line.startswith("CASELOAD_VISIBLE ")]
    assert len(lines) == 1
    assert 0 < float(lines[0].split()[1]) < 60
    assert "Traceback" not in proc.stderr


@pytest.fixture
def keep_language():  # type: ignore[no-untyped-def]
    """``main`` installs translators and a default locale: put things back for the next tests."""
    from cep_desk import i18n

    previous = QLocale()
    yield
    for t in list(i18n._installed):
        QApplication.instance().removeTranslator(t)
    i18n._installed.clear()
    QLocale.setDefault(previous)


def test_app_exits_with_code_2_on_a_locked_store(qtbot, store, data_dir: Path, monkeypatch,  # type: ignore[no-untyped-def]
                                                 keep_language) -> None:
    from cep_desk import app
    from cep_desk.storage.errors import StoreLocked
    from cep_desk.ui import store_dialogs

    shown: list[BaseException] = []
    monkeypatch.setattr(store_dialogs, "show_store_error", lambda _parent, exc, title=None: shown.append(exc))
    before = (data_dir / "cep-desk.db").stat().st_mtime_ns
    assert app.main(["--data-dir", str(data_dir), "--lang", "en"]) == app.EXIT_STORE
    assert len(shown) == 1 and isinstance(shown[0], StoreLocked)
    assert (data_dir / "cep-desk.db").stat().st_mtime_ns == before


def test_app_quits_quietly_when_first_start_is_cancelled(qtbot, tmp_path: Path, monkeypatch,  # type: ignore[no-untyped-def]
                                                         keep_language) -> None:
    from cep_desk import app
    from cep_desk.ui import store_dialogs

    monkeypatch.setattr(store_dialogs.DialogPrompter, "choose_new_store", lambda *_a: None)
    assert app.main(["--data-dir", str(tmp_path / "new"), "--lang", "en"]) == app.EXIT_OK
    assert not (tmp_path / "new" / "store.json").exists()


def test_windows_open_no_larger_than_the_screen(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QGuiApplication

    from cep_desk.ui.screen import fitting_size

    free = QGuiApplication.primaryScreen().availableGeometry()
    width, height = fitting_size(10_000, 10_000)
    assert width <= free.width() and height <= free.height()
    assert fitting_size(300, 200) == (300, 200)
