# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'care_reminders.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_CareReminders(object):
    def setupUi(self, CareReminders):
        if not CareReminders.objectName():
            CareReminders.setObjectName(u"CareReminders")
        CareReminders.resize(1100, 600)
        self.tabLayout = QVBoxLayout(CareReminders)
        self.tabLayout.setObjectName(u"tabLayout")
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.kindLabel = QLabel(CareReminders)
        self.kindLabel.setObjectName(u"kindLabel")

        self.topLayout.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(CareReminders)
        self.kindCombo.setObjectName(u"kindCombo")

        self.topLayout.addWidget(self.kindCombo)

        self.contactedCheck = QCheckBox(CareReminders)
        self.contactedCheck.setObjectName(u"contactedCheck")

        self.topLayout.addWidget(self.contactedCheck)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topLayout.addItem(self.topSpacer)

        self.ruleLabel = QLabel(CareReminders)
        self.ruleLabel.setObjectName(u"ruleLabel")
        self.ruleLabel.setText(u"")
        self.ruleLabel.setStyleSheet(u"color: #555555;")

        self.topLayout.addWidget(self.ruleLabel)


        self.tabLayout.addLayout(self.topLayout)

        self.remindersView = QTableView(CareReminders)
        self.remindersView.setObjectName(u"remindersView")
        self.remindersView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.remindersView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.remindersView.setAlternatingRowColors(True)

        self.tabLayout.addWidget(self.remindersView)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.remindButton = QPushButton(CareReminders)
        self.remindButton.setObjectName(u"remindButton")

        self.actionsLayout.addWidget(self.remindButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.refreshButton = QPushButton(CareReminders)
        self.refreshButton.setObjectName(u"refreshButton")

        self.actionsLayout.addWidget(self.refreshButton)


        self.tabLayout.addLayout(self.actionsLayout)

        self.messageLabel = QLabel(CareReminders)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setText(u"")

        self.tabLayout.addWidget(self.messageLabel)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CareReminders)

        QMetaObject.connectSlotsByName(CareReminders)
    # setupUi

    def retranslateUi(self, CareReminders):
        self.kindLabel.setText(QCoreApplication.translate("CareReminders", u"\u63d0\u9192\u7c7b\u522b(&K)\uff1a", None))
        self.contactedCheck.setText(QCoreApplication.translate("CareReminders", u"\u542b\u5df2\u56de\u8bbf\u7684\u6d41\u5931\u5ba2\u6237(&A)", None))
        self.remindButton.setText(QCoreApplication.translate("CareReminders", u"\u5df2\u63d0\u9192\u2026 (Enter)", None))
        self.refreshButton.setText(QCoreApplication.translate("CareReminders", u"\u91cd\u65b0\u63a8\u7b97\u5168\u90e8\u4fdd\u517b\u63d0\u9192", None))
        pass
    # retranslateUi

