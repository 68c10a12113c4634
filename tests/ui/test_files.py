"""Draft files in and out of the store, and PDF export from the preview."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from lanson_report.domain.model import new_draft
from lanson_report.files import draftfile
from lanson_report.store import Store
from lanson_report.ui.mainwindow import MainWindow

from .conftest import FakeDialogs


def test_import_a_draft_file(
    window: MainWindow, store: Store, example_path: Path, fake_dialogs: FakeDialogs
) -> None:
    fake_dialogs.answer("open_file", example_path)
    window.start.buttons["import"].click()
    (summary,) = store.list()
    assert summary.title.startswith("Kết quả tổ chức")
    assert window.start.selected_id() == summary.id
    assert draftfile.to_dict(store.get(summary.id).draft) == draftfile.to_dict(
        draftfile.load_path(example_path)
    )


def test_importing_the_same_file_twice_asks_for_a_copy(
    window: MainWindow, store: Store, example_path: Path, fake_dialogs: FakeDialogs
) -> None:
    fake_dialogs.answer("open_file", example_path, example_path)
    fake_dialogs.answer("ask", True)
    window.start.buttons["import"].click()
    window.start.buttons["import"].click()
    assert "đã có" in fake_dialogs.texts("ask")[0]
    assert len(store.list()) == 2


def test_an_unfinished_draft_file_imports_back(
    window: MainWindow, store: Store, tmp_path: Path, fake_dialogs: FakeDialogs
) -> None:
    unfinished = new_draft(2025)  # no signer yet, blank rows: as "Xuất tệp bản nháp" writes it
    other = Store.open(tmp_path / "other-pc")
    other.save(unfinished)
    dumped = tmp_path / "dở dang.json"
    draftfile.dump_path(other.get(unfinished.id).draft, dumped)
    other.close()
    fake_dialogs.answer("open_file", dumped)
    window.start.buttons["import"].click()
    assert fake_dialogs.texts("error") == []
    assert store.get(unfinished.id).draft == unfinished
    assert window.start.selected_id() == unfinished.id


def test_a_bad_file_names_the_file_and_the_field(
    window: MainWindow,
    store: Store,
    example_path: Path,
    tmp_path: Path,
    fake_dialogs: FakeDialogs,
) -> None:
    raw = json.loads(example_path.read_text(encoding="utf-8"))
    raw["date"]["month"] = 13
    bad = tmp_path / "bao-cao-hong.json"
    bad.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    fake_dialogs.answer("open_file", bad)
    window.start.buttons["import"].click()
    (message,) = fake_dialogs.texts("error")
    assert str(bad) in message and "date.month" in message
    assert store.list() == []


def test_not_json_at_all(window: MainWindow, tmp_path: Path, fake_dialogs: FakeDialogs) -> None:
    bad = tmp_path / "thu.json"
    bad.write_bytes(b"\x89PNG not a draft")
    fake_dialogs.answer("open_file", bad)
    window.start.buttons["import"].click()
    (message,) = fake_dialogs.texts("error")
    assert str(bad) in message and "UTF-8" in message


def test_export_a_draft_file(
    window: MainWindow,
    store: Store,
    example_path: Path,
    tmp_path: Path,
    fake_dialogs: FakeDialogs,
) -> None:
    draft = store.create(draftfile.load_path(example_path)).draft
    window.start.refresh(select=draft.id)
    target = tmp_path / "ra" / "ban-nhap.json"
    target.parent.mkdir()
    fake_dialogs.answer("save_file", target)
    window.start.buttons["export"].click()
    assert draftfile.to_dict(draftfile.load_path(target)) == draftfile.to_dict(draft)
    suggested = fake_dialogs.named("save_file")[0][2]
    assert suggested.name.startswith("2022-ket-qua-to-chuc") and suggested.suffix == ".json"


def test_export_pdf_with_ctrl_e_adds_the_extension(
    qtbot: Any,
    window: MainWindow,
    store: Store,
    example_path: Path,
    tmp_path: Path,
    fake_dialogs: FakeDialogs,
) -> None:
    draft = store.create(draftfile.load_path(example_path)).draft
    window.open_draft(draft.id)
    fake_dialogs.answer("save_file", tmp_path / "bao-cao")
    window.export_action.trigger()
    assert (tmp_path / "bao-cao.pdf").read_bytes().startswith(b"%PDF")
    qtbot.mouseClick(window.editor.header.to_list, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.start


def test_an_unwritable_pdf_is_explained(
    window: MainWindow,
    store: Store,
    example_path: Path,
    tmp_path: Path,
    fake_dialogs: FakeDialogs,
) -> None:
    draft = store.create(draftfile.load_path(example_path)).draft
    window.open_draft(draft.id)
    fake_dialogs.answer("save_file", tmp_path / "khong-co-thu-muc" / "bao-cao.pdf")
    window.export_action.trigger()
    (message,) = fake_dialogs.texts("error")
    assert "Không xuất được PDF" in message
