"""`check DRAFT.json [--json]`: the spelling and Decree 30 findings of a draft file.
Exits 1 when one of them is an error. Never imports Qt."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..domain.checks import missing
from ..domain.textcheck import SEVERITY_LABELS, Finding, check_draft, errors, fields
from ..domain.textcheck.findings import beside, from_problem, quoted
from ..files import draftfile
from .cliguard import safe
from .clistore import open_store

CHECK_HELP = (
    "kiểm tra chính tả tiếng Việt và các quy định trình bày của Nghị định 30 trong tệp "
    "bản nháp; in từng chỗ cần xem (lỗi, cảnh báo, gợi ý) kèm vị trí và cách sửa, sau "
    "những mục còn thiếu (cảnh báo, quy tắc missing). "
    "Mã thoát 1 khi có lỗi. Có --data-dir thì dùng từ điển riêng và các quy tắc đã tắt "
    "trong cài đặt của thư mục dữ liệu đó."
)


def add_check_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    check = commands.add_parser("check", help=CHECK_HELP.split(";")[0], description=CHECK_HELP)
    check.add_argument("draft", type=Path, metavar="DRAFT.json")
    check.add_argument(
        "--json",
        action="store_true",
        help='in JSON: {"findings": [{"where", "start", "end", "rule", "severity", '
        '"message", "suggestions"}]}',
    )
    check.set_defaults(handler=cmd_check)


def cmd_check(args: argparse.Namespace) -> int:
    draft = draftfile.load_path(args.draft, lenient=True)
    ignored: frozenset[str] = frozenset()
    disabled: frozenset[str] = frozenset()
    if args.data_dir:  # asked for: the words and rules of that store's settings
        store = open_store(args)
        try:
            settings = store.settings()
        finally:
            store.close()
        ignored, disabled = frozenset(settings.dictionary), frozenset(settings.checks_off)
    problems = missing(draft)
    found = [from_problem(p) for p in problems]  # what "Còn thiếu" lists, first
    found += beside(check_draft(draft, ignored=ignored, disabled=disabled), problems)
    if args.json:
        rows = {"findings": [f.as_dict() for f in found]}
        print(safe(json.dumps(rows, ensure_ascii=False, indent=2)))
    else:
        texts = {where: text for where, text, _ in fields(draft)}
        for finding in found:
            print(safe(_line(args.draft, finding, texts.get(finding.where, ""))))
        if not found:
            print(f"{args.draft}: không thấy lỗi chính tả hay trình bày nào.", file=sys.stderr)
    return 1 if errors(found) else 0


def _line(path: Path, finding: Finding, text: str) -> str:
    where = f"{finding.where} [{finding.start}:{finding.end}]"
    fixes = ", ".join(f"“{s}”" for s in finding.suggestions if s.strip())
    line = f"{path}: {where}: {SEVERITY_LABELS[finding.severity]}: {quoted(finding, text)}"
    if fixes:
        line += f" (sửa thành {fixes})"
    return line.replace("\n", " ")
