# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workshop_added_work.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_AddedWorkDialog(object):
    def setupUi(self, AddedWorkDialog):
        if not AddedWorkDialog.objectName():
            AddedWorkDialog.setObjectName(u"AddedWorkDialog")
        AddedWorkDialog.resize(640, 520)
        self.dialogLayout = QVBoxLayout(AddedWorkDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.orderLabel = QLabel(AddedWorkDialog)
        self.orderLabel.setObjectName(u"orderLabel")
        font = QFont()
        font.setBold(True)
        self.orderLabel.setFont(font)

        self.dialogLayout.addWidget(self.orderLabel)

        self.descriptionLabel = QLabel(AddedWorkDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.dialogLayout.addWidget(self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(AddedWorkDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)
        self.descriptionEdit.setMaximumSize(QSize(16777215, 80))

        self.dialogLayout.addWidget(self.descriptionEdit)

        self.labourHeading = QHBoxLayout()
        self.labourHeading.setObjectName(u"labourHeading")
        self.labourLabel = QLabel(AddedWorkDialog)
        self.labourLabel.setObjectName(u"labourLabel")

        self.labourHeading.addWidget(self.labourLabel)

        self.labourSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.labourHeading.addItem(self.labourSpacer)

        self.pickLabourButton = QPushButton(AddedWorkDialog)
        self.pickLabourButton.setObjectName(u"pickLabourButton")
        self.pickLabourButton.setAutoDefault(False)

        self.labourHeading.addWidget(self.pickLabourButton)


        self.dialogLayout.addLayout(self.labourHeading)

        self.labourTable = QTableWidget(AddedWorkDialog)
        self.labourTable.setObjectName(u"labourTable")
        self.labourTable.setTabKeyNavigation(False)

        self.dialogLayout.addWidget(self.labourTable)

        self.partsLabel = QLabel(AddedWorkDialog)
        self.partsLabel.setObjectName(u"partsLabel")

        self.dialogLayout.addWidget(self.partsLabel)

        self.partsTable = QTableWidget(AddedWorkDialog)
        self.partsTable.setObjectName(u"partsTable")
        self.partsTable.setTabKeyNavigation(False)

        self.dialogLayout.addWidget(self.partsTable)

        self.extraForm = QFormLayout()
        self.extraForm.setObjectName(u"extraForm")
        self.delayLabel = QLabel(AddedWorkDialog)
        self.delayLabel.setObjectName(u"delayLabel")

        self.extraForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.delayLabel)

        self.delaySpin = QSpinBox(AddedWorkDialog)
        self.delaySpin.setObjectName(u"delaySpin")
        self.delaySpin.setMaximum(20160)
        self.delaySpin.setSingleStep(30)

        self.extraForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.delaySpin)

        self.payerLabel = QLabel(AddedWorkDialog)
        self.payerLabel.setObjectName(u"payerLabel")

        self.extraForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.payerLabel)

        self.payerCombo = QComboBox(AddedWorkDialog)
        self.payerCombo.setObjectName(u"payerCombo")

        self.extraForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.payerCombo)


        self.dialogLayout.addLayout(self.extraForm)

        self.errorLabel = QLabel(AddedWorkDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #c62828;")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(AddedWorkDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.labourLabel.setBuddy(self.labourTable)
        self.partsLabel.setBuddy(self.partsTable)
        self.delayLabel.setBuddy(self.delaySpin)
        self.payerLabel.setBuddy(self.payerCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.descriptionEdit, self.pickLabourButton)
        QWidget.setTabOrder(self.pickLabourButton, self.labourTable)
        QWidget.setTabOrder(self.labourTable, self.partsTable)
        QWidget.setTabOrder(self.partsTable, self.delaySpin)
        QWidget.setTabOrder(self.delaySpin, self.payerCombo)
        QWidget.setTabOrder(self.payerCombo, self.buttonBox)

        self.retranslateUi(AddedWorkDialog)

        QMetaObject.connectSlotsByName(AddedWorkDialog)
    # setupUi

    def retranslateUi(self, AddedWorkDialog):
        AddedWorkDialog.setWindowTitle(QCoreApplication.translate("AddedWorkDialog", u"\u8ffd\u52a0\u9879\u76ee\uff08\u589e\u9879\uff09", None))
        self.orderLabel.setText("")
        self.descriptionLabel.setText(QCoreApplication.translate("AddedWorkDialog", u"\u53d1\u73b0\u7684\u95ee\u9898(&D)\uff1a", None))
        self.labourLabel.setText(QCoreApplication.translate("AddedWorkDialog", u"\u5efa\u8bae\u5de5\u65f6\u9879\u76ee\uff08\u540d\u79f0\u3001\u5de5\u65f6\uff09\uff1a", None))
        self.pickLabourButton.setText(QCoreApplication.translate("AddedWorkDialog", u"\u4ece\u5de5\u65f6\u5b9a\u989d\u9009\u62e9(&L)\u2026 Ctrl+L", None))
        self.partsLabel.setText(QCoreApplication.translate("AddedWorkDialog", u"\u5efa\u8bae\u5907\u4ef6\uff08\u5907\u4ef6\u53f7\u3001\u6570\u91cf\uff09\uff1a", None))
        self.delayLabel.setText(QCoreApplication.translate("AddedWorkDialog", u"\u9884\u8ba1\u5ef6\u8bef\uff08\u5206\u949f\uff09\uff1a", None))
        self.payerLabel.setText(QCoreApplication.translate("AddedWorkDialog", u"\u4ed8\u8d39\u65b9\uff1a", None))
        self.errorLabel.setText("")
    # retranslateUi

