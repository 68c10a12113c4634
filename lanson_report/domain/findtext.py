"""Find and replace across the whole document (Ctrl+F, Ctrl+H).

Every text a clerk typed is a *field*: the trích yếu, each reference's parts, headings,
paragraphs and items, table cells, captions and notes, footnotes, appendices, Kính gửi,
Nơi nhận, the signer and the type's own lines. A paragraph's text is searched whole,
across its runs, so a word half in bold is still found; a replacement takes the
formatting of the run where the match starts, and the runs it spans lose only the
matched characters. Paths name the field as the draft file does
(`sections[1].blocks[2]`), which is how the wizard goes to it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .compose import numbered_sections
from .model import BodyBlock, Draft, Run, Section, Table
from .yearswap import BLOCK_NAMES, REFERENCE_FIELDS

CONTEXT = 30  # characters shown on each side of a hit


@dataclass
class Field:
    """One text of the draft: read it, and replace a span of it. `kind` says what it is
    to the text checks: "paragraph" (opens with a capital: a block, a heading, a closing,
    a footnote), "cell", "hint" (never printed), "title", "agency" (from the settings),
    "note" (a recipient's b/c), or "line"."""

    path: str
    label: str
    read: Callable[[], str]
    splice: Callable[[int, int, str], None]
    kind: str = "line"


@dataclass(frozen=True)
class Options:
    match_case: bool = False
    whole_word: bool = False
    ignore_accents: bool = False  # "bao cao" finds "báo cáo"


@dataclass(frozen=True)
class Hit:
    path: str
    label: str
    start: int
    end: int
    text: str  # the field's whole text when found

    @property
    def found(self) -> str:
        return self.text[self.start : self.end]

    @property
    def head(self) -> str:
        cut = max(0, self.start - CONTEXT)
        return ("…" if cut else "") + self.text[cut : self.start]

    @property
    def tail(self) -> str:
        cut = self.end + CONTEXT
        return self.text[self.end : cut] + ("…" if cut < len(self.text) else "")


def _attr(obj: object, attr: str, path: str, label: str, kind: str = "line") -> Field:
    def splice(start: int, end: int, new: str) -> None:
        value = getattr(obj, attr)
        setattr(obj, attr, value[:start] + new + value[end:])

    return Field(path, label, lambda: getattr(obj, attr), splice, kind)


def _item(items: list[str], index: int, path: str, label: str) -> Field:
    def splice(start: int, end: int, new: str) -> None:
        items[index] = items[index][:start] + new + items[index][end:]

    return Field(path, label, lambda: items[index], splice)


def splice_runs(runs: list[Run], start: int, end: int, new: str) -> None:
    """Replace characters start..end of the runs' joined text by `new`, which takes the
    formatting of the run the span starts in; runs emptied by it are kept only when they
    carry a footnote mark (the mark must not be lost with the text before it)."""
    offset = 0
    placed = False
    for run in runs:
        low, high = offset, offset + len(run.text)
        offset = high
        cut_from, cut_to = max(start, low) - low, min(end, high) - low
        if not placed and low <= start < high:
            run.text = run.text[:cut_from] + new + run.text[cut_to:]
            placed = True
        elif cut_from < cut_to:
            run.text = run.text[:cut_from] + run.text[cut_to:]
    if not placed:  # at the very end of the text, or no runs at all
        if runs:
            runs[-1].text += new
        else:
            runs.append(Run(new))
    runs[:] = [run for run in runs if run.text or run.footnote] or [Run("")]


def _runs(runs: list[Run], path: str, label: str, kind: str = "paragraph") -> Field:
    return Field(
        path,
        label,
        lambda: "".join(run.text for run in runs),
        lambda start, end, new: splice_runs(runs, start, end, new),
        kind,
    )


def _footnotes(runs: list[Run], path: str, label: str) -> Iterator[Field]:
    for index, run in enumerate(runs):
        if run.footnote:
            where, name = f"{path}.runs[{index}].footnote", f"{label}, chú thích"
            yield _attr(run, "footnote", where, name, "paragraph")


def _blocks(blocks: list[BodyBlock], path: str, name: str) -> Iterator[Field]:
    counted: dict[str, int] = {}
    for number, block in enumerate(blocks):
        here = f"{path}[{number}]"
        kind = "table" if isinstance(block, Table) else block.kind
        counted[kind] = counted.get(kind, 0) + 1
        label = f"{name}, {BLOCK_NAMES[kind]} {counted[kind]}"
        if isinstance(block, Table):
            yield from _table(block, here, label)
        else:
            yield _runs(block.runs, here, label, "hint" if kind == "hint" else "paragraph")
            yield from _footnotes(block.runs, here, label)


def _table(table: Table, path: str, label: str) -> Iterator[Field]:
    yield _attr(table, "caption", f"{path}.caption", f"{label}, tên bảng", "paragraph")
    yield _attr(table, "unit", f"{path}.unit", f"{label}, đơn vị tính")
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row):
            if cell is not None:
                where = f"{label}, hàng {r + 1}, cột {c + 1}"
                yield _runs(cell.runs, f"{path}.rows[{r}][{c}]", where, "cell")
                yield from _footnotes(cell.runs, f"{path}.rows[{r}][{c}]", where)
    yield _runs(table.note, f"{path}.note", f"{label}, ghi chú", "line")


def _sections(
    sections: list[Section], path: str, label: str, numbers: dict[str, str], top: bool = True
) -> Iterator[Field]:
    """Each section named by its printed number (Mục II.1.a, Phần I, Điều 3), or by its
    place among its siblings when it prints none (a section without a heading)."""
    for index, section in enumerate(sections):
        here = f"{path}[{index}]"
        number = numbers.get(here, "").strip().rstrip(".)")
        if number.startswith(("Phần", "Điều")):
            name = number
        elif number:
            name = f"Mục {number}" if top else f"{label}.{number}"
        else:
            name = f"Mục {index + 1}" if top else f"{label}, mục con {index + 1}"
        heading = f"Tiêu đề {name[0].lower()}{name[1:]}"  # Tiêu đề mục II.1, phần I
        yield _attr(section, "heading", f"{here}.heading", heading, "paragraph")
        yield from _blocks(section.blocks, f"{here}.blocks", name)
        yield from _sections(section.sections, f"{here}.sections", name, numbers, top=False)


def fields(draft: Draft) -> list[Field]:
    """Every text of the draft, in the order it prints."""
    agency = draft.agency
    out = [
        _attr(agency, "parent", "agency.parent", "Cơ quan chủ quản", "agency"),
        _attr(agency, "name", "agency.name", "Cơ quan ban hành", "agency"),
        _attr(agency, "name_in_text", "agency.name_in_text", "Tên cơ quan trong câu", "agency"),
        _attr(draft, "place", "place", "Địa danh"),
        _attr(draft, "title", "title", "Trích yếu", "title"),
    ]
    out += [
        _item(draft.addressees, i, f"addressees[{i}]", f"Kính gửi {i + 1}")
        for i in range(len(draft.addressees))
    ]
    if draft.authority:
        out.append(_attr(draft, "authority", "authority", "Thẩm quyền ban hành"))
    for index, ref in enumerate(draft.basis.references):
        for attr, name in REFERENCE_FIELDS:
            path = f"basis.references[{index}].{attr}"
            out.append(_attr(ref, attr, path, f"Căn cứ {index + 1}, {name}"))
    out.append(_attr(draft.basis, "closing", "basis.closing", "Câu dẫn sau căn cứ", "paragraph"))
    if draft.proposal:
        out.append(_attr(draft, "proposal", "proposal", "Theo đề nghị của"))
    if draft.invitation is not None:
        for attr, name in (
            ("invitees", "Thành phần mời"),
            ("event", "Tới dự"),
            ("chair", "Chủ trì"),
            ("time", "Thời gian"),
            ("place", "Địa điểm"),
        ):
            out.append(_attr(draft.invitation, attr, f"invitation.{attr}", name))
    numbers = {item.path: item.label for item in numbered_sections(draft.sections, draft.outline)}
    out += _sections(draft.sections, "sections", "Mục", numbers)
    out.append(_attr(draft, "closing", "closing", "Câu kết", "paragraph"))
    out += [
        _item(draft.signature.lines, i, f"signature.lines[{i}]", f"Chức vụ người ký, dòng {i + 1}")
        for i in range(len(draft.signature.lines))
    ]
    out.append(_attr(draft.signature, "name", "signature.name", "Họ tên người ký"))
    for index, recipient in enumerate(draft.recipients):
        label = f"Nơi nhận {index + 1}"
        out.append(_attr(recipient, "name", f"recipients[{index}].name", label))
        note = f"{label}, ghi chú"
        out.append(_attr(recipient, "note", f"recipients[{index}].note", note, "note"))
    out.append(_attr(draft, "archive", "archive", "Lưu"))
    for index, appendix in enumerate(draft.appendices):
        here = f"appendices[{index}]"
        name = f"Phụ lục {index + 1}"
        out.append(_attr(appendix, "title", f"{here}.title", f"Tên {name.lower()}", "paragraph"))
        out += _blocks(appendix.blocks, f"{here}.blocks", name)
    return out


def _fold_char(char: str, options: Options) -> str:
    """One character as compared: the same length always, so offsets map back."""
    if options.ignore_accents:
        if char in "đĐ":
            char = "d" if char == "đ" else "D"
        else:
            base = unicodedata.normalize("NFD", char)[0]
            char = base if len(base) == 1 else char
    if not options.match_case:
        lowered = char.lower()
        char = lowered if len(lowered) == 1 else char
    return char


def folded(text: str, options: Options) -> str:
    """Text as compared: NFC, then folded character by character (the same length)."""
    return "".join(_fold_char(char, options) for char in unicodedata.normalize("NFC", text))


def pattern(query: str, options: Options) -> re.Pattern[str] | None:
    """What a field's folded text is searched with; None for an empty query."""
    wanted = folded(query, options)
    if not wanted:
        return None
    body = re.escape(wanted)
    if options.whole_word:
        body = rf"(?<!\w){body}(?!\w)"
    return re.compile(body)


def find(draft: Draft, query: str, options: Options = Options()) -> list[Hit]:
    """Every occurrence of `query`, in printed order; matches do not overlap."""
    compiled = pattern(query, options)
    if compiled is None:
        return []
    hits: list[Hit] = []
    for item in fields(draft):
        text = item.read()
        if not text:
            continue
        for match in compiled.finditer(folded(text, options)):
            hits.append(Hit(item.path, item.label, match.start(), match.end(), text))
    return hits


def replace(draft: Draft, hits: list[Hit], new: str) -> int:
    """Replace the given hits (found on this draft as it is) by `new`; the hits of a field
    that has changed since they were found are skipped. Returns how many were replaced."""
    by_path = {item.path: item for item in fields(draft)}
    by_field: dict[str, list[Hit]] = {}
    for hit in hits:
        by_field.setdefault(hit.path, []).append(hit)
    done = 0
    for path, found in by_field.items():
        item = by_path.get(path)
        if item is None or any(item.read() != hit.text for hit in found):
            continue
        for hit in sorted(found, key=lambda h: h.start, reverse=True):  # right to left
            item.splice(hit.start, hit.end, unicodedata.normalize("NFC", new))
            done += 1
    return done


def replace_all(draft: Draft, query: str, new: str, options: Options = Options()) -> int:
    """Replace every occurrence; one change for the caller to save (and undo) at once."""
    return replace(draft, find(draft, query, options), new)
