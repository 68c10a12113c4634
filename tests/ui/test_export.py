"""Export: an incomplete report is warned about; the file or its folder can be opened after."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from lanson_report.store import Store
from lanson_report.ui.dialogs import open_file as real_open_file
from lanson_report.ui.dialogs import save_file as real_save_file
from lanson_report.ui.mainwindow import MainWindow
from lanson_report.ui.wizard.session import Session

from .conftest import FakeDialogs
from .test_status import open_example


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """The files and folders the desktop was asked to open; it has a PDF program."""
    fake_xdg_mime(tmp_path / "desktop", "viewer.desktop")
    monkeypatch.setenv("PATH", f"{tmp_path / 'desktop'}{os.pathsep}{os.environ['PATH']}")
    urls: list[str] = []

    def record(url: QUrl) -> bool:
        urls.append(url.toLocalFile())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", record)
    return urls


def test_an_incomplete_report_is_warned_and_the_clerk_can_go_back(
    window: MainWindow, fake_dialogs: FakeDialogs
) -> None:
    window.new_report()
    window.editor.go(4)
    window.export_action.trigger()
    (warning,) = fake_dialogs.texts("ask")
    assert "còn thiếu" in warning
    for item in ("tên cơ quan ban hành", "trích yếu", "họ tên người ký", "nơi nhận"):
        assert item in warning
    ((_, _, answers),) = [call for call in fake_dialogs.calls if call[0] == "ask"]
    assert answers == {"yes": "Vẫn xuất PDF", "no": "Quay lại điền"}
    assert not fake_dialogs.named("save_file"), "going back writes nothing"
    editor = window.editor
    assert editor.stack.currentIndex() == 0, "back to the first missing item"
    assert editor.pages[0].agency_name.hasFocus()


def test_the_clerk_can_export_anyway_then_open_the_file(
    window: MainWindow, tmp_path: Path, fake_dialogs: FakeDialogs, opened: list[str]
) -> None:
    window.new_report()
    target = tmp_path / "bao-cao.pdf"
    fake_dialogs.answer("ask", True)
    fake_dialogs.answer("save_file", target)
    fake_dialogs.answer("choose", 0)
    window.export_action.trigger()
    assert target.read_bytes().startswith(b"%PDF")
    (offer,) = fake_dialogs.named("choose")
    assert str(target) in offer[3] and offer[4][:2] == ["Mở &tệp", "Mở thư &mục"]
    assert [Path(p) for p in opened] == [target]


def test_after_export_the_folder_can_be_opened(
    window: MainWindow,
    store: Store,
    example_path: Path,
    tmp_path: Path,
    fake_dialogs: FakeDialogs,
    opened: list[str],
) -> None:
    open_example(window, store, example_path)
    fake_dialogs.answer("save_file", tmp_path / "bao-cao.pdf")
    fake_dialogs.answer("choose", 1)
    window.export_action.trigger()
    assert not fake_dialogs.named("ask"), "a complete report is exported without a question"
    assert [Path(p) for p in opened] == [tmp_path]


def test_file_dialogs_start_in_the_last_folder_used_even_after_a_restart(
    window: MainWindow, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "Bao cao 2022"
    folder.mkdir()
    started: list[str] = []

    def save_dialog(_parent: Any, _title: str, start: str, _filter: str) -> tuple[str, str]:
        started.append(start)
        return str(folder / "mot.pdf"), ""

    def open_dialog(_parent: Any, _title: str, start: str, _filter: str) -> tuple[str, str]:
        started.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_dialog)
    real_save_file(window, "Xuất PDF", Path.home() / "mot.pdf")
    real_save_file(window, "Xuất PDF", Path.home() / "hai.pdf")
    real_open_file(window, "Nhập tệp bản nháp")
    assert started[1:] == [str(folder / "hai.pdf"), str(folder)]
    assert Session(data_dir).folder == folder


def test_errors_in_the_text_are_warned_as_missing_items_are(
    window: MainWindow, store: Store, example_path: Path, fake_dialogs: FakeDialogs
) -> None:
    from lanson_report.domain.model import Block, Run
    from lanson_report.files import draftfile

    draft = draftfile.load_path(example_path)
    draft.sections[1].blocks[0] = Block(runs=[Run("Sở đã tổ chức nghành hội thảo.")])
    window.open_draft(store.create(draft).draft.id)
    window.editor.go(4)
    window.export_action.trigger()
    ((_, title, text, answers),) = [
        (c[1][0], c[1][1], c[1][2], c[2]) for c in fake_dialogs.calls if c[0] == "ask"
    ][:1]
    assert title == "Báo cáo còn lỗi"
    assert "Báo cáo còn 1 lỗi chính tả, trình bày:" in text
    assert "• Mục 2, đoạn 1: “nghành” sai chính tả" in text and "còn thiếu" not in text
    assert "→ “ngành”" in text  # where it is and the fix (a clerk trial)
    assert answers == {"yes": "Vẫn xuất PDF", "no": "Quay lại sửa"}
    assert not fake_dialogs.named("save_file"), "going back writes nothing"
    content = window.editor.pages[2]
    assert window.editor.stack.currentIndex() == 2, "back at the content step"
    assert "nghành" in content.body.toPlainText(), "in the section that holds the error"


def fake_xdg_mime(folder: Path, default: str) -> None:
    """An `xdg-mime` on PATH that knows PDF files and names `default` as their program."""
    folder.mkdir()
    script = folder / "xdg-mime"
    script.write_text(
        "#!/bin/sh\n"
        'if [ "$2" = filetype ]; then echo application/pdf; exit 0; fi\n'
        f'if [ "$2" = default ]; then printf "%s" "{default}"; exit 0; fi\n'
        "exit 1\n"
    )
    script.chmod(0o755)


@pytest.mark.skipif(sys.platform == "win32", reason="Windows says itself that no program opens")
@pytest.mark.parametrize("default", ["", "org.gnome.Evince.desktop"])
def test_opening_a_file_no_program_opens_says_so_rather_than_nothing(
    window: MainWindow,
    tmp_path: Path,
    fake_dialogs: FakeDialogs,
    opened: list[str],
    monkeypatch: pytest.MonkeyPatch,
    default: str,
) -> None:
    fake_xdg_mime(tmp_path / "bin", default)
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    window.new_report()
    target = tmp_path / "bao-cao.pdf"
    fake_dialogs.answer("ask", True)
    fake_dialogs.answer("save_file", target)
    fake_dialogs.answer("choose", 0)
    window.export_action.trigger()
    assert target.read_bytes().startswith(b"%PDF"), "the file is written either way"
    if default:
        assert [Path(p) for p in opened] == [target] and not fake_dialogs.named("error")
        return
    assert not opened
    ((_, title, text),) = [call[1] for call in fake_dialogs.calls if call[0] == "error"]
    assert title == "Chưa có chương trình mở tệp"
    assert "chưa có chương trình nào mở được tệp PDF" in text and str(target) in text


def test_a_report_with_both_missing_items_and_errors_is_told_both(
    window: MainWindow, store: Store, example_path: Path, fake_dialogs: FakeDialogs
) -> None:
    """A clerk trial: titled "còn thiếu", it asked only to go back and fill in."""
    from lanson_report.domain.model import Block, Run
    from lanson_report.files import draftfile

    draft = draftfile.load_path(example_path)
    draft.title = ""
    draft.sections[1].blocks[0] = Block(runs=[Run("Sở đã tổ chức nghành hội thảo.")])
    window.open_draft(store.create(draft).draft.id)
    window.editor.go(4)
    window.export_action.trigger()
    ((title, text, answers),) = [
        (c[1][1], c[1][2], c[2]) for c in fake_dialogs.calls if c[0] == "ask"
    ][:1]
    assert title == "Báo cáo còn thiếu và còn lỗi"
    assert text.endswith("Vẫn xuất PDF, hay quay lại điền, sửa?")
    assert answers == {"yes": "Vẫn xuất PDF", "no": "Quay lại điền, sửa"}
