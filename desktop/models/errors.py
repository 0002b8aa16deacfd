"""Errors a user can cause. Each carries a stable code and its data; the words are chosen by
`desktop.messages` so the CLI and the UI say the same sentence in the user's language."""

from __future__ import annotations


class CchcError(Exception):
    """An expected, user-fixable failure. `code` selects the sentence, `data` fills it,
    `details` is the technical text shown on demand."""

    code = "error"

    def __init__(self, code: str | None = None, /, *, details: str = "", **data: object) -> None:
        self.code = code or self.code
        self.data = data
        self.details = details
        super().__init__(f"{self.code}: {data}" + (f" ({details})" if details else ""))


class InvalidInput(CchcError):
    code = "invalid_input"


class NotFound(CchcError):
    code = "not_found"


class WorkspaceError(CchcError):
    code = "workspace_error"


class WorkspaceLocked(WorkspaceError):
    code = "workspace_locked"


class NewerWorkspace(WorkspaceError):
    code = "workspace_newer"


class StorageFull(CchcError):
    code = "disk_full"


class StorageReadOnly(CchcError):
    code = "read_only"


class Cancelled(CchcError):
    """A long job stopped at the user's request, between two units of work."""

    code = "cancelled"
