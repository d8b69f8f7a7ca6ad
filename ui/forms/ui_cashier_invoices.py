# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cashier_invoices.ui'
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
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_CashierInvoicesTab(object):
    def setupUi(self, CashierInvoicesTab):
        if not CashierInvoicesTab.objectName():
            CashierInvoicesTab.setObjectName(u"CashierInvoicesTab")
        CashierInvoicesTab.resize(1000, 600)
        self.invoicesLayout = QVBoxLayout(CashierInvoicesTab)
        self.invoicesLayout.setObjectName(u"invoicesLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.fromCaption = QLabel(CashierInvoicesTab)
        self.fromCaption.setObjectName(u"fromCaption")

        self.filterLayout.addWidget(self.fromCaption)

        self.fromEdit = QDateEdit(CashierInvoicesTab)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)
        self.fromEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.filterLayout.addWidget(self.fromEdit)

        self.toCaption = QLabel(CashierInvoicesTab)
        self.toCaption.setObjectName(u"toCaption")

        self.filterLayout.addWidget(self.toCaption)

        self.toEdit = QDateEdit(CashierInvoicesTab)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)
        self.toEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.filterLayout.addWidget(self.toEdit)

        self.kindCaption = QLabel(CashierInvoicesTab)
        self.kindCaption.setObjectName(u"kindCaption")

        self.filterLayout.addWidget(self.kindCaption)

        self.kindCombo = QComboBox(CashierInvoicesTab)
        self.kindCombo.setObjectName(u"kindCombo")

        self.filterLayout.addWidget(self.kindCombo)

        self.statusCaption = QLabel(CashierInvoicesTab)
        self.statusCaption.setObjectName(u"statusCaption")

        self.filterLayout.addWidget(self.statusCaption)

        self.statusCombo = QComboBox(CashierInvoicesTab)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterLayout.addWidget(self.statusCombo)

        self.queryButton = QPushButton(CashierInvoicesTab)
        self.queryButton.setObjectName(u"queryButton")

        self.filterLayout.addWidget(self.queryButton)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.invoicesLayout.addLayout(self.filterLayout)

        self.invoicesView = QTableView(CashierInvoicesTab)
        self.invoicesView.setObjectName(u"invoicesView")
        self.invoicesView.setAlternatingRowColors(True)
        self.invoicesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.invoicesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.invoicesLayout.addWidget(self.invoicesView)

        self.invoicesActions = QHBoxLayout()
        self.invoicesActions.setObjectName(u"invoicesActions")
        self.totalsLabel = QLabel(CashierInvoicesTab)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setText(u"")

        self.invoicesActions.addWidget(self.totalsLabel)

        self.invoicesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.invoicesActions.addItem(self.invoicesSpacer)

        self.redLetterButton = QPushButton(CashierInvoicesTab)
        self.redLetterButton.setObjectName(u"redLetterButton")

        self.invoicesActions.addWidget(self.redLetterButton)

        self.exportButton = QPushButton(CashierInvoicesTab)
        self.exportButton.setObjectName(u"exportButton")

        self.invoicesActions.addWidget(self.exportButton)


        self.invoicesLayout.addLayout(self.invoicesActions)

#if QT_CONFIG(shortcut)
        self.fromCaption.setBuddy(self.fromEdit)
        self.toCaption.setBuddy(self.toEdit)
        self.kindCaption.setBuddy(self.kindCombo)
        self.statusCaption.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.queryButton)
        QWidget.setTabOrder(self.queryButton, self.invoicesView)
        QWidget.setTabOrder(self.invoicesView, self.redLetterButton)
        QWidget.setTabOrder(self.redLetterButton, self.exportButton)

        self.retranslateUi(CashierInvoicesTab)

        QMetaObject.connectSlotsByName(CashierInvoicesTab)
    # setupUi

    def retranslateUi(self, CashierInvoicesTab):
        self.fromCaption.setText(QCoreApplication.translate("CashierInvoicesTab", u"\u5f00\u7968\u65e5\u671f(&D)", None))
        self.toCaption.setText(QCoreApplication.translate("CashierInvoicesTab", u"\u81f3", None))
        self.kindCaption.setText(QCoreApplication.translate("CashierInvoicesTab", u"\u79cd\u7c7b(&K)", None))
        self.statusCaption.setText(QCoreApplication.translate("CashierInvoicesTab", u"\u72b6\u6001(&S)", None))
        self.queryButton.setText(QCoreApplication.translate("CashierInvoicesTab", u"\u67e5\u8be2 (F5)", None))
        self.redLetterButton.setText(QCoreApplication.translate("CashierInvoicesTab", u"\u7ea2\u51b2\u2026 (Ctrl+R)", None))
        self.exportButton.setText(QCoreApplication.translate("CashierInvoicesTab", u"\u5bfc\u51fa Excel\u2026 (Ctrl+E)", None))
        pass
    # retranslateUi

