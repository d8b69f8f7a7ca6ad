"""语言: the interface language of this PC; applies at the next start."""
from ui.forms.ui_settings_language import Ui_LanguagePage
from ui.shell.i18n import DEFAULT_LANGUAGE, LANGUAGES
from ui.shell.settings_pages.base import SettingsPage


class LanguagePage(SettingsPage):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.ui = Ui_LanguagePage()
        self.ui.setupUi(self)
        for code, name in LANGUAGES.items():  # each language in its own words
            self.ui.languageCombo.addItem(name, code)
        self.saved = self.local.get("language") or DEFAULT_LANGUAGE
        self.ui.languageCombo.setCurrentIndex(max(0, self.ui.languageCombo.findData(self.saved)))

    def title(self) -> str:
        return self.tr("语言")

    def save(self) -> list[str]:
        code = self.ui.languageCombo.currentData()
        if code == self.saved:
            return []
        self.local.set("language", code)
        self.saved = code
        return [self.tr("界面语言已更改，重新启动程序后生效。")]
