# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reception_loan_return.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_ReceptionLoanReturnDialog(object):
    def setupUi(self, ReceptionLoanReturnDialog):
        if not ReceptionLoanReturnDialog.objectName():
            ReceptionLoanReturnDialog.setObjectName(u"ReceptionLoanReturnDialog")
        ReceptionLoanReturnDialog.resize(520, 380)
        self.mainLayout = QVBoxLayout(ReceptionLoanReturnDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.loanLabel = QLabel(ReceptionLoanReturnDialog)
        self.loanLabel.setObjectName(u"loanLabel")
        self.loanLabel.setText(u"")
        self.loanLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.loanLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.mileageCaption = QLabel(ReceptionLoanReturnDialog)
        self.mileageCaption.setObjectName(u"mileageCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.mileageCaption)

        self.mileageSpin = QSpinBox(ReceptionLoanReturnDialog)
        self.mileageSpin.setObjectName(u"mileageSpin")
        self.mileageSpin.setMinimum(0)
        self.mileageSpin.setMaximum(2000000)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.mileageSpin)

        self.fuelCaption = QLabel(ReceptionLoanReturnDialog)
        self.fuelCaption.setObjectName(u"fuelCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fuelCaption)

        self.fuelSpin = QSpinBox(ReceptionLoanReturnDialog)
        self.fuelSpin.setObjectName(u"fuelSpin")
        self.fuelSpin.setMinimum(0)
        self.fuelSpin.setMaximum(8)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fuelSpin)

        self.damageCaption = QLabel(ReceptionLoanReturnDialog)
        self.damageCaption.setObjectName(u"damageCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.damageCaption)

        self.damageEdit = QLineEdit(ReceptionLoanReturnDialog)
        self.damageEdit.setObjectName(u"damageEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.damageEdit)

        self.keepCaption = QLabel(ReceptionLoanReturnDialog)
        self.keepCaption.setObjectName(u"keepCaption")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.keepCaption)

        self.keepEdit = QLineEdit(ReceptionLoanReturnDialog)
        self.keepEdit.setObjectName(u"keepEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.keepEdit)

        self.reasonCaption = QLabel(ReceptionLoanReturnDialog)
        self.reasonCaption.setObjectName(u"reasonCaption")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reasonCaption)

        self.reasonEdit = QLineEdit(ReceptionLoanReturnDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.mainLayout.addLayout(self.form)

        self.errorLabel = QLabel(ReceptionLoanReturnDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #c62828;")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ReceptionLoanReturnDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.mileageCaption.setBuddy(self.mileageSpin)
        self.fuelCaption.setBuddy(self.fuelSpin)
        self.damageCaption.setBuddy(self.damageEdit)
        self.keepCaption.setBuddy(self.keepEdit)
        self.reasonCaption.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReceptionLoanReturnDialog)

        QMetaObject.connectSlotsByName(ReceptionLoanReturnDialog)
    # setupUi

    def retranslateUi(self, ReceptionLoanReturnDialog):
        ReceptionLoanReturnDialog.setWindowTitle(QCoreApplication.translate("ReceptionLoanReturnDialog", u"\u5f52\u8fd8\u4ee3\u6b65\u8f66", None))
        self.mileageCaption.setText(QCoreApplication.translate("ReceptionLoanReturnDialog", u"\u8fd8\u8f66\u91cc\u7a0b(&M)", None))
        self.mileageSpin.setSuffix(QCoreApplication.translate("ReceptionLoanReturnDialog", u" km", None))
        self.fuelCaption.setText(QCoreApplication.translate("ReceptionLoanReturnDialog", u"\u8fd8\u8f66\u6cb9\u91cf\uff08\u516b\u5206\u4e4b\u51e0\uff09(&F)", None))
        self.fuelSpin.setSuffix(QCoreApplication.translate("ReceptionLoanReturnDialog", u"/8", None))
        self.damageCaption.setText(QCoreApplication.translate("ReceptionLoanReturnDialog", u"\u65b0\u589e\u635f\u4f24(&G)", None))
        self.damageEdit.setPlaceholderText(QCoreApplication.translate("ReceptionLoanReturnDialog", u"\u6ca1\u6709\u53ef\u4e0d\u586b", None))
        self.keepCaption.setText(QCoreApplication.translate("ReceptionLoanReturnDialog", u"\u6263\u7559\u62bc\u91d1(&K)", None))
        self.keepEdit.setPlaceholderText(QCoreApplication.translate("ReceptionLoanReturnDialog", u"0 \u4e3a\u5168\u989d\u9000\u8fd8", None))
        self.reasonCaption.setText(QCoreApplication.translate("ReceptionLoanReturnDialog", u"\u6263\u7559\u539f\u56e0(&R)", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("ReceptionLoanReturnDialog", u"\u6cb9\u91cf\u4e0d\u8db3\u3001\u65b0\u589e\u635f\u4f24\u3001\u903e\u671f\u7b49", None))
    # retranslateUi

