"""`merge BASE.json REPLY.docx|REPLY.json … -o MERGED.json [--json]`: the units' replies
merged into the outline or draft they answer (domain/consolidate.py). Never imports Qt."""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from pathlib import Path

from ..domain.errors import DraftFormatError, ReportError
from ..domain.model import Draft
from ..files import draftfile
from ..files.fileio import describe_os_error
from .cliguard import safe

MERGE_HELP = (
    "tổng hợp báo cáo của các đơn vị: gộp từng bản gửi (.docx hoặc .json) vào đề cương hoặc "
    "bản nháp BASE theo số thứ tự và tên mục; bảng đánh dấu cộng (combine) được cộng theo "
    "hàng. Nội dung không khớp mục nào để ở mục “Chưa xếp được”; mỗi chỗ khác đơn vị tính, "
    "hàng lạ, tổng không khớp, bản gửi trùng, đơn vị chưa gửi được in ra stderr (hoặc --json)."
)


class MergeError(ReportError):
    """A file of the merge cannot be read or written; the message names it."""


KIT_HELP = (
    "gửi đề cương cho các đơn vị: mỗi đơn vị (--unit, lặp lại) một tệp Word và một tệp bản "
    "nháp theo đề cương hoặc bản nháp BASE, ghi tên đơn vị, hạn gửi lại (--deadline) và các "
    "gợi ý in nghiêng, vào thư mục DIR; không ghi đè tệp đã có."
)


def add_kit_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = commands.add_parser("kit", help=KIT_HELP.split(":")[0], description=KIT_HELP)
    command.add_argument("base", type=Path, metavar="BASE.json")
    command.add_argument("--unit", action="append", required=True, metavar="NAME")
    command.add_argument("-o", "--output", type=Path, required=True, metavar="DIR")
    command.add_argument(
        "--deadline",
        metavar="NGÀY",
        help="hạn gửi lại, ngày/tháng/năm (mặc định: 4 ngày trước ngày chốt số liệu của kỳ, "
        "hoặc 7 ngày nữa)",
    )
    command.set_defaults(handler=cmd_kit)


def cmd_kit(args: argparse.Namespace) -> int:
    from ..domain.dates import DateError, parse_date
    from ..domain.unitrecord import proposed_deadline
    from ..intake.kits import kit_files

    base = draftfile.load_path(args.base, lenient=True)
    try:
        typed = parse_date(args.deadline or "")
    except DateError as exc:
        raise MergeError(f"--deadline: {exc}") from None
    deadline = typed or proposed_deadline(base.period, datetime.date.today())
    units = list(dict.fromkeys(" ".join(unit.split()) for unit in args.unit if unit.strip()))
    try:
        args.output.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reason = describe_os_error(exc)
        raise MergeError(f"-o: không tạo được thư mục {args.output} ({reason})") from None
    files = kit_files(args.output, units)
    taken = [str(path) for pair in files.values() for path in pair if path.exists()]
    if taken:
        raise MergeError(f"-o: đã có {taken[0]}; chọn thư mục khác (không ghi đè tệp đã có)")
    try:
        write_kits(base, files, deadline)
    except OSError as exc:
        reason = describe_os_error(exc)
        raise MergeError(f"-o: không ghi được {args.output} ({reason})") from None
    for unit, (word, data) in files.items():
        print(safe(f"{unit}: {word.name}, {data.name}"))
    return 0


def write_kits(base: Draft, files: dict[str, tuple[Path, Path]], deadline: datetime.date) -> None:
    """Each unit's kit (intake/kits.py) written as its Word file and its draft file, for
    the kit command and Gửi đề cương alike; OSError goes to the caller, which has made
    sure none of the files exists."""
    from ..intake.kits import kit_for
    from ..word import render_docx

    for unit, (word, data) in files.items():
        kit = kit_for(base, unit, deadline)
        render_docx(kit.draft, word)
        draftfile.dump_path(kit.draft, data)


def add_merge_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = commands.add_parser("merge", help=MERGE_HELP.split(":")[0], description=MERGE_HELP)
    command.add_argument("base", type=Path, metavar="BASE.json")
    command.add_argument("replies", type=Path, nargs="+", metavar="REPLY.docx|REPLY.json")
    command.add_argument("-o", "--output", type=Path, required=True, metavar="MERGED.json")
    command.add_argument(
        "--unit",
        action="append",
        default=[],
        metavar="NAME",
        help="đơn vị phải gửi (lặp lại cho mỗi đơn vị); đơn vị chưa gửi được ghi chú",
    )
    command.add_argument(
        "--json",
        action="store_true",
        help='in JSON: {"replies": [{"file", "unit", "placed", "unplaced"}], '
        '"findings": [{"kind", "unit", "where", "message"}]}',
    )
    command.set_defaults(handler=cmd_merge)


def cmd_merge(args: argparse.Namespace) -> int:
    from ..domain.consolidate import merge
    from ..intake.replies import kits_of, read_reply

    if args.output.exists():
        raise MergeError(
            f"--output: tệp {args.output} đã có; chọn tên khác hoặc xóa tệp đó trước "
            "(không ghi đè bản nháp)"
        )
    base = draftfile.load_path(args.base, lenient=True)
    kits = kits_of(base.id, args.unit)  # replies to `kit`: their unit by the kit they carry
    replies = [read_reply(path, kits) for path in args.replies]
    merged = merge(base, replies, args.unit)
    try:
        draftfile.dump_path(merged.draft, args.output)
    except OSError as exc:
        reason = describe_os_error(exc)
        raise MergeError(f"--output: không ghi được tệp {args.output} ({reason})") from None
    except DraftFormatError as exc:  # a merge that a draft file cannot hold: a defect
        raise MergeError(f"không ghi được bản tổng hợp: {exc}") from None
    if args.json:
        print(safe(json.dumps(merged.as_json(), ensure_ascii=False, indent=2)))
    else:
        for placement in merged.replies:
            state = (
                "trùng, không gộp"
                if placement.duplicate
                else (f"{placement.placed} đoạn đã xếp, {placement.unplaced} chưa xếp được")
            )
            print(safe(f"{placement.file}: {placement.unit}: {state}"), file=sys.stderr)
        for finding in merged.findings:
            print(safe(f"{finding.kind}: {finding.message}"), file=sys.stderr)
        for guess in merged.guesses:
            print(
                safe(
                    f"cần xác nhận: {guess.unit}: mục “{guess.heading}” đã xếp vào "
                    f"“{guess.placed_under}”"
                ),
                file=sys.stderr,
            )
        print(safe(f"Đã ghi {args.output}"))
    return 0
