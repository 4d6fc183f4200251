"""A large generated store for benchmarks: 10,000 people and ~60,000 sessions.

Built once with the demo generator (same code path as the demo: ORM rows,
outbox and audit filled) and cached in ``bench/.data`` (ignored by git).
The store is passphrase-protected; the passphrase is passed to the app
through CEP_DESK_PASSPHRASE, the same way unattended use works.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

BENCH_PASSPHRASE = "bench-passphrase-not-secret"  # generated fictional data, not a secret
DATA_ROOT = Path(__file__).resolve().parent / ".data"
PEOPLE = int(os.environ.get("CEP_BENCH_PEOPLE", "10000"))
SESSIONS_PER_PERSON = 6


def store_dir(people: int = PEOPLE) -> Path:
    """One cached store per schema: a store cached by an older version would be migrated on opening
    but keep the older, poorer content (no diagnoses, plans… before 0003). The key also hashes the
    migration scripts, so a revision edited before release does not reuse a store of its draft."""
    import hashlib

    from cep_desk.storage.migrate import HEAD, MIGRATIONS_DIR

    digest = hashlib.sha256()
    for script in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        digest.update(script.read_bytes())
    return DATA_ROOT / f"store-{people}-{HEAD}-{digest.hexdigest()[:8]}"


def ensure_store(people: int = PEOPLE) -> Path:
    """Create the generated store unless a complete one is cached."""
    from cep_desk.demo import populate
    from cep_desk.services.facade import Services
    from cep_desk.storage.store import Store

    folder = store_dir(people)
    done = folder / ".complete"
    if done.exists():
        return folder
    if folder.exists():
        shutil.rmtree(folder)
    t0 = time.perf_counter()
    store = Store.open_dir(folder, create_mode="passphrase", passphrase=BENCH_PASSPHRASE)
    try:
        populate(Services.for_store(store, actor="bench"), count=people,
                 sessions_per_person=SESSIONS_PER_PERSON, seed=2026)
        print(f"generated {store.count('beneficiary')} people, {store.count('interview')} sessions "
              f"in {time.perf_counter() - t0:.1f} s")
    finally:
        store.close()
    done.write_text("ok")
    return folder
