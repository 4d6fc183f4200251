"""Refresh translations/*.ts from the code with pyside6-lupdate.

French: new entries arrive unfinished and must be translated (the test suite
fails while any is). English: source strings are English, so every new entry
is filled with its source and marked finished; entries already written by
hand (the singular of a plural, say) are kept.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "cep_desk").rglob("*.py"))


def run_lupdate(ts: Path) -> None:
    subprocess.run([str(LUPDATE), "-no-obsolete", "-locations", "none", *sources(), "-ts", str(ts)],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def fill_english(ts: Path) -> None:
    tree = ET.parse(ts)
    for msg in tree.iter("message"):
        src = msg.findtext("source") or ""
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        elif tr.get("type") != "unfinished" and ("".join(tr.itertext()).strip()):
            continue  # written by hand (e.g. singular "%n person"): keep it
        numerus = msg.get("numerus") == "yes"
        if numerus:
            for child in list(tr):
                tr.remove(child)
            for _ in range(2):
                ET.SubElement(tr, "numerusform").text = src
            tr.text = None
        else:
            tr.text = src
        tr.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def main() -> None:
    fr = ROOT / "translations" / "cep_desk_fr.ts"
    en = ROOT / "translations" / "cep_desk_en.ts"
    for ts, lang in ((fr, "fr_FR"), (en, "en_GB")):
        if not ts.exists():
            ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                          f'<TS version="2.1" language="{lang}" sourcelanguage="en"></TS>\n',
                          encoding="utf-8")
        run_lupdate(ts)
    fill_english(en)
    unfinished = sum(1 for m in ET.parse(fr).iter("message")
                     if (m.find("translation") is not None and m.find("translation").get("type") == "unfinished"))
    print(f"{fr.name}: {unfinished} unfinished entries to translate")


if __name__ == "__main__":
    main()
