"""Leader review speed: comparing a 25-page report with its edited Word copy, against
importing that copy alone (the least a comparison must cost).

Not a test: prints ratios against a baseline measured in the same run, never fails.

    .venv/bin/python benchmarks/bench_review.py [--pages 24]

The comparison reads the file (the import), its tracked changes and comments, and
diffs it with the stored version section by section. Target: at most 1.5 x the import.
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

from lanson_report.domain import review
from lanson_report.files import draftfile
from lanson_report.word import render_docx_bytes
from lanson_report.wordimport import import_docx
from lanson_report.wordimport.revisions import read_marks

RUNS = 5


def timed(action: Callable[[], object]) -> float:
    return median_seconds(action, RUNS)


def edited(path: Path, draft: object) -> None:
    """Every tenth paragraph edited by hand, as a leader does without Track Changes."""
    path.write_bytes(render_docx_bytes(draft))  # type: ignore[arg-type]
    document = docx.Document(str(path))
    for index, paragraph in enumerate(document.paragraphs):
        if index % 10 == 5 and paragraph.runs:
            paragraph.runs[0].text = paragraph.runs[0].text.replace(" ", "  đã ", 1)
    document.save(str(path))


def compare(path: Path, base: object) -> None:
    returned = import_docx(path).draft
    marks = read_marks(path)
    review.changes(base, returned, marks.revisions)  # type: ignore[arg-type]
    review.notes(returned, marks.comments)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=24)
    args = parser.parse_args()
    base = draftfile.from_dict(drafts.pages(args.pages))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "da-sua.docx"
        edited(path, base)
        compare(path, base)  # imports and caches warmed
        alone = timed(lambda: import_docx(path))
        full = timed(lambda: compare(path, base))
        found = review.changes(base, import_docx(path).draft)
    print(f"report of about {args.pages + 1} pages, {len(found)} changes found")
    print(f"import of the edited copy: {alone * 1000:.0f} ms")
    print(f"comparison: {full * 1000:.0f} ms = {full / alone:.2f} x the import")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
