# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'parts_flow.ui'
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
    QSpacerItem, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_PartsFlow(object):
    def setupUi(self, PartsFlow):
        if not PartsFlow.objectName():
            PartsFlow.setObjectName(u"PartsFlow")
        PartsFlow.resize(1100, 620)
        self.flowLayout = QVBoxLayout(PartsFlow)
        self.flowLayout.setObjectName(u"flowLayout")
        self.rangeLayout = QHBoxLayout()
        self.rangeLayout.setObjectName(u"rangeLayout")
        self.fromLabel = QLabel(PartsFlow)
        self.fromLabel.setObjectName(u"fromLabel")

        self.rangeLayout.addWidget(self.fromLabel)

        self.fromDate = QDateEdit(PartsFlow)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)
        self.fromDate.setDisplayFormat(u"yyyy-MM-dd")

        self.rangeLayout.addWidget(self.fromDate)

        self.toLabel = QLabel(PartsFlow)
        self.toLabel.setObjectName(u"toLabel")

        self.rangeLayout.addWidget(self.toLabel)

        self.toDate = QDateEdit(PartsFlow)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)
        self.toDate.setDisplayFormat(u"yyyy-MM-dd")

        self.rangeLayout.addWidget(self.toDate)

        self.showButton = QPushButton(PartsFlow)
        self.showButton.setObjectName(u"showButton")

        self.rangeLayout.addWidget(self.showButton)

        self.rangeSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rangeLayout.addItem(self.rangeSpacer)

        self.exportDaysButton = QPushButton(PartsFlow)
        self.exportDaysButton.setObjectName(u"exportDaysButton")

        self.rangeLayout.addWidget(self.exportDaysButton)

        self.exportPartsButton = QPushButton(PartsFlow)
        self.exportPartsButton.setObjectName(u"exportPartsButton")

        self.rangeLayout.addWidget(self.exportPartsButton)


        self.flowLayout.addLayout(self.rangeLayout)

        self.totalsLabel = QLabel(PartsFlow)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setTextFormat(Qt.TextFormat.RichText)
        self.totalsLabel.setText(u"")

        self.flowLayout.addWidget(self.totalsLabel)

        self.splitter = QSplitter(PartsFlow)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.daysView = QTableView(self.splitter)
        self.daysView.setObjectName(u"daysView")
        self.daysView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.daysView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.daysView.setAlternatingRowColors(True)
        self.splitter.addWidget(self.daysView)
        self.detailBox = QWidget(self.splitter)
        self.detailBox.setObjectName(u"detailBox")
        self.detailLayout = QVBoxLayout(self.detailBox)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.detailLabel = QLabel(self.detailBox)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setText(u"")

        self.detailLayout.addWidget(self.detailLabel)

        self.partsView = QTableView(self.detailBox)
        self.partsView.setObjectName(u"partsView")
        self.partsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.partsView.setAlternatingRowColors(True)

        self.detailLayout.addWidget(self.partsView)

        self.splitter.addWidget(self.detailBox)

        self.flowLayout.addWidget(self.splitter)

        self.messageLabel = QLabel(PartsFlow)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")

        self.flowLayout.addWidget(self.messageLabel)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromDate)
        self.toLabel.setBuddy(self.toDate)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fromDate, self.toDate)
        QWidget.setTabOrder(self.toDate, self.showButton)
        QWidget.setTabOrder(self.showButton, self.daysView)
        QWidget.setTabOrder(self.daysView, self.partsView)
        QWidget.setTabOrder(self.partsView, self.exportDaysButton)
        QWidget.setTabOrder(self.exportDaysButton, self.exportPartsButton)

        self.retranslateUi(PartsFlow)

        QMetaObject.connectSlotsByName(PartsFlow)
    # setupUi

    def retranslateUi(self, PartsFlow):
        self.fromLabel.setText(QCoreApplication.translate("PartsFlow", u"\u4ece\uff1a", None))
        self.toLabel.setText(QCoreApplication.translate("PartsFlow", u"\u5230\uff1a", None))
        self.showButton.setText(QCoreApplication.translate("PartsFlow", u"\u67e5\u8be2 (F5)", None))
        self.exportDaysButton.setText(QCoreApplication.translate("PartsFlow", u"\u6309\u65e5\u5bfc\u51fa Excel\u2026", None))
        self.exportPartsButton.setText(QCoreApplication.translate("PartsFlow", u"\u6309\u5907\u4ef6\u5bfc\u51fa Excel\u2026", None))
        pass
    # retranslateUi

