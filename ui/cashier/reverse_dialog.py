"""冲销: a settled order is never edited; the cashier reverses it with a reason and a 服务经理's one-use
approval, their name and password typed here (a manager at the till approves it themselves), then
settles the order again."""
from PySide6.QtWidgets import QWidget

from storage import cashier
from storage.rules.money import fmt
from ui.forms.ui_cashier_reverse import Ui_CashierReverseDialog
from ui.kit.supervised import SupervisedDialog


class ReverseDialog(SupervisedDialog):
    """exec() == Accepted leaves the reversed Settlement in `self.reversed`."""

    def __init__(self, *, user, settlement: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CashierReverseDialog()
        self.ui.setupUi(self)
        self.user, self.settlement, self.reversed = user, settlement, None
        self.ui.settlementLabel.setText(self.tr(
            "冲销结算单 <b>{number}</b>（{plate}，合计 {total}，客户实付 {due}）。收款按原方式退回，挂账作废，"
            "工单退回“完工”后可重新结算。").format(number=settlement["number"], plate=settlement["plate"],
                                             total=fmt(settlement["total"]), due=fmt(settlement["customer_due"])))
        self.supervise("reversal", self.tr("冲销"))

    def act(self, reason: str, approver) -> None:
        self.reversed = cashier.reverse(self.user, self.settlement["id"], self.settlement["version"], reason=reason,
                                        approver=approver)
