# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reception_lookup.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QTextBrowser, QVBoxLayout, QWidget)

class Ui_ReceptionLookup(object):
    def setupUi(self, ReceptionLookup):
        if not ReceptionLookup.objectName():
            ReceptionLookup.setObjectName(u"ReceptionLookup")
        ReceptionLookup.resize(1000, 600)
        self.lookupLayout = QVBoxLayout(ReceptionLookup)
        self.lookupLayout.setObjectName(u"lookupLayout")
        self.splitter = QSplitter(ReceptionLookup)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.resultsView = QTableView(self.splitter)
        self.resultsView.setObjectName(u"resultsView")
        self.resultsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.resultsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.resultsView.setAlternatingRowColors(True)
        self.splitter.addWidget(self.resultsView)
        self.detailBrowser = QTextBrowser(self.splitter)
        self.detailBrowser.setObjectName(u"detailBrowser")
        self.detailBrowser.setMinimumSize(QSize(300, 0))
        self.splitter.addWidget(self.detailBrowser)

        self.lookupLayout.addWidget(self.splitter)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.newButton = QPushButton(ReceptionLookup)
        self.newButton.setObjectName(u"newButton")

        self.buttonLayout.addWidget(self.newButton)

        self.checkInButton = QPushButton(ReceptionLookup)
        self.checkInButton.setObjectName(u"checkInButton")

        self.buttonLayout.addWidget(self.checkInButton)

        self.openOrderButton = QPushButton(ReceptionLookup)
        self.openOrderButton.setObjectName(u"openOrderButton")

        self.buttonLayout.addWidget(self.openOrderButton)

        self.bookButton = QPushButton(ReceptionLookup)
        self.bookButton.setObjectName(u"bookButton")

        self.buttonLayout.addWidget(self.bookButton)

        self.editButton = QPushButton(ReceptionLookup)
        self.editButton.setObjectName(u"editButton")

        self.buttonLayout.addWidget(self.editButton)

        self.ownerButton = QPushButton(ReceptionLookup)
        self.ownerButton.setObjectName(u"ownerButton")

        self.buttonLayout.addWidget(self.ownerButton)

        self.comebackButton = QPushButton(ReceptionLookup)
        self.comebackButton.setObjectName(u"comebackButton")

        self.buttonLayout.addWidget(self.comebackButton)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)


        self.lookupLayout.addLayout(self.buttonLayout)


        self.retranslateUi(ReceptionLookup)

        QMetaObject.connectSlotsByName(ReceptionLookup)
    # setupUi

    def retranslateUi(self, ReceptionLookup):
        self.newButton.setText(QCoreApplication.translate("ReceptionLookup", u"\u65b0\u5efa\u5ba2\u6237\u548c\u8f66\u8f86 (Ctrl+N)", None))
        self.checkInButton.setText(QCoreApplication.translate("ReceptionLookup", u"\u63a5\u8f66 (F2)", None))
        self.openOrderButton.setText(QCoreApplication.translate("ReceptionLookup", u"\u6253\u5f00\u5de5\u5355 (F4)", None))
        self.bookButton.setText(QCoreApplication.translate("ReceptionLookup", u"\u9884\u7ea6 (F3)", None))
        self.editButton.setText(QCoreApplication.translate("ReceptionLookup", u"\u7f16\u8f91\u6863\u6848 (Ctrl+E)", None))
        self.ownerButton.setText(QCoreApplication.translate("ReceptionLookup", u"\u8fc7\u6237 (Ctrl+O)", None))
        self.comebackButton.setText(QCoreApplication.translate("ReceptionLookup", u"\u8fd4\u4fee (\u4ece\u4e0a\u6b21\u5de5\u5355)", None))
        pass
    # retranslateUi

