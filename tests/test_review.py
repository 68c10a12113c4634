"""A leader's review of the exported Word file comes back into the same report: tracked
changes with their author, an untracked edit, a comment — per section, each accepted or
rejected, comments kept as to-dos, nothing accepted silently."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from reviewfiles import ADDED, COMMENT, LEADER, reviewed

from lanson_report.domain import review
from lanson_report.domain.model import Block, Draft
from lanson_report.files import draftfile
from lanson_report.word import render_docx_bytes
from lanson_report.wordimport import import_docx
from lanson_report.wordimport.origin import read_origin
from lanson_report.wordimport.revisions import read_marks


@pytest.fixture
def base(example_path: Path) -> Draft:
    return draftfile.load_path(example_path)


def test_the_marks_are_read_with_their_author(tmp_path: Path, base: Draft) -> None:
    marks = read_marks(reviewed(tmp_path, base))
    assert [(r.kind, r.author) for r in marks.revisions] == [
        ("delete", LEADER),
        ("insert", LEADER),
    ]
    assert marks.revisions[0].text.startswith("- Tại Trung tâm Ứng dụng")
    assert marks.revisions[1].text == ADDED.strip()
    assert marks.revisions[1].paragraph.endswith("2.000 lượt.")
    (comment,) = marks.comments
    assert (comment.author, comment.text) == (LEADER, COMMENT)
    assert comment.paragraph.startswith("Các hoạt động chào mừng")
    assert comment.anchor.startswith(comment.paragraph[:10].split()[0]) or comment.anchor
    assert marks.authors == [LEADER]


def test_the_file_names_the_version_it_came_from(tmp_path: Path, base: Draft) -> None:
    origin = read_origin(reviewed(tmp_path, base))
    assert origin is not None
    assert (origin.draft_id, origin.fingerprint) == (base.id, draftfile.fingerprint(base))


def _found(tmp_path: Path, base: Draft) -> tuple[Draft, list[review.Change], Any]:
    path = reviewed(tmp_path, base)
    returned = import_docx(path).draft
    marks = read_marks(path)
    return returned, review.changes(base, returned, marks.revisions), marks


def test_changes_are_listed_per_section_with_their_author(tmp_path: Path, base: Draft) -> None:
    _, found, marks = _found(tmp_path, base)
    where = [(c.where, c.kind, c.authors) for c in found]
    assert ("Mục 1", "replace", []) in where  # edited without Track Changes: still found
    assert ("Mục 2", "delete", [LEADER]) in where
    assert ("Mục 2", "replace", [LEADER]) in where
    assert len(found) == 3, [c.summary for c in found]
    inserted = next(c for c in found if c.new and c.new[0].endswith("2.000 lượt."))
    assert inserted.old[0].endswith("khoa học công nghệ và đời sống.")
    assert review.headline(found, review.notes(_found(tmp_path, base)[0], marks.comments)) == (
        f"{LEADER} sửa Mục 1, Mục 2; 1 góp ý"
    )


def test_accepting_some_and_rejecting_others_makes_one_new_version(
    tmp_path: Path, base: Draft
) -> None:
    returned, found, marks = _found(tmp_path, base)
    chosen = [c for c in found if c.authors]  # the tracked ones; the untracked edit rejected
    kept = review.notes(returned, marks.comments)
    result = review.apply(base, returned, chosen, kept)
    first, second = result.sections[0], result.sections[1]
    texts = [b.text for b in second.blocks if isinstance(b, Block)]
    assert any(t.endswith("2.000 lượt.") for t in texts)
    assert not any(t.startswith("Tại Trung tâm Ứng dụng") for t in texts)
    kept_text = next(b.text for b in first.blocks if isinstance(b, Block) and b.kind != "hint")
    assert kept_text.startswith("Nhằm tiếp tục")  # its untracked change was rejected
    hint = first.blocks[0]
    assert isinstance(hint, Block) and hint.kind == "hint"
    assert hint.text == f"Góp ý của {LEADER}: {COMMENT}"


def test_accepting_everything_gives_the_returned_text(tmp_path: Path, base: Draft) -> None:
    returned, found, _ = _found(tmp_path, base)
    result = review.apply(base, returned, found, [])
    assert review.changes(result, returned) == []


def test_rejecting_everything_changes_nothing(tmp_path: Path, base: Draft) -> None:
    returned, _, _ = _found(tmp_path, base)
    assert review.apply(base, returned, [], []) == base


def test_a_file_without_marks_reads_empty(tmp_path: Path, base: Draft) -> None:
    path = tmp_path / "plain.docx"
    path.write_bytes(render_docx_bytes(base))
    marks = read_marks(path)
    assert marks.revisions == [] and marks.comments == []
    assert review.changes(base, import_docx(path).draft) == []


def test_header_and_footer_fields_count_too(base: Draft) -> None:
    returned = copy.deepcopy(base)
    returned.title += " (sửa)"
    returned.recipients = returned.recipients[:-1]
    found = review.changes(base, returned)
    assert [(c.where, c.kind) for c in found] == [("Trích yếu", "replace"), ("Nơi nhận", "replace")]
    assert review.apply(base, returned, found[:1], []).title.endswith("(sửa)")
    assert review.apply(base, returned, found[:1], []).recipients == base.recipients


def test_a_changed_paragraph_shows_only_its_changed_words() -> None:
    old = "Nhằm tiếp tục biểu dương và tôn vinh những nhà khoa học, đội ngũ cán bộ KH&CN."
    new = "Nhằm biểu dương và tôn vinh những nhà khoa học, đội ngũ cán bộ KH&CN."
    assert review.word_diff(old, new) == "Nhằm [bỏ: tiếp tục] biểu dương và tôn …"
    assert review.word_diff("Đăng 02 tin, bài.", "Đăng 03 tin, bài.") == (
        "Đăng [02 → 03] tin, bài."
    )


def _tables_example() -> Draft:
    return draftfile.load_path(Path(__file__).parent / "fixtures" / "bao-cao-v2-bang-phu-luc.json")


def test_every_kind_of_mark_is_listed_with_its_author_and_place(tmp_path: Path) -> None:
    from reviewfiles import NEW_PARAGRAPH, SECOND, full_review

    base = _tables_example()
    path = full_review(tmp_path, base)
    returned = import_docx(path).draft
    marks = read_marks(path)
    found = review.changes(base, returned, marks.revisions)
    listed = {(c.path, c.kind, tuple(c.authors)) for c in found}
    news = next(c for c in found if c.new and c.new[0].endswith("(kèm ảnh)"))
    assert (news.kind, news.authors) == ("replace", [LEADER])
    added = next(c for c in found if NEW_PARAGRAPH in c.new)
    assert (added.kind, added.authors) == ("insert", [SECOND])
    struck = next(c for c in found if c.old and c.old[0].startswith("Đăng khẩu hiệu"))
    assert (struck.kind, struck.authors) == ("delete", [LEADER])
    moved = [c for c in found if any(t.startswith("Trên trang Web của Sở") for t in c.old + c.new)]
    assert {c.kind for c in moved} == {"delete", "insert"} and all(c.authors for c in moved)
    untracked = next(c for c in found if c.old and c.old[0].startswith("Nhằm tiếp tục"))
    assert (untracked.path, untracked.authors) == ("sections[0].blocks[0]", [])
    cell = next(c for c in found if any("7.990" in t for t in c.new))
    assert cell.path.startswith("sections[1].blocks[") and cell.kind == "replace"
    assert ("recipients[2]", "replace", ()) in listed  # "Lãnh đạo Sở", the third
    notes = review.notes(returned, marks.comments)
    assert [(n.author, n.where) for n in notes] == [(LEADER, "Mục 1"), (SECOND, "Mục 2")]
    # accept all: exactly the returned text; reject all: exactly the original
    accepted = review.apply(base, returned, found, [])
    assert review.changes(accepted, returned) == []
    assert review.apply(base, returned, [], []) == base
    # no paragraph ever vanishes: every printed text of either side is in one of them
    for text in [*_all_texts(base), *_all_texts(returned)]:
        assert text in _all_texts(accepted) or any(text in c.old for c in found), text


def _all_texts(draft: Draft) -> list[str]:
    out: list[str] = []

    def walk(sections: list[Any]) -> None:
        for section in sections:
            out.extend(" ".join(b.text.split()) for b in section.blocks if isinstance(b, Block))
            walk(section.sections)

    walk(draft.sections)
    return out


def test_an_unchanged_round_trip_reports_no_change(tmp_path: Path) -> None:
    base = _tables_example()
    path = tmp_path / "khong-sua.docx"
    path.write_bytes(render_docx_bytes(base))
    assert review.changes(base, import_docx(path).draft) == []


def _cli(*args: str) -> Any:
    import subprocess
    import sys

    return subprocess.run(
        [sys.executable, "-m", "lanson_report", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def test_compare_and_update_on_the_command_line(tmp_path: Path) -> None:
    import json

    from reviewfiles import full_review

    from lanson_report.store import Store

    data = tmp_path / "data"
    base = _tables_example()
    store = Store.open(data)
    store.create(base)
    store.close()
    path = full_review(tmp_path, base)
    done = _cli("--data-dir", str(data), "compare", base.id[:8], str(path), "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["origin"] == "same"
    kinds = {(c["where"], c["kind"], c["author"]) for c in report["changes"]}
    assert ("recipients[2]", "change", "") in kinds
    assert ("sections[1].blocks[11]", "delete", LEADER) in kinds
    assert [(c["author"], c["where"]) for c in report["comments"]] == [
        (LEADER, "sections[0].blocks[1]"),
        ("Trần Văn Bình", "sections[1].blocks[3]"),
    ]
    done = _cli("--data-dir", str(data), "update", base.id[:8], str(path), "--accept-all")
    assert done.returncode == 0, done.stderr
    store = Store.open(data)
    try:
        updated = store.get(base.id).draft
        assert [r.name for r in updated.recipients][2] == "Ban Giám đốc Sở"
        assert len(store.history(base.id)) == 1
        assert store.status_events(base.id)[-1].reason.startswith("Cập nhật theo bản Word")
    finally:
        store.close()
    # the same file again: the report has moved past the version it came from
    again = _cli("--data-dir", str(data), "update", base.id[:8], str(path), "--accept-all")
    assert again.returncode == 1 and "đã sửa tiếp sau đó" in again.stderr


def test_a_foreign_file_is_flagged(tmp_path: Path, example_path: Path) -> None:
    import json

    from reviewfiles import full_review

    from lanson_report.store import Store

    data = tmp_path / "data"
    store = Store.open(data)
    mine = store.create(draftfile.load_path(example_path)).draft
    store.close()
    other = full_review(tmp_path, _tables_example())
    done = _cli("--data-dir", str(data), "compare", mine.id, str(other), "--json")
    assert json.loads(done.stdout)["origin"] == "other"
    refused = _cli("--data-dir", str(data), "update", mine.id, str(other), "--accept-all")
    assert refused.returncode == 1 and "báo cáo khác" in refused.stderr


def test_a_move_taken_half_way_takes_both_halves(tmp_path: Path) -> None:
    """Ticking only the deletion of a moved paragraph must not drop it, nor ticking only
    the insertion print it twice: the two halves go together."""
    from reviewfiles import full_review

    base = _tables_example()
    path = full_review(tmp_path, base)
    returned = import_docx(path).draft
    found = review.changes(base, returned, read_marks(path).revisions)
    halves = [c for c in found if c.move]
    assert len(halves) == 2 and halves[0].move == halves[1].move
    assert {c.summary.split(":")[0] for c in halves} == {"chuyển đi nơi khác", "chuyển đến đây"}
    moved = "Trên trang Web của Sở KH&CN"
    for half in halves:
        result = review.apply(base, returned, [half], [])
        count = sum(t.startswith(moved) for t in _all_texts(result))
        assert count == 1, half.kind


def test_the_same_comment_brought_in_twice_is_one_to_do(tmp_path: Path, base: Draft) -> None:
    path = reviewed(tmp_path, base)
    returned = import_docx(path).draft
    notes = review.notes(returned, read_marks(path).comments)
    once = review.apply(base, returned, [], notes)
    twice = review.apply(once, returned, [], notes)
    hints = [b for b in twice.sections[0].blocks if isinstance(b, Block) and b.kind == "hint"]
    assert len(hints) == 1
