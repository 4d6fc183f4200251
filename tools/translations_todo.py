"""Translate the French catalogue in batches, outside Qt Linguist.

``export OUT.json [--context PREFIX]`` writes the unfinished French entries as
a list of {context, source, numerus, comment, translation}; fill
``translation`` (a string, or a list of two strings — singular, plural — for
numerus entries) and ``apply IN.json`` writes them back and marks them
finished. An entry whose translation is left empty stays unfinished, so the
catalogue test keeps pointing at it. French typography is checked on apply:
a no-break space (U+00A0) before « : ; ? ! » and the curly apostrophe.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FR = ROOT / "translations" / "cep_desk_fr.ts"
BAD_SPACE = re.compile(r"[^\u00a0\u202f\s](?=[:;?!](\s|$))| (?=[:;?!](\s|$))")


def _entries(tree: ET.ElementTree):  # type: ignore[no-untyped-def]
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            yield name, msg


def export(out: Path, prefix: str) -> int:
    todo = []
    for name, msg in _entries(ET.parse(FR)):
        tr = msg.find("translation")
        if not name.startswith(prefix) or tr is None or tr.get("type") != "unfinished":
            continue
        todo.append({"context": name, "source": msg.findtext("source") or "",
                     "numerus": msg.get("numerus") == "yes", "comment": msg.findtext("comment") or "",
                     "translation": ""})
    out.write_text(json.dumps(todo, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(todo)} unfinished entries written to {out}")
    return 0


def typography_problems(text: str) -> list[str]:
    problems = []
    if "'" in text:
        problems.append("straight apostrophe (use ’)")
    if BAD_SPACE.search(re.sub(r"%\w+|https?://\S+|\d+:\d+", "", text)):
        problems.append("no no-break space before : ; ? !")
    return problems


def apply(src: Path) -> int:
    done = {(e["context"], e["source"]): e["translation"] for e in json.loads(src.read_text(encoding="utf-8"))
            if e.get("translation")}
    tree = ET.parse(FR)
    applied, problems = 0, []
    for name, msg in _entries(tree):
        key = (name, msg.findtext("source") or "")
        if key not in done:
            continue
        value = done[key]
        texts = value if isinstance(value, list) else [value]
        for text in texts:
            problems += [f"{name} / {key[1][:50]!r}: {p}" for p in typography_problems(text)]
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        for child in list(tr):
            tr.remove(child)
        if msg.get("numerus") == "yes":
            forms = texts if len(texts) == 2 else [texts[0], texts[0]]
            tr.text = None
            for form in forms:
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = texts[0]
        tr.attrib.pop("type", None)
        applied += 1
    tree.write(FR, encoding="utf-8", xml_declaration=True)
    print(f"{applied} entries applied")
    for p in problems:
        print("typography:", p, file=sys.stderr)
    return 1 if problems else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    ex = sub.add_parser("export")
    ex.add_argument("out", type=Path)
    ex.add_argument("--context", default="", help="only contexts starting with this")
    ap = sub.add_parser("apply")
    ap.add_argument("src", type=Path)
    args = parser.parse_args()
    return export(args.out, args.context) if args.cmd == "export" else apply(args.src)


if __name__ == "__main__":
    sys.exit(main())
