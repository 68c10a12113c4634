"""Nháp → Đã in để ký → Đã ban hành; printing on A4 at 100 %."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from PySide6.QtWidgets import QDialog

from lanson_report.domain.model import Draft
from lanson_report.files import draftfile
from lanson_report.store import Store
from lanson_report.ui.dialogs.status import IssueDialog
from lanson_report.ui.mainwindow import MainWindow
from lanson_report.ui.printing import printing

from .conftest import FakeDialogs, print_and_wait, replace_text, type_text

A4 = (595.28, 841.89)


def open_example(window: MainWindow, store: Store, example_path: Path) -> Draft:
    draft = store.create(draftfile.load_path(example_path)).draft
    window.open_draft(draft.id)
    return draft


def fill_issue(number: str, day: int) -> Any:
    def answer(dialog: QDialog) -> bool:
        assert isinstance(dialog, IssueDialog)
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        assert not ok.isEnabled(), "number and day are asked for when blank"
        replace_text(dialog.number, number)
        dialog.day.setValue(day)
        ok.click()
        return dialog.result() == QDialog.DialogCode.Accepted

    return answer


def test_issuing_asks_number_and_day_then_locks_the_report(
    window: MainWindow, store: Store, example_path: Path, fake_dialogs: FakeDialogs
) -> None:
    draft = open_example(window, store, example_path)
    fake_dialogs.answer("exec_dialog", fill_issue("7", 20))
    window.editor.header.mark_issued.trigger()
    stored = store.get(draft.id)
    assert stored.status == "issued"
    assert (stored.draft.number, stored.draft.date.day, stored.draft.date.month) == ("7", 20, 5)
    editor = window.editor
    assert editor.read_only and editor.header.banner.isVisibleTo(window)
    assert editor.pages[0].title_text.isReadOnly()
    content = editor.pages[2]
    content.body.selectAll()
    content.bar.formats["bold"].trigger()  # Ctrl+B on an issued report changes nothing
    content.bar.kinds["bullet"].trigger()
    assert [b.kind for b in content.body.blocks()] == ["paragraph", "paragraph"]
    assert not any(run.bold for b in content.body.blocks() for run in b.runs)
    assert not editor.pages[2].tree.add_button.isEnabled()
    assert editor.preview.export_button.isEnabled(), "an issued report can still be printed"
    assert "Đã ban hành" in editor.header.status.text()
    window.start.refresh()
    assert window.start.tree.topLevelItem(0).child(0).text(1) == "07/BC-SKHCN"


def test_the_same_number_twice_in_a_year_is_warned(
    window: MainWindow, store: Store, example_path: Path, fake_dialogs: FakeDialogs
) -> None:
    first = draftfile.load_path(example_path)
    first.id, first.number, first.date.day = "00000000-0000-4000-8000-000000000001", "7", 2
    store.create(first)
    store.set_status(first.id, "issued")
    draft = open_example(window, store, example_path)
    fake_dialogs.answer("exec_dialog", fill_issue("07", 20))
    window.editor.header.mark_issued.trigger()
    (question,) = fake_dialogs.texts("ask")
    assert "07/BC-SKHCN" in question and "Trùng số" in question
    assert store.get(draft.id).status == "draft", "the clerk went back"
    assert not window.editor.read_only


@pytest.fixture
def quick_print(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(printing, "DPI", 72)  # a small page image keeps the test fast


def to_file(path: Path) -> Any:
    def answer(dialog: QDialog) -> bool:
        from PySide6.QtPrintSupport import QPrinter

        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return True

    return answer


def test_print_is_a4_at_full_size_and_marks_printed_when_the_clerk_says_so(
    qtbot: Any,
    window: MainWindow,
    store: Store,
    example_path: Path,
    tmp_path: Path,
    fake_dialogs: FakeDialogs,
    quick_print: None,
) -> None:
    draft = open_example(window, store, example_path)
    printed = tmp_path / "may-in.pdf"
    fake_dialogs.answer("print_dialog", to_file(printed))
    fake_dialogs.answer("ask", True)
    assert print_and_wait(qtbot, window).complete
    with pdfplumber.open(printed) as pdf:
        assert len(pdf.pages) == 2
        for page in pdf.pages:
            assert (page.width, page.height) == pytest.approx(A4, abs=0.5)
            for image in page.images:  # strips of the page at 72 dpi, blank ones left out
                wide, high = image["srcsize"]
                placed = (image["x0"], image["x1"] - image["x0"], image["bottom"] - image["top"])
                assert placed == pytest.approx((0, wide, high), abs=0.5), "never shrunk to fit"
            assert max(image["x1"] for image in page.images) == pytest.approx(A4[0], abs=0.5)
            darkest, lightest = page.to_image(resolution=40).original.convert("L").getextrema()
            assert darkest < 100 and lightest == 255, "black text on white paper"
    assert store.get(draft.id).status == "printed"
    assert "Đã in để ký" in window.editor.header.status.text()


def test_cancelled_print_changes_nothing(
    qtbot: Any, window: MainWindow, store: Store, example_path: Path, fake_dialogs: FakeDialogs
) -> None:
    draft = open_example(window, store, example_path)
    assert print_and_wait(qtbot, window) is None
    assert fake_dialogs.named("print_dialog")
    assert store.get(draft.id).status == "draft"


def test_back_to_draft_after_printing(window: MainWindow, store: Store, example_path: Path) -> None:
    draft = open_example(window, store, example_path)
    window.editor.header.mark_printed.trigger()
    assert store.get(draft.id).status == "printed"
    type_text(window.editor.pages[0].place, " tỉnh")
    window.editor.header.mark_draft.trigger()
    stored = store.get(draft.id)
    assert stored.status == "draft" and stored.draft.place == "Lạng Sơn tỉnh"
