"""Shared fixtures. Qt runs offscreen so the suite works on a machine with no display."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The PDFs the tests measure use the bundled Liberation Serif on every machine; the choice
# of Times New Roman where it is installed has its own tests (tests/test_fonts.py).
os.environ.setdefault("LANSON_REPORT_FONT", "bundled")
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


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--shard",
        default="",
        metavar="K/N",
        help="run only the K-th of N even shares of the tests (K from 1), so that N "
        "processes can share the suite: scripts/windows-under-wine.sh runs two at once",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    spec = config.getoption("--shard")
    if not spec:
        return
    try:
        k, n = (int(part) for part in spec.split("/"))
        if not 1 <= k <= n:
            raise ValueError
    except ValueError:
        raise pytest.UsageError(f"--shard {spec}: expected K/N with 1 <= K <= N") from None
    # Every N-th test, in collection order: each share gets a slice of every file, so the
    # slow files (store processes, the wizard, the command line) are spread over all shares.
    kept = [item for index, item in enumerate(items) if index % n == k - 1]
    config.hook.pytest_deselected(items=[item for item in items if item not in kept])
    items[:] = kept
