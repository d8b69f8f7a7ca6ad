# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workshop_qc.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDialog,
    QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_QcDialog(object):
    def setupUi(self, QcDialog):
        if not QcDialog.objectName():
            QcDialog.setObjectName(u"QcDialog")
        QcDialog.resize(720, 600)
        self.dialogLayout = QVBoxLayout(QcDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.orderLabel = QLabel(QcDialog)
        self.orderLabel.setObjectName(u"orderLabel")
        font = QFont()
        font.setBold(True)
        self.orderLabel.setFont(font)
        self.orderLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.orderLabel)

        self.hintLabel = QLabel(QcDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setStyleSheet(u"color: #555555;")

        self.dialogLayout.addWidget(self.hintLabel)

        self.checkTable = QTableWidget(QcDialog)
        self.checkTable.setObjectName(u"checkTable")
        self.checkTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.checkTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.checkTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.dialogLayout.addWidget(self.checkTable)

        self.noteForm = QFormLayout()
        self.noteForm.setObjectName(u"noteForm")
        self.noteLabel = QLabel(QcDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.noteForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(QcDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.noteForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.mileageLabel = QLabel(QcDialog)
        self.mileageLabel.setObjectName(u"mileageLabel")

        self.noteForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.mileageLabel)

        self.mileageEdit = QLineEdit(QcDialog)
        self.mileageEdit.setObjectName(u"mileageEdit")

        self.noteForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.mileageEdit)

        self.faultLabel = QLabel(QcDialog)
        self.faultLabel.setObjectName(u"faultLabel")

        self.noteForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.faultLabel)

        self.faultCombo = QComboBox(QcDialog)
        self.faultCombo.setObjectName(u"faultCombo")

        self.noteForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.faultCombo)


        self.dialogLayout.addLayout(self.noteForm)

        self.errorLabel = QLabel(QcDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #c62828;")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.allOkButton = QPushButton(QcDialog)
        self.allOkButton.setObjectName(u"allOkButton")

        self.buttonsLayout.addWidget(self.allOkButton)

        self.buttonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.reworkButton = QPushButton(QcDialog)
        self.reworkButton.setObjectName(u"reworkButton")

        self.buttonsLayout.addWidget(self.reworkButton)

        self.passButton = QPushButton(QcDialog)
        self.passButton.setObjectName(u"passButton")

        self.buttonsLayout.addWidget(self.passButton)

        self.cancelButton = QPushButton(QcDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonsLayout.addWidget(self.cancelButton)


        self.dialogLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.noteLabel.setBuddy(self.noteEdit)
        self.mileageLabel.setBuddy(self.mileageEdit)
        self.faultLabel.setBuddy(self.faultCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.checkTable, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.allOkButton)
        QWidget.setTabOrder(self.allOkButton, self.reworkButton)
        QWidget.setTabOrder(self.reworkButton, self.passButton)
        QWidget.setTabOrder(self.passButton, self.cancelButton)

        self.retranslateUi(QcDialog)

        QMetaObject.connectSlotsByName(QcDialog)
    # setupUi

    def retranslateUi(self, QcDialog):
        QcDialog.setWindowTitle(QCoreApplication.translate("QcDialog", u"\u8d28\u68c0\uff08\u7ae3\u5de5\u68c0\u9a8c\uff09", None))
        self.orderLabel.setText("")
        self.hintLabel.setText(QCoreApplication.translate("QcDialog", u"\u9010\u9879\u68c0\u67e5\uff0c\u5408\u683c\u7684\u6253\u52fe\uff08\u7a7a\u683c\u952e\u5207\u6362\uff09\u3002\u672a\u52fe\u9009\u7684\u5de5\u65f6\u9879\u76ee\u5728\u8fd4\u5de5\u65f6\u9000\u56de\u91cd\u505a\u3002", None))
        self.noteLabel.setText(QCoreApplication.translate("QcDialog", u"\u5907\u6ce8 / \u8fd4\u5de5\u539f\u56e0(&N)\uff1a", None))
        self.mileageLabel.setText(QCoreApplication.translate("QcDialog", u"\u51fa\u5382\u91cc\u7a0b(&M)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.mileageEdit.setToolTip(QCoreApplication.translate("QcDialog", u"\u8def\u8bd5\u540e\u7684\u91cc\u7a0b\u8868\u8bfb\u6570\uff1b\u8d28\u91cf\u4fdd\u8bc1\u671f\u7684\u516c\u91cc\u6570\u4ece\u8fd9\u91cc\u7b97\u8d77\u3002\u7559\u7a7a\u5373\u8fdb\u5382\u91cc\u7a0b", None))
#endif // QT_CONFIG(tooltip)
        self.faultLabel.setText(QCoreApplication.translate("QcDialog", u"\u4e09\u5305\u6545\u969c(&F)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.faultCombo.setToolTip(QCoreApplication.translate("QcDialog", u"\u68c0\u9a8c\u4e2d\u786e\u8ba4\u7684\u6cd5\u5b9a\u6545\u969c\uff08\u4e09\u5305\u89c4\u5b9a\u7b2c\u4e8c\u5341\u4e09\u6761\u3001\u7b2c\u4e8c\u5341\u56db\u6761\uff09\uff0c\u51b3\u5b9a\u6d88\u8d39\u8005\u53ef\u5426\u6362\u8f66\u6216\u9000\u8f66", None))
#endif // QT_CONFIG(tooltip)
        self.errorLabel.setText("")
        self.allOkButton.setText(QCoreApplication.translate("QcDialog", u"\u5168\u90e8\u5408\u683c(&A)", None))
        self.reworkButton.setText(QCoreApplication.translate("QcDialog", u"\u8fd4\u5de5(&R)", None))
        self.passButton.setText(QCoreApplication.translate("QcDialog", u"\u5408\u683c\uff0c\u7b7e\u53d1\u5408\u683c\u8bc1(&P)", None))
        self.cancelButton.setText(QCoreApplication.translate("QcDialog", u"\u53d6\u6d88", None))
    # retranslateUi

