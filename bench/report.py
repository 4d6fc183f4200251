"""Write benchmark results to docs/BENCHMARKS.md: one dated section per run, the machine, a table.

Shared by ``make bench`` (every benchmark) and by each ``python -m bench.<part>`` run alone.
"""

from __future__ import annotations

import os
import platform
import sys
from datetime import datetime
from pathlib import Path

RESULTS = Path(__file__).resolve().parent.parent / "docs" / "BENCHMARKS.md"
Row = tuple[str, str, str, bool]   # measure, result, target, met


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        import psutil

        mem = f"{psutil.virtual_memory().total / 2**30:.0f} GiB"
    except ImportError:
        mem = "?"
    import PySide6

    return (f"{cpu}, {os.cpu_count()} cores, {mem}, {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}, PySide6 {PySide6.__version__}, QT_QPA_PLATFORM="
            f"{os.environ.get('QT_QPA_PLATFORM', '')}")


def speed_reference() -> str:
    """A fixed pure-Python workload, timed: the same machine is not always as fast (a shared host), and
    without it two runs' figures cannot be told apart from a change in the code."""
    import time

    best = float("inf")
    for _ in range(3):
        t0, total = time.perf_counter(), 0
        for i in range(5_000_000):
            total += i
        best = min(best, time.perf_counter() - t0)
    return f"5·10⁶ Python additions in {best:.2f} s (best of 3)"


def append(title: str, rows: list[Row], store: str = "") -> bool:
    """Print and append one section; True when every target is met."""
    lines = [f"\n## {datetime.now():%Y-%m-%d %H:%M} — {title}\n", f"Machine: {machine()}  ",
             f"Speed reference: {speed_reference()}  "]
    if store:
        lines.append(f"Store: {store}\n")
    lines += ["", "| measure | result | target | |", "|---|---|---|---|",
              *[f"| {a} | {b} | {c} | {'✅' if ok else '❌'} |" for a, b, c, ok in rows], ""]
    text = "\n".join(lines)
    print(text)
    if not RESULTS.exists():
        RESULTS.write_text("# Benchmarks\n\nAppended by `make bench`; newest last.\n", encoding="utf-8")
    with RESULTS.open("a", encoding="utf-8") as f:
        f.write(text)
    sys.stdout.flush()
    return all(r[3] for r in rows)


def run_alone(title: str, measure, rows, argv: list[str]) -> None:  # type: ignore[no-untyped-def]
    """``python -m bench.<part> [STORE]``: one part's measures on the cached (or given) store, appended."""
    from bench.generate import BENCH_PASSPHRASE, ensure_store

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    result = measure(Path(argv[0]) if argv else ensure_store(), BENCH_PASSPHRASE)
    finish(append(title, rows(result), f"{result['people']} people (generated, encrypted; measured on a copy)."))


def finish(ok: bool) -> None:
    """PySide6 can crash while tearing down at interpreter exit; the results are written by now."""
    os._exit(0 if ok else 1)
