"""The printed page beside the form on steps 1–4, rendered off the UI thread after a pause."""

from __future__ import annotations

import io
import threading
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

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
