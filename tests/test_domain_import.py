"""The domain must work without Qt: the command line and the hub use it too."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import cep_desk.domain

DOMAIN_DIR = Path(cep_desk.domain.__file__).resolve().parent
QT_PREFIXES = ("PySide6", "PySide2", "PyQt5", "PyQt6", "shiboken6")

PROBE = """
import importlib, pkgutil, sys
import cep_desk.domain as pkg
names = [m.name for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + ".")]
for name in names:
    importlib.import_module(name)
from cep_desk.domain.places import commune_index
from cep_desk.domain.jobs import job_index
from cep_desk.domain.codelists import referentials
commune_index(); job_index(); referentials()
qt = sorted(m for m in sys.modules if m.startswith(("PySide", "PyQt", "shiboken")))
print("MODULES", len(names))
print("QT", ",".join(qt))
"""


def test_importing_the_domain_loads_no_qt() -> None:
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=300,
                            check=False)
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(" ", 1) if " " in line else (line, "") for line in result.stdout.splitlines())
    expected = len([p for p in DOMAIN_DIR.glob("*.py") if p.name != "__init__.py"])
    assert int(lines["MODULES"]) >= expected
    assert lines["QT"] == ""


def test_domain_source_has_no_qt_import() -> None:
    files = sorted(DOMAIN_DIR.rglob("*.py"))
    assert files
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                modules = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                modules = [node.module or ""]
            elif (isinstance(node, ast.Call) and isinstance(node.args[:1] and node.args[0], ast.Constant)
                  and getattr(node.func, "attr", getattr(node.func, "id", "")) in ("import_module", "__import__")):
                modules = [str(node.args[0].value)]
            else:
                continue
            for module in modules:
                assert not module.startswith(QT_PREFIXES), f"{path.name}:{node.lineno} imports {module}"
