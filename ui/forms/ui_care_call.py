# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'care_call.ui'
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
    QDialogButtonBox, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_CareCall(object):
    def setupUi(self, CareCall):
        if not CareCall.objectName():
            CareCall.setObjectName(u"CareCall")
        CareCall.resize(660, 540)
        self.dialogLayout = QVBoxLayout(CareCall)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.infoLabel = QLabel(CareCall)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setText(u"")
        self.infoLabel.setTextFormat(Qt.RichText)
        self.infoLabel.setWordWrap(True)
        self.infoLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.infoLabel)

        self.scriptBox = QGroupBox(CareCall)
        self.scriptBox.setObjectName(u"scriptBox")
        self.scriptLayout = QGridLayout(self.scriptBox)
        self.scriptLayout.setObjectName(u"scriptLayout")
        self.speedLabel = QLabel(self.scriptBox)
        self.speedLabel.setObjectName(u"speedLabel")

        self.scriptLayout.addWidget(self.speedLabel, 0, 0, 1, 1)

        self.speedCombo = QComboBox(self.scriptBox)
        self.speedCombo.setObjectName(u"speedCombo")

        self.scriptLayout.addWidget(self.speedCombo, 0, 1, 1, 1)

        self.priceLabel = QLabel(self.scriptBox)
        self.priceLabel.setObjectName(u"priceLabel")

        self.scriptLayout.addWidget(self.priceLabel, 1, 0, 1, 1)

        self.priceCombo = QComboBox(self.scriptBox)
        self.priceCombo.setObjectName(u"priceCombo")

        self.scriptLayout.addWidget(self.priceCombo, 1, 1, 1, 1)

        self.staffLabel = QLabel(self.scriptBox)
        self.staffLabel.setObjectName(u"staffLabel")
        self.staffLabel.setWordWrap(True)

        self.scriptLayout.addWidget(self.staffLabel, 2, 0, 1, 1)

        self.staffCombo = QComboBox(self.scriptBox)
        self.staffCombo.setObjectName(u"staffCombo")

        self.scriptLayout.addWidget(self.staffCombo, 2, 1, 1, 1)

        self.qualityLabel = QLabel(self.scriptBox)
        self.qualityLabel.setObjectName(u"qualityLabel")

        self.scriptLayout.addWidget(self.qualityLabel, 3, 0, 1, 1)

        self.qualityCombo = QComboBox(self.scriptBox)
        self.qualityCombo.setObjectName(u"qualityCombo")

        self.scriptLayout.addWidget(self.qualityCombo, 3, 1, 1, 1)

        self.cleanLabel = QLabel(self.scriptBox)
        self.cleanLabel.setObjectName(u"cleanLabel")

        self.scriptLayout.addWidget(self.cleanLabel, 4, 0, 1, 1)

        self.cleanCombo = QComboBox(self.scriptBox)
        self.cleanCombo.setObjectName(u"cleanCombo")

        self.scriptLayout.addWidget(self.cleanCombo, 4, 1, 1, 1)

        self.overallLabel = QLabel(self.scriptBox)
        self.overallLabel.setObjectName(u"overallLabel")

        self.scriptLayout.addWidget(self.overallLabel, 5, 0, 1, 1)

        self.overallCombo = QComboBox(self.scriptBox)
        self.overallCombo.setObjectName(u"overallCombo")

        self.scriptLayout.addWidget(self.overallCombo, 5, 1, 1, 1)

        self.scriptLayout.setColumnStretch(0, 1)

        self.dialogLayout.addWidget(self.scriptBox)

        self.remarkLabel = QLabel(CareCall)
        self.remarkLabel.setObjectName(u"remarkLabel")

        self.dialogLayout.addWidget(self.remarkLabel)

        self.remarkEdit = QPlainTextEdit(CareCall)
        self.remarkEdit.setObjectName(u"remarkEdit")
        self.remarkEdit.setMaximumSize(QSize(16777215, 70))
        self.remarkEdit.setTabChangesFocus(True)

        self.dialogLayout.addWidget(self.remarkEdit)

        self.complaintBox = QGroupBox(CareCall)
        self.complaintBox.setObjectName(u"complaintBox")
        self.complaintBox.setCheckable(True)
        self.complaintBox.setChecked(False)
        self.complaintLayout = QGridLayout(self.complaintBox)
        self.complaintLayout.setObjectName(u"complaintLayout")
        self.categoryLabel = QLabel(self.complaintBox)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.complaintLayout.addWidget(self.categoryLabel, 0, 0, 1, 1)

        self.categoryCombo = QComboBox(self.complaintBox)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.complaintLayout.addWidget(self.categoryCombo, 0, 1, 1, 1)

        self.ownerLabel = QLabel(self.complaintBox)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.complaintLayout.addWidget(self.ownerLabel, 0, 2, 1, 1)

        self.ownerCombo = QComboBox(self.complaintBox)
        self.ownerCombo.setObjectName(u"ownerCombo")

        self.complaintLayout.addWidget(self.ownerCombo, 0, 3, 1, 1)

        self.complaintLabel = QLabel(self.complaintBox)
        self.complaintLabel.setObjectName(u"complaintLabel")

        self.complaintLayout.addWidget(self.complaintLabel, 1, 0, 1, 1)

        self.complaintEdit = QPlainTextEdit(self.complaintBox)
        self.complaintEdit.setObjectName(u"complaintEdit")
        self.complaintEdit.setMaximumSize(QSize(16777215, 60))
        self.complaintEdit.setTabChangesFocus(True)

        self.complaintLayout.addWidget(self.complaintEdit, 1, 1, 1, 3)

        self.complaintLayout.setColumnStretch(1, 1)
        self.complaintLayout.setColumnStretch(3, 1)

        self.dialogLayout.addWidget(self.complaintBox)

        self.errorLabel = QLabel(CareCall)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setText(u"")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.noAnswerButton = QPushButton(CareCall)
        self.noAnswerButton.setObjectName(u"noAnswerButton")
        self.noAnswerButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.noAnswerButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.buttonBox = QDialogButtonBox(CareCall)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.buttonsLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.speedLabel.setBuddy(self.speedCombo)
        self.priceLabel.setBuddy(self.priceCombo)
        self.staffLabel.setBuddy(self.staffCombo)
        self.qualityLabel.setBuddy(self.qualityCombo)
        self.cleanLabel.setBuddy(self.cleanCombo)
        self.overallLabel.setBuddy(self.overallCombo)
        self.remarkLabel.setBuddy(self.remarkEdit)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.ownerLabel.setBuddy(self.ownerCombo)
        self.complaintLabel.setBuddy(self.complaintEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.speedCombo, self.priceCombo)
        QWidget.setTabOrder(self.priceCombo, self.staffCombo)
        QWidget.setTabOrder(self.staffCombo, self.qualityCombo)
        QWidget.setTabOrder(self.qualityCombo, self.cleanCombo)
        QWidget.setTabOrder(self.cleanCombo, self.overallCombo)
        QWidget.setTabOrder(self.overallCombo, self.remarkEdit)
        QWidget.setTabOrder(self.remarkEdit, self.complaintBox)
        QWidget.setTabOrder(self.complaintBox, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.ownerCombo)
        QWidget.setTabOrder(self.ownerCombo, self.complaintEdit)

        self.retranslateUi(CareCall)

        QMetaObject.connectSlotsByName(CareCall)
    # setupUi

    def retranslateUi(self, CareCall):
        CareCall.setWindowTitle(QCoreApplication.translate("CareCall", u"\u56de\u8bbf\u767b\u8bb0", None))
        self.scriptBox.setTitle(QCoreApplication.translate("CareCall", u"\u56de\u8bbf\u95ee\u5377\uff085 \u975e\u5e38\u6ee1\u610f \u00b7 4 \u6ee1\u610f \u00b7 3 \u4e00\u822c \u00b7 2 \u4e0d\u6ee1\u610f \u00b7 1 \u5f88\u4e0d\u6ee1\u610f\uff1b\u6309\u6570\u5b57\u952e\u9009\u62e9\uff09", None))
        self.speedLabel.setText(QCoreApplication.translate("CareCall", u"1. \u901f\u5ea6\uff1a\u63a5\u5f85\u3001\u7ef4\u4fee\u3001\u7ed3\u8d26\u7684\u901f\u5ea6\u60a8\u6ee1\u610f\u5417\uff1f", None))
        self.priceLabel.setText(QCoreApplication.translate("CareCall", u"2. \u4ef7\u683c\uff1a\u914d\u4ef6\u4ef7\u683c\u548c\u5de5\u65f6\u8d39\u60a8\u89c9\u5f97\u5408\u7406\u5417\uff1f", None))
        self.staffLabel.setText(QCoreApplication.translate("CareCall", u"3. \u5458\u5de5\uff1a\u662f\u5426\u4e3b\u52a8\u62a5\u4ef7\u3001\u5b8c\u5de5\u540e\u9010\u9879\u8bb2\u89e3\uff1f\u5bf9\u670d\u52a1\u4eba\u5458\u6ee1\u610f\u5417\uff1f", None))
        self.qualityLabel.setText(QCoreApplication.translate("CareCall", u"4. \u8d28\u91cf\uff1a\u7ef4\u4fee\u8d28\u91cf\u600e\u4e48\u6837\uff1f\u6545\u969c\u662f\u5426\u5df2\u7ecf\u6392\u9664\uff1f", None))
        self.cleanLabel.setText(QCoreApplication.translate("CareCall", u"5. \u6e05\u6d01\uff1a\u4ea4\u8f66\u65f6\u8f66\u8f86\u5185\u5916\u662f\u5426\u5e72\u51c0\uff1f", None))
        self.overallLabel.setText(QCoreApplication.translate("CareCall", u"6. \u603b\u4f53\uff1a\u5bf9\u672c\u6b21\u670d\u52a1\u7684\u603b\u4f53\u8bc4\u4ef7\uff1f", None))
        self.remarkLabel.setText(QCoreApplication.translate("CareCall", u"\u5ba2\u6237\u610f\u89c1 / \u8981\u6c42(&R)\uff1a\uff08\u5e76\u63d0\u9192\u5ba2\u6237\u4e0b\u6b21\u4fdd\u517b\u65f6\u95f4\u3001\u6b22\u8fce\u9884\u7ea6\uff09", None))
        self.complaintBox.setTitle(QCoreApplication.translate("CareCall", u"\u8f6c\u4e3a\u6295\u8bc9(&C)", None))
        self.categoryLabel.setText(QCoreApplication.translate("CareCall", u"\u7c7b\u522b\uff1a", None))
        self.ownerLabel.setText(QCoreApplication.translate("CareCall", u"\u8d1f\u8d23\u4eba\uff1a", None))
        self.complaintLabel.setText(QCoreApplication.translate("CareCall", u"\u6295\u8bc9\u5185\u5bb9\uff1a", None))
        self.noAnswerButton.setText(QCoreApplication.translate("CareCall", u"\u672a\u63a5\u901a (F3)", None))
    # retranslateUi

