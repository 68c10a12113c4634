"""Screenshots of the Word import review and the old-encoding prompt (docs/screenshots).

    .venv/bin/python tools/screenshots_word.py [--out DIR]

Builds a Word file as an older office would have it (.VnTime runs, a table, a Phụ lục,
a note under the signature), imports it and grabs the review; then grabs the prompt a
paste of TCVN3 text opens. Dialogs are shown and grabbed, never executed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tests"), str(REPO / "tools")]

from screenshots import grab_dialog  # noqa: E402

from lanson_report.domain.mojibake import detect  # noqa: E402
from lanson_report.ui import app as uiapp  # noqa: E402
from lanson_report.ui.dialogs.oldcode import ConvertDialog  # noqa: E402
from lanson_report.ui.start.wordimportdialog import WordReviewDialog  # noqa: E402
from lanson_report.wordimport import import_docx  # noqa: E402

PASTED = (
    "C¸c ho¹t ®éng chµo mõng Ngµy Khoa häc vµ C«ng nghÖ ViÖt Nam 18/5 n¨m nay ®\u00adîc "
    "®¬n vÞ tæ chøc tiÕt kiÖm, thiÕt thùc hiÖn theo tinh thÇn C«ng v¨n sè 799/BKHCN-VP."
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    uiapp.application()
    from test_wordimport import _messy

    with tempfile.TemporaryDirectory() as folder:
        path = _messy(Path(folder)).rename(Path(folder) / "Bao cao thu chi 2020.docx")
        review = WordReviewDialog(import_docx(path), path)
        grab_dialog(review, args.out, "18-nhap-tu-word.png")
    prompt = ConvertDialog(PASTED, detect(PASTED), pasted=True)
    grab_dialog(prompt, args.out, "19-chuyen-ma-chu-cu.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
