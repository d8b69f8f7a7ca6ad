"""Every window fits the front desk's screens (issue 19, defect 2): 1366×768 at 100 % and at 125 %
(1093×614 logical pixels) and 1920×1080 at 150 % (1280×720). Each station page of a manager (who
sees all six) and every dialog (ui.shell.gallery, which opens them on the demo store as the stations
do) is shown on each screen and checked (tests/fit_checks.py): no window larger than the screen,
no widget clipped, none overlapping another, no page scrolling, no form scrolling sideways.

Qt lays windows out in logical pixels and the fonts keep their logical size at any scale factor,
so a screen of 1093×614 at 100 % is the layout of 1366×768 at 125 %; the screenshot test at the
end runs the program itself with QT_SCALE_FACTOR=1.25."""
import importlib
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest
from fit_checks import window_problems
from PySide6.QtCore import QLocale, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QScrollArea, QVBoxLayout

import ui
from storage import demo
from storage.plumbing.config import LocalSettings
from storage.rules import auth
from ui.kit import screen_fit
from ui.kit.dialog_base import PreservingDialog
from ui.shell import gallery
from ui.shell.app import create_application
from ui.shell.i18n import DEFAULT_LANGUAGE, install_translators
from ui.shell.main_window import MainWindow

SCREENS = {  # name: the free area in logical pixels
    "1366x768@100%": QRect(0, 0, 1366, 768),
    "1366x768@125%": QRect(0, 0, 1093, 614),
    "1920x1080@150%": QRect(0, 0, 1280, 720),
}
# Dialogs another change is rebuilding may be listed here with the defect that rebuilds them
# (issue 19 defects 4, 5, 7), until they fit; none is at present.
KNOWN: dict[str, str] = {}
BASES = {"PreservingDialog", "FieldDialog", "SupervisedDialog"}  # dialog base classes, never opened themselves
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def store(db, tmp_path):
    create_application()  # the program's own font: the sizes depend on it
    demo.populate_if_empty()
    return gallery.Context.for_store(LocalSettings(tmp_path / "settings.json"), "sqlite:///service.db")


@pytest.fixture
def screen():
    yield lambda rect: screen_fit.set_available_geometry(rect)
    screen_fit.set_available_geometry(None)


def _shown(widget):
    if hasattr(widget, "remember_geometry"):
        widget.remember_geometry = False
    widget.show()
    gallery.settle()
    return widget


@pytest.fixture
def language(request, qapp):
    """The interface language of the test: Chinese (the default, no translator) or English."""
    lang, locale = request.param, QLocale()
    translators = install_translators(qapp, lang) if lang != DEFAULT_LANGUAGE else []
    assert lang == DEFAULT_LANGUAGE or translators, "assets/i18n/fours_en.qm missing"
    yield lang
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


# English words are longer than Chinese ones: the front desk's usual screen in English too.
CASES = [pytest.param(size, DEFAULT_LANGUAGE, id=size) for size in SCREENS] + [
    pytest.param("1366x768@125%", "en", id="1366x768@125%-en")]


@pytest.mark.parametrize("size, language", CASES, indirect=["language"])
def test_every_station_page_and_dialog_fits_the_screen(qtbot, language, store, screen, size):
    screen(SCREENS[size])
    size = size if language == DEFAULT_LANGUAGE else f"{size} {language}"
    problems, opened = [], []
    window = _shown(MainWindow(user=store.user(auth.MANAGER), local=store.local, database_url=store.database_url))
    qtbot.addWidget(window)
    window.resize(screen_fit.room(window))  # as large as the screen lets it be (the front desk maximises it)
    assert window.stations == list(auth.STATIONS)  # a manager sees every station
    for name in window.stations:
        window.show_station(name)
        gallery.settle()
        problems += [f"{size} main-{name}: {p}" for p in window_problems(window, page=window.ui.stack.currentWidget())]
        if name == "cashier":  # the till with a bill and its payment filled in
            settle = window.current_page().settle
            assert settle.model.rowCount() > 0
            settle.ui.readyView.setCurrentIndex(settle.model.index(0, 0))
            gallery.settle()
            assert settle.order is not None
            problems += [f"{size} main-cashier-settle: {p}"
                         for p in window_problems(window, page=window.ui.stack.currentWidget())]
    window.hide()

    for shot in gallery.dialogs(store):
        dialog = shot.open()
        assert dialog is not None, f"the demo store has nothing to open {shot.name} on"
        assert isinstance(dialog, shot.cls)
        qtbot.addWidget(dialog)
        _shown(dialog)
        opened.append(shot.name)
        found = window_problems(dialog)
        if shot.name in KNOWN:
            assert found, f"{shot.name} fits now: remove it from KNOWN ({KNOWN[shot.name]})"
        else:
            problems += [f"{size} {shot.name}: {p}" for p in found]
        dialog.hide()
    assert len(opened) == len(gallery.dialogs(store))
    assert not problems, "\n".join(problems)


def _dialog_classes() -> set[type]:
    """Every dialog class the program defines under ui/."""
    for module in pkgutil.walk_packages(ui.__path__, "ui."):
        importlib.import_module(module.name)
    found, stack = set(), [QDialog]
    while stack:
        cls = stack.pop()
        for sub in cls.__subclasses__():
            stack.append(sub)
            if sub.__module__.startswith("ui.") and not sub.__module__.startswith("ui.forms"):
                found.add(sub)
    return found


def test_the_gallery_opens_every_dialog_the_program_has(db, tmp_path):
    context = gallery.Context.for_store(LocalSettings(tmp_path / "settings.json"), "sqlite:///service.db")
    covered = {shot.cls for shot in gallery.dialogs(context)}
    missing = sorted(f"{c.__module__}.{c.__name__}" for c in _dialog_classes()
                     if c not in covered and c.__name__ not in BASES)
    assert not missing, f"dialogs the fit test never opens (add them to ui.shell.gallery): {missing}"


class TallForm(PreservingDialog):
    """Forty fields and a button box: taller than any of the screens."""

    def __init__(self):
        super().__init__()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.edits = [QLineEdit() for _ in range(40)]
        for index, edit in enumerate(self.edits):
            form.addRow(f"第 {index + 1} 项", edit)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(self.buttons)
        self.resize(600, 1400)


def test_a_form_taller_than_the_screen_scrolls_with_its_buttons_in_sight_and_its_tab_order(qtbot, screen):
    screen(SCREENS["1366x768@125%"])
    dialog = TallForm()
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        _shown(dialog)
        dialog.activateWindow()
    frame = dialog.geometry().marginsAdded(screen_fit.frame_margins(dialog))
    assert frame.height() <= 614 and frame.width() <= 1093
    area = dialog.findChild(QScrollArea, "fitScrollArea")
    assert area is not None and area.isAncestorOf(dialog.edits[-1])
    assert not area.isAncestorOf(dialog.buttons)  # 确定 / 取消 stay at the bottom, always visible
    assert dialog.rect().contains(dialog.buttons.geometry())
    assert area.verticalScrollBar().maximum() > 0 and area.horizontalScrollBar().maximum() == 0
    # Tab still walks the fields in order, and the form scrolls to the one with the focus.
    dialog.edits[0].setFocus()
    for edit in dialog.edits[1:]:
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        assert dialog.focusWidget() is edit
    gallery.settle()
    assert area.verticalScrollBar().value() > 0
    assert window_problems(dialog) == []


def test_a_dialog_saved_larger_than_this_screen_opens_inside_it(qtbot, screen):
    screen(SCREENS["1920x1080@150%"])
    first = TallForm()  # saved on a big screen: 600×1400 at (300, 50)
    qtbot.addWidget(first)
    first.show()
    first.setGeometry(300, 50, 900, 1000)
    first.done(0)
    screen(SCREENS["1366x768@125%"])
    again = TallForm()
    qtbot.addWidget(again)
    again.show()
    gallery.settle()
    frame = again.geometry().marginsAdded(screen_fit.frame_margins(again))
    assert QRect(0, 0, 1093, 614).contains(frame), frame


BUSIEST = ["new-customer", "check-in", "order-editor", "part-picker", "dispatch", "added-work", "qc",
           "print-preview"]


@pytest.mark.skipif(sys.platform == "win32", reason="the offscreen platform")
def test_screenshots_at_125_percent_are_the_screen_and_every_busy_dialog_has_its_own(tmp_path):
    """The program itself: `--screenshot DIR --size 1366x768` under QT_SCALE_FACTOR=1.25."""
    out = tmp_path / "shots"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "1.25",
           "FOURS_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--database", f"sqlite:///{(tmp_path / 'demo.db').as_posix()}",
         "--demo", "--settings", str(tmp_path / "settings.json"), "--screenshot", str(out), "--size", "1366x768"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    names = {path.stem for path in out.glob("*.png")}
    for name in [*(f"dialog-{n}" for n in BUSIEST), "main-cashier-settle", "main-reception", "settings"]:
        assert name in names, name
    for path in out.glob("*.png"):
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1366, 768), path.name
    # The settle tab drawn at 125 %: the window fills the picture, not a 1093-pixel corner of it.
    image = QImage(str(out / "main-cashier-settle.png"))
    backdrop = image.pixel(2, 2)
    assert image.pixel(1300, 700) != backdrop and image.pixel(1360, 400) != backdrop


def test_a_bad_size_is_refused_with_a_message(capsys):
    import main

    with pytest.raises(SystemExit):
        main.build_parser().parse_args(["--screenshot", "x", "--size", "1366"])
    assert "宽x高" in capsys.readouterr().err
