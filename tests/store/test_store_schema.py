"""Older stores keep opening: a fixture of each schema version, and the migration hooks."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from lanson_report.domain.errors import StoreError
from lanson_report.store import Store, opening, schema

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
EXAMPLE_ID = "3f6c2a1e-5b7d-4c1a-9e2f-2022bc000001"
ISSUED_ID = "0b7e5f3c-2d1a-4e6b-8c9d-2023bc000002"
TRASHED_ID = "9a1b2c3d-4e5f-4a6b-8c7d-2021bc000003"


@pytest.fixture
def v1_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "store-v1"
    shutil.copytree(FIXTURES / "store-v1", folder)
    return folder


def check_v1_content(store: Store) -> None:
    assert store.recovered == []
    assert [s.id for s in store.list()] == [ISSUED_ID, EXAMPLE_ID]
    assert store.get(ISSUED_ID).status == "issued"
    assert [s.id for s in store.trash()] == [TRASHED_ID]
    example = store.get(EXAMPLE_ID).draft
    assert example.closing == "Trên đây là báo cáo (bản sửa)./."
    (version,) = store.history(EXAMPLE_ID)
    assert store.version(EXAMPLE_ID, version.number).closing != example.closing
    assert store.settings().signers[0].name == "Hoàng Văn Minh"
    assert store.list(search="bao cao khcn")[0].id == EXAMPLE_ID


def test_a_schema_1_store_opens(v1_folder: Path) -> None:
    check_v1_content(Store.open(v1_folder))


def test_a_schema_1_backup_restores(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "new")
    store.import_backup(FIXTURES / "store-backup-v1.zip")
    check_v1_content(store)


@pytest.fixture
def schema_2(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The program at schema 2, with its migrations of each kind (1 -> 2) recorded."""
    calls: list[str] = []

    def migrate_body(raw: dict[str, Any]) -> dict[str, Any]:
        calls.append(f"body {raw['id']}")
        return raw

    def migrate_folder(backend: Any) -> None:
        calls.append("folder")

    monkeypatch.setattr(schema, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(opening, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(schema.BODY_MIGRATIONS, 1, migrate_body)
    monkeypatch.setitem(schema.FOLDER_MIGRATIONS, 1, migrate_folder)
    monkeypatch.setattr(schema, "INDEX_KEPT", set())  # a migration that moves things
    return calls


def test_opening_an_older_store_runs_its_migrations_once(
    v1_folder: Path, schema_2: list[str]
) -> None:
    store = Store.open(v1_folder)
    assert schema_2[0] == "folder"
    assert f"body {EXAMPLE_ID}" in schema_2  # bodies migrate as they are read
    assert [s.id for s in store.list()] == [ISSUED_ID, EXAMPLE_ID]
    schema_2.clear()
    Store.open(v1_folder)
    assert "folder" not in schema_2


def test_a_program_of_schema_1_refuses_a_folder_with_checksums_rather_than_damage_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    Store.open(folder).close()  # written at schema 2: bodies carry a checksum
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 1)
    monkeypatch.setattr(opening, "SCHEMA_VERSION", 1)
    with pytest.raises(StoreError, match="phiên bản mới hơn"):
        Store.open(folder)
    assert not (folder / "damaged").exists()
