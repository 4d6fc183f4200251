"""Text folding for search: accents, case and punctuation must not matter.

Counsellors type "beziers" for Béziers and "saint" for "St-"; the caseload
search and the commune / job autocomplete all use the same folding.
"""

from __future__ import annotations

import re
import unicodedata

_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def fold(text: str) -> str:
    """Lower-case, strip accents, turn punctuation into single spaces."""
    decomposed = unicodedata.normalize("NFKD", text.replace("œ", "oe").replace("Œ", "oe"))
    ascii_text = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return _NON_ALNUM.sub(" ", ascii_text).strip()


def matches_all_words(haystack_folded: str, query: str) -> bool:
    """True when every word of the query appears in the (already folded) haystack."""
    return all(word in haystack_folded for word in fold(query).split())
