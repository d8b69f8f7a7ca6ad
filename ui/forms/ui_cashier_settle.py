# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cashier_settle.ui'
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
    QFrame, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QTableView,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_CashierSettleTab(object):
    def setupUi(self, CashierSettleTab):
        if not CashierSettleTab.objectName():
            CashierSettleTab.setObjectName(u"CashierSettleTab")
        CashierSettleTab.resize(1200, 660)
        self.settleLayout = QHBoxLayout(CashierSettleTab)
        self.settleLayout.setSpacing(10)
        self.settleLayout.setObjectName(u"settleLayout")
        self.queueLayout = QVBoxLayout()
        self.queueLayout.setObjectName(u"queueLayout")
        self.queueCaption = QLabel(CashierSettleTab)
        self.queueCaption.setObjectName(u"queueCaption")
        self.queueCaption.setStyleSheet(u"font-weight: 600;")

        self.queueLayout.addWidget(self.queueCaption)

        self.searchEdit = QLineEdit(CashierSettleTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.queueLayout.addWidget(self.searchEdit)

        self.readyView = QTableView(CashierSettleTab)
        self.readyView.setObjectName(u"readyView")
        self.readyView.setMinimumSize(QSize(220, 0))
        self.readyView.setMaximumSize(QSize(400, 16777215))
        self.readyView.setAlternatingRowColors(True)
        self.readyView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.queueLayout.addWidget(self.readyView)


        self.settleLayout.addLayout(self.queueLayout)

        self.billLayout = QVBoxLayout()
        self.billLayout.setObjectName(u"billLayout")
        self.orderLabel = QLabel(CashierSettleTab)
        self.orderLabel.setObjectName(u"orderLabel")
        self.orderLabel.setText(u"")
        self.orderLabel.setWordWrap(True)
        self.orderLabel.setTextFormat(Qt.TextFormat.RichText)

        self.billLayout.addWidget(self.orderLabel)

        self.linesTable = QTableWidget(CashierSettleTab)
        self.linesTable.setObjectName(u"linesTable")
        self.linesTable.setAlternatingRowColors(True)
        self.linesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.billLayout.addWidget(self.linesTable)

        self.optionsLayout = QGridLayout()
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.optionsLayout.setHorizontalSpacing(8)
        self.billDiscountCaption = QLabel(CashierSettleTab)
        self.billDiscountCaption.setObjectName(u"billDiscountCaption")

        self.optionsLayout.addWidget(self.billDiscountCaption, 0, 0, 1, 1)

        self.billDiscountEdit = QLineEdit(CashierSettleTab)
        self.billDiscountEdit.setObjectName(u"billDiscountEdit")
        self.billDiscountEdit.setMaximumSize(QSize(110, 16777215))

        self.optionsLayout.addWidget(self.billDiscountEdit, 0, 1, 1, 1)

        self.limitLabel = QLabel(CashierSettleTab)
        self.limitLabel.setObjectName(u"limitLabel")
        self.limitLabel.setText(u"")
        self.limitLabel.setStyleSheet(u"color: #555;")

        self.optionsLayout.addWidget(self.limitLabel, 0, 2, 1, 2)

        self.kindCaption = QLabel(CashierSettleTab)
        self.kindCaption.setObjectName(u"kindCaption")

        self.optionsLayout.addWidget(self.kindCaption, 0, 4, 1, 1)

        self.kindCombo = QComboBox(CashierSettleTab)
        self.kindCombo.setObjectName(u"kindCombo")

        self.optionsLayout.addWidget(self.kindCombo, 0, 5, 1, 1)

        self.packageCheck = QCheckBox(CashierSettleTab)
        self.packageCheck.setObjectName(u"packageCheck")
        self.packageCheck.setText(u"")

        self.optionsLayout.addWidget(self.packageCheck, 0, 6, 1, 2)

        self.insurerCaption = QLabel(CashierSettleTab)
        self.insurerCaption.setObjectName(u"insurerCaption")

        self.optionsLayout.addWidget(self.insurerCaption, 1, 0, 1, 1)

        self.insurerEdit = QLineEdit(CashierSettleTab)
        self.insurerEdit.setObjectName(u"insurerEdit")

        self.optionsLayout.addWidget(self.insurerEdit, 1, 1, 1, 2)

        self.claimCaption = QLabel(CashierSettleTab)
        self.claimCaption.setObjectName(u"claimCaption")

        self.optionsLayout.addWidget(self.claimCaption, 1, 3, 1, 1)

        self.claimEdit = QLineEdit(CashierSettleTab)
        self.claimEdit.setObjectName(u"claimEdit")

        self.optionsLayout.addWidget(self.claimEdit, 1, 4, 1, 2)

        self.warrantyCaption = QLabel(CashierSettleTab)
        self.warrantyCaption.setObjectName(u"warrantyCaption")

        self.optionsLayout.addWidget(self.warrantyCaption, 1, 6, 1, 1)

        self.warrantyClaimEdit = QLineEdit(CashierSettleTab)
        self.warrantyClaimEdit.setObjectName(u"warrantyClaimEdit")

        self.optionsLayout.addWidget(self.warrantyClaimEdit, 1, 7, 1, 1)


        self.billLayout.addLayout(self.optionsLayout)

        self.moneyLayout = QHBoxLayout()
        self.moneyLayout.setObjectName(u"moneyLayout")
        self.totalsBox = QGroupBox(CashierSettleTab)
        self.totalsBox.setObjectName(u"totalsBox")
        self.totalsBoxLayout = QVBoxLayout(self.totalsBox)
        self.totalsBoxLayout.setObjectName(u"totalsBoxLayout")
        self.totalsScroll = QScrollArea(self.totalsBox)
        self.totalsScroll.setObjectName(u"totalsScroll")
        self.totalsScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.totalsScroll.setWidgetResizable(True)
        self.totalsScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.totalsContents = QWidget()
        self.totalsContents.setObjectName(u"totalsContents")
        self.totalsContentsLayout = QVBoxLayout(self.totalsContents)
        self.totalsContentsLayout.setObjectName(u"totalsContentsLayout")
        self.totalsContentsLayout.setContentsMargins(0, 0, 0, 0)
        self.totalsLabel = QLabel(self.totalsContents)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setText(u"")
        self.totalsLabel.setTextFormat(Qt.TextFormat.RichText)
        self.totalsLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.totalsContentsLayout.addWidget(self.totalsLabel)

        self.totalsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.totalsContentsLayout.addItem(self.totalsSpacer)

        self.totalsScroll.setWidget(self.totalsContents)

        self.totalsBoxLayout.addWidget(self.totalsScroll)


        self.moneyLayout.addWidget(self.totalsBox)

        self.paymentBox = QGroupBox(CashierSettleTab)
        self.paymentBox.setObjectName(u"paymentBox")
        self.paymentBoxLayout = QVBoxLayout(self.paymentBox)
        self.paymentBoxLayout.setObjectName(u"paymentBoxLayout")
        self.paymentsTable = QTableWidget(self.paymentBox)
        self.paymentsTable.setObjectName(u"paymentsTable")
        self.paymentsTable.setMinimumSize(QSize(0, 80))
        self.paymentsTable.setAlternatingRowColors(True)
        self.paymentsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.paymentBoxLayout.addWidget(self.paymentsTable)

        self.paymentButtonsLayout = QHBoxLayout()
        self.paymentButtonsLayout.setObjectName(u"paymentButtonsLayout")
        self.addPaymentButton = QPushButton(self.paymentBox)
        self.addPaymentButton.setObjectName(u"addPaymentButton")

        self.paymentButtonsLayout.addWidget(self.addPaymentButton)

        self.removePaymentButton = QPushButton(self.paymentBox)
        self.removePaymentButton.setObjectName(u"removePaymentButton")

        self.paymentButtonsLayout.addWidget(self.removePaymentButton)

        self.paymentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.paymentButtonsLayout.addItem(self.paymentSpacer)


        self.paymentBoxLayout.addLayout(self.paymentButtonsLayout)

        self.remainingLayout = QHBoxLayout()
        self.remainingLayout.setObjectName(u"remainingLayout")
        self.remainingLabel = QLabel(self.paymentBox)
        self.remainingLabel.setObjectName(u"remainingLabel")
        self.remainingLabel.setText(u"")
        self.remainingLabel.setStyleSheet(u"font-size: 15px; font-weight: 600;")

        self.remainingLayout.addWidget(self.remainingLabel)

        self.remainingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.remainingLayout.addItem(self.remainingSpacer)

        self.changeLabel = QLabel(self.paymentBox)
        self.changeLabel.setObjectName(u"changeLabel")
        self.changeLabel.setText(u"")
        self.changeLabel.setStyleSheet(u"font-size: 15px; color: #1565c0;")

        self.remainingLayout.addWidget(self.changeLabel)


        self.paymentBoxLayout.addLayout(self.remainingLayout)


        self.moneyLayout.addWidget(self.paymentBox)

        self.moneyLayout.setStretch(0, 2)
        self.moneyLayout.setStretch(1, 3)

        self.billLayout.addLayout(self.moneyLayout)

        self.actionsLayout = QGridLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actionsLayout.setHorizontalSpacing(6)
        self.actionsLayout.setVerticalSpacing(4)
        self.settleButton = QPushButton(CashierSettleTab)
        self.settleButton.setObjectName(u"settleButton")
        self.settleButton.setMinimumSize(QSize(150, 34))
        self.settleButton.setStyleSheet(u"font-weight: 600;")

        self.actionsLayout.addWidget(self.settleButton, 0, 0, 2, 1)

        self.approvalLabel = QLabel(CashierSettleTab)
        self.approvalLabel.setObjectName(u"approvalLabel")
        self.approvalLabel.setText(u"")
        self.approvalLabel.setWordWrap(True)
        self.approvalLabel.setStyleSheet(u"color: #e65100;")

        self.actionsLayout.addWidget(self.approvalLabel, 0, 1, 1, 1)

        self.errorLabel = QLabel(CashierSettleTab)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #c62828;")

        self.actionsLayout.addWidget(self.errorLabel, 1, 1, 1, 1)

        self.printCaption = QLabel(CashierSettleTab)
        self.printCaption.setObjectName(u"printCaption")

        self.actionsLayout.addWidget(self.printCaption, 0, 2, 1, 1)

        self.printSettlementButton = QPushButton(CashierSettleTab)
        self.printSettlementButton.setObjectName(u"printSettlementButton")

        self.actionsLayout.addWidget(self.printSettlementButton, 0, 3, 1, 1)

        self.printSettlementA5Button = QPushButton(CashierSettleTab)
        self.printSettlementA5Button.setObjectName(u"printSettlementA5Button")

        self.actionsLayout.addWidget(self.printSettlementA5Button, 0, 4, 1, 1)

        self.printReceiptButton = QPushButton(CashierSettleTab)
        self.printReceiptButton.setObjectName(u"printReceiptButton")

        self.actionsLayout.addWidget(self.printReceiptButton, 0, 5, 1, 1)

        self.printReleaseButton = QPushButton(CashierSettleTab)
        self.printReleaseButton.setObjectName(u"printReleaseButton")

        self.actionsLayout.addWidget(self.printReleaseButton, 1, 3, 1, 1)

        self.printGuaranteeButton = QPushButton(CashierSettleTab)
        self.printGuaranteeButton.setObjectName(u"printGuaranteeButton")

        self.actionsLayout.addWidget(self.printGuaranteeButton, 1, 4, 1, 1)

        self.printAllButton = QPushButton(CashierSettleTab)
        self.printAllButton.setObjectName(u"printAllButton")

        self.actionsLayout.addWidget(self.printAllButton, 1, 5, 1, 1)

        self.invoiceButton = QPushButton(CashierSettleTab)
        self.invoiceButton.setObjectName(u"invoiceButton")

        self.actionsLayout.addWidget(self.invoiceButton, 1, 2, 1, 1)

        self.actionsLayout.setColumnStretch(1, 1)

        self.billLayout.addLayout(self.actionsLayout)

        self.billLayout.setStretch(1, 1)

        self.settleLayout.addLayout(self.billLayout)

#if QT_CONFIG(shortcut)
        self.billDiscountCaption.setBuddy(self.billDiscountEdit)
        self.kindCaption.setBuddy(self.kindCombo)
        self.insurerCaption.setBuddy(self.insurerEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.readyView)
        QWidget.setTabOrder(self.readyView, self.linesTable)
        QWidget.setTabOrder(self.linesTable, self.billDiscountEdit)
        QWidget.setTabOrder(self.billDiscountEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.insurerEdit)
        QWidget.setTabOrder(self.insurerEdit, self.claimEdit)
        QWidget.setTabOrder(self.claimEdit, self.warrantyClaimEdit)
        QWidget.setTabOrder(self.warrantyClaimEdit, self.paymentsTable)
        QWidget.setTabOrder(self.paymentsTable, self.addPaymentButton)
        QWidget.setTabOrder(self.addPaymentButton, self.removePaymentButton)
        QWidget.setTabOrder(self.removePaymentButton, self.settleButton)

        self.retranslateUi(CashierSettleTab)

        QMetaObject.connectSlotsByName(CashierSettleTab)
    # setupUi

    def retranslateUi(self, CashierSettleTab):
        self.queueCaption.setText(QCoreApplication.translate("CashierSettleTab", u"\u5f85\u7ed3\u7b97\uff08\u8d28\u68c0\u5408\u683c\uff09", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("CashierSettleTab", u"\u8f66\u724c\u53f7\uff08\u4efb\u610f\u51e0\u4f4d\uff09/ \u5de5\u5355\u53f7 / \u5ba2\u6237\u59d3\u540d\u6216\u7535\u8bdd\uff0c\u56de\u8f66\u67e5\u627e", None))
        self.billDiscountCaption.setText(QCoreApplication.translate("CashierSettleTab", u"\u6574\u5355\u4f18\u60e0(&D)", None))
        self.billDiscountEdit.setPlaceholderText(QCoreApplication.translate("CashierSettleTab", u"0.00", None))
        self.kindCaption.setText(QCoreApplication.translate("CashierSettleTab", u"\u7ef4\u4fee\u7c7b\u522b(&K)", None))
        self.insurerCaption.setText(QCoreApplication.translate("CashierSettleTab", u"\u4fdd\u9669\u516c\u53f8(&I)", None))
        self.insurerEdit.setPlaceholderText(QCoreApplication.translate("CashierSettleTab", u"\u4fdd\u9669\u516c\u53f8\u627f\u62c5\u65f6\u5fc5\u586b", None))
        self.claimCaption.setText(QCoreApplication.translate("CashierSettleTab", u"\u62a5\u6848\u53f7", None))
        self.claimEdit.setPlaceholderText(QCoreApplication.translate("CashierSettleTab", u"\u62a5\u6848\u53f7 / \u7406\u8d54\u5355\u53f7", None))
        self.warrantyCaption.setText(QCoreApplication.translate("CashierSettleTab", u"\u7d22\u8d54\u5355\u53f7", None))
        self.warrantyClaimEdit.setPlaceholderText(QCoreApplication.translate("CashierSettleTab", u"\u5382\u5bb6\u7d22\u8d54\u5355\u53f7", None))
        self.totalsBox.setTitle(QCoreApplication.translate("CashierSettleTab", u"\u7ed3\u7b97\u91d1\u989d", None))
        self.paymentBox.setTitle(QCoreApplication.translate("CashierSettleTab", u"\u6536\u6b3e\uff08\u53ef\u591a\u79cd\u65b9\u5f0f\u7ec4\u5408\uff09", None))
        self.addPaymentButton.setText(QCoreApplication.translate("CashierSettleTab", u"\u6dfb\u52a0\u6536\u6b3e\u65b9\u5f0f", None))
#if QT_CONFIG(tooltip)
        self.addPaymentButton.setToolTip(QCoreApplication.translate("CashierSettleTab", u"Ctrl+N", None))
#endif // QT_CONFIG(tooltip)
        self.removePaymentButton.setText(QCoreApplication.translate("CashierSettleTab", u"\u5220\u9664\u6240\u9009", None))
#if QT_CONFIG(tooltip)
        self.removePaymentButton.setToolTip(QCoreApplication.translate("CashierSettleTab", u"Ctrl+Delete", None))
#endif // QT_CONFIG(tooltip)
        self.settleButton.setText(QCoreApplication.translate("CashierSettleTab", u"\u6536\u6b3e\u7ed3\u7b97 (F9)", None))
        self.printCaption.setText(QCoreApplication.translate("CashierSettleTab", u"\u6253\u5370\uff1a", None))
        self.printSettlementButton.setText(QCoreApplication.translate("CashierSettleTab", u"\u7ed3\u7b97\u5355 A4", None))
        self.printSettlementA5Button.setText(QCoreApplication.translate("CashierSettleTab", u"\u7ed3\u7b97\u5355 A5", None))
        self.printReceiptButton.setText(QCoreApplication.translate("CashierSettleTab", u"\u5c0f\u7968 80mm", None))
        self.printReleaseButton.setText(QCoreApplication.translate("CashierSettleTab", u"\u51fa\u5382\u901a\u77e5\u5355", None))
        self.printGuaranteeButton.setText(QCoreApplication.translate("CashierSettleTab", u"\u8d28\u91cf\u4fdd\u8bc1\u5361", None))
        self.printAllButton.setText(QCoreApplication.translate("CashierSettleTab", u"\u5168\u90e8\u6253\u5370 (Ctrl+P)", None))
        self.invoiceButton.setText(QCoreApplication.translate("CashierSettleTab", u"\u5f00\u7968\u2026 (F8)", None))
        pass
    # retranslateUi

