# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cashier_reverse.ui'
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

class Ui_CashierReverseDialog(object):
    def setupUi(self, CashierReverseDialog):
        if not CashierReverseDialog.objectName():
            CashierReverseDialog.setObjectName(u"CashierReverseDialog")
        CashierReverseDialog.resize(460, 320)
        self.reverseLayout = QVBoxLayout(CashierReverseDialog)
        self.reverseLayout.setObjectName(u"reverseLayout")
        self.settlementLabel = QLabel(CashierReverseDialog)
        self.settlementLabel.setObjectName(u"settlementLabel")
        self.settlementLabel.setText(u"")
        self.settlementLabel.setWordWrap(True)

        self.reverseLayout.addWidget(self.settlementLabel)

        self.reasonCaption = QLabel(CashierReverseDialog)
        self.reasonCaption.setObjectName(u"reasonCaption")

        self.reverseLayout.addWidget(self.reasonCaption)

        self.reasonEdit = QLineEdit(CashierReverseDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.reverseLayout.addWidget(self.reasonEdit)

        self.supervisorBox = QGroupBox(CashierReverseDialog)
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


        self.reverseLayout.addWidget(self.supervisorBox)

        self.errorLabel = QLabel(CashierReverseDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #c62828;")

        self.reverseLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CashierReverseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.reverseLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonCaption.setBuddy(self.reasonEdit)
        self.usernameCaption.setBuddy(self.usernameEdit)
        self.passwordCaption.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CashierReverseDialog)

        QMetaObject.connectSlotsByName(CashierReverseDialog)
    # setupUi

    def retranslateUi(self, CashierReverseDialog):
        CashierReverseDialog.setWindowTitle(QCoreApplication.translate("CashierReverseDialog", u"\u51b2\u9500\u7ed3\u7b97\u5355", None))
        self.reasonCaption.setText(QCoreApplication.translate("CashierReverseDialog", u"\u51b2\u9500\u539f\u56e0(&R)", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("CashierReverseDialog", u"\u4f8b\u5982\uff1a\u6536\u6b3e\u65b9\u5f0f\u5f55\u9519\uff0c\u9700\u91cd\u65b0\u7ed3\u7b97", None))
        self.supervisorBox.setTitle(QCoreApplication.translate("CashierReverseDialog", u"\u670d\u52a1\u7ecf\u7406\u6388\u6743", None))
        self.usernameCaption.setText(QCoreApplication.translate("CashierReverseDialog", u"\u8d26\u53f7(&U)", None))
        self.passwordCaption.setText(QCoreApplication.translate("CashierReverseDialog", u"\u5bc6\u7801(&P)", None))
    # retranslateUi

