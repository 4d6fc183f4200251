"""Printed deliverables (issue 5) on the 10,000-person store: a synthesis with a 30-action plan,
and 100 documents produced in a batch ("print all of today's" for 25 people).

Runs on a copy of the generated store (the plans and documents written here
must not change the cached store). Each synthesis timing is the whole
``DocumentService.render``: reading the person's file, assembling the data and
drawing the PDF. The batch is ``produce``: render, atomic file write, history
row with outbox and audit entries.

``python -m bench.deliverables [STORE_DIR]`` runs it alone and appends to docs/BENCHMARKS.md.
"""

from __future__ import annotations

import random
import shutil
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

RENDERS = 20
BATCH_PEOPLE = 25
KINDS_PER_PERSON = ("conclusion", "plan", "synthese-falc", "synthese")


def measure(store_path: Path, passphrase: str) -> dict[str, object]:
    from bench.session import ACTIONS, thirty_action_record
    from cep_desk.domain.accompaniment import CLOSED
    from cep_desk.services.facade import Services
    from cep_desk.storage.store import Store

    with tempfile.TemporaryDirectory(prefix="cep-bench-documents-") as tmp:
        copy = Path(tmp) / "store"
        shutil.copytree(store_path, copy)
        store = Store.open_dir(copy, passphrase=passphrase)
        services = Services.for_store(store, actor="bench")
        people = store.count("beneficiary")
        rng = random.Random(5)
        ids = sorted(r.id for r in services.caseload() if r.status != CLOSED)  # same people whatever the list order
        chosen = rng.sample(ids, max(RENDERS, BATCH_PEOPLE))
        start = datetime.combine(date.today(), datetime.min.time()).replace(hour=9)
        for bid in chosen:          # a session with a 30-action plan for each, level 2 for the synthesis
            ctx = services.sessions.prepare(bid)
            acc = ctx.accompaniment
            record = thirty_action_record(start, "N2", ctx.diagnosis.diagnosis if ctx.diagnosis else None)
            services.sessions.record(bid, acc.id if acc else None, record, confirmed=True)
        services.documents.render("synthese", chosen[0])           # fonts registered, code warm
        render_ms: list[float] = []
        pages = 0
        for bid in chosen[:RENDERS]:
            t0 = time.perf_counter()
            pdf = services.documents.render("synthese", bid)
            render_ms.append((time.perf_counter() - t0) * 1000)
            pages = max(pages, pdf.count(b"/Type /Page\n"))
        t0 = time.perf_counter()
        produced = 0
        for bid in chosen[:BATCH_PEOPLE]:
            for kind in KINDS_PER_PERSON:
                services.documents.produce(kind, bid)
                produced += 1
        batch_s = time.perf_counter() - t0
        store.close()
    return {"render_ms": render_ms, "batch_s": batch_s, "produced": produced, "people": people,
            "actions": ACTIONS, "pages": pages}


def rows(result: dict[str, object]) -> list[tuple[str, str, str, bool]]:
    from bench.stats import summary

    r = summary(result["render_ms"])  # type: ignore[arg-type]
    batch = float(result["batch_s"])  # type: ignore[arg-type]
    return [
        (f"Synthesis with a {result['actions']}-action plan, {result['pages']} pages: read + assemble + PDF "
         f"(n={r['n']})", f"p95 {r['p95']:.0f} ms (p50 {r['p50']:.0f})", "≤ 300 ms", r["p95"] <= 300),
        (f"{result['produced']} documents produced in a batch (file + history), "
         f"{len(KINDS_PER_PERSON)} per person", f"{batch:.1f} s", "≤ 20 s", batch <= 20),
    ]


def main(argv: list[str]) -> int:
    from bench import report

    report.run_alone("printed deliverables (issue 5)", measure, rows, argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
