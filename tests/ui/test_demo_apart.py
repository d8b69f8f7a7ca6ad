"""Issue 16 item 4, the demo apart from real data: `--demo` fills only a database of its own
(demo.db in the data folder, or an empty --database), never the store's; the database remembers it
holds the demo, and the title bar and every printout say 演示数据."""
import argparse
import io

import pytest

import storage
from printing import test_page
from storage import demo
from storage.models import Customer, Part, Setting
from storage.plumbing.config import default_database_url
from storage.rules import settings
from storage.rules.errors import DomainError
from tests.pdftext import pdftotext


def _pdf_text() -> str:
    out = io.BytesIO()
    test_page.render("a4", "测试打印机", out)
    a4 = pdftotext(out.getvalue())
    roll = io.BytesIO()
    test_page.render("roll80", "测试打印机", roll)
    return a4, pdftotext(roll.getvalue())


def test_demo_has_its_own_file_never_the_stores(tmp_path, monkeypatch):
    monkeypatch.setenv("FOURS_DATA_DIR", str(tmp_path / "data"))
    url = demo.demo_database_url(None)
    assert url.endswith("/data/demo.db") and url != default_database_url()
    assert demo.demo_database_url("sqlite:///elsewhere.db") == "sqlite:///elsewhere.db"


def test_store_in_use_is_refused_and_left_alone(manager):
    Part.create(number="REAL-1", name="真实备件")
    with pytest.raises(DomainError):
        demo.check_demo_database()
    assert demo.populate_if_empty() is False  # business data: nothing to do, nothing touched
    assert Customer.select().count() == 0 and not settings.is_demo()


def test_the_mark_cannot_be_set_or_removed_through_settings(manager):
    with pytest.raises(DomainError):
        settings.put(manager, settings.DEMO_KEY, True)
    settings.mark_demo()
    assert settings.is_demo()
    with pytest.raises(DomainError):
        settings.put(manager, settings.DEMO_KEY, False)
    assert settings.is_demo()


def test_every_printout_of_a_demo_database_says_so(admin):
    a4, roll = _pdf_text()
    assert "演示数据" not in a4 and "演示数据" not in roll  # a store's documents: no mark
    settings.mark_demo()
    a4, roll = _pdf_text()
    assert "演示数据" in a4 and "演示数据" in roll
    assert settings.store_header()["demo"] is True


def test_title_bar_says_demo(qtbot, admin, tmp_path):
    from storage.plumbing.config import LocalSettings
    from ui.shell.main_window import MainWindow

    local = LocalSettings(tmp_path / "settings.json")
    window = MainWindow(user=admin, local=local, database_url="sqlite:///x.db")
    qtbot.addWidget(window)
    assert "演示数据" not in window.windowTitle()
    settings.mark_demo()
    window2 = MainWindow(user=admin, local=local, database_url="sqlite:///x.db")
    qtbot.addWidget(window2)
    assert window2.windowTitle().startswith("【演示数据】")
    assert "演示数据" in window2.ui.storeTitle.text()


def _args(tmp_path, database=None):
    return argparse.Namespace(database=database, demo=True, screenshot=None, lang=None,
                              settings=str(tmp_path / "settings.json"))


def test_gui_demo_without_database_opens_demo_db(qtbot, tmp_path, monkeypatch):
    from ui.shell import app

    monkeypatch.setenv("FOURS_DATA_DIR", str(tmp_path / "data"))
    seen = {}
    monkeypatch.setattr(app, "_run_interactive", lambda _app, url, local, **kw: seen.update(url=url, **kw) or 0)
    assert app.run_gui(_args(tmp_path)) == 0
    assert seen["url"] == demo.demo_database_url(None) and seen["demo"] is True


def test_gui_demo_refuses_the_stores_database(qtbot, admin, db_url_of_admin, monkeypatch, tmp_path):
    from ui.shell import app

    shown = []
    monkeypatch.setattr(app.QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    assert app.run_gui(_args(tmp_path, database=db_url_of_admin)) == 2
    assert shown and "真实数据" in shown[0]
    storage.open_store(db_url_of_admin)
    assert not settings.is_demo() and Customer.select().count() == 0
    assert not Setting.select().where(Setting.key == settings.DEMO_KEY).exists()


@pytest.fixture
def db_url_of_admin(admin, tmp_path):
    from tests.conftest import PG_URL

    return PG_URL or f"sqlite:///{(tmp_path / 'service.db').as_posix()}"
