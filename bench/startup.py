"""Cold start: process launch until the caseload is visible, against a bare PySide6 window.

Both are measured from the parent, from ``Popen`` to the line the child prints
once its window is painted, so interpreter start-up and imports count, as
they do for a counsellor double-clicking the icon. The app is also timed until
its services are attached (everything usable), and once more after its cached
caseload was invalidated (a change made while the window was closed).
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

BARE = (
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([])\n"
    "w = QMainWindow(); w.resize(1280, 800); w.show()\n"
    "app.processEvents()\n"
    "print('VISIBLE', flush=True)\n"
)


def _time_until(cmd: list[str], marker: str, env: dict[str, str], also: str | None = None) -> tuple[float, float]:
    """Seconds from ``Popen`` until the child prints ``marker`` (and ``also`` after it; NaN when not asked)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
    assert proc.stdout is not None
    elapsed, later = math.nan, math.nan
    try:
        for line in proc.stdout:
            if line.startswith(marker):
                elapsed = time.perf_counter() - t0
                if also is None:
                    break
            elif also is not None and line.startswith(also):
                later = time.perf_counter() - t0
                break
        if math.isnan(elapsed) or (also is not None and math.isnan(later)):
            err = proc.stderr.read() if proc.stderr else ""
            raise RuntimeError(f"{cmd[:3]} ended without '{marker}'/'{also}': {err[-2000:]}")
    finally:
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
    return elapsed, later


def _caseload_first_config(store: Path) -> Path:
    """Settings of a counsellor who left the window on the Caseload tab: it reopens there, so
    ``CASELOAD_VISIBLE`` means the caseload itself is on screen (Today is timed by bench/cockpit.py)."""
    config = store.parent / "config-caseload-first"
    (config / "cep-desk").mkdir(parents=True, exist_ok=True)
    (config / "cep-desk" / "settings.json").write_text(json.dumps({"start_page": "caseload"}), encoding="utf-8")
    return config


def forget_snapshot(store: Path, passphrase: str) -> None:
    """Empty the cached caseload, as after a change made outside the window (the command line, a sync)."""
    from cep_desk.storage.connection import DB_FILE, connect
    from cep_desk.storage.keys import KeyManager

    conn = connect(store / DB_FILE, KeyManager(store).load(passphrase=passphrase))
    try:
        conn.execute("UPDATE caseload_cache SET data = NULL, snapshot_changes = NULL WHERE id = 1")
    finally:
        conn.close()


def measure(store: Path, passphrase: str, runs: int = 5, platform: str = "offscreen",
            display: str | None = None) -> dict[str, list[float]]:
    """Interleaved runs of the bare window and the app: caseload painted (``app``), everything usable
    (``ready``), and the same start when the caseload changed since the window last closed
    (``app_no_snapshot``, ``ready_no_snapshot``)."""
    env = dict(os.environ, QT_QPA_PLATFORM=platform, CEP_DESK_BENCH_STARTUP="1", CEP_DESK_PASSPHRASE=passphrase,
               XDG_CONFIG_HOME=str(_caseload_first_config(store)))
    if display:
        env["DISPLAY"] = display
    app_cmd = [sys.executable, "-c",
               "import sys; from cep_desk.app import main; sys.exit(main(sys.argv[1:]))",
               "--data-dir", str(store)]
    bare_cmd = [sys.executable, "-c", BARE]
    # One warm-up each so both read the same OS file cache state (the app's also keeps the snapshot).
    _time_until(bare_cmd, "VISIBLE", env)
    _time_until(app_cmd, "CASELOAD_VISIBLE", env, "SERVICES_READY")
    out: dict[str, list[float]] = {"bare": [], "app": [], "ready": [], "app_no_snapshot": [],
                                   "ready_no_snapshot": []}
    for _ in range(runs):
        out["bare"].append(_time_until(bare_cmd, "VISIBLE", env)[0])
        visible, ready = _time_until(app_cmd, "CASELOAD_VISIBLE", env, "SERVICES_READY")
        out["app"].append(visible)
        out["ready"].append(ready)
    for _ in range(max(3, runs // 3)):
        forget_snapshot(store, passphrase)
        visible, ready = _time_until(app_cmd, "CASELOAD_VISIBLE", env, "SERVICES_READY")
        out["app_no_snapshot"].append(visible)
        out["ready_no_snapshot"].append(ready)
    return out


@contextlib.contextmanager
def virtual_display() -> Iterator[str | None]:
    """A private Xvfb server, so start-up is also measured on a real X11 platform (xcb).

    Yields the DISPLAY to use, or None when Xvfb is not installed.
    """
    if not shutil.which("Xvfb"):
        yield None
        return
    number = 90 + os.getpid() % 500
    proc = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    socket = Path(f"/tmp/.X11-unix/X{number}")
    deadline = time.monotonic() + 10
    while not socket.exists() and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    try:
        yield f":{number}" if socket.exists() else None
    finally:
        proc.terminate()
        proc.wait(timeout=10)
