"""Installing on a front-desk PC: the first run asks where the data lives (this PC, or the store's
server, tested before it is saved), a second PC joins the store another PC set up and sees its data,
and the printers page lists this PC's printers per paper and prints a test page."""
import argparse
import os
from urllib.parse import urlparse

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWizard

import storage
from storage.plumbing.config import LocalSettings, default_database_url
from storage.plumbing.db import close_database
from storage.reception import archive
from storage.rules import auth, settings
from storage.rules.errors import ValidationError
from storage.store import connection
from tests.conftest import PG_URL
from tests.factories import PASSWORD
from tests.pdftext import pdftotext
from ui.kit import printers
from ui.shell.first_run_wizard import FirstRunWizard
from ui.shell.settings_dialog import SettingsDialog
from ui.shell.settings_pages import PrintersPage
from ui.shell.settings_pages import printers as printers_page

postgres_only = pytest.mark.skipif(not PG_URL, reason="joining the store's server needs PostgreSQL")


@pytest.fixture
def fresh_pc(tmp_path, monkeypatch):
    """A PC that has never run the program: its own empty data folder and settings file."""
    monkeypatch.setenv("FOURS_DATA_DIR", str(tmp_path / "pc"))
    yield LocalSettings(tmp_path / "pc" / "settings.json")
    close_database()


def _wizard(qtbot, local, **kwargs) -> FirstRunWizard:
    wizard = FirstRunWizard(local=local, **kwargs)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def _next(qtbot, wizard, page, timeout=20000):
    """Press 下一步 (Alt+N: keyboard first) and wait for the page; the database opens in the background."""
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is page, timeout=timeout)


def _set_up_store(qtbot, wizard, store="红旗路一汽大众4S店", username="boss"):
    wizard.ui.storeNameEdit.setText(store)  # QTest types ASCII only; an input method types Chinese
    qtbot.keyClicks(wizard.ui.phoneEdit, "010 8888 6666")
    _next(qtbot, wizard, wizard.ui.adminPage)
    qtbot.keyClicks(wizard.ui.usernameEdit, username)
    wizard.ui.displayNameEdit.setText("李站长")
    qtbot.keyClicks(wizard.ui.passwordEdit, PASSWORD)
    qtbot.keyClicks(wizard.ui.confirmEdit, PASSWORD)
    _next(qtbot, wizard, wizard.ui.finishPage)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.result() == QDialog.DialogCode.Accepted


def _fill_server(qtbot, wizard, url: str):
    parsed = urlparse(url)
    for edit in (wizard.ui.hostEdit, wizard.ui.databaseNameEdit, wizard.ui.dbUserEdit, wizard.ui.dbPasswordEdit):
        edit.clear()
    qtbot.keyClicks(wizard.ui.hostEdit, parsed.hostname)
    wizard.ui.portSpin.setValue(parsed.port or 5432)
    qtbot.keyClicks(wizard.ui.databaseNameEdit, parsed.path.lstrip("/"))
    qtbot.keyClicks(wizard.ui.dbUserEdit, parsed.username or "")
    qtbot.keyClicks(wizard.ui.dbPasswordEdit, parsed.password or "")


# -- this PC only --------------------------------------------------------------------------------------
def test_this_pc_only_needs_no_typing_of_paths(qtbot, fresh_pc):
    wizard = _wizard(qtbot, fresh_pc, database_url=None)
    assert wizard.ui.localRadio.isVisible() and wizard.ui.localRadio.isChecked()
    assert not wizard.ui.databaseEdit.isVisible()
    default_file = default_database_url()[len("sqlite:///"):]
    assert default_file in wizard.ui.localNote.text()
    _next(qtbot, wizard, wizard.ui.storePage)  # the default file is created and opened off the GUI thread
    assert os.path.exists(default_file)
    _set_up_store(qtbot, wizard)
    assert wizard.database_url == default_database_url()
    assert wizard.admin.username == "boss"
    assert settings.get("store.name") == "红旗路一汽大众4S店"
    assert LocalSettings(fresh_pc.path).get("database_url") == ""  # the default: nothing to remember
    assert oct(os.stat(fresh_pc.path).st_mode & 0o777) == "0o600"


def test_a_cancelled_wizard_saves_no_choice(qtbot, fresh_pc):
    wizard = _wizard(qtbot, fresh_pc, database_url=None)
    wizard.ui.serverRadio.setChecked(True)
    _next(qtbot, wizard, wizard.ui.serverPage)
    wizard.reject()
    assert not fresh_pc.path.exists()


def test_run_gui_on_a_fresh_pc_opens_the_choice_before_any_database(qapp, fresh_pc, monkeypatch):
    from ui.shell import app as app_module
    from ui.shell.first_run_wizard import FirstRunWizard

    seen = []

    def exec_wizard(wizard):
        seen.append((wizard.database_url, wizard.may_choose, wizard.ui.localRadio.isChecked()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(FirstRunWizard, "exec", exec_wizard)
    args = argparse.Namespace(database=None, demo=False, screenshot=None, lang=None, settings=str(fresh_pc.path))
    assert app_module.run_gui(args) == 0
    assert seen == [(None, True, True)]
    assert not os.path.exists(default_database_url()[len("sqlite:///"):]), "nothing is created before the choice"


# -- the store's server ----------------------------------------------------------------------------------
@pytest.mark.parametrize("fields, field, message", [
    (dict(host=""), "host", "请填写门店服务器的地址"),
    (dict(host="192.168.1.10:5432"), "host", "不要带端口"),
    (dict(port=0), "port", "1 到 65535"),
    (dict(database=""), "database", "请填写数据库名"),
    (dict(user=""), "user", "请填写数据库用户名"),
    (dict(user="a@b"), "user", "不能有 @"),
    (dict(password="a/b"), "password", "密码中含有 /"),
])
def test_server_fields_are_checked_before_connecting(fields, field, message):
    values = dict(host="192.168.1.10", port=5432, database="fours", user="fours", password="pw") | fields
    with pytest.raises(ValidationError, match=message) as err:
        connection.server_url(**values)
    assert err.value.field == field


def test_server_url_round_trips_a_password_with_signs():
    url = connection.server_url(host="srv", port=5433, database="fours", user="fours", password="p@ss:w%rd")
    assert url == "postgresql://fours:p@ss:w%rd@srv:5433/fours"
    assert connection.server_fields(url) == dict(host="srv", port=5433, database="fours", user="fours",
                                                 password="p@ss:w%rd")


def test_an_unreachable_server_is_told_in_the_wizard_and_nothing_is_saved(qtbot, fresh_pc):
    wizard = _wizard(qtbot, fresh_pc, database_url=None)
    wizard.ui.serverRadio.setChecked(True)
    _next(qtbot, wizard, wizard.ui.serverPage)
    _fill_server(qtbot, wizard, "postgresql://fours:s3cret@127.0.0.1:1/fours")
    qtbot.mouseClick(wizard.ui.testButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "无法连接数据库" in wizard.ui.testResult.text(), timeout=20000)
    assert "s3cret" not in wizard.ui.testResult.text()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.task is None and "无法连接数据库" in wizard.ui.testResult.text(), timeout=20000)
    assert wizard.currentPage() is wizard.ui.serverPage
    assert not fresh_pc.path.exists()


def test_an_empty_host_is_refused_on_the_page(qtbot, fresh_pc):
    wizard = _wizard(qtbot, fresh_pc, database_url=None)
    wizard.ui.serverRadio.setChecked(True)
    _next(qtbot, wizard, wizard.ui.serverPage)
    qtbot.mouseClick(wizard.ui.testButton, Qt.MouseButton.LeftButton)
    assert "请填写门店服务器的地址" in wizard.ui.testResult.text()
    assert wizard.focusWidget() is wizard.ui.hostEdit


@postgres_only
def test_a_second_pc_joins_the_store_and_sees_the_same_data(qtbot, db_url, tmp_path, monkeypatch):
    """Two data folders, one PostgreSQL database: the first PC sets the store up, the second joins."""
    first = LocalSettings(tmp_path / "front-desk" / "settings.json")
    monkeypatch.setenv("FOURS_DATA_DIR", str(tmp_path / "front-desk"))
    wizard = _wizard(qtbot, first, database_url=None)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.ui.localRadio)
    qtbot.keyClick(wizard.ui.localRadio, Qt.Key.Key_Down)  # the arrow moves to 连接门店服务器
    assert wizard.ui.serverRadio.isChecked()
    _next(qtbot, wizard, wizard.ui.serverPage)
    _fill_server(qtbot, wizard, db_url)
    qtbot.mouseClick(wizard.ui.testButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "连接成功" in wizard.ui.testResult.text(), timeout=20000)
    assert "空数据库" in wizard.ui.testResult.text()
    _next(qtbot, wizard, wizard.ui.storePage)
    _set_up_store(qtbot, wizard, store="滨江路一汽大众4S店")
    assert LocalSettings(first.path).get("database_url") == wizard.database_url
    advisor = auth.create_user(wizard.admin, "adv", "顾问", auth.ADVISOR, PASSWORD)
    archive.create_customer(advisor, name="老客户", phone="13800138000")
    close_database()

    second = LocalSettings(tmp_path / "cashier" / "settings.json")
    monkeypatch.setenv("FOURS_DATA_DIR", str(tmp_path / "cashier"))
    wizard = _wizard(qtbot, second, database_url=None)
    wizard.ui.serverRadio.setChecked(True)
    _next(qtbot, wizard, wizard.ui.serverPage)
    _fill_server(qtbot, wizard, db_url)
    qtbot.mouseClick(wizard.ui.testButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "连接成功" in wizard.ui.testResult.text(), timeout=20000)
    assert "门店“滨江路一汽大众4S店”的数据库" in wizard.ui.testResult.text()
    _next(qtbot, wizard, wizard.ui.joinedPage)  # no store, no administrator to create
    assert "滨江路一汽大众4S店" in wizard.ui.joinedSummary.text()
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.result() == QDialog.DialogCode.Accepted and wizard.admin is None
    assert LocalSettings(second.path).database_url == LocalSettings(first.path).database_url
    # The second PC sees the first one's data at once and its people can log in.
    assert auth.login("adv", PASSWORD).display_name == "顾问"
    assert storage.is_first_run() is False
    from storage.models import Customer

    assert [c.name for c in Customer.select()] == ["老客户"]
    close_database()


# -- printers ---------------------------------------------------------------------------------------------
class NoPrinters:
    @staticmethod
    def availablePrinterNames():
        return []


class TwoPrinters:
    @staticmethod
    def availablePrinterNames():
        return ["HP LaserJet M1136", "XP-80C"]


_open_dialogs = []  # qtbot holds widgets weakly: the page must outlive this helper


def _printers_page(qtbot, admin, local) -> PrintersPage:
    dialog = SettingsDialog(local=local, user=admin)
    qtbot.addWidget(dialog)
    _open_dialogs[:] = [dialog]
    page = dialog.page(PrintersPage)
    dialog.show_page(page)
    dialog.show()
    return page


def test_a_pc_without_printers_says_so(qtbot, admin, tmp_path, monkeypatch):
    monkeypatch.setattr(printers_page, "QPrinterInfo", NoPrinters)
    page = _printers_page(qtbot, admin, LocalSettings(tmp_path / "s.json"))
    assert page.ui.noPrinters.isVisible() and page.ui.noPrinters.text().startswith("本机未安装打印机")
    assert set(page.combos) == {"a4", "a5", "roll80", "continuous241"}
    assert all(not button.isEnabled() for button in page.test_buttons.values())
    a4 = page.findChild(type(page.ui.noPrinters), "documents_a4")
    assert "进厂维修单" in a4.text() and "种单据" in a4.text() and "竣工检验单" in a4.toolTip()
    assert page.findChild(type(page.ui.noPrinters), "documents_roll80").text() == "打印：收款小票、会员卡小票"


@pytest.mark.parametrize("paper, width_mm", [("a4", 210), ("roll80", 80)])
def test_the_test_page_reaches_the_chosen_printer(qtbot, admin, tmp_path, monkeypatch, paper, width_mm):
    """No printer on this machine: the chosen "printer" writes a PDF file, as a driver would print."""
    monkeypatch.setattr(printers_page, "QPrinterInfo", TwoPrinters)
    monkeypatch.setattr(printers, "available_printers", lambda: ["HP LaserJet M1136", "XP-80C"])
    out = tmp_path / f"printed-{paper}.pdf"
    sent_to = []

    def pdf_printer(name):
        sent_to.append(name)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    monkeypatch.setattr(printers, "printer_named", pdf_printer)
    page = _printers_page(qtbot, admin, LocalSettings(tmp_path / "s.json"))
    assert not page.ui.noPrinters.isVisible()
    button = page.test_buttons[paper]
    assert not button.isEnabled()  # （每次询问）: no printer to test yet
    page.combos[paper].setCurrentIndex(page.combos[paper].findData("XP-80C"))
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "测试页已发送到“XP-80C”" in page.ui.testResult.text(), timeout=20000)
    assert sent_to == ["XP-80C"]
    document = pdfium.PdfDocument(out.read_bytes())
    try:
        assert len(document) == 1
        width_pt, _height = document[0].get_size()
        assert abs(width_pt - width_mm / 25.4 * 72) < 2
        image = document[0].render(scale=0.5).to_pil().convert("L")
        assert image.getextrema()[0] < 100, "something dark was printed"
    finally:
        document.close()


def test_the_test_page_names_paper_printer_and_documents(admin):
    pdf = printers.test_page_pdf("roll80", "XP-80C")
    extracted = pdftotext(pdf, layout=False)
    for expected in ("打印测试页", "80 mm 小票打印机", "XP-80C", "收款小票", "红旗路一汽大众4S店"):
        assert expected in extracted


def test_a_printer_that_vanished_is_refused_with_a_message(qtbot, admin, tmp_path, monkeypatch):
    monkeypatch.setattr(printers_page, "QPrinterInfo", TwoPrinters)
    monkeypatch.setattr(printers, "available_printers", lambda: [])  # unplugged after the page opened
    page = _printers_page(qtbot, admin, LocalSettings(tmp_path / "s.json"))
    page.combos["a4"].setCurrentIndex(page.combos["a4"].findData("HP LaserJet M1136"))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail("shown on the page, not in a box"))
    qtbot.mouseClick(page.test_buttons["a4"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "找不到打印机“HP LaserJet M1136”" in page.ui.testResult.text(), timeout=20000)
