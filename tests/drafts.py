"""Realistic draft files of other agencies, built as format v1 dicts."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def example() -> dict[str, Any]:
    return json.loads((FIXTURES / "bao-cao-ngay-khcn-2022.json").read_text(encoding="utf-8"))


def minimal(**changes: Any) -> dict[str, Any]:
    draft: dict[str, Any] = {
        "format": "lanson-report/draft",
        "format_version": 1,
        "doc_type": "BC",
        "agency": {"parent": "UBND TỈNH LẠNG SƠN", "name": "SỞ TƯ PHÁP", "abbreviation": "STP"},
        "number": "7",
        "place": "Lạng Sơn",
        "date": {"year": 2025, "month": 1, "day": 5},
        "title": "Tình hình thi hành pháp luật năm 2024",
        "basis": {"references": [], "closing": ""},
        "sections": [
            {"heading": "Kết quả", "blocks": [{"kind": "paragraph", "text": "Nội dung."}]}
        ],
        "closing": "Trên đây là báo cáo của Sở Tư pháp./.",
        "signature": {"lines": ["GIÁM ĐỐC"], "name": "Hoàng Văn Minh"},
        "recipients": [{"name": "UBND tỉnh", "note": "b/c"}],
        "archive": "VT",
    }
    draft.update(changes)
    return draft


def roman_commune() -> dict[str, Any]:
    """A district people's committee report: roman outline, three levels, TM./KT. signer."""
    para = {
        "kind": "paragraph",
        "text": "Công tác được triển khai đồng bộ, kịp thời, đúng quy định.",
    }
    return minimal(
        agency={
            "parent": "",
            "name": "ỦY BAN NHÂN DÂN HUYỆN CAO LỘC",
            "abbreviation": "UBND",
        },
        number="123",
        place="Cao Lộc",
        date={"year": 2024, "month": 12, "day": 28},
        title="Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024 và phương hướng, "
        "nhiệm vụ năm 2025",
        outline="roman",
        addressees=["Ủy ban nhân dân tỉnh Lạng Sơn", "Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn"],
        basis={
            "references": [
                {
                    "lead": "Căn cứ",
                    "kind": "Kế hoạch",
                    "number": "15/KH-UBND",
                    "date": "2024-01-09",
                    "issuer": "UBND tỉnh",
                    "subject": "về thực hiện nhiệm vụ năm 2024",
                }
            ],
            "closing": "UBND huyện báo cáo như sau:",
        },
        sections=[
            {
                "heading": "Kết quả đạt được",
                "blocks": [para],
                "sections": [
                    {
                        "heading": "Lĩnh vực kinh tế",
                        "blocks": [para],
                        "sections": [
                            {
                                "heading": "Nông nghiệp",
                                "blocks": [para, {"kind": "bullet", "text": "Trồng trọt."}],
                            },
                            {
                                "heading": "Công nghiệp",
                                "blocks": [{"kind": "subbullet", "text": "Xây dựng."}],
                            },
                        ],
                    },
                    {"heading": "Lĩnh vực văn hóa - xã hội", "blocks": [para]},
                ],
            },
            {"heading": "Phương hướng, nhiệm vụ năm 2025", "blocks": [para]},
        ],
        closing="Trên đây là báo cáo của UBND huyện Cao Lộc./.",
        signature={
            "lines": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
            "name": "Lương Văn Đức",
        },
        recipients=[
            {"name": "UBND tỉnh", "note": "b/c"},
            {"name": "Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn", "note": "b/c"},
            {"name": "Thường trực Huyện ủy, Thường trực HĐND huyện"},
            {"name": "Chủ tịch, các Phó Chủ tịch UBND huyện"},
        ],
        archive="VT, VP",
    )


def long_names() -> dict[str, Any]:
    """An issuing body whose name wraps, a blank number, day and month."""
    return minimal(
        agency={
            "parent": "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH LẠNG SƠN",
            "name": "TRUNG TÂM ỨNG DỤNG, PHÁT TRIỂN KHOA HỌC - CÔNG NGHỆ VÀ ĐO LƯỜNG, "
            "CHẤT LƯỢNG SẢN PHẨM",
            "abbreviation": "TTUDPTKHCN",
        },
        number="",
        date={"year": 2023, "month": None, "day": None},
        addressees=["Sở Khoa học và Công nghệ tỉnh Lạng Sơn"],
    )


def with_paragraphs(count: int, words: int = 6) -> dict[str, Any]:
    """A body of `count` short paragraphs, to end the text anywhere on a page."""
    text = " ".join(["chữ"] * words)
    blocks = [{"kind": "paragraph", "text": f"Đoạn {i + 1} {text}."} for i in range(count)]
    return minimal(sections=[{"heading": "Nội dung", "blocks": blocks}])


def pages(count: int) -> dict[str, Any]:
    """A long report of about `count` + 1 pages of justified text (24 gives 25 pages)."""
    sentence = (
        "Sở Khoa học và Công nghệ đã phối hợp với các sở, ngành, địa phương triển khai "
        "các nhiệm vụ khoa học và công nghệ, đổi mới sáng tạo, tiêu chuẩn đo lường chất lượng. "
    )
    sections = [
        {
            "heading": f"Nhiệm vụ thứ {n + 1}",
            "blocks": [
                {"kind": "paragraph", "text": sentence * 4},
                {"kind": "bullet", "text": [sentence, {"text": "đạt kết quả tốt", "bold": True}]},
                {"kind": "subbullet", "text": sentence * 2},
            ],
        }
        for n in range(count * 2)
    ]
    return minimal(sections=sections)


def variant(base: dict[str, Any], **changes: Any) -> dict[str, Any]:
    out = copy.deepcopy(base)
    out.update(changes)
    return out
