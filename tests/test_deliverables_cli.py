"""``cep-desk-cli print``: writes the PDF atomically, exit codes 0 / 1 / 2 with plain messages,
``--record`` keeps it in the person's history."""

from __future__ import annotations

import json
from pathlib import Path

from cep_desk.domain.accompaniment import AccompanimentDraft
from cep_desk.domain.beneficiary import BeneficiaryDraft
from tests import pdf_checks as pc
from tests.test_cli import _qt_state, run  # noqa: F401  (_qt_state: the autouse fixture of the CLI tests)
from tests.test_sessions import first_session


def _person(services, store) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    bid = services.beneficiaries.create(BeneficiaryDraft(last_name="Vidal", first_name="Nadia"), AccompanimentDraft(
        level="N2", reasons=["projet.reconversion"]))
    acc = services.accompaniments.for_beneficiary(bid)[0].id
    saved = services.sessions.record(bid, acc, first_session(), confirmed=True)
    store.close()          # the command line takes the store's lock itself
    return bid, saved.interview_id


def test_print_writes_each_document(services, store, data_dir: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    bid, interview = _person(services, store)
    for kind in ("synthese", "plan", "conclusion", "carte", "enquete-metier"):
        out = tmp_path / f"{kind}.pdf"
        code, stdout, err = run(capsys, "--data-dir", str(data_dir), "print", kind, "--beneficiary", bid,
                                "--session", interview, "--out", str(out))
        assert code == 0, err
        assert "written to" in stdout and str(out) in stdout
        assert pc.check_rules(out.read_bytes()) == []
    out = tmp_path / "large.pdf"
    code, stdout, err = run(capsys, "--data-dir", str(data_dir), "print", "synthese-falc", "--beneficiary", bid,
                            "--large-print", "--record", "--out", str(out), "--format", "json")
    assert code == 0, err
    result = json.loads(stdout)
    assert result["recorded"].endswith("_synthese-falc_v1.pdf") and result["version"] == 1
    assert result["pages"] == pc.metadata(out.read_bytes())["pages"]
    assert pc.check_rules(out.read_bytes(), min_size=20.0) == []
    assert (data_dir / "documents" / bid / result["recorded"]).is_file()
    assert not list(tmp_path.glob(".*.tmp"))


def test_print_bad_input_exits_1_with_a_message(services, store, data_dir: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    bid, _ = _person(services, store)
    out = tmp_path / "x.pdf"
    person = ["--beneficiary", bid, "--out", str(out)]
    cases = [
        (["print", "plan", "--beneficiary", "nobody", "--out", str(out)], "No person has the id nobody"),
        (["print", "plan", *person, "--session", "nope"], "no session with the id nope"),
        (["print", "liaison", *person], "Choose the referral"),
        (["print", "liaison", *person, "--referral", "r1"], "no referral with the id r1"),
        (["print", "plan", "--beneficiary", bid, "--out", str(tmp_path / "x.txt")], "must end with .pdf"),
    ]
    for argv, message in cases:
        code, _, err = run(capsys, "--data-dir", str(data_dir), *argv)
        assert code == 1 and message in err and "Traceback" not in err, (argv, err)
    code, _, err = run(capsys, "--data-dir", str(data_dir), "print", "lettre", "--beneficiary", bid, "--out", str(out))
    assert code == 1 and "invalid choice" in err
    assert not out.exists()


def test_print_without_a_store_exits_2(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "none"), "print", "carte", "--beneficiary", "x",
                       "--out", str(tmp_path / "c.pdf"))
    assert code == 2 and "There is no store" in err
