"""Cold start: process launch until the caseload is visible, against a bare PySide6 window.

Both are measured from the parent, from ``Popen`` to the line the child prints
once its window is painted, so interpreter start-up and imports count, as
they do for a counsellor double-clicking the icon.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
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


def measure(store: Path, passphrase: str, runs: int = 5) -> dict[str, list[float]]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               CEP_DESK_BENCH_STARTUP="1", CEP_DESK_PASSPHRASE=passphrase)
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
