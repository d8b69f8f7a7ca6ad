# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cashier_card_refund.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_CashierCardRefundDialog(object):
    def setupUi(self, CashierCardRefundDialog):
        if not CashierCardRefundDialog.objectName():
            CashierCardRefundDialog.setObjectName(u"CashierCardRefundDialog")
        CashierCardRefundDialog.resize(460, 360)
        self.refundLayout = QVBoxLayout(CashierCardRefundDialog)
        self.refundLayout.setObjectName(u"refundLayout")
        self.quoteLabel = QLabel(CashierCardRefundDialog)
        self.quoteLabel.setObjectName(u"quoteLabel")
        self.quoteLabel.setText(u"")
        self.quoteLabel.setWordWrap(True)

        self.refundLayout.addWidget(self.quoteLabel)

        self.refundForm = QFormLayout()
        self.refundForm.setObjectName(u"refundForm")
        self.reasonCaption = QLabel(CashierCardRefundDialog)
        self.reasonCaption.setObjectName(u"reasonCaption")

        self.refundForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonCaption)

        self.reasonEdit = QLineEdit(CashierCardRefundDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.refundForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.methodCaption = QLabel(CashierCardRefundDialog)
        self.methodCaption.setObjectName(u"methodCaption")

        self.refundForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.methodCaption)

        self.methodCombo = QComboBox(CashierCardRefundDialog)
        self.methodCombo.setObjectName(u"methodCombo")

        self.refundForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.methodCombo)


        self.refundLayout.addLayout(self.refundForm)

        self.supervisorBox = QGroupBox(CashierCardRefundDialog)
        self.supervisorBox.setObjectName(u"supervisorBox")
        self.supervisorBoxLayout = QFormLayout(self.supervisorBox)
        self.supervisorBoxLayout.setObjectName(u"supervisorBoxLayout")
        self.usernameCaption = QLabel(self.supervisorBox)
        self.usernameCaption.setObjectName(u"usernameCaption")

        self.supervisorBoxLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameCaption)

        self.usernameEdit = QLineEdit(self.supervisorBox)
        self.usernameEdit.setObjectName(u"usernameEdit")

        self.supervisorBoxLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.passwordCaption = QLabel(self.supervisorBox)
        self.passwordCaption.setObjectName(u"passwordCaption")

        self.supervisorBoxLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordCaption)

        self.passwordEdit = QLineEdit(self.supervisorBox)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.supervisorBoxLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.refundLayout.addWidget(self.supervisorBox)

        self.errorLabel = QLabel(CashierCardRefundDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #c62828;")

        self.refundLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CashierCardRefundDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.refundLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonCaption.setBuddy(self.reasonEdit)
        self.methodCaption.setBuddy(self.methodCombo)
        self.usernameCaption.setBuddy(self.usernameEdit)
        self.passwordCaption.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CashierCardRefundDialog)

        QMetaObject.connectSlotsByName(CashierCardRefundDialog)
    # setupUi

    def retranslateUi(self, CashierCardRefundDialog):
        CashierCardRefundDialog.setWindowTitle(QCoreApplication.translate("CashierCardRefundDialog", u"\u9000\u5361", None))
        self.reasonCaption.setText(QCoreApplication.translate("CashierCardRefundDialog", u"\u9000\u5361\u539f\u56e0(&R)", None))
        self.methodCaption.setText(QCoreApplication.translate("CashierCardRefundDialog", u"\u9000\u6b3e\u65b9\u5f0f(&M)", None))
        self.supervisorBox.setTitle(QCoreApplication.translate("CashierCardRefundDialog", u"\u670d\u52a1\u7ecf\u7406\u6388\u6743", None))
        self.usernameCaption.setText(QCoreApplication.translate("CashierCardRefundDialog", u"\u8d26\u53f7(&U)", None))
        self.passwordCaption.setText(QCoreApplication.translate("CashierCardRefundDialog", u"\u5bc6\u7801(&P)", None))
    # retranslateUi

