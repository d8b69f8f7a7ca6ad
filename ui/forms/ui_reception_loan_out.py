# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reception_loan_out.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateTimeEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_ReceptionLoanOutDialog(object):
    def setupUi(self, ReceptionLoanOutDialog):
        if not ReceptionLoanOutDialog.objectName():
            ReceptionLoanOutDialog.setObjectName(u"ReceptionLoanOutDialog")
        ReceptionLoanOutDialog.resize(520, 420)
        self.mainLayout = QVBoxLayout(ReceptionLoanOutDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.carLabel = QLabel(ReceptionLoanOutDialog)
        self.carLabel.setObjectName(u"carLabel")
        self.carLabel.setText(u"")
        self.carLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.carLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.orderCaption = QLabel(ReceptionLoanOutDialog)
        self.orderCaption.setObjectName(u"orderCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.orderCaption)

        self.orderEdit = QLineEdit(ReceptionLoanOutDialog)
        self.orderEdit.setObjectName(u"orderEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.orderEdit)

        self.carCaption = QLabel(ReceptionLoanOutDialog)
        self.carCaption.setObjectName(u"carCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.carCaption)

        self.carCombo = QComboBox(ReceptionLoanOutDialog)
        self.carCombo.setObjectName(u"carCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.carCombo)

        self.dueCaption = QLabel(ReceptionLoanOutDialog)
        self.dueCaption.setObjectName(u"dueCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dueCaption)

        self.dueEdit = QDateTimeEdit(ReceptionLoanOutDialog)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setDisplayFormat(u"yyyy-MM-dd HH:mm")
        self.dueEdit.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dueEdit)

        self.mileageCaption = QLabel(ReceptionLoanOutDialog)
        self.mileageCaption.setObjectName(u"mileageCaption")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.mileageCaption)

        self.mileageSpin = QSpinBox(ReceptionLoanOutDialog)
        self.mileageSpin.setObjectName(u"mileageSpin")
        self.mileageSpin.setMinimum(0)
        self.mileageSpin.setMaximum(2000000)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.mileageSpin)

        self.fuelCaption = QLabel(ReceptionLoanOutDialog)
        self.fuelCaption.setObjectName(u"fuelCaption")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.fuelCaption)

        self.fuelSpin = QSpinBox(ReceptionLoanOutDialog)
        self.fuelSpin.setObjectName(u"fuelSpin")
        self.fuelSpin.setMinimum(0)
        self.fuelSpin.setMaximum(8)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.fuelSpin)

        self.damageCaption = QLabel(ReceptionLoanOutDialog)
        self.damageCaption.setObjectName(u"damageCaption")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.damageCaption)

        self.damageEdit = QLineEdit(ReceptionLoanOutDialog)
        self.damageEdit.setObjectName(u"damageEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.damageEdit)

        self.depositCaption = QLabel(ReceptionLoanOutDialog)
        self.depositCaption.setObjectName(u"depositCaption")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.depositCaption)

        self.depositEdit = QLineEdit(ReceptionLoanOutDialog)
        self.depositEdit.setObjectName(u"depositEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.depositEdit)

        self.methodCaption = QLabel(ReceptionLoanOutDialog)
        self.methodCaption.setObjectName(u"methodCaption")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.methodCaption)

        self.methodCombo = QComboBox(ReceptionLoanOutDialog)
        self.methodCombo.setObjectName(u"methodCombo")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.methodCombo)


        self.mainLayout.addLayout(self.form)

        self.errorLabel = QLabel(ReceptionLoanOutDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #c62828;")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ReceptionLoanOutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.orderCaption.setBuddy(self.orderEdit)
        self.carCaption.setBuddy(self.carCombo)
        self.dueCaption.setBuddy(self.dueEdit)
        self.mileageCaption.setBuddy(self.mileageSpin)
        self.fuelCaption.setBuddy(self.fuelSpin)
        self.damageCaption.setBuddy(self.damageEdit)
        self.depositCaption.setBuddy(self.depositEdit)
        self.methodCaption.setBuddy(self.methodCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReceptionLoanOutDialog)

        QMetaObject.connectSlotsByName(ReceptionLoanOutDialog)
    # setupUi

    def retranslateUi(self, ReceptionLoanOutDialog):
        ReceptionLoanOutDialog.setWindowTitle(QCoreApplication.translate("ReceptionLoanOutDialog", u"\u501f\u51fa\u4ee3\u6b65\u8f66", None))
        self.orderCaption.setText(QCoreApplication.translate("ReceptionLoanOutDialog", u"\u5de5\u5355\u53f7\u6216\u8f66\u724c(&O)", None))
        self.orderEdit.setPlaceholderText(QCoreApplication.translate("ReceptionLoanOutDialog", u"\u9001\u4fee\u8f66\u8f86\u7684\u5de5\u5355\u53f7\u6216\u8f66\u724c", None))
        self.carCaption.setText(QCoreApplication.translate("ReceptionLoanOutDialog", u"\u4ee3\u6b65\u8f66(&C)", None))
        self.dueCaption.setText(QCoreApplication.translate("ReceptionLoanOutDialog", u"\u7ea6\u5b9a\u5f52\u8fd8(&D)", None))
        self.mileageCaption.setText(QCoreApplication.translate("ReceptionLoanOutDialog", u"\u51fa\u8f66\u91cc\u7a0b(&M)", None))
        self.mileageSpin.setSuffix(QCoreApplication.translate("ReceptionLoanOutDialog", u" km", None))
        self.fuelCaption.setText(QCoreApplication.translate("ReceptionLoanOutDialog", u"\u51fa\u8f66\u6cb9\u91cf\uff08\u516b\u5206\u4e4b\u51e0\uff09(&F)", None))
        self.fuelSpin.setSuffix(QCoreApplication.translate("ReceptionLoanOutDialog", u"/8", None))
        self.damageCaption.setText(QCoreApplication.translate("ReceptionLoanOutDialog", u"\u5df2\u6709\u635f\u4f24(&G)", None))
        self.damageEdit.setPlaceholderText(QCoreApplication.translate("ReceptionLoanOutDialog", u"\u8f66\u8eab\u5212\u75d5\u3001\u51f9\u9677\u7b49\uff0c\u6ca1\u6709\u53ef\u4e0d\u586b", None))
        self.depositCaption.setText(QCoreApplication.translate("ReceptionLoanOutDialog", u"\u62bc\u91d1(&Y)", None))
        self.methodCaption.setText(QCoreApplication.translate("ReceptionLoanOutDialog", u"\u62bc\u91d1\u6536\u6b3e\u65b9\u5f0f(&T)", None))
    # retranslateUi

