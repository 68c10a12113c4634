"""Tổng hợp: units' replies (Word files written by python-docx, and a draft file) merged
into the department's outline — every paragraph exactly once, sums exact, each planted
figure fault reported once, a reply received twice flagged, a missing unit noted."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

import docx
import pytest
import wordfiles

from lanson_report.domain import consolidate, legacy
from lanson_report.domain.consolidate import UNPLACED_HEADING, heading_key, merge
from lanson_report.domain.model import (
    Agency,
    Block,
    Cell,
    Column,
    DocDate,
    Draft,
    Recipient,
    Run,
    Section,
    Signature,
    Table,
    clone,
)
from lanson_report.domain.tables import numbers
from lanson_report.files import draftfile

HEADER = ["TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện"]
LABELS = [
    ("1", "Số đề tài", "đề tài"),
    ("", "Trong đó: cấp tỉnh", "đề tài"),
    ("2", "Số sáng kiến", "sáng kiến"),
    ("3", "Kinh phí", "triệu đồng"),
]


def _table(
    figures: list[tuple[str, str]] | None = None, extra: list[list[str]] | None = None
) -> Table:
    rows: list[list[Cell | None]] = [[Cell([Run(text)]) for text in HEADER]]
    for index, (tt, label, unit) in enumerate(LABELS):
        plan, done = figures[index] if figures else ("", "")
        rows.append([Cell([Run(t)] if t else []) for t in (tt, label, unit, plan, done)])
    for row in extra or []:
        rows.append([Cell([Run(t)] if t else []) for t in row])
    columns = [
        Column(1.0, "center"),
        Column(5.0),
        Column(2.0),
        Column(2.0, "right"),
        Column(2.0, "right"),
    ]
    return Table(columns=columns, rows=rows, caption="Bảng 1. Kết quả thực hiện nhiệm vụ")


def _base() -> Draft:
    """The department's outline: what it sends down and merges into."""
    table = _table()
    table.combine = "sum"
    return Draft(
        agency=Agency("UBND TỈNH LẠNG SƠN", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "SKHCN"),
        date=DocDate(2025, 6, 20),
        title="Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2025",
        place="Lạng Sơn",
        outline="roman",
        sections=[
            Section(
                "KẾT QUẢ THỰC HIỆN",
                [],
                [
                    Section("Công tác quản lý khoa học", [Block("hint", [Run("Nêu kết quả")])]),
                    Section("Công tác thông tin, thống kê", []),
                    Section("Số liệu", [table]),
                ],
            ),
            Section("PHƯƠNG HƯỚNG, NHIỆM VỤ", [Block("hint", [Run("Nhiệm vụ 6 tháng cuối")])]),
        ],
        closing="Trên đây là báo cáo của Sở Khoa học và Công nghệ./.",
        signature=Signature(["GIÁM ĐỐC"], "Nguyễn Thị Hà"),
        recipients=[Recipient("UBND tỉnh", "b/c")],
        archive="VT, VP",
    )


def _reply(unit: str, sections: list[Section], closing: str = "") -> Draft:
    draft = _base()
    draft.agency = Agency("SỞ KHOA HỌC VÀ CÔNG NGHỆ", unit.upper(), "")
    draft.sections = sections
    draft.closing = closing
    draft.signature = Signature(["TRƯỞNG PHÒNG"], "Lê Văn An")
    return draft


def _p(text: str) -> Block:
    return Block("paragraph", [Run(text)])


def _faithful() -> Draft:
    return _reply(
        "Phòng Quản lý khoa học",
        [
            Section(
                "KẾT QUẢ THỰC HIỆN",
                [],
                [
                    Section("Công tác quản lý khoa học", [_p("Phòng đã tổ chức 4 hội đồng.")]),
                    Section("Công tác thông tin, thống kê", [_p("Phòng đã cập nhật CSDL.")]),
                    Section(
                        "Số liệu",
                        [_table([("3", "3"), ("1", "1"), ("2", "1"), ("1.200", "1.250,5")])],
                    ),
                ],
            ),
            Section("PHƯƠNG HƯỚNG, NHIỆM VỤ", [_p("Tiếp tục kiểm tra các đề tài.")]),
        ],
        closing="Trên đây là báo cáo của Phòng Quản lý khoa học./.",
    )


def _renamed() -> Draft:
    """Headings renamed and renumbered; kinh phí in đồng; a row the outline lacks."""
    figures_ = [("2", "2"), ("", ""), ("1", "2"), ("500", "480")]
    table = _table(figures_, extra=[["4", "Số bài báo", "bài", "", "6"]])
    table.rows[4][2] = Cell([Run("đồng")])
    return _reply(
        "Phòng Quản lý chuyên ngành",
        [
            Section(
                "KẾT QUẢ THỰC HIỆN",
                [],
                [
                    Section("Về công tác thông tin thống kê", [_p("Đã thu thập số liệu.")]),
                    Section("Về công tác quản lý khoa học", [_p("Đã thẩm định 2 đề tài.")]),
                    Section("Số liệu", [table]),
                ],
            ),
        ],
    )


def _extra() -> Draft:
    """A section the outline does not have, and a stated total that does not add up."""
    table = _table(
        [("1", "1"), ("", ""), ("", "3"), ("100", "90,25")],
        extra=[["", "Tổng cộng", "", "", "95"]],
    )
    return _reply(
        "Trung tâm Thông tin và Thống kê",
        [
            Section("KẾT QUẢ THỰC HIỆN", [], [Section("Số liệu", [table])]),
            Section("KIẾN NGHỊ, ĐỀ XUẤT", [_p("Đề nghị bổ sung kinh phí số hóa.")]),
        ],
    )


def _tcvn3_heading(path: Path) -> Path:
    """A reply whose second heading was typed in TCVN3 (.VnTime)."""
    unicode_to_tcvn3 = {v: k for k, v in legacy._tcvn3_table().items()}
    heading = "2. Công tác thông tin, thống kê"
    encoded = "".join(unicode_to_tcvn3.get(char, char) for char in heading)
    draft = _reply(
        "Phòng Kế hoạch tài chính",
        [
            Section(
                "KẾT QUẢ THỰC HIỆN",
                [],
                [Section("Công tác quản lý khoa học", [_p("Phòng đã thanh toán 3 đề tài.")])],
            )
        ],
    )
    wordfiles.report(path, draft)
    document = docx.Document(str(path))
    anchor = next(p for p in document.paragraphs if p.text.startswith("Phòng đã thanh toán"))
    new = anchor.insert_paragraph_before("")
    anchor._p.addnext(new._p)  # after the paragraph: the next heading of the outline
    run = new.add_run(encoded)
    run.bold = True
    run.font.name = ".VnTime"
    after = document.add_paragraph("Đã gửi báo cáo thống kê đúng hạn.")
    new._p.addnext(after._p)
    document.save(str(path))
    return path


@pytest.fixture
def replies(tmp_path: Path) -> list[Path]:
    out = [
        wordfiles.report(tmp_path / "qlkh.docx", _faithful()),
        wordfiles.report(tmp_path / "qlcn.docx", _renamed()),
        wordfiles.report(tmp_path / "ttttk.docx", _extra()),
        _tcvn3_heading(tmp_path / "khtc.docx"),
    ]
    reply_json = tmp_path / "phong-tcbd.json"
    json_draft = _reply(
        "Phòng Tiêu chuẩn Đo lường Chất lượng",
        [
            Section(
                "KẾT QUẢ THỰC HIỆN",
                [],
                [Section("Số liệu", [_table([("", ""), ("", ""), ("4", "5"), ("", "")])])],
            ),
            Section("PHƯƠNG HƯỚNG, NHIỆM VỤ", [_p("Kiểm định 500 phương tiện đo.")]),
        ],
    )
    draftfile.dump_path(json_draft, reply_json)
    out.append(reply_json)
    shutil.copy(out[0], tmp_path / "qlkh-gui-lai.docx")  # the same reply, sent twice
    out.append(tmp_path / "qlkh-gui-lai.docx")
    return out


def _merge(replies: list[Path], expected: list[str] | None = None) -> consolidate.Merged:
    from lanson_report.intake.replies import read_reply

    return merge(_base(), [read_reply(path) for path in replies], expected)


def _texts(draft: Draft) -> list[str]:
    out: list[str] = []

    def walk(sections: list[Section]) -> None:
        for section in sections:
            out.extend(b.text for b in section.blocks if isinstance(b, Block) and b.kind != "hint")
            walk(section.sections)

    walk(draft.sections)
    return out


def _table_of(draft: Draft) -> Table:
    found = [b for b in draft.sections[0].sections[2].blocks if isinstance(b, Table)]
    assert len(found) == 1, "replies' tables are summed into the outline's, not appended"
    return found[0]


def test_every_paragraph_of_every_reply_is_merged_exactly_once(replies: list[Path]) -> None:
    merged = _merge(replies)
    texts = Counter(_texts(merged.draft))
    expected = [
        "Phòng đã tổ chức 4 hội đồng.",
        "Phòng đã cập nhật CSDL.",
        "Tiếp tục kiểm tra các đề tài.",
        "Đã thu thập số liệu.",
        "Đã thẩm định 2 đề tài.",
        "Đề nghị bổ sung kinh phí số hóa.",
        "Phòng đã thanh toán 3 đề tài.",
        "Đã gửi báo cáo thống kê đúng hạn.",
        "Kiểm định 500 phương tiện đo.",
        "Trên đây là báo cáo của Phòng Quản lý khoa học./.",
    ]
    for text in expected:
        assert texts[text] == 1, text


def test_replies_land_under_their_headings_and_remember_their_unit(replies: list[Path]) -> None:
    draft = _merge(replies).draft
    management, statistics = draft.sections[0].sections[0], draft.sections[0].sections[1]
    placed = {(b.text, b.source) for b in management.blocks if isinstance(b, Block)}
    assert ("Phòng đã tổ chức 4 hội đồng.", "Phòng Quản lý khoa học") in placed
    assert ("Đã thẩm định 2 đề tài.", "Phòng Quản lý chuyên ngành") in placed  # renamed
    assert ("Phòng đã thanh toán 3 đề tài.", "Phòng Kế hoạch tài chính") in placed
    stats = {b.text for b in statistics.blocks if isinstance(b, Block)}
    assert {"Đã thu thập số liệu.", "Đã gửi báo cáo thống kê đúng hạn."} <= stats  # TCVN3
    unplaced = draft.sections[-1]
    assert unplaced.heading == UNPLACED_HEADING
    assert "Đề nghị bổ sung kinh phí số hóa." in [b.text for b in unplaced.blocks]  # type: ignore[union-attr]


def test_renamed_headings_are_listed_for_the_clerk_to_confirm(replies: list[Path]) -> None:
    guesses = {(g.heading, g.placed_under) for g in _merge(replies).guesses}
    assert ("Về công tác quản lý khoa học", "Công tác quản lý khoa học") in guesses
    assert ("Về công tác thông tin thống kê", "Công tác thông tin, thống kê") in guesses


def test_sums_are_exact_and_trong_do_rows_are_summed_on_their_own(replies: list[Path]) -> None:
    table = _table_of(_merge(replies).draft)
    done = {table.rows[r][1].text: table.rows[r][4].text for r in range(1, len(table.rows))}  # type: ignore[union-attr]
    assert done["Số đề tài"] == "6"  # 3 + 2 + 1 (the copy sent twice is not added)
    assert done["Trong đó: cấp tỉnh"] == "1"
    assert done["Số sáng kiến"] == "11"  # 1 + 2 + 3 + 5
    assert numbers.value_of(done["Kinh phí"]) == Decimal("1820.75")  # 1.250,5 + 480 + 90,25
    assert done["Kinh phí"] == "1.820,75"
    assert done["Số bài báo"] == "6"  # a row no other unit has: kept, reported


def test_each_planted_fault_is_reported_exactly_once(replies: list[Path]) -> None:
    merged = _merge(replies, ["Phòng Quản lý khoa học", "Trung tâm Ứng dụng KH&CN"])
    kinds = Counter(f.kind for f in merged.findings)
    assert kinds["unit_mismatch"] == 1
    assert kinds["unknown_row"] == 1
    assert kinds["total_mismatch"] == 1
    assert kinds["duplicate_reply"] == 1
    assert kinds["missing_reply"] == 1
    unplaced = sorted(f.unit for f in merged.findings if f.kind == "unplaced")
    assert unplaced == ["Phòng Quản lý khoa học", "Trung tâm Thông tin và Thống kê"]  # closing
    by_kind = {f.kind: f for f in merged.findings}
    assert by_kind["unit_mismatch"].unit == "Phòng Quản lý chuyên ngành"
    assert "“đồng”" in by_kind["unit_mismatch"].message
    assert "ghi 95 nhưng cộng các hàng được 94,25" in by_kind["total_mismatch"].message
    assert by_kind["duplicate_reply"].where.endswith("qlkh-gui-lai.docx")
    note = "".join(run.text for run in _table_of(merged.draft).note)
    assert note == "(chưa bao gồm số liệu của: Trung tâm Ứng dụng KH&CN)"


def test_the_base_is_left_as_it_was(replies: list[Path]) -> None:
    from lanson_report.intake.replies import read_reply

    base = _base()
    before = clone(base)
    merge(base, [read_reply(path) for path in replies])
    assert base == before


def test_the_merged_draft_round_trips_and_exports(replies: list[Path], tmp_path: Path) -> None:
    draft = _merge(replies).draft
    again = draftfile.from_dict(draftfile.to_dict(draft))
    assert again == draft
    assert draftfile.to_dict(draft)["format_version"] == 3  # `source`, `combine`
    draft.sections = [s for s in draft.sections if s.heading != UNPLACED_HEADING]
    from lanson_report.pdf import render_pdf_bytes
    from lanson_report.word import render_docx_bytes

    strict = draftfile.from_dict(draftfile.to_dict(draft))  # as export reads it
    pdf = render_pdf_bytes(strict)
    assert pdf.startswith(b"%PDF") and b"Ph\\xf2ng" not in pdf
    import io

    import pdfplumber

    with pdfplumber.open(io.BytesIO(pdf)) as document:
        text = "\n".join(page.extract_text() or "" for page in document.pages)
    assert "Phòng đã tổ chức 4 hội đồng." in text
    assert "Phòng Quản lý khoa học" not in text  # a block's source is never printed
    assert "1.820,75" in text
    assert render_docx_bytes(strict)[:2] == b"PK"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("II. KẾT QUẢ THỰC HIỆN", "ket qua thuc hien"),
        ("2. Kết quả thực hiện:", "ket qua thuc hien"),
        ("1.2. Công tác thông tin", "cong tac thong tin"),
        ("a) Kinh phí", "kinh phi"),
        ("- Số đề tài", "so de tai"),
    ],
)
def test_headings_and_labels_are_matched_folded_and_unnumbered(text: str, key: str) -> None:
    assert heading_key(text) == key


def test_the_command_line_merges_and_prints_json(replies: list[Path], tmp_path: Path) -> None:
    base = tmp_path / "de-cuong.json"
    draftfile.dump_path(_base(), base)
    out = tmp_path / "tong-hop.json"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "lanson_report",
            "merge",
            str(base),
            *map(str, replies),
            "-o",
            str(out),
            "--json",
            "--unit",
            "Trung tâm Ứng dụng KH&CN",
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report: dict[str, Any] = json.loads(done.stdout)
    assert [r["unit"] for r in report["replies"]][:2] == [
        "Phòng Quản lý khoa học",
        "Phòng Quản lý chuyên ngành",
    ]
    assert {f["kind"] for f in report["findings"]} == {
        "unit_mismatch",
        "unknown_row",
        "total_mismatch",
        "duplicate_reply",
        "missing_reply",
        "unplaced",
    }
    assert draftfile.load_path(out, lenient=True).sections[-1].heading == UNPLACED_HEADING
    again = subprocess.run(
        [
            sys.executable,
            "-m",
            "lanson_report",
            "merge",
            str(base),
            str(replies[0]),
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert again.returncode == 1 and "đã có" in again.stderr  # never overwrites a draft


@pytest.mark.parametrize(
    ("name", "advice"), [("phong.doc", "Lưu thành .docx"), ("phong.pdf", "bản Word")]
)
def test_a_doc_or_pdf_reply_is_refused_with_advice(tmp_path: Path, name: str, advice: str) -> None:
    from lanson_report.intake.replies import ReplyError, read_reply

    reply = tmp_path / name
    reply.write_bytes(b"%PDF-1.4" if name.endswith(".pdf") else b"\xd0\xcf\x11\xe0")
    with pytest.raises(ReplyError) as refused:
        read_reply(reply)
    assert str(refused.value).startswith(f"Tệp {name} là tệp") and advice in str(refused.value)


def test_a_units_own_voice_is_pointed_out_for_rewording(replies: list[Path]) -> None:
    """ "Phòng đã tổ chức …" merged into the Sở's report: a hint naming the unit, with the
    unit's name and "Sở" offered; the Sở's own paragraphs are never pointed at."""
    from lanson_report.domain.textcheck import check_draft

    merged = _merge(replies).draft
    voiced = [f for f in check_draft(merged) if f.rule == "unit-voice"]
    assert voiced and all(f.severity == "info" for f in voiced)
    first = voiced[0]
    assert first.suggestions == ("Phòng Quản lý khoa học", "Sở")
    assert "Đoạn của Phòng Quản lý khoa học viết theo giọng đơn vị" in first.message
    base = _base()
    base.sections[1].blocks.append(_p("Phòng đã tổ chức 2 hội nghị."))  # the Sở's own text
    assert not [f for f in check_draft(base) if f.rule == "unit-voice"]
    assert not [f for f in check_draft(merged, disabled={"unit-voice"}) if f.rule == "unit-voice"]


def test_the_command_line_writes_the_kits_and_never_overwrites(tmp_path: Path) -> None:
    base = tmp_path / "de-cuong.json"
    draftfile.dump_path(_base(), base)
    out = tmp_path / "gui"
    command = [
        sys.executable, "-m", "lanson_report", "kit", str(base), "-o", str(out),
        "--unit", "Phòng Quản lý khoa học", "--unit", "Trung tâm Ứng dụng KH&CN",
        "--deadline", "15/07/2025",
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", check=False)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in out.iterdir()) == [
        "de-cuong-phong-quan-ly-khoa-hoc.docx",
        "de-cuong-phong-quan-ly-khoa-hoc.json",
        "de-cuong-trung-tam-ung-dung-kh-cn.docx",
        "de-cuong-trung-tam-ung-dung-kh-cn.json",
    ]
    kit = draftfile.load_path(out / "de-cuong-phong-quan-ly-khoa-hoc.json")
    assert kit.agency.name == "PHÒNG QUẢN LÝ KHOA HỌC"
    first = kit.sections[0].blocks[0]
    assert isinstance(first, Block) and "trước ngày 15/07/2025" in first.text
    before = (out / "de-cuong-phong-quan-ly-khoa-hoc.docx").read_bytes()
    again = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", check=False)
    assert again.returncode != 0 and "không ghi đè" in again.stderr
    assert (out / "de-cuong-phong-quan-ly-khoa-hoc.docx").read_bytes() == before
    wrong = subprocess.run(
        [*command[:-1], "31/02/2025"], capture_output=True, text=True, encoding="utf-8", check=False
    )
    assert wrong.returncode != 0 and "--deadline" in wrong.stderr


MERGER = """
import datetime
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from lanson_report.domain.unitrecord import Consolidation
from lanson_report.intake.gathering import merge_new, take_in
from lanson_report.intake.replies import read_reply
from lanson_report.store import Store
store = Store.open(Path(sys.argv[1]))
base = store.get(sys.argv[2]).draft
paths = [Path(p) for p in sys.argv[4:]]
print("merging", flush=True)
while True:  # as the app's Tổng hợp: record the replies, merge, store, record the merge
    record = store.consolidation(base.id) or Consolidation(base.id)
    record.units = []  # each round receives the replies anew
    replies, _ = take_in(store, record, [read_reply(p) for p in paths], datetime.datetime.now())
    merge_new(store, base, record, replies)
"""


def test_a_kill_during_merges_loses_no_reply_and_leaves_the_store_whole(
    replies: list[Path], tmp_path: Path
) -> None:
    import time

    from lanson_report.store import Store

    folder = tmp_path / "data"
    store = Store.open(folder)
    base = store.create(_base()).draft
    store.close()
    sent = {path: path.read_bytes() for path in replies[:3]}
    tests = str(Path(__file__).resolve().parent)
    for delay in (0.3, 0.6, 0.9, 1.2, 1.7, 2.3):
        process = subprocess.Popen(
            [sys.executable, "-c", MERGER, str(folder), base.id, tests, *map(str, sent)],
            stdout=subprocess.PIPE,
        )
        try:
            assert process.stdout is not None and process.stdout.readline().strip() == b"merging"
            time.sleep(delay)
        finally:
            process.kill()
            process.wait(10)
            if process.stdout is not None:
                process.stdout.close()
        assert all(path.read_bytes() == data for path, data in sent.items()), "replies intact"
        store = Store.open(folder)
        try:
            listed = store.list()
            assert base.id in {item.id for item in listed}
            for item in listed:  # every stored draft reads back whole
                draft = store.get(item.id).draft
                assert draft.title == base.title
                if item.id != base.id:
                    assert {"Phòng Quản lý khoa học"} <= {
                        b.source for s in draft.sections for t in s.sections for b in t.blocks
                    } | {b.source for s in draft.sections for b in s.blocks}
            record = store.consolidation(base.id)
            if record is not None:  # the units' record reads back; every reply is in it
                units = {unit.name: unit for unit in record.units}
                assert "Phòng Quản lý khoa học" in units
                assert all(unit.received for unit in record.units)
                assert all(unit.state in ("received", "merged") for unit in record.units)
                if record.merged:
                    assert record.merged in {item.id for item in listed}
        finally:
            store.close()


def test_a_reply_names_its_unit_by_the_kit_it_came_back_from(tmp_path: Path) -> None:
    """A unit that retyped its name in the header ("PHÒNG QLKH") is still the unit its kit
    went to: the kit's id travels in the Word file's properties and in the draft file."""
    import datetime

    from lanson_report.intake.kits import kit_for
    from lanson_report.intake.replies import kits_of, read_reply
    from lanson_report.word import render_docx

    base = _base()
    units = ["Phòng Quản lý khoa học", "Trung tâm Ứng dụng KH&CN"]
    kit = kit_for(base, units[0], datetime.date(2025, 7, 15)).draft
    assert kit.id == kit_for(base, units[0], datetime.date(2025, 8, 1)).draft.id, "stable"
    kit.agency.name, kit.agency.name_in_text = "PHÒNG QLKH", ""
    as_word, as_draft = tmp_path / "qlkh.docx", tmp_path / "qlkh.json"
    render_docx(kit, as_word)
    edited = docx.Document(str(as_word))  # the unit edits it in Word and saves it
    edited.add_paragraph("Đã họp 4 hội đồng.")
    edited.save(str(as_word))
    draftfile.dump_path(kit, as_draft)
    kits = kits_of(base.id, units)
    assert read_reply(as_word, kits).unit == units[0]
    assert read_reply(as_draft, kits).unit == units[0]
    assert read_reply(as_word).unit == "Phòng QLKH", "without the kits: the header's name"


def _kit_reply(unit: str, base: Draft) -> Draft:
    """The kit as the unit got it (hints in italics, the notice on top), as in Word."""
    import datetime

    from lanson_report.intake.kits import kit_for

    return kit_for(base, unit, datetime.date(2025, 7, 15)).draft


def test_an_unmarked_outline_table_is_summed_or_stacked_and_an_unfilled_one_adds_nothing() -> None:
    """Tables the clerk never marked `combine` (the app has no switch for most outlines):
    one with row labels and figures is summed, one of text is stacked under each unit;
    a table sent back unfilled adds no copy."""
    from lanson_report.domain.consolidate import Reply, merge

    base = _base()
    base.sections[0].sections[2].blocks[0].combine = None  # type: ignore[union-attr]
    plans = Table(
        columns=[Column(5.0), Column(5.0)],
        rows=[[Cell([Run("Nhiệm vụ")]), Cell([Run("Thời gian")])], [Cell([]), Cell([])]],
        caption="Các nhiệm vụ năm tới",
    )
    base.sections[1].blocks.append(plans)
    first, second, idle = (_kit_reply(u, base) for u in ("Phòng A", "Phòng B", "Phòng C"))
    for number, reply in enumerate((first, second), start=1):
        (table,) = [b for b in reply.sections[0].sections[2].blocks if isinstance(b, Table)]
        for row, value in ((1, "2"), (2, "3"), (4, f"{number}00,5")):
            table.rows[row][4] = Cell([Run(value)])
        (own,) = [b for b in reply.sections[1].blocks if isinstance(b, Table)]
        own.rows[1] = [Cell([Run(f"Việc của phòng {number}")]), Cell([Run("Quý I")])]
    units = [Reply("Phòng A", first), Reply("Phòng B", second), Reply("Phòng C", idle)]
    merged = merge(base, units)
    (summed,) = [b for b in merged.draft.sections[0].sections[2].blocks if isinstance(b, Table)]
    assert [summed.rows[r][4].text for r in (1, 2, 4)] == ["4", "6", "301,0"]  # type: ignore[union-attr]
    (stacked,) = [b for b in merged.draft.sections[1].blocks if isinstance(b, Table)]
    texts = [" | ".join(c.text for c in row if c is not None) for row in stacked.rows]
    assert texts == [
        "Nhiệm vụ | Thời gian",
        " | ",
        "Phòng A",
        "Việc của phòng 1 | Quý I",
        "Phòng B",
        "Việc của phòng 2 | Quý I",
    ]


def test_the_kits_hints_and_notice_left_in_by_a_unit_are_not_merged() -> None:
    from lanson_report.domain.consolidate import Reply, merge

    base = _base()
    reply = _kit_reply("Phòng A", base)
    reply.sections[0].sections[0].blocks.append(_p("Đã họp 4 hội đồng."))
    merged = merge(base, [Reply("Phòng A", reply)])
    texts = [
        b.text
        for s in [*merged.draft.sections, *merged.draft.sections[0].sections]
        for b in s.blocks
        if isinstance(b, Block) and b.source
    ]
    assert sorted(texts) == ["Trên đây là báo cáo của Phòng A./.", "Đã họp 4 hội đồng."], "no hint"
    assert merged.replies[0].left == 3  # the notice and the two hints


def test_a_point_the_unit_added_under_a_known_heading_becomes_a_section_there() -> None:
    """The outline asks units to name their own points under a heading ("a) Lĩnh vực …"):
    a reply's subsection the outline lacks, under a section it matched, is a new section
    there (named in `added`), not text for Chưa xếp được."""
    from lanson_report.domain.consolidate import UNPLACED_HEADING, Reply, merge

    base = _base()
    reply = _reply(
        "Phòng A",
        [
            Section(
                "KẾT QUẢ THỰC HIỆN",
                [],
                [
                    Section(
                        "Công tác quản lý khoa học",
                        [],
                        [Section("Lĩnh vực nông nghiệp", [_p("Đã chuyển giao 3 giống lúa.")])],
                    )
                ],
            )
        ],
    )
    again = _reply(
        "Phòng B",
        [
            Section(
                "KẾT QUẢ THỰC HIỆN",
                [],
                [
                    Section(
                        "Công tác quản lý khoa học",
                        [],
                        [Section("Lĩnh vực nông nghiệp", [_p("Đã khảo nghiệm 2 giống ngô.")])],
                    )
                ],
            )
        ],
    )
    merged = merge(base, [Reply("Phòng A", reply), Reply("Phòng B", again)])
    science = merged.draft.sections[0].sections[0]
    (added,) = science.sections
    assert added.heading == "Lĩnh vực nông nghiệp"
    assert [b.text for b in added.blocks if isinstance(b, Block)] == [
        "Đã chuyển giao 3 giống lúa.",
        "Đã khảo nghiệm 2 giống ngô.",
    ], "the second unit's same point joins it"
    assert all(s.heading != UNPLACED_HEADING for s in merged.draft.sections)
    assert [(a.unit, a.placed_under) for a in merged.added] == [
        ("Phòng A", "Công tác quản lý khoa học")
    ]


def test_a_kit_names_no_button_of_the_app_and_such_a_hint_left_in_is_still_known() -> None:
    import datetime

    from lanson_report.domain.consolidate import Reply, merge
    from lanson_report.intake.kits import kit_for

    base = _base()
    hint = "Thêm điểm cho mỗi lĩnh vực khác (nút Thêm mục con), xóa điểm không dùng."
    base.sections[1].blocks = [Block("hint", [Run(hint)])]
    kit = kit_for(base, "Phòng A", datetime.date(2025, 7, 15)).draft
    (shown,) = [b.text for b in kit.sections[1].blocks if isinstance(b, Block)]
    assert shown == "Thêm điểm cho mỗi lĩnh vực khác, xóa điểm không dùng."
    merged = merge(base, [Reply("Phòng A", kit)])
    assert not [b for b in merged.draft.sections[1].blocks if b.source], "not merged as text"


def test_a_units_reply_withdrawn_leaves_the_merge_of_the_others() -> None:
    """Its text, its rows under its name in a stacked table and its figures in the summed
    ones go; what stays is what merging the others alone gives."""
    from lanson_report.domain.consolidate import Reply, merge, withdraw

    base = _base()
    base.sections[1].blocks.append(
        Table(
            columns=[Column(5.0), Column(5.0)],
            rows=[[Cell([Run("Nhiệm vụ")]), Cell([Run("Thời gian")])]],
            caption="Các nhiệm vụ năm tới",
        )
    )

    def with_plan(draft: Draft, text: str) -> Draft:
        draft.sections.append(
            Section(
                "PHƯƠNG HƯỚNG, NHIỆM VỤ",
                [
                    Table(
                        columns=[Column(5.0), Column(5.0)],
                        rows=[
                            [Cell([Run("Nhiệm vụ")]), Cell([Run("Thời gian")])],
                            [Cell([Run(text)]), Cell([Run("Quý I")])],
                        ],
                        caption="Các nhiệm vụ năm tới",
                    )
                ],
            )
        )
        return draft

    first = with_plan(_faithful(), "Việc của phòng khoa học")
    second = with_plan(_renamed(), "Việc của phòng chuyên ngành")
    both = merge(base, [Reply("Phòng Quản lý khoa học", first), Reply("Phòng QLCN", second)])
    alone = merge(base, [Reply("Phòng QLCN", second)])
    draft = both.draft
    assert withdraw(draft, "Phòng Quản lý khoa học", first) == 4
    assert _table_of(draft).rows == _table_of(alone.draft).rows, "figures as if never merged"
    sources = {b.source for s in draft.sections for t in s.sections for b in t.blocks}
    assert "Phòng Quản lý khoa học" not in sources | {b.source for b in draft.sections[1].blocks}
    (plans,) = [b for b in draft.sections[1].blocks if isinstance(b, Table)]
    assert [row[0].text for row in plans.rows if row[0]] == [
        "Nhiệm vụ",
        "Phòng QLCN",
        "Việc của phòng chuyên ngành",
    ]


def test_a_kit_of_a_builtin_outline_filled_in_word_sums_into_its_table(tmp_path: Path) -> None:
    """The kits' tables carry the outline's caption in the app's caption style, not as
    "Bảng 1. …": read back as a bold paragraph, the table matched nothing and every
    unit's copy was appended (a clerk trial). Units add their own rows in Word."""
    import datetime

    from lanson_report.domain.consolidate import merge
    from lanson_report.domain.model import Settings
    from lanson_report.domain.periods import parse
    from lanson_report.intake.kits import kit_for
    from lanson_report.intake.newdraft import start_draft
    from lanson_report.intake.outlines import builtin_for, load
    from lanson_report.intake.replies import read_reply
    from lanson_report.word import render_docx

    settings = Settings(place="Lạng Sơn")
    base = start_draft(load(builtin_for("year")), settings, parse("2026", "year"))
    rows = {
        "Phòng A": [("Số đề tài", "10", "12", "11"), ("Kinh phí", "1.000,5", "1.200", "1.100,25")],
        "Phòng B": [("Số đề tài", "3", "4", "5"), ("Kinh phí", "500", "600", "700")],
    }
    replies = []
    for unit, figures_ in rows.items():
        path = tmp_path / f"{unit}.docx"
        render_docx(kit_for(base, unit, datetime.date(2026, 12, 10)).draft, path)
        word = docx.Document(str(path))
        (table,) = [t for t in word.tables if t.rows[0].cells[0].text == "TT"][:1]
        for label, before, plan, done in figures_:
            cells = table.add_row().cells
            typed = ("", label, "", before, plan, done)  # no TT typed, as units do
            for cell, text in zip(cells, typed, strict=False):
                cell.text = text
        word.save(str(path))
        replies.append(read_reply(path))
    merged = merge(base, replies, ["Phòng A", "Phòng B", "Phòng C"])
    found = [
        b
        for s in merged.draft.sections
        for t in [s, *s.sections]
        for b in t.blocks
        if isinstance(b, Table) and b.caption == "Kết quả thực hiện các chỉ tiêu chủ yếu"
    ]
    assert len(found) == 1, "one table, summed, no copies"
    summed = {row[1].text: [c.text if c else "" for c in row[3:6]] for row in found[0].rows[1:]}
    assert summed == {"Số đề tài": ["13", "16", "16"], "Kinh phí": ["1.500,5", "1.800", "1.800,25"]}
    assert [row[0].text for row in found[0].rows[1:] if row[0]] == ["1", "2"], "TT numbered"
    assert "\n(Chưa bao gồm số liệu của: Phòng C)" in "".join(r.text for r in found[0].note)
    assert not [f for f in merged.findings if f.kind == "unknown_row"], "the units' own rows"
    from lanson_report.domain.checks import missing
    from lanson_report.domain.consolidate import Reply, forget_missing_notes

    (lacking,) = [p for p in missing(merged.draft) if "chưa bao gồm số liệu của" in p.message]
    assert lacking.message.endswith("chưa bao gồm số liệu của: Phòng C (đơn vị chưa gửi báo cáo)")
    from lanson_report.domain.model import clone

    late = clone(base)

    def walk(sections: list[Section]) -> list[Section]:
        return [x for s in sections for x in [s, *walk(s.sections)]]

    late_table = Table(columns=found[0].columns, rows=[found[0].rows[0]], caption=found[0].caption)
    late_table.rows = [
        found[0].rows[0],
        [Cell([Run(t)] if t else []) for t in ("", "Số đề tài", "", "1", "1", "2", "", "150,0")],
        [Cell([Run(t)] if t else []) for t in ("", "Số mô hình", "", "1", "2", "3", "", "")],
    ]
    for section in walk(late.sections):
        section.blocks = [b for b in section.blocks if not isinstance(b, Block)]
        if any(isinstance(b, Table) and b.caption == found[0].caption for b in section.blocks):
            section.blocks = [late_table]
        else:
            section.blocks = []
    forget_missing_notes(merged.draft)
    again = merge(merged.draft, [Reply("Phòng C", late)], ["Phòng C"])
    (table,) = [
        b
        for s in again.draft.sections
        for t in [s, *s.sections]
        for b in t.blocks
        if isinstance(b, Table) and b.caption == found[0].caption
    ]
    rows = {row[1].text: row for row in table.rows[1:] if row[1]}
    assert [rows[label][0].text for label in ("Số đề tài", "Kinh phí", "Số mô hình")] == [
        "1",
        "2",
        "3",
    ], "a row merged late takes the next number"
    assert rows["Số mô hình"][7].text == "300,0", "computed from the sums, not as typed"
    assert rows["Số đề tài"][7].text != "150,0"
    assert not [p for p in missing(again.draft) if "chưa bao gồm số liệu của" in p.message]


def test_a_units_point_takes_the_outlines_placeholder_and_a_stale_note_goes() -> None:
    """ "a) Lĩnh vực …" holding only hints is where the first unit's own point goes, named
    as the unit named it; the "(chưa bao gồm …)" note goes when the unit is merged late,
    though the editor joined it to the note before it."""
    from lanson_report.domain.consolidate import Reply, forget_missing_notes, merge

    base = _base()
    science = base.sections[0].sections[0]
    science.sections = [
        Section("Lĩnh vực …", [Block("hint", [Run("Đổi tên thành lĩnh vực")])]),
        Section("Lĩnh vực …", [Block("hint", [Run("Đổi tên thành lĩnh vực thứ hai")])]),
    ]
    reply = _reply(
        "Phòng A",
        [
            Section(
                "KẾT QUẢ THỰC HIỆN",
                [],
                [
                    Section(
                        "Công tác quản lý khoa học",
                        [],
                        [
                            Section("Lĩnh vực nông nghiệp", [_p("Đã chuyển giao 3 giống lúa.")]),
                            Section("Lĩnh vực y tế", [_p("Đã ứng dụng 2 kỹ thuật.")]),
                        ],
                    ),
                    Section("Số liệu", [_table([("1", "1"), ("", ""), ("", ""), ("1", "1")])]),
                ],
            )
        ],
    )
    idle = _reply(  # left its placeholders as they came, hints deleted
        "Phòng C",
        [
            Section(
                "KẾT QUẢ THỰC HIỆN",
                [],
                [Section("Công tác quản lý khoa học", [], [Section("Lĩnh vực …", [])] * 2)],
            )
        ],
    )
    merged = merge(base, [Reply("Phòng A", reply), Reply("Phòng C", idle)], ["Phòng A", "Phòng B"])
    points = merged.draft.sections[0].sections[0].sections
    assert [s.heading for s in points] == ["Lĩnh vực nông nghiệp", "Lĩnh vực y tế"], "no new"
    assert [b.text for b in points[0].blocks if isinstance(b, Block) and b.source] == [
        "Đã chuyển giao 3 giống lúa."
    ]
    table = _table_of(merged.draft)
    table.note = [Run("Ghi chú: số liệu ước.\n(chưa bao gồm số liệu của: Phòng B)")]  # joined
    forget_missing_notes(merged.draft)
    assert "".join(r.text for r in table.note) == "Ghi chú: số liệu ước."


def test_a_units_voice_after_opening_words_and_a_comma_is_pointed_out() -> None:
    from lanson_report.domain.mergeparts import own_voice

    block = _p("Năm 2026, Phòng đã tổ chức 4 hội đồng; Trung tâm phối hợp tốt.")
    block.source = "Phòng A"
    assert [m["unit"] for m in own_voice(block)] == ["Phòng", "Trung tâm"]
