"""A car's model typed as text (issue 19 defect 3): "迈腾" is the catalogue's 迈腾, so its maintenance
packages are offered; a name that could be several is chosen from a list; an unknown one is said."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from storage.models import Vehicle, VehicleModel
from storage.reception import archive
from tests.reception_ui_helpers import type_text, when_shown
from ui.reception.new_customer_dialog import NewCustomerDialog


@pytest.fixture
def catalogue(db):
    return {name: VehicleModel.create(brand=brand, name=name) for brand, name in (
        ("一汽-大众", "迈腾"), ("一汽-大众", "速腾"), ("一汽-大众", "ID.4 CROZZ"), ("奥迪", "Q5L"), ("进口奥迪", "Q5L Sportback"))}


@pytest.mark.parametrize("text, expected", [
    ("迈腾", "迈腾"), (" 迈腾 ", "迈腾"), ("一汽-大众 迈腾", "迈腾"), ("一汽大众迈腾", "迈腾"),
    ("id.4 crozz", "ID.4 CROZZ"), ("ＩＤ．４　ＣＲＯＺＺ", "ID.4 CROZZ"), ("q5l", "Q5L"),
])
def test_a_typed_name_is_the_catalogue_model(catalogue, text, expected):
    model, candidates = archive.resolve_model(text)
    assert model == catalogue[expected] and candidates == [model]


def test_a_name_that_could_be_several_or_none(catalogue):
    assert archive.resolve_model("腾") == (None, [catalogue["迈腾"], catalogue["速腾"]])
    assert archive.resolve_model("帕萨特") == (None, [])
    assert archive.resolve_model("") == (None, [])


def test_a_car_filed_with_the_text_gets_the_model(catalogue, advisor):
    owner = archive.create_customer(advisor, name="赵立新", phone="13912345678")
    car = archive.create_vehicle(advisor, owner.id, plate="京N8K2L9", model_text="迈腾")
    assert car.model == catalogue["迈腾"]
    other = archive.create_vehicle(advisor, owner.id, plate="京N8K2L8", model_text="帕萨特")
    assert other.model is None and other.model_text == "帕萨特"


def open_dialog(qtbot, advisor, model_text):
    dialog = NewCustomerDialog(user=advisor)
    qtbot.addWidget(dialog)
    dialog.show()
    for edit, text in ((dialog.ui.nameEdit, "赵立新"), (dialog.ui.phoneEdit, "13912345678"),
                       (dialog.ui.plateEdit, "京N8K2L9"), (dialog.ui.modelEdit, model_text)):
        type_text(qtbot, edit, text)
    dialog.ui.modelEdit.setFocus()
    return dialog


def save(qtbot, dialog):
    qtbot.keyClick(dialog.ui.modelEdit, Qt.Key.Key_Return)  # to 颜色
    qtbot.keyClick(dialog.ui.colourEdit, Qt.Key.Key_Return)  # the last field: OK


def test_typing_maiteng_and_enter_files_the_catalogue_model(qtbot, catalogue, advisor):
    dialog = open_dialog(qtbot, advisor, "迈腾")
    assert dialog.ui.modelEditHint.text() == "✓ 一汽-大众 迈腾"
    save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert Vehicle.get(Vehicle.plate == "京N8K2L9").model == catalogue["迈腾"]


def test_a_name_of_several_models_is_chosen_from_the_list(qtbot, catalogue, advisor):
    dialog = open_dialog(qtbot, advisor, "腾")
    assert "一汽-大众 迈腾" in dialog.ui.modelEditHint.text() and "一汽-大众 速腾" in dialog.ui.modelEditHint.text()

    def pick(chooser):
        assert chooser.comboBoxItems() == ["一汽-大众 迈腾", "一汽-大众 速腾"]
        chooser.setTextValue("一汽-大众 速腾")
        chooser.accept()

    chosen = when_shown(QInputDialog, pick)
    save(qtbot, dialog)
    chosen.check()
    assert Vehicle.get(Vehicle.plate == "京N8K2L9").model == catalogue["速腾"]


def test_an_unknown_model_is_said_before_it_is_saved_as_text(qtbot, catalogue, advisor):
    dialog = open_dialog(qtbot, advisor, "帕萨特")
    assert "不会推荐保养套餐" in dialog.ui.modelEditHint.text()
    save(qtbot, dialog)
    assert dialog.isVisible() and not Vehicle.select().exists()
    assert "不在车型目录中" in dialog.ui.errorLabel.text() and dialog.focusWidget() is dialog.ui.modelEdit
    save(qtbot, dialog)  # OK again: filed with the text alone
    car = Vehicle.get(Vehicle.plate == "京N8K2L9")
    assert car.model is None and car.model_text == "帕萨特"
