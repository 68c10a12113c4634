"""Versions of the store's own files, and the hooks that bring older ones up to date.

The draft inside a body is a draft-format dict; draftfile.from_dict migrates it.
The envelope around it (status, timestamps, history) has its own SCHEMA_VERSION:
- BODY_MIGRATIONS[n] turns a body or version file of schema n into schema n + 1; it
  runs when the file is read, so old files keep opening without a bulk rewrite.
- FOLDER_MIGRATIONS[n] reorganises a whole data folder of schema n into n + 1; it runs
  once, under the lock, when the store is opened. The index is rebuilt afterwards.

Schema 2 (issue 29): a body may carry a checksum (envelope.checksum). Nothing moves: a
schema-1 body has none and gets one at its next save. The number changes so that an
older program refuses a newer folder or backup ("update the program") instead of
taking every checksummed body, whose key it does not know, for damage.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .backend import NewerSchemaError

if TYPE_CHECKING:
    from .backend import Backend

SCHEMA_VERSION = 2


def _same_body(raw: dict[str, Any]) -> dict[str, Any]:
    return raw  # schema 2 only allows a checksum


def _same_folder(backend: Backend) -> None:
    pass  # nothing moves from schema 1 to 2


BODY_MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _same_body}
FOLDER_MIGRATIONS: dict[int, Callable[[Backend], None]] = {1: _same_folder}
# Migrations from these schemas leave every index entry as it was: no rebuild (which
# reads every body: a minute for 20,000 drafts at the first start after an update).
INDEX_KEPT = {1}


def check_supported(version: int, where: str) -> None:
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(
            f"{where} được tạo bởi phiên bản mới hơn của chương trình (lược đồ {version}); "
            f"phiên bản này đọc được đến lược đồ {SCHEMA_VERSION}. "
            "Hãy cập nhật chương trình Soạn báo cáo."
        )


def migrate_body(raw: dict[str, Any], where: str) -> dict[str, Any]:
    """Bring a body or version file up to SCHEMA_VERSION (in memory)."""
    version = int(raw.get("schema", 1))
    check_supported(version, where)
    while version < SCHEMA_VERSION:
        raw = BODY_MIGRATIONS[version](raw)
        version += 1
        raw["schema"] = version
    return raw


def index_kept(version: int) -> bool:
    """Whether the indexes of a folder of this schema stay valid once it is migrated."""
    return all(step in INDEX_KEPT for step in range(version, SCHEMA_VERSION))


def migrate_folder(backend: Backend, version: int) -> bool:
    """Run the folder migrations from version; True when anything was migrated."""
    check_supported(version, "Thư mục dữ liệu")
    migrated = version < SCHEMA_VERSION
    while version < SCHEMA_VERSION:
        FOLDER_MIGRATIONS[version](backend)
        version += 1
    return migrated
