# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reception_delay.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateTimeEdit, QDialog,
    QDialogButtonBox, QGridLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ReceptionDelay(object):
    def setupUi(self, ReceptionDelay):
        if not ReceptionDelay.objectName():
            ReceptionDelay.setObjectName(u"ReceptionDelay")
        ReceptionDelay.resize(460, 220)
        self.dialogLayout = QVBoxLayout(ReceptionDelay)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.infoLabel = QLabel(ReceptionDelay)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.infoLabel)

        self.delayLayout = QGridLayout()
        self.delayLayout.setObjectName(u"delayLayout")
        self.reasonEditLabel = QLabel(ReceptionDelay)
        self.reasonEditLabel.setObjectName(u"reasonEditLabel")

        self.delayLayout.addWidget(self.reasonEditLabel, 0, 0, 1, 1)

        self.reasonEdit = QLineEdit(ReceptionDelay)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.delayLayout.addWidget(self.reasonEdit, 0, 1, 1, 1)

        self.newTimeEditLabel = QLabel(ReceptionDelay)
        self.newTimeEditLabel.setObjectName(u"newTimeEditLabel")

        self.delayLayout.addWidget(self.newTimeEditLabel, 1, 0, 1, 1)

        self.newTimeEdit = QDateTimeEdit(ReceptionDelay)
        self.newTimeEdit.setObjectName(u"newTimeEdit")
        self.newTimeEdit.setCalendarPopup(True)

        self.delayLayout.addWidget(self.newTimeEdit, 1, 1, 1, 1)


        self.dialogLayout.addLayout(self.delayLayout)

        self.errorLabel = QLabel(ReceptionDelay)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ReceptionDelay)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonEditLabel.setBuddy(self.reasonEdit)
        self.newTimeEditLabel.setBuddy(self.newTimeEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReceptionDelay)

        QMetaObject.connectSlotsByName(ReceptionDelay)
    # setupUi

    def retranslateUi(self, ReceptionDelay):
        ReceptionDelay.setWindowTitle(QCoreApplication.translate("ReceptionDelay", u"\u901a\u77e5\u5ba2\u6237\u5ef6\u8bef", None))
        self.infoLabel.setText("")
        self.reasonEditLabel.setText(QCoreApplication.translate("ReceptionDelay", u"\u5ef6\u8bef\u539f\u56e0(&R)\uff1a", None))
        self.newTimeEditLabel.setText(QCoreApplication.translate("ReceptionDelay", u"\u65b0\u7684\u4ea4\u8f66\u65f6\u95f4(&T)\uff1a", None))
        self.newTimeEdit.setDisplayFormat(QCoreApplication.translate("ReceptionDelay", u"yyyy-MM-dd HH:mm", None))
        self.errorLabel.setText("")
    # retranslateUi

