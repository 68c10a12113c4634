"""docs/ARCHITECTURE.md stays true: the folders it names exist, and it names every package."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "lanson_report"
DOC = REPO / "docs" / "ARCHITECTURE.md"
FOLDER = re.compile(r"`([\w./-]+/)`")  # a folder in backquotes ends with a slash: `pdf/`


def named() -> set[str]:
    return set(FOLDER.findall(DOC.read_text(encoding="utf-8")))


def packages() -> set[str]:
    """Every package of lanson_report as the page names it: `store/`, `ui/wizard/pages/`."""
    return {
        path.parent.relative_to(PACKAGE).as_posix() + "/"
        for path in PACKAGE.rglob("__init__.py")
        if path.parent != PACKAGE
    }


def test_every_folder_named_exists() -> None:
    """A package of lanson_report, or else a folder of the repository (`resources/outlines/`)."""
    missing = sorted(
        name
        for name in named()
        if not (PACKAGE / name / "__init__.py").is_file() and not (REPO / name).is_dir()
    )
    assert missing == []


def test_every_package_is_named() -> None:
    assert sorted(packages() - named()) == []


def test_the_check_reads_the_page() -> None:
    """The two tests above would pass on an empty page."""
    assert {"domain/", "domain/tables/", "ui/wizard/body/"} <= named() & packages()
