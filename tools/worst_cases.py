"""Build the largest inputs the limits accept, to measure time and peak memory.

    python tools/worst_cases.py OUT_DIR
    /usr/bin/time -v python -m lanson_report --data-dir D restore OUT_DIR/bomb-accepted.zip
    /usr/bin/time -v python -m lanson_report --data-dir D restore OUT_DIR/bomb-refused.zip
    /usr/bin/time -v python -m lanson_report --data-dir D import OUT_DIR/largest.json

- largest.json: a draft just under MAX_DRAFT_FILE_BYTES, every paragraph at MAX_FIELD_CHARS;
- bomb-accepted.zip: a backup that unpacks to MAX_BACKUP_INFLATED, all of it valid bodies
  of the largest size (the most work a restore accepts);
- bomb-refused.zip: the same, whose very last member is broken (all that work, then refused);
- bomb-zeros.zip: one member that unpacks to 4 GB of zeros (refused from the directory).
"""

from __future__ import annotations

import json
import sys
import uuid
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import drafts  # noqa: E402

from lanson_report.domain import limits  # noqa: E402

MANIFEST = {"format": "lanson-report/backup", "format_version": 1, "schema": 1}
STAMP = "2026-01-02T03:04:05.000000+00:00"


def largest_draft() -> dict[str, object]:
    paragraph = ("Kết quả thực hiện nhiệm vụ năm 2024 đạt và vượt kế hoạch. " * 400)[
        : limits.MAX_FIELD_CHARS
    ]
    blocks = [{"kind": "paragraph", "text": paragraph}]
    raw = drafts.minimal(title="Báo cáo lớn nhất được nhận")
    size = len(json.dumps(raw, ensure_ascii=False).encode())
    one = len(json.dumps(blocks[0], ensure_ascii=False).encode()) + 1
    count = (limits.MAX_DRAFT_FILE_BYTES - size - 1000) // one
    raw["sections"] = [{"heading": "Kết quả", "blocks": blocks * count}]
    return raw


def body(raw: dict[str, object]) -> dict[str, object]:
    draft_id = str(uuid.uuid4())
    return {
        "schema": 1,
        "id": draft_id,
        "status": "draft",
        "created": STAMP,
        "modified": STAMP,
        "trashed": None,
        "next_version": 1,
        "versions": [],
        "draft": {**raw, "id": draft_id},
    }


def bomb(path: Path, raw: dict[str, object], broken_last: bool) -> int:
    encoded = len(json.dumps(body(raw), ensure_ascii=False).encode())
    count = limits.MAX_BACKUP_INFLATED // encoded - 1
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(MANIFEST))
        for n in range(count):
            member = body(raw)
            data = json.dumps(member, ensure_ascii=False).encode()
            if broken_last and n == count - 1:
                data = data[:-10]
            archive.writestr(f"drafts/{member['id']}.json", data)
    return count


def zeros(path: Path) -> None:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(MANIFEST))
        with archive.open(f"drafts/{uuid.uuid4()}.json", "w", force_zip64=True) as member:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(4096):
                member.write(chunk)


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    raw = largest_draft()
    (out / "largest.json").write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    for name, broken in (("bomb-accepted.zip", False), ("bomb-refused.zip", True)):
        count = bomb(out / name, raw, broken)
        print(f"{name}: {count} bodies, {(out / name).stat().st_size:,} bytes")
    zeros(out / "bomb-zeros.zip")
    print(f"largest.json: {(out / 'largest.json').stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
