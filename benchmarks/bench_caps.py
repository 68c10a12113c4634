"""Word import at the stated caps: seconds and peak memory, against python-docx alone.

Not a test: prints a table, never fails. Each import runs in a process of its own (its
peak memory is its own), under a 3 GB address-space limit and a time limit, so that a
baseline that explodes is reported instead of taking the machine down.

    .venv/bin/python benchmarks/bench_caps.py [--quick]

The baseline is python-docx opening the same file and reading every paragraph's text
(`docx.Document`, which unpacks every part whole and trusts the zip's sizes). Issue 29's
target: at the caps, an import finishes in under 10 s and 500 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "hostile"))

import docx_kinds as kinds

from lanson_report.domain import limits

SECONDS = 60  # a case slower than this is cut and reported as such
MEMORY = 3 * 1024**3
CHILD = """
import json, resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))
mode, path = sys.argv[1:3]
import docx
from lanson_report.domain.errors import ReportError
from lanson_report.wordimport import import_docx
start = time.perf_counter()
try:
    if mode == "import":
        import_docx(path)
    else:
        _ = [p.text for p in docx.Document(path).paragraphs]
    outcome = "read"
except ReportError:
    outcome = "refused"
except MemoryError:
    outcome = "MemoryError"
except Exception as exc:
    outcome = type(exc).__name__
seconds = time.perf_counter() - start
# VmHWM: this process's own peak (ru_maxrss keeps the parent's peak across exec)
status = open("/proc/self/status").read().split("VmHWM:")[1]
print(json.dumps([seconds, int(status.split()[0]) / 1024, outcome]))
""".replace("MEMORY", str(MEMORY))


CODE: dict[str, str] = {}  # environment of the measured processes (--code)


def measure(mode: str, path: Path) -> str:
    try:
        done = subprocess.run(
            [sys.executable, "-c", CHILD, mode, str(path)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=SECONDS,
            env={**os.environ, **CODE},
        )
    except subprocess.TimeoutExpired:
        return f"> {SECONDS} s (cut)"
    if done.returncode != 0 or not done.stdout.strip():
        return f"died ({done.returncode})"
    seconds, peak, outcome = json.loads(done.stdout.splitlines()[-1])
    return f"{seconds:6.2f} s {peak:6.0f} MB {outcome}"


def runs(count: int, per_paragraph: int) -> bytes:
    run = "<w:r><w:rPr>{}</w:rPr><w:t>chữ {} </w:t></w:r>"
    texts = [run.format("<w:b/>" if n % 2 else "", n) for n in range(count)]
    paragraphs = (
        "<w:p>" + "".join(texts[n : n + per_paragraph]) + "</w:p>"
        for n in range(0, count, per_paragraph)
    )
    return kinds.package(body=kinds.REPORT + "".join(paragraphs))


def rows(count: int, columns: int = 10, merged: bool = False) -> bytes:
    grid = "<w:tblGrid>" + '<w:gridCol w:w="900"/>' * columns + "</w:tblGrid>"
    first = '<w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p/></w:tc>' if merged else ""
    cont = "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>" if merged else ""
    cells = "".join(f"<w:tc>{kinds.para(f'ô {c}')}</w:tc>" for c in range(columns - merged))
    body = f"<w:tr>{first}{cells}</w:tr>" + f"<w:tr>{cont}{cells}</w:tr>" * (count - 1)
    return kinds.package(body=kinds.REPORT + f"<w:tbl>{grid}{body}</w:tbl>")


def big_text(megabytes: int) -> bytes:
    paragraph = kinds.para("Nội dung báo cáo dài " * 800)  # about 17,000 characters
    count = megabytes * 1024 * 1024 // len(paragraph.encode())
    return kinds.package(body=kinds.REPORT + paragraph * count)


def with_picture(megabytes: int) -> bytes:
    members = kinds.parts()
    members["word/media/image1.png"] = os.urandom(megabytes * 1024 * 1024)
    return kinds.zipped(members, method=0)


CAPS: list[tuple[str, Callable[[], bytes]]] = [
    (
        f"{limits.number(limits.MAX_DOCX_PARAGRAPHS)} paragraphs (cap), 1 run each",
        lambda: runs(limits.MAX_DOCX_PARAGRAPHS - 5, 1),
    ),
    (
        f"{limits.number(limits.MAX_DOCX_RUNS)} runs (cap), 100 a paragraph",
        lambda: runs(limits.MAX_DOCX_RUNS - 10, 100),
    ),
    ("20.000 runs in one paragraph", lambda: runs(20_000, 20_000)),
    (
        f"table {limits.number(limits.MAX_TABLE_ROWS)} rows (cap) x 10 columns",
        lambda: rows(limits.MAX_TABLE_ROWS),
    ),
    ("the same with a merged first column", lambda: rows(limits.MAX_TABLE_ROWS, merged=True)),
    (
        f"text part near {limits.size_text(limits.MAX_DOCX_PART_INFLATED)} (cap)",
        lambda: big_text(limits.MAX_DOCX_PART_INFLATED // (1024 * 1024) - 1),
    ),
    (
        f"{limits.number(limits.MAX_DOCX_ELEMENTS)} empty paragraphs (element cap)",
        lambda: kinds.KINDS["paragraphs_at_element_cap"](),
    ),
    ("190 MB of <w:p/> in a 300 KB file", kinds.KINDS["zip_paragraph_bomb"]),
    ('gridSpan="100000000"', kinds.KINDS["grid_span_huge"]),
    ("a 45 MB picture (file cap 50 MB)", lambda: with_picture(45)),
]
SCALING: list[tuple[str, Callable[[], bytes]]] = [
    *((f"{n:,} runs in one paragraph", lambda n=n: runs(n, n)) for n in (5_000, 10_000, 20_000)),
    *(
        (f"{n:,}-row table, merged column", lambda n=n: rows(n, 2, True))
        for n in (1_000, 2_000, 4_000)
    ),
]


def table(title: str, cases: list[tuple[str, Callable[[], bytes]]], folder: Path) -> None:
    print(f"\n{title}")
    print(f"{'case':48} {'file':>9}  {'import_docx':30} {'python-docx alone (baseline)'}")
    for name, make in cases:
        path = folder / "case.docx"
        path.write_bytes(make())
        size = limits.size_text(path.stat().st_size)
        print(
            f"{name:48} {size:>9}  {measure('import', path):30} {measure('baseline', path)}",
            flush=True,
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="the scaling table only")
    parser.add_argument(
        "--code", type=Path, help="measure the lanson_report in this checkout (an older one)"
    )
    args = parser.parse_args()
    if args.code:
        CODE["PYTHONPATH"] = str(args.code.resolve())
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        if not args.quick:
            table("At the caps (target: under 10 s and 500 MB):", CAPS, folder)
        table("Scaling (linear: doubling the count doubles the time):", SCALING, folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
