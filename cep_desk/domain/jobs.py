"""ROME 4.0 job titles (appellations), for target jobs and later exploration.

Target jobs are stored as the title's ``code_ogr`` plus its ROME code and
label, so the record stays readable even if a later ROME version renames it.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache

from cep_desk.domain.resources import resource_path
from cep_desk.domain.text import fold

ROME_VERSION = "4.0-v460"


@dataclass(frozen=True, slots=True)
class JobTitle:
    code_ogr: str
    label: str
    code_rome: str
    principal: bool


class JobIndex:
    def __init__(self, titles: list[JobTitle], rome_labels: dict[str, str]):
        # Main titles first, then synonyms; shorter first inside each group.
        self._titles = sorted(titles, key=lambda t: (not t.principal, len(t.label)))
        self._folded = [(fold(t.label), t) for t in self._titles]
        self._by_ogr = {t.code_ogr: t for t in titles}
        self.rome_labels = rome_labels

    def __len__(self) -> int:
        return len(self._titles)

    def get(self, code_ogr: str) -> JobTitle | None:
        return self._by_ogr.get(code_ogr)

    def search(self, text: str, limit: int = 20) -> list[JobTitle]:
        words = fold(text).split()
        if not words:
            return []
        out = []
        for folded, title in self._folded:
            if all(w in folded for w in words):
                out.append(title)
                if len(out) >= limit:
                    break
        return out


@lru_cache(maxsize=1)
def job_index() -> JobIndex:
    rome: dict[str, str] = {}
    with resource_path("jobs", "unix_referentiel_code_rome_v460_utf8.csv").open(
        encoding="utf-8", newline=""
    ) as f:
        for row in csv.DictReader(f):
            rome[row["code_rome"]] = row["libelle_rome"]
    titles: list[JobTitle] = []
    with resource_path("jobs", "unix_referentiel_appellation_v460_utf8.csv").open(
        encoding="utf-8", newline=""
    ) as f:
        for row in csv.DictReader(f):
            titles.append(
                JobTitle(
                    row["code_ogr"],
                    row["libelle_appellation_long"],
                    row["code_rome"],
                    row["classification"] == "PRINCIPALE",
                )
            )
    return JobIndex(titles, rome)
