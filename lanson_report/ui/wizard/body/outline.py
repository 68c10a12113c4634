"""Structural edits of the section tree (add, move, nest, remove), addressed by index paths.

Plain Python so that the rules (depth limited by the outline) are easy to test.
"""

from __future__ import annotations

from ....domain.compose import numbered_sections
from ....domain.model import Block, BodyBlock, Section, Table
from ....domain.text import point_letter, roman, upper

Path = tuple[int, ...]


def get(sections: list[Section], path: Path) -> Section:
    section = sections[path[0]]
    for index in path[1:]:
        section = section.sections[index]
    return section


def has_writing(blocks: list[BodyBlock], sections: list[Section] | None = None) -> bool:
    """Whether deleting this would lose the clerk's work: text, a table or subsections
    (an outline's grey hints alone do not count)."""
    return bool(sections) or any(
        isinstance(block, Table) or (block.kind != "hint" and block.text.strip())
        for block in blocks
    )


def exists(sections: list[Section], path: Path) -> bool:
    """Whether `path` names a section of `sections`."""
    level = sections
    for index in path:
        if not 0 <= index < len(level):
            return False
        level = level[index].sections
    return bool(path)


def siblings(sections: list[Section], path: Path) -> list[Section]:
    return sections if len(path) == 1 else get(sections, path[:-1]).sections


def height(section: Section) -> int:
    """Levels this section occupies with its children (1 for a section without children)."""
    return 1 + max((height(child) for child in section.sections), default=0)


def depth(sections: list[Section]) -> int:
    return max((height(section) for section in sections), default=0)


def add_after(sections: list[Section], path: Path | None) -> Path:
    """A new empty section after the given one (or at the end of the top level)."""
    if path is None:
        sections.append(Section())
        return (len(sections) - 1,)
    siblings(sections, path).insert(path[-1] + 1, Section())
    return (*path[:-1], path[-1] + 1)


def add_child(sections: list[Section], path: Path, max_depth: int) -> Path | None:
    if len(path) >= max_depth:
        return None
    parent = get(sections, path)
    parent.sections.append(Section())
    return (*path, len(parent.sections) - 1)


def move(sections: list[Section], path: Path, step: int) -> Path | None:
    """Swap with the previous (-1) or next (+1) sibling."""
    items = siblings(sections, path)
    other = path[-1] + step
    if not 0 <= other < len(items):
        return None
    items[path[-1]], items[other] = items[other], items[path[-1]]
    return (*path[:-1], other)


def indent(sections: list[Section], path: Path, max_depth: int) -> Path | None:
    """Make the section the last child of the section before it."""
    if path[-1] == 0 or len(path) + height(get(sections, path)) > max_depth:
        return None
    items = siblings(sections, path)
    section = items.pop(path[-1])
    previous = items[path[-1] - 1]
    previous.sections.append(section)
    return (*path[:-1], path[-1] - 1, len(previous.sections) - 1)


def outdent(sections: list[Section], path: Path) -> Path | None:
    """Make the section the sibling that follows its parent."""
    if len(path) < 2:
        return None
    section = siblings(sections, path).pop(path[-1])
    parent_path = path[:-1]
    siblings(sections, parent_path).insert(parent_path[-1] + 1, section)
    return (*parent_path[:-1], parent_path[-1] + 1)


def remove(sections: list[Section], path: Path) -> Path | None:
    """Delete the section; returns the path of the section to select next."""
    items = siblings(sections, path)
    del items[path[-1]]
    if items:
        return (*path[:-1], min(path[-1], len(items) - 1))
    return path[:-1] or None


def walk(sections: list[Section], prefix: Path = ()) -> list[tuple[Path, Section]]:
    """Every section with its path, depth first (the order numbered_sections uses)."""
    out: list[tuple[Path, Section]] = []
    for index, section in enumerate(sections):
        path = (*prefix, index)
        out.append((path, section))
        out.extend(walk(section.sections, path))
    return out


def labels(sections: list[Section], key: str) -> list[str]:
    """Each section's number as the tree shows it, depth first: `Điều 1.`, khoản `1.`,
    điểm `a)` in a text of articles (every section numbered, headed or not); `Phần I` above
    the I. sections of a roman outline; otherwise the printed numbering."""
    if key == "articles":
        return _numbered(sections, ("Điều {n}. ", "{n}. ", "{a}) "))
    if key == "roman" and any(section.part for section in sections):
        return _with_parts(sections)
    return [f"{item.label}{item.heading}" for item in numbered_sections(sections, key)]


def _numbered(sections: list[Section], forms: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for index, section in enumerate(sections):
        number = forms[0].format(n=index + 1, a=point_letter(index))
        out.append(f"{number}{section.heading.strip() or _first_words(section)}")
        out.extend(_numbered(section.sections, forms[1:]))
    return out


def _with_parts(sections: list[Section]) -> list[str]:
    out: list[str] = []
    parts = 0
    for section in sections:
        if section.part:
            parts += 1
            out.append(f"Phần {roman(parts)}. {upper(section.heading.strip())}")
            out.extend(labels(section.sections, "roman"))
        else:
            out.extend(labels([section], "roman"))
    return out


def _first_words(section: Section, limit: int = 40) -> str:
    """A section of articles without a heading reads by its first words."""
    text = next(
        (b.text.strip() for b in section.blocks if isinstance(b, Block) and b.kind != "hint"), ""
    )
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"
