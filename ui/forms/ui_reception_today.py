# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reception_today.ui'
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
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_ReceptionToday(object):
    def setupUi(self, ReceptionToday):
        if not ReceptionToday.objectName():
            ReceptionToday.setObjectName(u"ReceptionToday")
        ReceptionToday.resize(1000, 600)
        self.tabLayout = QVBoxLayout(ReceptionToday)
        self.tabLayout.setObjectName(u"tabLayout")
        self.rateLabel = QLabel(ReceptionToday)
        self.rateLabel.setObjectName(u"rateLabel")
        self.rateLabel.setTextFormat(Qt.RichText)

        self.tabLayout.addWidget(self.rateLabel)

        self.legendLabel = QLabel(ReceptionToday)
        self.legendLabel.setObjectName(u"legendLabel")
        self.legendLabel.setWordWrap(True)

        self.tabLayout.addWidget(self.legendLabel)

        self.carsView = QTableView(ReceptionToday)
        self.carsView.setObjectName(u"carsView")
        self.carsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.carsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.carsView.setAlternatingRowColors(True)

        self.tabLayout.addWidget(self.carsView)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.openButton = QPushButton(ReceptionToday)
        self.openButton.setObjectName(u"openButton")

        self.buttons.addWidget(self.openButton)

        self.checkedButton = QPushButton(ReceptionToday)
        self.checkedButton.setObjectName(u"checkedButton")

        self.buttons.addWidget(self.checkedButton)

        self.delayButton = QPushButton(ReceptionToday)
        self.delayButton.setObjectName(u"delayButton")

        self.buttons.addWidget(self.delayButton)

        self.collectButton = QPushButton(ReceptionToday)
        self.collectButton.setObjectName(u"collectButton")

        self.buttons.addWidget(self.collectButton)

        self.cashierButton = QPushButton(ReceptionToday)
        self.cashierButton.setObjectName(u"cashierButton")

        self.buttons.addWidget(self.cashierButton)

        self.deliverButton = QPushButton(ReceptionToday)
        self.deliverButton.setObjectName(u"deliverButton")

        self.buttons.addWidget(self.deliverButton)

        self.cardButton = QPushButton(ReceptionToday)
        self.cardButton.setObjectName(u"cardButton")

        self.buttons.addWidget(self.cardButton)

        self.s1 = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.s1)


        self.tabLayout.addLayout(self.buttons)

        self.errorLabel = QLabel(ReceptionToday)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)

        self.tabLayout.addWidget(self.errorLabel)


        self.retranslateUi(ReceptionToday)

        QMetaObject.connectSlotsByName(ReceptionToday)
    # setupUi

    def retranslateUi(self, ReceptionToday):
        self.rateLabel.setText("")
        self.legendLabel.setText("")
        self.openButton.setText(QCoreApplication.translate("ReceptionToday", u"\u6253\u5f00\u5de5\u5355 (Enter)", None))
        self.checkedButton.setText(QCoreApplication.translate("ReceptionToday", u"\u5df2\u8be2\u95ee\u8fdb\u5ea6 (Ctrl+J)", None))
        self.delayButton.setText(QCoreApplication.translate("ReceptionToday", u"\u901a\u77e5\u5ef6\u8bef (Ctrl+D)", None))
        self.collectButton.setText(QCoreApplication.translate("ReceptionToday", u"\u5df2\u901a\u77e5\u53d6\u8f66 (Ctrl+T)", None))
        self.cashierButton.setText(QCoreApplication.translate("ReceptionToday", u"\u53bb\u7ed3\u7b97 (Ctrl+G)", None))
        self.deliverButton.setText(QCoreApplication.translate("ReceptionToday", u"\u4ea4\u8f66 (Ctrl+Shift+J)", None))
        self.cardButton.setText(QCoreApplication.translate("ReceptionToday", u"\u670d\u52a1\u5361 (Ctrl+Shift+K)", None))
        self.errorLabel.setText("")
        pass
    # retranslateUi

