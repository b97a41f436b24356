"""Warnings raised while extracting one issue, kept in the order they were found."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Report:
    """Collects warnings for one issue; each names a code, a message and the raw line."""

    issue_id: str
    warnings: list[dict] = field(default_factory=list)

    def warn(self, code: str, message: str, line: int | None = None) -> None:
        self.warnings.append({"issue_id": self.issue_id, "code": code, "message": message, "line": line})
