"""The printed page beside the form on steps 1–4, rendered off the UI thread after a pause."""

from __future__ import annotations

import io
import threading
from pathlib import Path
from typing import Any

import drafts
import pdfplumber
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QSplitter

from lanson_report.files import draftfile
from lanson_report.pdf.places import page_of
from lanson_report.store import Store
from lanson_report.ui.mainwindow import MainWindow
from lanson_report.ui.wizard import livepreview

from .conftest import type_text
from .test_status import open_example


def words(data: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [w for page in pdf.pages for w in (page.extract_text() or "").split()]


def test_the_page_beside_the_form_follows_typing_and_matches_step_5(
    qtbot: Any,
    window: MainWindow,
    store: Store,
    example_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    threads: list[threading.Thread] = []
    real_render = livepreview.render

    def recording(draft: Any) -> Any:
        threads.append(threading.current_thread())
        return real_render(draft)

    monkeypatch.setattr(livepreview, "render", recording)
    open_example(window, store, example_path)
    editor = window.editor
    editor.go(0)
    assert not editor.live.isVisible()
    editor.footer.live.setChecked(True)
    assert editor.live.isVisible()
    qtbot.waitSignal(editor.live.shown_pdf, timeout=10000).wait()
    type_text(editor.pages[0].place, " tỉnh Lạng")
    with qtbot.waitSignal(editor.live.shown_pdf, timeout=10000):
        pass
    assert "Lạng" in " ".join(words(editor.live.pdf_data))
    assert threads and all(t is not threading.main_thread() for t in threads)
    editor.go(4)
    assert not editor.live.isVisible() and not editor.footer.live.isVisible()
    assert words(editor.live.pdf_data) == words(editor.preview.pdf_data)
    editor.go(2)
    assert editor.live.isVisible(), "the choice is kept on the other writing steps"


def page_with(data: bytes, text: str) -> int:
    """The page (from 1) whose text holds `text`, as pdfplumber reads the PDF."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        found = [
            i + 1
            for i, p in enumerate(pdf.pages)
            if text in " ".join((p.extract_text() or "").split())
        ]
    assert len(found) == 1, (text, found)
    return found[0]


@pytest.fixture
def long_report(qtbot: Any, window: MainWindow, store: Store) -> MainWindow:
    """A 13-page report open at step 3 with the page beside it, rendered once."""
    stored = store.create(draftfile.from_dict(drafts.pages(12)))
    window.open_draft(stored.draft.id)
    editor = window.editor
    editor.go(2)
    with qtbot.waitSignal(editor.live.shown_pdf, timeout=20000):
        editor.footer.live.setChecked(True)
    return window


def put_cursor(body: Any, block: int, end: bool = False) -> None:
    cursor = QTextCursor(body.document().findBlockByNumber(block))
    if end:
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    body.setFocus()
    body.setTextCursor(cursor)


def page_top(live: Any, page: int) -> int:
    """Where the view lays out the top of a page (from 1), in scroll-bar pixels (the last
    page's only when the view is taller than it)."""
    bar = live.view.verticalScrollBar()
    bar.setValue(0)
    live.view.pageNavigator().jump(page - 1, QPointF(), live.view.zoomFactor())
    return int(bar.value())


def in_view(live: Any, where: str) -> None:
    """The place being written is in the upper half of the view (not at its edge, where the
    line before it would be hidden), on the page the view names."""
    page, y = page_of(live.places, where)  # type: ignore[misc]
    shown, bar = live.current_page(), live.view.verticalScrollBar()
    value, height = bar.value(), live.view.viewport().height()
    top = page_top(live, page)
    points = live.document.pagePointSize(page - 1).height()
    scale = (page_top(live, page + 1) - top - live.view.pageSpacing()) / points
    bar.setValue(value)
    assert shown == page, where
    at = (top + y * scale - value) / height  # how far down the view the place stands
    marker = live.marker  # the bar beside the part being written, level with it
    assert marker.isVisible() and marker.x() == 0
    assert abs(marker.y() - (top + y * scale - value)) <= 2, (where, marker.y())
    # with what comes before it above, in the upper half; or the page's own top in view
    assert 0.2 < at < 0.5 or (value == top and 0 < at < 0.5), (where, at)


def test_the_page_beside_the_form_is_the_page_being_written(
    qtbot: Any, long_report: MainWindow
) -> None:
    editor = long_report.editor
    live, content = editor.live, editor.content
    assert live.current_page() == 1
    content.tree.select((20,))
    put_cursor(content.body, 0)
    heading = page_with(live.pdf_data, "21. Nhiệm vụ thứ 21")
    assert live.current_page() == heading > 1
    assert live.page_label.text() == f"Trang {heading}/{live.page_count()}"
    splitter = live.parentWidget()
    assert isinstance(splitter, QSplitter)
    widths = splitter.sizes()
    for zoom, wide in (
        ("Vừa bề rộng trang", False),
        ("Vừa bề rộng trang", True),
        ("Vừa dòng chữ", False),
    ):
        # the page fits the view; the clerk widened the page beside (it no longer fits); the lines
        splitter.setSizes([sum(widths) - 700, 700] if wide else widths)
        live.zoom.setCurrentIndex(live.zoom.findText(zoom))
        qtbot.wait(50)  # the pages laid out anew at the new zoom
        assert live.marker.isVisible(), f"still marked at {zoom}"
        for section in (10, 11, 13):  # not on the last page: the view cannot scroll past it
            content.tree.select((section,))
            for block in range(3):
                put_cursor(content.body, block)
                in_view(live, editor.writing_at())
    put_cursor(content.body, 2, end=True)
    with qtbot.waitSignal(live.shown_pdf, timeout=20000):
        type_text(content.body, " Mốcmới")
    assert live.current_page() == page_with(live.pdf_data, "Mốcmới"), "what was typed is in view"
    editor.go(3)  # Ký và nơi nhận: the page with the signature
    assert live.current_page() == page_with(live.pdf_data, "Nơi nhận:") == live.page_count()
    sign = editor.pages[3]
    for field in ("recipients", "signature.name", "archive"):  # each prints with the signer
        live.view.verticalScrollBar().setValue(0)
        live.shown_place = None
        sign._fields[field].setFocus()
        qtbot.waitUntil(lambda: live.current_page() == live.page_count())
    editor.go(0)
    assert live.current_page() == 1


def test_the_clerks_own_scrolling_stays_until_the_cursor_moves_on(
    qtbot: Any, long_report: MainWindow
) -> None:
    editor = long_report.editor
    live, content = editor.live, editor.content
    content.tree.select((4,))
    put_cursor(content.body, 1)
    shown = live.current_page()
    live.view.verticalScrollBar().setValue(live.view.verticalScrollBar().maximum())
    put_cursor(content.body, 1, end=True)  # within the same paragraph
    assert live.current_page() == live.page_count(), "looking at the last page is left alone"
    put_cursor(content.body, 0)
    assert live.current_page() == shown


def test_the_page_fits_its_width_the_whole_page_or_its_lines_of_text(
    qtbot: Any, long_report: MainWindow
) -> None:
    from PySide6.QtPdfWidgets import QPdfView

    from lanson_report.printed.layout import PAGE_WIDTH, TEXT_WIDTH

    editor = long_report.editor
    live, content = editor.live, editor.content
    content.tree.select((20,))
    put_cursor(content.body, 0)
    page = live.current_page()
    assert live.zoom.currentText() == "Vừa bề rộng trang"
    assert live.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    live.zoom.setCurrentIndex(live.zoom.findText("Cả trang"))
    assert live.view.zoomMode() == QPdfView.ZoomMode.FitInView and live.current_page() == page
    live.zoom.setCurrentIndex(live.zoom.findText("Vừa dòng chữ"))
    assert live.current_page() == page
    margins = live.view.documentMargins()
    shown = live.view.viewport().width() - margins.left() - margins.right()
    bar = live.view.horizontalScrollBar()
    page_px = bar.maximum() + live.view.viewport().width() - margins.left() - margins.right()
    assert page_px == pytest.approx(shown * PAGE_WIDTH / TEXT_WIDTH, abs=3), "a line fills the pane"
    assert 0 < bar.value() < bar.maximum(), "the binding margin is scrolled out of view"
    live.zoom.setCurrentIndex(live.zoom.findText("Cỡ chữ thật"))  # as large as on paper
    assert live.view.zoomFactor() == 1.0 and live.current_page() == page
    in_view(live, editor.writing_at())


def test_the_first_page_shown_is_already_the_one_being_written(
    qtbot: Any, window: MainWindow, store: Store
) -> None:
    """Turned on with the cursor on page 11: the view lays the pages out over several
    events after the first PDF arrives, and must end there, not wherever it was."""
    stored = store.create(draftfile.from_dict(drafts.pages(12)))
    window.open_draft(stored.draft.id)
    editor = window.editor
    editor.go(2)
    editor.content.tree.select((20,))
    put_cursor(editor.content.body, 1)
    live = editor.live
    with qtbot.waitSignal(live.shown_pdf, timeout=20000):
        editor.footer.live.setChecked(True)
    qtbot.wait(50)
    assert live.current_page() == page_with(live.pdf_data, "21. Nhiệm vụ thứ 21") > 1
    in_view(live, editor.writing_at())


def test_the_width_and_zoom_the_clerk_gives_the_page_beside_last_after_a_restart(
    qtbot: Any,
    window: MainWindow,
    store: Store,
    data_dir: Path,
    example_path: Path,
) -> None:
    """A trial clerk could not read the page in its narrow pane: widened once, it stays."""
    from .conftest import make_window

    open_example(window, store, example_path)
    editor = window.editor
    assert editor.draft is not None
    draft_id = editor.draft.id
    editor.go(2)
    with qtbot.waitSignal(editor.live.shown_pdf, timeout=20000):
        editor.footer.live.setChecked(True)
    total = sum(editor.beside.sizes())
    editor.beside.setSizes([total - 560, 560])
    editor.beside.splitterMoved.emit(total - 560, 1)  # as Qt says a drag of the handle
    editor.live.zoom.setCurrentIndex(editor.live.zoom.findData("text"))
    assert editor.live.width() == 560
    window.close()
    again = make_window(qtbot, store, data_dir)  # the app started again
    again.open_draft(draft_id)
    editor = again.editor
    editor.go(2)
    editor.footer.live.setChecked(True)
    qtbot.waitUntil(lambda: editor.live.width() == 560)
    assert editor.live.zoom.currentData() == "text"
