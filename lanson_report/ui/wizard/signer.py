"""Signer lines from the authority, the head's title and the signer's own title (Qt-free).

`KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC`: a deputy signs for the director; `TM. ỦY BAN NHÂN DÂN /
CHỦ TỊCH`: the chair signs for the collective; `Q. GIÁM ĐỐC`: an acting director.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...domain.text import upper

AUTHORITIES = (
    ("", "Ký trực tiếp"),
    ("KT.", "KT. — ký thay người đứng đầu"),
    ("TM.", "TM. — thay mặt tập thể"),
    ("Q.", "Q. — quyền"),
    ("TL.", "TL. — thừa lệnh"),
    ("TUQ.", "TUQ. — thừa ủy quyền"),
)
NEEDS_HEAD = ("KT.", "TM.", "TL.", "TUQ.")


@dataclass
class SignerParts:
    authority: str = ""  # "", "KT.", "TM.", "Q.", "TL.", "TUQ."
    head: str = ""  # the person or body signed for: GIÁM ĐỐC, ỦY BAN NHÂN DÂN
    title: str = ""  # the signer's own title: PHÓ GIÁM ĐỐC


def build_lines(parts: SignerParts) -> list[str]:
    title, head = upper(parts.title.strip()), upper(parts.head.strip())
    if parts.authority == "Q.":
        return [f"Q. {title}"] if title else []
    if parts.authority in NEEDS_HEAD:
        return [line for line in (f"{parts.authority} {head}" if head else "", title) if line]
    return [title] if title else []


def parse_lines(lines: list[str]) -> SignerParts | None:
    """The parts that build these lines, or None for a layout the builder cannot make."""
    if len(lines) == 1:
        if lines[0].startswith("Q. "):
            return SignerParts("Q.", "", lines[0][3:].strip())
        if not lines[0].startswith(tuple(f"{a} " for a in NEEDS_HEAD)):
            return SignerParts("", "", lines[0])
    if len(lines) == 2:
        for authority in NEEDS_HEAD:
            if lines[0].startswith(f"{authority} "):
                return SignerParts(authority, lines[0][len(authority) + 1 :].strip(), lines[1])
    return None if lines else SignerParts()
