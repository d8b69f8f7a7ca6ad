# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cashier_card_sale.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_CashierCardSaleDialog(object):
    def setupUi(self, CashierCardSaleDialog):
        if not CashierCardSaleDialog.objectName():
            CashierCardSaleDialog.setObjectName(u"CashierCardSaleDialog")
        CashierCardSaleDialog.resize(440, 320)
        self.saleLayout = QVBoxLayout(CashierCardSaleDialog)
        self.saleLayout.setObjectName(u"saleLayout")
        self.customerLabel = QLabel(CashierCardSaleDialog)
        self.customerLabel.setObjectName(u"customerLabel")
        self.customerLabel.setText(u"")
        self.customerLabel.setWordWrap(True)

        self.saleLayout.addWidget(self.customerLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.kindCaption = QLabel(CashierCardSaleDialog)
        self.kindCaption.setObjectName(u"kindCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindCaption)

        self.kindCombo = QComboBox(CashierCardSaleDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.amountCaption = QLabel(CashierCardSaleDialog)
        self.amountCaption.setObjectName(u"amountCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.amountCaption)

        self.amountEdit = QLineEdit(CashierCardSaleDialog)
        self.amountEdit.setObjectName(u"amountEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.amountEdit)

        self.bonusCaption = QLabel(CashierCardSaleDialog)
        self.bonusCaption.setObjectName(u"bonusCaption")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.bonusCaption)

        self.bonusLabel = QLabel(CashierCardSaleDialog)
        self.bonusLabel.setObjectName(u"bonusLabel")
        self.bonusLabel.setText(u"")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.bonusLabel)

        self.methodCaption = QLabel(CashierCardSaleDialog)
        self.methodCaption.setObjectName(u"methodCaption")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.methodCaption)

        self.methodCombo = QComboBox(CashierCardSaleDialog)
        self.methodCombo.setObjectName(u"methodCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.methodCombo)

        self.tenderedCaption = QLabel(CashierCardSaleDialog)
        self.tenderedCaption.setObjectName(u"tenderedCaption")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.tenderedCaption)

        self.tenderedEdit = QLineEdit(CashierCardSaleDialog)
        self.tenderedEdit.setObjectName(u"tenderedEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.tenderedEdit)


        self.saleLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(CashierCardSaleDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #c62828;")

        self.saleLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CashierCardSaleDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.saleLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindCaption.setBuddy(self.kindCombo)
        self.amountCaption.setBuddy(self.amountEdit)
        self.methodCaption.setBuddy(self.methodCombo)
        self.tenderedCaption.setBuddy(self.tenderedEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CashierCardSaleDialog)

        QMetaObject.connectSlotsByName(CashierCardSaleDialog)
    # setupUi

    def retranslateUi(self, CashierCardSaleDialog):
        CashierCardSaleDialog.setWindowTitle(QCoreApplication.translate("CashierCardSaleDialog", u"\u8d2d\u5361 / \u5145\u503c", None))
        self.kindCaption.setText(QCoreApplication.translate("CashierCardSaleDialog", u"\u5361\u79cd(&T)", None))
        self.amountCaption.setText(QCoreApplication.translate("CashierCardSaleDialog", u"\u91d1\u989d(&A)", None))
        self.bonusCaption.setText(QCoreApplication.translate("CashierCardSaleDialog", u"\u8d60\u9001", None))
        self.methodCaption.setText(QCoreApplication.translate("CashierCardSaleDialog", u"\u6536\u6b3e\u65b9\u5f0f(&M)", None))
        self.tenderedCaption.setText(QCoreApplication.translate("CashierCardSaleDialog", u"\u73b0\u91d1\u5b9e\u6536(&C)", None))
        self.tenderedEdit.setPlaceholderText(QCoreApplication.translate("CashierCardSaleDialog", u"\u53ef\u4e0d\u586b\uff1b\u586b\u4e86\u7b97\u627e\u96f6", None))
    # retranslateUi

