"""Cold start: process launch until the caseload is visible, against a bare PySide6 window.

Both are measured from the parent, from ``Popen`` to the line the child prints
once its window is painted, so interpreter start-up and imports count, as
they do for a counsellor double-clicking the icon.
"""

from __future__ import annotations

import contextlib
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


def _time_until(cmd: list[str], marker: str, env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
    assert proc.stdout is not None
    try:
        for line in proc.stdout:
            if line.startswith(marker):
                elapsed = time.perf_counter() - t0
                break
        else:
            err = proc.stderr.read() if proc.stderr else ""
            raise RuntimeError(f"{cmd[:3]} ended without '{marker}': {err[-2000:]}")
    finally:
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
    return elapsed


def measure(store: Path, passphrase: str, runs: int = 5, platform: str = "offscreen",
            display: str | None = None) -> dict[str, list[float]]:
    env = dict(os.environ, QT_QPA_PLATFORM=platform, CEP_DESK_BENCH_STARTUP="1", CEP_DESK_PASSPHRASE=passphrase)
    if display:
        env["DISPLAY"] = display
    app_cmd = [sys.executable, "-c",
               "import sys; from cep_desk.app import main; sys.exit(main(sys.argv[1:]))",
               "--data-dir", str(store)]
    bare_cmd = [sys.executable, "-c", BARE]
    # One warm-up each so both read the same OS file cache state.
    _time_until(bare_cmd, "VISIBLE", env)
    _time_until(app_cmd, "CASELOAD_VISIBLE", env)
    out: dict[str, list[float]] = {"bare": [], "app": []}
    for _ in range(runs):
        out["bare"].append(_time_until(bare_cmd, "VISIBLE", env))
        out["app"].append(_time_until(app_cmd, "CASELOAD_VISIBLE", env))
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
