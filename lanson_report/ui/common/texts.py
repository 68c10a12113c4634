"""Wording shared by several screens: dates and times, statuses, store errors."""

from __future__ import annotations

import datetime

from ...domain.errors import ReportError, StoreBusyError
from ...domain.model import STATUS_LABELS

BUSY = (
    "Kho báo cáo đang bận: một cửa sổ Soạn báo cáo khác (trên máy này, hoặc trên máy khác "
    "dùng chung thư mục dữ liệu) đang ghi vào kho. Hãy đợi một lát rồi thử lại."
)

ALREADY_OPEN = (
    "Soạn báo cáo đang mở trong một cửa sổ khác (trên máy này, hoặc trên máy khác dùng chung "
    "thư mục dữ liệu). Hãy dùng cửa sổ đó: tìm nó trên thanh tác vụ ở cuối màn hình."
)


def when(value: datetime.datetime | None) -> str:
    if value is None:
        return ""
    local = value.astimezone() if value.tzinfo else value
    return local.strftime("%d/%m/%Y %H:%M")


def clock(value: datetime.datetime) -> str:
    local = value.astimezone() if value.tzinfo else value
    return local.strftime("%H:%M:%S")  # seconds: the clerk sees the last keys are saved


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, status)


def explain(exc: ReportError) -> str:
    """The error as a clerk reads it: a sentence, so it starts with a capital letter.

    Domain errors are written to follow "Error:" in the command line ("không ghi được
    tệp …"); alone in a dialog they read as a sentence.
    """
    if isinstance(exc, StoreBusyError):
        return BUSY
    text = str(exc)
    return text[:1].upper() + text[1:]
