# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'care_sanbao.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_CareSanbao(object):
    def setupUi(self, CareSanbao):
        if not CareSanbao.objectName():
            CareSanbao.setObjectName(u"CareSanbao")
        CareSanbao.resize(1100, 600)
        self.tabLayout = QVBoxLayout(CareSanbao)
        self.tabLayout.setObjectName(u"tabLayout")
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.levelLabel = QLabel(CareSanbao)
        self.levelLabel.setObjectName(u"levelLabel")

        self.topLayout.addWidget(self.levelLabel)

        self.levelCombo = QComboBox(CareSanbao)
        self.levelCombo.setObjectName(u"levelCombo")

        self.topLayout.addWidget(self.levelCombo)

        self.mobilityButton = QPushButton(CareSanbao)
        self.mobilityButton.setObjectName(u"mobilityButton")

        self.topLayout.addWidget(self.mobilityButton)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topLayout.addItem(self.topSpacer)


        self.tabLayout.addLayout(self.topLayout)

        self.ruleLabel = QLabel(CareSanbao)
        self.ruleLabel.setObjectName(u"ruleLabel")
        self.ruleLabel.setStyleSheet(u"color: #555555;")
        self.ruleLabel.setWordWrap(True)

        self.tabLayout.addWidget(self.ruleLabel)

        self.splitter = QSplitter(CareSanbao)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.carsView = QTableView(self.splitter)
        self.carsView.setObjectName(u"carsView")
        self.carsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.carsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.carsView.setAlternatingRowColors(True)
        self.splitter.addWidget(self.carsView)
        self.detailBrowser = QTextBrowser(self.splitter)
        self.detailBrowser.setObjectName(u"detailBrowser")
        self.splitter.addWidget(self.detailBrowser)

        self.tabLayout.addWidget(self.splitter)

        self.messageLabel = QLabel(CareSanbao)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setText(u"")

        self.tabLayout.addWidget(self.messageLabel)

        self.tabLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.levelLabel.setBuddy(self.levelCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CareSanbao)

        QMetaObject.connectSlotsByName(CareSanbao)
    # setupUi

    def retranslateUi(self, CareSanbao):
        self.levelLabel.setText(QCoreApplication.translate("CareSanbao", u"\u663e\u793a(&V)\uff1a", None))
        self.mobilityButton.setText(QCoreApplication.translate("CareSanbao", u"\u8bb0\u5f55\u5907\u7528\u8f66/\u4ea4\u901a\u8865\u507f(&M)\u2026", None))
#if QT_CONFIG(tooltip)
        self.mobilityButton.setToolTip(QCoreApplication.translate("CareSanbao", u"\u7b2c\u4e8c\u5341\u4e00\u6761\uff1a\u5305\u4fee\u671f\u5185\u5355\u6b21\u4fee\u7406\u8d85\u8fc7 5 \u65e5\uff0c\u81ea\u7b2c 6 \u65e5\u8d77\u63d0\u4f9b\u5907\u7528\u8f66\u6216\u4ea4\u901a\u8d39\u7528\u8865\u507f\uff1b\u8bb0\u5f55\u5728\u5de5\u5355\u4e0a\u5e76\u6253\u5370\u5728\u4e09\u5305\u4fee\u7406\u8bb0\u5f55\u4e2d", None))
#endif // QT_CONFIG(tooltip)
        self.ruleLabel.setText(QCoreApplication.translate("CareSanbao", u"\u5bb6\u7528\u6c7d\u8f66\u4e09\u5305\uff082022 \u5e74\u7248\u89c4\u5b9a\uff09\uff1a\u4e09\u5305\u6709\u6548\u671f\u5185\u540c\u4e00\u8d28\u91cf\u95ee\u9898\u4fee\u7406\u6b21\u6570\u3001\u4e25\u91cd\u5b89\u5168\u6027\u80fd\u6545\u969c\u3001\u4e3b\u8981\u96f6\u90e8\u4ef6\u66f4\u6362\u3001\u7d2f\u8ba1\u4fee\u7406\u5929\u6570\u63a5\u8fd1\u4e0a\u9650\u65f6\u9884\u8b66\uff1b\u5305\u4fee\u671f\u5185\u5355\u6b21\u4fee\u7406\u8d85\u8fc7 5 \u5929\u987b\u63d0\u4f9b\u5907\u7528\u8f66\u3002", None))
        pass
    # retranslateUi

