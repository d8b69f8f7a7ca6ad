# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reception_loaner_car.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_ReceptionLoanerCarDialog(object):
    def setupUi(self, ReceptionLoanerCarDialog):
        if not ReceptionLoanerCarDialog.objectName():
            ReceptionLoanerCarDialog.setObjectName(u"ReceptionLoanerCarDialog")
        ReceptionLoanerCarDialog.resize(440, 320)
        self.mainLayout = QVBoxLayout(ReceptionLoanerCarDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.plateCaption = QLabel(ReceptionLoanerCarDialog)
        self.plateCaption.setObjectName(u"plateCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.plateCaption)

        self.plateEdit = QLineEdit(ReceptionLoanerCarDialog)
        self.plateEdit.setObjectName(u"plateEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.plateEdit)

        self.modelCaption = QLabel(ReceptionLoanerCarDialog)
        self.modelCaption.setObjectName(u"modelCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.modelCaption)

        self.modelEdit = QLineEdit(ReceptionLoanerCarDialog)
        self.modelEdit.setObjectName(u"modelEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.modelEdit)

        self.colourCaption = QLabel(ReceptionLoanerCarDialog)
        self.colourCaption.setObjectName(u"colourCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.colourCaption)

        self.colourEdit = QLineEdit(ReceptionLoanerCarDialog)
        self.colourEdit.setObjectName(u"colourEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.colourEdit)

        self.mileageCaption = QLabel(ReceptionLoanerCarDialog)
        self.mileageCaption.setObjectName(u"mileageCaption")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.mileageCaption)

        self.mileageSpin = QSpinBox(ReceptionLoanerCarDialog)
        self.mileageSpin.setObjectName(u"mileageSpin")
        self.mileageSpin.setMaximum(2000000)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.mileageSpin)

        self.fuelCaption = QLabel(ReceptionLoanerCarDialog)
        self.fuelCaption.setObjectName(u"fuelCaption")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.fuelCaption)

        self.fuelSpin = QSpinBox(ReceptionLoanerCarDialog)
        self.fuelSpin.setObjectName(u"fuelSpin")
        self.fuelSpin.setMaximum(8)
        self.fuelSpin.setValue(8)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.fuelSpin)

        self.activeCheck = QCheckBox(ReceptionLoanerCarDialog)
        self.activeCheck.setObjectName(u"activeCheck")
        self.activeCheck.setChecked(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.activeCheck)


        self.mainLayout.addLayout(self.form)

        self.errorLabel = QLabel(ReceptionLoanerCarDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #c62828;")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ReceptionLoanerCarDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.plateCaption.setBuddy(self.plateEdit)
        self.modelCaption.setBuddy(self.modelEdit)
        self.colourCaption.setBuddy(self.colourEdit)
        self.mileageCaption.setBuddy(self.mileageSpin)
        self.fuelCaption.setBuddy(self.fuelSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReceptionLoanerCarDialog)

        QMetaObject.connectSlotsByName(ReceptionLoanerCarDialog)
    # setupUi

    def retranslateUi(self, ReceptionLoanerCarDialog):
        ReceptionLoanerCarDialog.setWindowTitle(QCoreApplication.translate("ReceptionLoanerCarDialog", u"\u4ee3\u6b65\u8f66", None))
        self.plateCaption.setText(QCoreApplication.translate("ReceptionLoanerCarDialog", u"\u8f66\u724c(&P)", None))
        self.modelCaption.setText(QCoreApplication.translate("ReceptionLoanerCarDialog", u"\u8f66\u578b(&M)", None))
        self.modelEdit.setPlaceholderText(QCoreApplication.translate("ReceptionLoanerCarDialog", u"\u4f8b\u5982\uff1a\u5927\u4f17 \u6717\u9038", None))
        self.colourCaption.setText(QCoreApplication.translate("ReceptionLoanerCarDialog", u"\u989c\u8272(&C)", None))
        self.mileageCaption.setText(QCoreApplication.translate("ReceptionLoanerCarDialog", u"\u5f53\u524d\u91cc\u7a0b(&K)", None))
        self.mileageSpin.setSuffix(QCoreApplication.translate("ReceptionLoanerCarDialog", u" km", None))
        self.fuelCaption.setText(QCoreApplication.translate("ReceptionLoanerCarDialog", u"\u5f53\u524d\u6cb9\u91cf\uff08\u516b\u5206\u4e4b\u51e0\uff09(&F)", None))
        self.fuelSpin.setSuffix(QCoreApplication.translate("ReceptionLoanerCarDialog", u"/8", None))
        self.activeCheck.setText(QCoreApplication.translate("ReceptionLoanerCarDialog", u"\u5728\u7528\uff08\u53d6\u6d88\u52fe\u9009\u5373\u505c\u7528\uff09(&A)", None))
    # retranslateUi

