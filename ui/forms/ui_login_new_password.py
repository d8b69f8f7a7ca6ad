# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'login_new_password.ui'
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
    QVBoxLayout, QWidget)

class Ui_NewPasswordDialog(object):
    def setupUi(self, NewPasswordDialog):
        if not NewPasswordDialog.objectName():
            NewPasswordDialog.setObjectName(u"NewPasswordDialog")
        NewPasswordDialog.resize(420, 200)
        self.newPasswordLayout = QVBoxLayout(NewPasswordDialog)
        self.newPasswordLayout.setObjectName(u"newPasswordLayout")
        self.introLabel = QLabel(NewPasswordDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.newPasswordLayout.addWidget(self.introLabel)

        self.newPasswordForm = QFormLayout()
        self.newPasswordForm.setObjectName(u"newPasswordForm")
        self.newLabel = QLabel(NewPasswordDialog)
        self.newLabel.setObjectName(u"newLabel")

        self.newPasswordForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.newLabel)

        self.newEdit = QLineEdit(NewPasswordDialog)
        self.newEdit.setObjectName(u"newEdit")
        self.newEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.newPasswordForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.newEdit)

        self.repeatLabel = QLabel(NewPasswordDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.newPasswordForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(NewPasswordDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.newPasswordForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.repeatEdit)


        self.newPasswordLayout.addLayout(self.newPasswordForm)

        self.messageLabel = QLabel(NewPasswordDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.newPasswordLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(NewPasswordDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.newPasswordLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.newLabel.setBuddy(self.newEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewPasswordDialog)

        QMetaObject.connectSlotsByName(NewPasswordDialog)
    # setupUi

    def retranslateUi(self, NewPasswordDialog):
        NewPasswordDialog.setWindowTitle(QCoreApplication.translate("NewPasswordDialog", u"\u8bbe\u7f6e\u65b0\u5bc6\u7801", None))
        self.introLabel.setText(QCoreApplication.translate("NewPasswordDialog", u"\u7ba1\u7406\u5458\u4e3a\u60a8\u91cd\u7f6e\u4e86\u5bc6\u7801\u3002\u8bf7\u8bbe\u7f6e\u60a8\u81ea\u5df1\u7684\u65b0\u5bc6\u7801\uff08\u81f3\u5c11 6 \u4f4d\uff0c\u4e0d\u80fd\u4e0e\u4e34\u65f6\u5bc6\u7801\u76f8\u540c\uff09\u3002", None))
        self.newLabel.setText(QCoreApplication.translate("NewPasswordDialog", u"\u65b0\u5bc6\u7801\uff1a", None))
        self.repeatLabel.setText(QCoreApplication.translate("NewPasswordDialog", u"\u518d\u8f93\u4e00\u6b21\uff1a", None))
    # retranslateUi

