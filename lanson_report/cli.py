"""Command line: `python -m lanson_report [--data-dir DIR] COMMAND ...`. Never imports Qt."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import __version__
from .errors import ReportError

Command = Callable[[argparse.Namespace], int]


def cmd_export(args: argparse.Namespace) -> int:
    from . import checks, draftfile
    from .pdf import render_pdf

    draft = draftfile.load_path(args.draft)
    for problem in checks.missing(draft):
        print(f"{args.draft}: lưu ý: {problem.message}", file=sys.stderr)
    render_pdf(draft, args.output)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lanson_report",
        description="Soạn báo cáo theo Nghị định 30/2020/NĐ-CP. Không có lệnh: mở chương trình.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir", metavar="DIR", help="thư mục dữ liệu (mặc định: thư mục dữ liệu người dùng)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    export = commands.add_parser("export", help="xuất tệp bản nháp ra PDF")
    export.add_argument("draft", type=Path, metavar="DRAFT.json")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf")
    export.set_defaults(handler=cmd_export)
    return parser


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
        print(f"lỗi: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
