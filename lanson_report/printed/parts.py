"""What prints, as plain data: an ordered list of parts, each with a role and styled lines.

Outputs (pdf/, docx/, the on-screen text) read these and decide only how to draw
them. To add a kind of content (format v2 tables, appendices), add a role here,
its fields on Part (or a new field such as `rows`), a builder in build.py, and one
entry in each output's table of part renderers; an output that meets a role it
does not know raises instead of dropping the content.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

from ..domain.model import Orientation, Run
from .line import Line
from .styles import BODY, STANDARD, Metrics, Style, style_table

if TYPE_CHECKING:
    from .tables import PrintedTable

Role = Literal[
    "header",  # two columns: governing and issuing bodies | national title and motto
    "number_date",  # two columns on one line: `Số: …` | `Lạng Sơn, ngày …`
    "title",  # the type name (`BÁO CÁO`) and the abstract with its rule; none for a công văn
    "addressees",  # `Kính gửi: X.`, or `Kính gửi:` alone over a `- X;` list
    "authority",  # a decision's `GIÁM ĐỐC SỞ …` (Mẫu 1.2)
    "basis",  # a decision's căn cứ, one line each, and `Theo đề nghị của …`
    "enacting",  # `QUYẾT ĐỊNH:`
    "invitation",  # a line of a Giấy mời (Mẫu 1.7): invitees, event, chair, time, place
    "opening",  # the basis paragraph
    "part",  # above I.: `Phần I` (level 0), or its title in capitals under it
    "heading",  # a numbered heading, `level` 1–3 of the report's outline
    "paragraph",
    "item",  # `- ` or `+ ` paragraph
    "closing",  # the last sentence of the body (`Trên đây là …./.`)
    "ending",  # two columns: Nơi nhận (role "recipients") | the signer (role "signature")
    "table",  # a ruled table (`table`), in the body or in an appendix
    "appendix",  # opens a Phụ lục on a new page: label, title, Kèm theo line; `orientation`
]
ColumnRole = Literal["bodies", "nation", "number", "date", "recipients", "signature"]
TWO_COLUMN_ROLES: tuple[Role, ...] = ("header", "number_date", "ending")
# Roles drawn as one paragraph of their line's style, in every output.
PARAGRAPH_ROLES: tuple[Role, ...] = (
    *("authority", "basis", "enacting", "invitation", "opening", "part", "heading"),
    *("paragraph", "item", "closing"),
)
BODY_ROLES: tuple[Role, ...] = (*PARAGRAPH_ROLES, "table")


@dataclass(frozen=True)
class Column:
    role: ColumnRole
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class Part:
    role: Role
    lines: tuple[Line, ...] = ()  # one-column parts
    left: Column | None = None  # two-column parts
    right: Column | None = None
    label: str = ""  # addressees: `Kính gửi: ` before the one addressee, or alone over several
    level: int = 0  # headings: 1–3 in the report's own outline
    source: str = ""  # where in the draft file it comes from, e.g. `sections[1].blocks[0]`
    table: PrintedTable | None = None  # the table of a "table" part
    orientation: Orientation = "portrait"  # of an appendix's pages, on its "appendix" part

    @property
    def columns(self) -> tuple[Column, Column]:
        if self.left is None or self.right is None:
            raise ValueError(f"a {self.role} part has no columns")
        return self.left, self.right

    def texts(self) -> list[str]:
        """The part as lines of plain text: the label joined to the first line; left column
        before right."""
        if self.role in TWO_COLUMN_ROLES:
            return [line.text for column in self.columns for line in column.lines]
        if self.table is not None:
            return self.table.texts()
        texts = [line.text for line in self.lines]
        if self.label_alone:
            return [self.label.strip(), *texts]
        if self.label and texts:
            texts[0] = self.label + texts[0]
        return texts

    @property
    def label_alone(self) -> bool:
        """`Kính gửi:` on a line of its own: there are several addressees (PL I II.9)."""
        return bool(self.label) and len(self.lines) > 1


def line(style: Style, text: str, rule: float = 0.0) -> Line:
    return Line(style.name, (Run(text),), rule)


def with_layout(parts: list[Part], body: Metrics) -> list[Part]:
    """The parts with every line styled under the draft's layout."""
    if body == STANDARD:
        return parts
    return [_part_with(part, body) for part in parts]


def _part_with(part: Part, body: Metrics) -> Part:
    def lines(found: tuple[Line, ...]) -> tuple[Line, ...]:
        return tuple(replace(line, body=body) for line in found)

    left = part.left and Column(part.left.role, lines(part.left.lines))
    right = part.right and Column(part.right.role, lines(part.right.lines))
    return replace(part, lines=lines(part.lines), left=left, right=right)


def body_style(report: list[Part]) -> Style:
    """The body paragraph's style under the report's layout (every line carries it)."""
    body = next((line.body for part in report for line in part.lines), STANDARD)
    return style_table(body)[BODY.name]


def split_appendices(report: list[Part]) -> tuple[list[Part], list[list[Part]]]:
    """The report up to its ending, and each appendix: its "appendix" part, then its blocks."""
    main: list[Part] = []
    appendices: list[list[Part]] = []
    for part in report:
        if part.role == "appendix":
            appendices.append([part])
        elif appendices:
            appendices[-1].append(part)
        else:
            main.append(part)
    return main, appendices
