"""Shared fixtures. Qt runs offscreen so the suite works on a machine with no display."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if sys.platform == "win32" and os.environ["QT_QPA_PLATFORM"] == "offscreen":
    # Offscreen Qt reads fonts from its own lib/fonts folder, which the Windows wheels do not
    # have ("QFontDatabase: Cannot find font directory"): give it the system's fonts instead.
    windows = os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT") or r"C:\Windows"
    os.environ.setdefault("QT_QPA_FONTDIR", os.path.join(windows, "Fonts"))

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO.parent / "shared" / "examples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAMPLE_NAME = "bao-cao-ngay-khcn-2022.json"


@pytest.fixture
def example_path() -> Path:
    """The real 2022 report (a copy is kept in tests/fixtures for machines without shared/)."""
    shared = EXAMPLES / EXAMPLE_NAME
    return shared if shared.exists() else FIXTURES / EXAMPLE_NAME
