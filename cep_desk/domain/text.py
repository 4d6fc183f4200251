"""Text folding for search: accents, case and punctuation must not matter.

Counsellors type "beziers" for Béziers and "saint" for "St-"; the caseload
search and the commune / job autocomplete all use the same folding. It runs
for every row of a 10,000-person caseload at start-up, hence the ASCII fast
path and the C-level decomposition.
"""

from __future__ import annotations

import re
import unicodedata

_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
# Latin letters that Unicode does not decompose into base letter + accent.
_SPECIAL = str.maketrans({
    "œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss", "ẞ": "ss", "ł": "l", "Ł": "l",
    "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th", "ı": "i",
})


_HAS_SPECIAL = re.compile("[" + "".join(chr(c) for c in _SPECIAL) + "]")


def fold(text: str) -> str:
    """Lower-case, strip accents, turn punctuation into single spaces."""
    if not text.isascii():
        if _HAS_SPECIAL.search(text):  # translate() is slow; most names need none
            text = text.translate(_SPECIAL)
        # Drop the accents; any other non-ASCII character (’, «, other scripts) becomes a space below.
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    return _NON_ALNUM.sub(" ", text.lower()).strip()


def matches_all_words(haystack_folded: str, query: str) -> bool:
    """True when every word of the query appears in the (already folded) haystack."""
    return all(word in haystack_folded for word in fold(query).split())
