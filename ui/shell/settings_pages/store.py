"""门店信息: name, address and phone every PC and every printed header shares (in the database)."""
from storage.models import User
from storage.rules import auth, settings
from ui.forms.ui_settings_store import Ui_StorePage
from ui.shell.settings_pages.base import SettingsPage


class StorePage(SettingsPage):
    FIELDS = ("store.name", "store.address", "store.phone")

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.ui = Ui_StorePage()
        self.ui.setupUi(self)
        self.edits = {"store.name": self.ui.nameEdit, "store.address": self.ui.addressEdit, "store.phone": self.ui.phoneEdit}
        self.loaded = {key: settings.get(key) or "" for key in self.FIELDS}
        for key, edit in self.edits.items():
            edit.setText(self.loaded[key])

    @classmethod
    def available_to(cls, user: User | None) -> bool:
        return auth.may(user, "settings.store")

    def title(self) -> str:
        return self.tr("门店信息")

    def save(self) -> list[str]:
        values = {key: edit.text().strip() for key, edit in self.edits.items()}
        values["store.phone"] = settings.clean_store_detail("store.phone", values["store.phone"])
        self.ui.phoneEdit.setText(values["store.phone"])
        for key in self.FIELDS:
            if values[key] != self.loaded[key]:
                settings.put(self.user, key, values[key])
                self.loaded[key] = values[key]
        return []
