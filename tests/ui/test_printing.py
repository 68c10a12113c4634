"""Printing: sharp on an office laser, and the status is only changed when the clerk says so."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from PySide6.QtWidgets import QDialog

from lanson_report.store import Store
from lanson_report.ui.mainwindow import MainWindow
from lanson_report.ui.printing import printing

from .conftest import FakeDialogs
from .test_status import open_example


def to_file(path: Path, dpi: int) -> Any:
    """Answer the print dialog with Qt's PDF printer at a given resolution (a stand-in laser)."""

    def answer(dialog: QDialog) -> bool:
        from PySide6.QtPrintSupport import QPrinter

        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        printer.setResolution(dpi)
        return True

    return answer


@pytest.fixture
def small_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(printing, "MIN_DPI", 36)
    monkeypatch.setattr(printing, "MAX_DPI", 36)


@pytest.mark.usefixtures("small_pages")
def test_printing_asks_before_marking_printed_and_no_means_no(
    window: MainWindow, store: Store, example_path: Path, tmp_path: Path, fake_dialogs: FakeDialogs
) -> None:
    draft = open_example(window, store, example_path)
    fake_dialogs.answer("print_dialog", to_file(tmp_path / "in.pdf", 72))
    fake_dialogs.answer("ask", False)
    window.print_action.trigger()
    assert (tmp_path / "in.pdf").exists()
    (question,) = fake_dialogs.texts("ask")
    assert "Đã in để ký" in question
    assert store.get(draft.id).status == "draft"
    assert "Nháp" in window.editor.header.status.text()


@pytest.mark.usefixtures("small_pages")
def test_a_printed_report_is_not_asked_again(
    window: MainWindow, store: Store, example_path: Path, tmp_path: Path, fake_dialogs: FakeDialogs
) -> None:
    draft = open_example(window, store, example_path)
    window.editor.header.mark_printed.trigger()
    fake_dialogs.answer("print_dialog", to_file(tmp_path / "in.pdf", 72))
    window.print_action.trigger()
    assert not fake_dialogs.named("ask")
    assert store.get(draft.id).status == "printed"


def test_pages_go_to_a_600_dpi_laser_at_600_dpi_in_lossless_grey(
    window: MainWindow, store: Store, example_path: Path, tmp_path: Path, fake_dialogs: FakeDialogs
) -> None:
    open_example(window, store, example_path)
    printed = tmp_path / "laser.pdf"
    fake_dialogs.answer("print_dialog", to_file(printed, 600))
    window.print_action.trigger()
    with pdfplumber.open(printed) as pdf:
        assert len(pdf.pages) == 2
        for page in pdf.pages:
            for image in page.images:
                pixels_wide, _ = image["srcsize"]
                inches_wide = (image["x1"] - image["x0"]) / 72
                assert pixels_wide / inches_wide >= 599
                assert "DeviceGray" in str(image["colorspace"])
                assert "DCT" not in str(image["stream"].get("Filter")), "no JPEG blur on text"
    assert printed.stat().st_size < 400_000, "grey and lossless stays small"
