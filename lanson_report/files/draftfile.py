"""Draft exchange format, versions 1 to 3 (../shared/draft-format.md) <-> the model.

Load is strict: unknown keys, wrong types and impossible values are refused with a
message that names the field path, so that a typo never silently loses text.
"""

from __future__ import annotations

import datetime
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..domain import doctypes, limits
from ..domain.errors import DraftFormatError
from ..domain.model import (
    OUTLINE_DEPTH,
    OUTLINES,
    Agency,
    DocDate,
    Draft,
    Invitation,
    Layout,
    Recipient,
    Section,
    Signature,
)
from . import draftcompute, draftparts, fileio
from .validate import Reader

FORMAT = "lanson-report/draft"
FORMAT_VERSION = 3  # the newest version this program reads and writes

# MIGRATIONS[n] turns a file of format version n into version n + 1. Versions 2 and 3 only
# add keys, so an older file is already a valid file of the newer version.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: dict, 2: dict}
V2_TOP_KEYS = ("appendices", "period", "template", "layout")
V2_BLOCK_KINDS = ("table", "hint")

TOP_KEYS = (
    "format",
    "format_version",
    "id",
    "doc_type",
    "agency",
    "number",
    "symbol",
    "place",
    "date",
    "title",
    "outline",
    "addressees",
    "basis",
    "sections",
    "closing",
    "signature",
    "recipients",
    "archive",
    "appendices",
    "period",
    "template",
    "layout",
    "unit",
    "authority",
    "proposal",
    "invitation",
)
V3_TOP_KEYS = ("unit", "authority", "proposal", "invitation")
INVITATION_KEYS = ("invitees", "event", "chair", "time", "place")
TOP_REQUIRED = (
    "format",
    "format_version",
    "doc_type",
    "agency",
    "number",
    "place",
    "date",
    "title",
    "basis",
    "sections",
    "signature",
    "recipients",
    "archive",
)
# An outline (đề cương, `template` set) may leave these out: drafts started from it fill them.
TEMPLATE_OPTIONAL = ("agency", "number", "date", "signature", "recipients", "archive")


def load_path(path: Path | str, *, lenient: bool = False) -> Draft:
    """Read a draft file; errors name the file and the field.

    lenient takes an unfinished draft (no signer yet, a recipient row still blank), as
    `import` must for drafts moved between PCs before they are done; printing is strict.
    """
    path = Path(path)
    try:  # the size is checked before reading: a 100 MB file is never loaded
        data = fileio.read_capped(path, limits.MAX_DRAFT_FILE_BYTES)
    except OSError as exc:
        reason = fileio.describe_os_error(exc)
        raise DraftFormatError(f"không đọc được tệp ({reason})", str(path)) from exc
    except fileio.TooLarge as exc:
        raise DraftFormatError(limits.too_large(exc.size), str(path)) from None
    return loads(data, source=str(path), lenient=lenient)


def loads(data: bytes | str, source: str | None = None, *, lenient: bool = False) -> Draft:
    """Parse the bytes of a draft file (UTF-8, with or without a byte-order mark)."""
    try:
        limits.check_file_size(len(data))
    except DraftFormatError as exc:
        raise DraftFormatError(exc.detail, source) from None
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise DraftFormatError(
                f"tệp không phải văn bản UTF-8 (byte lỗi ở vị trí {exc.start}); "
                "hãy lưu lại tệp với bảng mã UTF-8",
                source,
            ) from exc
    try:
        raw = json.loads(data, object_pairs_hook=_refuse_duplicate_keys)
    except json.JSONDecodeError as exc:
        raise DraftFormatError(
            f"không phải JSON hợp lệ ở dòng {exc.lineno}, cột {exc.colno}: {json_problem(exc)}",
            source,
        ) from exc
    except DraftFormatError as exc:
        raise DraftFormatError(exc.detail, source) from None
    except RecursionError:  # brackets nested 1,000 deep
        raise DraftFormatError(
            "không phải bản nháp đọc được: các dấu ngoặc [ ] hoặc { } lồng nhau quá sâu", source
        ) from None
    except ValueError:  # a 5,000-digit number
        raise DraftFormatError(
            "không phải bản nháp đọc được: có một số dài hơn 4.300 chữ số", source
        ) from None
    return from_dict(raw, source=source, lenient=lenient)


# What the json module says, in words a clerk can act on.
_JSON_PROBLEMS = {
    "Expecting value": "thiếu giá trị (tệp bị cắt ngang hoặc thừa dấu phẩy?)",
    "Expecting property name enclosed in double quotes": (
        'cần tên khóa trong dấu ngoặc kép "..." (thừa dấu phẩy trước dấu }?)'
    ),
    "Expecting ',' delimiter": "thiếu dấu phẩy giữa hai mục",
    "Expecting ':' delimiter": "thiếu dấu hai chấm sau tên khóa",
    "Unterminated string starting at": "chuỗi chưa có dấu ngoặc kép đóng",
    "Invalid control character at": "có ký tự điều khiển (xuống dòng, tab) trong chuỗi",
    "Invalid \\escape": "dấu \\ không hợp lệ trong chuỗi",
    "Extra data": "còn dữ liệu thừa sau khi tệp đã kết thúc",
}


def _refuse_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """json keeps the last of two equal keys: the first one's text would be lost unseen."""
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise DraftFormatError(
                f'khóa "{key}" xuất hiện hai lần trong cùng một đối tượng; hãy gộp lại, '
                "nếu không phần ghi trước sẽ bị mất"
            )
        out[key] = value
    return out


def json_problem(exc: json.JSONDecodeError) -> str:
    return _JSON_PROBLEMS.get(exc.msg, exc.msg)


def from_dict(raw: Any, source: str | None = None, *, lenient: bool = False) -> Draft:
    """Validate a parsed draft file (any supported version) and build the model.

    lenient accepts an unfinished draft (blank signer, recipient or reference lead),
    as the store keeps drafts while they are being written; files are read strictly.
    """
    try:
        limits.check_draft(raw)
        return _build(migrate(raw), lenient)
    except DraftFormatError as exc:
        if source is None or exc.source is not None:
            raise
        raise DraftFormatError(exc.detail, source) from None


def migrate(raw: Any) -> dict[str, Any]:
    """Bring a file of an older format version up to FORMAT_VERSION."""
    top = Reader(raw, "")
    top.require_object()
    if raw.get("format") != FORMAT:
        raise DraftFormatError(
            f'format: tệp không phải bản nháp báo cáo (cần "format": "{FORMAT}")'
        )
    version = Reader(raw.get("format_version"), "format_version").integer()
    if version > FORMAT_VERSION:
        raise DraftFormatError(
            f"format_version: tệp này được tạo bằng phiên bản mới hơn của chương trình "
            f"(định dạng {version}); phiên bản này đọc được định dạng 1 đến {FORMAT_VERSION}. "
            "Hãy cập nhật chương trình Soạn báo cáo."
        )
    if version < 1:
        raise DraftFormatError(
            f"format_version: {version} không hợp lệ; chấp nhận 1 đến {FORMAT_VERSION}"
        )
    if version == 1:
        _refuse_v2_features(raw)
    if version < 3:
        draftcompute.refuse_v3_keys(_raw_blocks_everywhere(raw), version)
        _refuse_footnotes(raw, "", version)
        _refuse_v3_top(raw, version)
    while version < FORMAT_VERSION:
        raw = MIGRATIONS[version](raw)
        version += 1
        raw["format_version"] = version
    return dict(raw)


def _refuse_v2_features(raw: dict[str, Any]) -> None:
    """A file that says version 1 but uses version 2 keys is a mistake worth naming."""
    for key in V2_TOP_KEYS:
        if key in raw:
            raise DraftFormatError(f'{key}: khóa này cần "format_version": 2 (tệp ghi 1)')
    agency = raw.get("agency")
    if isinstance(agency, dict) and "name_in_text" in agency:
        raise DraftFormatError('agency.name_in_text: khóa này cần "format_version": 2 (tệp ghi 1)')
    for path, block in _raw_blocks(raw.get("sections"), "sections"):
        if isinstance(block, dict) and block.get("kind") in V2_BLOCK_KINDS:
            raise DraftFormatError(
                f'{path}.kind: loại "{block["kind"]}" cần "format_version": 2 (tệp ghi 1)'
            )


def _refuse_v3_top(raw: dict[str, Any], version: int) -> None:
    """Other document types, their fields, Điều outlines and parts came with version 3."""
    needs = f'cần "format_version": 3 (tệp ghi {version})'
    doc_type = raw.get("doc_type")
    if isinstance(doc_type, str) and doc_type != doctypes.DEFAULT and doc_type in doctypes.CODES:
        raise DraftFormatError(f'doc_type: loại văn bản "{doc_type}" {needs}')
    for key in V3_TOP_KEYS:
        if key in raw:
            raise DraftFormatError(f"{key}: khóa này {needs}")
    if raw.get("outline") == "articles":
        raise DraftFormatError(f'outline: dàn ý "articles" (Điều) {needs}')
    sections = raw.get("sections")
    for index, section in enumerate(sections if isinstance(sections, list) else []):
        if isinstance(section, dict) and "part" in section:
            raise DraftFormatError(f"sections[{index}].part: khóa này {needs}")


def _refuse_footnotes(value: Any, path: str, version: int) -> None:
    """A footnote in a file that says version 1 or 2 is a mistake worth naming."""
    if isinstance(value, dict):
        if "footnote" in value:
            raise DraftFormatError(
                f'{path}.footnote: khóa này cần "format_version": 3 (tệp ghi {version})'
            )
        for key, item in value.items():
            _refuse_footnotes(item, f"{path}.{key}" if path else key, version)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _refuse_footnotes(item, f"{path}[{index}]", version)


def _raw_blocks(sections: Any, path: str) -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    if not isinstance(sections, list):
        return out
    for index, section in enumerate(sections):
        if not isinstance(section, dict):
            continue
        here = f"{path}[{index}]"
        blocks = section.get("blocks")
        if isinstance(blocks, list):
            out.extend((f"{here}.blocks[{n}]", block) for n, block in enumerate(blocks))
        out.extend(_raw_blocks(section.get("sections"), f"{here}.sections"))
    return out


def _raw_blocks_everywhere(raw: dict[str, Any]) -> list[tuple[str, Any]]:
    out = _raw_blocks(raw.get("sections"), "sections")
    appendices = raw.get("appendices")
    for index, item in enumerate(appendices if isinstance(appendices, list) else []):
        blocks = item.get("blocks") if isinstance(item, dict) else None
        if isinstance(blocks, list):
            out.extend((f"appendices[{index}].blocks[{n}]", b) for n, b in enumerate(blocks))
    return out


def _build(raw: dict[str, Any], lenient: bool = False) -> Draft:
    top = Reader(raw, "", lenient)
    is_template = "template" in raw
    required = [k for k in TOP_REQUIRED if not (is_template and k in TEMPLATE_OPTIONAL)]
    top.check_keys(TOP_KEYS, required)
    if is_template:  # an outline leaves the signer and recipients to the draft
        top = Reader(raw, "", True)
    doc_type = top.field("doc_type").choice(doctypes.CODES)
    kind = doctypes.doc_type(doc_type)
    outline = top.field("outline").choice(OUTLINES) if "outline" in raw else "arabic"

    def optional(key: str, read: Callable[[Reader], Any], default: Any) -> Any:
        return read(top.field(key)) if key in raw else default

    draft = Draft(
        agency=optional("agency", Reader.agency, Agency()),
        date=optional("date", Reader.doc_date, None) or DocDate(datetime.date.today().year),
        title=top.field("title").string(),
        number=optional("number", Reader.doc_number, ""),
        place=top.field("place").string(),
        doc_type=doc_type,
        symbol=top.field("symbol").string() or None if "symbol" in raw else None,
        outline=outline,  # type: ignore[arg-type]
        addressees=top.field("addressees").strings() if "addressees" in raw else [],
        basis=top.field("basis").basis(),
        sections=_sections(top.field("sections"), 1, outline),
        closing=top.field("closing").string() if "closing" in raw else "",
        signature=optional("signature", _signature, Signature()),
        recipients=[_recipient(item) for item in optional("recipients", Reader.items, [])],
        archive=optional("archive", lambda r: r.string(), "VT"),
        appendices=[_appendix(item) for item in optional("appendices", Reader.items, [])],
        period=optional("period", draftparts.period, None),
        template=optional("template", draftparts.template, None),
        layout=optional("layout", draftparts.layout, Layout()),
        unit=optional("unit", Reader.string, ""),
        authority=optional("authority", Reader.string, ""),
        proposal=optional("proposal", Reader.string, ""),
        invitation=optional("invitation", _invitation, None),
    )
    if "id" in raw:
        draft.id = top.field("id").uuid()
    if not top.lenient:
        _check_type_fields(draft, kind)
    return draft


def _invitation(reader: Reader) -> Invitation:
    reader.check_keys(INVITATION_KEYS, ("invitees", "event", "time", "place"))
    text = {key: reader.field(key).string() if reader.has(key) else "" for key in INVITATION_KEYS}
    return Invitation(**text)


def _check_type_fields(draft: Draft, kind: doctypes.DocType) -> None:
    """What a document of the type cannot print without, and keys the type has no place
    for (a Kính gửi on a Kế hoạch would be dropped on paper: refused, never lost)."""
    label = kind.label
    if kind.addressees == "required" and not any(a.strip() for a in draft.addressees):
        raise DraftFormatError(f"addressees: {label} cần ít nhất một dòng Kính gửi")
    if kind.addressees == "none" and draft.addressees:
        raise DraftFormatError(
            f"addressees: {label} không có Kính gửi; ghi nơi gửi vào Nơi nhận (recipients)"
        )
    present = {
        "unit": bool(draft.unit.strip()),
        "authority": bool(draft.authority.strip()),
        "proposal": bool(draft.proposal.strip()),
        "invitation": draft.invitation is not None,
    }
    names = {
        "unit": "ký hiệu đơn vị soạn thảo (ví dụ VP)",
        "authority": "dòng thẩm quyền ban hành (ví dụ GIÁM ĐỐC SỞ …)",
        "invitation": "nội dung mời (thành phần, sự kiện, thời gian, địa điểm)",
    }
    for key in kind.required:
        if not present[key]:
            raise DraftFormatError(f"{key}: {label} cần {names.get(key, key)}")
    for name, there in present.items():
        if there and name not in kind.extra:
            raise DraftFormatError(
                f"{name}: khóa này chỉ dùng cho loại văn bản khác, không cho {label}"
            )


def _appendix(reader: Reader) -> Any:
    blocks = [draftparts.body_block(item) for item in reader.field("blocks").items()]
    return draftparts.appendix(reader, blocks)


def _sections(reader: Reader, level: int, outline: str) -> list[Section]:
    depth = OUTLINE_DEPTH[outline]  # type: ignore[index]
    sections = []
    for item in reader.items():
        if level > depth:
            hint = ' (dùng "outline": "roman" để có 3 cấp)' if outline == "arabic" else ""
            raise DraftFormatError(
                f'{item.path}: mục lồng quá sâu; dàn ý "{outline}" cho phép '
                f"tối đa {depth} cấp{hint}"
            )
        item.check_keys(("heading", "blocks", "sections", "part"), ("heading", "blocks"))
        part = item.field("part").boolean() if item.has("part") else False
        if part and (level != 1 or outline != "roman") and not item.lenient:
            raise DraftFormatError(
                f'{item.path}.part: chỉ mục cấp cao nhất của dàn ý "roman" mới là Phần'
            )  # the store keeps it while the clerk changes the outline: no save refused
        sections.append(
            Section(
                part=part,
                heading=item.field("heading").string(),
                blocks=[draftparts.body_block(block) for block in item.field("blocks").items()],
                sections=_sections(item.field("sections"), level + 1, outline)
                if item.has("sections")
                else [],
            )
        )
    return sections


def _signature(reader: Reader) -> Signature:
    reader.check_keys(("lines", "name"), ("lines", "name"))
    lines_reader = reader.field("lines")
    lines = lines_reader.strings(non_empty=True)
    if not lines and not reader.lenient:
        raise DraftFormatError(
            f'{lines_reader.path}: cần ít nhất một dòng chức vụ người ký, ví dụ ["GIÁM ĐỐC"]'
        )
    return Signature(lines=lines, name=reader.field("name").string())


def _recipient(reader: Reader) -> Recipient:
    reader.check_keys(("name", "note"), ("name",))
    note = reader.field("note").string() if reader.has("note") else ""
    return Recipient(name=reader.field("name").string(non_empty=True), note=note)


def to_dict(draft: Draft) -> dict[str, Any]:
    """The draft as a file object, keys in the order of the specification.

    Written as the lowest format version that holds the draft (1 unless it uses a version 2
    feature, 3 only when it computes figures or has footnotes or cells of several lines),
    so that a program that reads only an older version still opens every draft it can.
    """
    agency: dict[str, Any] = {
        "parent": draft.agency.parent,
        "name": draft.agency.name,
        "abbreviation": draft.agency.abbreviation,
    }
    if draft.agency.name_in_text:
        agency["name_in_text"] = draft.agency.name_in_text
    out: dict[str, Any] = {
        "format": FORMAT,
        "format_version": _lowest_version(draft),
        "id": draft.id,
        "doc_type": draft.doc_type,
        "agency": agency,
        "number": draft.number,
    }
    if draft.symbol:
        out["symbol"] = draft.symbol
    out["place"] = draft.place
    out["date"] = {"year": draft.date.year, "month": draft.date.month, "day": draft.date.day}
    out["title"] = draft.title
    out["outline"] = draft.outline
    if draft.addressees:
        out["addressees"] = list(draft.addressees)
    out["basis"] = {
        "references": [
            {
                "lead": ref.lead,
                "kind": ref.kind,
                "number": ref.number,
                "date": ref.date.isoformat() if ref.date else "",
                "issuer": ref.issuer,
                "subject": ref.subject,
            }
            for ref in draft.basis.references
        ],
        "closing": draft.basis.closing,
    }
    out["sections"] = [_section_dict(section) for section in draft.sections]
    out["closing"] = draft.closing
    out["signature"] = {"lines": list(draft.signature.lines), "name": draft.signature.name}
    out["recipients"] = [
        {"name": r.name, "note": r.note} if r.note else {"name": r.name} for r in draft.recipients
    ]
    out["archive"] = draft.archive
    if draft.appendices:
        out["appendices"] = [
            draftparts.appendix_dict(item, [draftparts.block_dict(b) for b in item.blocks])
            for item in draft.appendices
        ]
    if draft.period:
        out["period"] = draftparts.period_dict(draft.period)
    if draft.template:
        out["template"] = draftparts.template_dict(draft.template)
    if not draft.layout.is_default:
        out["layout"] = draftparts.layout_dict(draft.layout)
    for key in ("unit", "authority", "proposal"):
        if getattr(draft, key):
            out[key] = getattr(draft, key)
    if draft.invitation is not None:
        invitation = vars(draft.invitation)
        out["invitation"] = {
            k: invitation[k] for k in INVITATION_KEYS if invitation[k] or k != "chair"
        }
    return out


def _lowest_version(draft: Draft) -> int:
    """The lowest format version that holds the draft: 3 for computed figures, footnotes or
    cells of several lines; 2 for tables, appendices and the rest of version 2."""
    if draftparts.computes_figures(draft) or draftparts.needs_version_3(draft):
        return 3
    if draft.doc_type != doctypes.DEFAULT or draft.outline == "articles":
        return 3
    if draft.unit or draft.authority or draft.proposal or draft.invitation is not None:
        return 3
    if any(section.part for section in draft.sections):
        return 3
    return 2 if draftparts.needs_version_2(draft) else 1


def _section_dict(section: Section) -> dict[str, Any]:
    out: dict[str, Any] = {
        "heading": section.heading,
        "blocks": [draftparts.block_dict(block) for block in section.blocks],
    }
    if section.sections:
        out["sections"] = [_section_dict(child) for child in section.sections]
    if section.part:
        out["part"] = True
    return out


def fingerprint_data(data: dict[str, Any]) -> str:
    """The text of a draft file object, key order aside: equal drafts, equal fingerprints.
    The store logs it at each status change; every DOCX carries the one it came from."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def fingerprint(draft: Draft) -> str:
    return fingerprint_data(to_dict(draft))


def dumps(draft: Draft) -> str:
    return json.dumps(to_dict(draft), ensure_ascii=False, indent=2) + "\n"


def dump_path(draft: Draft, path: Path | str) -> None:
    """Write the draft file atomically: an existing file is replaced only when complete."""
    fileio.write_output_bytes(Path(path), dumps(draft).encode("utf-8"))
