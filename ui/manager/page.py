"""经理看板: the service manager's station. 看板 (dashboard: headline tiles and charts of the last 30
days or a month) and 统计报表 (the daily, weekly, monthly or custom-range figures, exported to Excel
and printed as the 业务统计表), 业务分析报告 (the period against the last and the same period a year
before, with the manager's comment) and 市场情况报告 (the monthly market report). Ctrl+Tab moves
between the tabs."""
from PySide6.QtWidgets import QWidget

from storage.models import User
from ui.forms.ui_manager_page import Ui_ManagerPage
from ui.kit.header import fill_header
from ui.manager.analysis_tab import AnalysisTab
from ui.manager.dashboard_tab import DashboardTab
from ui.manager.market_tab import MarketTab
from ui.manager.report_tab import ReportTab


class ManagerPage(QWidget):
    NAME = "manager"

    def __init__(self, *, user: User, changes=None, local=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.user, self.changes, self.local = user, changes, local
        self.ui = Ui_ManagerPage()
        self.ui.setupUi(self)
        fill_header(self)
        shared = {"user": user, "changes": changes, "local": local}
        self.dashboard = DashboardTab(**shared)
        self.report = ReportTab(**shared)
        self.ui.tabs.addTab(self.dashboard, self.tr("看板"))
        self.ui.tabs.addTab(self.report, self.tr("统计报表"))
        self.analysis = AnalysisTab(**shared)
        self.market = MarketTab(**shared)
        self.ui.tabs.addTab(self.analysis, self.tr("业务分析报告"))
        self.ui.tabs.addTab(self.market, self.tr("市场情况报告"))

    def title(self) -> str:
        return self.tr("经理看板")
