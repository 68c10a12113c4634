"""A full, realistic draft file (format v3) of every document type, as a department of
Lạng Sơn writes them (../shared/decree30-types.md)."""

from __future__ import annotations

import copy
from typing import Any

AGENCY = {
    "parent": "UBND TỈNH LẠNG SƠN",
    "name": "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
    "abbreviation": "SKHCN",
}


def _paragraph(text: str, kind: str = "paragraph") -> dict[str, Any]:
    return {"kind": kind, "text": text}


def _base(doc_type: str, title: str, **changes: Any) -> dict[str, Any]:
    draft: dict[str, Any] = {
        "format": "lanson-report/draft",
        "format_version": 3,
        "doc_type": doc_type,
        "agency": dict(AGENCY),
        "number": "12",
        "place": "Lạng Sơn",
        "date": {"year": 2025, "month": 3, "day": 14},
        "title": title,
        "outline": "roman",
        "basis": {"references": [], "closing": ""},
        "sections": [],
        "closing": "",
        "signature": {"lines": ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "name": "Hoàng Văn Nam"},
        "recipients": [{"name": "UBND tỉnh", "note": "b/c"}, {"name": "Lãnh đạo Sở"}],
        "archive": "VT, VP",
    }
    draft.update(changes)
    return draft


def plan() -> dict[str, Any]:
    """Kế hoạch (Mẫu 1.4): no Kính gửi, I. MỤC ĐÍCH, YÊU CẦU …"""
    return _base(
        "KH",
        "Triển khai nhiệm vụ chuyển đổi số năm 2025",
        basis={
            "references": [
                {
                    "lead": "Thực hiện",
                    "kind": "Kế hoạch",
                    "number": "55/KH-UBND",
                    "date": "2025-02-10",
                    "issuer": "UBND tỉnh",
                    "subject": "về chuyển đổi số tỉnh Lạng Sơn năm 2025",
                }
            ],
            "closing": "Sở Khoa học và Công nghệ ban hành Kế hoạch thực hiện như sau:",
        },
        sections=[
            {
                "heading": "MỤC ĐÍCH, YÊU CẦU",
                "blocks": [],
                "sections": [
                    {"heading": "Mục đích", "blocks": [_paragraph("Nâng cao hiệu quả quản lý.")]},
                    {"heading": "Yêu cầu", "blocks": [_paragraph("Bảo đảm đúng tiến độ.")]},
                ],
            },
            {
                "heading": "NỘI DUNG",
                "blocks": [_paragraph("Số hóa hồ sơ, tài liệu lưu trữ của Sở.", "bullet")],
            },
            {
                "heading": "TỔ CHỨC THỰC HIỆN",
                "blocks": [_paragraph("Văn phòng Sở chủ trì, theo dõi, đôn đốc thực hiện.")],
            },
        ],
        recipients=[
            {"name": "UBND tỉnh", "note": "b/c"},
            {"name": "Các phòng, đơn vị thuộc Sở", "note": "t/h"},
        ],
    )


def submission() -> dict[str, Any]:
    """Tờ trình (Mẫu 1.4): Kính gửi required, Nơi nhận starts `Như trên`."""
    return _base(
        "TTr",
        "Đề nghị phê duyệt danh mục nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2026",
        addressees=["Ủy ban nhân dân tỉnh Lạng Sơn"],
        sections=[
            {"heading": "SỰ CẦN THIẾT", "blocks": [_paragraph("Căn cứ kết quả tư vấn xác định.")]},
            {"heading": "NỘI DUNG ĐỀ XUẤT", "blocks": [_paragraph("Phê duyệt 12 nhiệm vụ.")]},
            {"heading": "KIẾN NGHỊ", "blocks": [_paragraph("Đề nghị UBND tỉnh phê duyệt.")]},
        ],
        closing=("Sở Khoa học và Công nghệ kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./."),
        recipients=[{"name": "Như trên"}, {"name": "Lãnh đạo Sở"}],
    )


def notice() -> dict[str, Any]:
    """Thông báo kết luận (Mẫu 1.4), signed TL. GIÁM ĐỐC / CHÁNH VĂN PHÒNG."""
    return _base(
        "TB",
        "Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 3 năm 2025",
        outline="arabic",
        sections=[
            {
                "heading": "",
                "blocks": [
                    _paragraph("Ngày 10/3/2025, Giám đốc Sở chủ trì họp giao ban; kết luận:"),
                    _paragraph("1. Các phòng hoàn thành báo cáo quý I trước ngày 20/3/2025."),
                ],
            }
        ],
        closing="Văn phòng Sở thông báo để các phòng, đơn vị biết, thực hiện./.",
        signature={"lines": ["TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG"], "name": "Lê Thị Hoa"},
    )


def scheme() -> dict[str, Any]:
    """A long Đề án with parts above I. (`Phần I`)."""
    return _base(
        "ĐA",
        "Phát triển thị trường khoa học và công nghệ tỉnh Lạng Sơn đến năm 2030",
        sections=[
            {
                "heading": "Sự cần thiết và căn cứ xây dựng Đề án",
                "part": True,
                "blocks": [],
                "sections": [
                    {"heading": "SỰ CẦN THIẾT", "blocks": [_paragraph("Thị trường còn nhỏ.")]},
                ],
            },
            {
                "heading": "Nội dung Đề án",
                "part": True,
                "blocks": [],
                "sections": [
                    {"heading": "MỤC TIÊU", "blocks": [_paragraph("Đến năm 2030, …")]},
                    {"heading": "NHIỆM VỤ, GIẢI PHÁP", "blocks": [_paragraph("Hỗ trợ …")]},
                ],
            },
        ],
    )


def letter() -> dict[str, Any]:
    """Công văn (Mẫu 1.5): no type line, `V/v` under `Số:`, ký hiệu SKHCN-VP."""
    return _base(
        "CV",
        "đề nghị báo cáo kết quả thực hiện nhiệm vụ khoa học và công nghệ năm 2024 của các "
        "sở, ban, ngành và UBND các huyện, thành phố",
        unit="VP",
        outline="arabic",
        addressees=[
            "Các sở, ban, ngành tỉnh",
            "UBND các huyện, thành phố",
        ],
        sections=[
            {
                "heading": "",
                "blocks": [
                    _paragraph(
                        "Thực hiện chỉ đạo của UBND tỉnh tại Công văn số 125/UBND-KT ngày "
                        "05/3/2025, Sở Khoa học và Công nghệ đề nghị các cơ quan, đơn vị báo "
                        "cáo kết quả thực hiện nhiệm vụ năm 2024, gửi về Sở trước ngày "
                        "25/3/2025./."
                    )
                ],
            }
        ],
        signature={"lines": ["TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG"], "name": "Lê Thị Hoa"},
        recipients=[{"name": "Như trên"}, {"name": "Giám đốc Sở", "note": "b/c"}],
    )


def decision() -> dict[str, Any]:
    """Quyết định (Mẫu 1.2): authority, italic căn cứ, QUYẾT ĐỊNH:, Điều 1 … 3."""
    return _base(
        "QĐ",
        "Về việc thành lập Hội đồng tư vấn xác định nhiệm vụ khoa học và công nghệ năm 2026",
        outline="articles",
        authority="GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ",
        proposal="Theo đề nghị của Trưởng phòng Quản lý khoa học.",
        basis={
            "references": [
                {
                    "lead": "Căn cứ",
                    "kind": "Quyết định",
                    "number": "19/2021/QĐ-UBND",
                    "date": "2021-06-15",
                    "issuer": "UBND tỉnh Lạng Sơn",
                    "subject": "quy định chức năng, nhiệm vụ của Sở Khoa học và Công nghệ",
                }
            ],
            "closing": "",
        },
        sections=[
            {
                "heading": "",
                "blocks": [_paragraph("Thành lập Hội đồng tư vấn gồm các ông (bà) có tên sau:")],
                "sections": [
                    {"heading": "", "blocks": [_paragraph("Ông Hoàng Văn Nam, Chủ tịch.")]},
                    {"heading": "", "blocks": [_paragraph("Bà Lê Thị Hoa, Thư ký.")]},
                ],
            },
            {"heading": "Hiệu lực thi hành", "blocks": [_paragraph("Có hiệu lực từ ngày ký.")]},
            {
                "heading": "",
                "blocks": [
                    _paragraph(
                        "Chánh Văn phòng Sở, Trưởng phòng Quản lý khoa học và các ông (bà) có "
                        "tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."
                    )
                ],
            },
        ],
        signature={"lines": ["GIÁM ĐỐC"], "name": "Nguyễn Thị Hà"},
        recipients=[{"name": "Như Điều 3"}, {"name": "Lãnh đạo Sở"}],
    )


def invitation() -> dict[str, Any]:
    """Giấy mời (Mẫu 1.7): one form, no Kính gửi."""
    return _base(
        "GM",
        "Hội nghị tổng kết công tác khoa học và công nghệ năm 2024",
        outline="arabic",
        invitation={
            "invitees": "Đại diện lãnh đạo các sở, ban, ngành tỉnh",
            "event": "Hội nghị tổng kết công tác khoa học và công nghệ năm 2024",
            "chair": "Đồng chí Giám đốc Sở Khoa học và Công nghệ",
            "time": "08 giờ 00 phút, thứ Sáu, ngày 21/3/2025",
            "place": "Hội trường tầng 3, Sở Khoa học và Công nghệ, số 35 đường Lê Lợi",
        },
        sections=[
            {
                "heading": "",
                "blocks": [
                    _paragraph(
                        "Tài liệu hội nghị đăng tại Trang thông tin điện tử của Sở. Rất mong "
                        "các đại biểu đến dự đúng giờ./."
                    )
                ],
            }
        ],
        recipients=[{"name": "Như thành phần mời"}],
    )


SAMPLES = {
    "KH": plan,
    "TTr": submission,
    "TB": notice,
    "ĐA": scheme,
    "CV": letter,
    "QĐ": decision,
    "GM": invitation,
}


def sample(code: str) -> dict[str, Any]:
    return copy.deepcopy(SAMPLES[code]())
