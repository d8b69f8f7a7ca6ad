# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'manager_report.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ManagerReportTab(object):
    def setupUi(self, ManagerReportTab):
        if not ManagerReportTab.objectName():
            ManagerReportTab.setObjectName(u"ManagerReportTab")
        ManagerReportTab.resize(1150, 640)
        self.reportLayout = QVBoxLayout(ManagerReportTab)
        self.reportLayout.setObjectName(u"reportLayout")
        self.periodBar = QHBoxLayout()
        self.periodBar.setObjectName(u"periodBar")
        self.kindCaption = QLabel(ManagerReportTab)
        self.kindCaption.setObjectName(u"kindCaption")

        self.periodBar.addWidget(self.kindCaption)

        self.kindCombo = QComboBox(ManagerReportTab)
        self.kindCombo.addItem("")
        self.kindCombo.addItem("")
        self.kindCombo.addItem("")
        self.kindCombo.addItem("")
        self.kindCombo.setObjectName(u"kindCombo")

        self.periodBar.addWidget(self.kindCombo)

        self.startCaption = QLabel(ManagerReportTab)
        self.startCaption.setObjectName(u"startCaption")

        self.periodBar.addWidget(self.startCaption)

        self.startEdit = QDateEdit(ManagerReportTab)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)
        self.startEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.periodBar.addWidget(self.startEdit)

        self.endCaption = QLabel(ManagerReportTab)
        self.endCaption.setObjectName(u"endCaption")

        self.periodBar.addWidget(self.endCaption)

        self.endEdit = QDateEdit(ManagerReportTab)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setCalendarPopup(True)
        self.endEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.periodBar.addWidget(self.endEdit)

        self.prevButton = QPushButton(ManagerReportTab)
        self.prevButton.setObjectName(u"prevButton")

        self.periodBar.addWidget(self.prevButton)

        self.nextButton = QPushButton(ManagerReportTab)
        self.nextButton.setObjectName(u"nextButton")

        self.periodBar.addWidget(self.nextButton)

        self.refreshButton = QPushButton(ManagerReportTab)
        self.refreshButton.setObjectName(u"refreshButton")

        self.periodBar.addWidget(self.refreshButton)

        self.busyBar = QProgressBar(ManagerReportTab)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximumSize(QSize(110, 14))
        self.busyBar.setMinimum(0)
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.periodBar.addWidget(self.busyBar)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodBar.addItem(self.periodSpacer)

        self.exportButton = QPushButton(ManagerReportTab)
        self.exportButton.setObjectName(u"exportButton")

        self.periodBar.addWidget(self.exportButton)

        self.printButton = QPushButton(ManagerReportTab)
        self.printButton.setObjectName(u"printButton")

        self.periodBar.addWidget(self.printButton)


        self.reportLayout.addLayout(self.periodBar)

        self.headingLayout = QHBoxLayout()
        self.headingLayout.setObjectName(u"headingLayout")
        self.periodLabel = QLabel(ManagerReportTab)
        self.periodLabel.setObjectName(u"periodLabel")
        self.periodLabel.setText(u"")
        self.periodLabel.setStyleSheet(u"font-size: 15px; font-weight: 600;")

        self.headingLayout.addWidget(self.periodLabel)

        self.statusLabel = QLabel(ManagerReportTab)
        self.statusLabel.setObjectName(u"statusLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)

        self.headingLayout.addWidget(self.statusLabel)


        self.reportLayout.addLayout(self.headingLayout)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.summaryBox = QGroupBox(ManagerReportTab)
        self.summaryBox.setObjectName(u"summaryBox")
        self.summaryBoxLayout = QVBoxLayout(self.summaryBox)
        self.summaryBoxLayout.setObjectName(u"summaryBoxLayout")
        self.summaryLabel = QLabel(self.summaryBox)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)
        self.summaryLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.summaryBoxLayout.addWidget(self.summaryLabel)

        self.summarySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.summaryBoxLayout.addItem(self.summarySpacer)


        self.bodyLayout.addWidget(self.summaryBox)

        self.sections = QTabWidget(ManagerReportTab)
        self.sections.setObjectName(u"sections")
        self.jobsPage = QWidget()
        self.jobsPage.setObjectName(u"jobsPage")
        self.jobsPageLayout = QVBoxLayout(self.jobsPage)
        self.jobsPageLayout.setObjectName(u"jobsPageLayout")
        self.jobsTable = QTableWidget(self.jobsPage)
        self.jobsTable.setObjectName(u"jobsTable")
        self.jobsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.jobsTable.setAlternatingRowColors(True)
        self.jobsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.jobsPageLayout.addWidget(self.jobsTable)

        self.sections.addTab(self.jobsPage, "")
        self.revenuePage = QWidget()
        self.revenuePage.setObjectName(u"revenuePage")
        self.revenuePageLayout = QVBoxLayout(self.revenuePage)
        self.revenuePageLayout.setObjectName(u"revenuePageLayout")
        self.revenueTable = QTableWidget(self.revenuePage)
        self.revenueTable.setObjectName(u"revenueTable")
        self.revenueTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.revenueTable.setAlternatingRowColors(True)
        self.revenueTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.revenuePageLayout.addWidget(self.revenueTable)

        self.sections.addTab(self.revenuePage, "")
        self.advisorsPage = QWidget()
        self.advisorsPage.setObjectName(u"advisorsPage")
        self.advisorsPageLayout = QVBoxLayout(self.advisorsPage)
        self.advisorsPageLayout.setObjectName(u"advisorsPageLayout")
        self.advisorsTable = QTableWidget(self.advisorsPage)
        self.advisorsTable.setObjectName(u"advisorsTable")
        self.advisorsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.advisorsTable.setAlternatingRowColors(True)
        self.advisorsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.advisorsPageLayout.addWidget(self.advisorsTable)

        self.sections.addTab(self.advisorsPage, "")
        self.teamsPage = QWidget()
        self.teamsPage.setObjectName(u"teamsPage")
        self.teamsPageLayout = QVBoxLayout(self.teamsPage)
        self.teamsPageLayout.setObjectName(u"teamsPageLayout")
        self.teamsTable = QTableWidget(self.teamsPage)
        self.teamsTable.setObjectName(u"teamsTable")
        self.teamsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.teamsTable.setAlternatingRowColors(True)
        self.teamsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.teamsPageLayout.addWidget(self.teamsTable)

        self.sections.addTab(self.teamsPage, "")
        self.qualityPage = QWidget()
        self.qualityPage.setObjectName(u"qualityPage")
        self.qualityPageLayout = QVBoxLayout(self.qualityPage)
        self.qualityPageLayout.setObjectName(u"qualityPageLayout")
        self.qualityTable = QTableWidget(self.qualityPage)
        self.qualityTable.setObjectName(u"qualityTable")
        self.qualityTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.qualityTable.setAlternatingRowColors(True)
        self.qualityTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.qualityPageLayout.addWidget(self.qualityTable)

        self.sections.addTab(self.qualityPage, "")
        self.complaintsPage = QWidget()
        self.complaintsPage.setObjectName(u"complaintsPage")
        self.complaintsPageLayout = QVBoxLayout(self.complaintsPage)
        self.complaintsPageLayout.setObjectName(u"complaintsPageLayout")
        self.complaintsTable = QTableWidget(self.complaintsPage)
        self.complaintsTable.setObjectName(u"complaintsTable")
        self.complaintsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.complaintsTable.setAlternatingRowColors(True)
        self.complaintsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.complaintsPageLayout.addWidget(self.complaintsTable)

        self.sections.addTab(self.complaintsPage, "")
        self.receivablesPage = QWidget()
        self.receivablesPage.setObjectName(u"receivablesPage")
        self.receivablesPageLayout = QVBoxLayout(self.receivablesPage)
        self.receivablesPageLayout.setObjectName(u"receivablesPageLayout")
        self.receivablesTable = QTableWidget(self.receivablesPage)
        self.receivablesTable.setObjectName(u"receivablesTable")
        self.receivablesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.receivablesTable.setAlternatingRowColors(True)
        self.receivablesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.receivablesPageLayout.addWidget(self.receivablesTable)

        self.sections.addTab(self.receivablesPage, "")
        self.partsPage = QWidget()
        self.partsPage.setObjectName(u"partsPage")
        self.partsPageLayout = QVBoxLayout(self.partsPage)
        self.partsPageLayout.setObjectName(u"partsPageLayout")
        self.partsTable = QTableWidget(self.partsPage)
        self.partsTable.setObjectName(u"partsTable")
        self.partsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.partsTable.setAlternatingRowColors(True)
        self.partsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.partsPageLayout.addWidget(self.partsTable)

        self.sections.addTab(self.partsPage, "")

        self.bodyLayout.addWidget(self.sections)

        self.bodyLayout.setStretch(0, 2)
        self.bodyLayout.setStretch(1, 5)

        self.reportLayout.addLayout(self.bodyLayout)

#if QT_CONFIG(shortcut)
        self.kindCaption.setBuddy(self.kindCombo)
        self.startCaption.setBuddy(self.startEdit)
        self.endCaption.setBuddy(self.endEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ManagerReportTab)

        QMetaObject.connectSlotsByName(ManagerReportTab)
    # setupUi

    def retranslateUi(self, ManagerReportTab):
        self.kindCaption.setText(QCoreApplication.translate("ManagerReportTab", u"\u62a5\u8868(&K)", None))
        self.kindCombo.setItemText(0, QCoreApplication.translate("ManagerReportTab", u"\u65e5\u62a5", None))
        self.kindCombo.setItemText(1, QCoreApplication.translate("ManagerReportTab", u"\u5468\u62a5", None))
        self.kindCombo.setItemText(2, QCoreApplication.translate("ManagerReportTab", u"\u6708\u62a5", None))
        self.kindCombo.setItemText(3, QCoreApplication.translate("ManagerReportTab", u"\u81ea\u5b9a\u4e49\u533a\u95f4", None))

        self.startCaption.setText(QCoreApplication.translate("ManagerReportTab", u"\u65e5\u671f(&D)", None))
        self.endCaption.setText(QCoreApplication.translate("ManagerReportTab", u"\u81f3(&T)", None))
        self.prevButton.setText(QCoreApplication.translate("ManagerReportTab", u"\u25c0 \u4e0a\u4e00\u671f", None))
#if QT_CONFIG(tooltip)
        self.prevButton.setToolTip(QCoreApplication.translate("ManagerReportTab", u"\u4e0a\u4e00\u671f (Alt+\u2190)", None))
#endif // QT_CONFIG(tooltip)
        self.nextButton.setText(QCoreApplication.translate("ManagerReportTab", u"\u4e0b\u4e00\u671f \u25b6", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("ManagerReportTab", u"\u4e0b\u4e00\u671f (Alt+\u2192)", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("ManagerReportTab", u"\u7edf\u8ba1 (F5)", None))
        self.exportButton.setText(QCoreApplication.translate("ManagerReportTab", u"\u5bfc\u51fa Excel\u2026 (Ctrl+E)", None))
        self.printButton.setText(QCoreApplication.translate("ManagerReportTab", u"\u6253\u5370\u7edf\u8ba1\u8868\u2026 (Ctrl+P)", None))
        self.summaryBox.setTitle(QCoreApplication.translate("ManagerReportTab", u"\u7ecf\u8425\u6982\u51b5", None))
        self.sections.setTabText(self.sections.indexOf(self.jobsPage), QCoreApplication.translate("ManagerReportTab", u"\u8fdb\u5382\u53f0\u6b21", None))
        self.sections.setTabText(self.sections.indexOf(self.revenuePage), QCoreApplication.translate("ManagerReportTab", u"\u8425\u4e1a\u6536\u5165\u4e0e\u6bdb\u5229", None))
        self.sections.setTabText(self.sections.indexOf(self.advisorsPage), QCoreApplication.translate("ManagerReportTab", u"\u670d\u52a1\u987e\u95ee\u4ea7\u503c", None))
        self.sections.setTabText(self.sections.indexOf(self.teamsPage), QCoreApplication.translate("ManagerReportTab", u"\u73ed\u7ec4\u4ea7\u503c", None))
        self.sections.setTabText(self.sections.indexOf(self.qualityPage), QCoreApplication.translate("ManagerReportTab", u"\u8d28\u91cf\u4e0e\u6ee1\u610f\u5ea6", None))
        self.sections.setTabText(self.sections.indexOf(self.complaintsPage), QCoreApplication.translate("ManagerReportTab", u"\u8d85\u65f6\u6295\u8bc9", None))
        self.sections.setTabText(self.sections.indexOf(self.receivablesPage), QCoreApplication.translate("ManagerReportTab", u"\u6302\u8d26\u4e0e\u56de\u6b3e", None))
        self.sections.setTabText(self.sections.indexOf(self.partsPage), QCoreApplication.translate("ManagerReportTab", u"\u5907\u4ef6", None))
        pass
    # retranslateUi

