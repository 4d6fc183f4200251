"""Read a produced PDF back and check the rules of DELIVERABLES.md on it (not on our intentions)."""

from __future__ import annotations

import io
from dataclasses import dataclass

import pdfplumber
from pypdf import PdfReader

from cep_desk.deliverables.layout import MARGIN_X

BASE14 = ("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats")


@dataclass
class Line:
    page: int
    text: str
    x0: float
    top: float
    size: float


def fonts(pdf: bytes) -> dict[str, bool]:
    """Every font used on any page → embedded (has a FontFile*)."""
    out: dict[str, bool] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        res = page.get("/Resources") or {}
        for f in (res.get("/Font") or {}).values():
            f = f.get_object()
            desc = f.get("/FontDescriptor")
            if desc is None and "/DescendantFonts" in f:
                desc = f["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            embedded = desc is not None and any(k in desc.get_object() for k in ("/FontFile", "/FontFile2",
                                                                                "/FontFile3"))
            out[str(f.get("/BaseFont"))] = embedded
    return out


def metadata(pdf: bytes) -> dict[str, object]:
    r = PdfReader(io.BytesIO(pdf))
    root = r.trailer["/Root"]
    prefs = root.get("/ViewerPreferences") or {}
    info = r.metadata or {}
    return {"lang": str(root.get("/Lang", "")), "title": info.get("/Title", ""), "author": info.get("/Author", ""),
            "display_title": bool(prefs.get("/DisplayDocTitle")), "pages": len(r.pages)}


def text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)


def page_texts(pdf: bytes) -> list[str]:
    return [p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages]


def _segments(chars: list[dict]) -> list[list[dict]]:  # type: ignore[type-arg]
    """A visual line cut where a wide gap separates columns (a table, the footer's two parts)."""
    segs: list[list[dict]] = [[]]  # type: ignore[type-arg]
    for c in sorted(chars, key=lambda c: c["x0"]):
        if segs[-1] and c["x0"] - segs[-1][-1]["x1"] > c["size"] * 1.5:
            segs.append([])
        segs[-1].append(c)
    return [s for s in segs if s]


def lines(pdf: bytes) -> list[Line]:
    """Text lines (one per column) with their left edge and the smallest character size on them."""
    out: list[Line] = []
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for n, page in enumerate(doc.pages, start=1):
            for ln in page.extract_text_lines(keep_blank_chars=True):
                for seg in _segments(ln["chars"]):
                    text = "".join(c["text"] for c in seg).strip()
                    if text:
                        out.append(Line(n, text, seg[0]["x0"], seg[0]["top"], min(c["size"] for c in seg)))
    return out


def chars(pdf: bytes, page: int = 1) -> list[dict]:  # type: ignore[type-arg]
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return list(doc.pages[page - 1].chars)


def check_rules(pdf: bytes, *, min_size: float = 14.0) -> list[str]:
    """The rules every deliverable must pass; returns what breaks them (empty: all good)."""
    problems: list[str] = []
    for name, embedded in fonts(pdf).items():
        if any(b in name for b in BASE14):
            problems.append(f"base-14 font {name}")
        if not embedded:
            problems.append(f"font not embedded: {name}")
        if "Oblique" in name or "Italic" in name:
            problems.append(f"italic font {name}")
    meta = metadata(pdf)
    if meta["lang"] != "fr-FR" or not meta["title"] or not meta["author"] or not meta["display_title"]:
        problems.append(f"metadata {meta}")
    pages = meta["pages"]
    texts = page_texts(pdf)
    for n, t in enumerate(texts, start=1):
        if f"Page {n} sur {pages}" not in t:
            problems.append(f"page {n}: no 'Page {n} sur {pages}'")
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for n, page in enumerate(doc.pages, start=1):
            off = [c["text"] for c in page.chars if c["x1"] > page.width - MARGIN_X + 1 or c["x0"] < MARGIN_X - 1
                   or c["bottom"] > page.height - 10 or c["top"] < 10]
            if off:
                problems.append(f"page {n}: text outside the margins: {''.join(off)[:40]!r}")
    for ln in lines(pdf):
        if ln.size < min_size - 0.01:
            problems.append(f"p{ln.page} {ln.size} pt < {min_size}: {ln.text!r}")
        if len(ln.text) > 80:
            problems.append(f"p{ln.page} {len(ln.text)} characters: {ln.text!r}")
        if ln.text.rstrip().endswith("-"):
            problems.append(f"p{ln.page} word split: {ln.text!r}")
    return problems
