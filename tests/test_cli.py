"""cep-desk-cli on real encrypted stores: in-process through ``main`` and as a
real subprocess (the in-memory keyring does not cross processes, so
subprocesses use demo or passphrase stores)."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from cep_desk.cli import LIST_COLUMNS, csv_cell, main
from cep_desk.domain.accompaniment import AccompanimentDraft, StatusChange
from cep_desk.domain.beneficiary import BeneficiaryDraft
from cep_desk.domain.codelists import referentials
from cep_desk.domain.interview import InterviewDraft
from cep_desk.storage.errors import NeedPassphrase, WrongKey
from cep_desk.storage.keys import KeyManager
from cep_desk.storage.store import DB_FILE, Store

ROOT = Path(__file__).resolve().parent.parent
PRIVATE = "Situation familiale difficile, en parle peu (test-privé-7f3a)"
SESSION_PRIVATE = "Pleure en évoquant son licenciement (test-privé-9c1b)"
REQUIRED_KEYS = {"id", "nom", "prenom", "commune", "code_insee", "statut", "statut_libelle", "niveau",
                 "date_naissance", "dernier_contact", "entretiens", "metier_cible"}


@contextlib.contextmanager
def restored_qt_language(app):  # type: ignore[no-untyped-def]
    """``main`` installs catalogues and the default locale: put them back for the other tests."""
    from PySide6.QtCore import QLocale

    from cep_desk import i18n

    locale, before = QLocale(), list(i18n._installed)
    try:
        yield
    finally:
        for t in i18n._installed:
            app.removeTranslator(t)
        for t in before:
            app.installTranslator(t)
        i18n._installed[:] = before
        QLocale.setDefault(locale)


@pytest.fixture(autouse=True)
def _qt_state(qapp):  # type: ignore[no-untyped-def]
    """The CLI creates a QCoreApplication only when none exists: in this shared test process the
    QApplication that widget tests need must come first."""
    with restored_qt_language(qapp):
        yield


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def cli_command() -> list[str]:
    script = Path(sys.executable).with_name("cep-desk-cli")
    return [str(script)] if script.exists() else [sys.executable, "-m", "cep_desk.cli"]


def run_process(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    full_env = {k: v for k, v in os.environ.items() if k != "CEP_DESK_PASSPHRASE"}
    full_env.update(env or {})
    return subprocess.run([*cli_command(), "--lang", "en", *argv], capture_output=True, env=full_env,
                          timeout=120, check=False)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory, qapp) -> Path:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("cli") / "demo"
    with restored_qt_language(qapp):
        assert main(["--lang", "en", "--data-dir", str(folder), "demo"]) == 0
    return folder


@pytest.fixture
def person_store(services, store, data_dir: Path) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """A keyring store holding a hand-made file (formula-like names, private notes); closed after."""
    sid = services.counsellor.save_site(None, "Rodez – site principal", "principal", "12202")
    draft = BeneficiaryDraft(
        last_name='=HYPERLINK("http://evil.example","clic")', first_name="+Ève", sex="F",
        birth_date=datetime(1988, 3, 2).date(), email="eve@example.org", phone="06 39 98 12 34",
        commune_insee="12145", postal_code="12100", qualification_level="3", diploma_obtained="oui",
        rqth="non", origin="entourage", consent_given=True, consent_date=datetime(2026, 10, 1).date(),
        consent_explained="Cadre du CEP expliqué.", notes_shareable="Permis B.", notes_private=PRIVATE,
    )
    acc = AccompanimentDraft(level="N2", reasons=["projet.reconversion", "information.dispositifs"],
                             first_request_date=datetime(2026, 9, 28).date(),
                             first_appointment_date=datetime(2026, 10, 1).date(), referent="Claire Martin")
    bid = services.beneficiaries.create(draft, acc)
    acc_id = services.accompaniments.for_beneficiary(bid)[0].id
    services.interviews.record(bid, acc_id, InterviewDraft(
        starts_at=datetime(2026, 10, 1, 9, 30), duration_min=75, site_id=sid, level="N2",
        notes_shareable="Présentation du CEP.", notes_private=SESSION_PRIVATE))
    services.accompaniments.change_status(acc_id, StatusChange(
        "en_pause", datetime(2026, 11, 20).date(), return_date=datetime(2027, 1, 5).date(), comment="Congé."))
    other = BeneficiaryDraft(last_name="-Moins", first_name="@Arobase", sex="H")
    services.beneficiaries.create(other)
    store.close()  # the CLI takes the store's lock itself
    return {"id": bid, "dir": str(data_dir)}


# -- demo ----------------------------------------------------------------------------------
def test_demo_creates_the_demo_store_then_says_it_exists(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "demo"
    code, out, err = run(capsys, "--data-dir", str(folder), "demo")
    assert code == 0, err
    assert "300" in out
    assert KeyManager(folder).meta.key_mode == "demo"  # type: ignore[union-attr]
    code, out, err = run(capsys, "--data-dir", str(folder), "demo")
    assert code == 0 and "already" in out and err == ""


def test_demo_refuses_a_folder_holding_a_real_store(store, data_dir: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    store.close()
    code, out, err = run(capsys, "--data-dir", str(data_dir), "demo")
    assert code == 1 and out == ""
    assert "not the demo store" in err
    assert KeyManager(data_dir).meta.key_mode == "keyring"  # type: ignore[union-attr]


# -- list ----------------------------------------------------------------------------------
def test_list_json_has_the_caseload(demo_dir: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "--data-dir", str(demo_dir), "list", "--format", "json")
    assert code == 0, err
    rows = json.loads(out)
    assert len(rows) == 300
    assert all(REQUIRED_KEYS <= set(r) for r in rows)
    statuses = referentials()["parcours_status"]
    assert all(r["statut"] in statuses and r["statut_libelle"] == statuses.label(r["statut"], "en")
               for r in rows)
    assert all(datetime.fromisoformat(r["date_naissance"]) for r in rows)
    assert any(not r["nom"].isascii() for r in rows)  # ensure_ascii=False: names as written


def test_list_filters_by_status_and_search(demo_dir: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    _, out, _ = run(capsys, "--data-dir", str(demo_dir), "list", "--status", "clos")
    closed = json.loads(out)
    assert 0 < len(closed) < 300 and {r["statut"] for r in closed} == {"clos"}
    commune = closed[0]["commune"]
    _, out, _ = run(capsys, "list", "--data-dir", str(demo_dir), "--search", commune.lower())
    assert any(r["commune"] == commune for r in json.loads(out))
    code, out, err = run(capsys, "--data-dir", str(demo_dir), "list", "--status", "nope")
    assert code == 1 and out == "" and "actif" in err


def test_list_csv_parses_back_and_neutralises_formulas(person_store: dict[str, str], capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "--data-dir", person_store["dir"], "list", "--format", "csv")
    assert code == 0, err
    rows = list(csv.reader(io.StringIO(out)))
    assert tuple(rows[0]) == LIST_COLUMNS
    records = [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]
    assert len(records) == 2
    eve = next(r for r in records if r["id"] == person_store["id"])
    assert eve["nom"] == "'" + '=HYPERLINK("http://evil.example","clic")'
    assert eve["prenom"] == "'+Ève"
    assert eve["statut"] == "en_pause" and eve["commune"] == "Millau" and eve["entretiens"] == "1"
    other = next(r for r in records if r["id"] != person_store["id"])
    assert other["nom"] == "'-Moins" and other["prenom"] == "'@Arobase"
    assert not any(cell.startswith(("=", "+", "-", "@")) for r in rows for cell in r)


def test_csv_cell() -> None:
    assert csv_cell(None) == ""
    assert csv_cell(3) == "3"
    assert csv_cell("=1+1") == "'=1+1"
    assert csv_cell("\tx") == "'\tx"
    assert csv_cell("Saint-Affrique") == "Saint-Affrique"


# -- show ----------------------------------------------------------------------------------
def _strings(node: object, key: str = "") -> list[tuple[str, str]]:
    """Every (innermost key, string value) of a JSON document."""
    if isinstance(node, dict):
        return [pair for k, v in node.items() for pair in _strings(v, k)]
    if isinstance(node, list):
        return [pair for v in node for pair in _strings(v, key)]
    return [(key, node)] if isinstance(node, str) else []


def test_show_has_the_whole_file_and_private_notes_only_under_private_keys(  # type: ignore[no-untyped-def]
    person_store: dict[str, str], capsys
) -> None:
    code, out, err = run(capsys, "--data-dir", person_store["dir"], "show", person_store["id"])
    assert code == 0, err
    data = json.loads(out)
    assert data["nom"].startswith("=HYPERLINK") and data["prenom"] == "+Ève"
    assert data["contact"]["commune"]["nom"] == "Millau"
    level_label = referentials()["qualification_level"].label("3", "en")
    assert data["profil"]["niveau_qualification"] == {"code": "3", "libelle": level_label}
    assert data["consentement"]["donne"] is True and data["consentement"]["date"] == "2026-10-01"
    [acc] = data["parcours"]
    assert acc["statut"]["code"] == "en_pause" and acc["date_reprise"] == "2027-01-05"
    assert [h["vers"]["code"] for h in acc["historique"]] == ["actif", "en_pause"]
    assert {m["code"] for m in acc["motifs"]} == {"projet.reconversion", "information.dispositifs"}
    [session] = data["entretiens"]
    assert session["debut"] == "2026-10-01T09:30:00" and session["site"]["nom"].startswith("Rodez")
    assert data["notes_private"] == PRIVATE and session["notes_private"] == SESSION_PRIVATE
    leaks = [(k, v) for k, v in _strings(data) if (PRIVATE in v or SESSION_PRIVATE in v) and "private" not in k]
    assert leaks == []


def test_show_unknown_id_is_a_user_error(demo_dir: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "--data-dir", str(demo_dir), "show", "no-such-id")
    assert code == 1 and out == ""
    assert "no-such-id" in err and "Traceback" not in err


# -- errors --------------------------------------------------------------------------------
def test_bad_arguments_are_user_errors(capsys) -> None:  # type: ignore[no-untyped-def]
    assert run(capsys, "list", "--format", "xml")[0] == 1
    code, _, err = run(capsys)
    assert code == 1 and "usage" in err
    assert run(capsys, "--help")[0] == 0


def test_folder_without_a_store_is_a_store_problem(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "--data-dir", str(tmp_path / "empty"), "list")
    assert code == 2 and out == "" and "demo" in err


@pytest.fixture
def passphrase_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "locked"
    Store.open_dir(folder, create_mode="passphrase", passphrase="correct horse battery").close()
    return folder


def test_wrong_or_missing_passphrase(passphrase_dir: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "--data-dir", str(passphrase_dir), "check")
    assert code == 2 and out == "" and err.strip() == NeedPassphrase().render()
    monkeypatch.setenv("CEP_DESK_PASSPHRASE", "wrong horse")
    code, out, err = run(capsys, "--data-dir", str(passphrase_dir), "list")
    assert code == 2 and err.strip() == WrongKey().render()
    monkeypatch.setenv("CEP_DESK_PASSPHRASE", "correct horse battery")
    code, out, err = run(capsys, "--data-dir", str(passphrase_dir), "list")
    assert code == 0 and json.loads(out) == []


def test_locked_store_is_a_store_problem(demo_dir: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    with Store.open_dir(demo_dir):
        code, _, err = run(capsys, "--data-dir", str(demo_dir), "check")
    assert code == 2 and "already open" in err


# -- check ---------------------------------------------------------------------------------
def test_check_ok(demo_dir: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "--data-dir", str(demo_dir), "check")
    assert code == 0, err
    assert out.startswith("OK") and "300" in out


def test_check_finds_a_row_missing_from_the_outbox(demo_dir: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    copy = tmp_path / "copy"
    shutil.copytree(demo_dir, copy)
    with Store.open_dir(copy) as store, store.engine.begin() as conn:
        victim = conn.execute(text("SELECT id FROM beneficiary LIMIT 1")).scalar_one()
        conn.execute(text("DELETE FROM outbox WHERE entity_id = :id"), {"id": victim})
    code, out, err = run(capsys, "--data-dir", str(copy), "check")
    assert code == 2 and out == ""
    assert victim in err and "outbox" in err


def _corrupt(folder: Path) -> None:
    db = folder / DB_FILE
    size = db.stat().st_size
    with db.open("r+b") as f:
        f.seek(size // 2)
        f.write(b"\x00" * 4096)


def test_check_on_a_corrupted_copy_in_process(demo_dir: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    copy = tmp_path / "copy"
    shutil.copytree(demo_dir, copy)
    _corrupt(copy)
    code, out, err = run(capsys, "--data-dir", str(copy), "check")
    assert code == 2 and out == ""
    assert "damaged" in err and "Traceback" not in err
    assert len(err) < 1000                                          # the raw SQLite report is cut short


# -- real processes --------------------------------------------------------------------------
def test_subprocess_list_check_and_corruption(demo_dir: Path, tmp_path: Path) -> None:
    listed = run_process("--data-dir", str(demo_dir), "list", "--format", "json")
    assert listed.returncode == 0, listed.stderr.decode()
    assert len(json.loads(listed.stdout.decode("utf-8"))) == 300
    assert run_process("--data-dir", str(demo_dir), "check").returncode == 0
    copy = tmp_path / "copy"
    shutil.copytree(demo_dir, copy)
    _corrupt(copy)
    broken = run_process("--data-dir", str(copy), "check")
    assert broken.returncode == 2
    assert b"Traceback" not in broken.stderr and broken.stderr.strip()


def test_subprocess_passphrase_from_the_environment(passphrase_dir: Path) -> None:
    missing = run_process("--data-dir", str(passphrase_dir), "list")
    assert missing.returncode == 2 and b"CEP_DESK_PASSPHRASE" in missing.stderr
    wrong = run_process("--data-dir", str(passphrase_dir), "list", env={"CEP_DESK_PASSPHRASE": "nope"})
    assert wrong.returncode == 2 and b"Traceback" not in wrong.stderr
    right = run_process("--data-dir", str(passphrase_dir), "check",
                        env={"CEP_DESK_PASSPHRASE": "correct horse battery"})
    assert right.returncode == 0, right.stderr.decode()


def test_help_is_translated_and_loads_neither_widgets_nor_the_store() -> None:
    """QtCore only, for the catalogue: no widget library, no database layer."""
    probe = ("import sys; from cep_desk.cli import main; code = main(sys.argv[1:]); "
             "print(code, 'PySide6.QtWidgets' in sys.modules, 'sqlalchemy' in sys.modules, file=sys.stderr)")
    for args, expected in (([], ("utilisation\u00a0: cep-desk-cli", "créer la base de démonstration")),
                           (["--lang", "en"], ("usage: cep-desk-cli", "create the demo store"))):
        done = subprocess.run([sys.executable, "-c", probe, *args, "--help"], capture_output=True, text=True,
                              cwd=ROOT, timeout=60, check=False)
        assert done.stderr.strip().splitlines()[-1] == "0 False False"
        assert all(text in done.stdout for text in expected), done.stdout
    sub = subprocess.run([sys.executable, "-c", probe, "print", "--help"], capture_output=True, text=True,
                         cwd=ROOT, timeout=60, check=False)
    assert "texte en 20 pt" in sub.stdout and "afficher cette aide et quitter" in sub.stdout
