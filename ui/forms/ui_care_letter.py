# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'care_letter.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_CareLetter(object):
    def setupUi(self, CareLetter):
        if not CareLetter.objectName():
            CareLetter.setObjectName(u"CareLetter")
        CareLetter.resize(560, 380)
        self.dialogLayout = QVBoxLayout(CareLetter)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.findLabel = QLabel(CareLetter)
        self.findLabel.setObjectName(u"findLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.findLabel)

        self.findEdit = QLineEdit(CareLetter)
        self.findEdit.setObjectName(u"findEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.findEdit)

        self.foundLabel = QLabel(CareLetter)
        self.foundLabel.setObjectName(u"foundLabel")
        self.foundLabel.setText(u"")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.foundLabel)

        self.kindLabel = QLabel(CareLetter)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(CareLetter)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.complaintLabel = QLabel(CareLetter)
        self.complaintLabel.setObjectName(u"complaintLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.complaintLabel)

        self.complaintEdit = QLineEdit(CareLetter)
        self.complaintEdit.setObjectName(u"complaintEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.complaintEdit)

        self.subjectLabel = QLabel(CareLetter)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subjectEdit = QLineEdit(CareLetter)
        self.subjectEdit.setObjectName(u"subjectEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.subjectEdit)

        self.methodLabel = QLabel(CareLetter)
        self.methodLabel.setObjectName(u"methodLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.methodCombo = QComboBox(CareLetter)
        self.methodCombo.setObjectName(u"methodCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.methodCombo)

        self.addressLabel = QLabel(CareLetter)
        self.addressLabel.setObjectName(u"addressLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(CareLetter)
        self.addressEdit.setObjectName(u"addressEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.sentLabel = QLabel(CareLetter)
        self.sentLabel.setObjectName(u"sentLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.sentLabel)

        self.sentEdit = QDateEdit(CareLetter)
        self.sentEdit.setObjectName(u"sentEdit")
        self.sentEdit.setCalendarPopup(True)
        self.sentEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.sentEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(CareLetter)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setText(u"")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CareLetter)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.findLabel.setBuddy(self.findEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.complaintLabel.setBuddy(self.complaintEdit)
        self.subjectLabel.setBuddy(self.subjectEdit)
        self.methodLabel.setBuddy(self.methodCombo)
        self.addressLabel.setBuddy(self.addressEdit)
        self.sentLabel.setBuddy(self.sentEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.findEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.complaintEdit)
        QWidget.setTabOrder(self.complaintEdit, self.subjectEdit)
        QWidget.setTabOrder(self.subjectEdit, self.methodCombo)
        QWidget.setTabOrder(self.methodCombo, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.sentEdit)
        QWidget.setTabOrder(self.sentEdit, self.buttonBox)

        self.retranslateUi(CareLetter)

        QMetaObject.connectSlotsByName(CareLetter)
    # setupUi

    def retranslateUi(self, CareLetter):
        CareLetter.setWindowTitle(QCoreApplication.translate("CareLetter", u"\u767b\u8bb0\u8ddf\u8e2a\u670d\u52a1\u4fe1\u51fd", None))
        self.findLabel.setText(QCoreApplication.translate("CareLetter", u"\u6536\u4fe1\u5ba2\u6237(&F)\uff1a", None))
        self.findEdit.setPlaceholderText(QCoreApplication.translate("CareLetter", u"\u8f66\u724c\u53f7\u3001\u624b\u673a\u53f7\u6216\u5de5\u5355\u53f7\uff0c\u56de\u8f66\u67e5\u627e", None))
        self.kindLabel.setText(QCoreApplication.translate("CareLetter", u"\u4fe1\u51fd\u7c7b\u522b(&K)\uff1a", None))
        self.complaintLabel.setText(QCoreApplication.translate("CareLetter", u"\u7b54\u590d\u7684\u6295\u8bc9(&P)\uff1a", None))
        self.complaintEdit.setPlaceholderText(QCoreApplication.translate("CareLetter", u"\u6295\u8bc9\u5355\u53f7\uff08\u7b54\u590d\u51fd\u5fc5\u586b\uff09", None))
        self.subjectLabel.setText(QCoreApplication.translate("CareLetter", u"\u4fe1\u51fd\u5185\u5bb9(&S)\uff1a", None))
        self.subjectEdit.setPlaceholderText(QCoreApplication.translate("CareLetter", u"\u5982\uff1a\u51ac\u5b63\u514d\u8d39\u68c0\u6d4b\u5468\u9080\u8bf7\uff0812 \u6708 1 \u65e5\u81f3 7 \u65e5\uff09", None))
        self.methodLabel.setText(QCoreApplication.translate("CareLetter", u"\u5bc4\u9001\u65b9\u5f0f(&M)\uff1a", None))
        self.addressLabel.setText(QCoreApplication.translate("CareLetter", u"\u5730\u5740 / \u90ae\u7bb1(&A)\uff1a", None))
        self.sentLabel.setText(QCoreApplication.translate("CareLetter", u"\u5bc4\u51fa\u65e5\u671f(&D)\uff1a", None))
    # retranslateUi

