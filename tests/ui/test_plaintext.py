"""The history and trash previews print what the paper prints, in the same order."""

from __future__ import annotations

import drafts

from lanson_report.files import draftfile
from lanson_report.ui.common.plaintext import draft_text


def test_plain_text_prints_kinh_gui_noi_nhan_and_luu() -> None:
    text = draft_text(draftfile.from_dict(drafts.roman_commune()))
    lines = text.splitlines()
    kinh_gui = lines.index("Kính gửi:")  # alone over several addressees
    assert lines[kinh_gui + 1] == "- Ủy ban nhân dân tỉnh Lạng Sơn;"
    assert lines.index("Nơi nhận:") < lines.index("- Lưu: VT, VP.") < lines.index("KT. CHỦ TỊCH")
    assert lines[-1] == "Lương Văn Đức"
    assert lines.index("I. KẾT QUẢ ĐẠT ĐƯỢC") < lines.index("a) Nông nghiệp")
    assert "- Trồng trọt." in lines and "+ Xây dựng." in lines
    assert lines[:3] == [
        "ỦY BAN NHÂN DÂN HUYỆN CAO LỘC",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
    ]
