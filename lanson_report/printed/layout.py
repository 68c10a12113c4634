"""Decree 30/2020/NĐ-CP, Phụ lục I: the page as numbers, in points (see decree30-layout.md).

Every output reads these: the PDF places its frames with them, the DOCX sets its
section and table widths from them. Sizes and weights of text are in styles.py.
"""

from typing import NamedTuple

MM = 72 / 25.4
CM = 10 * MM

PAGE_WIDTH, PAGE_HEIGHT = 210 * MM, 297 * MM  # A4 portrait
MARGIN_TOP = 20 * MM  # 20–25
MARGIN_BOTTOM = 20 * MM  # 20–25
MARGIN_LEFT = 30 * MM  # 30–35
MARGIN_RIGHT = 15 * MM  # 15–20
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT

# The right column carries the national title, which must fit one line (≈ 88 mm at 12 pt).
HEADER_LEFT_WIDTH = 70 * MM
HEADER_RIGHT_WIDTH = TEXT_WIDTH - HEADER_LEFT_WIDTH
HEADER_RIGHT_WIDTH_MAX = HEADER_RIGHT_WIDTH + 15 * MM  # widened for a long place name
FOOTER_LEFT_WIDTH = HEADER_LEFT_WIDTH
FOOTER_RIGHT_WIDTH = HEADER_RIGHT_WIDTH

SHORT_RULE_RATIO = 0.4  # rules under the issuing body and the abstract: 1/3–1/2
FULL_RULE = 1.0  # the rule under the motto is as long as the motto
RULE_WIDTH = 0.6  # pt
SIGNING_SPACE = 25 * MM  # hand signature and seal, at least 20 mm
PAGE_NUMBER_BASELINE = PAGE_HEIGHT - 12 * MM  # inside the top margin, measured from the bottom

SPACE_AFTER_HEADER = 18.0  # pt, between the number and date row and the type name
SPACE_AFTER_TITLE = 14.0  # pt, after the rule under the abstract
SPACE_BEFORE_FOOTER = 6.0  # pt, between the last paragraph and Nơi nhận / the signer
NUMBER_ROW_GAP = 10.0  # pt between the lower header rule and the tops of `Số:` and the date
TITLE_GAP = 4.0  # pt between the type name and the abstract
LETTER_GAP = 6.0  # pt between `Số:` and a công văn's `V/v …` under it (Mẫu 1.5)

# Appendices (Phụ lục) may turn to A4 landscape for wide tables. The binding margin then
# lies on the top edge, the long edge bound with the portrait pages; 15–25 mm elsewhere.
LANDSCAPE_MARGIN_TOP = 30 * MM  # 30–35, binding
LANDSCAPE_MARGIN_BOTTOM = 20 * MM
LANDSCAPE_MARGIN_LEFT = 20 * MM
LANDSCAPE_MARGIN_RIGHT = 20 * MM
SPACE_AFTER_APPENDIX_HEADING = 18.0  # pt between the Kèm theo line and the first block


class PageSetup(NamedTuple):
    width: float
    height: float
    left: float
    right: float
    top: float
    bottom: float

    @property
    def text_width(self) -> float:
        return self.width - self.left - self.right

    @property
    def text_height(self) -> float:
        return self.height - self.top - self.bottom


PAGES: dict[str, PageSetup] = {
    "portrait": PageSetup(
        PAGE_WIDTH, PAGE_HEIGHT, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM
    ),
    "landscape": PageSetup(
        PAGE_HEIGHT,
        PAGE_WIDTH,
        LANDSCAPE_MARGIN_LEFT,
        LANDSCAPE_MARGIN_RIGHT,
        LANDSCAPE_MARGIN_TOP,
        LANDSCAPE_MARGIN_BOTTOM,
    ),
}

# A công văn's page-1 address footer (Mẫu 1.5): 11 pt under a full-width rule, in the
# bottom margin, below the text frame.
LETTER_FOOTER_SIZE = 11
LETTER_FOOTER_LEADING = 13
LETTER_FOOTER_RULE = MARGIN_BOTTOM - 3  # the rule's height from the bottom of the page
