"""Command line: `python -m lanson_report [--data-dir DIR] COMMAND ...`. Never imports Qt."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .. import __version__
from ..domain.errors import ExportError, ReportError, StoreError
from ..files.fileio import describe_os_error
from .cliguard import check_output, confirm_replace, safe, written_here
from .clistore import open_store, resolve_id, restore_progress

if TYPE_CHECKING:
    from ..domain.model import Draft
    from ..store import Store, Summary

Command = Callable[[argparse.Namespace], int]

# argparse speaks English; the clerks and IT staff who run these commands read Vietnamese.
ARGPARSE_VI = {
    "usage: ": "cách dùng: ",
    "positional arguments": "tham số",
    "options": "tùy chọn",
    "show this help message and exit": "hiện trợ giúp này rồi thoát",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
    "the following arguments are required: %s": "thiếu tham số bắt buộc: %s",
    "unrecognized arguments: %s": "tham số không hiểu được: %s",
    "expected one argument": "cần một giá trị",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "lệnh hoặc giá trị %(value)r không có (chọn trong: %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "giá trị %(value)r không hợp lệ",
    "ambiguous option: %(option)s could match %(matches)s": (
        "tùy chọn %(option)s không rõ: có thể là %(matches)s"
    ),
}


def _vietnamese(message: str) -> str:
    return ARGPARSE_VI.get(message, message)


def cmd_export(args: argparse.Namespace) -> int:
    from ..files import draftfile
    from . import export

    fmt = export.format_for(args.output, args.format)
    # An unfinished draft prints, as the app's "Vẫn xuất" prints it: what it still lacks
    # (a signer, a recipient) is each said below, not a refusal at the first blank.
    draft = draftfile.load_path(args.draft, lenient=True)
    kind = export.FORMATS[fmt]
    check_output(args.output, (args.draft,), kind=kind)
    if args.output.exists() and not args.force and not written_here(args.output, kind):
        confirm_replace(args.output)  # e.g. the Word report just imported
    for problem in export.notes(draft):
        print(safe(f"{args.draft}: lưu ý: {problem.message}"), file=sys.stderr)
    for finding in export.text_errors(draft):
        print(safe(f"{args.draft}: lưu ý: {finding.where}: {finding.message}"), file=sys.stderr)
    if args.data_dir:  # that store's agency settings: a công văn's address footer
        store = open_store(args)
        try:
            draft.letter_footer = store.settings().footer
        finally:
            store.close()
    if args.numbered:  # a print for a leader's marks in ink: paragraphs numbered [1], [2]…
        from ..domain.reviewprint import numbered

        draft = numbered(draft)
    try:
        export.write(draft, args.output, fmt)
    except ExportError as exc:  # it names the place in the draft; the clerk needs the file too
        raise ExportError(f"{args.draft}: {exc}") from None
    return 0


IMPORT_RESULTS = {
    "new": "bản nháp mới",
    "updated": "phiên bản mới của bản nháp đã có (bản trước vào lịch sử)",
    "unchanged": "đã có, không thay đổi",
}


def cmd_import(args: argparse.Namespace) -> int:

    # All checked first; leniently, so an unfinished draft that `dump` wrote comes back.
    drafts = [(path, _load_for_import(path)) for path in args.files]
    store = open_store(args)
    results = store.import_drafts([(str(path), draft) for path, draft in drafts])
    for (path, draft), result in zip(drafts, results, strict=True):
        print(safe(f"{path}: {_import_result(result)} {draft.id}"))
    return 0


REFUSED = "refused: "  # the store's result for a draft it left alone, and why


def _import_result(result: str) -> str:
    if result.startswith(REFUSED):
        return f"không nhập ({result.removeprefix(REFUSED).strip().rstrip('.')}):"
    return IMPORT_RESULTS.get(result, result)


def _load_for_import(path: Path) -> Draft:
    """A draft file, or a report made in Word (its review goes to stderr)."""
    from ..files import draftfile

    if path.suffix.lower() not in (".docx", ".doc"):
        return draftfile.load_path(path, lenient=True)
    from ..wordimport import import_docx

    imported = import_docx(path)
    print(f"{path}: đọc từ Word:", file=sys.stderr)
    for line in imported.review.lines():
        print(line, file=sys.stderr)
    return imported.draft


def cmd_list(args: argparse.Namespace) -> int:
    summaries = open_store(args).list(year=args.year, search=args.search)
    if args.json:
        import json

        rows = [_summary_json(s) for s in summaries]
        # JSON escapes C0 controls itself; safe() writes bidi and C1 ones as JSON \u escapes.
        print(safe(json.dumps(rows, ensure_ascii=False, indent=2)))
        return 0
    from ..domain.model import STATUS_LABELS

    width = _unique_width([s.id for s in summaries])
    for s in summaries:
        number = f"{s.number or '…'}/{s.symbol}"
        when = s.modified.strftime("%d/%m/%Y %H:%M")
        status = STATUS_LABELS[s.status]
        line = f"{s.id[:width]}  {s.year}  {number:<16} {status:<12} {when}  {s.title}"
        print(safe(line.replace("\n", " ")))
    if not summaries:
        print("Không có bản nháp nào.", file=sys.stderr)
    return 0


def _unique_width(ids: list[str]) -> int:
    """How many first characters of the ids tell every listed draft apart (at least 8),
    so that an id copied from the list always works with dump, compare and update."""
    width = 8
    while width < 36 and len({draft_id[:width] for draft_id in ids}) < len(set(ids)):
        width += 1
    return width


def _summary_json(summary: Summary) -> dict[str, object]:
    from dataclasses import asdict

    row = asdict(summary)
    for key in ("created", "modified", "trashed"):
        row[key] = row[key].isoformat() if row[key] else None
    return row


def cmd_dump(args: argparse.Namespace) -> int:
    from ..files import draftfile

    store = open_store(args)
    check_output(args.output, data_folder=store.folder)
    draft = store.get(_resolve_id(store, args.id)).draft
    try:
        draftfile.dump_path(draft, args.output)
    except OSError as exc:
        reason = describe_os_error(exc)
        raise StoreError(f"Không ghi được tệp {args.output} ({reason}).") from None
    print(safe(f"Đã ghi {args.output}"))
    return 0


def _resolve_id(store: Store, prefix: str) -> str:
    return resolve_id(store, prefix)


def cmd_backup(args: argparse.Namespace) -> int:
    store = open_store(args)
    check_output(args.output, data_folder=store.folder)
    count = store.export_backup(args.output)
    print(f"Đã sao lưu {count} bản nháp (kèm lịch sử, thùng rác, thiết lập) vào {args.output}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    report = open_store(args).import_backup(args.backup, progress=restore_progress)
    if report.safety_copy:
        print(f"Dữ liệu trước khi khôi phục đã được sao lưu vào {report.safety_copy}")
    print(
        f"Đã khôi phục từ {args.backup}: thêm {report.added} bản nháp, gộp {report.merged}, "
        f"{report.unchanged} không đổi"
        + ("; đã lấy thiết lập cơ quan từ bản sao lưu." if report.settings_taken else ".")
    )
    for note in report.distrusted:
        print(safe(f"lưu ý: {note}"))
    return 0


IMPORT_HELP = (
    "nhập tệp bản nháp .json vào kho. Mọi tệp được kiểm tra trước: một tệp sai thì "
    'không nhập tệp nào. Tệp không có "id" được cấp mã mới; tệp có "id" của bản nháp '
    "đã có thì thành phiên bản mới của bản nháp đó (bản đang có vào lịch sử, ra khỏi "
    "thùng rác nếu ở đó); văn bản đã ban hành thì không bị ghi đè. Tệp .docx (báo cáo "
    "soạn bằng Word) được đọc thành bản nháp mới; những gì đọc được và chưa đọc được "
    "in ra stderr."
)
RESTORE_HELP = (
    "khôi phục từ tệp sao lưu, GỘP với dữ liệu đang có: bản nháp chưa có được thêm; bản "
    "nháp có ở cả hai nơi lấy bản sửa sau cùng, bản kia vào lịch sử; thiết lập chỉ lấy khi "
    "máy này chưa có. Dữ liệu hiện có được sao lưu vào backups/ trước. Tệp hỏng thì không "
    "thay đổi gì."
)


def _add_store_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    imp = commands.add_parser("import", help=IMPORT_HELP, description=IMPORT_HELP)
    imp.add_argument("files", type=Path, nargs="+", metavar="FILE.json|FILE.docx")
    imp.set_defaults(handler=cmd_import)
    lst = commands.add_parser("list", help="liệt kê bản nháp (năm mới nhất trước)")
    lst.add_argument("--year", type=int, metavar="Y", help="chỉ năm Y")
    lst.add_argument("--search", metavar="TEXT", help="tìm theo từ, không phân biệt dấu")
    lst.add_argument("--json", action="store_true", help="in mảng JSON (id, year, title, ...)")
    lst.set_defaults(handler=cmd_list)
    dump = commands.add_parser("dump", help="ghi một bản nháp ra tệp .json (mã hoặc đầu mã)")
    dump.add_argument("id", metavar="ID")
    dump.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.json")
    dump.set_defaults(handler=cmd_dump)
    backup = commands.add_parser(
        "backup", help="sao lưu mọi thứ (bản nháp, lịch sử, thùng rác, thiết lập) vào một tệp"
    )
    backup.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    backup.set_defaults(handler=cmd_backup)
    restore = commands.add_parser("restore", help=RESTORE_HELP, description=RESTORE_HELP)
    restore.add_argument("backup", type=Path, metavar="FILE")
    restore.set_defaults(handler=cmd_restore)


def build_parser() -> argparse.ArgumentParser:
    argparse._ = _vietnamese  # type: ignore[attr-defined]  # argparse looks `_` up at each call
    parser = argparse.ArgumentParser(
        prog="lanson_report",
        description="Soạn báo cáo theo Nghị định 30/2020/NĐ-CP. Không có lệnh: mở chương trình.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help="hiện số phiên bản rồi thoát",
    )
    parser.add_argument(
        "--data-dir", metavar="DIR", help="thư mục dữ liệu (mặc định: thư mục dữ liệu người dùng)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    export = commands.add_parser(
        "export", help="xuất tệp bản nháp ra PDF hoặc Word (.docx), theo đuôi tên tệp ra"
    )
    export.add_argument("draft", type=Path, metavar="DRAFT.json")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf|OUT.docx")
    export.add_argument(
        "--format",
        choices=("pdf", "docx"),
        help="định dạng tệp ra, bất kể đuôi tên tệp (mặc định: theo đuôi .pdf hoặc .docx)",
    )
    export.add_argument(
        "--force",
        action="store_true",
        help="ghi đè tệp ra đã có mà không hỏi (mặc định: hỏi khi tệp đó không do chương "
        "trình ghi ra, và không ghi đè khi không hỏi được)",
    )
    export.add_argument(
        "--numbered",
        action="store_true",
        help="bản in để góp ý: đánh số [1], [2]… trước mỗi đoạn, ý và bảng (không đổi bản nháp)",
    )
    export.set_defaults(handler=cmd_export)
    _add_store_commands(commands)
    _add_new_command(commands)
    _add_check_command(commands)
    _add_merge_command(commands)
    _add_review_commands(commands)
    return parser


def _add_review_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from .clireview import add_review_commands

    add_review_commands(commands)


def _add_merge_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from .climerge import add_kit_command, add_merge_command

    add_merge_command(commands)
    add_kit_command(commands)


def _add_check_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from .clicheck import add_check_command

    add_check_command(commands)


def _add_new_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from .clinew import add_new_command

    add_new_command(commands)


def run(argv: Sequence[str] | None = None) -> int:
    """Run one command; errors become a one-line message on stderr and a non-zero exit."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Command | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_usage(sys.stderr)
        return 2
    try:
        return handler(args)
    except ReportError as exc:
        print(safe(f"lỗi: {exc}").replace("\n", " "), file=sys.stderr)
        return 1
    except BrokenPipeError:  # `list | head`: the reader has what it wanted; nothing is wrong
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:  # a file error no command foresaw: still in Vietnamese, one line
        where = f" ({exc.filename})" if exc.filename else ""
        print(safe(f"lỗi: {describe_os_error(exc)}{where}."), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
