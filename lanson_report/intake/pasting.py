"""Text pasted from Word and web pages into the body, as model blocks.

Word puts a list paragraph on the clipboard with its bullet as text (•, o, § or a
private-use symbol such as U+F0B7) inside `<![if !supportLists]>`, and its level in
`mso-list:l0 level2 lfo1`; web pages use `<ul><li>`. Either way the paragraph becomes a
`-` item, or a `+` item below the first level, and its bold, italic and underline stay.
`tidy` runs after any old-encoding conversion, since TCVN3 writes ư as a soft hyphen.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from ..domain.legacy import Encoding, convert
from ..domain.model import Block, BlockKind, Run
from ..domain.mojibake import is_old_line
from ..domain.text import nfc

_BLOCK_TAGS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "br"}
_SKIPPED = {"style", "script", "head", "title", "xml"}
_MSO_LEVEL = re.compile(r"mso-list:\s*l\d+\s+level(\d+)")
_HTML_SPACE = re.compile(r"[ \t\r\n\f]+")
# A bullet typed or drawn by Word at the start of a list paragraph.
_BULLET_MARK = re.compile(
    r"^[\s\u00a0]*[•·o§▪■●◦○–—\-\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf02d]+[\s\u00a0]+"
)
_PLAIN_ITEMS: tuple[tuple[re.Pattern[str], BlockKind], ...] = (
    (re.compile(r"^\s*(?:[o§\uf0a7◦]\t|\+\s)\s*"), "subbullet"),
    (re.compile(r"^\s*(?:[•·\uf0b7▪■●]\s|[-–—]\s)\s*"), "bullet"),
)


def _flags(tag: str, style: str) -> dict[str, bool]:
    flags: dict[str, bool] = {}
    if tag in ("b", "strong") or re.match(r"h\d$", tag):
        flags["bold"] = True
    if tag in ("i", "em"):
        flags["italic"] = True
    if tag == "u":
        flags["underline"] = True
    style = style.lower().replace(" ", "")
    if match := re.search(r"font-weight:(\w+)", style):
        value = match.group(1)
        flags["bold"] = value == "bold" or (value.isdigit() and int(value) >= 600)
    if match := re.search(r"font-style:(\w+)", style):
        flags["italic"] = match.group(1) in ("italic", "oblique")
    if match := re.search(r"text-decoration(?:-line)?:([\w-]+)", style):
        flags["underline"] = match.group(1) == "underline"
    return flags


def _list_level(style: str, depth: int) -> int:
    """Nested lists (web pages), or Qt's own `-qt-list-indent` and circle marks."""
    style = style.replace(" ", "").lower()
    if match := re.search(r"-qt-list-indent:(\d+)", style):
        return int(match.group(1))
    return 2 if "list-style-type:circle" in style else depth


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.current: Block | None = None
        self.stack: list[tuple[str, dict[str, bool]]] = []
        self.lists: list[int] = []  # level of each open <ul>/<ol>
        self.skip = 0  # inside <style> and the like
        self.word_bullet = False  # inside Word's <![if !supportLists]>

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        style = dict(attrs).get("style") or ""
        if tag in _SKIPPED:
            self.skip += 1
        elif tag in ("ul", "ol"):
            self.lists.append(_list_level(style, len(self.lists) + 1))
        if tag in _BLOCK_TAGS:
            self._new_block(tag, style)
        if tag != "br":
            self.stack.append((tag, _flags(tag, style)))

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skip = max(0, self.skip - 1)
        elif tag in ("ul", "ol") and self.lists:
            self.lists.pop()
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                break
        if tag in _BLOCK_TAGS:
            self.current = None

    def unknown_decl(self, data: str) -> None:
        if data.replace(" ", "").lower().startswith("if!supportlists"):
            self.word_bullet = True
        elif data.strip().lower() == "endif":
            self.word_bullet = False

    def _new_block(self, tag: str, style: str) -> None:
        kind: BlockKind = "paragraph"
        if match := _MSO_LEVEL.search(style):
            kind = "bullet" if match.group(1) == "1" else "subbullet"
        elif tag == "li":
            kind = "bullet" if not self.lists or self.lists[-1] <= 1 else "subbullet"
        self.current = Block(kind, [])
        self.blocks.append(self.current)

    def handle_data(self, data: str) -> None:
        if self.skip or self.word_bullet:
            return
        text = _HTML_SPACE.sub(" ", data)
        if not text:
            return
        if self.current is None:
            self.current = Block("paragraph", [])
            self.blocks.append(self.current)
        flags: dict[str, bool] = {}
        for _, more in self.stack:
            flags.update(more)
        bold, italic, underline = (
            flags.get(name, False) for name in ("bold", "italic", "underline")
        )
        self.current.runs.append(Run(text, bold, italic, underline))


def html_blocks(html: str) -> list[Block]:
    """Blocks of an HTML clipboard, characters as they came (see `tidy`)."""
    parser = _Parser()
    parser.feed(html)
    parser.close()
    blocks = [block for block in parser.blocks if "".join(r.text for r in block.runs).strip()]
    for block in blocks:
        if block.kind != "paragraph" and (match := _BULLET_MARK.match(block.text)):
            block.runs = _cut(block.runs, len(match.group()))
    return blocks


def text_blocks(text: str) -> list[Block]:
    """One block per line of plain text; Word's bullets and typed `-`/`+` make items."""
    blocks = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        kind: BlockKind = "paragraph"
        for pattern, item_kind in _PLAIN_ITEMS:
            if match := pattern.match(line):
                kind, line = item_kind, line[match.end() :]
                break
        if line.strip():
            blocks.append(Block(kind, [Run(line)]))
    return blocks


def _cut(runs: list[Run], count: int) -> list[Run]:
    out = []
    for run in runs:
        cut = min(count, len(run.text))
        count -= cut
        if run.text[cut:]:
            out.append(Run(run.text[cut:], run.bold, run.italic, run.underline))
    return out


# Spaces of every width, soft hyphens, zero-width marks and Word's private-use symbols.
_CLEAN: dict[int, str | None] = {
    ord(c): " " for c in "\u00a0\u2002\u2003\u2009\u202f\u3000\t\u2028\u2029\u000b"
}
_CLEAN |= {ord(c): None for c in "\u00ad\u200b\u200c\u200d\ufeff\ufffc"}
_CLEAN |= {code: None for code in range(0xE000, 0xF900)}


def tidy(blocks: list[Block]) -> list[Block]:
    """NFC text with odd characters normalised, runs of one format merged, blanks dropped.

    Each paragraph is trimmed, except a paste of one paragraph, which joins the text at
    the cursor as it is ("giữa " between two words keeps its space).
    """
    out = []
    for block in blocks:
        runs: list[Run] = []
        for run in block.runs:
            text = re.sub(" {2,}", " ", nfc(run.text.translate(_CLEAN)))
            if runs and (runs[-1].bold, runs[-1].italic, runs[-1].underline) == (
                run.bold,
                run.italic,
                run.underline,
            ):
                runs[-1].text = re.sub(" {2,}", " ", runs[-1].text + text)
            elif text:
                runs.append(Run(text, run.bold, run.italic, run.underline))
        if runs and len(blocks) > 1:
            runs[0].text = runs[0].text.lstrip()
            runs[-1].text = runs[-1].text.rstrip()
            runs = [run for run in runs if run.text]
        if runs:
            out.append(Block(block.kind, runs))
    return out


def blocks_text(blocks: list[Block]) -> str:
    return "\n".join(block.text for block in blocks)


def _converted(run: Run, encoding: Encoding) -> Run:
    return Run(convert(run.text, encoding), run.bold, run.italic, run.underline)


def convert_blocks(blocks: list[Block], encoding: Encoding) -> list[Block]:
    """Convert the runs of the blocks whose text reads as typed in encoding."""
    out = []
    for block in blocks:
        if is_old_line(block.text, encoding):
            runs = [
                Run(convert(r.text, encoding), r.bold, r.italic, r.underline) for r in block.runs
            ]
            block = Block(block.kind, runs)
        out.append(block)
    return out
