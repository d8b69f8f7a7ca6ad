"""Interface language. The source strings are Chinese, so 简体中文 needs no translation file of ours;
English comes from assets/i18n/fours_en.qm (made with pyside6-lupdate and pyside6-lrelease).

Storage messages (DomainError) stay Chinese in every language: they come from storage/, not from here.

After changing strings: pyside6-lupdate <the ui/ modules> ui/forms/*.ui -ts assets/i18n/fours_en.ts
-no-obsolete -source-language zh_CN -target-language en; translate the new entries (Qt Linguist or
by hand: English with straight quotes, the CJK font draws curly ones full-width); then
pyside6-lrelease assets/i18n/fours_en.ts -qm assets/i18n/fours_en.qm. lupdate only sees literal
strings in tr()/translate()/QT_TRANSLATE_NOOP calls.
"""
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ui.kit.labels import label
from ui.kit.resources import I18N

LANGUAGES = {"zh_CN": "简体中文", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"

# Paper classes are printing data (Chinese); these lines let lupdate see them. Roles are vocabulary
# (storage.rules.vocabulary.Role), named by ui/kit/labels.py.
_PAPER_NAMES = (
    QT_TRANSLATE_NOOP("Paper", "A4 单据打印机"),
    QT_TRANSLATE_NOOP("Paper", "A5 单据打印机"),
    QT_TRANSLATE_NOOP("Paper", "80 mm 小票打印机"),
    QT_TRANSLATE_NOOP("Paper", "241 mm 针式打印机（多联）"),
)


def role_label(role: str) -> str:
    return label(role)


def paper_label(text: str) -> str:
    return QCoreApplication.translate("Paper", text)


def install_translators(app, language: str | None) -> list[QTranslator]:
    """Install the translators for `language` on `app`; returns them (the caller keeps them alive)."""
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    QLocale.setDefault(QLocale(language))
    installed = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator(app)
    # Qt's own strings (向导的“下一步”, 标准按钮的“确定/取消”) in Chinese; in English they need nothing.
    if language != "en" and qt_own.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    if language == "en":
        ours = QTranslator(app)
        if ours.load(str(I18N / "fours_en.qm")):
            app.installTranslator(ours)
            installed.append(ours)
    return installed
