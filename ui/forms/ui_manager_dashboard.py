# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'manager_dashboard.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QGridLayout,
    QHBoxLayout, QLabel, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from ui.manager.charts import (BarChart, HorizontalBarChart, LineChart, RingChart)

class Ui_ManagerDashboardTab(object):
    def setupUi(self, ManagerDashboardTab):
        if not ManagerDashboardTab.objectName():
            ManagerDashboardTab.setObjectName(u"ManagerDashboardTab")
        ManagerDashboardTab.resize(1150, 640)
        self.dashboardLayout = QVBoxLayout(ManagerDashboardTab)
        self.dashboardLayout.setObjectName(u"dashboardLayout")
        self.periodBar = QHBoxLayout()
        self.periodBar.setObjectName(u"periodBar")
        self.periodCaption = QLabel(ManagerDashboardTab)
        self.periodCaption.setObjectName(u"periodCaption")

        self.periodBar.addWidget(self.periodCaption)

        self.periodCombo = QComboBox(ManagerDashboardTab)
        self.periodCombo.addItem("")
        self.periodCombo.addItem("")
        self.periodCombo.setObjectName(u"periodCombo")

        self.periodBar.addWidget(self.periodCombo)

        self.monthEdit = QDateEdit(ManagerDashboardTab)
        self.monthEdit.setObjectName(u"monthEdit")
        self.monthEdit.setCalendarPopup(True)
        self.monthEdit.setDisplayFormat(u"yyyy-MM")

        self.periodBar.addWidget(self.monthEdit)

        self.prevButton = QPushButton(ManagerDashboardTab)
        self.prevButton.setObjectName(u"prevButton")

        self.periodBar.addWidget(self.prevButton)

        self.nextButton = QPushButton(ManagerDashboardTab)
        self.nextButton.setObjectName(u"nextButton")

        self.periodBar.addWidget(self.nextButton)

        self.refreshButton = QPushButton(ManagerDashboardTab)
        self.refreshButton.setObjectName(u"refreshButton")

        self.periodBar.addWidget(self.refreshButton)

        self.busyBar = QProgressBar(ManagerDashboardTab)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximumSize(QSize(110, 14))
        self.busyBar.setMinimum(0)
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.periodBar.addWidget(self.busyBar)

        self.statusLabel = QLabel(ManagerDashboardTab)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setStyleSheet(u"color: #6b7785;")

        self.periodBar.addWidget(self.statusLabel)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodBar.addItem(self.periodSpacer)


        self.dashboardLayout.addLayout(self.periodBar)

        self.tilesLayout = QHBoxLayout()
        self.tilesLayout.setSpacing(8)
        self.tilesLayout.setObjectName(u"tilesLayout")
        self.carsTile = QLabel(ManagerDashboardTab)
        self.carsTile.setObjectName(u"carsTile")
        self.carsTile.setText(u"")

        self.tilesLayout.addWidget(self.carsTile)

        self.revenueTile = QLabel(ManagerDashboardTab)
        self.revenueTile.setObjectName(u"revenueTile")
        self.revenueTile.setText(u"")

        self.tilesLayout.addWidget(self.revenueTile)

        self.ticketTile = QLabel(ManagerDashboardTab)
        self.ticketTile.setObjectName(u"ticketTile")
        self.ticketTile.setText(u"")

        self.tilesLayout.addWidget(self.ticketTile)

        self.todayTile = QLabel(ManagerDashboardTab)
        self.todayTile.setObjectName(u"todayTile")
        self.todayTile.setText(u"")

        self.tilesLayout.addWidget(self.todayTile)

        self.workshopTile = QLabel(ManagerDashboardTab)
        self.workshopTile.setObjectName(u"workshopTile")
        self.workshopTile.setText(u"")

        self.tilesLayout.addWidget(self.workshopTile)

        self.complaintsTile = QLabel(ManagerDashboardTab)
        self.complaintsTile.setObjectName(u"complaintsTile")
        self.complaintsTile.setText(u"")

        self.tilesLayout.addWidget(self.complaintsTile)

        self.receivablesTile = QLabel(ManagerDashboardTab)
        self.receivablesTile.setObjectName(u"receivablesTile")
        self.receivablesTile.setText(u"")

        self.tilesLayout.addWidget(self.receivablesTile)


        self.dashboardLayout.addLayout(self.tilesLayout)

        self.chartsLayout = QGridLayout()
        self.chartsLayout.setSpacing(8)
        self.chartsLayout.setObjectName(u"chartsLayout")
        self.revenueChart = BarChart(ManagerDashboardTab)
        self.revenueChart.setObjectName(u"revenueChart")

        self.chartsLayout.addWidget(self.revenueChart, 0, 0, 1, 1)

        self.carsChart = LineChart(ManagerDashboardTab)
        self.carsChart.setObjectName(u"carsChart")

        self.chartsLayout.addWidget(self.carsChart, 0, 1, 1, 1)

        self.mixChart = RingChart(ManagerDashboardTab)
        self.mixChart.setObjectName(u"mixChart")

        self.chartsLayout.addWidget(self.mixChart, 1, 0, 1, 1)

        self.advisorChart = HorizontalBarChart(ManagerDashboardTab)
        self.advisorChart.setObjectName(u"advisorChart")

        self.chartsLayout.addWidget(self.advisorChart, 1, 1, 1, 1)


        self.dashboardLayout.addLayout(self.chartsLayout)

#if QT_CONFIG(shortcut)
        self.periodCaption.setBuddy(self.periodCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ManagerDashboardTab)

        QMetaObject.connectSlotsByName(ManagerDashboardTab)
    # setupUi

    def retranslateUi(self, ManagerDashboardTab):
        self.periodCaption.setText(QCoreApplication.translate("ManagerDashboardTab", u"\u671f\u95f4(&P)", None))
        self.periodCombo.setItemText(0, QCoreApplication.translate("ManagerDashboardTab", u"\u6700\u8fd1 30 \u5929", None))
        self.periodCombo.setItemText(1, QCoreApplication.translate("ManagerDashboardTab", u"\u6309\u6708", None))

#if QT_CONFIG(tooltip)
        self.monthEdit.setToolTip(QCoreApplication.translate("ManagerDashboardTab", u"\u9009\u62e9\u6708\u4efd", None))
#endif // QT_CONFIG(tooltip)
        self.prevButton.setText(QCoreApplication.translate("ManagerDashboardTab", u"\u25c0 \u4e0a\u6708", None))
#if QT_CONFIG(tooltip)
        self.prevButton.setToolTip(QCoreApplication.translate("ManagerDashboardTab", u"\u4e0a\u4e00\u4e2a\u6708 (Alt+\u2190)", None))
#endif // QT_CONFIG(tooltip)
        self.nextButton.setText(QCoreApplication.translate("ManagerDashboardTab", u"\u4e0b\u6708 \u25b6", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("ManagerDashboardTab", u"\u4e0b\u4e00\u4e2a\u6708 (Alt+\u2192)", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("ManagerDashboardTab", u"\u5237\u65b0 (F5)", None))
        pass
    # retranslateUi

