"""Load Qt translation catalogues; French is the default language.

Source strings in the code are English; ``translations/cep_desk_fr.ts`` holds
the French and ``cep_desk_en.ts`` the (identity) English catalogue, both kept
complete (a test checks no entry is unfinished). Used by the window and by
the command line, which only needs QtCore.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cep_desk.domain.resources import resources_dir

_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return resources_dir().parent / "translations"


def install(language: str = "fr") -> bool:
    """Install our catalogue and Qt's own for ``language``; True when ours was found."""
    app = QCoreApplication.instance()
    assert app is not None, "create the Q(Core)Application first"
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    ok = False
    ours = QTranslator(app)
    if ours.load(str(translations_dir() / f"cep_desk_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
        ok = True
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    QLocale.setDefault(QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English,
                               QLocale.Country.France if language == "fr" else QLocale.Country.UnitedKingdom))
    return ok


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
