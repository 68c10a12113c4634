"""`new`: write a new draft file of a report kind and period, from an outline. Never imports Qt."""

from __future__ import annotations

import argparse
import datetime
import sys
from collections.abc import Callable
from pathlib import Path

from ..domain import doctypes, periods
from ..domain.errors import DraftFormatError, ReportError
from ..domain.model import Draft, Period, Settings
from ..domain.periods import PeriodError, ReportKind
from ..files import draftfile
from ..files.fileio import describe_os_error

NEW_HELP = (
    "tạo tệp bản nháp mới theo loại văn bản (--type) hoặc loại báo cáo và kỳ báo cáo, từ "
    "đề cương có sẵn của loại đó "
    "(hoặc từ --outline); cơ quan, địa danh, người ký lấy từ cài đặt của máy khi có. "
    "Kỳ: 2024 (năm, 6 tháng, 9 tháng), 2024-06 (tháng), 2024-Q2 (quý); không ghi kỳ thì "
    "lấy kỳ hiện tại. Không ghi loại thì suy từ kỳ, không có kỳ thì là báo cáo đột xuất. "
    "Với --from, bản nháp mới là bản sao của báo cáo kỳ trước cho kỳ sau (hoặc kỳ --period); "
    "cột cùng kỳ lấy từ báo cáo cùng kỳ năm trước."
)
TYPE_HELP = (
    "loại văn bản, theo ký hiệu: "
    + ", ".join(f"{item.code} ({item.label.lower()})" for item in doctypes.TYPES)
    + "; mặc định BC; không phân biệt chữ hoa, chữ thường (QD là QĐ). Kỳ báo cáo, "
    "--kind và --from chỉ dùng cho báo cáo"
)


class UsageError(ReportError):
    """An option of the command line does not fit; the message names it."""


def add_new_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    new = commands.add_parser("new", help=NEW_HELP.split(";")[0], description=NEW_HELP)
    new.add_argument("--type", dest="doc_type", type=doc_type, metavar="LOẠI", help=TYPE_HELP)
    new.add_argument("--kind", choices=list(periods.CLI_KINDS), help="loại báo cáo")
    new.add_argument("--period", metavar="KỲ", help="2024, 2024-06 hoặc 2024-Q2")
    new.add_argument("--outline", type=Path, metavar="FILE", help="tệp đề cương (.json)")
    new.add_argument(
        "--from",
        dest="source",
        type=Path,
        metavar="LAST.json",
        help="sao từ báo cáo kỳ trước (tệp bản nháp .json) sang kỳ sau",
    )
    new.add_argument("-o", "--output", type=Path, required=True, metavar="DRAFT.json")
    new.set_defaults(handler=cmd_new)


def doc_type(text: str) -> doctypes.DocType:
    """`--type`: a type's code in any case (`ttr`, `QD` for QĐ)."""
    found = doctypes.from_code_text(text)
    if found is None:
        codes = ", ".join(doctypes.CODES)
        raise argparse.ArgumentTypeError(f"không có loại văn bản {text!r} (chọn trong: {codes})")
    return found


def choose(
    kind_option: str | None, period_option: str | None, today: datetime.date
) -> tuple[ReportKind, Period | None]:
    """The report kind and period the options ask for; UsageError names the option."""
    kind = periods.CLI_KINDS[kind_option] if kind_option else None
    if period_option is None:
        if kind is None:
            return "adhoc", None
        return kind, periods.current(kind, today) if periods.is_periodic(kind) else None  # type: ignore[arg-type]
    if kind is not None and not periods.is_periodic(kind):
        raise UsageError(
            f"--period: {periods.KIND_LABELS[kind].lower()} không có kỳ; bỏ --period "
            "hoặc chọn --kind month, quarter, half, nine-months, year"
        )
    try:
        period = periods.parse(period_option, kind)  # type: ignore[arg-type]
    except PeriodError as exc:
        raise UsageError(f"--period: {exc}") from None
    return period.kind, period


def cmd_new(args: argparse.Namespace) -> int:
    if args.output.exists():
        raise UsageError(
            f"--output: tệp {args.output} đã có; chọn tên khác hoặc xóa tệp đó trước "
            "(không ghi đè bản nháp)"
        )
    kind_of_text = args.doc_type or doctypes.doc_type(doctypes.DEFAULT)
    kind: ReportKind = "adhoc"
    period: Period | None = None
    if kind_of_text.code != doctypes.DEFAULT:
        draft = _typed(args, kind_of_text)
    elif args.source is not None:
        draft = _next_period(args)
        kind = draft.period.kind if draft.period else "adhoc"
        period = draft.period
    else:
        kind, period = choose(args.kind, args.period, datetime.date.today())
        from ..intake import newdraft, outlines  # only `new` needs them, not every command

        outline = outlines.load(args.outline or outlines.builtin_for(kind))
        draft = newdraft.start_draft(outline, _settings(args), period)
        _refuse_unimportable(draft, args.outline)
    try:
        draftfile.dump_path(draft, args.output)
    except OSError as exc:
        reason = describe_os_error(exc)
        raise UsageError(f"--output: không ghi được tệp {args.output} ({reason})") from None
    cover = f" ({periods.range_text(period)})" if period else ""
    named = (
        kind_of_text.label if kind_of_text.code != doctypes.DEFAULT else periods.KIND_LABELS[kind]
    )
    print(f"Đã ghi {args.output}: {draft.title or named}{cover}")
    return 0


def _typed(args: argparse.Namespace, kind: doctypes.DocType) -> Draft:
    """`new --type KH`: a document of the type from its built-in outline (or --outline)."""
    for option, value in (
        ("--kind", args.kind),
        ("--period", args.period),
        ("--from", args.source),
    ):
        if value is not None:
            raise UsageError(
                f"{option}: chỉ dùng cho báo cáo; {kind.label.lower()} không có kỳ báo cáo"
            )
    from ..intake import outlines, typed

    outline = outlines.load(args.outline) if args.outline else None
    draft = typed.start_typed(kind.code, _settings(args), outline=outline)  # as the app does
    _refuse_unimportable(draft, args.outline)
    return draft


def _next_period(args: argparse.Namespace) -> Draft:
    """`new --from LAST.json`: LAST copied to the next period (or --period), with last
    year's figures of the same period in its "cùng kỳ" columns."""
    if args.outline is not None:
        raise UsageError("--outline: không dùng cùng --from (bản nháp mới sao từ --from)")
    old = draftfile.load_path(args.source)
    if old.period is None:
        raise UsageError(f"--from: {args.source} không ghi kỳ báo cáo; hãy dùng --kind, --period")
    period = periods.following(old.period)
    if args.period is not None:
        _, chosen = choose(args.kind, args.period, datetime.date.today())
        period = chosen or period
    from ..intake import newdraft

    draft = newdraft.next_copy(old, period)
    stored = _stored_drafts(args)
    there = stored(period)
    if there is not None:  # a second draft of one period is a slip more often than not
        print(
            f"lưu ý: máy này đã có báo cáo {periods.phrase(period)} (“{there.title}”); "
            "bản nháp mới là bản thứ hai của kỳ này",
            file=sys.stderr,
        )
    carried = newdraft.carry_figures(draft, old, stored)
    for line in carried.lines():
        print(f"lưu ý: {line}", file=sys.stderr)
    if carried.filled:
        marked = f", {carried.estimates} số ước tính cần số chính thức" if carried.estimates else ""
        print(f"Đã lấy {carried.filled} số cùng kỳ năm trước{marked}.")
    return draft


def _stored_drafts(args: argparse.Namespace) -> Callable[[Period], Draft | None]:
    """Drafts of this PC's store, when it has one (never created just to look)."""
    from ..files.paths import data_dir

    if not data_dir(args.data_dir).is_dir():
        return lambda _period: None

    def find(period: Period) -> Draft | None:
        from .clistore import open_store

        store = open_store(args)
        try:
            from ..intake.newdraft import in_store

            return in_store(store)(period)
        finally:
            store.close()

    return find


def _refuse_unimportable(draft: Draft, outline: Path | None) -> None:
    """Check the new draft as `import` will: filling in the period lengthens the outline's
    headings and hints, which may pass a limit the outline itself kept."""
    try:
        draftfile.loads(draftfile.dumps(draft), lenient=True)
    except DraftFormatError as exc:
        source = f"đề cương {outline}" if outline else "đề cương có sẵn"
        raise UsageError(
            f"--outline: bản nháp làm từ {source} sẽ không nhập được vào kho ({exc}); "
            "hãy rút gọn phần đó trong đề cương"
        ) from None


def _settings(args: argparse.Namespace) -> Settings:
    """The agency's settings when this PC has a store with settings; none otherwise."""
    from ..files.paths import data_dir

    if not data_dir(args.data_dir).is_dir():
        print(NO_SETTINGS, file=sys.stderr)
        return Settings()  # never create a data folder just to read it
    from .clistore import open_store

    store = open_store(args)
    try:
        if not store.has_settings():
            print(NO_SETTINGS, file=sys.stderr)
            return Settings()
        return store.settings()
    finally:
        store.close()


NO_SETTINGS = (
    "lưu ý: máy này chưa có cài đặt cơ quan; bản nháp để trống tên cơ quan, địa danh, "
    'chức vụ người ký ("signature.lines") và họ tên người ký ("signature.name"): hãy điền '
    "trong chương trình (bước Người ký) hoặc trong tệp; `export` vẫn xuất được và nhắc những "
    "mục còn thiếu"
)
