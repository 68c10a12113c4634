"""Store fixtures: every storage test runs against an in-memory and an on-disk store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from lanson_report.store import Store


@pytest.fixture(params=["memory", "disk"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    opened = Store.memory() if request.param == "memory" else Store.open(tmp_path / "data")
    yield opened
    opened.close()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def disk_store(folder: Path) -> Iterator[Store]:
    opened = Store.open(folder, lock_timeout=0.5)
    yield opened
    opened.close()
