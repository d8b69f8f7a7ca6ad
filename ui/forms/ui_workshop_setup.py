# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workshop_setup.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_WorkshopSetupDialog(object):
    def setupUi(self, WorkshopSetupDialog):
        if not WorkshopSetupDialog.objectName():
            WorkshopSetupDialog.setObjectName(u"WorkshopSetupDialog")
        WorkshopSetupDialog.resize(860, 520)
        self.dialogLayout = QVBoxLayout(WorkshopSetupDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tabs = QTabWidget(WorkshopSetupDialog)
        self.tabs.setObjectName(u"tabs")
        self.teamTab = QWidget()
        self.teamTab.setObjectName(u"teamTab")
        self.teamLayout = QVBoxLayout(self.teamTab)
        self.teamLayout.setObjectName(u"teamLayout")
        self.teamTable = QTableWidget(self.teamTab)
        self.teamTable.setObjectName(u"teamTable")
        self.teamTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.teamTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.teamTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.teamLayout.addWidget(self.teamTable)

        self.teamAddLayout = QHBoxLayout()
        self.teamAddLayout.setObjectName(u"teamAddLayout")
        self.teamNameLabel = QLabel(self.teamTab)
        self.teamNameLabel.setObjectName(u"teamNameLabel")

        self.teamAddLayout.addWidget(self.teamNameLabel)

        self.teamNameEdit = QLineEdit(self.teamTab)
        self.teamNameEdit.setObjectName(u"teamNameEdit")

        self.teamAddLayout.addWidget(self.teamNameEdit)

        self.teamLeaderLabel = QLabel(self.teamTab)
        self.teamLeaderLabel.setObjectName(u"teamLeaderLabel")

        self.teamAddLayout.addWidget(self.teamLeaderLabel)

        self.teamLeaderEdit = QLineEdit(self.teamTab)
        self.teamLeaderEdit.setObjectName(u"teamLeaderEdit")

        self.teamAddLayout.addWidget(self.teamLeaderEdit)

        self.teamAddButton = QPushButton(self.teamTab)
        self.teamAddButton.setObjectName(u"teamAddButton")

        self.teamAddLayout.addWidget(self.teamAddButton)

        self.teamToggleButton = QPushButton(self.teamTab)
        self.teamToggleButton.setObjectName(u"teamToggleButton")

        self.teamAddLayout.addWidget(self.teamToggleButton)


        self.teamLayout.addLayout(self.teamAddLayout)

        self.tabs.addTab(self.teamTab, "")
        self.technicianTab = QWidget()
        self.technicianTab.setObjectName(u"technicianTab")
        self.technicianLayout = QVBoxLayout(self.technicianTab)
        self.technicianLayout.setObjectName(u"technicianLayout")
        self.technicianTable = QTableWidget(self.technicianTab)
        self.technicianTable.setObjectName(u"technicianTable")
        self.technicianTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.technicianTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.technicianTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.technicianLayout.addWidget(self.technicianTable)

        self.technicianAddLayout = QHBoxLayout()
        self.technicianAddLayout.setObjectName(u"technicianAddLayout")
        self.techNameLabel = QLabel(self.technicianTab)
        self.techNameLabel.setObjectName(u"techNameLabel")

        self.technicianAddLayout.addWidget(self.techNameLabel)

        self.techNameEdit = QLineEdit(self.technicianTab)
        self.techNameEdit.setObjectName(u"techNameEdit")

        self.technicianAddLayout.addWidget(self.techNameEdit)

        self.techTeamLabel = QLabel(self.technicianTab)
        self.techTeamLabel.setObjectName(u"techTeamLabel")

        self.technicianAddLayout.addWidget(self.techTeamLabel)

        self.techTeamCombo = QComboBox(self.technicianTab)
        self.techTeamCombo.setObjectName(u"techTeamCombo")

        self.technicianAddLayout.addWidget(self.techTeamCombo)

        self.techGradeLabel = QLabel(self.technicianTab)
        self.techGradeLabel.setObjectName(u"techGradeLabel")

        self.technicianAddLayout.addWidget(self.techGradeLabel)

        self.techGradeCombo = QComboBox(self.technicianTab)
        self.techGradeCombo.setObjectName(u"techGradeCombo")

        self.technicianAddLayout.addWidget(self.techGradeCombo)

        self.techHoursLabel = QLabel(self.technicianTab)
        self.techHoursLabel.setObjectName(u"techHoursLabel")

        self.technicianAddLayout.addWidget(self.techHoursLabel)

        self.techHoursEdit = QLineEdit(self.technicianTab)
        self.techHoursEdit.setObjectName(u"techHoursEdit")
        self.techHoursEdit.setText(u"8")
        self.techHoursEdit.setMaximumSize(QSize(60, 16777215))

        self.technicianAddLayout.addWidget(self.techHoursEdit)

        self.technicianAddButton = QPushButton(self.technicianTab)
        self.technicianAddButton.setObjectName(u"technicianAddButton")

        self.technicianAddLayout.addWidget(self.technicianAddButton)

        self.technicianToggleButton = QPushButton(self.technicianTab)
        self.technicianToggleButton.setObjectName(u"technicianToggleButton")

        self.technicianAddLayout.addWidget(self.technicianToggleButton)


        self.technicianLayout.addLayout(self.technicianAddLayout)

        self.tabs.addTab(self.technicianTab, "")
        self.bayTab = QWidget()
        self.bayTab.setObjectName(u"bayTab")
        self.bayLayout = QVBoxLayout(self.bayTab)
        self.bayLayout.setObjectName(u"bayLayout")
        self.bayTable = QTableWidget(self.bayTab)
        self.bayTable.setObjectName(u"bayTable")
        self.bayTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.bayTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.bayTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.bayLayout.addWidget(self.bayTable)

        self.bayAddLayout = QHBoxLayout()
        self.bayAddLayout.setObjectName(u"bayAddLayout")
        self.bayNameLabel = QLabel(self.bayTab)
        self.bayNameLabel.setObjectName(u"bayNameLabel")

        self.bayAddLayout.addWidget(self.bayNameLabel)

        self.bayNameEdit = QLineEdit(self.bayTab)
        self.bayNameEdit.setObjectName(u"bayNameEdit")

        self.bayAddLayout.addWidget(self.bayNameEdit)

        self.bayKindLabel = QLabel(self.bayTab)
        self.bayKindLabel.setObjectName(u"bayKindLabel")

        self.bayAddLayout.addWidget(self.bayKindLabel)

        self.bayKindCombo = QComboBox(self.bayTab)
        self.bayKindCombo.setObjectName(u"bayKindCombo")

        self.bayAddLayout.addWidget(self.bayKindCombo)

        self.bayAddButton = QPushButton(self.bayTab)
        self.bayAddButton.setObjectName(u"bayAddButton")

        self.bayAddLayout.addWidget(self.bayAddButton)

        self.bayToggleButton = QPushButton(self.bayTab)
        self.bayToggleButton.setObjectName(u"bayToggleButton")

        self.bayAddLayout.addWidget(self.bayToggleButton)


        self.bayLayout.addLayout(self.bayAddLayout)

        self.tabs.addTab(self.bayTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.errorLabel = QLabel(WorkshopSetupDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #c62828;")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(WorkshopSetupDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.teamNameLabel.setBuddy(self.teamNameEdit)
        self.teamLeaderLabel.setBuddy(self.teamLeaderEdit)
        self.techNameLabel.setBuddy(self.techNameEdit)
        self.techTeamLabel.setBuddy(self.techTeamCombo)
        self.techGradeLabel.setBuddy(self.techGradeCombo)
        self.techHoursLabel.setBuddy(self.techHoursEdit)
        self.bayNameLabel.setBuddy(self.bayNameEdit)
        self.bayKindLabel.setBuddy(self.bayKindCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WorkshopSetupDialog)

        QMetaObject.connectSlotsByName(WorkshopSetupDialog)
    # setupUi

    def retranslateUi(self, WorkshopSetupDialog):
        WorkshopSetupDialog.setWindowTitle(QCoreApplication.translate("WorkshopSetupDialog", u"\u73ed\u7ec4\u3001\u6280\u5e08\u4e0e\u5de5\u4f4d", None))
        self.teamNameLabel.setText(QCoreApplication.translate("WorkshopSetupDialog", u"\u73ed\u7ec4\u540d\u79f0\uff1a", None))
        self.teamLeaderLabel.setText(QCoreApplication.translate("WorkshopSetupDialog", u"\u73ed\u7ec4\u957f\uff1a", None))
        self.teamAddButton.setText(QCoreApplication.translate("WorkshopSetupDialog", u"\u65b0\u589e\u73ed\u7ec4", None))
        self.teamToggleButton.setText(QCoreApplication.translate("WorkshopSetupDialog", u"\u505c\u7528 / \u542f\u7528", None))
        self.tabs.setTabText(self.tabs.indexOf(self.teamTab), QCoreApplication.translate("WorkshopSetupDialog", u"\u73ed\u7ec4", None))
        self.techNameLabel.setText(QCoreApplication.translate("WorkshopSetupDialog", u"\u59d3\u540d\uff1a", None))
        self.techTeamLabel.setText(QCoreApplication.translate("WorkshopSetupDialog", u"\u73ed\u7ec4\uff1a", None))
        self.techGradeLabel.setText(QCoreApplication.translate("WorkshopSetupDialog", u"\u7b49\u7ea7\uff1a", None))
        self.techHoursLabel.setText(QCoreApplication.translate("WorkshopSetupDialog", u"\u6bcf\u65e5\u5de5\u65f6\uff1a", None))
        self.technicianAddButton.setText(QCoreApplication.translate("WorkshopSetupDialog", u"\u65b0\u589e\u6280\u5e08", None))
        self.technicianToggleButton.setText(QCoreApplication.translate("WorkshopSetupDialog", u"\u505c\u7528 / \u542f\u7528", None))
        self.tabs.setTabText(self.tabs.indexOf(self.technicianTab), QCoreApplication.translate("WorkshopSetupDialog", u"\u6280\u5e08", None))
        self.bayNameLabel.setText(QCoreApplication.translate("WorkshopSetupDialog", u"\u5de5\u4f4d\u540d\u79f0\uff1a", None))
        self.bayKindLabel.setText(QCoreApplication.translate("WorkshopSetupDialog", u"\u7c7b\u578b\uff1a", None))
        self.bayAddButton.setText(QCoreApplication.translate("WorkshopSetupDialog", u"\u65b0\u589e\u5de5\u4f4d", None))
        self.bayToggleButton.setText(QCoreApplication.translate("WorkshopSetupDialog", u"\u505c\u7528 / \u542f\u7528", None))
        self.tabs.setTabText(self.tabs.indexOf(self.bayTab), QCoreApplication.translate("WorkshopSetupDialog", u"\u5de5\u4f4d", None))
        self.errorLabel.setText("")
    # retranslateUi

