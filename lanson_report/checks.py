"""What a draft still lacks before it can be printed for signing."""

from __future__ import annotations

from dataclasses import dataclass

from .model import Draft


@dataclass(frozen=True)
class Problem:
    field: str  # where to jump to, a draft-file path such as `signature.name`
    message: str  # what is missing, in words a clerk understands


def missing(draft: Draft) -> list[Problem]:
    """Each missing item, in the order the wizard asks for them."""
    problems: list[Problem] = []

    def need(ok: bool, field: str, message: str) -> None:
        if not ok:
            problems.append(Problem(field, message))

    need(bool(draft.agency.name.strip()), "agency.name", "chưa có tên cơ quan ban hành")
    need(
        bool(draft.agency.abbreviation.strip()),
        "agency.abbreviation",
        "chưa có chữ viết tắt tên cơ quan (dùng trong ký hiệu văn bản)",
    )
    need(bool(draft.place.strip()), "place", "chưa có địa danh ở dòng ngày tháng")
    need(bool(draft.title.strip()), "title", "chưa có trích yếu nội dung báo cáo")
    has_body = any(s.blocks or s.sections for s in draft.sections) or bool(draft.basis.references)
    need(has_body, "sections", "báo cáo chưa có nội dung")
    need(bool(draft.signature.lines), "signature.lines", "chưa có chức vụ người ký")
    need(bool(draft.signature.name.strip()), "signature.name", "chưa có họ tên người ký")
    need(bool(draft.recipients), "recipients", "chưa có nơi nhận")
    return problems
