# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cashier_red_letter.ui'
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
    QGroupBox, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_CashierRedLetterDialog(object):
    def setupUi(self, CashierRedLetterDialog):
        if not CashierRedLetterDialog.objectName():
            CashierRedLetterDialog.setObjectName(u"CashierRedLetterDialog")
        CashierRedLetterDialog.resize(460, 300)
        self.redLetterLayout = QVBoxLayout(CashierRedLetterDialog)
        self.redLetterLayout.setObjectName(u"redLetterLayout")
        self.invoiceLabel = QLabel(CashierRedLetterDialog)
        self.invoiceLabel.setObjectName(u"invoiceLabel")
        self.invoiceLabel.setText(u"")
        self.invoiceLabel.setWordWrap(True)

        self.redLetterLayout.addWidget(self.invoiceLabel)

        self.reasonCaption = QLabel(CashierRedLetterDialog)
        self.reasonCaption.setObjectName(u"reasonCaption")

        self.redLetterLayout.addWidget(self.reasonCaption)

        self.reasonEdit = QLineEdit(CashierRedLetterDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.redLetterLayout.addWidget(self.reasonEdit)

        self.supervisorBox = QGroupBox(CashierRedLetterDialog)
        self.supervisorBox.setObjectName(u"supervisorBox")
        self.supervisorBoxLayout = QVBoxLayout(self.supervisorBox)
        self.supervisorBoxLayout.setObjectName(u"supervisorBoxLayout")
        self.usernameCaption = QLabel(self.supervisorBox)
        self.usernameCaption.setObjectName(u"usernameCaption")

        self.supervisorBoxLayout.addWidget(self.usernameCaption)

        self.usernameEdit = QLineEdit(self.supervisorBox)
        self.usernameEdit.setObjectName(u"usernameEdit")

        self.supervisorBoxLayout.addWidget(self.usernameEdit)

        self.passwordCaption = QLabel(self.supervisorBox)
        self.passwordCaption.setObjectName(u"passwordCaption")

        self.supervisorBoxLayout.addWidget(self.passwordCaption)

        self.passwordEdit = QLineEdit(self.supervisorBox)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.supervisorBoxLayout.addWidget(self.passwordEdit)


        self.redLetterLayout.addWidget(self.supervisorBox)

        self.errorLabel = QLabel(CashierRedLetterDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #c62828;")

        self.redLetterLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CashierRedLetterDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.redLetterLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonCaption.setBuddy(self.reasonEdit)
        self.usernameCaption.setBuddy(self.usernameEdit)
        self.passwordCaption.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CashierRedLetterDialog)

        QMetaObject.connectSlotsByName(CashierRedLetterDialog)
    # setupUi

    def retranslateUi(self, CashierRedLetterDialog):
        CashierRedLetterDialog.setWindowTitle(QCoreApplication.translate("CashierRedLetterDialog", u"\u53d1\u7968\u7ea2\u51b2", None))
        self.reasonCaption.setText(QCoreApplication.translate("CashierRedLetterDialog", u"\u7ea2\u51b2\u539f\u56e0(&R)", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("CashierRedLetterDialog", u"\u4f8b\u5982\uff1a\u62ac\u5934\u5f00\u9519\uff0c\u4f5c\u5e9f\u91cd\u5f00", None))
        self.supervisorBox.setTitle(QCoreApplication.translate("CashierRedLetterDialog", u"\u670d\u52a1\u7ecf\u7406\u6388\u6743", None))
        self.usernameCaption.setText(QCoreApplication.translate("CashierRedLetterDialog", u"\u8d26\u53f7(&U)", None))
        self.passwordCaption.setText(QCoreApplication.translate("CashierRedLetterDialog", u"\u5bc6\u7801(&P)", None))
    # retranslateUi

