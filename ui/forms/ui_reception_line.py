# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reception_line.ui'
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

class Ui_ReceptionLine(object):
    def setupUi(self, ReceptionLine):
        if not ReceptionLine.objectName():
            ReceptionLine.setObjectName(u"ReceptionLine")
        ReceptionLine.resize(420, 200)
        self.dialogLayout = QVBoxLayout(ReceptionLine)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.infoLabel = QLabel(ReceptionLine)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.infoLabel)

        self.lineLayout = QGridLayout()
        self.lineLayout.setObjectName(u"lineLayout")
        self.quantityEditLabel = QLabel(ReceptionLine)
        self.quantityEditLabel.setObjectName(u"quantityEditLabel")

        self.lineLayout.addWidget(self.quantityEditLabel, 0, 0, 1, 1)

        self.quantityEdit = QLineEdit(ReceptionLine)
        self.quantityEdit.setObjectName(u"quantityEdit")

        self.lineLayout.addWidget(self.quantityEdit, 0, 1, 1, 1)

        self.payerComboLabel = QLabel(ReceptionLine)
        self.payerComboLabel.setObjectName(u"payerComboLabel")

        self.lineLayout.addWidget(self.payerComboLabel, 1, 0, 1, 1)

        self.payerCombo = QComboBox(ReceptionLine)
        self.payerCombo.setObjectName(u"payerCombo")

        self.lineLayout.addWidget(self.payerCombo, 1, 1, 1, 1)


        self.dialogLayout.addLayout(self.lineLayout)

        self.errorLabel = QLabel(ReceptionLine)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ReceptionLine)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.quantityEditLabel.setBuddy(self.quantityEdit)
        self.payerComboLabel.setBuddy(self.payerCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReceptionLine)

        QMetaObject.connectSlotsByName(ReceptionLine)
    # setupUi

    def retranslateUi(self, ReceptionLine):
        ReceptionLine.setWindowTitle(QCoreApplication.translate("ReceptionLine", u"\u4fee\u6539\u9879\u76ee", None))
        self.infoLabel.setText("")
        self.quantityEditLabel.setText(QCoreApplication.translate("ReceptionLine", u"\u6570\u91cf(&Q)\uff1a", None))
        self.payerComboLabel.setText(QCoreApplication.translate("ReceptionLine", u"\u4ed8\u8d39\u65b9(&Y)\uff1a", None))
        self.errorLabel.setText("")
    # retranslateUi

