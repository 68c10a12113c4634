"""Căn cứ and "Thực hiện …" sentences as offices write them, read into references.

Beyond `<lead> <kind> số <number> ngày <date> của <issuer> <subject>`, real openings
leave out the date or the issuer, put a comma after the number, name who directed
the work before the document (`Thực hiện chỉ đạo của UBND tỉnh tại Công văn số …`:
kept in the lead, so it prints as typed) and join two documents with `;` (the second
takes the first one's lead). The words that close the opening are often run on after
the last document (`…, Sở Nội vụ báo cáo như sau:`): they are the opening's closing, not
the document's subject. A sentence that reads as none of these is left to the opening
text, never dropped.
"""

from __future__ import annotations

import datetime
import re

from ..domain.model import Reference

# A capital letter, Vietnamese ones included ("Ủy ban …", "Ông …").
CAP = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_DATE = r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}"
_LEAD = (
    r"(?P<lead>(?:Căn cứ|Thực hiện)"
    r"(?:\s+(?:ý kiến\s+)?(?:chỉ đạo|yêu cầu|đề nghị)\s+của\s+[^,;]+?\s+tại)?)\s+"
)
_DOCUMENT = (
    r"(?P<kind>[^\d,;:]+?)\s+số\s+(?P<number>[^\s,;]+?)\s*,?"
    rf"(?:\s+ngày\s+(?P<date>{_DATE})\s*,?)?"
    r"(?:\s+(?P<rest>.+?))?\s*[.;]?$"
)
REFERENCE = re.compile(rf"^{_LEAD}{_DOCUMENT}")
JOINED = re.compile(rf"^{_DOCUMENT}")  # the second document after a `;`
# the subject after the issuer: `về …`, or a decision's verb (`quy định chức năng …`)
_SUBJECT = re.compile(
    r"\s(?=(?:về|v/v|V/v|quy định|ban hành|phê duyệt|hướng dẫn|thành lập|kiện toàn)\s)"
)
# a sentence ends at `.` before a capital, or at `;` before another lead or document
_SENTENCE_END = re.compile(
    rf"(?<=[.;])\s+(?=(?:Căn cứ|Thực hiện)\s)|(?<=\.)\s+(?=[{CAP}])"
    rf"|(?<=;)\s+(?=[{CAP}][^\d,;:]{{0,40}}?\s+số\s)"
)


# The words that close an opening, after the last document's subject and a comma or `;`:
# "…, Sở Nội vụ báo cáo như sau:", "…; Sở KH&CN báo cáo kết quả thực hiện như sau:".
# Only a clause with its own subject (a capital: "Sở", "UBND huyện"): a bare ", báo cáo
# như sau:" stays in the sentence, which prints it as typed.
_VERBS = r"(?i:báo cáo|đề nghị|xây dựng|tổng hợp|ban hành|trình|thông báo|hướng dẫn|tổ chức)"
_CLOSING = re.compile(rf"[,;]\s+(?P<closing>[{CAP}][^,;]*?\b{_VERBS}\b[^,;]*?(?::|như sau\.))\s*$")
# A closing whose own subject is a body named with commas ("Sở Văn hóa, Thể thao và Du
# lịch báo cáo như sau:"): it opens with the word a body's name opens with.
_BODY_CLOSING = re.compile(
    r"[,;]\s+(?P<closing>(?:Sở|UBND|Ủy ban|Ban|Văn phòng|Phòng|Trung tâm|Chi cục|Cục|Bộ"
    r"|Thanh tra|Đài|Hội|Liên đoàn|Công an|Kho bạc|Cơ quan|Đơn vị)\s[^;]*?"
    rf"\b{_VERBS}\b[^,;]*?(?::|như sau\.))\s*$"
)


def split_closing(sentence: str) -> tuple[str, str]:
    """The sentence without the closing words run on after its last document ("…, Sở …
    báo cáo như sau:"), and those words ("" when there are none)."""
    match = _BODY_CLOSING.search(sentence) or _CLOSING.search(sentence)
    if match is None:
        return sentence, ""
    return sentence[: match.start()].rstrip(), match.group("closing").strip()


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


# A law cited by its name, with no number (`Căn cứ Luật Tổ chức chính quyền địa phương
# ngày 19 tháng 6 năm 2015;`): a reference whose kind is the law's whole name.
_LAW = re.compile(
    r"^(?P<lead>Căn cứ)\s+(?P<kind>(?:Hiến pháp|Bộ luật|Luật|Pháp lệnh)\s[^;]*?)\s*[.;]?$"
)


def reference(sentence: str, lead: str = "") -> Reference | None:
    """The sentence as a reference; `lead` is the previous one's, for a joined document."""
    match = REFERENCE.match(sentence)
    if match is None and lead:
        match = JOINED.match(sentence)
    if match is None:
        law = _LAW.match(sentence)
        if law is not None and " số " not in f" {law.group('kind')} ":
            return Reference(law.group("lead"), law.group("kind"))
        return None
    found_lead = match.groupdict().get("lead") or lead
    date = _date(match.group("date")) if match.group("date") else None
    if match.group("date") and date is None:
        return None  # a date that is no date: not a reference after all
    issuer, subject = _issuer_subject(match.group("rest") or "")
    return Reference(found_lead, match.group("kind"), match.group("number"), date, issuer, subject)


def _issuer_subject(rest: str) -> tuple[str, str]:
    if rest.startswith("của "):
        parts = _SUBJECT.split(rest[4:], maxsplit=1)
        return parts[0].strip(), parts[1].strip() if len(parts) > 1 else ""
    return "", rest.strip()


def _date(text: str) -> datetime.date | None:
    numbers = [int(n) for n in re.findall(r"\d+", text)]
    try:
        return datetime.date(numbers[2], numbers[1], numbers[0])
    except (ValueError, IndexError):
        return None
