"""数据导入 in 系统管理 (issue 16 item 2): kind and file chosen, columns mapped from the DMS headers, a dry
run that changes nothing, a file with bad rows refused whole with its rows listed and exported, then
the import itself, off the GUI thread with its progress bar; the tab fits 1093×614."""
import openpyxl
import pytest
from PySide6.QtCore import Qt

from bench import dms_export
from storage.models import Customer, Vehicle
from storage.plumbing.config import LocalSettings
from tests.reception_ui_helpers import shown

SMALL = (1093, 614)


@pytest.fixture
def page(qtbot, admin, tmp_path):
    from ui.admin.page import AdminPage

    p = AdminPage(user=admin, local=LocalSettings(tmp_path / "settings.json"))
    p.resize(*SMALL)
    return shown(qtbot, p)


def test_import_wizard_dry_run_refusal_and_import(qtbot, page, tmp_path):
    page.show_tab("import")
    tab = page.importer
    assert tab.minimumSizeHint().width() <= SMALL[0] - 200 and tab.minimumSizeHint().height() <= SMALL[1] - 120
    bad = dms_export.write(tmp_path / "bad", customers=60)
    tab.ui.kindCombo.setCurrentIndex(tab.ui.kindCombo.findData("customers"))
    tab.open_file(str(bad["customers"]))
    assert tab.combos["name"].currentData() == 0 and tab.combos["phone"].currentData() == 1
    assert tab.ui.sampleTable.rowCount() == 5
    qtbot.mouseClick(tab.ui.dryRunButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.report is not None, timeout=10000)
    assert [r[0] for r in tab.report.refused] == [7, 19, 42]
    assert "整个文件未导入" in tab.ui.statusLabel.text() and "19\t请填写客户姓名" in tab.ui.reportText.toPlainText()
    assert tab.ui.saveRefusedButton.isEnabled()
    tab.save_refused(str(tmp_path / "有误.xlsx"))
    assert len(list(openpyxl.load_workbook(tmp_path / "有误.xlsx").active.values)) == 4
    page.grab().save(str(tmp_path / "import-refused.png"))

    good = dms_export.write(tmp_path / "good", customers=60, bad=False)
    tab.open_file(str(good["customers"]))
    qtbot.mouseClick(tab.ui.dryRunButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.report is not None, timeout=10000)
    assert tab.report.counts == {"新建": 60} and Customer.select().count() == 0  # the dry run changed nothing
    tab.ui.startButton.setFocus()
    qtbot.keyClick(tab.ui.startButton, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: tab.report is not None and tab.report.applied, timeout=10000)
    assert tab.ui.progressBar.value() == 1000 and Customer.select().count() == 60
    # the next kind: its mapping proposed from the headers; the import runs; its mapping is then remembered
    tab.ui.kindCombo.setCurrentIndex(tab.ui.kindCombo.findData("vehicles"))
    tab.open_file(str(good["vehicles"]))
    assert tab.combos["plate"].currentData() == 0 and tab.combos["vin"].currentData() == 1
    qtbot.mouseClick(tab.ui.startButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.report is not None and tab.report.applied, timeout=10000)
    assert Vehicle.select().count() == good["expected"]["rows"]["vehicles"]
    tab.open_file(str(good["vehicles"]))
    assert "沿用上次" in tab.ui.statusLabel.text()
    page.grab().save(str(tmp_path / "import-done.png"))
    page.grab().save("/tmp/h9-import-done.png")
