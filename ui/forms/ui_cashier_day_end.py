# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cashier_day_end.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDateEdit, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_CashierDayEndTab(object):
    def setupUi(self, CashierDayEndTab):
        if not CashierDayEndTab.objectName():
            CashierDayEndTab.setObjectName(u"CashierDayEndTab")
        CashierDayEndTab.resize(1200, 660)
        self.dayLayout = QVBoxLayout(CashierDayEndTab)
        self.dayLayout.setObjectName(u"dayLayout")
        self.dayBar = QHBoxLayout()
        self.dayBar.setObjectName(u"dayBar")
        self.dayCaption = QLabel(CashierDayEndTab)
        self.dayCaption.setObjectName(u"dayCaption")

        self.dayBar.addWidget(self.dayCaption)

        self.dayEdit = QDateEdit(CashierDayEndTab)
        self.dayEdit.setObjectName(u"dayEdit")
        self.dayEdit.setCalendarPopup(True)
        self.dayEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.dayBar.addWidget(self.dayEdit)

        self.refreshButton = QPushButton(CashierDayEndTab)
        self.refreshButton.setObjectName(u"refreshButton")

        self.dayBar.addWidget(self.refreshButton)

        self.statusLabel = QLabel(CashierDayEndTab)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setStyleSheet(u"font-weight: 600;")

        self.dayBar.addWidget(self.statusLabel)

        self.daySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dayBar.addItem(self.daySpacer)

        self.printButton = QPushButton(CashierDayEndTab)
        self.printButton.setObjectName(u"printButton")

        self.dayBar.addWidget(self.printButton)

        self.exportButton = QPushButton(CashierDayEndTab)
        self.exportButton.setObjectName(u"exportButton")

        self.dayBar.addWidget(self.exportButton)

        self.closeButton = QPushButton(CashierDayEndTab)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setStyleSheet(u"font-weight: 600;")

        self.dayBar.addWidget(self.closeButton)


        self.dayLayout.addLayout(self.dayBar)

        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.summaryBox = QGroupBox(CashierDayEndTab)
        self.summaryBox.setObjectName(u"summaryBox")
        self.summaryBoxLayout = QVBoxLayout(self.summaryBox)
        self.summaryBoxLayout.setObjectName(u"summaryBoxLayout")
        self.summaryLabel = QLabel(self.summaryBox)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)
        self.summaryLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.summaryBoxLayout.addWidget(self.summaryLabel)

        self.summarySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.summaryBoxLayout.addItem(self.summarySpacer)


        self.topRow.addWidget(self.summaryBox)

        self.methodsBox = QGroupBox(CashierDayEndTab)
        self.methodsBox.setObjectName(u"methodsBox")
        self.methodsBoxLayout = QVBoxLayout(self.methodsBox)
        self.methodsBoxLayout.setObjectName(u"methodsBoxLayout")
        self.methodsTable = QTableWidget(self.methodsBox)
        self.methodsTable.setObjectName(u"methodsTable")
        self.methodsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.methodsTable.setAlternatingRowColors(True)
        self.methodsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.methodsBoxLayout.addWidget(self.methodsTable)


        self.topRow.addWidget(self.methodsBox)

        self.cashiersBox = QGroupBox(CashierDayEndTab)
        self.cashiersBox.setObjectName(u"cashiersBox")
        self.cashiersBoxLayout = QVBoxLayout(self.cashiersBox)
        self.cashiersBoxLayout.setObjectName(u"cashiersBoxLayout")
        self.cashiersTable = QTableWidget(self.cashiersBox)
        self.cashiersTable.setObjectName(u"cashiersTable")
        self.cashiersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cashiersTable.setAlternatingRowColors(True)
        self.cashiersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.cashiersBoxLayout.addWidget(self.cashiersTable)


        self.topRow.addWidget(self.cashiersBox)

        self.topRow.setStretch(0, 2)
        self.topRow.setStretch(1, 2)
        self.topRow.setStretch(2, 3)

        self.dayLayout.addLayout(self.topRow)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.receivablesBox = QGroupBox(CashierDayEndTab)
        self.receivablesBox.setObjectName(u"receivablesBox")
        self.receivablesBoxLayout = QVBoxLayout(self.receivablesBox)
        self.receivablesBoxLayout.setObjectName(u"receivablesBoxLayout")
        self.receivablesTable = QTableWidget(self.receivablesBox)
        self.receivablesTable.setObjectName(u"receivablesTable")
        self.receivablesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.receivablesTable.setAlternatingRowColors(True)
        self.receivablesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.receivablesBoxLayout.addWidget(self.receivablesTable)


        self.bottomRow.addWidget(self.receivablesBox)

        self.discountsBox = QGroupBox(CashierDayEndTab)
        self.discountsBox.setObjectName(u"discountsBox")
        self.discountsBoxLayout = QVBoxLayout(self.discountsBox)
        self.discountsBoxLayout.setObjectName(u"discountsBoxLayout")
        self.discountsTable = QTableWidget(self.discountsBox)
        self.discountsTable.setObjectName(u"discountsTable")
        self.discountsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.discountsTable.setAlternatingRowColors(True)
        self.discountsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.discountsBoxLayout.addWidget(self.discountsTable)


        self.bottomRow.addWidget(self.discountsBox)

        self.voidsBox = QGroupBox(CashierDayEndTab)
        self.voidsBox.setObjectName(u"voidsBox")
        self.voidsBoxLayout = QVBoxLayout(self.voidsBox)
        self.voidsBoxLayout.setObjectName(u"voidsBoxLayout")
        self.voidsTable = QTableWidget(self.voidsBox)
        self.voidsTable.setObjectName(u"voidsTable")
        self.voidsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.voidsTable.setAlternatingRowColors(True)
        self.voidsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.voidsBoxLayout.addWidget(self.voidsTable)


        self.bottomRow.addWidget(self.voidsBox)

        self.bottomRow.setStretch(0, 2)
        self.bottomRow.setStretch(1, 3)
        self.bottomRow.setStretch(2, 3)

        self.dayLayout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.dayCaption.setBuddy(self.dayEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CashierDayEndTab)

        QMetaObject.connectSlotsByName(CashierDayEndTab)
    # setupUi

    def retranslateUi(self, CashierDayEndTab):
        self.dayCaption.setText(QCoreApplication.translate("CashierDayEndTab", u"\u8425\u4e1a\u65e5(&D)", None))
        self.refreshButton.setText(QCoreApplication.translate("CashierDayEndTab", u"\u5237\u65b0 (F5)", None))
        self.printButton.setText(QCoreApplication.translate("CashierDayEndTab", u"\u6253\u5370\u65e5\u7ed3\u5355", None))
        self.exportButton.setText(QCoreApplication.translate("CashierDayEndTab", u"\u5bfc\u51fa Excel\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("CashierDayEndTab", u"\u65e5\u7ed3\u2026 (Ctrl+Shift+E)", None))
        self.summaryBox.setTitle(QCoreApplication.translate("CashierDayEndTab", u"\u7ed3\u7b97\u6c47\u603b", None))
        self.methodsBox.setTitle(QCoreApplication.translate("CashierDayEndTab", u"\u6309\u6536\u6b3e\u65b9\u5f0f", None))
        self.cashiersBox.setTitle(QCoreApplication.translate("CashierDayEndTab", u"\u6309\u6536\u94f6\u5458", None))
        self.receivablesBox.setTitle(QCoreApplication.translate("CashierDayEndTab", u"\u6302\u8d26\u65b0\u589e\u4e0e\u56de\u6b3e", None))
        self.discountsBox.setTitle(QCoreApplication.translate("CashierDayEndTab", u"\u4f18\u60e0\u660e\u7ec6", None))
        self.voidsBox.setTitle(QCoreApplication.translate("CashierDayEndTab", u"\u51b2\u9500", None))
        pass
    # retranslateUi

