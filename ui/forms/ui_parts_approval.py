# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'parts_approval.ui'
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

class Ui_ApprovalDialog(object):
    def setupUi(self, ApprovalDialog):
        if not ApprovalDialog.objectName():
            ApprovalDialog.setObjectName(u"ApprovalDialog")
        ApprovalDialog.resize(420, 220)
        self.dialogLayout = QVBoxLayout(ApprovalDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.infoLabel = QLabel(ApprovalDialog)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)
        self.infoLabel.setText(u"")

        self.dialogLayout.addWidget(self.infoLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.usernameLabel = QLabel(ApprovalDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(ApprovalDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.passwordLabel = QLabel(ApprovalDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(ApprovalDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ApprovalDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setText(u"")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ApprovalDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ApprovalDialog)
        self.buttonBox.accepted.connect(ApprovalDialog.accept)
        self.buttonBox.rejected.connect(ApprovalDialog.reject)

        QMetaObject.connectSlotsByName(ApprovalDialog)
    # setupUi

    def retranslateUi(self, ApprovalDialog):
        ApprovalDialog.setWindowTitle(QCoreApplication.translate("ApprovalDialog", u"\u7ecf\u7406\u6279\u51c6", None))
        self.usernameLabel.setText(QCoreApplication.translate("ApprovalDialog", u"\u7ecf\u7406\u7528\u6237\u540d\uff1a", None))
        self.passwordLabel.setText(QCoreApplication.translate("ApprovalDialog", u"\u5bc6\u7801\uff1a", None))
    # retranslateUi

