# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'parts_count.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTableView, QVBoxLayout, QWidget)

class Ui_PartsCount(object):
    def setupUi(self, PartsCount):
        if not PartsCount.objectName():
            PartsCount.setObjectName(u"PartsCount")
        PartsCount.resize(1100, 620)
        self.countLayout = QVBoxLayout(PartsCount)
        self.countLayout.setObjectName(u"countLayout")
        self.startLayout = QHBoxLayout()
        self.startLayout.setObjectName(u"startLayout")
        self.countLabel = QLabel(PartsCount)
        self.countLabel.setObjectName(u"countLabel")

        self.startLayout.addWidget(self.countLabel)

        self.countCombo = QComboBox(PartsCount)
        self.countCombo.setObjectName(u"countCombo")
        self.countCombo.setMinimumSize(QSize(260, 0))

        self.startLayout.addWidget(self.countCombo)

        self.startSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.startLayout.addItem(self.startSpacer)

        self.binsLabel = QLabel(PartsCount)
        self.binsLabel.setObjectName(u"binsLabel")

        self.startLayout.addWidget(self.binsLabel)

        self.binsEdit = QLineEdit(PartsCount)
        self.binsEdit.setObjectName(u"binsEdit")

        self.startLayout.addWidget(self.binsEdit)

        self.daysLabel = QLabel(PartsCount)
        self.daysLabel.setObjectName(u"daysLabel")

        self.startLayout.addWidget(self.daysLabel)

        self.daysSpin = QSpinBox(PartsCount)
        self.daysSpin.setObjectName(u"daysSpin")
        self.daysSpin.setMaximum(3650)

        self.startLayout.addWidget(self.daysSpin)

        self.startButton = QPushButton(PartsCount)
        self.startButton.setObjectName(u"startButton")

        self.startLayout.addWidget(self.startButton)


        self.countLayout.addLayout(self.startLayout)

        self.entryLayout = QHBoxLayout()
        self.entryLayout.setObjectName(u"entryLayout")
        self.numberLabel = QLabel(PartsCount)
        self.numberLabel.setObjectName(u"numberLabel")

        self.entryLayout.addWidget(self.numberLabel)

        self.numberEdit = QLineEdit(PartsCount)
        self.numberEdit.setObjectName(u"numberEdit")

        self.entryLayout.addWidget(self.numberEdit)

        self.countedLabel = QLabel(PartsCount)
        self.countedLabel.setObjectName(u"countedLabel")

        self.entryLayout.addWidget(self.countedLabel)

        self.countedEdit = QLineEdit(PartsCount)
        self.countedEdit.setObjectName(u"countedEdit")
        self.countedEdit.setMaximumSize(QSize(100, 16777215))

        self.entryLayout.addWidget(self.countedEdit)

        self.enterButton = QPushButton(PartsCount)
        self.enterButton.setObjectName(u"enterButton")

        self.entryLayout.addWidget(self.enterButton)

        self.uncountedCheck = QCheckBox(PartsCount)
        self.uncountedCheck.setObjectName(u"uncountedCheck")

        self.entryLayout.addWidget(self.uncountedCheck)

        self.progressLabel = QLabel(PartsCount)
        self.progressLabel.setObjectName(u"progressLabel")
        self.progressLabel.setText(u"")

        self.entryLayout.addWidget(self.progressLabel)


        self.countLayout.addLayout(self.entryLayout)

        self.linesView = QTableView(PartsCount)
        self.linesView.setObjectName(u"linesView")
        self.linesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.linesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.linesView.setAlternatingRowColors(True)

        self.countLayout.addWidget(self.linesView)

        self.varianceLabel = QLabel(PartsCount)
        self.varianceLabel.setObjectName(u"varianceLabel")
        self.varianceLabel.setWordWrap(True)
        self.varianceLabel.setText(u"")

        self.countLayout.addWidget(self.varianceLabel)

        self.actionLayout = QHBoxLayout()
        self.actionLayout.setObjectName(u"actionLayout")
        self.dropCheck = QCheckBox(PartsCount)
        self.dropCheck.setObjectName(u"dropCheck")

        self.actionLayout.addWidget(self.dropCheck)

        self.submitButton = QPushButton(PartsCount)
        self.submitButton.setObjectName(u"submitButton")

        self.actionLayout.addWidget(self.submitButton)

        self.postButton = QPushButton(PartsCount)
        self.postButton.setObjectName(u"postButton")

        self.actionLayout.addWidget(self.postButton)

        self.cancelButton = QPushButton(PartsCount)
        self.cancelButton.setObjectName(u"cancelButton")

        self.actionLayout.addWidget(self.cancelButton)

        self.actionSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionLayout.addItem(self.actionSpacer)

        self.printSheetButton = QPushButton(PartsCount)
        self.printSheetButton.setObjectName(u"printSheetButton")

        self.actionLayout.addWidget(self.printSheetButton)

        self.printVarianceButton = QPushButton(PartsCount)
        self.printVarianceButton.setObjectName(u"printVarianceButton")

        self.actionLayout.addWidget(self.printVarianceButton)


        self.countLayout.addLayout(self.actionLayout)

        self.messageLabel = QLabel(PartsCount)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setText(u"")

        self.countLayout.addWidget(self.messageLabel)

#if QT_CONFIG(shortcut)
        self.countLabel.setBuddy(self.countCombo)
        self.binsLabel.setBuddy(self.binsEdit)
        self.daysLabel.setBuddy(self.daysSpin)
        self.numberLabel.setBuddy(self.numberEdit)
        self.countedLabel.setBuddy(self.countedEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PartsCount)

        QMetaObject.connectSlotsByName(PartsCount)
    # setupUi

    def retranslateUi(self, PartsCount):
        self.countLabel.setText(QCoreApplication.translate("PartsCount", u"\u76d8\u70b9\u5355\uff1a", None))
        self.binsLabel.setText(QCoreApplication.translate("PartsCount", u"\u8d27\u4f4d\uff1a", None))
        self.binsEdit.setPlaceholderText(QCoreApplication.translate("PartsCount", u"\u5982 A-01-1, A-01-2\uff1b\u7a7a\u4e3a\u5168\u90e8", None))
        self.daysLabel.setText(QCoreApplication.translate("PartsCount", u"\u672a\u76d8\u5929\u6570 \u2265", None))
        self.daysSpin.setSpecialValueText(QCoreApplication.translate("PartsCount", u"\u4e0d\u9650", None))
        self.startButton.setText(QCoreApplication.translate("PartsCount", u"\u5f00\u59cb\u76d8\u70b9", None))
        self.numberLabel.setText(QCoreApplication.translate("PartsCount", u"\u96f6\u4ef6\u53f7(&N)\uff1a", None))
        self.numberEdit.setPlaceholderText(QCoreApplication.translate("PartsCount", u"\u626b\u7801\u6216\u8f93\u5165\uff0c\u56de\u8f66", None))
        self.countedLabel.setText(QCoreApplication.translate("PartsCount", u"\u5b9e\u76d8\u6570\u91cf(&C)\uff1a", None))
        self.enterButton.setText(QCoreApplication.translate("PartsCount", u"\u5f55\u5165", None))
        self.uncountedCheck.setText(QCoreApplication.translate("PartsCount", u"\u53ea\u770b\u672a\u76d8", None))
        self.dropCheck.setText(QCoreApplication.translate("PartsCount", u"\u672a\u76d8\u7684\u4e0d\u8ba1\u5165\u672c\u6b21\u76d8\u70b9", None))
        self.submitButton.setText(QCoreApplication.translate("PartsCount", u"\u63d0\u4ea4\u5ba1\u6279", None))
        self.postButton.setText(QCoreApplication.translate("PartsCount", u"\u7ecf\u7406\u5ba1\u6279\u5e76\u8fc7\u8d26\u2026", None))
        self.cancelButton.setText(QCoreApplication.translate("PartsCount", u"\u4f5c\u5e9f\u76d8\u70b9\u5355", None))
        self.printSheetButton.setText(QCoreApplication.translate("PartsCount", u"\u6253\u5370\u76d8\u70b9\u8868", None))
        self.printVarianceButton.setText(QCoreApplication.translate("PartsCount", u"\u6253\u5370\u5dee\u5f02\u8868", None))
        pass
    # retranslateUi

