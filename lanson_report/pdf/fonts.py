"""The printed font: Times New Roman where the PC has it (every Windows PC) — Decree 30
names it, and a records officer who looks at a PDF's fonts sees it — else the bundled
Liberation Serif 2.x: Times New Roman's metrics, every Vietnamese letter, free to ship.

Both are registered under the same names (REGULAR, BOLD, …), so layout code never asks
which one it has; the PDF embeds the file's own name (`TimesNewRomanPSMT`). A system font
is used only when all four faces are there and carry every Vietnamese letter.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

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


# Times New Roman's files as Windows, Debian's msttcorefonts and macOS name them.
TIMES_FILES = {
    "Regular": ("times.ttf", "Times_New_Roman.ttf", "Times New Roman.ttf"),
    "Bold": ("timesbd.ttf", "Times_New_Roman_Bold.ttf", "Times New Roman Bold.ttf"),
    "Italic": ("timesi.ttf", "Times_New_Roman_Italic.ttf", "Times New Roman Italic.ttf"),
    "BoldItalic": (
        "timesbi.ttf",
        "Times_New_Roman_Bold_Italic.ttf",
        "Times New Roman Bold Italic.ttf",
    ),
}
# "bundled" keeps the printed font the same on every machine (the test suite sets it).
FONT_ENV = "LANSON_REPORT_FONT"
VIETNAMESE = "ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"


def font_dirs() -> list[Path]:
    """Where the system keeps fonts, for this platform."""
    if sys.platform == "win32":
        windows = Path(os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT") or r"C:\Windows")
        dirs = [windows / "Fonts"]
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
        return dirs
    if sys.platform == "darwin":
        return [Path("/Library/Fonts"), Path.home() / "Library" / "Fonts"]
    return [
        Path("/usr/share/fonts/truetype/msttcorefonts"),
        Path("/usr/share/fonts/TTF"),
        Path.home() / ".fonts",
        Path.home() / ".local" / "share" / "fonts",
    ]


def _covers_vietnamese(path: Path) -> bool:
    try:
        known = TTFont("probe", str(path)).face.charToGlyph
    except Exception:  # TTFError, OSError: a font we cannot use is simply not used
        return False
    return all(ord(char) in known for char in VIETNAMESE)


def system_times(dirs: list[Path] | None = None) -> dict[str, Path] | None:
    """Times New Roman's four faces, when all four are installed and whole; else None."""
    if os.environ.get(FONT_ENV) == "bundled":
        return None
    found: dict[str, Path] = {}
    for face, names in TIMES_FILES.items():
        path = next(
            (
                d / n
                for d in (dirs if dirs is not None else font_dirs())
                for n in names
                if (d / n).is_file()
            ),
            None,
        )
        if path is None or not _covers_vietnamese(path):
            return None
        found[face] = path
    return found


def source() -> str:
    """Which font the PDF embeds: "Times New Roman" or "Liberation Serif"."""
    register()
    return _SOURCE[0]


_SOURCE = ["Liberation Serif"]


def register() -> None:
    """Register the four faces once, and the family so that <b> and <i> pick them."""
    if REGULAR in pdfmetrics.getRegisteredFontNames():
        return
    times = system_times()
    _SOURCE[0] = "Times New Roman" if times else "Liberation Serif"
    for name, face in FACES.items():
        path = times[face] if times else resource("fonts", f"LiberationSerif-{face}.ttf")
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
