"""Fast start-up: the main window shows the caseload before the services exist, then they attach.

Proves, on real passphrase-mode encrypted stores: a window built with only its data
folder and fed ``open_early``'s caseload lists, counts and searches the people while
``services`` is None; Today and Directory hold an "opening" placeholder and what needs
the store (a file, Settings…) waits and runs once ``attach`` gives the services, which
put the real pages at the same indexes; the window reopens on the tab last used; a
store that fails to open at attach ends the app with a message, not a trace; and the
whole app, run twice in a subprocess with ``CEP_DESK_BENCH_STARTUP=1``, paints the
caseload, attaches the services, exits 0 and leaves a current caseload snapshot.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from cep_desk import app as cep_app
from cep_desk.domain.accompaniment import AccompanimentDraft
from cep_desk.domain.beneficiary import BeneficiaryDraft
from cep_desk.services.facade import Services
from cep_desk.settings import Settings
from cep_desk.storage import caseload_cache
from cep_desk.storage.connection import DB_FILE, connect
from cep_desk.storage.early import EarlyCaseload, open_early
from cep_desk.storage.errors import StoreCorrupted
from cep_desk.storage.keys import KeyManager
from cep_desk.storage.store import Store
from cep_desk.ui.caseload_model import Column
from cep_desk.ui.cockpit.page import TodayPage
from cep_desk.ui.main_window import MainWindow
from cep_desk.ui.partners.directory_page import DirectoryPage
from tests.lock_checks import lock_is_free

PASSPHRASE = "quatre chevaux dans le pré"
PEOPLE = [("Fabre", "Hélène"), ("Costes", "Inès"), ("Martin", "Lucas"), ("Vidal", "Karim")]
TODAY_INDEX, CASELOAD_INDEX, DIRECTORY_INDEX = 0, 1, 2


def make_store(data_dir: Path) -> dict[str, str]:
    """A passphrase store with a site and ``PEOPLE``, created through the services, then closed."""
    store = Store.open_dir(data_dir, create_mode="passphrase", passphrase=PASSPHRASE)
    try:
        services = Services.for_store(store)
        services.counsellor.save_site(None, "Millau – site principal", "principal", "12145")
        return {
            f"{first} {last}": services.beneficiaries.create(
                BeneficiaryDraft(last_name=last, first_name=first, commune_insee="12145", postal_code="12100"),
                AccompanimentDraft(level="N2", reasons=["projet.reconversion"],
                                   first_request_date=date(2026, 10, 1)))
            for last, first in PEOPLE
        }
    finally:
        store.close()


@dataclass
class Desk:
    """A store on disk, its people, and what a test opened on it (closed in order at teardown)."""

    data_dir: Path
    ids: dict[str, str]
    windows: list[MainWindow] = field(default_factory=list)
    stores: list[Store] = field(default_factory=list)
    earlies: list[EarlyCaseload] = field(default_factory=list)

    def early(self) -> EarlyCaseload:
        early = open_early(self.data_dir)
        assert early is not None, "the early path declined this store"
        self.earlies.append(early)
        return early

    def early_window(self, qtbot, settings: Settings) -> tuple[MainWindow, EarlyCaseload]:  # type: ignore[no-untyped-def]
        """The start-up sequence of ``app._main``: the window first, then the early caseload."""
        window = MainWindow(data_dir=self.data_dir, settings=settings)
        qtbot.addWidget(window)
        self.windows.append(window)
        early = self.early()
        window.show_early(early)
        window.show()
        qtbot.waitExposed(window)
        return window, early

    def attach(self, window: MainWindow, early: EarlyCaseload) -> Services:
        store = Store.open(early.data_dir, early.key, quick_check=False, held_lock=early.lock)
        self.stores.append(store)
        services = Services.for_store(store)
        window.attach(services)
        return services


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Desk]:
    monkeypatch.setenv("CEP_DESK_PASSPHRASE", PASSPHRASE)
    data_dir = tmp_path / "store"
    d = Desk(data_dir, make_store(data_dir))
    yield d
    for window in d.windows:
        window.close()
    for store in d.stores:
        store.close()
    for early in d.earlies:
        early.release()  # a no-op once a store took the lock over


def shown_names(window: MainWindow) -> list[str]:
    return [f"{r.first_name} {r.last_name}" for r in window.model.visible_rows()]


def last_names_in_cells(window: MainWindow) -> set[str]:
    return {window.model.index(row, Column.LAST_NAME).data(Qt.ItemDataRole.DisplayRole)
            for row in range(window.model.rowCount())}


def opening_text() -> str:
    return QCoreApplication.translate("MainWindow", "Opening your data…")


# -- the caseload before the services --------------------------------------------------------------

def test_early_window_lists_counts_and_searches_people_before_any_service(qtbot, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    window, early = desk.early_window(qtbot, Settings(start_page="caseload"))
    assert window.services is None and window.ready is False
    assert window.tabs.currentWidget() is window.caseload_page
    assert window.model.rowCount() == len(PEOPLE) == len(early.rows)
    assert last_names_in_cells(window) == {last for last, _ in PEOPLE}
    assert sorted(shown_names(window)) == sorted(desk.ids)
    assert window.counts_label.text() == "4 people · 4 shown"
    assert window.site_combo.findText("Millau – site principal") > 0  # the early read's active sites

    qtbot.keyClicks(window.search_box, "cost")
    assert shown_names(window) == ["Inès Costes"]
    assert window.counts_label.text() == "4 people · 1 shown"
    window.search_box.clear()
    qtbot.keyClicks(window.search_box, "HELENE")  # accents and capitals do not matter
    assert shown_names(window) == ["Hélène Fabre"]
    assert window.services is None and not window.ready


def test_today_and_directory_say_they_are_opening_until_attach(qtbot, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    window, _early = desk.early_window(qtbot, Settings())
    for index, page in ((TODAY_INDEX, window.today_page), (DIRECTORY_INDEX, window.directory_page)):
        assert window.tabs.widget(index) is page
        assert isinstance(page, QLabel) and page.text() == opening_text()
    assert window.tabs.currentIndex() == TODAY_INDEX  # default settings: Today, even as a placeholder


# -- what waits for the services -------------------------------------------------------------------

def test_a_file_asked_before_attach_opens_once_the_services_attach(qtbot, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    window, early = desk.early_window(qtbot, Settings(start_page="caseload"))
    fabre = desk.ids["Hélène Fabre"]
    assert window.open_beneficiary(fabre) is None
    assert window.tabs.count() == 3 and window.open_file_ids() == []
    assert len(window._pending) == 1

    services = desk.attach(window, early)
    assert window.ready and window.services is services and window._pending == []
    assert window.open_file_ids() == [fabre]
    assert window.tabs.count() == 4
    assert window.tabs.currentWidget() is window._file_tabs[fabre]
    assert sorted(shown_names(window)) == sorted(desk.ids)


def test_attach_puts_today_and_directory_at_their_places_without_close_button(qtbot, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    window, early = desk.early_window(qtbot, Settings(start_page="caseload"))
    placeholders = (window.today_page, window.directory_page)
    desk.attach(window, early)
    assert isinstance(window.today_page, TodayPage) and isinstance(window.directory_page, DirectoryPage)
    assert window.today_page not in placeholders and window.directory_page not in placeholders
    assert window.tabs.widget(TODAY_INDEX) is window.today_page
    assert window.tabs.widget(CASELOAD_INDEX) is window.caseload_page
    assert window.tabs.widget(DIRECTORY_INDEX) is window.directory_page
    assert [window.tabs.tabText(i) for i in range(3)] == ["Today", "Caseload", "Directory"]
    for index in (TODAY_INDEX, CASELOAD_INDEX, DIRECTORY_INDEX):
        assert window.close_tab(index) is False
    assert window.tabs.count() == 3
    assert not any(isinstance(window.tabs.widget(i), QLabel) for i in range(window.tabs.count()))
    assert window.tabs.currentWidget() is window.caseload_page  # attach did not move the counsellor
    assert window.model.rowCount() == len(PEOPLE)
    assert last_names_in_cells(window) == {last for last, _ in PEOPLE}


def test_settings_asked_before_attach_wait_then_open_with_the_services(
        qtbot, desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[tuple[object, object]] = []

    class RecordingDialog:  # the real dialog is modal: only record that it would open, and with what
        def __init__(self, services: Services, settings: Settings, parent: QWidget) -> None:
            self.args = (services, parent)

        def exec(self) -> int:
            opened.append(self.args)
            return 0

    monkeypatch.setattr("cep_desk.ui.settings_dialog.SettingsDialog", RecordingDialog)
    window, early = desk.early_window(qtbot, Settings(start_page="caseload"))
    window.settings_action.trigger()
    assert opened == [] and len(window._pending) == 1
    assert QApplication.activeModalWidget() is None

    services = desk.attach(window, early)
    assert opened == [(services, window)] and window._pending == []


# -- the tab last used ---------------------------------------------------------------------------

def test_the_window_reopens_on_the_directory_left_current_even_before_attach(qtbot, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    assert Settings.load().start_page == "today"
    first, _early = desk.early_window(qtbot, Settings.load())
    first.tabs.setCurrentIndex(DIRECTORY_INDEX)
    assert first.close()
    desk.windows.remove(first)
    desk.earlies.pop().release()  # the first instance has quit: its lock is free again
    assert Settings.load().start_page == "directory"

    second, early = desk.early_window(qtbot, Settings.load())
    assert second.tabs.currentIndex() == DIRECTORY_INDEX
    desk.attach(second, early)  # the placeholder gives way to the real page, still current
    assert second.tabs.currentWidget() is second.directory_page
    assert isinstance(second.directory_page, DirectoryPage)


def test_a_window_closed_on_a_persons_file_reopens_on_the_caseload(qtbot, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    window, early = desk.early_window(qtbot, Settings.load())
    desk.attach(window, early)
    assert window.open_beneficiary(desk.ids["Lucas Martin"]) is window.tabs.currentWidget()
    assert window.close()
    desk.windows.remove(window)
    assert Settings.load().start_page == "caseload"


def test_default_settings_open_on_today(qtbot, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    window, early = desk.early_window(qtbot, Settings())
    assert window.tabs.currentIndex() == TODAY_INDEX
    desk.attach(window, early)
    assert window.tabs.currentWidget() is window.today_page and window.tabs.currentIndex() == TODAY_INDEX


# -- a store that fails at attach ------------------------------------------------------------------

@pytest.mark.parametrize("error", [StoreCorrupted("x"), RuntimeError("boom")], ids=["store-error", "unexpected"])
def test_a_store_failing_at_attach_ends_with_a_message_not_a_trace(
        qtbot, desk: Desk, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        error: Exception) -> None:  # type: ignore[no-untyped-def]
    shown: list[tuple[str, object, BaseException]] = []
    monkeypatch.setattr("cep_desk.ui.store_dialogs.show_store_error",
                        lambda parent, exc: shown.append(("store", parent, exc)))
    monkeypatch.setattr("cep_desk.ui.store_dialogs.show_unexpected_error",
                        lambda parent, exc: shown.append(("unexpected", parent, exc)))
    monkeypatch.delenv(cep_app.BENCH_ENV, raising=False)

    def failing_open(*_args: object, **_kwargs: object) -> Store:
        raise error

    window = MainWindow(data_dir=desk.data_dir, settings=Settings())
    qtbot.addWidget(window)
    desk.windows.append(window)
    early = desk.early()
    app = QApplication.instance()
    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(lambda: app.exit(99))  # never hang the suite should attach not end the loop
    watchdog.start(20_000)
    with monkeypatch.context() as m:
        m.setattr(Store, "open", failing_open)
        rc = cep_app._run_early(app, window, early)
    watchdog.stop()

    assert rc == cep_app.EXIT_STORE
    kind = "store" if isinstance(error, StoreCorrupted) else "unexpected"
    assert shown == [(kind, window, error)]
    assert window.services is None
    assert "Traceback" not in capsys.readouterr().err
    assert lock_is_free(desk.data_dir)  # the early lock was given back


# -- the whole app ---------------------------------------------------------------------------------

def run_app(data_dir: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CEP_DESK_BENCH_STARTUP="1",
               CEP_DESK_PASSPHRASE=PASSPHRASE, XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    return subprocess.run(
        [sys.executable, "-c", "import sys; from cep_desk.app import main; sys.exit(main(sys.argv[1:]))",
         "--data-dir", str(data_dir), "--lang", "en"],
        env=env, capture_output=True, text=True, timeout=120)


def marker_lines(stdout: str) -> list[str]:
    return [line.split()[0] for line in stdout.splitlines() if line.split()[:1] in (["CASELOAD_VISIBLE"],
                                                                                     ["SERVICES_READY"])]


def snapshot_current(data_dir: Path) -> bool:
    key = KeyManager(data_dir).load(passphrase=PASSPHRASE)
    conn = connect(data_dir / DB_FILE, key)
    try:
        return caseload_cache.snapshot_is_current(conn)
    finally:
        conn.close()


def test_the_app_paints_the_caseload_then_attaches_and_keeps_the_snapshot(tmp_path: Path) -> None:
    data_dir = tmp_path / "store"
    make_store(data_dir)
    assert not snapshot_current(data_dir)  # nothing saved it yet: the first start reads with the queries

    for run in (1, 2):
        result = run_app(data_dir, tmp_path / "home")
        assert result.returncode == 0, f"run {run}: {result.stderr}"
        assert marker_lines(result.stdout) == ["CASELOAD_VISIBLE", "SERVICES_READY"], result.stdout
        assert "Traceback" not in result.stderr
        if run == 1:
            assert snapshot_current(data_dir)  # the first start kept the caseload for the next
    assert snapshot_current(data_dir)
    assert lock_is_free(data_dir)
