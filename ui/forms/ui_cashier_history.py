# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cashier_history.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_CashierHistoryTab(object):
    def setupUi(self, CashierHistoryTab):
        if not CashierHistoryTab.objectName():
            CashierHistoryTab.setObjectName(u"CashierHistoryTab")
        CashierHistoryTab.resize(1000, 600)
        self.historyLayout = QVBoxLayout(CashierHistoryTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchCaption = QLabel(CashierHistoryTab)
        self.searchCaption.setObjectName(u"searchCaption")

        self.filterLayout.addWidget(self.searchCaption)

        self.searchEdit = QLineEdit(CashierHistoryTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMinimumSize(QSize(260, 0))

        self.filterLayout.addWidget(self.searchEdit)

        self.statusCaption = QLabel(CashierHistoryTab)
        self.statusCaption.setObjectName(u"statusCaption")

        self.filterLayout.addWidget(self.statusCaption)

        self.statusCombo = QComboBox(CashierHistoryTab)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterLayout.addWidget(self.statusCombo)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.historyLayout.addLayout(self.filterLayout)

        self.settlementsView = QTableView(CashierHistoryTab)
        self.settlementsView.setObjectName(u"settlementsView")
        self.settlementsView.setAlternatingRowColors(True)
        self.settlementsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.historyLayout.addWidget(self.settlementsView)

        self.historyActions = QHBoxLayout()
        self.historyActions.setObjectName(u"historyActions")
        self.reprintCaption = QLabel(CashierHistoryTab)
        self.reprintCaption.setObjectName(u"reprintCaption")

        self.historyActions.addWidget(self.reprintCaption)

        self.printSettlementButton = QPushButton(CashierHistoryTab)
        self.printSettlementButton.setObjectName(u"printSettlementButton")

        self.historyActions.addWidget(self.printSettlementButton)

        self.printReceiptButton = QPushButton(CashierHistoryTab)
        self.printReceiptButton.setObjectName(u"printReceiptButton")

        self.historyActions.addWidget(self.printReceiptButton)

        self.printReleaseButton = QPushButton(CashierHistoryTab)
        self.printReleaseButton.setObjectName(u"printReleaseButton")

        self.historyActions.addWidget(self.printReleaseButton)

        self.printGuaranteeButton = QPushButton(CashierHistoryTab)
        self.printGuaranteeButton.setObjectName(u"printGuaranteeButton")

        self.historyActions.addWidget(self.printGuaranteeButton)

        self.historySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.historyActions.addItem(self.historySpacer)

        self.invoiceButton = QPushButton(CashierHistoryTab)
        self.invoiceButton.setObjectName(u"invoiceButton")

        self.historyActions.addWidget(self.invoiceButton)

        self.reverseButton = QPushButton(CashierHistoryTab)
        self.reverseButton.setObjectName(u"reverseButton")

        self.historyActions.addWidget(self.reverseButton)


        self.historyLayout.addLayout(self.historyActions)

#if QT_CONFIG(shortcut)
        self.searchCaption.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CashierHistoryTab)

        QMetaObject.connectSlotsByName(CashierHistoryTab)
    # setupUi

    def retranslateUi(self, CashierHistoryTab):
        self.searchCaption.setText(QCoreApplication.translate("CashierHistoryTab", u"\u67e5\u627e(&F)", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("CashierHistoryTab", u"\u7ed3\u7b97\u5355\u53f7 JS\u2026 / \u8f66\u724c\u53f7\uff08\u4efb\u610f\u51e0\u4f4d\uff09/ \u5de5\u5355\u53f7 / \u5ba2\u6237\u59d3\u540d\u6216\u7535\u8bdd", None))
        self.statusCaption.setText(QCoreApplication.translate("CashierHistoryTab", u"\u72b6\u6001", None))
        self.reprintCaption.setText(QCoreApplication.translate("CashierHistoryTab", u"\u8865\u6253\uff1a", None))
        self.printSettlementButton.setText(QCoreApplication.translate("CashierHistoryTab", u"\u7ed3\u7b97\u5355", None))
        self.printReceiptButton.setText(QCoreApplication.translate("CashierHistoryTab", u"\u5c0f\u7968", None))
        self.printReleaseButton.setText(QCoreApplication.translate("CashierHistoryTab", u"\u51fa\u5382\u901a\u77e5\u5355", None))
        self.printGuaranteeButton.setText(QCoreApplication.translate("CashierHistoryTab", u"\u8d28\u91cf\u4fdd\u8bc1\u5361", None))
        self.invoiceButton.setText(QCoreApplication.translate("CashierHistoryTab", u"\u5f00\u7968 / \u7ea2\u51b2\u2026 (F8)", None))
        self.reverseButton.setText(QCoreApplication.translate("CashierHistoryTab", u"\u51b2\u9500\u2026 (Ctrl+R)", None))
        pass
    # retranslateUi

