# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'parts_issue.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_PartsIssue(object):
    def setupUi(self, PartsIssue):
        if not PartsIssue.objectName():
            PartsIssue.setObjectName(u"PartsIssue")
        PartsIssue.resize(1100, 620)
        self.issueLayout = QVBoxLayout(PartsIssue)
        self.issueLayout.setObjectName(u"issueLayout")
        self.splitter = QSplitter(PartsIssue)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.pickBox = QGroupBox(self.splitter)
        self.pickBox.setObjectName(u"pickBox")
        self.pickLayout = QVBoxLayout(self.pickBox)
        self.pickLayout.setObjectName(u"pickLayout")
        self.pickView = QTableView(self.pickBox)
        self.pickView.setObjectName(u"pickView")
        self.pickView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pickView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pickView.setAlternatingRowColors(True)

        self.pickLayout.addWidget(self.pickView)

        self.splitter.addWidget(self.pickBox)
        self.orderBox = QGroupBox(self.splitter)
        self.orderBox.setObjectName(u"orderBox")
        self.orderLayout = QVBoxLayout(self.orderBox)
        self.orderLayout.setObjectName(u"orderLayout")
        self.orderFindLayout = QHBoxLayout()
        self.orderFindLayout.setObjectName(u"orderFindLayout")
        self.orderNumberLabel = QLabel(self.orderBox)
        self.orderNumberLabel.setObjectName(u"orderNumberLabel")

        self.orderFindLayout.addWidget(self.orderNumberLabel)

        self.orderEdit = QLineEdit(self.orderBox)
        self.orderEdit.setObjectName(u"orderEdit")

        self.orderFindLayout.addWidget(self.orderEdit)

        self.scanLabel = QLabel(self.orderBox)
        self.scanLabel.setObjectName(u"scanLabel")

        self.orderFindLayout.addWidget(self.scanLabel)

        self.scanEdit = QLineEdit(self.orderBox)
        self.scanEdit.setObjectName(u"scanEdit")

        self.orderFindLayout.addWidget(self.scanEdit)

        self.orderLabel = QLabel(self.orderBox)
        self.orderLabel.setObjectName(u"orderLabel")
        self.orderLabel.setText(u"")

        self.orderFindLayout.addWidget(self.orderLabel)

        self.orderSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.orderFindLayout.addItem(self.orderSpacer)


        self.orderLayout.addLayout(self.orderFindLayout)

        self.linesView = QTableView(self.orderBox)
        self.linesView.setObjectName(u"linesView")
        self.linesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.linesView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.linesView.setAlternatingRowColors(True)

        self.orderLayout.addWidget(self.linesView)

        self.actionLayout = QHBoxLayout()
        self.actionLayout.setObjectName(u"actionLayout")
        self.quantityLabel = QLabel(self.orderBox)
        self.quantityLabel.setObjectName(u"quantityLabel")

        self.actionLayout.addWidget(self.quantityLabel)

        self.quantityEdit = QLineEdit(self.orderBox)
        self.quantityEdit.setObjectName(u"quantityEdit")
        self.quantityEdit.setMaximumSize(QSize(90, 16777215))

        self.actionLayout.addWidget(self.quantityEdit)

        self.issueButton = QPushButton(self.orderBox)
        self.issueButton.setObjectName(u"issueButton")

        self.actionLayout.addWidget(self.issueButton)

        self.reasonLabel = QLabel(self.orderBox)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.actionLayout.addWidget(self.reasonLabel)

        self.reasonEdit = QLineEdit(self.orderBox)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.actionLayout.addWidget(self.reasonEdit)

        self.returnButton = QPushButton(self.orderBox)
        self.returnButton.setObjectName(u"returnButton")

        self.actionLayout.addWidget(self.returnButton)

        self.printButton = QPushButton(self.orderBox)
        self.printButton.setObjectName(u"printButton")

        self.actionLayout.addWidget(self.printButton)


        self.orderLayout.addLayout(self.actionLayout)

        self.messageLabel = QLabel(self.orderBox)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setText(u"")

        self.orderLayout.addWidget(self.messageLabel)

        self.splitter.addWidget(self.orderBox)

        self.issueLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.orderNumberLabel.setBuddy(self.orderEdit)
        self.scanLabel.setBuddy(self.scanEdit)
        self.quantityLabel.setBuddy(self.quantityEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PartsIssue)

        QMetaObject.connectSlotsByName(PartsIssue)
    # setupUi

    def retranslateUi(self, PartsIssue):
        self.pickBox.setTitle(QCoreApplication.translate("PartsIssue", u"\u8f66\u95f4\u9886\u6599\u7533\u8bf7\uff08\u5148\u5230\u5148\u53d1\uff1b\u56de\u8f66\u6216\u53cc\u51fb\u6253\u5f00\u5de5\u5355\uff09", None))
        self.orderBox.setTitle(QCoreApplication.translate("PartsIssue", u"\u5de5\u5355\u5907\u4ef6", None))
        self.orderNumberLabel.setText(QCoreApplication.translate("PartsIssue", u"\u5de5\u5355\u53f7(&O)\uff1a", None))
        self.orderEdit.setPlaceholderText(QCoreApplication.translate("PartsIssue", u"\u8f93\u5165\u6216\u626b\u63cf\u5de5\u5355\u53f7\uff0c\u56de\u8f66", None))
        self.scanLabel.setText(QCoreApplication.translate("PartsIssue", u"\u626b\u7801\u9009\u4ef6(&S)\uff1a", None))
        self.scanEdit.setPlaceholderText(QCoreApplication.translate("PartsIssue", u"\u626b\u96f6\u4ef6\u53f7\uff0c\u9009\u4e2d\u8be5\u884c", None))
        self.quantityLabel.setText(QCoreApplication.translate("PartsIssue", u"\u672c\u6b21\u6570\u91cf(&Q)\uff1a", None))
        self.quantityEdit.setPlaceholderText(QCoreApplication.translate("PartsIssue", u"\u5168\u90e8", None))
        self.issueButton.setText(QCoreApplication.translate("PartsIssue", u"\u53d1\u6599\u51fa\u5e93 (F9)", None))
        self.reasonLabel.setText(QCoreApplication.translate("PartsIssue", u"\u9000\u5e93\u539f\u56e0(&R)\uff1a", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("PartsIssue", u"\u5982\uff1a\u672a\u7528\u5b8c\u3001\u578b\u53f7\u4e0d\u7b26", None))
        self.returnButton.setText(QCoreApplication.translate("PartsIssue", u"\u9000\u5e93 (F10)", None))
        self.printButton.setText(QCoreApplication.translate("PartsIssue", u"\u6253\u5370\u51fa\u5e93\u5355 (Ctrl+P)", None))
        pass
    # retranslateUi

