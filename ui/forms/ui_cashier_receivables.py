# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cashier_receivables.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_CashierReceivablesTab(object):
    def setupUi(self, CashierReceivablesTab):
        if not CashierReceivablesTab.objectName():
            CashierReceivablesTab.setObjectName(u"CashierReceivablesTab")
        CashierReceivablesTab.resize(1000, 600)
        self.receivablesLayout = QVBoxLayout(CashierReceivablesTab)
        self.receivablesLayout.setObjectName(u"receivablesLayout")
        self.agingBox = QGroupBox(CashierReceivablesTab)
        self.agingBox.setObjectName(u"agingBox")
        self.agingBoxLayout = QVBoxLayout(self.agingBox)
        self.agingBoxLayout.setObjectName(u"agingBoxLayout")
        self.agingTable = QTableWidget(self.agingBox)
        self.agingTable.setObjectName(u"agingTable")
        self.agingTable.setMaximumSize(QSize(16777215, 150))
        self.agingTable.setAlternatingRowColors(True)
        self.agingTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.agingBoxLayout.addWidget(self.agingTable)


        self.receivablesLayout.addWidget(self.agingBox)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.kindCaption = QLabel(CashierReceivablesTab)
        self.kindCaption.setObjectName(u"kindCaption")

        self.filterLayout.addWidget(self.kindCaption)

        self.kindCombo = QComboBox(CashierReceivablesTab)
        self.kindCombo.setObjectName(u"kindCombo")

        self.filterLayout.addWidget(self.kindCombo)

        self.debtorEdit = QLineEdit(CashierReceivablesTab)
        self.debtorEdit.setObjectName(u"debtorEdit")
        self.debtorEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.debtorEdit)

        self.claimEdit = QLineEdit(CashierReceivablesTab)
        self.claimEdit.setObjectName(u"claimEdit")
        self.claimEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.claimEdit)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.receivablesLayout.addLayout(self.filterLayout)

        self.itemsView = QTableView(CashierReceivablesTab)
        self.itemsView.setObjectName(u"itemsView")
        self.itemsView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.itemsView.setAlternatingRowColors(True)
        self.itemsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.receivablesLayout.addWidget(self.itemsView)

        self.receivablesActions = QHBoxLayout()
        self.receivablesActions.setObjectName(u"receivablesActions")
        self.selectionLabel = QLabel(CashierReceivablesTab)
        self.selectionLabel.setObjectName(u"selectionLabel")
        self.selectionLabel.setText(u"")

        self.receivablesActions.addWidget(self.selectionLabel)

        self.receivablesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.receivablesActions.addItem(self.receivablesSpacer)

        self.collectButton = QPushButton(CashierReceivablesTab)
        self.collectButton.setObjectName(u"collectButton")

        self.receivablesActions.addWidget(self.collectButton)


        self.receivablesLayout.addLayout(self.receivablesActions)


        self.retranslateUi(CashierReceivablesTab)

        QMetaObject.connectSlotsByName(CashierReceivablesTab)
    # setupUi

    def retranslateUi(self, CashierReceivablesTab):
        self.agingBox.setTitle(QCoreApplication.translate("CashierReceivablesTab", u"\u8d26\u9f84\u6c47\u603b\uff08\u6309\u6302\u8d26\u65b9\uff09", None))
        self.kindCaption.setText(QCoreApplication.translate("CashierReceivablesTab", u"\u7c7b\u522b", None))
        self.debtorEdit.setPlaceholderText(QCoreApplication.translate("CashierReceivablesTab", u"\u6302\u8d26\u65b9\uff08\u4fdd\u9669\u516c\u53f8 / \u5382\u5bb6\uff09", None))
        self.claimEdit.setPlaceholderText(QCoreApplication.translate("CashierReceivablesTab", u"\u7406\u8d54 / \u7d22\u8d54\u5355\u53f7", None))
        self.collectButton.setText(QCoreApplication.translate("CashierReceivablesTab", u"\u767b\u8bb0\u56de\u6b3e / \u6838\u9500\u2026 (Ctrl+Enter)", None))
        pass
    # retranslateUi

