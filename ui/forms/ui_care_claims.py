# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'care_claims.ui'
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
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_CareClaims(object):
    def setupUi(self, CareClaims):
        if not CareClaims.objectName():
            CareClaims.setObjectName(u"CareClaims")
        CareClaims.resize(1100, 600)
        self.tabLayout = QVBoxLayout(CareClaims)
        self.tabLayout.setObjectName(u"tabLayout")
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.viewLabel = QLabel(CareClaims)
        self.viewLabel.setObjectName(u"viewLabel")

        self.topLayout.addWidget(self.viewLabel)

        self.viewCombo = QComboBox(CareClaims)
        self.viewCombo.setObjectName(u"viewCombo")

        self.topLayout.addWidget(self.viewCombo)

        self.statusCombo = QComboBox(CareClaims)
        self.statusCombo.setObjectName(u"statusCombo")

        self.topLayout.addWidget(self.statusCombo)

        self.searchEdit = QLineEdit(CareClaims)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.topLayout.addWidget(self.searchEdit)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topLayout.addItem(self.topSpacer)


        self.tabLayout.addLayout(self.topLayout)

        self.summaryLabel = QLabel(CareClaims)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setTextFormat(Qt.RichText)
        self.summaryLabel.setWordWrap(True)

        self.tabLayout.addWidget(self.summaryLabel)

        self.claimsView = QTableView(CareClaims)
        self.claimsView.setObjectName(u"claimsView")
        self.claimsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.claimsView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.claimsView.setAlternatingRowColors(True)

        self.tabLayout.addWidget(self.claimsView)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.openButton = QPushButton(CareClaims)
        self.openButton.setObjectName(u"openButton")

        self.actionsLayout.addWidget(self.openButton)

        self.submitButton = QPushButton(CareClaims)
        self.submitButton.setObjectName(u"submitButton")

        self.actionsLayout.addWidget(self.submitButton)

        self.approveButton = QPushButton(CareClaims)
        self.approveButton.setObjectName(u"approveButton")

        self.actionsLayout.addWidget(self.approveButton)

        self.rejectButton = QPushButton(CareClaims)
        self.rejectButton.setObjectName(u"rejectButton")

        self.actionsLayout.addWidget(self.rejectButton)

        self.payButton = QPushButton(CareClaims)
        self.payButton.setObjectName(u"payButton")

        self.actionsLayout.addWidget(self.payButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.returnButton = QPushButton(CareClaims)
        self.returnButton.setObjectName(u"returnButton")

        self.actionsLayout.addWidget(self.returnButton)

        self.scrapButton = QPushButton(CareClaims)
        self.scrapButton.setObjectName(u"scrapButton")

        self.actionsLayout.addWidget(self.scrapButton)


        self.tabLayout.addLayout(self.actionsLayout)

        self.messageLabel = QLabel(CareClaims)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setText(u"")

        self.tabLayout.addWidget(self.messageLabel)

#if QT_CONFIG(shortcut)
        self.viewLabel.setBuddy(self.viewCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CareClaims)

        QMetaObject.connectSlotsByName(CareClaims)
    # setupUi

    def retranslateUi(self, CareClaims):
        self.viewLabel.setText(QCoreApplication.translate("CareClaims", u"\u663e\u793a(&V)\uff1a", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("CareClaims", u"\u7d22\u8d54\u5355\u53f7 / \u65e7\u4ef6\u7f16\u53f7 / \u5de5\u5355\u53f7 / \u8f66\u724c", None))
        self.openButton.setText(QCoreApplication.translate("CareClaims", u"\u5f00\u7d22\u8d54\u5355 (Ctrl+N)", None))
        self.submitButton.setText(QCoreApplication.translate("CareClaims", u"\u63d0\u4ea4\u5382\u5bb6\u2026 (F2)", None))
        self.approveButton.setText(QCoreApplication.translate("CareClaims", u"\u5382\u5bb6\u6279\u51c6\u2026 (F3)", None))
        self.rejectButton.setText(QCoreApplication.translate("CareClaims", u"\u5382\u5bb6\u62d2\u8d54\u2026 (F4)", None))
        self.payButton.setText(QCoreApplication.translate("CareClaims", u"\u767b\u8bb0\u56de\u6b3e\u2026 (Ctrl+R)", None))
        self.returnButton.setText(QCoreApplication.translate("CareClaims", u"\u65e7\u4ef6\u8fd4\u5382", None))
        self.scrapButton.setText(QCoreApplication.translate("CareClaims", u"\u65e7\u4ef6\u62a5\u5e9f", None))
        pass
    # retranslateUi

