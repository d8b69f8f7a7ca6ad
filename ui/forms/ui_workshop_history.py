# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workshop_history.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_WorkshopHistoryDialog(object):
    def setupUi(self, WorkshopHistoryDialog):
        if not WorkshopHistoryDialog.objectName():
            WorkshopHistoryDialog.setObjectName(u"WorkshopHistoryDialog")
        WorkshopHistoryDialog.resize(1000, 560)
        self.dialogLayout = QVBoxLayout(WorkshopHistoryDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tabs = QTabWidget(WorkshopHistoryDialog)
        self.tabs.setObjectName(u"tabs")
        self.qcTab = QWidget()
        self.qcTab.setObjectName(u"qcTab")
        self.qcLayout = QVBoxLayout(self.qcTab)
        self.qcLayout.setObjectName(u"qcLayout")
        self.qcFilterLayout = QHBoxLayout()
        self.qcFilterLayout.setObjectName(u"qcFilterLayout")
        self.filterLabel = QLabel(self.qcTab)
        self.filterLabel.setObjectName(u"filterLabel")

        self.qcFilterLayout.addWidget(self.filterLabel)

        self.filterCombo = QComboBox(self.qcTab)
        self.filterCombo.setObjectName(u"filterCombo")

        self.qcFilterLayout.addWidget(self.filterCombo)

        self.rateLabel = QLabel(self.qcTab)
        self.rateLabel.setObjectName(u"rateLabel")
        self.rateLabel.setStyleSheet(u"color: #555555;")

        self.qcFilterLayout.addWidget(self.rateLabel)

        self.qcSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.qcFilterLayout.addItem(self.qcSpacer)

        self.reprintButton = QPushButton(self.qcTab)
        self.reprintButton.setObjectName(u"reprintButton")

        self.qcFilterLayout.addWidget(self.reprintButton)


        self.qcLayout.addLayout(self.qcFilterLayout)

        self.qcView = QTableView(self.qcTab)
        self.qcView.setObjectName(u"qcView")
        self.qcView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.qcView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.qcView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.qcView.setAlternatingRowColors(True)

        self.qcLayout.addWidget(self.qcView)

        self.tabs.addTab(self.qcTab, "")
        self.addedTab = QWidget()
        self.addedTab.setObjectName(u"addedTab")
        self.addedLayout = QVBoxLayout(self.addedTab)
        self.addedLayout.setObjectName(u"addedLayout")
        self.addedHint = QLabel(self.addedTab)
        self.addedHint.setObjectName(u"addedHint")
        self.addedHint.setWordWrap(True)

        self.addedLayout.addWidget(self.addedHint)

        self.addedView = QTableView(self.addedTab)
        self.addedView.setObjectName(u"addedView")
        self.addedView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.addedView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.addedView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.addedView.setAlternatingRowColors(True)

        self.addedLayout.addWidget(self.addedView)

        self.tabs.addTab(self.addedTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.errorLabel = QLabel(WorkshopHistoryDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #c62828;")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(WorkshopHistoryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.filterLabel.setBuddy(self.filterCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.filterCombo)
        QWidget.setTabOrder(self.filterCombo, self.qcView)
        QWidget.setTabOrder(self.qcView, self.reprintButton)
        QWidget.setTabOrder(self.reprintButton, self.addedView)

        self.retranslateUi(WorkshopHistoryDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(WorkshopHistoryDialog)
    # setupUi

    def retranslateUi(self, WorkshopHistoryDialog):
        WorkshopHistoryDialog.setWindowTitle(QCoreApplication.translate("WorkshopHistoryDialog", u"\u8d28\u68c0\u8bb0\u5f55\u4e0e\u5f85\u7b54\u590d\u589e\u9879", None))
        self.filterLabel.setText(QCoreApplication.translate("WorkshopHistoryDialog", u"\u7ed3\u8bba\uff1a", None))
        self.rateLabel.setText("")
        self.reprintButton.setText(QCoreApplication.translate("WorkshopHistoryDialog", u"\u91cd\u6253\u51fa\u5382\u5408\u683c\u8bc1 Ctrl+P", None))
        self.tabs.setTabText(self.tabs.indexOf(self.qcTab), QCoreApplication.translate("WorkshopHistoryDialog", u"\u8d28\u68c0\u8bb0\u5f55", None))
        self.addedHint.setText(QCoreApplication.translate("WorkshopHistoryDialog", u"\u8fd9\u4e9b\u8ffd\u52a0\u9879\u76ee\u5df2\u8f6c\u4e1a\u52a1\u63a5\u5f85\uff0c\u6b63\u5728\u7b49\u5ba2\u6237\u7b54\u590d\uff1b\u7b54\u590d\u201c\u540c\u610f\u201d\u524d\u4e0d\u80fd\u5f00\u5de5\u3002", None))
        self.tabs.setTabText(self.tabs.indexOf(self.addedTab), QCoreApplication.translate("WorkshopHistoryDialog", u"\u589e\u9879\u5f85\u5ba2\u6237\u7b54\u590d", None))
        self.errorLabel.setText("")
    # retranslateUi

