"""Decree 30 rules that look at the whole draft: the first citation of each document, the
recipients after Kính gửi, the Lưu line, and the signer's block."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..model import AUTHORITY_PREFIXES, Draft
from .findings import Finding

CITATION = re.compile(
    r"(?<!\w)(?:Quyết định|Nghị định|Thông tư|Công văn|Kế hoạch|Chỉ thị|Nghị quyết|"
    r"Thông báo|Hướng dẫn|Luật|Tờ trình)\s+(?:số\s+)?(\d+/[^\s,;:()]*\w)"
)
SUBJECT = re.compile(r"(?<!\w)(?:về|V/v|ban hành|quy định|hướng dẫn|phê duyệt)(?!\w)|[“\"]")
SENTENCE_STOP = re.compile(r"[.;](?:\s|$)|$")
PREFIX_TYPO = re.compile(r"^(T\.?\s*/?\s*M|K\.?\s*/?\s*T|T\.?\s*/?\s*L|T\.?\s*U\.?\s*Q|Q)[.\s/]+")
PERSON_TITLES = (
    "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "TRƯỞNG", "PHÓ TRƯỞNG", "CHÁNH",
    "BỘ TRƯỞNG", "THỨ TRƯỞNG", "CỤC TRƯỞNG", "VIỆN TRƯỞNG", "HIỆU TRƯỞNG", "TỔNG GIÁM ĐỐC",
    "THỦ TRƯỞNG",
)  # fmt: skip
ACADEMIC = re.compile(r"^((?:GS|PGS|TS|ThS|Th\.S|KS|BS|CN|TSKH)\.?\s*)+", re.IGNORECASE)


def first_citations(fields: Iterable[tuple[str, str]], cited: set[str]) -> Iterator[Finding]:
    """The first citation of each document in the text, when it lacks date or subject.
    `cited` holds the numbers the basis already gives in full; it is filled as we go."""
    for where, text in fields:
        for match in CITATION.finditer(text):
            number = match.group(1)
            if number in cited:
                continue
            cited.add(number)
            stop = SENTENCE_STOP.search(text, match.end())
            rest = text[match.end() : stop.start() if stop else len(text)]
            if "ngày" not in rest or not SUBJECT.search(rest):
                message = (
                    "Lần đầu dẫn văn bản phải ghi đủ tên loại, số, ký hiệu, ngày tháng năm, "
                    "cơ quan ban hành và trích yếu nội dung"
                )
                yield Finding(
                    where, match.start(), match.end(), "first-citation", "warning", message
                )


def ending_findings(draft: Draft) -> Iterator[Finding]:
    yield from _recipients(draft)
    yield from _archive(draft)
    yield from _signer(draft)


def _recipients(draft: Draft) -> Iterator[Finding]:
    if not draft.addressees or not draft.recipients:
        return
    first = draft.recipients[0].name
    if not first.strip().lower().startswith("như trên"):
        message = "Có “Kính gửi” thì dòng đầu của Nơi nhận là “Như trên”"
        yield Finding(
            "recipients[0].name",
            0,
            len(first),
            "recipients-first",
            "warning",
            message,
            ("Như trên",),
        )


def _archive(draft: Draft) -> Iterator[Finding]:
    units = [u.strip() for u in draft.archive.strip().rstrip(".").split(",") if u.strip()]
    if not units or units[0] == "VT":
        return
    right = ", ".join(["VT", *(u for u in units if u != "VT")])
    message = "Dòng Lưu ghi Văn thư (VT) trước"
    yield Finding("archive", 0, len(draft.archive), "archive", "warning", message, (right,))


def _signer(draft: Draft) -> Iterator[Finding]:
    lines = draft.signature.lines
    if lines:
        yield from _prefix(lines)
    yield from _signer_name(draft.signature.name)


def _prefix(lines: list[str]) -> Iterator[Finding]:
    line = lines[0]
    prefix = next((p for p in AUTHORITY_PREFIXES if line.startswith(p + " ")), "")
    typo = PREFIX_TYPO.match(line)
    if not prefix and typo and len(line) > typo.end():
        letters = re.sub(r"[^A-Z]", "", typo.group(1))
        right = f"{letters}."
        if right in AUTHORITY_PREFIXES:
            message = f"Quyền hạn ký viết là “{right}”"
            yield Finding(
                "signature.lines[0]",
                0,
                typo.end() - 1,
                "signer-prefix",
                "warning",
                message,
                (right,),
            )
            prefix = right
    rest = line[len(prefix) :].strip() if prefix else ""
    if prefix == "TM." and rest.startswith(PERSON_TITLES):
        message = "“TM.” (thay mặt) đứng trước tên tập thể (ỦY BAN NHÂN DÂN), không trước chức vụ"
        yield Finding("signature.lines[0]", 0, len(line), "signer-tm", "error", message)
    if prefix == "KT." and not (len(lines) > 1 and lines[1].strip().startswith("PHÓ")):
        message = "Ký thay (KT.) thì dòng dưới là chức vụ của cấp phó: “PHÓ …”"
        yield Finding("signature.lines[0]", 0, len(line), "signer-kt", "warning", message)


def _signer_name(name: str) -> Iterator[Finding]:
    title = ACADEMIC.match(name)
    if title and len(name) > title.end():
        message = "Không ghi học hàm, học vị trước họ tên người ký"
        yield Finding("signature.name", 0, title.end(), "signer-title", "warning", message, ("",))
        return
    words = name.split()
    right = " ".join(w[0].upper() + w[1:].lower() for w in words)
    if words and any(not w[0].isupper() for w in words):
        message = "Họ tên người ký viết hoa chữ đầu mỗi âm tiết"
        yield Finding("signature.name", 0, len(name), "signer-name", "warning", message, (right,))
