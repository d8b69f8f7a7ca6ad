# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cashier_supervisor.ui'
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

class Ui_CashierSupervisorDialog(object):
    def setupUi(self, CashierSupervisorDialog):
        if not CashierSupervisorDialog.objectName():
            CashierSupervisorDialog.setObjectName(u"CashierSupervisorDialog")
        CashierSupervisorDialog.resize(420, 220)
        self.supervisorLayout = QVBoxLayout(CashierSupervisorDialog)
        self.supervisorLayout.setObjectName(u"supervisorLayout")
        self.reasonsLabel = QLabel(CashierSupervisorDialog)
        self.reasonsLabel.setObjectName(u"reasonsLabel")
        self.reasonsLabel.setText(u"")
        self.reasonsLabel.setWordWrap(True)

        self.supervisorLayout.addWidget(self.reasonsLabel)

        self.formLayout = QGridLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.usernameCaption = QLabel(CashierSupervisorDialog)
        self.usernameCaption.setObjectName(u"usernameCaption")

        self.formLayout.addWidget(self.usernameCaption, 0, 0, 1, 1)

        self.usernameEdit = QLineEdit(CashierSupervisorDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")

        self.formLayout.addWidget(self.usernameEdit, 0, 1, 1, 1)

        self.passwordCaption = QLabel(CashierSupervisorDialog)
        self.passwordCaption.setObjectName(u"passwordCaption")

        self.formLayout.addWidget(self.passwordCaption, 1, 0, 1, 1)

        self.passwordEdit = QLineEdit(CashierSupervisorDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.addWidget(self.passwordEdit, 1, 1, 1, 1)


        self.supervisorLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(CashierSupervisorDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #c62828;")

        self.supervisorLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CashierSupervisorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.supervisorLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.usernameCaption.setBuddy(self.usernameEdit)
        self.passwordCaption.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CashierSupervisorDialog)

        QMetaObject.connectSlotsByName(CashierSupervisorDialog)
    # setupUi

    def retranslateUi(self, CashierSupervisorDialog):
        CashierSupervisorDialog.setWindowTitle(QCoreApplication.translate("CashierSupervisorDialog", u"\u4e3b\u7ba1\u6388\u6743", None))
        self.usernameCaption.setText(QCoreApplication.translate("CashierSupervisorDialog", u"\u670d\u52a1\u7ecf\u7406\u8d26\u53f7(&U)", None))
        self.passwordCaption.setText(QCoreApplication.translate("CashierSupervisorDialog", u"\u5bc6\u7801(&P)", None))
    # retranslateUi

