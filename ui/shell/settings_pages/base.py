"""The shape of one settings page (Picard's options pages): one concern, load on open, save on 确定."""
from PySide6.QtWidgets import QWidget

from storage.models import User
from storage.plumbing.config import LocalSettings


class SettingsPage(QWidget):
    """Subclasses build their form in __init__ and write their values in save().

    save() raises DomainError to refuse (the dialog shows it and stays open on this page) and returns
    notices for the user, e.g. that a change applies after a restart.
    """

    def __init__(
        self, *, local: LocalSettings, user: User | None, database_url: str | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.local = local
        self.user = user
        # The database this run of the program uses (a --database option can differ from the saved one).
        self.database_url = database_url or local.database_url

    @classmethod
    def available_to(cls, user: User | None) -> bool:
        return True

    def title(self) -> str:
        raise NotImplementedError

    def save(self) -> list[str]:
        raise NotImplementedError
