# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'care_letters.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDateEdit, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_CareLetters(object):
    def setupUi(self, CareLetters):
        if not CareLetters.objectName():
            CareLetters.setObjectName(u"CareLetters")
        CareLetters.resize(1100, 600)
        self.tabLayout = QVBoxLayout(CareLetters)
        self.tabLayout.setObjectName(u"tabLayout")
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.fromLabel = QLabel(CareLetters)
        self.fromLabel.setObjectName(u"fromLabel")

        self.topLayout.addWidget(self.fromLabel)

        self.fromEdit = QDateEdit(CareLetters)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)
        self.fromEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.topLayout.addWidget(self.fromEdit)

        self.toLabel = QLabel(CareLetters)
        self.toLabel.setObjectName(u"toLabel")

        self.topLayout.addWidget(self.toLabel)

        self.toEdit = QDateEdit(CareLetters)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)
        self.toEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.topLayout.addWidget(self.toEdit)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topLayout.addItem(self.topSpacer)

        self.summaryLabel = QLabel(CareLetters)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setTextFormat(Qt.RichText)

        self.topLayout.addWidget(self.summaryLabel)


        self.tabLayout.addLayout(self.topLayout)

        self.lettersView = QTableView(CareLetters)
        self.lettersView.setObjectName(u"lettersView")
        self.lettersView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lettersView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lettersView.setAlternatingRowColors(True)

        self.tabLayout.addWidget(self.lettersView)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.newButton = QPushButton(CareLetters)
        self.newButton.setObjectName(u"newButton")

        self.actionsLayout.addWidget(self.newButton)

        self.resultButton = QPushButton(CareLetters)
        self.resultButton.setObjectName(u"resultButton")

        self.actionsLayout.addWidget(self.resultButton)

        self.printButton = QPushButton(CareLetters)
        self.printButton.setObjectName(u"printButton")

        self.actionsLayout.addWidget(self.printButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.tabLayout.addLayout(self.actionsLayout)

        self.messageLabel = QLabel(CareLetters)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setText(u"")

        self.tabLayout.addWidget(self.messageLabel)

        self.tabLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.lettersView)
        QWidget.setTabOrder(self.lettersView, self.newButton)
        QWidget.setTabOrder(self.newButton, self.resultButton)
        QWidget.setTabOrder(self.resultButton, self.printButton)

        self.retranslateUi(CareLetters)

        QMetaObject.connectSlotsByName(CareLetters)
    # setupUi

    def retranslateUi(self, CareLetters):
        self.fromLabel.setText(QCoreApplication.translate("CareLetters", u"\u5bc4\u51fa\u65e5\u671f \u4ece(&D)\uff1a", None))
        self.toLabel.setText(QCoreApplication.translate("CareLetters", u"\u81f3(&T)\uff1a", None))
        self.newButton.setText(QCoreApplication.translate("CareLetters", u"\u767b\u8bb0\u4fe1\u51fd\u2026 (Ctrl+N)", None))
        self.resultButton.setText(QCoreApplication.translate("CareLetters", u"\u767b\u8bb0\u7ed3\u679c\u2026 (F2)", None))
        self.printButton.setText(QCoreApplication.translate("CareLetters", u"\u6253\u5370\u4fe1\u51fd\u767b\u8bb0\u8868 (Ctrl+P)", None))
        pass
    # retranslateUi

