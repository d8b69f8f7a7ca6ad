# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workshop_process.ui'
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
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ProcessCheckDialog(object):
    def setupUi(self, ProcessCheckDialog):
        if not ProcessCheckDialog.objectName():
            ProcessCheckDialog.setObjectName(u"ProcessCheckDialog")
        ProcessCheckDialog.resize(900, 580)
        self.dialogLayout = QVBoxLayout(ProcessCheckDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.orderLabel = QLabel(ProcessCheckDialog)
        self.orderLabel.setObjectName(u"orderLabel")
        self.orderLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.orderLabel)

        self.lineRow = QHBoxLayout()
        self.lineRow.setObjectName(u"lineRow")
        self.lineComboLabel = QLabel(ProcessCheckDialog)
        self.lineComboLabel.setObjectName(u"lineComboLabel")

        self.lineRow.addWidget(self.lineComboLabel)

        self.lineCombo = QComboBox(ProcessCheckDialog)
        self.lineCombo.setObjectName(u"lineCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.lineCombo.sizePolicy().hasHeightForWidth())
        self.lineCombo.setSizePolicy(sizePolicy)

        self.lineRow.addWidget(self.lineCombo)


        self.dialogLayout.addLayout(self.lineRow)

        self.checkTableLabel = QLabel(ProcessCheckDialog)
        self.checkTableLabel.setObjectName(u"checkTableLabel")
        self.checkTableLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.checkTableLabel)

        self.checkTable = QTableWidget(ProcessCheckDialog)
        self.checkTable.setObjectName(u"checkTable")
        self.checkTable.setTabKeyNavigation(False)
        self.checkTable.setSelectionMode(QAbstractItemView.SingleSelection)

        self.dialogLayout.addWidget(self.checkTable)

        self.recordedLabel = QLabel(ProcessCheckDialog)
        self.recordedLabel.setObjectName(u"recordedLabel")
        self.recordedLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.recordedLabel)

        self.errorLabel = QLabel(ProcessCheckDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonsRow = QHBoxLayout()
        self.buttonsRow.setObjectName(u"buttonsRow")
        self.allOkButton = QPushButton(ProcessCheckDialog)
        self.allOkButton.setObjectName(u"allOkButton")
        self.allOkButton.setAutoDefault(False)

        self.buttonsRow.addWidget(self.allOkButton)

        self.printButton = QPushButton(ProcessCheckDialog)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setAutoDefault(False)

        self.buttonsRow.addWidget(self.printButton)

        self.buttonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsRow.addItem(self.buttonsSpacer)

        self.buttonBox = QDialogButtonBox(ProcessCheckDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close|QDialogButtonBox.Save)

        self.buttonsRow.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonsRow)

#if QT_CONFIG(shortcut)
        self.lineComboLabel.setBuddy(self.lineCombo)
        self.checkTableLabel.setBuddy(self.checkTable)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProcessCheckDialog)

        QMetaObject.connectSlotsByName(ProcessCheckDialog)
    # setupUi

    def retranslateUi(self, ProcessCheckDialog):
        ProcessCheckDialog.setWindowTitle(QCoreApplication.translate("ProcessCheckDialog", u"\u8fc7\u7a0b\u68c0\u9a8c", None))
        self.orderLabel.setText("")
        self.lineComboLabel.setText(QCoreApplication.translate("ProcessCheckDialog", u"\u68c0\u9a8c\u7684\u5de5\u5e8f(&L)\uff1a", None))
        self.checkTableLabel.setText(QCoreApplication.translate("ProcessCheckDialog", u"\u68c0\u9a8c\u9879\u76ee(&K)\uff1a\u7a7a\u683c\u952e\u5207\u6362\u7ed3\u679c\uff08\u5408\u683c / \u4e0d\u5408\u683c / \u4e0d\u9002\u7528 / \u672a\u68c0\uff09\uff0cF2 \u586b\u5199\u6574\u6539\u8981\u6c42", None))
        self.recordedLabel.setText("")
        self.errorLabel.setText("")
        self.allOkButton.setText(QCoreApplication.translate("ProcessCheckDialog", u"\u672a\u68c0\u9879\u5168\u90e8\u5408\u683c (Ctrl+Shift+A)", None))
        self.printButton.setText(QCoreApplication.translate("ProcessCheckDialog", u"\u6253\u5370\u8fc7\u7a0b\u68c0\u9a8c\u5355 (Ctrl+P)", None))
    # retranslateUi

