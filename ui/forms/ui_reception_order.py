# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reception_order.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QToolButton, QVBoxLayout, QWidget)

class Ui_ReceptionOrder(object):
    def setupUi(self, ReceptionOrder):
        if not ReceptionOrder.objectName():
            ReceptionOrder.setObjectName(u"ReceptionOrder")
        ReceptionOrder.resize(1100, 680)
        self.dialogLayout = QVBoxLayout(ReceptionOrder)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.infoLabel = QLabel(ReceptionOrder)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.infoLabel)

        self.termsRow = QHBoxLayout()
        self.termsRow.setObjectName(u"termsRow")
        self.termsLayout = QGridLayout()
        self.termsLayout.setObjectName(u"termsLayout")
        self.jobComboLabel = QLabel(ReceptionOrder)
        self.jobComboLabel.setObjectName(u"jobComboLabel")

        self.termsLayout.addWidget(self.jobComboLabel, 0, 0, 1, 1)

        self.jobCombo = QComboBox(ReceptionOrder)
        self.jobCombo.setObjectName(u"jobCombo")

        self.termsLayout.addWidget(self.jobCombo, 0, 1, 1, 1)

        self.modeComboLabel = QLabel(ReceptionOrder)
        self.modeComboLabel.setObjectName(u"modeComboLabel")

        self.termsLayout.addWidget(self.modeComboLabel, 1, 0, 1, 1)

        self.modeCombo = QComboBox(ReceptionOrder)
        self.modeCombo.setObjectName(u"modeCombo")

        self.termsLayout.addWidget(self.modeCombo, 1, 1, 1, 1)

        self.promisedEditLabel = QLabel(ReceptionOrder)
        self.promisedEditLabel.setObjectName(u"promisedEditLabel")

        self.termsLayout.addWidget(self.promisedEditLabel, 2, 0, 1, 1)

        self.promisedEdit = QDateTimeEdit(ReceptionOrder)
        self.promisedEdit.setObjectName(u"promisedEdit")
        self.promisedEdit.setCalendarPopup(True)

        self.termsLayout.addWidget(self.promisedEdit, 2, 1, 1, 1)

        self.qualityComboLabel = QLabel(ReceptionOrder)
        self.qualityComboLabel.setObjectName(u"qualityComboLabel")

        self.termsLayout.addWidget(self.qualityComboLabel, 3, 0, 1, 1)

        self.qualityCombo = QComboBox(ReceptionOrder)
        self.qualityCombo.setObjectName(u"qualityCombo")

        self.termsLayout.addWidget(self.qualityCombo, 3, 1, 1, 1)


        self.termsRow.addLayout(self.termsLayout)

        self.flagsLayout = QVBoxLayout()
        self.flagsLayout.setObjectName(u"flagsLayout")
        self.partsByCustomerCheck = QCheckBox(ReceptionOrder)
        self.partsByCustomerCheck.setObjectName(u"partsByCustomerCheck")

        self.flagsLayout.addWidget(self.partsByCustomerCheck)

        self.aftermarketCheck = QCheckBox(ReceptionOrder)
        self.aftermarketCheck.setObjectName(u"aftermarketCheck")

        self.flagsLayout.addWidget(self.aftermarketCheck)

        self.oldPartsCheck = QCheckBox(ReceptionOrder)
        self.oldPartsCheck.setObjectName(u"oldPartsCheck")

        self.flagsLayout.addWidget(self.oldPartsCheck)

        self.washCheck = QCheckBox(ReceptionOrder)
        self.washCheck.setObjectName(u"washCheck")

        self.flagsLayout.addWidget(self.washCheck)


        self.termsRow.addLayout(self.flagsLayout)

        self.totalLabel = QLabel(ReceptionOrder)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.termsRow.addWidget(self.totalLabel)


        self.dialogLayout.addLayout(self.termsRow)

        self.linesView = QTableView(ReceptionOrder)
        self.linesView.setObjectName(u"linesView")
        self.linesView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.linesView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.linesView.setAlternatingRowColors(True)

        self.dialogLayout.addWidget(self.linesView)

        self.linesButtons = QHBoxLayout()
        self.linesButtons.setObjectName(u"linesButtons")
        self.labourButton = QPushButton(ReceptionOrder)
        self.labourButton.setObjectName(u"labourButton")
        self.labourButton.setAutoDefault(False)

        self.linesButtons.addWidget(self.labourButton)

        self.partButton = QPushButton(ReceptionOrder)
        self.partButton.setObjectName(u"partButton")
        self.partButton.setAutoDefault(False)

        self.linesButtons.addWidget(self.partButton)

        self.customerPartButton = QPushButton(ReceptionOrder)
        self.customerPartButton.setObjectName(u"customerPartButton")
        self.customerPartButton.setAutoDefault(False)

        self.linesButtons.addWidget(self.customerPartButton)

        self.pricedButton = QPushButton(ReceptionOrder)
        self.pricedButton.setObjectName(u"pricedButton")
        self.pricedButton.setAutoDefault(False)

        self.linesButtons.addWidget(self.pricedButton)

        self.feeButton = QPushButton(ReceptionOrder)
        self.feeButton.setObjectName(u"feeButton")
        self.feeButton.setAutoDefault(False)

        self.linesButtons.addWidget(self.feeButton)

        self.packageCombo = QComboBox(ReceptionOrder)
        self.packageCombo.setObjectName(u"packageCombo")
        self.packageCombo.setMinimumSize(QSize(160, 0))
        self.packageCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.packageCombo.setMinimumContentsLength(14)

        self.linesButtons.addWidget(self.packageCombo)

        self.packageButton = QPushButton(ReceptionOrder)
        self.packageButton.setObjectName(u"packageButton")
        self.packageButton.setAutoDefault(False)

        self.linesButtons.addWidget(self.packageButton)

        self.editLineButton = QPushButton(ReceptionOrder)
        self.editLineButton.setObjectName(u"editLineButton")
        self.editLineButton.setAutoDefault(False)

        self.linesButtons.addWidget(self.editLineButton)

        self.removeButton = QPushButton(ReceptionOrder)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setAutoDefault(False)

        self.linesButtons.addWidget(self.removeButton)

        self.linesSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.linesButtons.addItem(self.linesSpacer)


        self.dialogLayout.addLayout(self.linesButtons)

        self.suggestionsRow = QHBoxLayout()
        self.suggestionsRow.setObjectName(u"suggestionsRow")
        self.suggestionsLabel = QLabel(ReceptionOrder)
        self.suggestionsLabel.setObjectName(u"suggestionsLabel")
        self.suggestionsLabel.setStyleSheet(u"color: #b26a00;")
        self.suggestionsLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.suggestionsLabel.sizePolicy().hasHeightForWidth())
        self.suggestionsLabel.setSizePolicy(sizePolicy)

        self.suggestionsRow.addWidget(self.suggestionsLabel)

        self.takeUpButton = QPushButton(ReceptionOrder)
        self.takeUpButton.setObjectName(u"takeUpButton")
        self.takeUpButton.setAutoDefault(False)

        self.suggestionsRow.addWidget(self.takeUpButton)


        self.dialogLayout.addLayout(self.suggestionsRow)

        self.remarksLabel = QLabel(ReceptionOrder)
        self.remarksLabel.setObjectName(u"remarksLabel")
        self.remarksLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.remarksLabel)

        self.actionButtons = QHBoxLayout()
        self.actionButtons.setObjectName(u"actionButtons")
        self.printLabel = QLabel(ReceptionOrder)
        self.printLabel.setObjectName(u"printLabel")

        self.actionButtons.addWidget(self.printLabel)

        self.printCheckInButton = QPushButton(ReceptionOrder)
        self.printCheckInButton.setObjectName(u"printCheckInButton")
        self.printCheckInButton.setAutoDefault(False)

        self.actionButtons.addWidget(self.printCheckInButton)

        self.printEstimateButton = QPushButton(ReceptionOrder)
        self.printEstimateButton.setObjectName(u"printEstimateButton")
        self.printEstimateButton.setAutoDefault(False)

        self.actionButtons.addWidget(self.printEstimateButton)

        self.printWorkOrderButton = QPushButton(ReceptionOrder)
        self.printWorkOrderButton.setObjectName(u"printWorkOrderButton")
        self.printWorkOrderButton.setAutoDefault(False)

        self.actionButtons.addWidget(self.printWorkOrderButton)

        self.formsButton = QToolButton(ReceptionOrder)
        self.formsButton.setObjectName(u"formsButton")
        self.formsButton.setPopupMode(QToolButton.InstantPopup)

        self.actionButtons.addWidget(self.formsButton)

        self.diagnosisButton = QPushButton(ReceptionOrder)
        self.diagnosisButton.setObjectName(u"diagnosisButton")
        self.diagnosisButton.setAutoDefault(False)

        self.actionButtons.addWidget(self.diagnosisButton)

        self.actionSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionButtons.addItem(self.actionSpacer)

        self.signButton = QPushButton(ReceptionOrder)
        self.signButton.setObjectName(u"signButton")
        self.signButton.setAutoDefault(False)

        self.actionButtons.addWidget(self.signButton)


        self.dialogLayout.addLayout(self.actionButtons)

        self.errorLabel = QLabel(ReceptionOrder)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ReceptionOrder)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.jobComboLabel.setBuddy(self.jobCombo)
        self.modeComboLabel.setBuddy(self.modeCombo)
        self.promisedEditLabel.setBuddy(self.promisedEdit)
        self.qualityComboLabel.setBuddy(self.qualityCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReceptionOrder)

        QMetaObject.connectSlotsByName(ReceptionOrder)
    # setupUi

    def retranslateUi(self, ReceptionOrder):
        ReceptionOrder.setWindowTitle(QCoreApplication.translate("ReceptionOrder", u"\u8fdb\u5382\u7ef4\u4fee\u5355", None))
        self.infoLabel.setText("")
        self.jobComboLabel.setText(QCoreApplication.translate("ReceptionOrder", u"\u4e1a\u52a1\u7c7b\u578b(&J)\uff1a", None))
        self.modeComboLabel.setText(QCoreApplication.translate("ReceptionOrder", u"\u4f30\u4ef7\u65b9\u5f0f(&E)\uff1a", None))
        self.promisedEditLabel.setText(QCoreApplication.translate("ReceptionOrder", u"\u9884\u8ba1\u4ea4\u8f66(&T)\uff1a", None))
        self.promisedEdit.setDisplayFormat(QCoreApplication.translate("ReceptionOrder", u"yyyy-MM-dd HH:mm", None))
        self.qualityComboLabel.setText(QCoreApplication.translate("ReceptionOrder", u"\u914d\u4ef6\u7c7b\u522b(&Q)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.qualityCombo.setToolTip(QCoreApplication.translate("ReceptionOrder", u"\u5ba2\u6237\u9009\u62e9\u7684\u914d\u4ef6\u7c7b\u522b\uff1a\u539f\u5382\u3001\u540c\u8d28\u3001\u4fee\u590d\u6216\u526f\u5382\u914d\u4ef6\uff0c\u5206\u522b\u6807\u8bc6\u3001\u5206\u522b\u8ba1\u4ef7", None))
#endif // QT_CONFIG(tooltip)
        self.partsByCustomerCheck.setText(QCoreApplication.translate("ReceptionOrder", u"\u5ba2\u6237\u81ea\u5e26\u914d\u4ef6(&C)", None))
        self.aftermarketCheck.setText(QCoreApplication.translate("ReceptionOrder", u"\u5ba2\u6237\u575a\u6301\u4f7f\u7528\u526f\u5382\u4ef6(&A)", None))
        self.oldPartsCheck.setText(QCoreApplication.translate("ReceptionOrder", u"\u65e7\u4ef6\u4ea4\u8fd8\u5ba2\u6237(&O)", None))
        self.washCheck.setText(QCoreApplication.translate("ReceptionOrder", u"\u6d17\u8f66(&W)", None))
        self.totalLabel.setText("")
        self.labourButton.setText(QCoreApplication.translate("ReceptionOrder", u"\u5de5\u65f6 (Ctrl+L)", None))
        self.partButton.setText(QCoreApplication.translate("ReceptionOrder", u"\u5907\u4ef6 (Ctrl+B)", None))
        self.customerPartButton.setText(QCoreApplication.translate("ReceptionOrder", u"\u5ba2\u6237\u81ea\u5e26\u4ef6", None))
        self.pricedButton.setText(QCoreApplication.translate("ReceptionOrder", u"\u6574\u9879\u5b9a\u4ef7 (Ctrl+I)", None))
        self.feeButton.setText(QCoreApplication.translate("ReceptionOrder", u"\u5176\u4ed6\u8d39\u7528 (Ctrl+E)", None))
        self.packageButton.setText(QCoreApplication.translate("ReceptionOrder", u"\u52a0\u4fdd\u517b\u5957\u9910 (Ctrl+K)", None))
        self.editLineButton.setText(QCoreApplication.translate("ReceptionOrder", u"\u6539\u6570\u91cf / \u4ed8\u8d39\u65b9 (F2)", None))
        self.removeButton.setText(QCoreApplication.translate("ReceptionOrder", u"\u5220\u9664\u884c (Del)", None))
        self.suggestionsLabel.setText("")
        self.takeUpButton.setText(QCoreApplication.translate("ReceptionOrder", u"\u4e0a\u6b21\u5efa\u8bae\u672c\u6b21\u505a\u2026 (Ctrl+U)", None))
        self.remarksLabel.setText("")
        self.printLabel.setText(QCoreApplication.translate("ReceptionOrder", u"\u6253\u5370\uff1a", None))
        self.printCheckInButton.setText(QCoreApplication.translate("ReceptionOrder", u"\u63a5\u8f66\u5355 Ctrl+Alt+P", None))
        self.printEstimateButton.setText(QCoreApplication.translate("ReceptionOrder", u"\u4f30\u4ef7\u5355\uff08\u4e24\u8054\uff09 Ctrl+Shift+P", None))
        self.printWorkOrderButton.setText(QCoreApplication.translate("ReceptionOrder", u"\u8fdb\u5382\u7ef4\u4fee\u5355 Ctrl+P", None))
        self.formsButton.setText(QCoreApplication.translate("ReceptionOrder", u"\u5176\u4ed6\u5355\u636e Ctrl+Shift+O", None))
        self.diagnosisButton.setText(QCoreApplication.translate("ReceptionOrder", u"\u68c0\u6d4b\u8bca\u65ad Ctrl+Shift+D", None))
        self.signButton.setText(QCoreApplication.translate("ReceptionOrder", u"\u5ba2\u6237\u5df2\u7b7e\u5b57\uff0c\u4ea4\u8f66\u95f4 (Ctrl+Enter)", None))
        self.errorLabel.setText("")
    # retranslateUi

