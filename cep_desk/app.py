"""Composition root: command line → Qt application → store → services → main window.

Start-up speed matters (a counsellor opens the laptop in front of someone), so
only what the caseload needs is imported before the window shows: no PDF
library, no Alembic unless a migration runs, no print support.

The caseload is painted before the services even exist: a thread reads it
(``storage/early.py``) while Qt loads, the window shows it, then the store and
services are opened and attached (``MainWindow.attach``). Whenever that early
read cannot decide alone (first run, a passphrase to type, a migration…), the
normal path opens the store first, with its dialogs.

``CEP_DESK_BENCH_STARTUP=1`` prints ``CASELOAD_VISIBLE <seconds>`` once the
caseload has been painted and, on the early path, ``SERVICES_READY <seconds>``
once everything is usable, measured from the process start, then quits.
"""

from __future__ import annotations

import time

_T0 = time.perf_counter()  # as early as possible: the fallback origin for the start-up benchmark

import argparse  # noqa: E402 - after the clock on purpose
import gc  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

EXIT_OK, EXIT_USAGE, EXIT_STORE = 0, 1, 2
BENCH_ENV = "CEP_DESK_BENCH_STARTUP"


def seconds_since_start() -> float:
    """Seconds since the process started: from ``/proc`` where there is one (Linux, 10 ms steps),
    else since this module loaded. (psutil's creation time counts from a boot time rounded to the
    second, so it can be a whole second off.)"""
    try:
        ticks = os.sysconf("SC_CLK_TCK")
        with open("/proc/self/stat", encoding="ascii") as f:
            started = int(f.read().rsplit(")", 1)[1].split()[19]) / ticks
        with open("/proc/uptime", encoding="ascii") as f:
            uptime = float(f.read().split()[0])
        return max(uptime - started, time.perf_counter() - _T0)
    except (OSError, ValueError, AttributeError, IndexError):  # no /proc (Windows, macOS)
        return time.perf_counter() - _T0


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="cep-desk", description="CEP Desk")
    parser.add_argument("--demo", action="store_true", help="open the separate demo store (fictional people)")
    parser.add_argument("--data-dir", type=Path, default=None, help="folder of the store to open or create")
    parser.add_argument("--lang", choices=("fr", "en"), default=None, help="language of the interface")
    return parser.parse_args(argv)


def _counsellor_name(services) -> str | None:  # type: ignore[no-untyped-def]
    try:
        profile = services.counsellor.profile()
    except Exception:  # a profile we cannot read must not stop the start
        return None
    name = f"{profile.first_name} {profile.last_name}".strip()
    return name or None


def _use_readable_font(app) -> None:  # type: ignore[no-untyped-def]
    """Offscreen (tests, benchmarks, screenshots) Qt may pick no font: use DejaVu Sans when present."""
    from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

    if QGuiApplication.platformName() != "offscreen":
        return
    if "DejaVu Sans" in QFontDatabase.families():
        app.setFont(QFont("DejaVu Sans", 10))


# Once start-up is over (caseload, communes, Today, the spare file), what is in memory lives as long as
# the window: ``gc.freeze`` takes it out of the garbage collector's full passes, which otherwise rescan it
# all and pause a keystroke or a save for 60 ms every few hundred thousand allocations (bench/cockpit.py).
FREEZE_AFTER_MS = 3000


def main(argv: list[str] | None = None) -> int:
    # No garbage collection until the services are attached: start-up allocates much and frees
    # little, and each pass would walk every Qt wrapper loaded so far (``_after_start`` turns it
    # back on; so does leaving, whatever the way out).
    gc.disable()
    try:
        return _main(argv)
    finally:
        gc.enable()


def _main(argv: list[str] | None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from cep_desk.settings import Settings, default_data_dir

    settings = Settings.load()
    if args.data_dir is not None:
        data_dir = args.data_dir.expanduser()
    elif args.demo:
        data_dir = default_data_dir(demo=True)
    else:
        data_dir = settings.resolved_data_dir()
    # Key, lock and caseload on another thread while Qt loads (storage/early.py).
    from cep_desk.storage.early import EarlyStart

    early_start = EarlyStart(data_dir)

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from cep_desk import i18n

    app = QApplication.instance() or QApplication(sys.argv[:1])
    QCoreApplication.setApplicationName("CEP Desk")
    QCoreApplication.setOrganizationName("CEP Desk")
    QApplication.setApplicationDisplayName("CEP Desk")
    _use_readable_font(app)
    i18n.install(args.lang or settings.language or "fr")

    from cep_desk.ui.main_window import MainWindow

    # Built while the early thread derives the key (scrypt leaves the interpreter to this thread).
    window = MainWindow(demo=args.demo, settings=settings, data_dir=data_dir)
    early = early_start.result()
    if early is not None and args.demo and not early.rows:
        early.release()  # a demo store whose filling was interrupted: open_demo_store fills it again
        early = None
    if early is not None:
        return _run_early(app, window, early)
    window.deleteLater()  # the normal path builds its window once the store is open
    return _run_opened(app, args, settings, data_dir)


def _run_opened(app, args: argparse.Namespace, settings, data_dir: Path) -> int:  # type: ignore[no-untyped-def]
    """The normal path: open the store (with its dialogs), then build the window with its services."""
    from cep_desk.storage.errors import StoreError
    from cep_desk.ui.store_dialogs import DialogPrompter, open_store, show_store_error, show_unexpected_error

    try:
        if args.demo:
            from cep_desk.demo import open_demo_store

            store = open_demo_store(data_dir)
        else:
            store = open_store(data_dir, DialogPrompter(), quick_check=False)
    except StoreError as exc:
        show_store_error(None, exc)
        return EXIT_STORE
    except Exception as exc:  # never a stack trace: say it plainly, keep the details
        show_unexpected_error(None, exc)
        return EXIT_STORE
    if store is None:  # the user chose Quit
        return EXIT_OK

    try:
        from cep_desk.ui.main_window import MainWindow

        services = _services(store)
        window = MainWindow(services, demo=args.demo, settings=settings)
    except StoreError as exc:
        store.close()
        show_store_error(None, exc)
        return EXIT_STORE
    window.show()
    from PySide6.QtCore import QTimer

    if _bench_report(app, window):
        QTimer.singleShot(0, lambda: _report_and_quit(app, window))
    else:
        _after_start(window, services)
    try:
        rc = app.exec()
    finally:
        _close(services)
    return int(rc)


def _run_early(app, window, early) -> int:  # type: ignore[no-untyped-def]
    """The caseload was read early: paint it now; the store opens on a thread meanwhile
    (``ui/store_opener.py``) and the services attach to the window when it arrives."""
    from PySide6.QtCore import QTimer

    from cep_desk.ui.store_opener import StoreOpener

    window.show_early(early)
    window.show()
    bench = _bench_report(app, window)
    opener = StoreOpener(early)
    opened: list = []  # the services, once attached

    def attach(store, error) -> None:  # type: ignore[no-untyped-def]
        if error is not None or store is None:
            from cep_desk.storage.errors import StoreError
            from cep_desk.ui.store_dialogs import show_store_error, show_unexpected_error

            if isinstance(error, StoreError):
                show_store_error(window, error)
            else:  # never a stack trace: say it plainly, keep the details
                show_unexpected_error(window, error or RuntimeError("store not opened"))
            app.exit(EXIT_STORE)
            return
        services = _services(store)
        opened.append(services)
        window.attach(services)
        if not early.from_snapshot:  # read with the queries: keep them for the next start
            _save_snapshot(services, early.rows, early.changes, early.read_at)
        if bench:
            print(f"SERVICES_READY {seconds_since_start():.3f}", flush=True)
            QTimer.singleShot(0, lambda: _report_and_quit(app, window, marker=None))
        else:
            _after_start(window, services)

    opener.opened.connect(attach)
    opener.start()
    try:
        rc = app.exec()
    finally:
        if opened:
            _close(opened[0])
        else:  # quit before the store arrived (or it failed): close what the thread opened, free the lock
            store = opener.wait()
            if store is not None:
                store.close()
            else:
                early.release()
    return int(rc)


def _services(store):  # type: ignore[no-untyped-def]
    from cep_desk.services.facade import Services

    services = Services.for_store(store)
    name = _counsellor_name(services)
    if name:
        services.ctx.actor = name
    return services


def _bench_report(app, window) -> bool:  # type: ignore[no-untyped-def]
    """With ``CEP_DESK_BENCH_STARTUP=1``: print when the caseload is painted (then the caller quits)."""
    if os.environ.get(BENCH_ENV) != "1":
        return False
    app.processEvents()
    window.repaint()
    print(f"CASELOAD_VISIBLE {seconds_since_start():.3f}", flush=True)
    return True


def _report_and_quit(app, window, marker: str | None = None) -> None:  # type: ignore[no-untyped-def]
    app.processEvents()
    if marker:
        print(f"{marker} {seconds_since_start():.3f}", flush=True)
    window.close()
    app.quit()


def _after_start(window, services) -> None:  # type: ignore[no-untyped-def]
    """Once the window has its services: unsaved sessions offered back, page check, error hook."""
    from PySide6.QtCore import QTimer

    from cep_desk.ui.session.pending_drafts import offer_pending_drafts
    from cep_desk.ui.store_check import check_in_background

    gc.enable()
    QTimer.singleShot(0, lambda: offer_pending_drafts(window, services))
    check_in_background(window, services.store)
    _install_excepthook(window)
    QTimer.singleShot(FREEZE_AFTER_MS, gc.freeze)


def _save_snapshot(services, rows, changes, read_at) -> None:  # type: ignore[no-untyped-def]
    try:
        services.save_caseload_snapshot(rows, changes, read_at)
    except Exception:  # a cache: failing to keep it only makes the next start slower
        pass


def _close(services) -> None:  # type: ignore[no-untyped-def]
    """Keep the caseload for the next start when it changed, then close the store."""
    try:
        services.refresh_caseload_snapshot()
    except Exception:  # a cache: never a reason to fail closing
        pass
    services.store.close()


def _install_excepthook(window) -> None:  # type: ignore[no-untyped-def]
    """An unexpected error in a slot becomes a plain message, not a trace on a terminal nobody sees."""
    from cep_desk.storage.errors import StoreError
    from cep_desk.ui.store_dialogs import show_store_error, show_unexpected_error

    previous = sys.excepthook

    def hook(exc_type, exc, tb) -> None:  # type: ignore[no-untyped-def]
        previous(exc_type, exc, tb)  # keeps the trace for the log (stderr)
        parent = window if window.isVisible() else None
        if isinstance(exc, StoreError):
            show_store_error(parent, exc)
        elif isinstance(exc, Exception):
            show_unexpected_error(parent, exc)

    sys.excepthook = hook


if __name__ == "__main__":
    raise SystemExit(main())
