"""Liberation Serif 2.x: Times New Roman's metrics, every Vietnamese letter, free to ship."""

from __future__ import annotations

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..domain.errors import ExportError
from ..files.fileio import describe_os_error
from ..files.paths import resource

REGULAR = "LiberationSerif"
BOLD = "LiberationSerif-Bold"
ITALIC = "LiberationSerif-Italic"
BOLD_ITALIC = "LiberationSerif-BoldItalic"
FACES = {REGULAR: "Regular", BOLD: "Bold", ITALIC: "Italic", BOLD_ITALIC: "BoldItalic"}


def register() -> None:
    """Register the four faces once, and the family so that <b> and <i> pick them."""
    if REGULAR in pdfmetrics.getRegisteredFontNames():
        return
    for name, face in FACES.items():
        path = resource("fonts", f"LiberationSerif-{face}.ttf")
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except Exception as exc:  # TTFError, OSError: a damaged or missing install
            reason = describe_os_error(exc) if isinstance(exc, OSError) else "tệp phông chữ hỏng"
            raise ExportError(
                f"không nạp được phông chữ {path} ({reason}); hãy cài lại chương trình"
            ) from exc
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )
    for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD_ITALIC)):
        addMapping(REGULAR, bold, italic, name)


def face(bold: bool, italic: bool) -> str:
    """The face a named style asks for."""
    return {(False, False): REGULAR, (True, False): BOLD, (False, True): ITALIC}.get(
        (bold, italic), BOLD_ITALIC
    )


def width(text: str, font: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, font, size))


def ascent(font: str, size: float) -> float:
    return float(pdfmetrics.getAscent(font, size))


def descent(font: str, size: float) -> float:
    """Positive distance below the baseline."""
    return -float(pdfmetrics.getDescent(font, size))
