"""GUI fixtures: a real store in a temporary folder, the main window, and patched dialogs.

No modal dialog may open during a test (it would wait forever for a click): every
function of lanson_report.ui.dialogs is replaced by a recorder that answers from a queue.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from lanson_report.files import draftfile
from lanson_report.store import Store
from lanson_report.ui import dialogs
from lanson_report.ui.common import i18n
from lanson_report.ui.mainwindow import MainWindow
from lanson_report.ui.printing import printing
from lanson_report.ui.wizard.session import Session

# The offscreen platform says this whenever a window's size limits change; it is not ours.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"
# With no printer installed (CI, Wine), Qt's PDF printer stands in and Windows' print dialog
# warns about it on creation; tests never show that dialog (dialogs.print_dialog is faked),
# and test_printer covers what a clerk without a printer gets.
NO_PRINTER_NOISE = "QPrintDialog: Cannot be used on non-native printers"


def _blank_report(dialog: Any) -> bool:
    """Báo cáo mới, accepted as an empty report: what tests that only need a draft want."""
    dialog.choose_blank()
    return True


DEFAULTS: dict[str, Any] = {
    "info": None,
    "warn": None,
    "error": None,
    "ask": False,
    "choose": None,
    "open_file": None,
    "open_files": [],
    "choose_folder": None,
    "pick": None,
    "save_file": None,
    "get_int": None,
    "exec_dialog": False,
    "print_dialog": False,
    "get_text": None,
    "new_report": _blank_report,
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, NO_PRINTER_NOISE))


class FakeDialogs:
    """Records every dialog call; `answer(name, value_or_callable)` queues a reply."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []
        self.queued: dict[str, list[Any]] = {}

    def answer(self, name: str, *replies: Any) -> None:
        self.queued.setdefault(name, []).extend(replies)

    def _fake(self, name: str) -> Callable[..., Any]:
        def fake(*args: Any, **kwargs: Any) -> Any:
            self.calls.append((name, args, kwargs))
            queue = self.queued.get(name)
            if queue:
                reply = queue.pop(0)
                return reply(*args, **kwargs) if callable(reply) else reply
            default = DEFAULTS[name]
            return default(*args, **kwargs) if callable(default) else default

        return fake

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        for name in DEFAULTS:
            monkeypatch.setattr(dialogs, name, self._fake(name))

    def named(self, name: str) -> list[tuple[Any, ...]]:
        return [args for called, args, _ in self.calls if called == name]

    def texts(self, name: str) -> list[str]:
        """Title and text of each message of that kind, joined."""
        return [" | ".join(str(a) for a in args[1:]) for args in self.named(name)]


@pytest.fixture(autouse=True)
def fake_dialogs(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> FakeDialogs:
    fake = FakeDialogs()
    fake.install(monkeypatch)
    if not getattr(qapp, "_vi_translator", None):
        qapp._vi_translator = i18n.install(qapp)  # type: ignore[attr-defined]
    return fake


@pytest.fixture(autouse=True)
def a_printer(monkeypatch: pytest.MonkeyPatch) -> None:
    """A printer is installed, as on most office PCs: the print path is the same on every
    test machine, with or without printers (CI and Wine have none; test_printer covers that)."""
    monkeypatch.setattr(printing, "printer_installed", lambda: True)


@pytest.fixture(autouse=True)
def fresh_words() -> Iterator[None]:
    """Words skipped and rules switched off last for the app's life: each test starts anew."""
    yield
    from lanson_report.ui.common import spellmarks

    spellmarks.user_words().reset()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    opened = Store.open(data_dir)
    yield opened
    opened.close()


def make_window(qtbot: Any, store: Store, data_dir: Path) -> MainWindow:
    window = MainWindow(store, Session(data_dir))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot: Any, store: Store, data_dir: Path) -> MainWindow:
    return make_window(qtbot, store, data_dir)


def open_example(window: MainWindow, store: Store, example_path: Path) -> str:
    """Put the example report in the store, open it in the wizard, return its id."""
    draft = store.create(draftfile.load_path(example_path)).draft
    window.open_draft(draft.id)
    return draft.id


def type_text(widget: QWidget, text: str) -> None:
    """Type as an input method does: one committed string (Vietnamese safe, unlike keyClicks)."""
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QCoreApplication.sendEvent(widget, event)


def replace_text(widget: Any, text: str) -> None:
    """Select what the field holds, then type over it."""
    widget.selectAll()
    if not text:
        widget.clear() if hasattr(widget, "clear") else None
        return
    type_text(widget, text)


def settle(qtbot: Any, ms: int = 50) -> None:
    qtbot.wait(ms)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def print_and_wait(qtbot: Any, window: MainWindow) -> Any:
    """Ctrl+P as the menu gives it, then wait for the print job's thread: its Outcome, or None
    when nothing was started (no printer, the clerk went back, the dialog was cancelled)."""
    window.print_action.trigger()
    job = window.editor.printing
    if job is None:
        return None
    with qtbot.waitSignal(job.done, timeout=120_000) as finished:
        pass
    return finished.args[0]
