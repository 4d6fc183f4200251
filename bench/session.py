"""The guided session (issue 3) on the 10,000-person store: moving between steps, saving a session.

Runs on a copy of the generated store (the sessions written here must not
change the cached store the other measures use). Saving: a whole session —
interview, a new diagnosis version, a 30-action plan with its jalons and
history, the composed conclusion — for a different person each time, in one
transaction. Moving: the real window, offscreen, 1280×760, with a 30-action
plan loaded; before each move something is typed, so each move also writes
the draft (the worst case). A move is timed until the new page is painted
(synchronous repaint); the draft write, queued right after it, is timed apart.

``python -m bench.session [STORE_DIR]`` runs it alone and appends to docs/BENCHMARKS.md.
"""

from __future__ import annotations

import gc
import random
import shutil
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ACTIONS = 30
SAVES = 40
MOVES = 80


def thirty_action_record(start: datetime, level: str, previous_diagnosis):  # type: ignore[no-untyped-def]
    from cep_desk.domain.conclusion import ConclusionDraft, FollowUp
    from cep_desk.domain.diagnosis import next_version
    from cep_desk.domain.guided_session import SessionRecord
    from cep_desk.domain.interview import InterviewDraft
    from cep_desk.domain.plan import Milestone, Objective, Plan, PlanAction

    goals = [Objective("choisir-un-metier--confirmer-son-choix-de-metier", "Vérifier le métier"),
             Objective("se-former--monter-son-dossier-de-formation", "Financer la formation"),
             Objective("trouver-un-emploi--repondre-a-des-offres-demploi", "Répondre aux offres")]
    actions = [PlanAction(f"Action {n + 1} convenue avec la personne", "autre", "personne", goals[n % 3].id,
                          n % 8 + 1, "semaines", start.date() + timedelta(weeks=n % 8 + 1), plan_b="Autre piste")
               for n in range(ACTIONS)]
    diagnosis = next_version(previous_diagnosis)
    diagnosis.need = "Sécuriser une reconversion."
    return SessionRecord(
        interview=InterviewDraft(starts_at=start, duration_min=60, level=level, notes_shareable="Bench."),
        diagnosis=diagnosis,
        plan=Plan(goals, actions, [Milestone(start.date() + timedelta(days=20), "Réunion", "rendez_vous")]),
        conclusion=ConclusionDraft("", start + timedelta(days=21), FollowUp(True, None, "")),
    )


def measure(store_path: Path, passphrase: str) -> dict[str, object]:
    from PySide6.QtWidgets import QApplication

    from cep_desk import i18n
    from cep_desk.domain.accompaniment import CLOSED
    from cep_desk.domain.guided_session import STEPS
    from cep_desk.services.facade import Services
    from cep_desk.storage.store import Store
    from cep_desk.ui.session.window import GuidedSessionWindow

    app = QApplication.instance() or QApplication([])
    i18n.install("fr")
    with tempfile.TemporaryDirectory(prefix="cep-bench-session-") as tmp:
        copy = Path(tmp) / "store"
        shutil.copytree(store_path, copy)
        store = Store.open_dir(copy, passphrase=passphrase)
        services = Services.for_store(store, actor="bench")
        people = store.count("beneficiary")
        rng = random.Random(3)
        ids = sorted(r.id for r in services.caseload() if r.status != CLOSED)  # same people whatever the list order
        gc.freeze()  # as the app does once started (cep_desk/app.py)
        save_ms: list[float] = []
        saved_for: list[str] = []
        start = datetime.combine(date.today(), datetime.min.time()).replace(hour=9)
        for bid in rng.sample(ids, SAVES):
            ctx = services.sessions.prepare(bid)
            acc = ctx.accompaniment
            record = thirty_action_record(start, acc.level if acc else "N1",
                                          ctx.diagnosis.diagnosis if ctx.diagnosis else None)
            t0 = time.perf_counter()
            services.sessions.record(bid, acc.id if acc else None, record, confirmed=True)
            save_ms.append((time.perf_counter() - t0) * 1000)
            saved_for.append(bid)

        window = GuidedSessionWindow(services, saved_for[0], person_name="Bench")
        window.resize(1280, 760)
        window.show()
        app.processEvents()
        notes = window.step("listen").notes_shareable
        move_ms: list[float] = []
        draft_ms: list[float] = []
        current = 0
        for n in range(MOVES):
            notes.setPlainText(f"Notes {n}")           # something typed: the move saves the draft
            target = rng.choice([i for i in range(len(STEPS)) if i != current])
            t0 = time.perf_counter()
            window.goto(target)
            window.repaint()                           # the new page is on screen
            t1 = time.perf_counter()
            app.processEvents()                        # the draft is written just after
            move_ms.append((t1 - t0) * 1000)
            draft_ms.append((time.perf_counter() - t1) * 1000)
            current = target
        plan_actions = len(window.step("plan").plan().actions) if hasattr(window.step("plan"), "plan") else 0
        window._finished = True
        window.close()
        store.close()
    return {"save_ms": save_ms, "move_ms": move_ms, "draft_ms": draft_ms, "people": people,
            "plan_actions": plan_actions}


def rows(result: dict[str, object]) -> list[tuple[str, str, str, bool]]:
    from bench.stats import summary

    mv = summary(result["move_ms"])  # type: ignore[arg-type]
    sv = summary(result["save_ms"])  # type: ignore[arg-type]
    dr = summary(result["draft_ms"])  # type: ignore[arg-type]
    return [
        (f"Guided session: move between steps, {result['plan_actions']}-action plan, draft saved (n={mv['n']})",
         f"p95 {mv['p95']:.1f} ms (p50 {mv['p50']:.1f})", "p95 ≤ 50 ms", mv["p95"] <= 50),
        (f"… then the draft written just after the move (n={dr['n']})",
         f"p95 {dr['p95']:.1f} ms (p50 {dr['p50']:.1f})", "p95 ≤ 50 ms", dr["p95"] <= 50),
        (f"Guided session: save a session with a {ACTIONS}-action plan (n={sv['n']})",
         f"p95 {sv['p95']:.1f} ms (p50 {sv['p50']:.1f})", "p95 ≤ 100 ms", sv["p95"] <= 100),
    ]


def main(argv: list[str]) -> int:
    from bench import report

    report.run_alone("guided session (issue 3)", measure, rows, argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
