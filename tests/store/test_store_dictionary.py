"""The user dictionary of the spelling check lives in the store's settings: kept across
restarts and in backups, and absent from the file until used."""

from __future__ import annotations

from pathlib import Path

from lanson_report.domain.model import Settings
from lanson_report.store import Store
from lanson_report.store.settingsdata import settings_to_dict


def test_the_dictionary_is_kept_and_travels_in_backups(store: Store, tmp_path: Path) -> None:
    store.save_settings(Settings(place="Lạng Sơn", dictionary=["krông", "pắc"]))
    assert store.settings().dictionary == ["krông", "pắc"]
    store.export_backup(tmp_path / "all.zip")
    new_pc = Store.open(tmp_path / "new-pc")
    new_pc.import_backup(tmp_path / "all.zip")
    assert new_pc.settings().dictionary == ["krông", "pắc"]
    new_pc.close()


def test_an_unused_dictionary_is_not_written() -> None:
    assert "dictionary" not in settings_to_dict(Settings())
    assert settings_to_dict(Settings(dictionary=["krông"]))["dictionary"] == ["krông"]
