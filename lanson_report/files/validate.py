"""A reader that walks a parsed JSON value and names the field path in every error."""

from __future__ import annotations

import calendar
import datetime
import re
import uuid
from collections.abc import Sequence
from typing import Any

from ..domain.errors import DraftFormatError
from ..domain.model import Agency, Basis, Block, DocDate, Reference, Run
from ..domain.text import nfc

_MISSING = object()
_ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_NUMBER = re.compile(r"[0-9]{1,9}")  # str.isdigit() would take "²" and other digits
MIN_YEAR, MAX_YEAR = 1945, 2199


def describe(value: Any) -> str:
    """The JSON type of a value, as a clerk reads it."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return f"số {value}"
    if isinstance(value, str):
        return f'chuỗi "{value[:40]}"'
    if isinstance(value, list):
        return "danh sách [...]"
    return "đối tượng {...}"


class Reader:
    """One value of the file, with its path (`sections[1].blocks[0].kind`).

    A lenient reader still checks types and values but accepts blanks a finished
    report needs filled in (an unfinished draft in the store is not yet complete).
    """

    def __init__(self, value: Any, path: str, lenient: bool = False) -> None:
        self.value = value
        self.path = path or "(tệp)"
        self.lenient = lenient

    def fail(self, message: str) -> DraftFormatError:
        return DraftFormatError(f"{self.path}: {message}")

    def _expect(self, kind: type | tuple[type, ...], wanted: str) -> Any:
        if self.value is _MISSING:
            raise self.fail(f"thiếu trường bắt buộc; cần {wanted}")
        if (isinstance(self.value, bool) and kind is not bool) or not isinstance(self.value, kind):
            raise self.fail(f"cần {wanted}, nhưng tệp ghi {describe(self.value)}")
        return self.value

    def require_object(self) -> dict[str, Any]:
        return dict(self._expect(dict, "một đối tượng {...}"))

    def has(self, key: str) -> bool:
        return isinstance(self.value, dict) and key in self.value

    def field(self, key: str) -> Reader:
        obj = self.require_object()
        prefix = "" if self.path == "(tệp)" else f"{self.path}."
        return Reader(obj.get(key, _MISSING), f"{prefix}{key}", self.lenient)

    def check_keys(self, allowed: Sequence[str], required: Sequence[str]) -> None:
        obj = self.require_object()
        for key in obj:
            if key not in allowed:
                raise self.field(key).fail(
                    f"khóa không được hỗ trợ; các khóa hợp lệ ở đây: {', '.join(allowed)}"
                )
        for key in required:
            if key not in obj:
                self.field(key)._expect(object, "trường này")

    def items(self) -> list[Reader]:
        values = self._expect(list, "một danh sách [...]")
        return [
            Reader(value, f"{self.path}[{index}]", self.lenient)
            for index, value in enumerate(values)
        ]

    def string(self, non_empty: bool = False) -> str:
        text = nfc(self._expect(str, 'một chuỗi văn bản "..."'))
        if non_empty and not self.lenient and not text.strip():
            raise self.fail("không được để trống")
        return text

    def strings(self, non_empty: bool = False) -> list[str]:
        return [item.string(non_empty) for item in self.items()]

    def boolean(self) -> bool:
        return bool(self._expect(bool, "true hoặc false"))

    def integer(self) -> int:
        return int(self._expect(int, "một số nguyên"))

    def number(self) -> float:
        value = self._expect((int, float), "một số")
        if value != value or value in (float("inf"), float("-inf")):
            raise self.fail("cần một số hữu hạn")
        return float(value)

    def optional_integer(self, low: int, high: int, name: str) -> int | None:
        if self.value is None:
            return None
        value = self.integer()
        if not low <= value <= high:
            raise self.fail(
                f"{name} {value} không hợp lệ; chấp nhận {low} đến {high}, hoặc null để trống"
            )
        return value

    def choice(self, options: Sequence[str]) -> str:
        value = self.string()
        if value not in options:
            raise self.fail(f'giá trị "{value}" không hợp lệ; chấp nhận: {", ".join(options)}')
        return value

    def uuid(self) -> str:
        value = self.string()
        try:
            return str(uuid.UUID(value))
        except ValueError:
            raise self.fail(
                f'"{value}" không phải mã UUID (ví dụ 3f6c2a1e-5b7d-4c1a-9e2f-'
                "2022bc000001); xóa khóa này để chương trình tự cấp"
            ) from None

    def doc_number(self) -> str:
        value = self.string().strip()
        if value and not _NUMBER.fullmatch(value):
            raise self.fail(
                f'số văn bản "{value}" phải là số (tối đa 9 chữ số), hoặc "" để viết tay'
            )
        return value

    def iso_date(self) -> datetime.date | None:
        value = self.string().strip()
        if not value:
            return None
        try:
            if not _ISO_DATE.match(value):
                raise ValueError
            return datetime.date.fromisoformat(value)
        except ValueError:
            raise self.fail(
                f'"{value}" không phải ngày hợp lệ; viết theo dạng năm-tháng-ngày '
                "YYYY-MM-DD, ví dụ 2022-04-28"
            ) from None

    def agency(self) -> Agency:
        keys = ("parent", "name", "abbreviation", "name_in_text")
        self.check_keys(keys, ("parent", "name", "abbreviation"))
        return Agency(
            parent=self.field("parent").string(),
            name=self.field("name").string(),
            abbreviation=self.field("abbreviation").string(),
            name_in_text=self.field("name_in_text").string() if self.has("name_in_text") else "",
        )

    def doc_date(self) -> DocDate:
        self.check_keys(("year", "month", "day"), ("year", "month", "day"))
        year_reader = self.field("year")
        year = year_reader.integer()
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise year_reader.fail(f"năm {year} không hợp lệ; chấp nhận {MIN_YEAR} đến {MAX_YEAR}")
        month = self.field("month").optional_integer(1, 12, "tháng")
        day_reader = self.field("day")
        day = day_reader.optional_integer(1, 31, "ngày")
        if day is not None and month is not None:
            last = calendar.monthrange(year, month)[1]
            if day > last:
                raise day_reader.fail(
                    f"ngày {day} không có trong tháng {month}/{year} (tháng này có {last} ngày)"
                )
        return DocDate(year=year, month=month, day=day)

    def reference(self) -> Reference:
        keys = ("lead", "kind", "number", "date", "issuer", "subject")
        self.check_keys(keys, ("lead", "kind"))

        def text(key: str) -> str:
            return self.field(key).string() if self.has(key) else ""

        return Reference(
            lead=self.field("lead").string(non_empty=True),
            kind=self.field("kind").string(non_empty=True),
            number=text("number"),
            date=self.field("date").iso_date() if self.has("date") else None,
            issuer=text("issuer"),
            subject=text("subject"),
        )

    def basis(self) -> Basis:
        self.check_keys(("references", "closing"), ("references",))
        return Basis(
            references=[item.reference() for item in self.field("references").items()],
            closing=self.field("closing").string() if self.has("closing") else "",
        )

    def block(self, kinds: Sequence[str]) -> Block:
        self.check_keys(("kind", "text", "source"), ("kind", "text"))
        kind = self.field("kind").choice(kinds)
        source = self.field("source").string() if self.has("source") else ""
        return Block(kind=kind, runs=self.field("text").runs(), source=source)  # type: ignore[arg-type]

    def runs(self) -> list[Run]:
        if isinstance(self.value, str):
            return [Run(nfc(self.value))] if self.value else []
        self._expect(list, "một chuỗi văn bản hoặc danh sách đoạn chữ (runs)")
        return [item.run() for item in self.items()]

    def run(self) -> Run:
        if isinstance(self.value, str):
            return Run(nfc(self.value))
        self._expect(dict, 'một chuỗi hoặc đối tượng {"text": ..., "bold": true}')
        self.check_keys(("text", "bold", "italic", "underline", "footnote"), ("text",))

        def flag(key: str) -> bool:
            return (
                bool(self.field(key)._expect(bool, "true hoặc false")) if self.has(key) else False
            )

        run = Run(self.field("text").string(), flag("bold"), flag("italic"), flag("underline"))
        if self.has("footnote"):
            run.footnote, run.footnote_runs = self.field("footnote").footnote()
        return run

    def footnote(self) -> tuple[str, list[Run]]:
        """A footnote's text, and its runs when some are bold, italic or underlined: a
        string, or runs without footnotes."""
        runs = self.runs()
        if any(run.footnote for run in runs):
            raise self.fail("chú thích không được chứa chú thích khác")
        text = "".join(run.text for run in runs)
        if not text.strip():
            raise self.fail("chú thích không được để trống")
        return text, runs if not all(run.plain for run in runs) else []
