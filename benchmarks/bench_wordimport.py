"""Word import speed: importing a long report against opening it with python-docx alone.

Not a test: prints ratios against a baseline measured in the same run, never fails.

    .venv/bin/python benchmarks/bench_wordimport.py [--pages 24]

The baseline is python-docx reading the file and every paragraph's text, the least any
import must cost; the import adds styles, lists, fonts, conversion and recognition.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import docx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import drafts
from timing import median_seconds

from lanson_report.cli import export
from lanson_report.files import draftfile
from lanson_report.wordimport import import_docx

RUNS = 5


def timed(action: Callable[[], object]) -> float:
    return median_seconds(action, RUNS)


def baseline(path: Path) -> None:
    document = docx.Document(str(path))
    for paragraph in document.paragraphs:
        _ = paragraph.text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=24)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "dai.docx"
        export.write(draftfile.from_dict(drafts.pages(args.pages)), path, "docx")
        import_docx(path)  # imports and caches warmed
        base = timed(lambda: baseline(path))
        full = timed(lambda: import_docx(path))
    print(f"report of about {args.pages + 1} pages: python-docx read {base * 1000:.0f} ms")
    print(f"import_docx: {full * 1000:.0f} ms = {full / base:.1f} x the baseline")
    return 0


if __name__ == "__main__":
    sys.exit(main())
