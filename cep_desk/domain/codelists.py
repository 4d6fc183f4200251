"""Versioned reference code lists (REFERENTIALS.md), French and English labels.

The lists live in ``resources/refdata/codelists.json`` rather than in widgets,
so an update of a national list is a data change with a version number, and
exports can state which version they used.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from cep_desk.domain.resources import resource_path

NOT_SPECIFIED = "nr"  # "Non renseigné": distinct from None ("not yet asked")


@dataclass(frozen=True)
class Code:
    code: str
    fr: str
    en: str
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def label(self, language: str = "fr") -> str:
        return self.en if language.startswith("en") else self.fr

    @property
    def parent(self) -> str | None:
        return self.extra.get("parent")


@dataclass(frozen=True)
class CodeList:
    name: str
    codes: tuple[Code, ...]

    def __contains__(self, code: object) -> bool:
        return any(c.code == code for c in self.codes)

    def get(self, code: str | None) -> Code | None:
        for c in self.codes:
            if c.code == code:
                return c
        return None

    def label(self, code: str | None, language: str = "fr") -> str:
        found = self.get(code)
        return found.label(language) if found else ""


@dataclass(frozen=True)
class Referentials:
    version: str
    lists: dict[str, CodeList]
    level_vocabularies: dict[str, CodeList]

    def __getitem__(self, name: str) -> CodeList:
        return self.lists[name]

    def levels(self, vocabulary: str = "national_2020") -> CodeList:
        return self.level_vocabularies.get(vocabulary) or self.level_vocabularies["national_2020"]


def _codelist(name: str, raw: list[dict[str, Any]]) -> CodeList:
    codes = tuple(
        Code(r["code"], r["fr"], r["en"], {k: v for k, v in r.items() if k not in ("code", "fr", "en")})
        for r in raw
    )
    return CodeList(name, codes)


@lru_cache(maxsize=1)
def referentials() -> Referentials:
    doc = json.loads(resource_path("refdata", "codelists.json").read_text(encoding="utf-8"))
    return Referentials(
        version=doc["version"],
        lists={n: _codelist(n, raw) for n, raw in doc["lists"].items()},
        level_vocabularies={n: _codelist(n, raw) for n, raw in doc["level_vocabularies"].items()},
    )


def old_qualification_scale(level: str | None, diploma: str | None) -> str:
    """Map the current scale (1–8 + diploma obtained) to the national file's old scale."""
    code = referentials()["qualification_level"].get(level)
    if code is None or level == NOT_SPECIFIED:
        return NOT_SPECIFIED
    key = "old_with" if diploma == "oui" else "old_without"
    return code.extra.get(key, NOT_SPECIFIED)
