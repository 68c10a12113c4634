"""The named styles of the printed report: one table of Decree 30 values.

Callers ask for "Đề mục cấp 1", never for a (font, size) pair. The names are the
ones a clerk sees in Word's style list, so a paragraph pasted into another report
keeps its look. Heading levels are named after the decree's full outline
(I. / 1. / a)): a `1.` heading is "Đề mục cấp 2" whichever outline the report uses,
so it lands at the right level when pasted into a report numbered with I., II.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from typing import Literal

from ..domain.model import Layout
from .layout import CM, SPACE_AFTER_APPENDIX_HEADING

Align = Literal["left", "center", "right", "justify"]
FONT_FAMILY = "Times New Roman"  # printed as Liberation Serif, its metric twin, in the PDF
BODY_SIZE = 14  # 13–14, one size for the body, its headings and Kính gửi
LINE_SPACING = 1.2  # body lines, in multiples of the size: single (≈1.15) to 1.5
SINGLE_LINE = 1.15  # Word's "single" line of Times New Roman, in multiples of the size
PARAGRAPH_SPACE = 6.0  # pt after each body paragraph, at least 6
FIRST_LINE_INDENT = 1.27 * CM  # 1 cm or 1.27 cm
HEADING_SPACING = 1.2  # centred lines set as paragraphs: an appendix's heading, a part's
FORM_INDENT = 1.0 * CM  # the căn cứ of Mẫu 1.2 and the lines of Mẫu 1.7


@dataclass(frozen=True)
class Style:
    name: str
    size: float
    bold: bool = False
    italic: bool = False
    align: Align = "center"
    first_indent: float = 0.0  # pt
    space_after: float = 0.0  # pt
    line_spacing: float = 0.0  # × size; 0: the single spacing of the font (header, footer)
    keep_with_next: bool = False
    hanging_mark: str = ""  # lines after the first align after this mark (`- `)
    min_size: float = 0.0  # the smallest size the decree allows, for a line that must fit
    body_size: bool = False  # its size is the body size the clerk chose (13 or 14)
    body_spacing: bool = False  # its line and paragraph spacing are the body's

    @property
    def leading(self) -> float:
        return self.size * self.line_spacing


def _body(
    name: str,
    bold: bool = False,
    keep_with_next: bool = False,
    italic: bool = False,
    first_indent: float = FIRST_LINE_INDENT,
) -> Style:
    return Style(
        name,
        BODY_SIZE,
        bold=bold,
        italic=italic,
        align="justify",
        first_indent=first_indent,
        space_after=PARAGRAPH_SPACE,
        line_spacing=LINE_SPACING,
        keep_with_next=keep_with_next,
        body_size=True,
        body_spacing=True,
    )


PARENT = Style("Cơ quan chủ quản", 12)  # 12–13, UPPER
AGENCY = Style("Cơ quan ban hành", 12, bold=True)  # 12–13, UPPER
NUMBER = Style("Số, ký hiệu", 13)  # 13
NATION = Style("Quốc hiệu", 12, bold=True)  # 12–13, UPPER
MOTTO = Style("Tiêu ngữ", 13, bold=True)  # 13–14
DATE = Style("Địa danh, ngày tháng", 14, italic=True, min_size=13)  # 13–14
DOC_TYPE = Style("Tên loại văn bản", 14, bold=True)  # 13–14, UPPER
ABSTRACT = Style("Trích yếu", 14, bold=True)  # 13–14
ADDRESSEES = Style("Kính gửi", BODY_SIZE, align="left", body_size=True)
BODY = _body("Nội dung")
ITEM = _body("Gạch đầu dòng")  # `- ` and `+ `: ordinary indented paragraphs with their mark
HEADING_1 = _body("Đề mục cấp 1", bold=True, keep_with_next=True)  # I. UPPER
HEADING_2 = _body("Đề mục cấp 2", bold=True, keep_with_next=True)  # 1.
HEADING_3 = _body("Đề mục cấp 3", keep_with_next=True)  # a), regular
# Mẫu 1.5, công văn: the trích yếu under `Số:` in the left header column, 12–13 pt, upright
LETTER_ABSTRACT = Style("Trích yếu công văn", 12)
# Mẫu 1.2, quyết định: who decides, the căn cứ lines, `QUYẾT ĐỊNH:`, the articles. Space
# comes after lines only: Word and LibreOffice take the larger of one paragraph's space
# after and the next one's space before, where the PDF after the title adds them.
AUTHORITY = Style(
    "Thẩm quyền ban hành",
    14,
    bold=True,
    space_after=6,
    line_spacing=HEADING_SPACING,
)
BASIS_LINE = _body("Căn cứ ban hành", italic=True, first_indent=FORM_INDENT)
ENACTING = Style(
    "Quyết định",
    14,
    bold=True,
    space_after=6,
    line_spacing=HEADING_SPACING,
    keep_with_next=True,
)
ARTICLE = _body("Điều", bold=True, keep_with_next=True)  # `Điều 1. Title`, all bold
CLAUSE = _body("Khoản", keep_with_next=True)  # `1. Title`, regular
# Mẫu 1.7, giấy mời: the invitation's lines, labels regular
INVITATION = _body("Nội dung mời", first_indent=FORM_INDENT)
# A part above I. (PL I II.6): `Phần I` and its title in capitals, centred, bold
PART_LABEL = Style("Phần", 14, bold=True, line_spacing=HEADING_SPACING, keep_with_next=True)
PART_TITLE = Style(
    "Tên phần", 14, bold=True, space_after=6, line_spacing=HEADING_SPACING, keep_with_next=True
)
RECIPIENTS_LABEL = Style("Nơi nhận", 12, bold=True, italic=True, align="left")
RECIPIENTS = Style("Danh sách nơi nhận", 11, align="left", hanging_mark="- ")
SIGNER = Style("Chức vụ người ký", 14, bold=True)  # 13–14, UPPER
SIGNER_NAME = Style("Họ tên người ký", 14, bold=True)  # 13–14
PAGE_NUMBER = Style("Số trang", 13)  # 13–14
TABLE_SPACING = 1.15  # tables and their captions are set tighter than the body
TABLE_CAPTION = Style(
    "Tên bảng", BODY_SIZE, bold=True, space_after=2, line_spacing=TABLE_SPACING
)  # the PDF and Word keep it with the table's first rows
TABLE_UNIT = Style("Đơn vị tính", 13, italic=True, align="right", line_spacing=TABLE_SPACING)
TABLE_CELL = Style("Nội dung bảng", 13, align="left", line_spacing=TABLE_SPACING)  # per table
TABLE_NOTE = Style(
    "Ghi chú bảng", 12, italic=True, align="left", space_after=6.0, line_spacing=TABLE_SPACING
)
APPENDIX_LABEL = Style("Phụ lục", 14, bold=True, line_spacing=HEADING_SPACING)
APPENDIX_TITLE = Style("Tên phụ lục", 14, bold=True, line_spacing=HEADING_SPACING)
APPENDIX_ATTACHED = Style(
    "Kèm theo", 14, italic=True, space_after=SPACE_AFTER_APPENDIX_HEADING, line_spacing=1.2
)

STYLES: dict[str, Style] = {
    style.name: style
    for style in (
        PARENT,
        AGENCY,
        NUMBER,
        NATION,
        MOTTO,
        DATE,
        DOC_TYPE,
        ABSTRACT,
        ADDRESSEES,
        BODY,
        ITEM,
        HEADING_1,
        HEADING_2,
        HEADING_3,
        RECIPIENTS_LABEL,
        RECIPIENTS,
        SIGNER,
        SIGNER_NAME,
        PAGE_NUMBER,
        TABLE_CAPTION,
        TABLE_UNIT,
        TABLE_CELL,
        TABLE_NOTE,
        APPENDIX_LABEL,
        APPENDIX_TITLE,
        APPENDIX_ATTACHED,
        LETTER_ABSTRACT,
        AUTHORITY,
        BASIS_LINE,
        ENACTING,
        ARTICLE,
        CLAUSE,
        INVITATION,
        PART_LABEL,
        PART_TITLE,
    )
}


@dataclass(frozen=True)
class Metrics:
    """The body's size and spacing a layout resolves to; hashable, so style tables are cached."""

    size: float = BODY_SIZE
    line_spacing: float = LINE_SPACING  # × size
    paragraph_space: float = PARAGRAPH_SPACE  # pt


STANDARD = Metrics()


def metrics(layout: Layout | None) -> Metrics:
    """A clerk's Layout (`line_spacing` in lines: 1.0 single … 1.5) as body metrics."""
    if layout is None or layout.is_default:
        return STANDARD
    spacing = LINE_SPACING if layout.line_spacing is None else layout.line_spacing * SINGLE_LINE
    return Metrics(
        BODY_SIZE if layout.body_size is None else layout.body_size,
        round(spacing, 4),
        PARAGRAPH_SPACE if layout.paragraph_spacing is None else layout.paragraph_spacing,
    )


def styled(style: Style, body: Metrics) -> Style:
    """One style under a layout: only the sizes and spacings that follow the body change."""
    if body == STANDARD or not (style.body_size or style.body_spacing):
        return style
    size = body.size if style.body_size else style.size
    if not style.body_spacing:
        return replace(style, size=size)
    return replace(
        style, size=size, line_spacing=body.line_spacing, space_after=body.paragraph_space
    )


@cache
def style_table(body: Metrics = STANDARD) -> dict[str, Style]:
    """Every named style under one layout: the printed layer's single style table."""
    if body == STANDARD:
        return STYLES
    return {name: styled(style, body) for name, style in STYLES.items()}


def styles_for(layout: Layout | None) -> dict[str, Style]:
    return style_table(metrics(layout))
