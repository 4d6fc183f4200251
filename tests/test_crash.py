"""Crash safety (RELIABILITY.md): a process writing in a loop is killed hard;
on reopening, the store is intact, every acknowledged write is there, and the
outbox matches the data."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import text

from cep_desk.storage.store import Store

WRITER = r"""
import sys
from pathlib import Path
from cep_desk.domain.beneficiary import BeneficiaryDraft
from cep_desk.services.facade import Services
from cep_desk.storage.store import Store

store = Store.open_dir(Path(sys.argv[1]))
services = Services.for_store(store, actor="crash-test")
i = 0
while True:
    bid = services.beneficiaries.create(BeneficiaryDraft(last_name=f"Crash{i}", first_name="Test",
                                                         notes_private="privé"))
    print("ACK", bid, flush=True)
    i += 1
"""


def test_kill_during_writes_loses_no_acknowledged_write(tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "store"
    Store.open_dir(folder, create_mode="passphrase", passphrase="correct horse battery").close()
    monkeypatch.setenv("CEP_DESK_PASSPHRASE", "correct horse battery")
    acked: list[str] = []
    for _round in range(3):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(folder)], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        deadline = time.monotonic() + 20
        first = len(acked)
        for line in proc.stdout:
            if line.startswith("ACK "):
                acked.append(line.split()[1])
            if len(acked) - first >= 25 or time.monotonic() > deadline:
                break
        proc.kill()  # SIGKILL on POSIX, TerminateProcess on Windows: no clean-up runs
        proc.wait(timeout=10)
        assert len(acked) > first, proc.stderr.read() if proc.stderr else ""

    with Store.open_dir(folder) as store:
        assert store.integrity_check(quick=False) == []
        with store.engine.connect() as conn:
            ids = {r[0] for r in conn.execute(text("SELECT id FROM beneficiary"))}
            outbox = {r[0] for r in conn.execute(
                text("SELECT entity_id FROM outbox WHERE entity = 'beneficiary' AND op = 'insert'"))}
            audit = {r[0] for r in conn.execute(text("SELECT entity_id FROM audit_log"))}
        assert set(acked) <= ids
        assert outbox == ids  # every row has its outbox entry, and no entry without its row
        assert audit == ids
