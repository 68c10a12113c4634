"""Where things are: bundled resources (frozen or not) and the user's data folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .. import APP_ID

DATA_DIR_ENV = "LANSON_REPORT_DATA_DIR"


def resource_dir() -> Path:
    """The `resources/` folder: inside the PyInstaller bundle when frozen, else the source tree."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The store's folder: --data-dir, else LANSON_REPORT_DATA_DIR, else the user's data dir.

    Never beside the executable: Program Files is read-only for a clerk's account.
    """
    chosen = override or os.environ.get(DATA_DIR_ENV)
    if chosen:
        return Path(chosen).expanduser().resolve()
    import platformdirs  # only when the store is used: keeps export start-up light

    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False, roaming=False))
