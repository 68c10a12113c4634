"""The printed report, format-neutral: what prints, in which order, in which named style.

`printed_report(draft)` is the one place that decides order, labels, numbering and
casing; pdf/, docx/ and the on-screen text only draw what it returns.
"""

from .build import printed_report
from .line import Line
from .parts import Column, Part, Role
from .styles import STYLES, Style

__all__ = ["STYLES", "Column", "Line", "Part", "Role", "Style", "printed_report"]
