"""What a check finds: where (a draft-file path and a span of that field's text), which
rule, how serious, what to say to the clerk, and the fixes when they are clear."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from ..checks import Problem

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
SEVERITY_LABELS: dict[Severity, str] = {"error": "lỗi", "warning": "cảnh báo", "info": "gợi ý"}


@dataclass(frozen=True)
class Finding:
    where: str  # a draft-file path such as `sections[1].blocks[0]`, as `Problem.field`
    start: int  # span in the field's text (NFC), end exclusive
    end: int
    rule: str
    severity: Severity
    message: str  # in Vietnamese, for the clerk
    suggestions: tuple[str, ...] = ()

    def at(self, where: str, shift: int = 0) -> Finding:
        """The same finding in another field, or further along the field's text."""
        return replace(self, where=where, start=self.start + shift, end=self.end + shift)

    def as_dict(self) -> dict[str, object]:
        return {
            "where": self.where,
            "start": self.start,
            "end": self.end,
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "suggestions": list(self.suggestions),
        }


def quoted(finding: Finding, text: str) -> str:
    """The finding's message, with the words of `text` it is about when it does not quote
    them itself (“5 tháng 1”, “VP, VT”)."""
    words = text[finding.start : finding.end].strip()
    return (
        f"{finding.message} — “{words}”"
        if words and words not in finding.message
        else finding.message
    )


def from_problem(problem: Problem) -> Finding:
    """A missing item of "Còn thiếu" as a finding: the field to fill, no span."""
    return Finding(problem.field, 0, 0, "missing", "warning", problem.message)


def errors(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity == "error"]


def ordered(findings: list[Finding]) -> list[Finding]:
    """Fields in the order they were checked, text order within a field, each once."""
    unique = list(dict.fromkeys(findings))
    rank = {where: i for i, where in enumerate(dict.fromkeys(f.where for f in unique))}
    return sorted(unique, key=lambda f: (rank[f.where], f.start, f.end, f.rule))


# A finding that says again what a missing item of "Còn thiếu" says: the first line of
# Nơi nhận is checked by both (checks._first_recipient knows each type's expected line).
REPEATS_MISSING = {"recipients-first": "recipients"}


def beside(found: list[Finding], problems: list[Problem]) -> list[Finding]:
    """The findings to list beside "Còn thiếu": none that repeats one of its items."""
    fields = {problem.field for problem in problems}
    return [f for f in found if REPEATS_MISSING.get(f.rule) not in fields]
