"""Our own simple vector pictograms: one per action type and for address, phone,
date, person and partner (DELIVERABLES rule 17: same idea, same pictogram, in
every document).

Drawn with plain canvas strokes on a unit square (0..1, origin bottom-left),
thick lines and few details so they survive a poor photocopy. ARASAAC's set
is non-commercial, hence drawing our own.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.colors import Color, white
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from cep_desk.deliverables.styles import ACCENT

Draw = Callable[[Canvas], None]


# -- building blocks (unit square) ----------------------------------------------------------
def _person(c: Canvas, x: float, y: float, s: float, fill: bool = True) -> None:
    """Head and shoulders, feet at (x, y), height ≈ s."""
    c.circle(x, y + s * 0.75, s * 0.2, stroke=1, fill=int(fill))
    p = c.beginPath()
    p.moveTo(x - s * 0.35, y)
    p.curveTo(x - s * 0.35, y + s * 0.45, x + s * 0.35, y + s * 0.45, x + s * 0.35, y)
    p.close()
    c.drawPath(p, stroke=1, fill=int(fill))


def _lines(c: Canvas, x0: float, x1: float, ys: list[float]) -> None:
    for y in ys:
        c.line(x0, y, x1, y)


def _doc(c: Canvas, x: float, y: float, w: float, h: float) -> None:
    """A sheet with a folded corner."""
    f = w * 0.25
    p = c.beginPath()
    p.moveTo(x, y)
    p.lineTo(x + w, y)
    p.lineTo(x + w, y + h - f)
    p.lineTo(x + w - f, y + h)
    p.lineTo(x, y + h)
    p.close()
    c.drawPath(p, stroke=1, fill=0)


def _bubble(c: Canvas, x: float, y: float, w: float, h: float, tail_left: bool = True) -> None:
    c.roundRect(x, y, w, h, h * 0.3, stroke=1, fill=0)
    p = c.beginPath()
    tx = x + w * (0.25 if tail_left else 0.75)
    p.moveTo(tx - 0.05, y)
    p.lineTo(tx + (-0.08 if tail_left else 0.08), y - 0.1)
    p.lineTo(tx + 0.05, y)
    c.drawPath(p, stroke=1, fill=0)


def _check(c: Canvas, x: float, y: float, s: float) -> None:
    p = c.beginPath()
    p.moveTo(x, y + s * 0.5)
    p.lineTo(x + s * 0.35, y + s * 0.15)
    p.lineTo(x + s, y + s * 0.9)
    c.drawPath(p, stroke=1, fill=0)


# -- the pictograms ---------------------------------------------------------------------------
def _enquete_metier(c: Canvas) -> None:       # meet a professional: two people talking
    _person(c, 0.25, 0.05, 0.5)
    _person(c, 0.75, 0.05, 0.5, fill=False)
    _bubble(c, 0.05, 0.68, 0.4, 0.24)
    _bubble(c, 0.55, 0.68, 0.4, 0.24, tail_left=False)


def _immersion(c: Canvas) -> None:            # a workplace: factory with roof teeth and a door
    p = c.beginPath()
    p.moveTo(0.08, 0.1)
    p.lineTo(0.08, 0.6)
    p.lineTo(0.36, 0.78)
    p.lineTo(0.36, 0.6)
    p.lineTo(0.64, 0.78)
    p.lineTo(0.64, 0.6)
    p.lineTo(0.92, 0.78)
    p.lineTo(0.92, 0.1)
    p.close()
    c.drawPath(p, stroke=1, fill=0)
    c.rect(0.42, 0.1, 0.16, 0.25, stroke=1, fill=1)
    c.rect(0.16, 0.38, 0.12, 0.1, stroke=1, fill=0)
    c.rect(0.72, 0.38, 0.12, 0.1, stroke=1, fill=0)


def _recherche_information(c: Canvas) -> None:   # magnifying glass
    c.circle(0.42, 0.58, 0.26, stroke=1, fill=0)
    c.setLineWidth(0.11)
    c.line(0.6, 0.4, 0.88, 0.12)


def _contacter_organisme(c: Canvas) -> None:  # an organisation: a public building with columns
    p = c.beginPath()
    p.moveTo(0.06, 0.7)
    p.lineTo(0.5, 0.94)
    p.lineTo(0.94, 0.7)
    p.close()
    c.drawPath(p, stroke=1, fill=1)
    for x in (0.2, 0.4, 0.6, 0.8):
        c.line(x, 0.64, x, 0.2)
    c.line(0.06, 0.14, 0.94, 0.14)


def _email(c: Canvas) -> None:                # an envelope
    c.rect(0.08, 0.22, 0.84, 0.56, stroke=1, fill=0)
    p = c.beginPath()
    p.moveTo(0.08, 0.78)
    p.lineTo(0.5, 0.45)
    p.lineTo(0.92, 0.78)
    c.drawPath(p, stroke=1, fill=0)


def _atelier(c: Canvas) -> None:              # a group: three people
    _person(c, 0.2, 0.1, 0.42, fill=False)
    _person(c, 0.8, 0.1, 0.42, fill=False)
    _person(c, 0.5, 0.2, 0.55)


def _bilan_competences(c: Canvas) -> None:    # a star: what I am good at
    import math
    p = c.beginPath()
    for i in range(10):
        r = 0.45 if i % 2 == 0 else 0.19
        a = math.pi / 2 + i * math.pi / 5
        x, y = 0.5 + r * math.cos(a), 0.48 + r * math.sin(a)
        if i == 0:
            p.moveTo(x, y)
        else:
            p.lineTo(x, y)
    p.close()
    c.drawPath(p, stroke=1, fill=0)


def _vae(c: Canvas) -> None:                  # a diploma with a tick
    _doc(c, 0.1, 0.08, 0.62, 0.84)
    _lines(c, 0.2, 0.55, [0.7, 0.56])
    c.circle(0.72, 0.3, 0.2, stroke=1, fill=1)
    c.setStrokeColor(white)
    _check(c, 0.62, 0.22, 0.2)


def _choisir_formation(c: Canvas) -> None:    # an open book
    p = c.beginPath()
    p.moveTo(0.5, 0.2)
    p.curveTo(0.35, 0.3, 0.2, 0.3, 0.06, 0.22)
    p.lineTo(0.06, 0.78)
    p.curveTo(0.2, 0.86, 0.35, 0.86, 0.5, 0.76)
    p.curveTo(0.65, 0.86, 0.8, 0.86, 0.94, 0.78)
    p.lineTo(0.94, 0.22)
    p.curveTo(0.8, 0.3, 0.65, 0.3, 0.5, 0.2)
    p.close()
    c.drawPath(p, stroke=1, fill=0)
    c.line(0.5, 0.2, 0.5, 0.76)


def _dossier_financement(c: Canvas) -> None:  # a coin with the euro sign
    c.circle(0.5, 0.5, 0.42, stroke=1, fill=0)
    p = c.beginPath()
    p.arc(0.3, 0.24, 0.72, 0.76, 50, 260)
    c.drawPath(p, stroke=1, fill=0)
    c.line(0.24, 0.55, 0.58, 0.55)
    c.line(0.24, 0.44, 0.54, 0.44)


def _cv_lettre(c: Canvas) -> None:            # a sheet with a photo box and lines
    _doc(c, 0.16, 0.06, 0.68, 0.88)
    c.rect(0.26, 0.6, 0.18, 0.2, stroke=1, fill=1)
    _lines(c, 0.26, 0.72, [0.48, 0.36, 0.24])


def _preparer_entretien(c: Canvas) -> None:   # face to face across a table
    _person(c, 0.2, 0.35, 0.45)
    _person(c, 0.8, 0.35, 0.45, fill=False)
    c.line(0.05, 0.3, 0.95, 0.3)
    c.line(0.3, 0.3, 0.3, 0.06)
    c.line(0.7, 0.3, 0.7, 0.06)


def _comptes_en_ligne(c: Canvas) -> None:     # a computer screen with an "@"
    c.roundRect(0.08, 0.3, 0.84, 0.56, 0.05, stroke=1, fill=0)
    c.line(0.5, 0.3, 0.5, 0.14)
    c.line(0.3, 0.12, 0.7, 0.12)
    c.circle(0.5, 0.58, 0.12, stroke=1, fill=0)
    c.circle(0.5, 0.58, 0.04, stroke=1, fill=1)


def _demarche_administrative(c: Canvas) -> None:  # a folder
    p = c.beginPath()
    p.moveTo(0.06, 0.14)
    p.lineTo(0.06, 0.8)
    p.lineTo(0.36, 0.8)
    p.lineTo(0.44, 0.7)
    p.lineTo(0.94, 0.7)
    p.lineTo(0.94, 0.14)
    p.close()
    c.drawPath(p, stroke=1, fill=0)
    c.line(0.06, 0.6, 0.94, 0.6)


def _rdv_sante_social(c: Canvas) -> None:     # a heart
    p = c.beginPath()
    p.moveTo(0.5, 0.1)
    p.curveTo(0.1, 0.4, 0.02, 0.62, 0.2, 0.82)
    p.curveTo(0.34, 0.94, 0.48, 0.86, 0.5, 0.72)
    p.curveTo(0.52, 0.86, 0.66, 0.94, 0.8, 0.82)
    p.curveTo(0.98, 0.62, 0.9, 0.4, 0.5, 0.1)
    p.close()
    c.drawPath(p, stroke=1, fill=0)


def _autre(c: Canvas) -> None:                # an arrow forward
    c.circle(0.5, 0.5, 0.42, stroke=1, fill=0)
    c.line(0.28, 0.5, 0.7, 0.5)
    p = c.beginPath()
    p.moveTo(0.55, 0.66)
    p.lineTo(0.72, 0.5)
    p.lineTo(0.55, 0.34)
    c.drawPath(p, stroke=1, fill=0)


def _address(c: Canvas) -> None:              # a map pin
    p = c.beginPath()
    p.moveTo(0.5, 0.06)
    p.curveTo(0.3, 0.36, 0.18, 0.5, 0.18, 0.64)
    p.curveTo(0.18, 0.84, 0.33, 0.96, 0.5, 0.96)
    p.curveTo(0.67, 0.96, 0.82, 0.84, 0.82, 0.64)
    p.curveTo(0.82, 0.5, 0.7, 0.36, 0.5, 0.06)
    p.close()
    c.drawPath(p, stroke=1, fill=0)
    c.circle(0.5, 0.64, 0.12, stroke=1, fill=1)


def _phone(c: Canvas) -> None:                # a handset
    p = c.beginPath()
    p.moveTo(0.2, 0.88)
    p.lineTo(0.36, 0.72)
    p.lineTo(0.28, 0.58)
    p.curveTo(0.34, 0.46, 0.46, 0.34, 0.58, 0.28)
    p.lineTo(0.72, 0.36)
    p.lineTo(0.88, 0.2)
    p.lineTo(0.76, 0.08)
    p.curveTo(0.4, 0.1, 0.1, 0.4, 0.08, 0.76)
    p.close()
    c.drawPath(p, stroke=1, fill=1)


def _date(c: Canvas) -> None:                 # a calendar page
    c.roundRect(0.08, 0.08, 0.84, 0.76, 0.06, stroke=1, fill=0)
    c.rect(0.08, 0.64, 0.84, 0.2, stroke=1, fill=1)
    c.line(0.3, 0.9, 0.3, 0.74)
    c.line(0.7, 0.9, 0.7, 0.74)
    for row in (0.44, 0.24):
        for col in (0.24, 0.44, 0.64):
            c.rect(col, row, 0.12, 0.1, stroke=0, fill=1)


def _person_picto(c: Canvas) -> None:
    _person(c, 0.5, 0.08, 0.85)


def _partner(c: Canvas) -> None:              # two people side by side: someone who helps
    _person(c, 0.3, 0.08, 0.62)
    _person(c, 0.7, 0.08, 0.62, fill=False)


def _counsellor(c: Canvas) -> None:           # a person with a speech bubble
    _person(c, 0.32, 0.06, 0.62)
    _bubble(c, 0.5, 0.62, 0.45, 0.3)


def _signature(c: Canvas) -> None:            # a pen line
    p = c.beginPath()
    p.moveTo(0.06, 0.3)
    p.curveTo(0.2, 0.7, 0.3, 0.7, 0.36, 0.34)
    p.curveTo(0.42, 0.1, 0.56, 0.5, 0.62, 0.4)
    p.curveTo(0.7, 0.28, 0.8, 0.36, 0.94, 0.42)
    c.drawPath(p, stroke=1, fill=0)
    c.line(0.06, 0.16, 0.94, 0.16)


PICTOGRAMS: dict[str, Draw] = {
    "enquete_metier": _enquete_metier, "immersion": _immersion,
    "recherche_information": _recherche_information, "contacter_organisme": _contacter_organisme,
    "atelier": _atelier, "bilan_competences": _bilan_competences, "vae": _vae,
    "choisir_formation": _choisir_formation, "dossier_financement": _dossier_financement,
    "cv_lettre": _cv_lettre, "preparer_entretien": _preparer_entretien, "comptes_en_ligne": _comptes_en_ligne,
    "demarche_administrative": _demarche_administrative, "rdv_sante_social": _rdv_sante_social, "autre": _autre,
    "address": _address, "phone": _phone, "email": _email, "date": _date, "person": _person_picto, "partner": _partner,
    "counsellor": _counsellor, "signature": _signature,
}


def draw(c: Canvas, name: str, x: float, y: float, size: float, color: Color = ACCENT) -> None:
    """Draw pictogram ``name`` (an unknown action type gets "autre") in a size × size box at (x, y)."""
    fn = PICTOGRAMS.get(name, _autre)
    c.saveState()
    c.translate(x, y)
    c.scale(size, size)
    c.setStrokeColor(color)
    c.setFillColor(color)
    c.setLineWidth(0.07)
    c.setLineCap(1)
    c.setLineJoin(1)
    fn(c)
    c.restoreState()


class Pictogram(Flowable):
    """A pictogram as a flowable, to sit in the first column next to its text."""

    def __init__(self, name: str, size: float):
        super().__init__()
        self.name, self.size = name, size
        self.width = self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        draw(self.canv, self.name, 0, 0, self.size)
