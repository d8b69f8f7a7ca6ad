# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_opening.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGridLayout, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_AdminOpening(object):
    def setupUi(self, AdminOpening):
        if not AdminOpening.objectName():
            AdminOpening.setObjectName(u"AdminOpening")
        AdminOpening.resize(1000, 520)
        self.openingLayout = QVBoxLayout(AdminOpening)
        self.openingLayout.setObjectName(u"openingLayout")
        self.introLabel = QLabel(AdminOpening)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.openingLayout.addWidget(self.introLabel)

        self.stockTitleLabel = QLabel(AdminOpening)
        self.stockTitleLabel.setObjectName(u"stockTitleLabel")

        self.openingLayout.addWidget(self.stockTitleLabel)

        self.stockView = QTableView(AdminOpening)
        self.stockView.setObjectName(u"stockView")
        self.stockView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stockView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.stockView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.openingLayout.addWidget(self.stockView)

        self.stockButtons = QHBoxLayout()
        self.stockButtons.setObjectName(u"stockButtons")
        self.totalsLabel = QLabel(AdminOpening)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setText(u"")

        self.stockButtons.addWidget(self.totalsLabel)

        self.stockSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stockButtons.addItem(self.stockSpacer)

        self.approveButton = QPushButton(AdminOpening)
        self.approveButton.setObjectName(u"approveButton")

        self.stockButtons.addWidget(self.approveButton)


        self.openingLayout.addLayout(self.stockButtons)

        self.booksGrid = QGridLayout()
        self.booksGrid.setObjectName(u"booksGrid")
        self.receivablesLabel = QLabel(AdminOpening)
        self.receivablesLabel.setObjectName(u"receivablesLabel")
        self.receivablesLabel.setText(u"")

        self.booksGrid.addWidget(self.receivablesLabel, 0, 0, 1, 1)

        self.noReceivablesButton = QPushButton(AdminOpening)
        self.noReceivablesButton.setObjectName(u"noReceivablesButton")

        self.booksGrid.addWidget(self.noReceivablesButton, 0, 1, 1, 1)

        self.balancesLabel = QLabel(AdminOpening)
        self.balancesLabel.setObjectName(u"balancesLabel")
        self.balancesLabel.setText(u"")

        self.booksGrid.addWidget(self.balancesLabel, 1, 0, 1, 1)

        self.noBalancesButton = QPushButton(AdminOpening)
        self.noBalancesButton.setObjectName(u"noBalancesButton")

        self.booksGrid.addWidget(self.noBalancesButton, 1, 1, 1, 1)

        self.booksGrid.setColumnStretch(0, 1)

        self.openingLayout.addLayout(self.booksGrid)

        self.footer = QHBoxLayout()
        self.footer.setObjectName(u"footer")
        self.messageLabel = QLabel(AdminOpening)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.footer.addWidget(self.messageLabel)

        self.footerSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footer.addItem(self.footerSpacer)

        self.refreshButton = QPushButton(AdminOpening)
        self.refreshButton.setObjectName(u"refreshButton")

        self.footer.addWidget(self.refreshButton)


        self.openingLayout.addLayout(self.footer)

        QWidget.setTabOrder(self.stockView, self.approveButton)
        QWidget.setTabOrder(self.approveButton, self.noReceivablesButton)
        QWidget.setTabOrder(self.noReceivablesButton, self.noBalancesButton)
        QWidget.setTabOrder(self.noBalancesButton, self.refreshButton)

        self.retranslateUi(AdminOpening)

        QMetaObject.connectSlotsByName(AdminOpening)
    # setupUi

    def retranslateUi(self, AdminOpening):
        self.introLabel.setText(QCoreApplication.translate("AdminOpening", u"\u5f00\u8d26\uff1a\u671f\u521d\u5e93\u5b58\u7ecf\u670d\u52a1\u7ecf\u7406\u5ba1\u6838\u540e\u624d\u5165\u8d26\uff08\u6bcf\u79cd\u5907\u4ef6\u4e00\u7b14\u671f\u521d\u5165\u5e93\uff09\uff1b\u671f\u521d\u5e94\u6536\u548c\u4f1a\u5458\u4f59\u989d\u4ece\u65e7\u7cfb\u7edf\u5bfc\u5165\uff0c\u6ca1\u6709\u7684\u8bf7\u5728\u6b64\u786e\u8ba4\u3002", None))
        self.stockTitleLabel.setText(QCoreApplication.translate("AdminOpening", u"\u5f85\u5ba1\u6838\u7684\u671f\u521d\u5e93\u5b58", None))
        self.approveButton.setText(QCoreApplication.translate("AdminOpening", u"\u5ba1\u6838\u5165\u8d26", None))
        self.noReceivablesButton.setText(QCoreApplication.translate("AdminOpening", u"\u786e\u8ba4\u6ca1\u6709\u671f\u521d\u5e94\u6536", None))
        self.noBalancesButton.setText(QCoreApplication.translate("AdminOpening", u"\u786e\u8ba4\u6ca1\u6709\u4f1a\u5458\u4f59\u989d", None))
        self.refreshButton.setText(QCoreApplication.translate("AdminOpening", u"\u5237\u65b0", None))
        pass
    # retranslateUi

