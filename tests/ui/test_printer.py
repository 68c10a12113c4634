"""Ctrl+P on a PC with no printer installed: a clear message offering "Xuất PDF", never silence.

On Windows, Qt then falls back to its PDF printer and the system print dialog refuses it
(exec() returns 0 and shows nothing): the app must not get that far.
"""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from lanson_report.store import Store
from lanson_report.ui.mainwindow import MainWindow
from lanson_report.ui.printing import printing

from .conftest import FakeDialogs, open_example

REAL_PRINTER_INSTALLED = printing.printer_installed  # taken before any fixture replaces it


@pytest.fixture
def no_printer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(printing, "printer_installed", lambda: False)


def test_no_printer_offers_export_instead(
    window: MainWindow,
    store: Store,
    example_path: Path,
    tmp_path: Path,
    fake_dialogs: FakeDialogs,
    no_printer: None,
) -> None:
    draft_id = open_example(window, store, example_path)
    target = tmp_path / "Báo cáo 2022.pdf"
    fake_dialogs.answer("ask", True)
    fake_dialogs.answer("save_file", target)
    window.print_action.trigger()
    (question,) = fake_dialogs.named("ask")
    assert question[1] == "Chưa có máy in" and "chưa cài máy in" in question[2]
    assert fake_dialogs.calls[0][2] == {"yes": "Xuất PDF", "no": "Đóng"}
    assert not fake_dialogs.named("print_dialog"), "Windows would refuse that dialog silently"
    with pdfplumber.open(target) as pdf:
        assert len(pdf.pages) == 2
    assert store.get(draft_id).status == "draft", "nothing was printed"


def test_no_printer_closed_changes_nothing(
    window: MainWindow,
    store: Store,
    example_path: Path,
    tmp_path: Path,
    fake_dialogs: FakeDialogs,
    no_printer: None,
) -> None:
    draft_id = open_example(window, store, example_path)
    window.print_action.trigger()
    assert [name for name, *_ in fake_dialogs.calls] == ["ask"]
    assert store.get(draft_id).status == "draft"


def test_printer_installed_agrees_with_qt(qapp: object) -> None:
    """The real function (conftest stands in for it): is there a printer, not Qt's PDF one?"""
    from PySide6.QtPrintSupport import QPrinter

    native = QPrinter().outputFormat() == QPrinter.OutputFormat.NativeFormat
    assert REAL_PRINTER_INSTALLED() == native
