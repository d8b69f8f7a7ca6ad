# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'care_complaints.ui'
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
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_CareComplaints(object):
    def setupUi(self, CareComplaints):
        if not CareComplaints.objectName():
            CareComplaints.setObjectName(u"CareComplaints")
        CareComplaints.resize(1100, 600)
        self.tabLayout = QVBoxLayout(CareComplaints)
        self.tabLayout.setObjectName(u"tabLayout")
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.viewLabel = QLabel(CareComplaints)
        self.viewLabel.setObjectName(u"viewLabel")

        self.topLayout.addWidget(self.viewLabel)

        self.viewCombo = QComboBox(CareComplaints)
        self.viewCombo.setObjectName(u"viewCombo")

        self.topLayout.addWidget(self.viewCombo)

        self.searchEdit = QLineEdit(CareComplaints)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.topLayout.addWidget(self.searchEdit)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topLayout.addItem(self.topSpacer)

        self.summaryLabel = QLabel(CareComplaints)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setTextFormat(Qt.RichText)

        self.topLayout.addWidget(self.summaryLabel)


        self.tabLayout.addLayout(self.topLayout)

        self.splitter = QSplitter(CareComplaints)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.complaintsView = QTableView(self.splitter)
        self.complaintsView.setObjectName(u"complaintsView")
        self.complaintsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.complaintsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.complaintsView.setAlternatingRowColors(True)
        self.splitter.addWidget(self.complaintsView)
        self.detailBrowser = QTextBrowser(self.splitter)
        self.detailBrowser.setObjectName(u"detailBrowser")
        self.splitter.addWidget(self.detailBrowser)

        self.tabLayout.addWidget(self.splitter)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.newButton = QPushButton(CareComplaints)
        self.newButton.setObjectName(u"newButton")

        self.actionsLayout.addWidget(self.newButton)

        self.answerButton = QPushButton(CareComplaints)
        self.answerButton.setObjectName(u"answerButton")

        self.actionsLayout.addWidget(self.answerButton)

        self.closeButton = QPushButton(CareComplaints)
        self.closeButton.setObjectName(u"closeButton")

        self.actionsLayout.addWidget(self.closeButton)

        self.handlingButton = QPushButton(CareComplaints)
        self.handlingButton.setObjectName(u"handlingButton")

        self.actionsLayout.addWidget(self.handlingButton)

        self.printButton = QPushButton(CareComplaints)
        self.printButton.setObjectName(u"printButton")

        self.actionsLayout.addWidget(self.printButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.tabLayout.addLayout(self.actionsLayout)

        self.messageLabel = QLabel(CareComplaints)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setText(u"")

        self.tabLayout.addWidget(self.messageLabel)

        self.tabLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.viewLabel.setBuddy(self.viewCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CareComplaints)

        QMetaObject.connectSlotsByName(CareComplaints)
    # setupUi

    def retranslateUi(self, CareComplaints):
        self.viewLabel.setText(QCoreApplication.translate("CareComplaints", u"\u663e\u793a(&V)\uff1a", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("CareComplaints", u"\u6295\u8bc9\u5355\u53f7 / \u8f66\u724c / \u5ba2\u6237\u59d3\u540d", None))
        self.newButton.setText(QCoreApplication.translate("CareComplaints", u"\u767b\u8bb0\u6295\u8bc9\u2026 (Ctrl+N)", None))
        self.answerButton.setText(QCoreApplication.translate("CareComplaints", u"\u7b54\u590d\u5ba2\u6237\u2026 (F2)", None))
        self.closeButton.setText(QCoreApplication.translate("CareComplaints", u"\u56de\u8bbf\u5e76\u5173\u95ed\u2026 (F3)", None))
        self.handlingButton.setText(QCoreApplication.translate("CareComplaints", u"\u539f\u56e0\u4e0e\u63aa\u65bd\u2026 (F4)", None))
        self.printButton.setText(QCoreApplication.translate("CareComplaints", u"\u6253\u5370\u5feb\u901f\u5904\u7406\u8868 (Ctrl+P)", None))
        pass
    # retranslateUi

