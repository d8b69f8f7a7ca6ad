"""The one family of errors a user can cause. Each carries a Chinese message the GUI shows as is."""


class DomainError(Exception):
    """A refusal the user can understand and act on (bad input, no permission, stale record...)."""

    def __init__(self, message: str, *, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class ValidationError(DomainError):
    """Input that cannot be right: a plate, a VIN, a phone number, an amount."""


class PermissionDenied(DomainError):
    """The user's role may not do this."""


class SessionEnded(PermissionDenied):
    """The account this station is signed in with was disabled or changed (role, limits, password
    reset) since it signed in: the station must sign in again. Raised at the next action."""


class StaleRecord(DomainError):
    """Someone else saved the record after this station read it (optimistic locking)."""


class NotFound(DomainError):
    """The record asked for does not exist (any more)."""


class LoginFailed(DomainError):
    """Wrong user name or password, or a locked account."""


class DatabaseProblem(DomainError):
    """The database cannot be used: unreachable, read-only, from a newer program, half-migrated."""
