# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reception_new_customer.ui'
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
    QGridLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ReceptionNewCustomer(object):
    def setupUi(self, ReceptionNewCustomer):
        if not ReceptionNewCustomer.objectName():
            ReceptionNewCustomer.setObjectName(u"ReceptionNewCustomer")
        ReceptionNewCustomer.resize(520, 420)
        self.dialogLayout = QVBoxLayout(ReceptionNewCustomer)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QGridLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameEditLabel = QLabel(ReceptionNewCustomer)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.formLayout.addWidget(self.nameEditLabel, 0, 0, 1, 1)

        self.nameEdit = QLineEdit(ReceptionNewCustomer)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.addWidget(self.nameEdit, 0, 1, 1, 1)

        self.nameEditHint = QLabel(ReceptionNewCustomer)
        self.nameEditHint.setObjectName(u"nameEditHint")
        self.nameEditHint.setWordWrap(True)

        self.formLayout.addWidget(self.nameEditHint, 1, 1, 1, 1)

        self.phoneEditLabel = QLabel(ReceptionNewCustomer)
        self.phoneEditLabel.setObjectName(u"phoneEditLabel")

        self.formLayout.addWidget(self.phoneEditLabel, 2, 0, 1, 1)

        self.phoneEdit = QLineEdit(ReceptionNewCustomer)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.formLayout.addWidget(self.phoneEdit, 2, 1, 1, 1)

        self.phoneEditHint = QLabel(ReceptionNewCustomer)
        self.phoneEditHint.setObjectName(u"phoneEditHint")
        self.phoneEditHint.setWordWrap(True)

        self.formLayout.addWidget(self.phoneEditHint, 3, 1, 1, 1)

        self.plateEditLabel = QLabel(ReceptionNewCustomer)
        self.plateEditLabel.setObjectName(u"plateEditLabel")

        self.formLayout.addWidget(self.plateEditLabel, 4, 0, 1, 1)

        self.plateEdit = QLineEdit(ReceptionNewCustomer)
        self.plateEdit.setObjectName(u"plateEdit")

        self.formLayout.addWidget(self.plateEdit, 4, 1, 1, 1)

        self.plateEditHint = QLabel(ReceptionNewCustomer)
        self.plateEditHint.setObjectName(u"plateEditHint")
        self.plateEditHint.setWordWrap(True)

        self.formLayout.addWidget(self.plateEditHint, 5, 1, 1, 1)

        self.vinEditLabel = QLabel(ReceptionNewCustomer)
        self.vinEditLabel.setObjectName(u"vinEditLabel")

        self.formLayout.addWidget(self.vinEditLabel, 6, 0, 1, 1)

        self.vinEdit = QLineEdit(ReceptionNewCustomer)
        self.vinEdit.setObjectName(u"vinEdit")

        self.formLayout.addWidget(self.vinEdit, 6, 1, 1, 1)

        self.vinEditHint = QLabel(ReceptionNewCustomer)
        self.vinEditHint.setObjectName(u"vinEditHint")
        self.vinEditHint.setWordWrap(True)

        self.formLayout.addWidget(self.vinEditHint, 7, 1, 1, 1)

        self.modelEditLabel = QLabel(ReceptionNewCustomer)
        self.modelEditLabel.setObjectName(u"modelEditLabel")

        self.formLayout.addWidget(self.modelEditLabel, 8, 0, 1, 1)

        self.modelEdit = QLineEdit(ReceptionNewCustomer)
        self.modelEdit.setObjectName(u"modelEdit")

        self.formLayout.addWidget(self.modelEdit, 8, 1, 1, 1)

        self.modelEditHint = QLabel(ReceptionNewCustomer)
        self.modelEditHint.setObjectName(u"modelEditHint")
        self.modelEditHint.setWordWrap(True)

        self.formLayout.addWidget(self.modelEditHint, 9, 1, 1, 1)

        self.colourEditLabel = QLabel(ReceptionNewCustomer)
        self.colourEditLabel.setObjectName(u"colourEditLabel")

        self.formLayout.addWidget(self.colourEditLabel, 10, 0, 1, 1)

        self.colourEdit = QLineEdit(ReceptionNewCustomer)
        self.colourEdit.setObjectName(u"colourEdit")

        self.formLayout.addWidget(self.colourEdit, 10, 1, 1, 1)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ReceptionNewCustomer)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ReceptionNewCustomer)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.phoneEditLabel.setBuddy(self.phoneEdit)
        self.plateEditLabel.setBuddy(self.plateEdit)
        self.vinEditLabel.setBuddy(self.vinEdit)
        self.modelEditLabel.setBuddy(self.modelEdit)
        self.colourEditLabel.setBuddy(self.colourEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReceptionNewCustomer)

        QMetaObject.connectSlotsByName(ReceptionNewCustomer)
    # setupUi

    def retranslateUi(self, ReceptionNewCustomer):
        ReceptionNewCustomer.setWindowTitle(QCoreApplication.translate("ReceptionNewCustomer", u"\u65b0\u5efa\u5ba2\u6237\u548c\u8f66\u8f86\u6863\u6848", None))
        self.nameEditLabel.setText(QCoreApplication.translate("ReceptionNewCustomer", u"\u5ba2\u6237\u59d3\u540d(&N)\uff1a", None))
        self.nameEditHint.setText("")
        self.phoneEditLabel.setText(QCoreApplication.translate("ReceptionNewCustomer", u"\u624b\u673a / \u7535\u8bdd(&T)\uff1a", None))
        self.phoneEditHint.setText("")
        self.plateEditLabel.setText(QCoreApplication.translate("ReceptionNewCustomer", u"\u8f66\u724c\u53f7(&P)\uff1a", None))
        self.plateEditHint.setText("")
        self.vinEditLabel.setText(QCoreApplication.translate("ReceptionNewCustomer", u"\u8f66\u67b6\u53f7 VIN(&V)\uff1a", None))
        self.vinEditHint.setText("")
        self.modelEditLabel.setText(QCoreApplication.translate("ReceptionNewCustomer", u"\u8f66\u578b(&M)\uff1a", None))
        self.modelEditHint.setText("")
        self.colourEditLabel.setText(QCoreApplication.translate("ReceptionNewCustomer", u"\u989c\u8272(&C)\uff1a", None))
        self.errorLabel.setText("")
    # retranslateUi

