"""Composition root: command line → Qt application → store → services → main window.

Start-up speed matters (a counsellor opens the laptop in front of someone), so
only what the caseload needs is imported before the window shows: no PDF
library, no Alembic unless a migration runs, no print support.

``CEP_DESK_BENCH_STARTUP=1`` prints ``CASELOAD_VISIBLE <seconds>`` once the
caseload has been painted, measured from the process start, then quits.
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
    """Seconds since the process started (psutil when installed), else since this module loaded."""
    try:
        import psutil

        return max(time.time() - psutil.Process().create_time(), time.perf_counter() - _T0)
    except Exception:  # psutil missing or unable to read the process: fall back to import time
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
    args = parse_args(sys.argv[1:] if argv is None else argv)

    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    from cep_desk import i18n
    from cep_desk.settings import Settings, default_data_dir

    settings = Settings.load()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QCoreApplication.setApplicationName("CEP Desk")
    QCoreApplication.setOrganizationName("CEP Desk")
    QApplication.setApplicationDisplayName("CEP Desk")
    _use_readable_font(app)
    i18n.install(args.lang or settings.language or "fr")

    from cep_desk.storage.errors import StoreError
    from cep_desk.ui.store_dialogs import DialogPrompter, open_store, show_store_error, show_unexpected_error

    if args.data_dir is not None:
        data_dir = args.data_dir.expanduser()
    elif args.demo:
        data_dir = default_data_dir(demo=True)
    else:
        data_dir = settings.resolved_data_dir()

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
        from cep_desk.services.facade import Services
        from cep_desk.ui.main_window import MainWindow

        services = Services.for_store(store)
        name = _counsellor_name(services)
        if name:
            services.ctx.actor = name
        window = MainWindow(services, demo=args.demo, settings=settings)
    except StoreError as exc:
        store.close()
        show_store_error(None, exc)
        return EXIT_STORE
    window.show()

    if os.environ.get(BENCH_ENV) == "1":
        def report() -> None:
            app.processEvents()
            print(f"CASELOAD_VISIBLE {seconds_since_start():.3f}", flush=True)
            window.close()
            app.quit()

        app.processEvents()
        QTimer.singleShot(0, report)
    else:  # sessions left unsaved by a crash are offered back once the window shows
        from cep_desk.ui.session.pending_drafts import offer_pending_drafts

        QTimer.singleShot(0, lambda: offer_pending_drafts(window, services))

    from cep_desk.ui.store_check import check_in_background

    check_in_background(window, store)
    _install_excepthook(window)
    QTimer.singleShot(FREEZE_AFTER_MS, gc.freeze)
    try:
        rc = app.exec()
    finally:
        store.close()
    return int(rc)


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
