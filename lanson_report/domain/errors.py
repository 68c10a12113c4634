"""The error hierarchy: every error carries a message a clerk can act on."""


class ReportError(Exception):
    """Base of every error the program reports to its user."""


class DraftFormatError(ReportError):
    """A draft file does not fit the exchange format; the message names the field."""

    def __init__(self, message: str, source: str | None = None) -> None:
        self.source = source
        super().__init__(f"{source}: {message}" if source else message)
        self.detail = message


class ExportError(ReportError):
    """The PDF could not be written."""


class StoreError(ReportError):
    """The local store could not do what was asked."""


class StoreBusyError(StoreError):
    """Another program holds the store for writing."""


class StoreWriteError(StoreError):
    """The data folder could not be written (disk full, read-only, no permission)."""

    def __init__(self, message: str, errno: int | None = None, reason: str = "") -> None:
        super().__init__(message)
        self.errno = errno
        self.reason = reason or message  # the cause alone, e.g. "ổ đĩa đã đầy"

    @property
    def read_only(self) -> bool:
        import errno as codes

        return self.errno in (codes.EROFS, codes.EACCES, codes.EPERM)


class OutlineError(ReportError):
    """An outline could not be added, renamed, deleted or read."""
