"""Every store damage of tests/hostile/store_damage.py, through the store API and the
command line: a message or a correct result, never a traceback; never a hidden draft;
never an older save served without a word naming the damaged file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from store_damage import DAMAGES, OLDER_SAVE_TOLD, Filled, filled_folder

from lanson_report.cli import cli
from lanson_report.store import Store


@pytest.fixture(params=sorted(DAMAGES))
def damaged(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[str, Filled]:
    filled = filled_folder(tmp_path / "data")
    DAMAGES[request.param](filled)
    return request.param, filled


def told(notes: str, filled: Filled, draft_id: str) -> bool:
    """The note names the body file, and where its damaged copy was kept (if it had one)."""
    kept = str(filled.folder / "damaged") in notes or "bị mất tệp" in notes
    if "trong lịch sử" in notes:  # no backup was usable: the newest version came back
        assert "phiên bản số 2 trong lịch sử" in notes
    return f"drafts/{draft_id}.json" in notes and kept


def test_the_store_opens_lists_every_draft_and_tells_an_older_save(
    damaged: tuple[str, Filled],
) -> None:
    kind, filled = damaged
    store = Store.open(filled.folder, lock_timeout=0.5)
    assert {s.id for s in store.list()} == set(filled.titles), "a draft is hidden"
    for draft_id, title in filled.titles.items():
        if store.get(draft_id).draft.title != title:
            assert kind in OLDER_SAVE_TOLD, f"{draft_id} changed by {kind}"
            assert told("\n".join(store.recovered), filled, draft_id), store.recovered
    report = store.get(filled.edited).draft
    report.title = "Sửa sau sự cố"
    store.save(report)
    store.close()
    reopened = Store.open(filled.folder, lock_timeout=0.5)
    assert reopened.get(filled.edited).draft.title == "Sửa sau sự cố"
    assert {s.id for s in reopened.list()} == set(filled.titles)


def test_the_command_line_lists_and_dumps_with_a_message_never_a_traceback(
    damaged: tuple[str, Filled], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    kind, filled = damaged
    data = ["--data-dir", str(filled.folder)]
    code = cli.run([*data, "list", "--json"])
    out, said = capsys.readouterr()
    assert code == 0 and "Traceback" not in said, said
    assert {row["id"] for row in json.loads(out)} == set(filled.titles), "a draft is hidden"
    dumped = tmp_path / "dumped.json"
    code = cli.run([*data, "dump", filled.edited, "-o", str(dumped)])
    _, err = capsys.readouterr()
    assert code == 0 and "Traceback" not in err, err
    said += err  # told by whichever command found it
    if json.loads(dumped.read_text(encoding="utf-8"))["title"] != filled.titles[filled.edited]:
        assert kind in OLDER_SAVE_TOLD
        assert told(said, filled, filled.edited), said
