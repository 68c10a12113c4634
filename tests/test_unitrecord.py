"""Tổng hợp's record of the units: states, receipts, deadline, kept in the store."""

from __future__ import annotations

import datetime
import zipfile
from pathlib import Path

import pytest

from lanson_report.domain.model import Period
from lanson_report.domain.unitrecord import Consolidation, from_dict, proposed_deadline
from lanson_report.store import Store

AT = datetime.datetime(2026, 12, 10, 14, 5, 33)


def _record() -> Consolidation:
    record = Consolidation("bao-cao-so", deadline=datetime.date(2026, 12, 12))
    record.expect(["Phòng Quản lý khoa học", "Trung tâm Ứng dụng KH&CN", "Văn phòng Sở"])
    return record


def test_a_unit_goes_from_not_received_to_received_to_merged_to_asked_to_complete() -> None:
    record = _record()
    assert [u.label for u in record.units] == ["chưa nhận"] * 3
    record.receive("phòng quản lý  khoa học", "D:/Báo cáo/qlkh.docx", "abc", AT)
    qlkh = record.units[0]
    assert (qlkh.state, qlkh.label) == ("received", "đã nhận, chưa gộp"), "matched folded"
    assert qlkh.received[0].when == "14:05 ngày 10/12/2026"
    assert record.seen("abc") == (qlkh, qlkh.received[0]) and record.seen("xyz") is None
    record.merged_into(["Phòng Quản lý khoa học"], "tong-hop")
    assert (qlkh.state, record.merged) == ("merged", "tong-hop")
    record.ask_to_complete("Phòng Quản lý khoa học", "  số liệu   cùng kỳ ")
    assert (qlkh.state, qlkh.note) == ("incomplete", "số liệu cùng kỳ")
    assert [u.name for u in record.chased()] == [
        "Phòng Quản lý khoa học",
        "Trung tâm Ứng dụng KH&CN",
        "Văn phòng Sở",
    ]
    record.receive("Phòng Quản lý khoa học", "qlkh-bo-sung.docx", "def", AT)
    assert qlkh.state == "received", "its supplement is in, not merged yet"
    record.holds(["Trung tâm Ứng dụng KH&CN", "Phòng Quản lý khoa học"])
    assert record.units[1].state == "merged", "merged before the record was kept"
    assert qlkh.state == "received", "the merged report holds its first reply only"
    record.expect(["Phòng Quản lý khoa học", "Phòng Kế hoạch"])
    assert [u.name for u in record.units][-1] == "Phòng Kế hoạch" and len(record.units) == 4


def test_the_deadline_is_told_as_days_left_or_days_late() -> None:
    record = _record()
    assert record.deadline_left(datetime.date(2026, 12, 6)) == "còn 6 ngày"
    assert record.deadline_left(datetime.date(2026, 12, 12)) == "hôm nay"
    assert record.deadline_left(datetime.date(2026, 12, 14)) == "quá hạn 2 ngày"
    record.deadline = None
    assert record.deadline_left(datetime.date(2026, 12, 14)) == ""


def test_the_record_reads_back_and_a_damaged_one_is_refused_not_guessed() -> None:
    record = _record()
    record.receive("Văn phòng Sở", "vp.json", "f1", AT)
    record.ask_to_complete("Văn phòng Sở", "biểu 02")
    assert from_dict(record.to_dict()) == record
    broken = record.to_dict()
    broken["units"][0]["state"] = "lost"
    assert from_dict(broken) is None
    assert from_dict({"units": []}) is None and from_dict("x") is None
    assert from_dict({"id": "a", "deadline": "2026-02-31"}) is None


@pytest.mark.parametrize(
    ("period", "today", "expected"),
    [
        # four days before the cut-off (14/12/2026): Thursday 10/12
        (Period("year", 2026), datetime.date(2026, 12, 1), datetime.date(2026, 12, 10)),
        # 14/3/2026 - 4 = 10/3, a Tuesday
        (Period("month", 2026, 3), datetime.date(2026, 3, 2), datetime.date(2026, 3, 10)),
        # 14/10/2026 - 4 = Saturday 10/10: the Friday before
        (Period("month", 2026, 10), datetime.date(2026, 10, 1), datetime.date(2026, 10, 9)),
        # the cut-off too close (10/12 is 2 days away): a week from today
        (Period("year", 2026), datetime.date(2026, 12, 8), datetime.date(2026, 12, 15)),
        (Period("quarter", 2026, 4), datetime.date(2027, 1, 5), datetime.date(2027, 1, 12)),
        (None, datetime.date(2026, 12, 6), datetime.date(2026, 12, 13)),
    ],
)
def test_the_deadline_is_proposed_from_the_periods_cut_off(
    period: Period | None, today: datetime.date, expected: datetime.date
) -> None:
    assert proposed_deadline(period, today) == expected


def test_the_store_keeps_the_record_across_restarts_and_in_backups(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "data")
    record = _record()
    record.receive("Văn phòng Sở", "vp.json", "f1", AT)
    store.save_consolidation(record)
    record.merged_into(["Văn phòng Sở"], "tong-hop")
    store.save_consolidation(record)  # replaced, not added
    assert store.consolidation("khac") is None
    store.export_backup(tmp_path / "sao-luu.zip")
    store.close()
    again = Store.open(tmp_path / "data")
    assert again.consolidation("bao-cao-so") == record
    again.close()
    with zipfile.ZipFile(tmp_path / "sao-luu.zip") as archive:
        meta = archive.read("store.json").decode("utf-8")
    assert '"consolidations"' in meta and "Văn phòng Sở" in meta.encode().decode("utf-8")


def test_the_store_keeps_each_reply_as_read_by_its_fingerprint(tmp_path: Path) -> None:
    from lanson_report.domain.consolidate import fingerprint
    from lanson_report.domain.errors import StoreError
    from lanson_report.domain.model import Block, Run, Section, new_draft

    store = Store.open(tmp_path / "data")
    reply = new_draft(2026)
    reply.sections = [Section("Kết quả", [Block("paragraph", [Run("Đã họp.")])])]
    mark = fingerprint(reply)
    store.keep_reply(mark, reply)
    store.close()
    again = Store.open(tmp_path / "data")
    kept = again.kept_reply(mark)
    assert kept is not None and kept.sections[0].blocks[0].text == "Đã họp."  # type: ignore[union-attr]
    assert again.kept_reply("0" * 64) is None and again.kept_reply("../store") is None
    with pytest.raises(StoreError):
        again.keep_reply("../../etc/passwd", reply)
    again.close()
