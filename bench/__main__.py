"""`make bench`: run the benchmarks of the issues and append results to docs/BENCHMARKS.md."""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from bench import cockpit, deliverables, interactive, partners, session, startup
from bench.generate import BENCH_PASSPHRASE, ensure_store
from bench.stats import summary

RESULTS = Path(__file__).resolve().parent.parent / "docs" / "BENCHMARKS.md"


def _machine() -> str:
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


def _verdict(ok: bool) -> str:
    return "✅" if ok else "❌"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Generated in a child process: its memory must not count in the measures below.
    subprocess.run([sys.executable, "-c", "from bench.generate import ensure_store; ensure_store()"],
                   check=True, cwd=Path(__file__).resolve().parent.parent)
    store = ensure_store()  # cached now: only returns the folder
    colds = {"offscreen": startup.measure(store, BENCH_PASSPHRASE)}
    with startup.virtual_display() as display:
        if display:
            colds["xcb (Xvfb)"] = startup.measure(store, BENCH_PASSPHRASE, platform="xcb", display=display)
    inter = interactive.measure(store, BENCH_PASSPHRASE)
    ks = summary(inter["keystrokes_ms"])  # type: ignore[arg-type]
    op = summary(inter["open_ms"])  # type: ignore[arg-type]
    rss = float(inter["rss_mb"])  # type: ignore[arg-type]
    rows = []
    for qpa, cold in colds.items():
        app_s, bare_s = statistics.median(cold["app"]), statistics.median(cold["bare"])
        rows += [
            (f"Cold start until caseload visible, {qpa} (median of 5)", f"{app_s:.2f} s", "≤ 2 s",
             app_s <= 2.0),
            (f"… ratio to a bare PySide6 window, {qpa}", f"{app_s / bare_s:.1f}× (bare {bare_s:.2f} s)",
             "≤ 3×", app_s <= 3 * bare_s),
        ]
    rows += [
        (f"Search keystroke → list updated (n={ks['n']})", f"p95 {ks['p95']:.1f} ms (p50 {ks['p50']:.1f})",
         "p95 ≤ 50 ms", ks["p95"] <= 50),
        (f"Open a beneficiary file (n={op['n']})", f"p95 {op['p95']:.1f} ms (p50 {op['p50']:.1f})",
         "p95 ≤ 100 ms", op["p95"] <= 100),
        ("Resident memory after the above", f"{rss:.0f} MB", "≤ 300 MB", rss <= 300),
    ]
    rows += session.rows(session.measure(store, BENCH_PASSPHRASE))   # the guided session (issue 3)
    home = summary(cockpit.measure(store, BENCH_PASSPHRASE)["total_ms"])  # type: ignore[arg-type]
    rows.append((f"Home view: cockpit read model + filling the view (n={home['n']})",
                 f"p95 {home['p95']:.1f} ms (p50 {home['p50']:.1f})", "≤ 200 ms", home["p95"] <= 200))
    rows += deliverables.rows(deliverables.measure(store, BENCH_PASSPHRASE))   # printed deliverables (issue 5)
    rows += partners.rows()   # partner directory (issue 4): import 100,000 services, search them
    stamp = datetime.now().strftime("%Y-%m-%d %H:%M")
    lines = [
        f"\n## {stamp} — foundation (issue 2)\n",
        f"Machine: {_machine()}  ",
        f"Store: {inter['people']} people, {inter['sessions']} sessions (generated, encrypted).\n",
        "| measure | result | target | |",
        "|---|---|---|---|",
        *[f"| {a} | {b} | {c} | {_verdict(d)} |" for a, b, c, d in rows],
        "",
    ]
    text = "\n".join(lines)
    print(text)
    if not RESULTS.exists():
        RESULTS.write_text("# Benchmarks\n\nAppended by `make bench`; newest last.\n", encoding="utf-8")
    with RESULTS.open("a", encoding="utf-8") as f:
        f.write(text)
    sys.stdout.flush()
    # PySide6 can crash while tearing down at interpreter exit; the results are written by now.
    os._exit(0 if all(r[3] for r in rows) else 1)


if __name__ == "__main__":
    sys.exit(main())
