"""Partner directory at national scale: import 100,000 services (≤ 60 s, peak memory ≤ 500 MB)
and search them (p95 ≤ 100 ms).

The data·inclusion JSON file (20,000 structures, then 100,000 services spread
over France by population, realistic names, thématiques, publics, zones and
descriptions) is generated once and cached in ``bench/.data``. The import runs
in a child process on a fresh passphrase store, so its peak resident memory
(``ru_maxrss``) is the import's alone; the searches then run on that store:
words, thématiques, a commune with a radius, and combinations.
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from bench.generate import BENCH_PASSPHRASE, DATA_ROOT

SERVICES = 100_000
STRUCTURES = 20_000
SOURCE = "bench"
NETWORKS = [("Mission locale", "mission-locale"), ("France Travail", "france-travail"),
            ("Cap emploi", "cap-emploi-reseau-cheops"), ("CCAS", "ccas-cias"), ("PLIE", "plie"),
            ("France Services", "france-service"), ("CIDFF", "cidff"), ("BGE", "reseau-bge"),
            ("Centre social", "fcsf"), ("AFPA", "afpa"), ("Association d’insertion", "inae"),
            ("Maison de l’emploi", "maisons-de-l-emploi")]
SERVICE_NAMES = ["Accompagnement vers l’emploi", "Atelier CV et lettre de motivation", "Aide au permis de conduire",
                 "Permanence juridique", "Bilan de compétences", "Ateliers numériques", "Cours de français",
                 "Aide à la création d’entreprise", "Formation qualifiante", "Garde d’enfants ponctuelle",
                 "Location de véhicule à bas prix", "Accompagnement budgétaire", "Soutien psychologique",
                 "Découverte des métiers", "Simulation d’entretien d’embauche"]
SENTENCES = ["Un conseiller vous reçoit sur rendez-vous.", "Le service est gratuit pour les demandeurs d’emploi.",
             "Les ateliers ont lieu en petit groupe, deux fois par semaine.",
             "Il faut être inscrit à France Travail ou suivi par un travailleur social.",
             "Nous aidons à préparer le dossier de financement.", "Des permanences ont lieu dans les villages.",
             "Les personnes en situation de handicap sont accueillies avec un accompagnement adapté.",
             "La demande se fait par téléphone ou par courriel."]
QUERY_WORDS = ["permis", "cv", "francais", "emploi", "juridique", "numerique", "entreprise", "garde", "bilan",
               "mission locale", "atelier", "formation qualifiante"]
RADII = (10, 20, 30, 50)


def data_file() -> Path:
    return DATA_ROOT / f"data-inclusion-{SERVICES}.json"


def ensure_file() -> Path:
    """Generate the data·inclusion file once (streamed out record by record)."""
    from data_inclusion.schema import v1

    from cep_desk.domain.places import commune_index

    path = data_file()
    if path.exists():
        return path
    rng = random.Random(2026)
    communes = [c for c in commune_index().communes() if c.has_coordinates and c.postal_codes]
    weights = [max(c.population, 50) for c in communes]
    themes = [t.value for t in v1.Thematique]
    publics = [p.value for p in v1.Public if p.value != "tous-publics"]
    today = date.today()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    placed = rng.choices(communes, weights=weights, k=STRUCTURES)
    with tmp.open("w", encoding="utf-8") as f:
        f.write("[\n")
        first = True

        def put(rec: dict) -> None:
            nonlocal first
            f.write(("" if first else ",\n") + json.dumps(rec, ensure_ascii=False))
            first = False

        for i, c in enumerate(placed):
            label, network = NETWORKS[i % len(NETWORKS)]
            put({"source": SOURCE, "id": f"{SOURCE}--s{i}", "nom": f"{label} de {c.name}",
                 "date_maj": (today - timedelta(days=rng.randint(1, 900))).isoformat(), "commune": c.name,
                 "code_postal": c.postal_codes[0], "code_insee": c.insee, "adresse": f"{rng.randint(1, 80)} rue "
                 f"de la République", "latitude": c.latitude, "longitude": c.longitude,
                 "reseaux_porteurs": [network]})
        for j in range(SERVICES):
            si = rng.randrange(STRUCTURES)
            c = placed[si]
            zone_kind = rng.random()
            zone = ([c.departement] if zone_kind < 0.6 else [c.insee] if zone_kind < 0.75 else
                    ["france"] if zone_kind < 0.85 else [c.epci] if zone_kind < 0.95 and c.epci else None)
            modes = rng.choice((["en-presentiel"], ["en-presentiel"], ["a-distance"], ["en-presentiel", "a-distance"]))
            rec = {"source": SOURCE, "structure_id": f"{SOURCE}--s{si}", "id": f"{SOURCE}--v{j}",
                   "nom": rng.choice(SERVICE_NAMES), "description": " ".join(rng.sample(SENTENCES, 4)),
                   "date_maj": (today - timedelta(days=rng.randint(1, 900))).isoformat(),
                   "type": rng.choice(("accompagnement", "atelier", "formation", "information", "aide-financiere")),
                   "thematiques": rng.sample(themes, rng.randint(1, 3)), "frais": rng.choice(("gratuit", "payant")),
                   "publics": ["tous-publics"] if rng.random() < 0.4 else rng.sample(publics, rng.randint(1, 2)),
                   "modes_accueil": modes, "code_insee": c.insee, "commune": c.name}
            if zone:
                rec["zone_eligibilite"] = zone
            put(rec)
        f.write("\n]\n")
    tmp.replace(path)
    return path


def store_path() -> Path:
    return DATA_ROOT / f"partners-store-{SERVICES}"


def _child_import(file: str, folder: str) -> None:
    """Runs in a child process: the import alone, its time and peak memory as JSON on stdout."""
    import resource

    from cep_desk.services.facade import Services
    from cep_desk.storage.store import Store

    store = Store.open_dir(Path(folder), create_mode="passphrase", passphrase=BENCH_PASSPHRASE)
    t0, c0 = time.perf_counter(), time.process_time()
    report = Services.for_store(store, actor="bench").partner_import.run(Path(file))
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    store.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024   # kilobytes on Linux
    print(json.dumps({"seconds": seconds, "cpu_seconds": cpu, "peak_mb": peak_mb, "imported": report.imported,
                      "rejected": len(report.rejected)}))


def measure_import() -> dict[str, float]:
    file = ensure_file()
    folder = store_path()
    if folder.exists():
        shutil.rmtree(folder)
    out = subprocess.run([sys.executable, "-c", f"from bench.partners import _child_import; "
                          f"_child_import({str(file)!r}, {str(folder)!r})"],
                         check=True, capture_output=True, text=True, cwd=Path(__file__).resolve().parent.parent)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["file_mb"] = file.stat().st_size / 2**20
    return result


def measure_search(runs: int = 200) -> dict[str, list[float]]:
    from data_inclusion.schema import v1

    from cep_desk.domain.places import commune_index
    from cep_desk.services.facade import Services
    from cep_desk.services.partner_search import SearchQuery
    from cep_desk.storage.store import Store

    rng = random.Random(7)
    communes = [c for c in commune_index().communes() if c.has_coordinates]
    weights = [max(c.population, 50) for c in communes]
    themes = [t.value for t in v1.Thematique]
    store = Store.open_dir(store_path(), passphrase=BENCH_PASSPHRASE)
    services = Services.for_store(store, actor="bench")
    services.partner_search.search(SearchQuery(text="emploi"))   # warm-up: page cache
    times: dict[str, list[float]] = {"all": [], "text": [], "near": [], "near+text+theme": []}
    for i in range(runs):
        kind = ("text", "near", "near+text+theme")[i % 3]
        near = rng.choices(communes, weights=weights)[0].insee
        q = SearchQuery(text=rng.choice(QUERY_WORDS)) if kind == "text" else SearchQuery(
            near_insee=near, radius_km=rng.choice(RADII)) if kind == "near" else SearchQuery(
            text=rng.choice(QUERY_WORDS), near_insee=near, radius_km=rng.choice(RADII),
            thematiques=[rng.choice(themes)])
        t0 = time.perf_counter()
        services.partner_search.search(q)
        ms = (time.perf_counter() - t0) * 1000
        times[kind].append(ms)
        times["all"].append(ms)
    store.close()
    return times


def rows() -> list[tuple[str, str, str, bool]]:
    from bench.stats import summary

    imp = measure_import()
    search = measure_search()
    s_all = summary(search["all"])
    detail = ", ".join(f"{k} p95 {summary(v)['p95']:.0f}" for k, v in search.items() if k != "all")
    return [
        (f"Import {imp['imported']:,} data·inclusion records ({imp['file_mb']:.0f} MB JSON, 100,000 services)",
         f"{imp['seconds']:.1f} s ({imp['cpu_seconds']:.1f} s CPU)", "≤ 60 s",
         imp["seconds"] <= 60 and imp["rejected"] == 0),
        ("… peak resident memory of the import process", f"{imp['peak_mb']:.0f} MB", "≤ 500 MB",
         imp["peak_mb"] <= 500),
        (f"Directory search over 100,000 services (n={s_all['n']}: {detail})",
         f"p95 {s_all['p95']:.1f} ms (p50 {s_all['p50']:.1f})", "p95 ≤ 100 ms", s_all["p95"] <= 100),
    ]


if __name__ == "__main__":   # python -m bench.partners: these measures alone, appended to docs/BENCHMARKS.md
    import os

    from bench import report

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    report.finish(report.append("partner directory (issue 4)", rows()))
