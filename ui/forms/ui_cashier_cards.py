# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cashier_cards.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_CashierCardsTab(object):
    def setupUi(self, CashierCardsTab):
        if not CashierCardsTab.objectName():
            CashierCardsTab.setObjectName(u"CashierCardsTab")
        self.cardsLayout = QVBoxLayout(CashierCardsTab)
        self.cardsLayout.setObjectName(u"cardsLayout")
        self.findLayout = QHBoxLayout()
        self.findLayout.setObjectName(u"findLayout")
        self.searchCaption = QLabel(CashierCardsTab)
        self.searchCaption.setObjectName(u"searchCaption")

        self.findLayout.addWidget(self.searchCaption)

        self.searchEdit = QLineEdit(CashierCardsTab)
        self.searchEdit.setObjectName(u"searchEdit")

        self.findLayout.addWidget(self.searchEdit)

        self.customerCombo = QComboBox(CashierCardsTab)
        self.customerCombo.setObjectName(u"customerCombo")
        self.customerCombo.setMinimumContentsLength(24)

        self.findLayout.addWidget(self.customerCombo)

        self.balanceLabel = QLabel(CashierCardsTab)
        self.balanceLabel.setObjectName(u"balanceLabel")
        self.balanceLabel.setText(u"")

        self.findLayout.addWidget(self.balanceLabel)

        self.findSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.findLayout.addItem(self.findSpacer)


        self.cardsLayout.addLayout(self.findLayout)

        self.splitter = QSplitter(CashierCardsTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.cardsBox = QGroupBox(self.splitter)
        self.cardsBox.setObjectName(u"cardsBox")
        self.cardsBoxLayout = QVBoxLayout(self.cardsBox)
        self.cardsBoxLayout.setObjectName(u"cardsBoxLayout")
        self.cardsTable = QTableWidget(self.cardsBox)
        self.cardsTable.setObjectName(u"cardsTable")

        self.cardsBoxLayout.addWidget(self.cardsTable)

        self.splitter.addWidget(self.cardsBox)
        self.ledgerBox = QGroupBox(self.splitter)
        self.ledgerBox.setObjectName(u"ledgerBox")
        self.ledgerBoxLayout = QVBoxLayout(self.ledgerBox)
        self.ledgerBoxLayout.setObjectName(u"ledgerBoxLayout")
        self.ledgerTable = QTableWidget(self.ledgerBox)
        self.ledgerTable.setObjectName(u"ledgerTable")

        self.ledgerBoxLayout.addWidget(self.ledgerTable)

        self.closingLabel = QLabel(self.ledgerBox)
        self.closingLabel.setObjectName(u"closingLabel")
        self.closingLabel.setText(u"")

        self.ledgerBoxLayout.addWidget(self.closingLabel)

        self.splitter.addWidget(self.ledgerBox)

        self.cardsLayout.addWidget(self.splitter)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.sellButton = QPushButton(CashierCardsTab)
        self.sellButton.setObjectName(u"sellButton")

        self.buttonsLayout.addWidget(self.sellButton)

        self.topUpButton = QPushButton(CashierCardsTab)
        self.topUpButton.setObjectName(u"topUpButton")

        self.buttonsLayout.addWidget(self.topUpButton)

        self.receiptButton = QPushButton(CashierCardsTab)
        self.receiptButton.setObjectName(u"receiptButton")

        self.buttonsLayout.addWidget(self.receiptButton)

        self.printButton = QPushButton(CashierCardsTab)
        self.printButton.setObjectName(u"printButton")

        self.buttonsLayout.addWidget(self.printButton)

        self.exportButton = QPushButton(CashierCardsTab)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonsLayout.addWidget(self.exportButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.refundButton = QPushButton(CashierCardsTab)
        self.refundButton.setObjectName(u"refundButton")

        self.buttonsLayout.addWidget(self.refundButton)


        self.cardsLayout.addLayout(self.buttonsLayout)

        self.statusLabel = QLabel(CashierCardsTab)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)

        self.cardsLayout.addWidget(self.statusLabel)

        self.cardsLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.searchCaption.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CashierCardsTab)

        QMetaObject.connectSlotsByName(CashierCardsTab)
    # setupUi

    def retranslateUi(self, CashierCardsTab):
        self.searchCaption.setText(QCoreApplication.translate("CashierCardsTab", u"\u5ba2\u6237(&K)", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("CashierCardsTab", u"\u8f66\u724c\u3001\u624b\u673a\u5c3e\u53f7\u6216\u59d3\u540d\uff0c\u56de\u8f66\u67e5\u627e", None))
        self.cardsBox.setTitle(QCoreApplication.translate("CashierCardsTab", u"\u5ba2\u6237\u7684\u4f1a\u5458\u5361", None))
        self.ledgerBox.setTitle(QCoreApplication.translate("CashierCardsTab", u"\u53f0\u8d26\u660e\u7ec6", None))
        self.sellButton.setText(QCoreApplication.translate("CashierCardsTab", u"\u8d2d\u5361\u2026", None))
        self.topUpButton.setText(QCoreApplication.translate("CashierCardsTab", u"\u5145\u503c\u2026", None))
        self.receiptButton.setText(QCoreApplication.translate("CashierCardsTab", u"\u8865\u6253\u5c0f\u7968", None))
        self.printButton.setText(QCoreApplication.translate("CashierCardsTab", u"\u6253\u5370\u5bf9\u8d26\u5355", None))
        self.exportButton.setText(QCoreApplication.translate("CashierCardsTab", u"\u5bfc\u51fa CSV\u2026", None))
        self.refundButton.setText(QCoreApplication.translate("CashierCardsTab", u"\u9000\u5361\u2026", None))
        pass
    # retranslateUi

