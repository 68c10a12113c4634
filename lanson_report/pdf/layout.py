"""Decree 30/2020/NĐ-CP, Phụ lục I, as numbers (see ../shared/decree30-layout.md)."""

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm, mm

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_TOP = 20 * mm  # 20–25
MARGIN_BOTTOM = 20 * mm  # 20–25
MARGIN_LEFT = 30 * mm  # 30–35
MARGIN_RIGHT = 15 * mm  # 15–20
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT

# The right column carries the national title, which must fit one line (≈ 88 mm at 12 pt).
HEADER_LEFT_WIDTH = 70 * mm
HEADER_RIGHT_WIDTH = TEXT_WIDTH - HEADER_LEFT_WIDTH
FOOTER_LEFT_WIDTH = HEADER_LEFT_WIDTH
FOOTER_RIGHT_WIDTH = HEADER_RIGHT_WIDTH

SIZE_PARENT = 12  # governing body, 12–13, regular
SIZE_AGENCY = 12  # issuing body, 12–13, bold
SIZE_NUMBER = 13  # "Số:", 13
SIZE_NATION = 12  # national title, 12–13, bold
SIZE_MOTTO = 13  # motto, 13–14, bold
SIZE_DATE = 14  # place and date, 13–14, italic
SIZE_TYPE = 14  # "BÁO CÁO", 13–14, bold
SIZE_TITLE = 14  # abstract, 13–14, bold
SIZE_BODY = 14  # body, headings, Kính gửi, 13–14
SIZE_PAGE_NUMBER = 13  # 13–14
SIZE_RECIPIENTS_LABEL = 12  # "Nơi nhận:", bold italic
SIZE_RECIPIENTS = 11
SIZE_SIGNER = 14  # authority and title lines, bold
SIZE_SIGNER_NAME = 14  # bold

LINE_SPACING = 1.2  # between single (≈1.15) and 1.5 lines
BODY_LEADING = SIZE_BODY * LINE_SPACING
FIRST_LINE_INDENT = 1.27 * cm  # 1 cm or 1.27 cm
PARAGRAPH_SPACE = 6  # pt between paragraphs, at least 6
SHORT_RULE_RATIO = 0.4  # rules under the issuing body and the abstract: 1/3–1/2
RULE_WIDTH = 0.6  # pt
SIGNING_SPACE = 25 * mm  # hand signature and seal, at least 20 mm
PAGE_NUMBER_BASELINE = PAGE_HEIGHT - 12 * mm  # inside the top margin
