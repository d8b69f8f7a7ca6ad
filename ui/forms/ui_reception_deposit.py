# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reception_deposit.ui'
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
    QDialogButtonBox, QGridLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ReceptionDeposit(object):
    def setupUi(self, ReceptionDeposit):
        if not ReceptionDeposit.objectName():
            ReceptionDeposit.setObjectName(u"ReceptionDeposit")
        ReceptionDeposit.resize(420, 240)
        self.dialogLayout = QVBoxLayout(ReceptionDeposit)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.infoLabel = QLabel(ReceptionDeposit)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.infoLabel)

        self.depositLayout = QGridLayout()
        self.depositLayout.setObjectName(u"depositLayout")
        self.amountEditLabel = QLabel(ReceptionDeposit)
        self.amountEditLabel.setObjectName(u"amountEditLabel")

        self.depositLayout.addWidget(self.amountEditLabel, 0, 0, 1, 1)

        self.amountEdit = QLineEdit(ReceptionDeposit)
        self.amountEdit.setObjectName(u"amountEdit")

        self.depositLayout.addWidget(self.amountEdit, 0, 1, 1, 1)

        self.methodComboLabel = QLabel(ReceptionDeposit)
        self.methodComboLabel.setObjectName(u"methodComboLabel")

        self.depositLayout.addWidget(self.methodComboLabel, 1, 0, 1, 1)

        self.methodCombo = QComboBox(ReceptionDeposit)
        self.methodCombo.setObjectName(u"methodCombo")

        self.depositLayout.addWidget(self.methodCombo, 1, 1, 1, 1)

        self.referenceEditLabel = QLabel(ReceptionDeposit)
        self.referenceEditLabel.setObjectName(u"referenceEditLabel")

        self.depositLayout.addWidget(self.referenceEditLabel, 2, 0, 1, 1)

        self.referenceEdit = QLineEdit(ReceptionDeposit)
        self.referenceEdit.setObjectName(u"referenceEdit")

        self.depositLayout.addWidget(self.referenceEdit, 2, 1, 1, 1)


        self.dialogLayout.addLayout(self.depositLayout)

        self.errorLabel = QLabel(ReceptionDeposit)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ReceptionDeposit)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.amountEditLabel.setBuddy(self.amountEdit)
        self.methodComboLabel.setBuddy(self.methodCombo)
        self.referenceEditLabel.setBuddy(self.referenceEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReceptionDeposit)

        QMetaObject.connectSlotsByName(ReceptionDeposit)
    # setupUi

    def retranslateUi(self, ReceptionDeposit):
        ReceptionDeposit.setWindowTitle(QCoreApplication.translate("ReceptionDeposit", u"\u9884\u7ea6\u5b9a\u91d1", None))
        self.infoLabel.setText("")
        self.amountEditLabel.setText(QCoreApplication.translate("ReceptionDeposit", u"\u5b9a\u91d1\u91d1\u989d(&M)\uff1a", None))
        self.methodComboLabel.setText(QCoreApplication.translate("ReceptionDeposit", u"\u4ed8\u6b3e\u65b9\u5f0f(&P)\uff1a", None))
        self.referenceEditLabel.setText(QCoreApplication.translate("ReceptionDeposit", u"\u51ed\u8bc1\u53f7(&R)\uff1a", None))
        self.errorLabel.setText("")
    # retranslateUi

