"""The look-up as the advisor uses it, driving the real widgets: typing fills the list with what it
shows for every hit (open order, open complaints), and the car selected (the first at once, then
whichever the arrow keys reach) shows its whole file: visits, due service, declined work."""
import datetime as dt

from PySide6.QtCore import Qt

from storage.models import Complaint, Suggestion, WorkOrder, now
from storage.reception import archive
from tests.factories import make_order
from tests.reception_ui_helpers import page_for, type_text


def headings(tab) -> list[str]:
    return [tab.model.headerData(i, Qt.Orientation.Horizontal) for i in range(tab.model.columnCount())]


def test_the_list_shows_every_hit_and_the_selected_car_its_whole_file(qtbot, advisor, model):  # noqa: F811
    fleet = archive.create_customer(advisor, name="顺达物流", phone="13600001111", kind="单位")
    first = archive.create_vehicle(advisor, fleet.id, plate="粤B70001", model=model.id)
    second = archive.create_vehicle(advisor, fleet.id, plate="粤B70002")
    serviced = make_order(advisor, vehicle=first, status="已交车", job_type="保养", mileage=20000)
    WorkOrder.update(opened_at=now() - dt.timedelta(days=400)).where(WorkOrder.id == serviced.id).execute()
    open_order = make_order(advisor, vehicle=second, status="维修中", job_type="一般维修")
    repaired = make_order(advisor, vehicle=second, status="已交车", job_type="一般维修")
    Suggestion.create(vehicle=second.id, order=repaired.id, description="左前轮胎鼓包，建议更换")
    Complaint.create(number="TS9", customer=fleet.id, vehicle=second.id, description="交车晚了两小时",
                     answer_due=now() + dt.timedelta(days=1))

    page = page_for(qtbot, advisor)
    tab = page.lookup
    type_text(qtbot, page.ui.searchEdit, "B700")
    qtbot.waitUntil(lambda: len(tab.hits) == 2, timeout=3000)  # after the pause in typing
    assert "保养" not in headings(tab) and "未结投诉" in headings(tab)
    complaints = headings(tab).index("未结投诉")
    in_work = headings(tab).index("在修工单")
    rows = {tab.model.data(tab.model.index(r, 0)): r for r in range(2)}
    assert tab.model.data(tab.model.index(rows["粤B70002"], in_work)) == f"{open_order.number}（维修中）"
    assert tab.model.data(tab.model.index(rows["粤B70002"], complaints)) == "1"
    assert tab.model.data(tab.model.index(rows["粤B70001"], complaints)) in ("", None)

    # The first car is selected at once and its file is there: the service a year ago is overdue.
    assert tab.current().plate == "粤B70001"
    html = tab.ui.detailBrowser.toPlainText()
    assert serviced.number in html and "已到期" in html and "交车晚了两小时" not in html
    assert not next(h for h in tab.hits if h.plate == "粤B70002").detailed  # not read until wanted

    # Down the list with the keyboard: the next car's file follows the selection.
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Return)  # Enter takes the focus to the results
    assert tab.ui.resultsView.hasFocus()
    qtbot.keyClick(tab.ui.resultsView, Qt.Key.Key_Down)
    assert tab.current().plate == "粤B70002"
    html = tab.ui.detailBrowser.toPlainText()
    for words in ("左前轮胎鼓包，建议更换", repaired.number, open_order.number, "交车晚了两小时"):
        assert words in html, words
    assert tab.ui.openOrderButton.isEnabled() and not tab.ui.checkInButton.isEnabled()
    assert tab.ui.comebackButton.isEnabled()  # a delivered visit is there to come back from
