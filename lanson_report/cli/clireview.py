"""`compare DRAFT EDITED.docx [--json]` and `update DRAFT EDITED.docx --accept-all
[--label TEXT]`: a leader's edited Word file against the stored report it came from
(domain/review.py). DRAFT is a stored draft's id or its prefix. Never imports Qt."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import ReportError
from .cliguard import safe
from .clistore import open_store, resolve_id

if TYPE_CHECKING:  # the store (TinyDB) and the review load only when a command runs
    from ..domain import review
    from ..domain.model import Draft
    from ..store import Store

COMPARE_HELP = (
    "so bản Word lãnh đạo đã sửa với báo cáo đã lưu: liệt kê từng chỗ sửa (có theo dõi "
    "thay đổi hay không) theo mục, kèm người sửa, và các góp ý"
)
UPDATE_HELP = (
    "nhận mọi chỗ sửa của bản Word đã sửa vào báo cáo đã lưu thành một phiên bản mới "
    "(bản trước vẫn trong lịch sử); góp ý thành việc cần làm trong mục"
)
ORIGINS = {
    "same": "tệp xuất từ đúng phiên bản này",
    "older": "tệp xuất từ bản trước; báo cáo đã sửa tiếp sau đó",
    "unknown": "tệp không mang dấu của báo cáo nào",
    "other": "tệp xuất từ một báo cáo khác",
}


class ReviewError(ReportError):
    """A returned file that cannot be brought into this report; the message says why."""


def add_review_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    compare = commands.add_parser("compare", help=COMPARE_HELP, description=COMPARE_HELP)
    compare.add_argument("draft", metavar="DRAFT")
    compare.add_argument("edited", type=Path, metavar="EDITED.docx")
    compare.add_argument(
        "--json",
        action="store_true",
        help='in JSON: {"origin", "changes": [{"where", "kind", "author", "old", "new"}], '
        '"comments": [{"where", "author", "text"}]}',
    )
    compare.set_defaults(handler=cmd_compare)
    update = commands.add_parser("update", help=UPDATE_HELP, description=UPDATE_HELP)
    update.add_argument("draft", metavar="DRAFT")
    update.add_argument("edited", type=Path, metavar="EDITED.docx")
    update.add_argument("--accept-all", action="store_true", required=True, help="nhận mọi chỗ sửa")
    update.add_argument("--label", metavar="TEXT", help="ghi vào lịch sử (mặc định: người sửa)")
    update.set_defaults(handler=cmd_update)


def _compared(
    store: Store, prefix: str, edited: Path
) -> tuple[str, str, Draft, list[review.Change], list[review.Note], list[str]]:
    from ..domain import review
    from ..wordimport import import_docx
    from ..wordimport.origin import read_origin, relation
    from ..wordimport.revisions import read_marks

    draft_id = resolve_id(store, prefix)
    draft = store.get(draft_id).draft
    state = relation(read_origin(edited), draft)
    returned = import_docx(edited).draft
    marks = read_marks(edited)
    found = review.changes(draft, returned, marks.revisions)
    notes = review.notes(returned, marks.comments)
    return draft_id, state, returned, found, notes, marks.authors


def cmd_compare(args: argparse.Namespace) -> int:
    from ..domain import review

    store = open_store(args)
    try:
        _id, state, _returned, found, notes, _authors = _compared(store, args.draft, args.edited)
    finally:
        store.close()
    if args.json:
        data = {
            "origin": state,
            "changes": [change.as_json() for change in found],
            "comments": [
                {"where": note.path, "author": note.author, "text": note.text} for note in notes
            ],
        }
        print(safe(json.dumps(data, ensure_ascii=False, indent=2)))
        return 0
    print(safe(f"{args.edited}: {ORIGINS[state]}."), file=sys.stderr)
    print(safe(review.headline(found, notes)))
    for change in found:
        who = ", ".join(change.authors) or "không đánh dấu"
        print(safe(f"{change.where} ({change.path}), {who}: {change.summary}"))
    for note in notes:
        print(safe(f"{note.where}, góp ý của {note.author}: {note.text}"))
    return 0


def cmd_update(args: argparse.Namespace) -> int:
    from ..domain import review

    store = open_store(args)
    try:
        draft_id, state, returned, found, notes, authors = _compared(store, args.draft, args.edited)
        if state == "other":
            raise ReviewError(
                f"{args.edited}: {ORIGINS[state]}; không cập nhật (chọn đúng báo cáo)."
            )
        if state == "older":  # accepting all would undo what was written since the export
            raise ReviewError(
                f"{args.edited}: {ORIGINS[state]}; nhận tất cả sẽ xóa những chỗ đã sửa sau "
                "khi xuất. Không cập nhật: hãy dùng compare, hoặc chọn từng chỗ trong chương "
                "trình (Báo cáo › Cập nhật từ bản Word đã sửa)."
            )
        draft = store.get(draft_id).draft
        if not found and not notes:
            print(safe(f"{args.edited}: giống hệt báo cáo; không có gì để cập nhật."))
            return 0
        updated = review.apply(draft, returned, found, notes)
        store.save(updated)
        label = args.label or (
            f"Cập nhật theo bản Word đã sửa của {', '.join(authors) or 'lãnh đạo'}: nhận "
            f"{len(found)} chỗ sửa, giữ {len(notes)} góp ý ({args.edited.name})"
        )
        store.log_review(draft_id, label)
    finally:
        store.close()
    if state != "same":
        print(safe(f"{args.edited}: {ORIGINS[state]}."), file=sys.stderr)
    print(safe(label))
    return 0
