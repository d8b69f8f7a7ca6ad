"""The English translation is complete and current: every string is translated, the .ts holds every
string the code marks for translation, the .qm is compiled from the committed .ts, and the main window
in English shows no Chinese apart from data.

When test_ts_is_not_missing_strings_from_the_code fails, run the lupdate command in ui/shell/i18n.py's
docstring, translate the new entries, and run lrelease."""
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QListWidget, QStackedWidget, QTabBar, QTableView

from storage.plumbing.config import LocalSettings
from storage.plumbing.tools import pyside_tool
from storage.rules import auth
from ui.shell.i18n import install_translators
from ui.shell.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "assets" / "i18n" / "fours_en.ts"
QM = ROOT / "assets" / "i18n" / "fours_en.qm"
TRANSLATABLE = re.compile(r"\btr\(|translate\(|QT_TR_NOOP|QT_TRANSLATE_NOOP")
# Han ideographs, CJK punctuation (（）：，。 and the ideographic space) and full-width forms.
CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")


def _lupdate_sources() -> list[str]:
    """As in ui/shell/i18n.py: the ui/ modules with tr()/translate() calls (not the generated ui/forms/ui_*.py,
    whose strings come from the .ui files) and ui/forms/*.ui."""
    modules = [p for p in sorted((ROOT / "ui").rglob("*.py"))
               if not (p.parent.name == "forms" and p.name.startswith("ui_"))
               and TRANSLATABLE.search(p.read_text(encoding="utf-8"))]
    forms = sorted((ROOT / "ui" / "forms").glob("*.ui"))
    return [str(p) for p in modules + forms]


def _tool(name: str) -> list[str]:
    """pyside6-lupdate / pyside6-lrelease of this interpreter's PySide6 (never whatever is on the PATH)."""
    return pyside_tool(name.removeprefix("pyside6-"))


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [(context.findtext("name") or "", message.findtext("source") or "", message)
            for context in root.iter("context") for message in context.iter("message")]


def test_every_message_has_a_finished_translation():
    problems = []
    for context, source, message in _messages(TS):
        translation = message.find("translation")
        forms = [f.text for f in translation.iter("numerusform")] if message.get("numerus") == "yes" else [translation.text]
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not all(f and f.strip() for f in forms):
            problems.append((context, source))
    assert not problems, f"{len(problems)} untranslated (see ui/shell/i18n.py): {problems[:20]}"


def test_translations_use_no_cjk_characters():
    """English text with straight quotes and ASCII punctuation: the CJK font draws curly or full-width
    punctuation full-width."""
    bad = [(c, s, m.find("translation").text) for c, s, m in _messages(TS)
           if m.find("translation").text and CJK.search(m.find("translation").text)]
    assert not bad, bad[:20]


def test_ts_is_not_missing_strings_from_the_code(tmp_path):
    lupdate = _tool("pyside6-lupdate")
    copy = tmp_path / TS.name
    shutil.copyfile(TS, copy)
    result = subprocess.run([*lupdate, *_lupdate_sources(), "-ts", str(copy), "-no-obsolete",
                             "-source-language", "zh_CN", "-target-language", "en"],
                            capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    committed = {(c, s) for c, s, _ in _messages(TS)}
    current = {(c, s) for c, s, _ in _messages(copy)}
    missing = sorted(current - committed)
    assert not missing, (f"{len(missing)} strings in the code are not in {TS.name}; run lupdate as in ui/shell/i18n.py "
                         f"and translate them: {missing[:20]}")


def test_qm_is_compiled_from_the_committed_ts(tmp_path):
    lrelease = _tool("pyside6-lrelease")
    compiled = tmp_path / QM.name
    result = subprocess.run([*lrelease, str(TS), "-qm", str(compiled)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert compiled.read_bytes() == QM.read_bytes(), f"{QM.name} is stale: run pyside6-lrelease as in ui/shell/i18n.py"


# -- the main window in English --------------------------------------------------------------------------
def _shown_within(widget, page) -> bool:
    """Not hidden on purpose: every widget up to the page is shown, except pages of stacks (tabs), which
    the user reaches by a tab or button."""
    while widget is not None and widget is not page:
        parent = widget.parentWidget()
        if widget.isHidden() and not isinstance(parent, QStackedWidget):
            return False
        widget = parent
    return True


def _header_texts(view: QTableView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    return [str(model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
            for column in range(view.horizontalHeader().count())]


def _page_texts(page) -> list[tuple[str, str]]:
    """(where, text) for the labels, buttons, group boxes, tab titles and table headers on a page."""
    found = []

    def add(widget, text):
        if text:
            found.append((f"{type(widget).__name__} {widget.objectName()}", text))

    for widget in [page, *page.findChildren(QLabel), *page.findChildren(QAbstractButton),
                   *page.findChildren(QGroupBox), *page.findChildren(QTabBar), *page.findChildren(QTableView)]:
        if not _shown_within(widget, page):
            continue
        if isinstance(widget, QLabel):
            add(widget, widget.text())
        elif isinstance(widget, QAbstractButton):
            add(widget, widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget, widget.title())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                add(widget, widget.tabText(index))
        elif isinstance(widget, QTableView):
            for text in _header_texts(widget):
                add(widget, text)
    return found


def _menu_texts(menu_bar) -> list[tuple[str, str]]:
    found, actions = [], list(menu_bar.actions())
    while actions:
        action = actions.pop()
        if action.text():
            found.append(("menu", action.text()))
        if action.menu():
            actions.extend(action.menu().actions())
    return found


@pytest.fixture
def english(qapp):
    locale = QLocale()
    translators = install_translators(qapp, "en")
    assert translators, "assets/i18n/fours_en.qm missing"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


def test_main_window_in_english_shows_no_chinese_but_data(qtbot, users, tmp_path, english):
    manager = users[auth.MANAGER]
    window = MainWindow(user=manager, local=LocalSettings(tmp_path / "settings.json"), database_url="sqlite:///service.db")
    qtbot.addWidget(window)
    window.show()
    # Data, not interface text: the store's name and the user's name (storage keeps them as typed), and
    # the receivables' age buckets, which storage.cashier.aging() names.
    data = ["红旗路一汽大众4S店", manager.display_name, "0-30天", "31-60天", "61-90天", "90天以上"]
    texts = _menu_texts(window.menuBar())
    nav: QListWidget = window.ui.navList
    texts += [("navigation", nav.item(row).text()) for row in range(nav.count())]
    texts += [("status bar", window.store_label.text()), ("status bar", window.user_label.text())]
    for name in window.station_names():
        window.show_station(name)
        qtbot.wait(50)
        texts += [(f"{name}: {where}", text) for where, text in _page_texts(window.current_page())]
    chinese = []
    for where, text in texts:
        for value in data:
            text = text.replace(value, "")
        if CJK.search(text):
            chinese.append((where, text))
    assert not chinese, f"{len(chinese)} Chinese texts in English: {chinese}"
