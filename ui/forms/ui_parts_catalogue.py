# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'parts_catalogue.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDateEdit, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QVBoxLayout, QWidget)

class Ui_PartsCatalogue(object):
    def setupUi(self, PartsCatalogue):
        if not PartsCatalogue.objectName():
            PartsCatalogue.setObjectName(u"PartsCatalogue")
        PartsCatalogue.resize(1100, 620)
        self.catalogueLayout = QVBoxLayout(PartsCatalogue)
        self.catalogueLayout.setObjectName(u"catalogueLayout")
        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchLabel = QLabel(PartsCatalogue)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(PartsCatalogue)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.searchEdit)

        self.newButton = QPushButton(PartsCatalogue)
        self.newButton.setObjectName(u"newButton")

        self.searchLayout.addWidget(self.newButton)

        self.editButton = QPushButton(PartsCatalogue)
        self.editButton.setObjectName(u"editButton")

        self.searchLayout.addWidget(self.editButton)

        self.importButton = QPushButton(PartsCatalogue)
        self.importButton.setObjectName(u"importButton")

        self.searchLayout.addWidget(self.importButton)

        self.returnButton = QPushButton(PartsCatalogue)
        self.returnButton.setObjectName(u"returnButton")

        self.searchLayout.addWidget(self.returnButton)

        self.adjustButton = QPushButton(PartsCatalogue)
        self.adjustButton.setObjectName(u"adjustButton")

        self.searchLayout.addWidget(self.adjustButton)


        self.catalogueLayout.addLayout(self.searchLayout)

        self.splitter = QSplitter(PartsCatalogue)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.partsView = QTableView(self.splitter)
        self.partsView.setObjectName(u"partsView")
        self.partsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.partsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.partsView.setAlternatingRowColors(True)
        self.splitter.addWidget(self.partsView)
        self.cardBox = QGroupBox(self.splitter)
        self.cardBox.setObjectName(u"cardBox")
        self.cardLayout = QVBoxLayout(self.cardBox)
        self.cardLayout.setObjectName(u"cardLayout")
        self.cardLabel = QLabel(self.cardBox)
        self.cardLabel.setObjectName(u"cardLabel")
        self.cardLabel.setWordWrap(True)
        self.cardLabel.setTextFormat(Qt.TextFormat.RichText)

        self.cardLayout.addWidget(self.cardLabel)

        self.asOfLayout = QHBoxLayout()
        self.asOfLayout.setObjectName(u"asOfLayout")
        self.asOfLabel = QLabel(self.cardBox)
        self.asOfLabel.setObjectName(u"asOfLabel")

        self.asOfLayout.addWidget(self.asOfLabel)

        self.asOfDate = QDateEdit(self.cardBox)
        self.asOfDate.setObjectName(u"asOfDate")
        self.asOfDate.setCalendarPopup(True)
        self.asOfDate.setDisplayFormat(u"yyyy-MM-dd")

        self.asOfLayout.addWidget(self.asOfDate)

        self.asOfButton = QPushButton(self.cardBox)
        self.asOfButton.setObjectName(u"asOfButton")

        self.asOfLayout.addWidget(self.asOfButton)

        self.asOfResult = QLabel(self.cardBox)
        self.asOfResult.setObjectName(u"asOfResult")
        self.asOfResult.setText(u"")

        self.asOfLayout.addWidget(self.asOfResult)

        self.asOfSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.asOfLayout.addItem(self.asOfSpacer)


        self.cardLayout.addLayout(self.asOfLayout)

        self.ledgerLabel = QLabel(self.cardBox)
        self.ledgerLabel.setObjectName(u"ledgerLabel")

        self.cardLayout.addWidget(self.ledgerLabel)

        self.ledgerView = QTableView(self.cardBox)
        self.ledgerView.setObjectName(u"ledgerView")
        self.ledgerView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ledgerView.setAlternatingRowColors(True)

        self.cardLayout.addWidget(self.ledgerView)

        self.splitter.addWidget(self.cardBox)

        self.catalogueLayout.addWidget(self.splitter)

        self.messageLabel = QLabel(PartsCatalogue)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setText(u"")

        self.catalogueLayout.addWidget(self.messageLabel)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PartsCatalogue)

        QMetaObject.connectSlotsByName(PartsCatalogue)
    # setupUi

    def retranslateUi(self, PartsCatalogue):
        self.searchLabel.setText(QCoreApplication.translate("PartsCatalogue", u"\u67e5\u627e(&F)\uff1a", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("PartsCatalogue", u"\u96f6\u4ef6\u53f7\u3001\u540d\u79f0\u6216\u8d27\u4f4d\uff0c\u8fb9\u8f93\u8fb9\u67e5\uff1b\u626b\u7801\u67aa\u626b\u96f6\u4ef6\u53f7\u76f4\u63a5\u6253\u5f00", None))
        self.newButton.setText(QCoreApplication.translate("PartsCatalogue", u"\u65b0\u5efa\u5907\u4ef6 (Ctrl+N)", None))
        self.editButton.setText(QCoreApplication.translate("PartsCatalogue", u"\u4fee\u6539\u6863\u6848 (F2)", None))
        self.importButton.setText(QCoreApplication.translate("PartsCatalogue", u"\u5bfc\u5165 Excel/CSV\u2026", None))
        self.returnButton.setText(QCoreApplication.translate("PartsCatalogue", u"\u9000\u8d27 (F7)\u2026", None))
        self.adjustButton.setText(QCoreApplication.translate("PartsCatalogue", u"\u5e93\u5b58\u8c03\u6574 (F8)\u2026", None))
        self.cardBox.setTitle(QCoreApplication.translate("PartsCatalogue", u"\u5907\u4ef6\u5361\u7247", None))
        self.cardLabel.setText(QCoreApplication.translate("PartsCatalogue", u"\u8bf7\u5728\u5de6\u4fa7\u9009\u62e9\u5907\u4ef6\u3002", None))
        self.asOfLabel.setText(QCoreApplication.translate("PartsCatalogue", u"\u67d0\u65e5\u5e93\u5b58\uff1a", None))
        self.asOfButton.setText(QCoreApplication.translate("PartsCatalogue", u"\u67e5\u8be2", None))
        self.ledgerLabel.setText(QCoreApplication.translate("PartsCatalogue", u"\u51fa\u5165\u5e93\u8bb0\u5f55\uff08\u6700\u65b0\u5728\u524d\uff09", None))
        pass
    # retranslateUi

