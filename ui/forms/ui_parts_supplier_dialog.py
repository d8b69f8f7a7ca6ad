# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'parts_supplier_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_SupplierDialog(object):
    def setupUi(self, SupplierDialog):
        if not SupplierDialog.objectName():
            SupplierDialog.setObjectName(u"SupplierDialog")
        SupplierDialog.resize(440, 260)
        self.dialogLayout = QVBoxLayout(SupplierDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(SupplierDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(SupplierDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.contactLabel = QLabel(SupplierDialog)
        self.contactLabel.setObjectName(u"contactLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contactEdit = QLineEdit(SupplierDialog)
        self.contactEdit.setObjectName(u"contactEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.contactEdit)

        self.phoneLabel = QLabel(SupplierDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(SupplierDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.addressLabel = QLabel(SupplierDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(SupplierDialog)
        self.addressEdit.setObjectName(u"addressEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.flagsLayout = QHBoxLayout()
        self.flagsLayout.setObjectName(u"flagsLayout")
        self.manufacturerCheck = QCheckBox(SupplierDialog)
        self.manufacturerCheck.setObjectName(u"manufacturerCheck")

        self.flagsLayout.addWidget(self.manufacturerCheck)

        self.activeCheck = QCheckBox(SupplierDialog)
        self.activeCheck.setObjectName(u"activeCheck")
        self.activeCheck.setChecked(True)

        self.flagsLayout.addWidget(self.activeCheck)


        self.formLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.flagsLayout)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(SupplierDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setText(u"")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(SupplierDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.contactLabel.setBuddy(self.contactEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.addressLabel.setBuddy(self.addressEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.contactEdit)
        QWidget.setTabOrder(self.contactEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.manufacturerCheck)
        QWidget.setTabOrder(self.manufacturerCheck, self.activeCheck)

        self.retranslateUi(SupplierDialog)
        self.buttonBox.accepted.connect(SupplierDialog.accept)
        self.buttonBox.rejected.connect(SupplierDialog.reject)

        QMetaObject.connectSlotsByName(SupplierDialog)
    # setupUi

    def retranslateUi(self, SupplierDialog):
        SupplierDialog.setWindowTitle(QCoreApplication.translate("SupplierDialog", u"\u4f9b\u5e94\u5546", None))
        self.nameLabel.setText(QCoreApplication.translate("SupplierDialog", u"\u540d\u79f0\uff1a", None))
        self.contactLabel.setText(QCoreApplication.translate("SupplierDialog", u"\u8054\u7cfb\u4eba\uff1a", None))
        self.phoneLabel.setText(QCoreApplication.translate("SupplierDialog", u"\u7535\u8bdd\uff1a", None))
        self.addressLabel.setText(QCoreApplication.translate("SupplierDialog", u"\u5730\u5740\uff1a", None))
        self.manufacturerCheck.setText(QCoreApplication.translate("SupplierDialog", u"\u5382\u5bb6\u5907\u4ef6\u4e2d\u5fc3\uff08\u539f\u5382\u6e20\u9053\uff09", None))
        self.activeCheck.setText(QCoreApplication.translate("SupplierDialog", u"\u542f\u7528", None))
    # retranslateUi

