# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cashier_invoice.ui'
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
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_CashierInvoiceDialog(object):
    def setupUi(self, CashierInvoiceDialog):
        if not CashierInvoiceDialog.objectName():
            CashierInvoiceDialog.setObjectName(u"CashierInvoiceDialog")
        CashierInvoiceDialog.resize(640, 520)
        self.invoiceLayout = QVBoxLayout(CashierInvoiceDialog)
        self.invoiceLayout.setObjectName(u"invoiceLayout")
        self.settlementLabel = QLabel(CashierInvoiceDialog)
        self.settlementLabel.setObjectName(u"settlementLabel")
        self.settlementLabel.setText(u"")
        self.settlementLabel.setWordWrap(True)

        self.invoiceLayout.addWidget(self.settlementLabel)

        self.invoicesTable = QTableWidget(CashierInvoiceDialog)
        self.invoicesTable.setObjectName(u"invoicesTable")
        self.invoicesTable.setMaximumSize(QSize(16777215, 120))
        self.invoicesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.invoicesTable.setAlternatingRowColors(True)
        self.invoicesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.invoicesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.invoiceLayout.addWidget(self.invoicesTable)

        self.redLayout = QHBoxLayout()
        self.redLayout.setObjectName(u"redLayout")
        self.redSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.redLayout.addItem(self.redSpacer)

        self.redLetterButton = QPushButton(CashierInvoiceDialog)
        self.redLetterButton.setObjectName(u"redLetterButton")
        self.redLetterButton.setAutoDefault(False)

        self.redLayout.addWidget(self.redLetterButton)


        self.invoiceLayout.addLayout(self.redLayout)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.kindCaption = QLabel(CashierInvoiceDialog)
        self.kindCaption.setObjectName(u"kindCaption")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindCaption)

        self.kindCombo = QComboBox(CashierInvoiceDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.codeCaption = QLabel(CashierInvoiceDialog)
        self.codeCaption.setObjectName(u"codeCaption")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.codeCaption)

        self.codeEdit = QLineEdit(CashierInvoiceDialog)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(16)

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.numberCaption = QLabel(CashierInvoiceDialog)
        self.numberCaption.setObjectName(u"numberCaption")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.numberCaption)

        self.numberEdit = QLineEdit(CashierInvoiceDialog)
        self.numberEdit.setObjectName(u"numberEdit")
        self.numberEdit.setMaxLength(24)

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.titleCaption = QLabel(CashierInvoiceDialog)
        self.titleCaption.setObjectName(u"titleCaption")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.titleCaption)

        self.titleEdit = QLineEdit(CashierInvoiceDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(100)

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.taxCaption = QLabel(CashierInvoiceDialog)
        self.taxCaption.setObjectName(u"taxCaption")

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.taxCaption)

        self.taxEdit = QLineEdit(CashierInvoiceDialog)
        self.taxEdit.setObjectName(u"taxEdit")
        self.taxEdit.setMaxLength(24)

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.taxEdit)

        self.amountCaption = QLabel(CashierInvoiceDialog)
        self.amountCaption.setObjectName(u"amountCaption")

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.amountCaption)

        self.amountEdit = QLineEdit(CashierInvoiceDialog)
        self.amountEdit.setObjectName(u"amountEdit")
        self.amountEdit.setMaxLength(16)

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.amountEdit)

        self.dateCaption = QLabel(CashierInvoiceDialog)
        self.dateCaption.setObjectName(u"dateCaption")

        self.fieldsLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.dateCaption)

        self.dateEdit = QDateEdit(CashierInvoiceDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.fieldsLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.dateEdit)


        self.invoiceLayout.addLayout(self.fieldsLayout)

        self.errorLabel = QLabel(CashierInvoiceDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #c62828;")

        self.invoiceLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CashierInvoiceDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.invoiceLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindCaption.setBuddy(self.kindCombo)
        self.codeCaption.setBuddy(self.codeEdit)
        self.numberCaption.setBuddy(self.numberEdit)
        self.titleCaption.setBuddy(self.titleEdit)
        self.taxCaption.setBuddy(self.taxEdit)
        self.amountCaption.setBuddy(self.amountEdit)
        self.dateCaption.setBuddy(self.dateEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.codeEdit)
        QWidget.setTabOrder(self.codeEdit, self.numberEdit)
        QWidget.setTabOrder(self.numberEdit, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.taxEdit)
        QWidget.setTabOrder(self.taxEdit, self.amountEdit)
        QWidget.setTabOrder(self.amountEdit, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.invoicesTable)
        QWidget.setTabOrder(self.invoicesTable, self.redLetterButton)

        self.retranslateUi(CashierInvoiceDialog)

        QMetaObject.connectSlotsByName(CashierInvoiceDialog)
    # setupUi

    def retranslateUi(self, CashierInvoiceDialog):
        CashierInvoiceDialog.setWindowTitle(QCoreApplication.translate("CashierInvoiceDialog", u"\u5f00\u7968\u767b\u8bb0", None))
        self.redLetterButton.setText(QCoreApplication.translate("CashierInvoiceDialog", u"\u7ea2\u51b2\u6240\u9009\u53d1\u7968\u2026(&H)", None))
        self.kindCaption.setText(QCoreApplication.translate("CashierInvoiceDialog", u"\u53d1\u7968\u79cd\u7c7b(&K)", None))
        self.codeCaption.setText(QCoreApplication.translate("CashierInvoiceDialog", u"\u53d1\u7968\u4ee3\u7801(&C)", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("CashierInvoiceDialog", u"\u7eb8\u8d28\u53d1\u7968\uff1a\u4e13\u7968 10 \u4f4d\uff0c\u666e\u7968 10 \u6216 12 \u4f4d", None))
        self.numberCaption.setText(QCoreApplication.translate("CashierInvoiceDialog", u"\u53d1\u7968\u53f7\u7801(&N)", None))
        self.numberEdit.setPlaceholderText(QCoreApplication.translate("CashierInvoiceDialog", u"\u7eb8\u8d28\u53d1\u7968 8 \u4f4d\uff1b\u6570\u7535\u53d1\u7968 20 \u4f4d", None))
        self.titleCaption.setText(QCoreApplication.translate("CashierInvoiceDialog", u"\u8d2d\u4e70\u65b9\u540d\u79f0(&T)", None))
        self.taxCaption.setText(QCoreApplication.translate("CashierInvoiceDialog", u"\u7eb3\u7a0e\u4eba\u8bc6\u522b\u53f7(&X)", None))
        self.taxEdit.setPlaceholderText(QCoreApplication.translate("CashierInvoiceDialog", u"18 \u4f4d\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801\uff1b\u4e2a\u4eba\u53ef\u4e0d\u586b", None))
        self.amountCaption.setText(QCoreApplication.translate("CashierInvoiceDialog", u"\u5f00\u7968\u91d1\u989d(&A)", None))
        self.dateCaption.setText(QCoreApplication.translate("CashierInvoiceDialog", u"\u5f00\u7968\u65e5\u671f(&D)", None))
    # retranslateUi

