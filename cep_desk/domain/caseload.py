"""The caseload as plain row snapshots, and how it is searched and filtered.

Table models and the command line both work on ``CaseloadRow`` tuples — never
live ORM objects — so a row can be read on any thread and filtering 10,000
people on each keystroke is a tight in-memory loop.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from cep_desk.domain.text import fold, matches_all_words


class CaseloadRow(NamedTuple):
    """One person's line; a named tuple because start-up builds 10,000 of them from the cached
    snapshot (``storage/caseload_cache.py``), three times faster than a frozen dataclass."""

    id: str
    last_name: str
    first_name: str
    commune_insee: str | None
    commune_name: str
    birth_date: date | None
    status: str | None          # current accompaniment status code
    level: str | None           # current accompaniment level code
    site_id: str | None         # site of the last session
    site_name: str
    target_job: str
    last_contact: date | None
    sessions: int
    search_key: str             # folded "name first commune job" for search-as-you-type


def make_search_key(last_name: str, first_name: str, commune: str, jobs: str) -> str:
    return fold(f"{last_name} {first_name} {commune} {jobs}")


@dataclass(frozen=True)
class CaseloadFilter:
    text: str = ""
    status: str | None = None
    level: str | None = None
    site_id: str | None = None

    def accepts(self, row: CaseloadRow) -> bool:
        if self.status is not None and row.status != self.status:
            return False
        if self.level is not None and row.level != self.level:
            return False
        if self.site_id is not None and row.site_id != self.site_id:
            return False
        return not self.text or matches_all_words(row.search_key, self.text)


def apply_filter(rows: list[CaseloadRow], flt: CaseloadFilter) -> list[CaseloadRow]:
    # Same meaning as ``CaseloadFilter.accepts``: None means "any", other values filter.
    if not flt.text and flt.status is None and flt.level is None and flt.site_id is None:
        return list(rows)
    words = fold(flt.text).split()
    out = []
    for r in rows:
        if flt.status is not None and r.status != flt.status:
            continue
        if flt.level is not None and r.level != flt.level:
            continue
        if flt.site_id is not None and r.site_id != flt.site_id:
            continue
        key = r.search_key
        if all(w in key for w in words):
            out.append(r)
    return out
