"""The one check of everything that enters the store: bodies, version files, ids.

Reading a body (the app, the command line, a folder migration), importing a draft
and restoring a backup all go through check_body / check_version: every field of
the envelope is checked (types, ranges, UUID ids, the version list) and the draft
is read strictly, so a file can never make a later save, `history()` or `trash()`
fail. Errors are DraftFormatError naming the file and the field path
(`drafts/<id>.json: versions[0].number: ...`); the store treats them as damage.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from ..domain import limits
from ..domain.errors import DraftFormatError, StoreError
from ..domain.model import STATUSES, Draft
from ..files import draftfile
from ..files.validate import Reader
from .backend import NewerSchemaError
from .records import parse_stamp
from .schema import check_supported, migrate_body

UUID_PATTERN = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_UUID = re.compile(UUID_PATTERN)
_BODY_NAME = re.compile(rf"drafts/({UUID_PATTERN})\.json")
MAX_VERSION_NUMBER = 10**9
BODY_KEYS = (
    "schema",
    "id",
    "status",
    "created",
    "modified",
    "trashed",
    "next_version",
    "versions",
    "draft",
)
BODY_ALLOWED = (*BODY_KEYS, "checksum")  # bodies saved before issue 29 have none
VERSION_KEYS = ("schema", "number", "saved", "draft")
CHECKSUM = "checksum"


def is_draft_id(text: str) -> bool:
    """A draft id as the store names files with it: a lower-case UUID, nothing else."""
    return bool(_UUID.fullmatch(text))


def require_id(draft_id: str) -> str:
    """Refuse an id that could build a path outside its folder (`../../victim`)."""
    if not isinstance(draft_id, str) or not is_draft_id(draft_id):
        raise StoreError(f'Mã bản nháp "{str(draft_id)[:60]}" không hợp lệ (cần mã UUID).')
    return draft_id


def check_body(raw: Any, name: str) -> Draft:
    """Check and migrate a body in place; its draft. DraftFormatError names the field."""
    try:
        top = Reader(raw, "")
        top.require_object()
        _check_schema(top, name)
        _refuse_newer(raw.get("draft"), name)  # a newer program's file is not damage
        _check_checksum(top)  # before migrating: the checksum is of the file as written
        raw.update(migrate_body(raw, name))
        top.check_keys(BODY_ALLOWED, BODY_KEYS)
        _check_envelope(top, name)
        draft = read_draft(raw["draft"], name)
    except DraftFormatError as exc:
        raise DraftFormatError(exc.detail, name) from None
    if draft.id != raw["id"]:
        raise DraftFormatError(f'draft.id: khác "id" của tệp ({raw["id"]})', name)
    return draft


def checksum(body: dict[str, Any]) -> str:
    """SHA-256 of the body without its checksum, key order aside: a change that keeps
    the JSON valid (an edit by hand, a bit flipped on a USB stick) no longer matches."""
    rest = {key: value for key, value in body.items() if key != CHECKSUM}
    text = json.dumps(rest, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _check_checksum(top: Reader) -> None:
    if not top.has(CHECKSUM):
        return
    field = top.field(CHECKSUM)
    if field.string() != checksum(top.value):
        raise field.fail(
            "mã kiểm tra không khớp nội dung (tệp đã bị sửa ngoài chương trình hoặc bị hỏng)"
        )


def _check_schema(top: Reader, name: str) -> None:
    if top.has("schema"):
        version = top.field("schema").integer()
        if version < 1:
            raise top.field("schema").fail(f"lược đồ {version} không hợp lệ")
        check_supported(version, name)


def _check_envelope(top: Reader, name: str) -> None:
    draft_id = top.field("id").string()
    if not is_draft_id(draft_id):
        raise top.field("id").fail(f'"{draft_id[:60]}" không phải mã UUID viết thường')
    match = _BODY_NAME.fullmatch(name)
    if match and match[1] != draft_id:
        raise top.field("id").fail(f"khác mã trong tên tệp ({match[1]})")
    top.field("status").choice(STATUSES)
    stamp(top.field("created"))
    stamp(top.field("modified"))
    if top.field("trashed").value is not None:
        stamp(top.field("trashed"))
    next_version = number(top.field("next_version"))
    _check_versions(top.field("versions"), next_version)


def _check_versions(reader: Reader, next_version: int) -> None:
    items = reader.items()
    if len(items) > limits.MAX_HISTORY:
        raise reader.fail(f"quá nhiều phiên bản ({len(items)}); tối đa {limits.MAX_HISTORY}")
    last = 0
    for item in items:
        item.check_keys(("number", "saved", "title"), ("number", "saved", "title"))
        value = number(item.field("number"))
        if not last < value < next_version:
            raise item.field("number").fail(
                f"số phiên bản {value} không hợp lệ (phải tăng dần và nhỏ hơn next_version)"
            )
        last = value
        stamp(item.field("saved"))
        limits.check_text(item.field("title").string(), item.field("title").path)


def check_version(raw: Any, name: str, expected: int | None = None) -> Draft:
    """Check and migrate a version file `history/<id>/<n>.json` in place; its draft."""
    try:
        top = Reader(raw, "")
        top.require_object()
        _check_schema(top, name)
        raw.update(migrate_body(raw, name))
        top.check_keys(VERSION_KEYS, VERSION_KEYS)
        value = number(top.field("number"))
        if expected is not None and value != expected:
            raise top.field("number").fail(f"khác số trong tên tệp ({expected})")
        stamp(top.field("saved"))
        return read_draft(raw["draft"], name)
    except DraftFormatError as exc:
        raise DraftFormatError(exc.detail, name) from None


def _refuse_newer(data: Any, name: str) -> None:
    version = data.get("format_version") if isinstance(data, dict) else None
    if isinstance(version, int) and version > draftfile.FORMAT_VERSION:
        raise NewerSchemaError(
            f"{name}: bản nháp được tạo bởi phiên bản mới hơn của chương trình "
            f"(định dạng {version}). Hãy cập nhật chương trình Soạn báo cáo."
        )


def number(reader: Reader) -> int:
    value = reader.integer()
    if not 1 <= value <= MAX_VERSION_NUMBER:
        raise reader.fail(f"số {value} không hợp lệ; chấp nhận 1 đến {MAX_VERSION_NUMBER}")
    return value


def stamp(reader: Reader) -> str:
    text = reader.string()
    try:
        if len(text) > 40:
            raise ValueError
        parse_stamp(text)
    except (ValueError, OverflowError):
        raise reader.fail(f'"{text[:40]}" không phải thời điểm hợp lệ (ISO 8601)') from None
    return text


def read_draft(data: Any, name: str) -> Draft:
    """The draft of a body or version, migrated; a newer format is refused, not damage."""
    _refuse_newer(data, name)
    try:
        return draftfile.from_dict(data, lenient=True)
    except DraftFormatError as exc:
        whole = exc.detail.startswith("(tệp)")
        detail = f"draft{exc.detail[5:]}" if whole else f"draft.{exc.detail}"
        raise DraftFormatError(detail, name) from None
