"""Where shipped reference files live.

The application ships ``resources/`` beside the package (editable install, or
a frozen bundle that sets ``CEP_DESK_RESOURCES``). Nothing is ever read from
the development-only ``../shared`` folder.
"""

from __future__ import annotations

import os
from pathlib import Path


def resources_dir() -> Path:
    override = os.environ.get("CEP_DESK_RESOURCES")
    if override:
        return Path(override)
    return Path(__file__).resolve().parent.parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
