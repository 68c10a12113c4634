"""Steps are addressed by name: the session stores the name, and still reads an old position."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from lanson_report.store import Store
from lanson_report.ui.mainwindow import MainWindow
from lanson_report.ui.wizard.pages.sign import SignPage
from lanson_report.ui.wizard.session import FILE_NAME, Session
from tests.ui.conftest import make_window


def test_the_session_stores_the_step_name_and_reopens_there(
    qtbot: Any, window: MainWindow, data_dir: Path
) -> None:
    window.new_report()
    window.editor.go("sign")
    assert isinstance(window.editor.current_page(), SignPage)
    draft_id = window.editor.draft.id  # type: ignore[union-attr]
    window.editor.leave()
    stored = json.loads((data_dir / FILE_NAME).read_text(encoding="utf-8"))
    assert stored["steps"][draft_id] == "sign"
    window.open_draft(draft_id)
    assert window.editor.current_page().step_name == "sign"


def test_an_old_session_with_a_step_position_still_opens_that_step(
    qtbot: Any, store: Store, data_dir: Path, window: MainWindow
) -> None:
    window.new_report()
    draft_id = window.editor.draft.id  # type: ignore[union-attr]
    window.editor.leave()
    window.close()
    old = {"open": None, "steps": {draft_id: 2, "gone": 99}}
    (data_dir / FILE_NAME).write_text(json.dumps(old), encoding="utf-8")
    session = Session(data_dir)
    assert session.step(draft_id) == "content"
    assert session.step("gone") == ""
    again = make_window(qtbot, store, data_dir)
    again.open_draft(draft_id)
    assert again.editor.current_page().step_name == "content"


def test_an_unknown_step_name_opens_the_first_step(qtbot: Any, window: MainWindow) -> None:
    window.new_report()
    stored = window.store.get(window.editor.draft.id)  # type: ignore[union-attr]
    window.editor.open(stored, "no-such-step")
    assert window.editor.current_page().step_name == "agency"


@pytest.mark.parametrize("stored", [[1, 0], [], [-1], ["1"], [True], "1", None, {"a": 1}])
def test_the_section_of_step_three_is_kept_or_ignored_when_damaged(
    tmp_path: Path, stored: object
) -> None:
    session = Session(tmp_path)
    (tmp_path / FILE_NAME).write_text(json.dumps({"sections": {"x": stored}}), "utf-8")
    expected = (1, 0) if stored == [1, 0] else None
    assert Session(tmp_path).section("x") == expected
    session.set_section("y", (2,))
    assert Session(tmp_path).section("y") == (2,)
