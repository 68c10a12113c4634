"""The document types a department writes (Decree 30/2020, Phụ lục III): one registry.

Everything that differs by type is said here once — the code in the ký hiệu, the printed
name, the model form, whether Kính gửi is required, optional or absent, the first line
of Nơi nhận, the extra fields and the built-in outline. The printed document, the
outputs, the wizard, the checks, the Word import and the store ask `doc_type(code)`;
nothing else spells a type's rule (../shared/decree30-types.md, draft-format.md v3).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Addressees = Literal["required", "optional", "none"]
AFTER_ADDRESSEES = "Như trên"  # Nơi nhận's first line whenever there is a Kính gửi
Form = Literal["1.4", "1.5", "1.2", "1.7"]  # Mẫu 1.4 report-like, 1.5 công văn, 1.2 QĐ, 1.7 GM
TypeOutline = Literal["arabic", "roman", "articles"]
ExtraField = Literal["unit", "authority", "proposal", "invitation"]
Basis = Literal["paragraph", "lines", "none"]  # the căn cứ: one opening paragraph, QĐ lines, none


@dataclass(frozen=True)
class OutlineSection:
    """A section of a type's built-in outline: its heading, its sub-headings, a hint."""

    heading: str
    sections: tuple[str, ...] = ()
    hint: str = ""


@dataclass(frozen=True)
class DocType:
    code: str  # as in the ký hiệu, Phụ lục III's case: "TTr", "ĐA" (Đ is U+0110)
    name: str  # printed type name, capitals; "" for a công văn, which prints none
    label: str  # as the clerk reads it in lists and menus: "Tờ trình"
    form: Form
    addressees: Addressees
    extra: tuple[ExtraField, ...] = ()  # v3 keys the type uses; `required` says which must be set
    required: tuple[ExtraField, ...] = ()
    first_recipient: str = ""  # the Nơi nhận line it expects first: "Như trên", "Như Điều {n}"
    outline: TypeOutline = "roman"  # numbering of a new document of the type
    built_in: tuple[OutlineSection, ...] = ()  # sections of a new document of the type
    closing: str = ""  # a usual last paragraph, offered to a new document; `{agency}`: its name
    basis: Basis = "paragraph"  # lines: italic, one per line (QĐ); none: no căn cứ block (CV, GM)
    title_prefix: str = ""  # printed before the trích yếu: `V/v` for a công văn
    body_step: str = "Nội dung"  # the wizard's name for the body: `Điều` for a decision
    one_form: bool = False  # the body is one form, its notes one section (Giấy mời)

    @property
    def in_sentence(self) -> str:
        """The type as named inside a sentence: `Kèm theo Kế hoạch số …`."""
        return self.label

    @property
    def has_type_line(self) -> bool:
        return bool(self.name)

    @property
    def takes_addressees(self) -> bool:
        return self.addressees != "none"

    @property
    def abstract_in_header(self) -> bool:
        """Mẫu 1.5: the trích yếu prints as `V/v …` under `Số:`, and no title block."""
        return self.form == "1.5"

    @property
    def basis_per_line(self) -> bool:
        """Mẫu 1.2: căn cứ one per line in italics, under the authority line."""
        return self.form == "1.2"

    @property
    def enacting(self) -> str:
        """The line between the căn cứ and the articles (`QUYẾT ĐỊNH:`), "" for none."""
        return f"{self.name}:" if self.form == "1.2" else ""

    @property
    def invites(self) -> bool:
        """Mẫu 1.7: the invitation's lines open the body."""
        return "invitation" in self.extra


_PLAN = (
    OutlineSection("MỤC ĐÍCH, YÊU CẦU", ("Mục đích", "Yêu cầu")),
    OutlineSection("NỘI DUNG", (), "Các nhiệm vụ, giải pháp cụ thể; đơn vị chủ trì, thời hạn."),
    OutlineSection("TỔ CHỨC THỰC HIỆN", (), "Phân công trách nhiệm, chế độ báo cáo."),
    OutlineSection("KINH PHÍ", (), "Nguồn kinh phí thực hiện kế hoạch."),
)
_SUBMISSION = (
    OutlineSection("SỰ CẦN THIẾT", (), "Căn cứ pháp lý và thực tiễn của đề xuất."),
    OutlineSection("NỘI DUNG ĐỀ XUẤT", ()),
    OutlineSection("KIẾN NGHỊ", ()),
)
_NOTICE = (OutlineSection("", (), "… kết luận như sau: 1. … 2. …"),)
_DECISION = (
    OutlineSection("", (), "Thành lập / phê duyệt …"),
    OutlineSection("", (), "Quyết định có hiệu lực kể từ ngày ký."),
    OutlineSection("", (), "Chánh Văn phòng Sở, … chịu trách nhiệm thi hành Quyết định này."),
)

_INVITATION = (
    OutlineSection("", (), "Ghi chú: tài liệu, đăng ký dự, liên hệ…; dòng cuối kết thúc ./."),
)

TYPES: tuple[DocType, ...] = (
    DocType("BC", "BÁO CÁO", "Báo cáo", "1.4", "optional", outline="arabic"),
    DocType("KH", "KẾ HOẠCH", "Kế hoạch", "1.4", "none", built_in=_PLAN),
    DocType(
        "TTr",
        "TỜ TRÌNH",
        "Tờ trình",
        "1.4",
        "required",
        first_recipient=AFTER_ADDRESSEES,
        built_in=_SUBMISSION,
        closing="{agency} kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./.",
    ),
    DocType(
        "TB",
        "THÔNG BÁO",
        "Thông báo",
        "1.4",
        "none",
        outline="arabic",
        built_in=_NOTICE,
        closing="Văn phòng Sở thông báo để các phòng, đơn vị biết, thực hiện./.",
    ),
    DocType("CTr", "CHƯƠNG TRÌNH", "Chương trình", "1.4", "none"),
    DocType("ĐA", "ĐỀ ÁN", "Đề án", "1.4", "none"),
    DocType("HD", "HƯỚNG DẪN", "Hướng dẫn", "1.4", "none"),
    DocType("PA", "PHƯƠNG ÁN", "Phương án", "1.4", "none"),
    DocType(
        "CV",
        "",
        "Công văn",
        "1.5",
        "required",
        extra=("unit",),
        required=("unit",),
        first_recipient=AFTER_ADDRESSEES,
        outline="arabic",
        basis="none",
        title_prefix="V/v",
    ),
    DocType(
        "QĐ",
        "QUYẾT ĐỊNH",
        "Quyết định",
        "1.2",
        "none",
        extra=("authority", "proposal"),
        required=("authority",),
        first_recipient="Như Điều {n}",
        outline="articles",
        built_in=_DECISION,
        basis="lines",
        body_step="Điều",
    ),
    DocType(
        "GM",
        "GIẤY MỜI",
        "Giấy mời",
        "1.7",
        "none",
        extra=("invitation",),
        required=("invitation",),
        first_recipient="Như thành phần mời",
        outline="arabic",
        basis="none",
        body_step="Nội dung mời",
        one_form=True,
        built_in=_INVITATION,
    ),
)

BY_CODE: dict[str, DocType] = {item.code: item for item in TYPES}
CODES: tuple[str, ...] = tuple(BY_CODE)
DEFAULT = "BC"


def doc_type(code: str) -> DocType:
    """The type of a code; an unknown code (a file from a newer program) reads as a report,
    which keeps every word: the file reader refuses unknown codes before this."""
    return BY_CODE.get(code) or BY_CODE[DEFAULT]


def from_code_text(text: str) -> DocType | None:
    """The type a ký hiệu's code names, in any case (`ttr`, `QD` for QĐ), or None."""
    folded = text.strip().upper().replace("Đ", "D")
    for item in TYPES:
        if item.code.upper().replace("Đ", "D") == folded:
            return item
    return None


def from_name(text: str) -> DocType | None:
    """The type whose printed name the line is (`KẾ HOẠCH`, `Tờ trình`), or None."""
    folded = " ".join(text.split()).upper()
    for item in TYPES:
        if item.name and item.name == folded:
            return item
    return None


def first_recipient(item: DocType, executing_article: int | None = None) -> str:
    """The Nơi nhận line the type expects first; for a QĐ, `Như Điều n` of the executing
    article (the last one by custom)."""
    if "{n}" in item.first_recipient:
        return item.first_recipient.format(n=executing_article or 3)
    return item.first_recipient


# -- reading a document written elsewhere (the Word import) -----------------------------
Opening = Literal["paragraph", "lines", "none"]
_OPENINGS: dict[str, Opening] = {"1.4": "paragraph", "1.2": "lines", "1.5": "none", "1.7": "none"}


def opening(item: DocType) -> Opening:
    """How its căn cứ stand: one opening paragraph (Mẫu 1.4), one italic line each (a
    QĐ), or none apart from the running text (a công văn, a giấy mời)."""
    return _OPENINGS[item.form]


def closing_in_body(item: DocType) -> bool:
    """Its last paragraph, ending `./.`, belongs to the body (a công văn's text, a QĐ's
    last Điều, a giấy mời's notes), not to a closing paragraph of its own."""
    return item.form != "1.4"


# -- types the app does not write, as documents from elsewhere name them ----------------


@dataclass(frozen=True)
class OtherType:
    """A type of Decree 30 (or a text that is no type at all) the app does not write: a
    document of it is imported as the registry type `closest`, every word kept."""

    code: str  # in its ký hiệu (`BB`), "" when it has none
    name: str  # its type line, capitals
    label: str
    closest: str  # the registry code it is imported as


OTHER_TYPES: tuple[OtherType, ...] = (
    OtherType("BB", "BIÊN BẢN", "Biên bản", "BC"),
    OtherType("", "THAM LUẬN", "Tham luận", "BC"),
    OtherType("", "BÀI PHÁT BIỂU", "Bài phát biểu", "BC"),
    OtherType("NQ", "NGHỊ QUYẾT", "Nghị quyết", "QĐ"),
    OtherType("CT", "CHỈ THỊ", "Chỉ thị", "BC"),
    OtherType("QC", "QUY CHẾ", "Quy chế", "BC"),
    OtherType("QyĐ", "QUY ĐỊNH", "Quy định", "BC"),
    OtherType("TC", "THÔNG CÁO", "Thông cáo", "TB"),
    OtherType("", "DỰ ÁN", "Dự án", "ĐA"),  # its code DA reads as ĐA, typed without Đ
    OtherType("GGT", "GIẤY GIỚI THIỆU", "Giấy giới thiệu", "CV"),
)


def other_from_name(text: str) -> OtherType | None:
    """The other type whose type line the text is, or starts with (`BIÊN BẢN HỌP …`)."""
    folded = " ".join(text.split()).upper()
    for item in OTHER_TYPES:
        if folded == item.name or folded.startswith(item.name + " "):
            return item
    return None


def other_from_code(text: str) -> OtherType | None:
    folded = text.strip().upper()
    return next((item for item in OTHER_TYPES if item.code and item.code.upper() == folded), None)
