"""Printing: white paper with the report where the exported PDF has it, at the printer's pace,
never freezing the window; the status only changes when the clerk says so."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from printcompare import assert_same_page, compare_files
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QProgressDialog, QPushButton

from lanson_report.files import draftfile
from lanson_report.pdf import render_pdf_bytes
from lanson_report.store import Store
from lanson_report.ui.mainwindow import MainWindow
from lanson_report.ui.printing import printing

from .conftest import NO_PRINTER_NOISE, OFFSCREEN_NOISE, FakeDialogs, print_and_wait
from .test_status import open_example


def to_file(path: Path, dpi: int | None = None) -> Any:
    """Answer the print dialog with Qt's PDF printer (a stand-in laser), at its own resolution
    (1200 dpi, as Qt's high-resolution printer reports) or the one given."""

    def answer(dialog: QDialog) -> bool:
        from PySide6.QtPrintSupport import QPrinter

        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        if dpi is not None:
            printer.setResolution(dpi)
        return True

    return answer


@pytest.fixture
def small_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(printing, "DPI", 36)


class Gate:
    """Holds the print job's thread before it renders page `index` until released."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, index: int) -> None:
        self.index, self.reached, self.open = index, threading.Event(), threading.Event()
        real = printing.page_strips

        def held(document: Any, page: int) -> Iterator[Any]:
            if page == self.index:
                self.reached.set()
                assert self.open.wait(60), "the test never released the print job"
            return real(document, page)

        monkeypatch.setattr(printing, "page_strips", held)

    def release(self) -> None:
        self.open.set()


def progress_dialog(window: MainWindow) -> QProgressDialog:
    job = window.editor.printing
    assert job is not None, "a print job runs"
    return job.progress


def test_printed_pages_are_the_exported_pages_on_white_paper(
    qtbot: Any,
    window: MainWindow,
    store: Store,
    example_path: Path,
    tmp_path: Path,
    fake_dialogs: FakeDialogs,
) -> None:
    draft = open_example(window, store, example_path)
    exported = tmp_path / "xuat.pdf"
    exported.write_bytes(render_pdf_bytes(draft))
    printed = tmp_path / "in.pdf"
    fake_dialogs.answer("print_dialog", to_file(printed))
    outcome = print_and_wait(qtbot, window)
    assert outcome.complete and outcome.sent == outcome.pages == 2
    for match in compare_files(exported, printed):
        assert_same_page(match)


def test_a_600_dpi_laser_gets_one_bit_600_dpi_strips_under_1_mb_a_page(
    qtbot: Any,
    window: MainWindow,
    store: Store,
    example_path: Path,
    tmp_path: Path,
    fake_dialogs: FakeDialogs,
) -> None:
    open_example(window, store, example_path)
    printed = tmp_path / "laser.pdf"
    fake_dialogs.answer("print_dialog", to_file(printed, 600))
    assert print_and_wait(qtbot, window).complete
    with pdfplumber.open(printed) as pdf:
        assert len(pdf.pages) == 2
        for page in pdf.pages:
            assert (page.width, page.height) == pytest.approx((595.28, 841.89), abs=0.5)
            for image in page.images:
                pixels_wide, _ = image["srcsize"]
                assert pixels_wide / ((image["x1"] - image["x0"]) / 72) >= 599
                assert image["bits"] == 1, "ink or paper: a 1-bit strip"
                assert "DCT" not in str(image["stream"].get("Filter")), "no JPEG blur on text"
    assert printed.stat().st_size < 2 * 1_000_000, "at most 1 MB of spool a page"


@pytest.mark.usefixtures("small_pages")
def test_ctrl_p_prints_in_a_thread_while_the_window_answers(
    qtbot: Any,
    window: MainWindow,
    store: Store,
    example_path: Path,
    tmp_path: Path,
    fake_dialogs: FakeDialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    open_example(window, store, example_path)
    assert window.print_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    printed = tmp_path / "in.pdf"
    fake_dialogs.answer("print_dialog", to_file(printed))
    gate = Gate(monkeypatch, 1)
    window.print_action.trigger()
    job = window.editor.printing
    assert job is not None and gate.reached.wait(30), "page 2 is being printed"
    progress = progress_dialog(window)
    qtbot.waitUntil(lambda: progress.labelText() == "Đang in trang 2/2…")
    assert progress.isVisible() and progress.value() == 1
    ticks: list[int] = []
    QTimer.singleShot(0, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1]), "the event loop runs while the page prints"
    assert not window.grab().isNull()
    window.print_action.trigger()
    assert window.editor.printing is job, "one print at a time"
    with qtbot.waitSignal(job.done, timeout=60_000) as finished:
        gate.release()
    assert finished.args[0].complete
    assert not progress.isVisible()
    with pdfplumber.open(printed) as pdf:
        assert len(pdf.pages) == 2


def cancel_button(progress: QProgressDialog) -> QPushButton:
    (button,) = progress.findChildren(QPushButton)
    assert button.text() == "&Hủy"
    return button


@pytest.mark.usefixtures("small_pages")
@pytest.mark.parametrize(("held_page", "pages_out"), [(0, 0), (1, 1)])
def test_cancel_stops_between_pages_and_marks_nothing(
    qtbot: Any,
    window: MainWindow,
    store: Store,
    example_path: Path,
    tmp_path: Path,
    fake_dialogs: FakeDialogs,
    monkeypatch: pytest.MonkeyPatch,
    held_page: int,
    pages_out: int,
) -> None:
    draft = open_example(window, store, example_path)
    printed = tmp_path / "in.pdf"
    fake_dialogs.answer("print_dialog", to_file(printed))
    gate = Gate(monkeypatch, held_page)
    window.print_action.trigger()
    job = window.editor.printing
    assert job is not None and gate.reached.wait(30)
    progress = progress_dialog(window)
    qtbot.waitUntil(lambda: progress.labelText() == f"Đang in trang {held_page + 1}/2…")
    qtbot.mouseClick(cancel_button(progress), Qt.MouseButton.LeftButton)
    assert progress.labelText() == "Đang dừng in sau trang đang in…" and progress.isVisible()
    with qtbot.waitSignal(job.done, timeout=60_000) as finished:
        gate.release()
    outcome = finished.args[0]
    assert outcome.cancelled and outcome.sent == pages_out and not outcome.complete
    if pages_out:
        with pdfplumber.open(printed) as pdf:
            assert len(pdf.pages) == pages_out, "the page under way is finished, no more"
        assert fake_dialogs.texts("info") == [
            "Đã dừng in | Đã gửi 1/2 trang tới máy in trước khi dừng; "
            "các trang đó vẫn có thể được in ra."
        ]
    else:
        assert not printed.exists(), "cancelled before page 1: the printer was never opened"
        assert fake_dialogs.texts("info") == ["Đã dừng in | Chưa trang nào được gửi tới máy in."]
    assert not fake_dialogs.named("ask"), "no “Đã in để ký” question after a cancelled print"
    assert store.get(draft.id).status == "draft"
    assert window.editor.printing is None


def test_an_incomplete_report_asks_before_any_paper_comes_out(
    qtbot: Any, window: MainWindow, store: Store, example_path: Path, fake_dialogs: FakeDialogs
) -> None:
    draft = draftfile.load_path(example_path)
    draft.title = ""
    stored = store.create(draft).draft
    window.open_draft(stored.id)
    fake_dialogs.answer("ask", False)
    assert print_and_wait(qtbot, window) is None
    (question,) = fake_dialogs.named("ask")
    assert question[1] == "Báo cáo còn thiếu" and "Chưa có trích yếu" in question[2]
    assert fake_dialogs.calls[0][2] == {"yes": "Vẫn in", "no": "Quay lại điền"}
    assert not fake_dialogs.named("print_dialog"), "the clerk went back before choosing a printer"
    assert window.editor.stack.currentIndex() == 0, "back at the step that holds the trích yếu"


@pytest.mark.usefixtures("small_pages")
def test_an_incomplete_report_prints_when_the_clerk_says_so(
    qtbot: Any,
    window: MainWindow,
    store: Store,
    example_path: Path,
    tmp_path: Path,
    fake_dialogs: FakeDialogs,
) -> None:
    draft = draftfile.load_path(example_path)
    draft.title = ""
    window.open_draft(store.create(draft).draft.id)
    printed = tmp_path / "in.pdf"
    fake_dialogs.answer("ask", True, False)
    fake_dialogs.answer("print_dialog", to_file(printed))
    assert print_and_wait(qtbot, window).complete
    assert [args[1] for args in fake_dialogs.named("ask")] == [
        "Báo cáo còn thiếu",
        "Đã gửi báo cáo tới máy in",
    ]


@pytest.mark.qt_log_ignore("QPainter::begin", OFFSCREEN_NOISE, NO_PRINTER_NOISE)
@pytest.mark.usefixtures("small_pages")
def test_a_printer_that_refuses_says_so_and_marks_nothing(
    qtbot: Any,
    window: MainWindow,
    store: Store,
    example_path: Path,
    tmp_path: Path,
    fake_dialogs: FakeDialogs,
) -> None:
    draft = open_example(window, store, example_path)
    fake_dialogs.answer("print_dialog", to_file(tmp_path / "không có" / "in.pdf"))
    outcome = print_and_wait(qtbot, window)
    assert isinstance(outcome.error, OSError) and not outcome.complete
    assert fake_dialogs.texts("error") == ["Không in được | Máy in báo lỗi: không mở được máy in"]
    assert not fake_dialogs.named("ask")
    assert store.get(draft.id).status == "draft"


@pytest.mark.usefixtures("small_pages")
def test_printing_asks_before_marking_printed_and_no_means_no(
    qtbot: Any,
    window: MainWindow,
    store: Store,
    example_path: Path,
    tmp_path: Path,
    fake_dialogs: FakeDialogs,
) -> None:
    draft = open_example(window, store, example_path)
    fake_dialogs.answer("print_dialog", to_file(tmp_path / "in.pdf"))
    fake_dialogs.answer("ask", False)
    assert print_and_wait(qtbot, window).complete
    assert (tmp_path / "in.pdf").exists()
    (question,) = fake_dialogs.texts("ask")
    assert "Đã in để ký" in question
    assert store.get(draft.id).status == "draft"
    assert "Nháp" in window.editor.header.status.text()


@pytest.mark.usefixtures("small_pages")
def test_a_printed_report_is_not_asked_again(
    qtbot: Any,
    window: MainWindow,
    store: Store,
    example_path: Path,
    tmp_path: Path,
    fake_dialogs: FakeDialogs,
) -> None:
    draft = open_example(window, store, example_path)
    window.editor.header.mark_printed.trigger()
    fake_dialogs.answer("print_dialog", to_file(tmp_path / "in.pdf"))
    assert print_and_wait(qtbot, window).complete
    assert not fake_dialogs.named("ask")
    assert store.get(draft.id).status == "printed"


@pytest.mark.usefixtures("small_pages")
@pytest.mark.parametrize("send", [False, True])
def test_a_paused_printer_is_named_before_anything_is_sent(
    qtbot: Any,
    window: MainWindow,
    store: Store,
    example_path: Path,
    tmp_path: Path,
    fake_dialogs: FakeDialogs,
    monkeypatch: pytest.MonkeyPatch,
    send: bool,
) -> None:
    monkeypatch.setattr(printing, "printer_ready", lambda printer: False)
    open_example(window, store, example_path)
    printed = tmp_path / "in.pdf"
    fake_dialogs.answer("print_dialog", to_file(printed))
    fake_dialogs.answer("ask", send, False)
    outcome = print_and_wait(qtbot, window)
    first = fake_dialogs.named("ask")[0]
    assert first[1] == "Máy in chưa sẵn sàng" and "nằm chờ trong hàng đợi" in first[2]
    assert fake_dialogs.calls[1][2] == {"yes": "Vẫn gửi in", "no": "Không in"}
    assert printed.exists() == send and (outcome is not None) == send


@pytest.mark.usefixtures("small_pages")
def test_escape_does_not_stop_a_print_only_huy_does(
    qtbot: Any,
    window: MainWindow,
    store: Store,
    example_path: Path,
    tmp_path: Path,
    fake_dialogs: FakeDialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    open_example(window, store, example_path)
    printed = tmp_path / "in.pdf"
    fake_dialogs.answer("print_dialog", to_file(printed))
    gate = Gate(monkeypatch, 1)
    window.print_action.trigger()
    job = window.editor.printing
    assert job is not None and gate.reached.wait(30)
    progress = progress_dialog(window)
    qtbot.waitUntil(lambda: progress.labelText() == "Đang in trang 2/2…")
    qtbot.keyClick(progress, Qt.Key.Key_Escape)
    assert progress.isVisible() and not job.cancelled(), "a stray Escape is not a cancel"
    with qtbot.waitSignal(job.done, timeout=60_000) as finished:
        gate.release()
    assert finished.args[0].complete


@pytest.mark.usefixtures("small_pages")
def test_a_page_range_shows_each_page_by_its_own_number(
    qtbot: Any,
    window: MainWindow,
    store: Store,
    example_path: Path,
    tmp_path: Path,
    fake_dialogs: FakeDialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    open_example(window, store, example_path)
    printed = tmp_path / "in.pdf"
    to_pdf = to_file(printed)

    def page_two(dialog: QDialog) -> bool:
        from PySide6.QtPrintSupport import QPrinter

        dialog.printer().setPrintRange(QPrinter.PrintRange.PageRange)
        dialog.printer().setFromTo(2, 2)
        return bool(to_pdf(dialog))

    fake_dialogs.answer("print_dialog", page_two)
    gate = Gate(monkeypatch, 1)
    window.print_action.trigger()
    job = window.editor.printing
    assert job is not None and gate.reached.wait(30)
    progress = progress_dialog(window)
    qtbot.waitUntil(lambda: progress.labelText() == "Đang in trang 2/2…")
    assert (progress.value(), progress.maximum()) == (0, 1), "one page chosen, none sent yet"
    with qtbot.waitSignal(job.done, timeout=60_000) as finished:
        gate.release()
    assert finished.args[0].complete and finished.args[0].sent == 1
    with pdfplumber.open(printed) as pdf:
        assert len(pdf.pages) == 1


@pytest.mark.parametrize("fixture", ["bao-cao-ngay-khcn-2022.json", "bao-cao-v2-bang-phu-luc.json"])
def test_the_report_pdf_holds_black_ink_only(qapp: Any, fixture: str) -> None:
    """printing.ink reads the ink from coverage: right only while the PDF draws black alone
    (a grey or a colour would print black)."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QImage

    draft = draftfile.load_path(Path(__file__).parents[1] / "fixtures" / fixture)
    document = printing.load_pdf(render_pdf_bytes(draft))
    try:
        for page in range(document.pageCount()):
            image = document.render(page, QSize(298, 421)).convertToFormat(
                QImage.Format.Format_ARGB32
            )
            pixels = bytes(image.constBits())
            assert max(pixels[3::4]) > 128, "the page has ink"
            assert max(pixels[0::4]) == max(pixels[1::4]) == max(pixels[2::4]) == 0
    finally:
        document.close()
