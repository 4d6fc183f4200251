"""Import of data·inclusion files: valid and invalid rows, idempotence, the counsellor's layer kept,
bad files (encoding, truncation, malformed, too large), export validated by the package."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from data_inclusion.schema import v1
from sqlalchemy import text

from cep_desk.services import partner_files
from cep_desk.services.partner_records import service_uuid, structure_uuid
from cep_desk.services.partners import ContactDraft
from tests.outbox_checks import decoded_outbox

DATA = Path(__file__).parent / "data"
SAMPLE = DATA / "data_inclusion_sample.json"
ML = structure_uuid("dora", "dora--ml-millau")


def count(store, table: str) -> int:
    return store.count(table)


def test_sample_import_reports_valid_and_rejected_rows(services, store) -> None:
    report = services.partner_import.run(SAMPLE)
    assert (report.imported, report.updated, report.unchanged) == (7, 0, 0)
    reasons = {r.record_id: r.reason for r in report.rejected}
    assert set(reasons) == {"dora--bad-structure", "dora--bad-theme", "dora--orphan", "dora--future", ""}
    assert "nom" in reasons["dora--bad-structure"]
    assert "emploi--inconnu" in reasons["dora--bad-theme"] and len(reasons["dora--bad-theme"]) < 200
    assert "dora--nowhere" in reasons["dora--orphan"]
    assert [r.row for r in report.rejected] == sorted(r.row for r in report.rejected)
    assert not report.ok
    assert count(store, "partner_structure") == 3 and count(store, "partner_service") == 4
    assert count(store, "partner_search") == 4
    # Reference data is not queued for the hub.
    assert "partner_structure" not in {e for e in _outbox_entities(store)}


def _outbox_entities(store) -> set[str]:
    with store.engine.connect() as conn:
        out = {r[0] for r in conn.execute(text("SELECT DISTINCT entity FROM outbox"))}
        conn.rollback()
    return out


def test_reimport_changes_nothing_and_keeps_the_counsellors_layer(services, store) -> None:
    services.partner_import.run(SAMPLE)
    services.partners.set_relation(ML, favourite=True, tags=["jeunes"], notes_private="Demander Julie, pas l'accueil")
    services.partners.add_contact(ML, ContactDraft("Julie Fabre", "conseillère", "05 65 00 00 02"))
    report = services.partner_import.run(SAMPLE)
    assert (report.imported, report.updated, report.unchanged) == (0, 0, 7)
    page = services.partners.get(ML)
    assert page.favourite and page.tags == ["jeunes"] and page.notes_private.startswith("Demander Julie")
    assert [c.name for c in page.contacts] == ["Julie Fabre"]


def test_newer_date_maj_wins_older_is_ignored(services, tmp_path: Path) -> None:
    services.partner_import.run(SAMPLE)
    services.partners.set_relation(ML, notes_shareable="RDV le mardi")
    records = json.loads(SAMPLE.read_text(encoding="utf-8"))
    ml = dict(records[0], nom="Mission locale Sud-Aveyron Millau", date_maj="2026-09-01")
    old = dict(records[1], nom="Ancien nom", date_maj="2020-01-01")
    path = tmp_path / "update.json"
    path.write_text(json.dumps([ml, old]), encoding="utf-8")
    report = services.partner_import.run(path)
    assert (report.imported, report.updated, report.unchanged) == (0, 1, 1)
    page = services.partners.get(ML)
    assert page.nom == "Mission locale Sud-Aveyron Millau" and page.notes_shareable == "RDV le mardi"
    assert services.partners.get(structure_uuid("dora", "dora--capemploi-rodez")).nom == "Cap emploi Aveyron"
    # The renamed structure's services are found under the new name.
    from cep_desk.services.partner_search import SearchQuery
    assert services.partner_search.search(SearchQuery(text="sud aveyron millau"))


def test_csv_form_with_semicolons_and_lists(services) -> None:
    services.partner_import.run(SAMPLE)
    report = services.partner_import.run(DATA / "data_inclusion_services.csv")
    assert (report.imported, report.updated, report.unchanged) == (0, 0, 4)
    assert len(report.rejected) == 3
    sv = services.partners.service(service_uuid("dora", "dora--capemploi-rodez-maintien"))
    assert sv.codes("modes_accueil") == ["a-distance", "en-presentiel"]


def test_wrong_encoding_is_refused_whole(services, store, tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes("source;id;nom;date_maj\ndora;dora--x;Béziers accueil;2026-01-01\n".encode("cp1252"))
    report = services.partner_import.run(path)
    assert report.problem is not None and "UTF-8" in report.problem.render()
    assert count(store, "partner_structure") == 0


def test_utf8_bom_is_accepted(services, tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes("source,id,nom,date_maj\ndora,dora--x,Béziers accueil,2026-01-01\n".encode("utf-8-sig"))
    report = services.partner_import.run(path)
    assert report.ok and report.imported == 1


def test_truncated_json_keeps_whole_records_and_says_so(services, store, tmp_path: Path) -> None:
    content = SAMPLE.read_text(encoding="utf-8")
    path = tmp_path / "cut.json"
    path.write_text(content[: content.index('"dora--cidff-montpellier"') + 10], encoding="utf-8")
    report = services.partner_import.run(path)
    assert report.imported == 2 and report.problem is not None
    assert "cut short" in report.problem.render()
    assert count(store, "partner_structure") == 2


@pytest.mark.parametrize("content, expected", [
    ('{"structures": []}', "list of structures"),
    ('[{"source": "dora", "id": "a"} {"x": 1}]', "damaged"),
    ("", "empty"),
])
def test_malformed_json(services, tmp_path: Path, content: str, expected: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    report = services.partner_import.run(path)
    assert report.problem is not None and expected in report.problem.render()


def test_unclosed_quote_in_csv(services, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text('source,id,nom,date_maj\ndora,dora--a,"Accueil,2026-01-01\n', encoding="utf-8")
    report = services.partner_import.run(path)
    assert report.problem is not None and "line" in report.problem.render()


def test_file_above_the_limit_is_refused_before_reading(services, tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as f:     # a sparse 1 GB file: nothing is read, the size alone refuses it
        f.truncate(1024 ** 3)
    report = services.partner_import.run(path)
    assert report.problem is not None and "limit is 512 MB" in report.problem.render()


def test_missing_file(services, tmp_path: Path) -> None:
    report = services.partner_import.run(tmp_path / "nope.json")
    assert report.problem is not None and "Cannot read" in report.problem.render()


def test_hostile_strings_stored_as_text(services) -> None:
    services.partner_import.run(SAMPLE)
    sv = services.partners.service(service_uuid("dora", "dora--cidff-droits"))
    assert sv.description.startswith('=HYPERLINK("http://evil.example") <script>')
    assert services.partners.get(structure_uuid("dora", "dora--cidff-montpellier")).nom.endswith("<b>bold</b>")


def test_streaming_parser_across_small_chunks(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(partner_files, "CHUNK", 7)
    recs = [{"id": i, "nom": "é" * i} for i in range(30)]
    path = tmp_path / "a.json"
    path.write_text(json.dumps(recs, ensure_ascii=False), encoding="utf-8")
    assert [r for _, r in partner_files.iter_records(path)] == recs


def test_export_own_entries_validated_by_the_package(services, tmp_path: Path) -> None:
    services.partner_import.run(SAMPLE)
    own = services.partners.create_structure({"nom": "Association Lire et Écrire Millau", "code_insee": "12145",
                                              "commune": "Millau"})
    services.partners.add_service(own, {"nom": "Ateliers d’écriture", "description": "Ateliers hebdomadaires.",
                                        "thematiques": ["lecture-ecriture-calcul--maitriser-le-francais"],
                                        "modes_accueil": ["en-presentiel"]})
    services.partners.add_service(ML, {"nom": "Permanence du mardi", "description": "Sans rendez-vous."})
    path = tmp_path / "out" / "mes-partenaires.json"
    result = services.partner_export.write(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert (result.structures, result.services) == (2, 2)
    for s in data["structures"]:
        v1.Structure.model_validate(s)
    for s in data["services"]:
        v1.Service.model_validate(s)
    # A colleague importing the file gets the same entries attached to the same structures.
    assert {s["structure_id"] for s in data["services"]} <= {s["id"] for s in data["structures"]}


def test_own_entries_are_in_the_outbox_private_notes_are_not(services, store) -> None:
    services.partner_import.run(SAMPLE)
    own = services.partners.create_structure({"nom": "Garage solidaire du Lévézou"})
    services.partners.set_relation(own, notes_private="Très secret: le directeur part en mars")
    services.partners.add_contact(own, ContactDraft("Marc Vidal", "directeur", email="marc@example.org"))
    assert {"partner_structure", "partner_relation", "partner_contact"} <= _outbox_entities(store)
    assert not any("Très secret" in row for row in decoded_outbox(store))


def test_invalid_own_structure_is_refused_with_a_message(services) -> None:
    from cep_desk.domain.messages import ValidationFailed

    with pytest.raises(ValidationFailed) as err:
        services.partners.create_structure({"nom": "AB"})
    assert "data·inclusion" in err.value.issues[0].render()


def test_a_crash_in_a_batch_leaves_none_of_it(services, store, monkeypatch) -> None:
    from cep_desk.services import partner_import

    real = partner_import.search_row

    def broken(service_id, structure_id, rec, structure):  # type: ignore[no-untyped-def]
        if rec["id"] == "dora--cidff-national":
            raise OSError("disk pulled out")
        return real(service_id, structure_id, rec, structure)

    monkeypatch.setattr(partner_import, "search_row", broken)
    with pytest.raises(OSError):
        services.partner_import.run(SAMPLE)
    assert (count(store, "partner_structure"), count(store, "partner_service"), count(store, "partner_search")) == (
        0, 0, 0)


def test_cancel_keeps_whole_batches_only(services, store, monkeypatch, tmp_path: Path) -> None:
    from cep_desk.services import partner_import

    monkeypatch.setattr(partner_import, "BATCH", 2)
    records = json.loads(SAMPLE.read_text(encoding="utf-8"))[:3]      # three structures: batches of 2 and 1
    path = tmp_path / "three.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    report = services.partner_import.run(path, cancelled=lambda: True)
    assert report.cancelled and report.imported == 2 and count(store, "partner_structure") == 2


def test_progress_is_reported(services) -> None:
    seen: list[tuple[int, int]] = []
    services.partner_import.run(SAMPLE, progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1] == SAMPLE.stat().st_size
