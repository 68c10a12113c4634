"""Shared fixtures. Qt runs offscreen so the suite works on a machine with no display."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO.parent / "shared" / "examples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAMPLE_NAME = "bao-cao-ngay-khcn-2022.json"


@pytest.fixture
def example_path() -> Path:
    """The real 2022 report (a copy is kept in tests/fixtures for machines without shared/)."""
    shared = EXAMPLES / EXAMPLE_NAME
    return shared if shared.exists() else FIXTURES / EXAMPLE_NAME
