# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workshop_wages.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDateEdit,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_WorkshopWagesDialog(object):
    def setupUi(self, WorkshopWagesDialog):
        if not WorkshopWagesDialog.objectName():
            WorkshopWagesDialog.setObjectName(u"WorkshopWagesDialog")
        WorkshopWagesDialog.resize(980, 600)
        self.dialogLayout = QVBoxLayout(WorkshopWagesDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.periodLayout = QHBoxLayout()
        self.periodLayout.setObjectName(u"periodLayout")
        self.startLabel = QLabel(WorkshopWagesDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.periodLayout.addWidget(self.startLabel)

        self.startEdit = QDateEdit(WorkshopWagesDialog)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)

        self.periodLayout.addWidget(self.startEdit)

        self.endLabel = QLabel(WorkshopWagesDialog)
        self.endLabel.setObjectName(u"endLabel")

        self.periodLayout.addWidget(self.endLabel)

        self.endEdit = QDateEdit(WorkshopWagesDialog)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setCalendarPopup(True)

        self.periodLayout.addWidget(self.endEdit)

        self.thisMonthButton = QPushButton(WorkshopWagesDialog)
        self.thisMonthButton.setObjectName(u"thisMonthButton")
        self.thisMonthButton.setAutoDefault(False)

        self.periodLayout.addWidget(self.thisMonthButton)

        self.lastMonthButton = QPushButton(WorkshopWagesDialog)
        self.lastMonthButton.setObjectName(u"lastMonthButton")
        self.lastMonthButton.setAutoDefault(False)

        self.periodLayout.addWidget(self.lastMonthButton)

        self.periodSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodSpacer)

        self.rateLabel = QLabel(WorkshopWagesDialog)
        self.rateLabel.setObjectName(u"rateLabel")

        self.periodLayout.addWidget(self.rateLabel)

        self.rateEdit = QLineEdit(WorkshopWagesDialog)
        self.rateEdit.setObjectName(u"rateEdit")
        self.rateEdit.setMaximumSize(QSize(90, 16777215))
        self.rateEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.periodLayout.addWidget(self.rateEdit)

        self.saveRateButton = QPushButton(WorkshopWagesDialog)
        self.saveRateButton.setObjectName(u"saveRateButton")
        self.saveRateButton.setAutoDefault(False)

        self.periodLayout.addWidget(self.saveRateButton)


        self.dialogLayout.addLayout(self.periodLayout)

        self.summaryLabel = QLabel(WorkshopWagesDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.errorLabel = QLabel(WorkshopWagesDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.tabs = QTabWidget(WorkshopWagesDialog)
        self.tabs.setObjectName(u"tabs")
        self.techniciansTab = QWidget()
        self.techniciansTab.setObjectName(u"techniciansTab")
        self.techniciansLayout = QVBoxLayout(self.techniciansTab)
        self.techniciansLayout.setObjectName(u"techniciansLayout")
        self.techniciansTable = QTableWidget(self.techniciansTab)
        self.techniciansTable.setObjectName(u"techniciansTable")
        self.techniciansTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.techniciansTable.setAlternatingRowColors(True)
        self.techniciansTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.techniciansLayout.addWidget(self.techniciansTable)

        self.tabs.addTab(self.techniciansTab, "")
        self.teamsTab = QWidget()
        self.teamsTab.setObjectName(u"teamsTab")
        self.teamsLayout = QVBoxLayout(self.teamsTab)
        self.teamsLayout.setObjectName(u"teamsLayout")
        self.teamsTable = QTableWidget(self.teamsTab)
        self.teamsTable.setObjectName(u"teamsTable")
        self.teamsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.teamsTable.setAlternatingRowColors(True)
        self.teamsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.teamsLayout.addWidget(self.teamsTable)

        self.tabs.addTab(self.teamsTab, "")
        self.comebacksTab = QWidget()
        self.comebacksTab.setObjectName(u"comebacksTab")
        self.comebacksLayout = QVBoxLayout(self.comebacksTab)
        self.comebacksLayout.setObjectName(u"comebacksLayout")
        self.comebacksTable = QTableWidget(self.comebacksTab)
        self.comebacksTable.setObjectName(u"comebacksTable")
        self.comebacksTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.comebacksTable.setAlternatingRowColors(True)
        self.comebacksTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.comebacksLayout.addWidget(self.comebacksTable)

        self.tabs.addTab(self.comebacksTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.ruleLabel = QLabel(WorkshopWagesDialog)
        self.ruleLabel.setObjectName(u"ruleLabel")
        self.ruleLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.ruleLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.exportButton = QPushButton(WorkshopWagesDialog)
        self.exportButton.setObjectName(u"exportButton")
        self.exportButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.exportButton)

        self.buttonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.buttonBox = QDialogButtonBox(WorkshopWagesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonsLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.startLabel.setBuddy(self.startEdit)
        self.endLabel.setBuddy(self.endEdit)
        self.rateLabel.setBuddy(self.rateEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WorkshopWagesDialog)

        QMetaObject.connectSlotsByName(WorkshopWagesDialog)
    # setupUi

    def retranslateUi(self, WorkshopWagesDialog):
        WorkshopWagesDialog.setWindowTitle(QCoreApplication.translate("WorkshopWagesDialog", u"\u8ba1\u4ef6\u5de5\u8d44", None))
        self.startLabel.setText(QCoreApplication.translate("WorkshopWagesDialog", u"\u4ece(&F)\uff1a", None))
        self.startEdit.setDisplayFormat(QCoreApplication.translate("WorkshopWagesDialog", u"yyyy-MM-dd", None))
        self.endLabel.setText(QCoreApplication.translate("WorkshopWagesDialog", u"\u81f3(&T)\uff1a", None))
        self.endEdit.setDisplayFormat(QCoreApplication.translate("WorkshopWagesDialog", u"yyyy-MM-dd", None))
        self.thisMonthButton.setText(QCoreApplication.translate("WorkshopWagesDialog", u"\u672c\u6708(&M)", None))
        self.lastMonthButton.setText(QCoreApplication.translate("WorkshopWagesDialog", u"\u4e0a\u6708(&L)", None))
        self.rateLabel.setText(QCoreApplication.translate("WorkshopWagesDialog", u"\u8ba1\u4ef6\u5355\u4ef7\uff08\u5143/\u5de5\u65f6\uff09(&R)\uff1a", None))
        self.saveRateButton.setText(QCoreApplication.translate("WorkshopWagesDialog", u"\u4fdd\u5b58\u5355\u4ef7(&S)", None))
        self.summaryLabel.setText("")
        self.errorLabel.setStyleSheet(QCoreApplication.translate("WorkshopWagesDialog", u"color: #c62828;", None))
        self.errorLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.techniciansTab), QCoreApplication.translate("WorkshopWagesDialog", u"\u6280\u5e08\u8ba1\u4ef6", None))
        self.tabs.setTabText(self.tabs.indexOf(self.teamsTab), QCoreApplication.translate("WorkshopWagesDialog", u"\u73ed\u7ec4\u6c47\u603b", None))
        self.tabs.setTabText(self.tabs.indexOf(self.comebacksTab), QCoreApplication.translate("WorkshopWagesDialog", u"\u8fd4\u4fee\u6263\u56de", None))
        self.ruleLabel.setText(QCoreApplication.translate("WorkshopWagesDialog", u"\u8ba1\u4ef6\u5de5\u8d44 = \u5b8c\u5de5\u9879\u76ee\u7684\u5b9a\u989d\u5de5\u65f6 \u00d7 \u8ba1\u4ef6\u5355\u4ef7\uff1b\u8fd4\u4fee\u5de5\u5355\u4e0d\u8ba1\u4ef6\uff0c\u5e76\u6309\u539f\u5de5\u5355\u5de5\u65f6\u4ece\u539f\u6280\u5e08\u6263\u56de\u3002", None))
        self.ruleLabel.setStyleSheet(QCoreApplication.translate("WorkshopWagesDialog", u"color: #555;", None))
        self.exportButton.setText(QCoreApplication.translate("WorkshopWagesDialog", u"\u5bfc\u51fa Excel (Ctrl+E)", None))
    # retranslateUi

