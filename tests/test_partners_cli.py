"""``cep-desk-cli partners``: import report and exit codes, export, search as JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cep_desk.cli import main
from tests.test_cli import restored_qt_language

SAMPLE = Path(__file__).parent / "data" / "data_inclusion_sample.json"


@pytest.fixture(autouse=True)
def _qt_state(qapp):  # type: ignore[no-untyped-def]
    """The QApplication widget tests need must exist before the CLI would create a QCoreApplication."""
    with restored_qt_language(qapp):
        yield


@pytest.fixture
def store_dir(store, data_dir: Path) -> Path:
    store.close()   # the command line opens it itself
    return data_dir


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([*argv, "--lang", "en"])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_import_prints_the_report_and_exits_1_on_rejections(store_dir, capsys) -> None:
    code, out, _ = run(capsys, "--data-dir", str(store_dir), "partners", "import", str(SAMPLE))
    assert code == 1
    assert "7 imported, 0 updated, 0 unchanged, 5 rejected." in out
    assert "Rejected: row 4 (dora--bad-structure)" in out


def test_clean_import_exits_0_and_search_finds_by_distance(store_dir, capsys, tmp_path: Path) -> None:
    records = [r for r in json.loads(SAMPLE.read_text(encoding="utf-8"))
               if isinstance(r, dict) and r["id"] in ("dora--ml-millau", "dora--capemploi-rodez",
                                                      "dora--ml-millau-accompagnement",
                                                      "dora--capemploi-rodez-maintien")]
    clean = tmp_path / "clean.json"
    clean.write_text(json.dumps(records), encoding="utf-8")
    assert run(capsys, "--data-dir", str(store_dir), "partners", "import", str(clean))[0] == 0
    code, out, _ = run(capsys, "--data-dir", str(store_dir), "partners", "search", "emploi", "--near", "12145",
                       "--radius", "60", "--format", "json")
    hits = json.loads(out)
    assert code == 0 and [h["distance_km"] for h in hits] == [0.0, 48.6]


def test_bad_search_arguments_exit_1(store_dir, capsys) -> None:
    assert run(capsys, "--data-dir", str(store_dir), "partners", "search", "x", "--radius", "5")[0] == 1
    code, _, err = run(capsys, "--data-dir", str(store_dir), "partners", "search", "x", "--near", "00000")
    assert code == 1 and "INSEE" in err
    assert run(capsys, "--data-dir", str(store_dir), "partners", "search", "x", "--near", "12145",
               "--radius", "abc")[0] == 1


def test_import_of_a_broken_file_exits_1_with_a_message(store_dir, capsys, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"[{\"source\": \"dora\", \"id\": \"x\", \"nom\": \"Caf\xe9\"}]")
    code, _, err = run(capsys, "--data-dir", str(store_dir), "partners", "import", str(bad))
    assert code == 1 and "UTF-8" in err


def test_export_writes_valid_json(store_dir, capsys, tmp_path: Path) -> None:
    out_file = tmp_path / "export.json"
    code, out, _ = run(capsys, "--data-dir", str(store_dir), "partners", "export", str(out_file))
    assert code == 0 and json.loads(out_file.read_text(encoding="utf-8")) == {"structures": [], "services": []}
    assert "0 structure(s)" in out


def test_missing_store_exits_2(tmp_path: Path, capsys) -> None:
    assert run(capsys, "--data-dir", str(tmp_path / "none"), "partners", "search", "x")[0] == 2


def test_search_csv_neutralises_formulas(store_dir, capsys, tmp_path: Path) -> None:
    records = [{"source": "x", "id": "x--s", "nom": "=cmd|'/c calc'!A1", "date_maj": "2026-01-01"},
               {"source": "x", "structure_id": "x--s", "id": "x--v", "nom": "+SUM(A1:A9)",
                "description": "Une description.", "date_maj": "2026-01-01"}]
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    assert run(capsys, "--data-dir", str(store_dir), "partners", "import", str(path))[0] == 0
    code, out, _ = run(capsys, "--data-dir", str(store_dir), "partners", "search", "--format", "csv")
    assert code == 0 and "'+SUM(A1:A9)" in out and "'=cmd" in out
