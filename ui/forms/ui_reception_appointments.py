# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reception_appointments.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ReceptionAppointments(object):
    def setupUi(self, ReceptionAppointments):
        if not ReceptionAppointments.objectName():
            ReceptionAppointments.setObjectName(u"ReceptionAppointments")
        ReceptionAppointments.resize(1000, 600)
        self.tabLayout = QVBoxLayout(ReceptionAppointments)
        self.tabLayout.setObjectName(u"tabLayout")
        self.viewRow = QHBoxLayout()
        self.viewRow.setObjectName(u"viewRow")
        self.prevButton = QPushButton(ReceptionAppointments)
        self.prevButton.setObjectName(u"prevButton")

        self.viewRow.addWidget(self.prevButton)

        self.dayEdit = QDateEdit(ReceptionAppointments)
        self.dayEdit.setObjectName(u"dayEdit")
        self.dayEdit.setCalendarPopup(True)

        self.viewRow.addWidget(self.dayEdit)

        self.nextButton = QPushButton(ReceptionAppointments)
        self.nextButton.setObjectName(u"nextButton")

        self.viewRow.addWidget(self.nextButton)

        self.todayButton = QPushButton(ReceptionAppointments)
        self.todayButton.setObjectName(u"todayButton")

        self.viewRow.addWidget(self.todayButton)

        self.rangeCombo = QComboBox(ReceptionAppointments)
        self.rangeCombo.setObjectName(u"rangeCombo")

        self.viewRow.addWidget(self.rangeCombo)

        self.byCombo = QComboBox(ReceptionAppointments)
        self.byCombo.setObjectName(u"byCombo")

        self.viewRow.addWidget(self.byCombo)

        self.s3 = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.viewRow.addItem(self.s3)


        self.tabLayout.addLayout(self.viewRow)

        self.splitter = QSplitter(ReceptionAppointments)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.gridTable = QTableWidget(self.splitter)
        self.gridTable.setObjectName(u"gridTable")
        self.splitter.addWidget(self.gridTable)
        self.sidePanel = QWidget(self.splitter)
        self.sidePanel.setObjectName(u"sidePanel")
        self.sideLayout = QVBoxLayout(self.sidePanel)
        self.sideLayout.setObjectName(u"sideLayout")
        self.sideLayout.setContentsMargins(0, 0, 0, 0)
        self.detailLabel = QLabel(self.sidePanel)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setWordWrap(True)

        self.sideLayout.addWidget(self.detailLabel)

        self.reminderTitle = QLabel(self.sidePanel)
        self.reminderTitle.setObjectName(u"reminderTitle")
        self.reminderTitle.setWordWrap(True)

        self.sideLayout.addWidget(self.reminderTitle)

        self.reminderView = QTableView(self.sidePanel)
        self.reminderView.setObjectName(u"reminderView")
        self.reminderView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.reminderView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.reminderView.setAlternatingRowColors(True)

        self.sideLayout.addWidget(self.reminderView)

        self.remindedButton = QPushButton(self.sidePanel)
        self.remindedButton.setObjectName(u"remindedButton")

        self.sideLayout.addWidget(self.remindedButton)

        self.splitter.addWidget(self.sidePanel)

        self.tabLayout.addWidget(self.splitter)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.checkInButton = QPushButton(ReceptionAppointments)
        self.checkInButton.setObjectName(u"checkInButton")

        self.buttons.addWidget(self.checkInButton)

        self.depositButton = QPushButton(ReceptionAppointments)
        self.depositButton.setObjectName(u"depositButton")

        self.buttons.addWidget(self.depositButton)

        self.slipButton = QPushButton(ReceptionAppointments)
        self.slipButton.setObjectName(u"slipButton")

        self.buttons.addWidget(self.slipButton)

        self.registerButton = QPushButton(ReceptionAppointments)
        self.registerButton.setObjectName(u"registerButton")

        self.buttons.addWidget(self.registerButton)

        self.noShowButton = QPushButton(ReceptionAppointments)
        self.noShowButton.setObjectName(u"noShowButton")

        self.buttons.addWidget(self.noShowButton)

        self.cancelButton = QPushButton(ReceptionAppointments)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttons.addWidget(self.cancelButton)

        self.s4 = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.s4)


        self.tabLayout.addLayout(self.buttons)

        self.errorLabel = QLabel(ReceptionAppointments)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)

        self.tabLayout.addWidget(self.errorLabel)


        self.retranslateUi(ReceptionAppointments)

        QMetaObject.connectSlotsByName(ReceptionAppointments)
    # setupUi

    def retranslateUi(self, ReceptionAppointments):
        self.prevButton.setText(QCoreApplication.translate("ReceptionAppointments", u"\u25c0 (PgUp)", None))
        self.dayEdit.setDisplayFormat(QCoreApplication.translate("ReceptionAppointments", u"yyyy-MM-dd ddd", None))
        self.nextButton.setText(QCoreApplication.translate("ReceptionAppointments", u"(PgDn) \u25b6", None))
        self.todayButton.setText(QCoreApplication.translate("ReceptionAppointments", u"\u4eca\u5929", None))
        self.detailLabel.setText("")
        self.reminderTitle.setText(QCoreApplication.translate("ReceptionAppointments", u"\u660e\u65e5\u63d0\u9192\uff08\u63d0\u524d\u534a\u5929\u81f3\u4e00\u5929\u901a\u77e5\u5ba2\u6237\uff09", None))
        self.remindedButton.setText(QCoreApplication.translate("ReceptionAppointments", u"\u5df2\u63d0\u9192 (Ctrl+R)", None))
        self.checkInButton.setText(QCoreApplication.translate("ReceptionAppointments", u"\u5230\u5e97\u63a5\u8f66 (F2)", None))
        self.depositButton.setText(QCoreApplication.translate("ReceptionAppointments", u"\u6536\u5b9a\u91d1", None))
        self.slipButton.setText(QCoreApplication.translate("ReceptionAppointments", u"\u6253\u5370\u9884\u7ea6\u5355", None))
        self.registerButton.setText(QCoreApplication.translate("ReceptionAppointments", u"\u6253\u5370\u9884\u7ea6\u767b\u8bb0\u8868 (Ctrl+P)", None))
#if QT_CONFIG(tooltip)
        self.registerButton.setToolTip(QCoreApplication.translate("ReceptionAppointments", u"\u7ef4\u4fee\u9884\u7ea6\u767b\u8bb0\u8868\uff1a\u5f53\u524d\u65e5\u89c6\u56fe\u7684\u4e00\u5929\uff0c\u6216\u5468\u89c6\u56fe\u7684\u4e00\u5468", None))
#endif // QT_CONFIG(tooltip)
        self.noShowButton.setText(QCoreApplication.translate("ReceptionAppointments", u"\u672a\u5230", None))
        self.cancelButton.setText(QCoreApplication.translate("ReceptionAppointments", u"\u53d6\u6d88\u9884\u7ea6", None))
        self.errorLabel.setText("")
        pass
    # retranslateUi

