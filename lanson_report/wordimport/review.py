"""What an import recognised and what it did not, field by field, for the clerk to check."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Field:
    label: str  # Vietnamese name of the part of the report
    value: str  # what was read, as it will be printed ("" for a blank kept blank)
    found: bool  # False: not found in the file, left for the clerk to fill in


ORDER = (
    "Cơ quan chủ quản",
    "Cơ quan ban hành",
    "Số",
    "Ký hiệu",
    "Đơn vị soạn thảo (ký hiệu)",
    "Địa danh",
    "Ngày tháng năm",
    "Loại văn bản",
    "Trích yếu",
    "Thẩm quyền ban hành",
    "Kính gửi",
    "Thành phần mời",
    "Tới dự",
    "Chủ trì",
    "Thời gian",
    "Địa điểm",
    "Căn cứ (phần mở đầu)",
    "Căn cứ",
    "Theo đề nghị của",
    "Phần mở đầu còn lại",
    "Đề mục",
    "Đoạn kết (./.)",
    "Quyền hạn, chức vụ người ký",
    "Họ tên người ký",
    "Nơi nhận",
    "Lưu",
    "Phụ lục",
)


@dataclass
class Review:
    fields: list[Field] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # warnings: conversions, tables, ...
    unplaced: list[str] = field(default_factory=list)  # text put at the end of the content

    def add(self, label: str, value: str, found: bool = True) -> None:
        self.fields.append(Field(label, value, found))

    def in_order(self) -> None:
        """Fields in the order they stand on the printed page."""
        rank = {label: index for index, label in enumerate(ORDER)}
        self.fields.sort(key=lambda f: rank.get(f.label.rstrip("0123456789 "), len(ORDER)))

    def missing(self) -> list[str]:
        return [f.label for f in self.fields if not f.found]

    def lines(self) -> list[str]:
        """The review as plain lines, for the command line."""
        out = []
        for item in self.fields:
            if not item.found:
                out.append(f"  [chưa có] {item.label}")
            else:
                out.append(f"  [đã đọc] {item.label}: {item.value or '(để trống)'}")
        out += [f"  lưu ý: {note}" for note in self.notes]
        out += [f"  chưa xếp được (để ở cuối nội dung): {text}" for text in self.unplaced]
        return out
