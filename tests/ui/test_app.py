"""Starting the app, and moving through it with the keyboard only."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from lanson_report import APP_NAME
from lanson_report.store import Store
from lanson_report.ui import app as uiapp
from lanson_report.ui.mainwindow import MainWindow

from .conftest import FakeDialogs, type_text

REPO = Path(__file__).resolve().parents[2]


def test_start_opens_the_window_on_the_chosen_folder(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    window = uiapp.start(["--data-dir", str(tmp_path / "kho")])
    qtbot.addWidget(window)
    assert window.isVisible() and window.windowTitle() == APP_NAME
    assert window.store.folder == (tmp_path / "kho").resolve()
    assert uiapp.data_dir_arg(["--data-dir=x"]) == "x" and uiapp.data_dir_arg([]) is None


@pytest.mark.parametrize("primary", [True, False], ids=["primary screen", "no screen at all"])
def test_start_tolerates_a_window_without_a_screen(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, primary: bool
) -> None:
    """On Windows window.screen() can be None at start; the window opens all the same."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(MainWindow, "screen", lambda self: None)
    if not primary:
        monkeypatch.setattr(uiapp, "QGuiApplication", SimpleNamespace(primaryScreen=lambda: None))
    window = uiapp.start(["--data-dir", str(tmp_path / "kho")])
    qtbot.addWidget(window)
    assert window.isVisible() and window.windowTitle() == APP_NAME
    if not primary:
        assert (window.width(), window.height()) == uiapp.WINDOW_SIZE


def test_python_m_lanson_report_opens_the_app(tmp_path: Path) -> None:
    folder = tmp_path / "kho"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANSON_REPORT_DATA_DIR": ""}
    process = subprocess.Popen(
        [sys.executable, "-m", "lanson_report", "--data-dir", str(folder)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while not (folder.is_dir() and any(folder.iterdir())) and time.monotonic() < deadline:
            assert process.poll() is None, process.communicate()
            time.sleep(0.1)
        time.sleep(1.0)
        assert process.poll() is None, "the app keeps running: its window is open"
    finally:
        process.terminate()
        process.communicate(timeout=10)


def focus_chain(qtbot: Any, start: Any, count: int) -> list[Any]:
    start.setFocus()
    seen = [QApplication.focusWidget()]
    for _ in range(count):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def test_tab_order_of_the_first_step(qtbot: Any, window: MainWindow) -> None:
    window.activateWindow()
    window.new_report()
    page = window.editor.pages[0]
    order = [
        page.parent_name,
        page.agency_name,
        page.abbreviation,
        page.number,
        page.symbol,
        page.place,
        page.day,
        page.month,
        page.year,
        page.title_text,
    ]
    assert focus_chain(qtbot, order[0], len(order) - 1) == order


def test_shortcuts_without_a_mouse(
    qtbot: Any, window: MainWindow, store: Store, fake_dialogs: FakeDialogs
) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.start.tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.editor
    assert window.stack.currentWidget() is editor and editor.draft is not None
    type_text(editor.pages[0].place, "Lạng Sơn")
    qtbot.keyClick(editor.pages[0].place, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert store.get(editor.draft.id).draft.place == "Lạng Sơn"
    qtbot.keyClick(editor.pages[0].place, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert editor.stack.currentIndex() == 1
    fake_dialogs.answer("ask", True, True)  # export and print although the report is empty
    qtbot.keyClick(editor.pages[1].closing, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor.pages[1].closing, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert [name for name, *_ in fake_dialogs.calls] == [
        "new_report",
        "ask",
        "save_file",
        "ask",
        "print_dialog",
    ]
    qtbot.keyClick(editor.pages[1].closing, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.start


def test_start_loads_neither_reportlab_nor_qtpdf(tmp_path: Path) -> None:
    """The PDF machinery is imported when the preview opens, not before the first window."""
    code = (
        "import sys\n"
        "from lanson_report.ui import app\n"
        "app.application()\n"
        f"window = app.start(['--data-dir', {str(tmp_path)!r}])\n"
        "print(window.isVisible(), 'reportlab' in sys.modules, 'PySide6.QtPdf' in sys.modules)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        env=env,
        timeout=60,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    assert result.stdout.split() == ["True", "False", "False"]


def test_a_second_window_on_the_same_folder_is_refused(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_dialogs: FakeDialogs
) -> None:
    """While one window runs, a second start says so and leaves the session alone."""
    folder = tmp_path / "kho"
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    started: list[MainWindow] = []
    real_start = uiapp.start

    def start(args: list[str]) -> Any:
        window = real_start(args)
        qtbot.addWidget(window)
        started.append(window)
        return window

    second: list[int] = []
    session_seen: list[bytes] = []

    def first_window_running() -> int:
        started[0].open_draft(started[0].store.create(started[0].defaults()).draft.id)
        session = folder / "ui-session.json"
        session_seen.append(session.read_bytes())  # marks a draft open, as while editing
        second.append(uiapp.run_app(["--data-dir", str(folder)]))
        session_seen.append(session.read_bytes())
        started[0].close()
        return 0

    monkeypatch.setattr(uiapp, "start", start)
    monkeypatch.setattr(QApplication, "exec", staticmethod(first_window_running))
    assert uiapp.run_app(["--data-dir", str(folder)]) == 0

    assert second == [1] and len(started) == 1, "the second start opened no window"
    (warning,) = fake_dialogs.texts("warn")
    assert "Soạn báo cáo đang mở trong một cửa sổ khác" in warning and str(folder) in warning
    assert fake_dialogs.named("ask") == [], "no false offer to recover a crashed session"
    assert session_seen[0] == session_seen[1], "the first window's session is untouched"

    fake_dialogs.calls.clear()
    monkeypatch.setattr(QApplication, "exec", staticmethod(lambda: started[-1].close() and 0))
    assert uiapp.run_app(["--data-dir", str(folder)]) == 0, "the lock is freed on exit"
    assert len(started) == 2 and fake_dialogs.named("warn") == []


def test_the_app_hands_the_gil_back_to_the_window_within_a_millisecond() -> None:
    """Worker threads (autosave, live page) held it up to 5 ms each time the window waited."""
    import sys

    from lanson_report.ui import app as uiapp

    previous = sys.getswitchinterval()
    try:
        uiapp.application()
        assert sys.getswitchinterval() == uiapp.SWITCH_INTERVAL <= 0.001
    finally:
        sys.setswitchinterval(previous)
