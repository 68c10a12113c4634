"""A leader's review brought back into the same report: what changed, section by section,
each change accepted or rejected by the clerk (../shared/office-workflow.md, *Leader
review*).

`changes(base, returned, marks)` compares the version a Word file was exported from with
what the file says now (every tracked change accepted, every untracked edit included):
per section, runs of paragraphs, items and tables inserted, deleted or replaced, and the
header and footer fields (trích yếu, Kính gửi, căn cứ, câu kết, người ký, nơi nhận).
Tracked changes give each change its author; an edit made without Track Changes is
found all the same. `apply(base, returned, accepted, comments)` makes the new version:
the base with the accepted changes and each kept comment as a to-do (a hint: shown to
the clerk in its section, never printed).
"""

from __future__ import annotations

import contextlib
import difflib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from .consolidate import heading_key
from .model import Block, BodyBlock, Draft, Run, Section, Table, clone
from .text import roman

ChangeKind = Literal["insert", "delete", "replace"]


class Mark(Protocol):
    """A tracked change or a comment as the Word reader gives it."""

    @property
    def author(self) -> str: ...

    @property
    def paragraph(self) -> str: ...


@dataclass
class Change:
    where: str  # "Mục I.2", "Trích yếu", "Nơi nhận"
    kind: ChangeKind
    old: list[str]
    new: list[str]
    authors: list[str] = field(default_factory=list)  # [] for an untracked edit
    key: tuple[Any, ...] = ()  # what apply() needs to find it again
    path: str = ""  # the draft field, as the draft file names it: `sections[1].blocks[0]`
    move: int = 0  # a paragraph moved: its deletion and insertion share a number, go together

    def as_json(self) -> dict[str, Any]:
        return {
            "where": self.path,
            "kind": "change" if self.kind == "replace" else self.kind,
            "author": ", ".join(self.authors),
            "old": "\n".join(self.old),
            "new": "\n".join(self.new),
        }

    @property
    def summary(self) -> str:
        if self.move:
            text = " / ".join(self.new or self.old)
            return f"chuyển {'đến đây' if self.new else 'đi nơi khác'}: {text}"
        if self.kind == "insert":
            return "thêm: " + " / ".join(self.new)
        if self.kind == "delete":
            return "xóa: " + " / ".join(self.old)
        if len(self.old) == 1 and len(self.new) == 1:
            return "sửa: " + word_diff(self.old[0], self.new[0])
        return f"sửa: {' / '.join(self.old)} → {' / '.join(self.new)}"


CONTEXT_WORDS = 4


def word_diff(old: str, new: str) -> str:
    """Only what changed, with a few words around it: `…Nhằm [bỏ: tiếp tục] biểu dương…`."""
    a, b = old.split(), new.split()
    parts: list[str] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    opcodes = matcher.get_opcodes()
    for index, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag == "equal":
            words = a[i1:i2]
            first, last = index == 0, index == len(opcodes) - 1
            if len(words) > 2 * CONTEXT_WORDS or ((first or last) and len(words) > CONTEXT_WORDS):
                head = [] if first else words[:CONTEXT_WORDS]
                tail = [] if last else words[-CONTEXT_WORDS:]
                parts.append(" ".join([*head, "…", *tail]).strip())
            else:
                parts.append(" ".join(words))
        elif tag == "delete":
            parts.append(f"[bỏ: {' '.join(a[i1:i2])}]")
        elif tag == "insert":
            parts.append(f"[thêm: {' '.join(b[j1:j2])}]")
        else:
            parts.append(f"[{' '.join(a[i1:i2])} → {' '.join(b[j1:j2])}]")
    return " ".join(part for part in parts if part)


@dataclass
class Note:
    """A comment of the leader, on the section it was anchored in."""

    where: str
    section: tuple[int, ...] | None  # path (1-based) of the section; None: the header
    author: str
    text: str
    anchor: str = ""
    path: str = ""  # the draft field it was anchored in: `sections[1].blocks[0]`


def _block_text(block: BodyBlock) -> str:
    if isinstance(block, Table):
        cells = [cell.text for row in block.rows for cell in row if cell is not None]
        return " | ".join(" ".join(text.split()) for text in cells)
    return " ".join(block.text.split())


def _printed(blocks: list[BodyBlock]) -> list[BodyBlock]:
    return [b for b in blocks if isinstance(b, Table) or (b.kind != "hint" and b.text.strip())]


def file_path(path: tuple[int, ...]) -> str:
    """`(2, 1)` → `sections[1].sections[0]`: a section as the draft file names it."""
    return ".".join(f"sections[{index - 1}]" for index in path)


FIELD_PATHS = {
    "title": "title",
    "addressees": "addressees",
    "references": "basis.references",
    "basis_closing": "basis.closing",
    "closing": "closing",
    "signature": "signature",
    "recipients": "recipients",
}


def _label(path: tuple[int, ...], outline: str) -> str:
    if outline == "roman" and path:
        return "Mục " + ".".join([roman(path[0]), *map(str, path[1:])])
    return "Mục " + ".".join(map(str, path))


def _flat(
    sections: list[Section], prefix: tuple[int, ...] = ()
) -> Iterator[tuple[tuple[int, ...], Section]]:
    for index, section in enumerate(sections):
        path = (*prefix, index + 1)
        yield path, section
        yield from _flat(section.sections, path)


def _pairs(
    base: list[tuple[tuple[int, ...], Section]], returned: list[tuple[tuple[int, ...], Section]]
) -> list[tuple[tuple[int, ...] | None, tuple[int, ...] | None]]:
    """Base and returned sections matched by heading (folded), in order; None on the side
    that lacks one (a section the leader added or removed)."""
    keys_a = [heading_key(s.heading) or f"#{'.'.join(map(str, p))}" for p, s in base]
    keys_b = [heading_key(s.heading) or f"#{'.'.join(map(str, p))}" for p, s in returned]
    out: list[tuple[tuple[int, ...] | None, tuple[int, ...] | None]] = []
    matcher = difflib.SequenceMatcher(None, keys_a, keys_b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            out += [
                (base[i][0], returned[j][0])
                for i, j in zip(range(i1, i2), range(j1, j2), strict=True)
            ]
        else:
            out += [(base[i][0], None) for i in range(i1, i2)]
            out += [(None, returned[j][0]) for j in range(j1, j2)]
    return out


def _authors(marks: Sequence[Mark], texts: list[str]) -> list[str]:
    found: list[str] = []
    joined = [" ".join(t.split()) for t in texts]
    for mark in marks:
        # Where the mark is: its paragraph as accepted, or (a deletion) the text it struck.
        struck = " ".join(getattr(mark, "text", "").split())
        places = [" ".join(mark.paragraph.split())]
        if getattr(mark, "kind", "") == "delete" and len(struck) >= 12:
            places.append(struck)
        near = any(p and t and (p in t or t in p) for p in places for t in joined)
        if mark.author and near and mark.author not in found:
            found.append(mark.author)
    return found


FIELDS: tuple[tuple[str, str, Callable[[Draft], Any], Callable[[Draft], str]], ...] = (
    ("title", "Trích yếu", lambda d: d.title, lambda d: d.title),
    ("addressees", "Kính gửi", lambda d: d.addressees, lambda d: "; ".join(d.addressees)),
    (
        "references",
        "Căn cứ",
        lambda d: d.basis.references,
        lambda d: "; ".join(f"{r.kind} số {r.number}" for r in d.basis.references),
    ),
    ("basis_closing", "Câu dẫn sau căn cứ", lambda d: d.basis.closing, lambda d: d.basis.closing),
    ("closing", "Câu kết", lambda d: d.closing, lambda d: d.closing),
    (
        "signature",
        "Người ký",
        lambda d: d.signature,
        lambda d: " / ".join([*d.signature.lines, d.signature.name]),
    ),
    (
        "recipients",
        "Nơi nhận",
        lambda d: d.recipients,
        lambda d: "; ".join(r.name for r in d.recipients),
    ),
)


def changes(base: Draft, returned: Draft, marks: Sequence[Mark] = ()) -> list[Change]:
    """Every difference between the version exported and the file returned, in order."""
    out: list[Change] = []
    for name, where, value, shown in FIELDS[:4]:
        if value(base) != value(returned):
            out.append(_field_change(name, where, shown(base), shown(returned), marks))
    flat_a, flat_b = list(_flat(base.sections)), list(_flat(returned.sections))
    by_a, by_b = dict(flat_a), dict(flat_b)
    for path_a, path_b in _pairs(flat_a, flat_b):
        if path_a is None:
            section = by_b[path_b]  # type: ignore[index]
            texts = [section.heading, *(_block_text(b) for b in _printed(section.blocks))]
            out.append(
                Change(
                    _label(path_b, returned.outline),  # type: ignore[arg-type]
                    "insert",
                    [],
                    [t for t in texts if t],
                    _authors(marks, texts),
                    ("section+", path_b),
                    file_path(path_b),  # type: ignore[arg-type]
                )
            )
            continue
        if path_b is None:
            section = by_a[path_a]
            texts = [section.heading, *(_block_text(b) for b in _printed(section.blocks))]
            out.append(
                Change(
                    _label(path_a, base.outline),
                    "delete",
                    [t for t in texts if t],
                    [],
                    _authors(marks, texts),
                    ("section-", path_a),
                    file_path(path_a),
                )
            )
            continue
        out += _section_changes(base, by_a[path_a], by_b[path_b], path_a, path_b, marks)
    for name, where, value, shown in FIELDS[4:]:
        if value(base) != value(returned):
            out.append(_field_change(name, where, shown(base), shown(returned), marks))
    _pair_moves(out)
    return out


def _pair_moves(found: list[Change]) -> None:
    """A paragraph deleted in one place and inserted, the same, in another was moved: the
    two halves share a number, so taking one takes the other (a move taken half-way
    would drop the paragraph, or print it twice)."""
    number = 0
    for deleted in found:
        if deleted.kind != "delete" or deleted.move or deleted.key[:1] != ("blocks",):
            continue
        for inserted in found:
            if (
                inserted.kind == "insert"
                and not inserted.move
                and inserted.key[:1] == ("blocks",)
                and inserted.new == deleted.old
            ):
                number += 1
                deleted.move = inserted.move = number
                break


def _field_change(name: str, where: str, old: str, new: str, marks: Sequence[Mark]) -> Change:
    kind: ChangeKind = "insert" if not old else "delete" if not new else "replace"
    olds, news = [old] if old else [], [new] if new else []
    authors = _authors(marks, [*olds, *news])
    path = FIELD_PATHS[name]
    if name in ("addressees", "references", "recipients"):  # the first entry that differs
        a, b = old.split("; ") if old else [], new.split("; ") if new else []
        first = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), None)
        path += f"[{first if first is not None else min(len(a), len(b))}]"
    return Change(where, kind, olds, news, authors, ("field", name), path)


def _section_changes(
    base: Draft,
    a: Section,
    b: Section,
    path_a: tuple[int, ...],
    path_b: tuple[int, ...],
    marks: Sequence[Mark],
) -> list[Change]:
    where = _label(path_a, base.outline)
    out: list[Change] = []
    if " ".join(a.heading.split()) != " ".join(b.heading.split()):
        out.append(
            Change(
                where,
                "replace",
                [a.heading],
                [b.heading],
                _authors(marks, [a.heading, b.heading]),
                ("heading", path_a, path_b),
                f"{file_path(path_a)}.heading",
            )
        )
    old, new = _printed(a.blocks), _printed(b.blocks)
    at = [next(i for i, block in enumerate(a.blocks) if block is item) for item in old]
    old_texts, new_texts = [_block_text(x) for x in old], [_block_text(x) for x in new]
    matcher = difflib.SequenceMatcher(None, old_texts, new_texts, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        for kind, a1, a2, b1, b2 in _refine(old_texts, new_texts, i1, i2, j1, j2):
            texts = [*old_texts[a1:a2], *new_texts[b1:b2]]
            out.append(
                Change(
                    where,
                    kind,
                    old_texts[a1:a2],
                    new_texts[b1:b2],
                    _authors(marks, texts),
                    ("blocks", path_a, path_b, a1, a2, b1, b2),
                    f"{file_path(path_a)}.blocks[{at[a1] if a1 < len(at) else len(a.blocks)}]",
                )
            )
    return out


SIMILAR = 0.6  # word overlap above which a changed paragraph is an edit, not a new one


def _refine(
    old: list[str], new: list[str], i1: int, i2: int, j1: int, j2: int
) -> list[tuple[ChangeKind, int, int, int, int]]:
    """A run of differing blocks split into single edits, insertions and deletions: an
    old block is paired with the most similar new one after the last pair."""
    out: list[tuple[ChangeKind, int, int, int, int]] = []
    j = j1
    for i in range(i1, i2):
        words = old[i].split()
        scored = [
            (difflib.SequenceMatcher(None, words, new[k].split(), autojunk=False).ratio(), k)
            for k in range(j, j2)
        ]
        best, k = max(scored, default=(0.0, -1))
        if k >= 0 and best >= SIMILAR:
            if k > j:
                out.append(("insert", i, i, j, k))
            out.append(("replace", i, i + 1, k, k + 1))
            j = k + 1
        else:
            out.append(("delete", i, i + 1, j, j))
    if j < j2:
        out.append(("insert", i2, i2, j, j2))
    return out


def notes(returned: Draft, comments: Sequence[Any]) -> list[Note]:
    """Each comment on the section whose text holds its paragraph (else the header)."""
    flat = list(_flat(returned.sections))
    out: list[Note] = []
    for comment in comments:
        paragraph = " ".join(comment.paragraph.split())
        home: tuple[int, ...] | None = None
        field = "title"
        for path, section in flat:
            texts = [section.heading, *(_block_text(b) for b in section.blocks)]
            for index, text in enumerate(texts):
                if paragraph and (paragraph in text or (text and text in paragraph)):
                    home = path
                    where_in = ".heading" if index == 0 else f".blocks[{index - 1}]"
                    field = f"{file_path(path)}{where_in}"
        where = _label(home, returned.outline) if home else "Phần đầu văn bản"
        out.append(Note(where, home, comment.author, comment.text, comment.anchor, field))
    return out


def _section_at(sections: list[Section], path: tuple[int, ...]) -> Section:
    section = sections[path[0] - 1]
    for index in path[1:]:
        section = section.sections[index - 1]
    return section


def apply(base: Draft, returned: Draft, accepted: list[Change], kept: list[Note]) -> Draft:
    """The base with the accepted changes made and the kept comments as to-dos."""
    out = clone(base)
    setters: dict[str, Callable[[Draft, Draft], None]] = {
        "title": lambda o, r: setattr(o, "title", r.title),
        "addressees": lambda o, r: setattr(o, "addressees", list(r.addressees)),
        "references": lambda o, r: setattr(o.basis, "references", clone(r.basis.references)),
        "basis_closing": lambda o, r: setattr(o.basis, "closing", r.basis.closing),
        "closing": lambda o, r: setattr(o, "closing", r.closing),
        "signature": lambda o, r: setattr(o, "signature", clone(r.signature)),
        "recipients": lambda o, r: setattr(o, "recipients", clone(r.recipients)),
    }
    moved = {change.move for change in accepted if change.move}
    every = changes(base, returned) if moved else []
    taken = {change.key for change in accepted}
    accepted = [*accepted, *(c for c in every if c.move in moved and c.key not in taken)]
    block_changes: dict[tuple[int, ...], list[Change]] = {}
    removed: list[tuple[int, ...]] = []
    added: list[tuple[int, ...]] = []
    for change in accepted:
        kind = change.key[0] if change.key else ""
        if kind == "field":
            setters[change.key[1]](out, returned)
        elif kind == "heading":
            _section_at(out.sections, change.key[1]).heading = _section_at(
                returned.sections, change.key[2]
            ).heading
        elif kind == "blocks":
            block_changes.setdefault(change.key[1], []).append(change)
        elif kind == "section-":
            removed.append(change.key[1])
        elif kind == "section+":
            added.append(change.key[1])
    for path, chosen in block_changes.items():
        _apply_blocks(_section_at(out.sections, path), returned, chosen)
    for path in sorted(added):
        _add_section(out, returned, path)
    for path in sorted(removed, reverse=True):  # deepest and last first: paths stay true
        parent = out.sections if len(path) == 1 else _section_at(out.sections, path[:-1]).sections
        if path[-1] - 1 < len(parent):
            del parent[path[-1] - 1]
    for note in kept:
        hint = Block("hint", [Run(f"Góp ý của {note.author or 'lãnh đạo'}: {note.text}")])
        home = out.sections[0] if out.sections else None
        if note.section is not None:
            with contextlib.suppress(IndexError):
                home = _section_at(out.sections, note.section)
        if home is None or any(
            isinstance(b, Block) and b.kind == "hint" and b.text == hint.text for b in home.blocks
        ):
            continue  # the same comment brought in twice is one to-do
        home.blocks.insert(0, hint)
    return out


def _apply_blocks(section: Section, returned: Draft, chosen: list[Change]) -> None:
    """The printed blocks with the chosen edits made (hints kept): at each old position,
    the insertions there first, then the old block or what replaces it."""
    printed = _printed(section.blocks)
    theirs = _printed(_section_at(returned.sections, chosen[0].key[2]).blocks)
    inserts: dict[int, list[BodyBlock]] = {}
    spans: dict[int, tuple[int, list[BodyBlock]]] = {}
    for change in sorted(chosen, key=lambda c: (c.key[3], c.key[5])):
        _, _, _, i1, i2, j1, j2 = change.key
        new = [clone(block) for block in theirs[j1:j2]]
        if i1 == i2:
            inserts.setdefault(i1, []).extend(new)
        else:
            spans[i1] = (i2, new)
    ordered: list[BodyBlock] = []
    index = 0
    while index <= len(printed):
        ordered += inserts.get(index, [])
        if index in spans:
            end, new = spans[index]
            ordered += new
            index = end
            continue
        if index < len(printed):
            ordered.append(printed[index])
        index += 1
    hints = [b for b in section.blocks if isinstance(b, Block) and b.kind == "hint"]
    section.blocks = [*hints, *ordered]


def _add_section(out: Draft, returned: Draft, path: tuple[int, ...]) -> None:
    new = clone(_section_at(returned.sections, path))
    parent = out.sections if len(path) == 1 else _section_at(out.sections, path[:-1]).sections
    parent.insert(min(path[-1] - 1, len(parent)), new)


def headline(found: list[Change], comments: list[Note]) -> str:
    """`Giám đốc sửa Mục I.2 và II.1; 2 góp ý` — what a review did, in one line."""
    authors: list[str] = []
    for change in found:
        for author in change.authors:
            if author not in authors:
                authors.append(author)
    places: list[str] = []
    for change in found:
        if change.where not in places:
            places.append(change.where)
    who = ", ".join(authors) if authors else "Người sửa"
    shown = places[:4] + (["…"] if len(places) > 4 else [])
    parts = [f"{who} sửa {', '.join(shown)}"] if found else ["Không có chỗ sửa"]
    if comments:
        parts.append(f"{len(comments)} góp ý")
    return "; ".join(parts)
