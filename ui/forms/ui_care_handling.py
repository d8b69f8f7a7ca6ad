# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'care_handling.ui'
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
    QFormLayout, QLabel, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_CareHandling(object):
    def setupUi(self, CareHandling):
        if not CareHandling.objectName():
            CareHandling.setObjectName(u"CareHandling")
        CareHandling.resize(560, 360)
        self.dialogLayout = QVBoxLayout(CareHandling)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.infoLabel = QLabel(CareHandling)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setText(u"")
        self.infoLabel.setTextFormat(Qt.RichText)
        self.infoLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.infoLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.causeLabel = QLabel(CareHandling)
        self.causeLabel.setObjectName(u"causeLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.causeLabel)

        self.causeEdit = QPlainTextEdit(CareHandling)
        self.causeEdit.setObjectName(u"causeEdit")
        self.causeEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.causeEdit)

        self.measuresLabel = QLabel(CareHandling)
        self.measuresLabel.setObjectName(u"measuresLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.measuresLabel)

        self.measuresEdit = QPlainTextEdit(CareHandling)
        self.measuresEdit.setObjectName(u"measuresEdit")
        self.measuresEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.measuresEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(CareHandling)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setText(u"")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CareHandling)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.causeLabel.setBuddy(self.causeEdit)
        self.measuresLabel.setBuddy(self.measuresEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.causeEdit, self.measuresEdit)
        QWidget.setTabOrder(self.measuresEdit, self.buttonBox)

        self.retranslateUi(CareHandling)

        QMetaObject.connectSlotsByName(CareHandling)
    # setupUi

    def retranslateUi(self, CareHandling):
        CareHandling.setWindowTitle(QCoreApplication.translate("CareHandling", u"\u539f\u56e0\u5206\u6790\u4e0e\u5904\u7406\u63aa\u65bd\uff08\u5feb\u901f\u5904\u7406\u8868\uff09", None))
        self.causeLabel.setText(QCoreApplication.translate("CareHandling", u"\u539f\u56e0\u5206\u6790(&C)\uff1a", None))
        self.causeEdit.setPlaceholderText(QCoreApplication.translate("CareHandling", u"\u4e3a\u4ec0\u4e48\u4f1a\u53d1\u751f\uff1a\u54ea\u4e2a\u73af\u8282\u3001\u8c01\u3001\u4ec0\u4e48\u539f\u56e0", None))
        self.measuresLabel.setText(QCoreApplication.translate("CareHandling", u"\u5904\u7406\u63aa\u65bd(&M)\uff1a", None))
        self.measuresEdit.setPlaceholderText(QCoreApplication.translate("CareHandling", u"\u8d1f\u8d23\u4eba\u5728\u7b54\u590d\u671f\u9650\u524d\u505a\u4ec0\u4e48", None))
    # retranslateUi

