"""Read data·inclusion files (the published JSON array and CSV forms) one record at a time.

A national export holds 100,000+ services: the file is streamed, never loaded
whole (a ``json.load`` of it would take gigabytes), and a file above
``MAX_BYTES`` is refused before reading. Problems with the file itself
(encoding, syntax, truncation) raise ``FileProblem`` with a translated message
saying how to fix it; problems with one record are the importer's business.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from cep_desk.domain.messages import QT_TRANSLATE_NOOP

MAX_BYTES = 512 * 1024 * 1024
MAX_RECORD_CHARS = 1024 * 1024     # one record larger than this is not a directory entry
CHUNK = 1024 * 1024
LIST_FIELDS = frozenset({"thematiques", "publics", "modes_accueil", "zone_eligibilite", "modes_mobilisation",
                         "mobilisable_par", "reseaux_porteurs"})

CONTEXT = "Partners"
TOO_LARGE = QT_TRANSLATE_NOOP(
    "Partners", "The file is {size} MB; the limit is {limit} MB. Download the file of your region or "
    "département from data·inclusion instead of the national one."
)
NOT_FOUND = QT_TRANSLATE_NOOP("Partners", "Cannot read {path}: {detail}")
BAD_ENCODING = QT_TRANSLATE_NOOP(
    "Partners", "The file is not UTF-8 text (problem near byte {offset}). Open it in a spreadsheet or text editor "
    "and save it again as “CSV UTF-8” or UTF-8 JSON, then import it again."
)
NOT_JSON_ARRAY = QT_TRANSLATE_NOOP(
    "Partners", "This is not a data·inclusion JSON file: it should be a list of structures or services "
    "starting with “[”."
)
BAD_JSON = QT_TRANSLATE_NOOP(
    "Partners", "The JSON is damaged after record {row} (character {offset}): {detail}. The records before it "
    "were imported; download the file again to get the rest."
)
TRUNCATED = QT_TRANSLATE_NOOP(
    "Partners", "The file ends in the middle of record {row}: it was cut short (incomplete download?). "
    "The records before it were imported; download the file again to get the rest."
)
BAD_CSV = QT_TRANSLATE_NOOP(
    "Partners", "The CSV is damaged at line {row}: {detail}. The lines before it were imported; check the file "
    "(an unclosed quote?) and import it again."
)
CSV_NO_HEADER = QT_TRANSLATE_NOOP(
    "Partners", "The CSV has no header line with data·inclusion column names (source, id, nom…)."
)
EMPTY = QT_TRANSLATE_NOOP("Partners", "The file is empty.")


class FileProblem(Exception):
    """The file as a whole cannot be read further; ``message`` is an English source text with ``params``."""

    def __init__(self, message: str, **params: Any):
        super().__init__(message.format(**params))
        self.message = message
        self.params = params

    def render(self, translate: Callable[[str, str], str] | None = None) -> str:
        text = translate(CONTEXT, self.message) if translate else self.message
        return text.format(**self.params)


Progress = Callable[[int, int], None]   # (bytes read, total bytes)


def file_size(path: Path) -> int:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise FileProblem(NOT_FOUND, path=str(path), detail=exc.strerror or str(exc)) from exc
    if size > MAX_BYTES:
        raise FileProblem(TOO_LARGE, size=size // (1024 * 1024), limit=MAX_BYTES // (1024 * 1024))
    if size == 0:
        raise FileProblem(EMPTY)
    return size


def check_utf8(path: Path) -> None:
    """One fast pass before importing anything: a Windows-1252 file is refused whole, not half-imported."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    offset = 0
    with path.open("rb") as f:
        while chunk := f.read(CHUNK):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                raise FileProblem(BAD_ENCODING, offset=offset + exc.start) from None
            offset += len(chunk)
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            raise FileProblem(BAD_ENCODING, offset=offset) from None


def _is_json(path: Path) -> bool:
    if path.suffix.lower() == ".csv":
        return False
    if path.suffix.lower() == ".json":
        return True
    with path.open("rb") as f:
        head = f.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n")
    return head[:1] in (b"[", b"{")


def iter_records(path: Path, progress: Progress | None = None) -> Iterator[tuple[int, Any]]:
    """(row number, raw record) pairs; row numbers are 1-based records for JSON and lines for CSV."""
    total = file_size(path)
    check_utf8(path)
    with path.open("rb") as raw:
        if _is_json(path):
            yield from _json_records(raw, total, progress)
        else:
            yield from _csv_records(raw, total, progress)


class _Counting:
    """Wraps the binary file to report how far the reader has gone."""

    def __init__(self, raw: BinaryIO, total: int, progress: Progress | None):
        self.raw, self.total, self.progress, self.done = raw, total, progress, 0

    def read(self, n: int = CHUNK) -> bytes:
        data = self.raw.read(n)
        self.done += len(data)
        if self.progress is not None:
            self.progress(self.done, self.total)
        return data


def _json_records(raw: BinaryIO, total: int, progress: Progress | None) -> Iterator[tuple[int, Any]]:
    src = _Counting(raw, total, progress)
    decoder = json.JSONDecoder()
    text_decoder = codecs.getincrementaldecoder("utf-8-sig")()
    buf, pos, eof, row, consumed = "", 0, False, 0, 0

    def fill() -> bool:
        nonlocal buf, pos, eof, consumed
        chunk = src.read(CHUNK)
        if not chunk:
            eof = True
            buf += text_decoder.decode(b"", final=True)
            return False
        consumed += pos
        buf = buf[pos:] + text_decoder.decode(chunk)
        pos = 0
        return True

    def skip_ws() -> str:
        nonlocal pos
        while True:
            while pos < len(buf) and buf[pos] in " \t\r\n":
                pos += 1
            if pos < len(buf):
                return buf[pos]
            if not fill():
                return ""

    if skip_ws() != "[":
        raise FileProblem(NOT_JSON_ARRAY)
    pos += 1
    first = True
    while True:
        ch = skip_ws()
        if ch == "":
            raise FileProblem(TRUNCATED, row=row + 1)
        if ch == "]":
            return
        if not first:
            if ch != ",":
                raise FileProblem(BAD_JSON, row=row, offset=consumed + pos, detail=f"“{ch}” where “,” was expected")
            pos += 1
            if skip_ws() == "":
                raise FileProblem(TRUNCATED, row=row + 1)
        first = False
        while True:
            try:
                obj, end = decoder.raw_decode(buf, pos)
                break
            except json.JSONDecodeError as exc:
                # Not decodable yet: either the chunk stops mid-record (read on) or the text is damaged.
                if not eof and len(buf) - pos <= MAX_RECORD_CHARS:
                    fill()
                    continue
                if eof and (exc.pos >= len(buf.rstrip()) - 1 or exc.msg.startswith("Unterminated string")):
                    raise FileProblem(TRUNCATED, row=row + 1) from None
                detail = exc.msg if len(buf) - pos <= MAX_RECORD_CHARS else "record too large"
                raise FileProblem(BAD_JSON, row=row, offset=consumed + exc.pos, detail=detail) from None
        row += 1
        pos = end
        yield row, obj


def _csv_value(name: str, value: str) -> Any:
    value = value.strip()
    if name in LIST_FIELDS:
        if value.startswith("["):
            try:
                return json.loads(value)
            except json.JSONDecodeError:
                pass
        return [v.strip() for v in value.replace("|", ",").split(",") if v.strip()]
    return value


def _csv_records(raw: BinaryIO, total: int, progress: Progress | None) -> Iterator[tuple[int, Any]]:
    text = io.TextIOWrapper(_Reader(_Counting(raw, total, progress)), encoding="utf-8-sig", newline="")
    head = text.read(8192)
    first_line = head.split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count)   # a French spreadsheet saves with ";"
    reader = csv.reader(_Prefixed(head, text), delimiter=delimiter, strict=True)
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        raise FileProblem(EMPTY) from None
    except csv.Error as exc:
        raise FileProblem(BAD_CSV, row=1, detail=str(exc)) from None
    if "id" not in header or "source" not in header:
        raise FileProblem(CSV_NO_HEADER)
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise FileProblem(BAD_CSV, row=reader.line_num, detail=str(exc)) from None
        if not any(c.strip() for c in cells):
            continue
        record = {name: _csv_value(name, cell) for name, cell in zip(header, cells, strict=False)
                  if name and cell.strip()}
        yield reader.line_num, record


class _Reader(io.RawIOBase):
    """A raw stream over ``_Counting`` so TextIOWrapper can decode it lazily."""

    def __init__(self, src: _Counting):
        self.src = src

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        data = self.src.read(len(b))
        b[:len(data)] = data
        return len(data)


class _Prefixed:
    """The sniffed head followed by the rest of the text, line by line (what csv.reader wants)."""

    def __init__(self, head: str, rest: Any):
        self.head, self.rest = head, rest

    def __iter__(self) -> Iterator[str]:
        lines = list(io.StringIO(self.head, newline=""))  # \n, \r, \r\n only: not the U+2028 of a hostile cell
        partial = ""
        if lines and not lines[-1].endswith(("\n", "\r")):
            partial = lines.pop()
        yield from lines
        for line in self.rest:
            if partial:
                line, partial = partial + line, ""
            yield line
        if partial:
            yield partial
