# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workshop_dispatch.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDateTimeEdit, QDialog, QDialogButtonBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_DispatchDialog(object):
    def setupUi(self, DispatchDialog):
        if not DispatchDialog.objectName():
            DispatchDialog.setObjectName(u"DispatchDialog")
        DispatchDialog.resize(980, 580)
        self.dialogLayout = QVBoxLayout(DispatchDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.orderLabel = QLabel(DispatchDialog)
        self.orderLabel.setObjectName(u"orderLabel")
        font = QFont()
        font.setPointSize(11)
        font.setBold(True)
        self.orderLabel.setFont(font)
        self.orderLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.orderLabel)

        self.receiveBox = QGroupBox(DispatchDialog)
        self.receiveBox.setObjectName(u"receiveBox")
        self.receiveLayout = QHBoxLayout(self.receiveBox)
        self.receiveLayout.setObjectName(u"receiveLayout")
        self.receiverLabel = QLabel(self.receiveBox)
        self.receiverLabel.setObjectName(u"receiverLabel")

        self.receiveLayout.addWidget(self.receiverLabel)

        self.receiverEdit = QLineEdit(self.receiveBox)
        self.receiverEdit.setObjectName(u"receiverEdit")

        self.receiveLayout.addWidget(self.receiverEdit)

        self.receivedAtLabel = QLabel(self.receiveBox)
        self.receivedAtLabel.setObjectName(u"receivedAtLabel")

        self.receiveLayout.addWidget(self.receivedAtLabel)

        self.receivedAtEdit = QDateTimeEdit(self.receiveBox)
        self.receivedAtEdit.setObjectName(u"receivedAtEdit")
        self.receivedAtEdit.setCalendarPopup(True)

        self.receiveLayout.addWidget(self.receivedAtEdit)

        self.receivedLabel = QLabel(self.receiveBox)
        self.receivedLabel.setObjectName(u"receivedLabel")

        self.receiveLayout.addWidget(self.receivedLabel)


        self.dialogLayout.addWidget(self.receiveBox)

        self.linesHeading = QLabel(DispatchDialog)
        self.linesHeading.setObjectName(u"linesHeading")

        self.dialogLayout.addWidget(self.linesHeading)

        self.allLayout = QHBoxLayout()
        self.allLayout.setObjectName(u"allLayout")
        self.allTechLabel = QLabel(DispatchDialog)
        self.allTechLabel.setObjectName(u"allTechLabel")

        self.allLayout.addWidget(self.allTechLabel)

        self.allTechCombo = QComboBox(DispatchDialog)
        self.allTechCombo.setObjectName(u"allTechCombo")
        self.allTechCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.allLayout.addWidget(self.allTechCombo)

        self.allBayLabel = QLabel(DispatchDialog)
        self.allBayLabel.setObjectName(u"allBayLabel")

        self.allLayout.addWidget(self.allBayLabel)

        self.allBayCombo = QComboBox(DispatchDialog)
        self.allBayCombo.setObjectName(u"allBayCombo")
        self.allBayCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.allLayout.addWidget(self.allBayCombo)

        self.allSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.allLayout.addItem(self.allSpacer)


        self.dialogLayout.addLayout(self.allLayout)

        self.linesTable = QTableWidget(DispatchDialog)
        self.linesTable.setObjectName(u"linesTable")
        self.linesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.linesTable.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.linesTable.setTabKeyNavigation(False)

        self.dialogLayout.addWidget(self.linesTable)

        self.overloadLabel = QLabel(DispatchDialog)
        self.overloadLabel.setObjectName(u"overloadLabel")
        self.overloadLabel.setWordWrap(True)
        self.overloadLabel.setStyleSheet(u"color: #e65100; font-weight: bold;")

        self.dialogLayout.addWidget(self.overloadLabel)

        self.loadHeading = QLabel(DispatchDialog)
        self.loadHeading.setObjectName(u"loadHeading")

        self.dialogLayout.addWidget(self.loadHeading)

        self.loadTable = QTableWidget(DispatchDialog)
        self.loadTable.setObjectName(u"loadTable")
        self.loadTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.loadTable.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.loadTable.setAlternatingRowColors(True)

        self.dialogLayout.addWidget(self.loadTable)

        self.errorLabel = QLabel(DispatchDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #c62828;")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(DispatchDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.receiverLabel.setBuddy(self.receiverEdit)
        self.receivedAtLabel.setBuddy(self.receivedAtEdit)
        self.allTechLabel.setBuddy(self.allTechCombo)
        self.allBayLabel.setBuddy(self.allBayCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.receiverEdit, self.receivedAtEdit)
        QWidget.setTabOrder(self.receivedAtEdit, self.allTechCombo)
        QWidget.setTabOrder(self.allTechCombo, self.allBayCombo)
        QWidget.setTabOrder(self.allBayCombo, self.linesTable)
        QWidget.setTabOrder(self.linesTable, self.buttonBox)

        self.retranslateUi(DispatchDialog)

        QMetaObject.connectSlotsByName(DispatchDialog)
    # setupUi

    def retranslateUi(self, DispatchDialog):
        DispatchDialog.setWindowTitle(QCoreApplication.translate("DispatchDialog", u"\u63a5\u8f66\u6d3e\u5de5", None))
        self.orderLabel.setText("")
        self.receiveBox.setTitle(QCoreApplication.translate("DispatchDialog", u"\u63a5\u8f66\u4ea4\u63a5\uff08\u65f6\u95f4\u7cbe\u786e\u5230 10 \u5206\u949f\uff09", None))
        self.receiverLabel.setText(QCoreApplication.translate("DispatchDialog", u"\u63a5\u8f66\u4eba(&R)\uff1a", None))
        self.receivedAtLabel.setText(QCoreApplication.translate("DispatchDialog", u"\u63a5\u8f66\u65f6\u95f4(&T)\uff1a", None))
        self.receivedAtEdit.setDisplayFormat(QCoreApplication.translate("DispatchDialog", u"yyyy-MM-dd HH:mm", None))
        self.receivedLabel.setText("")
        self.linesHeading.setText(QCoreApplication.translate("DispatchDialog", u"\u6d3e\u5de5\uff1a\u6bcf\u4e2a\u5de5\u65f6\u9879\u76ee\u9009\u62e9\u73ed\u7ec4\u6216\u6280\u5e08\uff0c\u4ee5\u53ca\u5de5\u4f4d", None))
        self.allTechLabel.setText(QCoreApplication.translate("DispatchDialog", u"\u5168\u90e8\u9879\u76ee\u540c\u4e00\u6280\u5e08(&A)\uff1a", None))
        self.allBayLabel.setText(QCoreApplication.translate("DispatchDialog", u"\u540c\u4e00\u5de5\u4f4d(&B)\uff1a", None))
        self.overloadLabel.setText("")
        self.loadHeading.setText(QCoreApplication.translate("DispatchDialog", u"\u6280\u5e08\u4eca\u65e5\u8d1f\u8377\uff08\u5de5\u65f6\uff09", None))
        self.errorLabel.setText("")
    # retranslateUi

