# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'parts_receiving.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTabWidget, QTableView, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_PartsReceiving(object):
    def setupUi(self, PartsReceiving):
        if not PartsReceiving.objectName():
            PartsReceiving.setObjectName(u"PartsReceiving")
        PartsReceiving.resize(1100, 620)
        self.receivingLayout = QVBoxLayout(PartsReceiving)
        self.receivingLayout.setObjectName(u"receivingLayout")
        self.modeTabs = QTabWidget(PartsReceiving)
        self.modeTabs.setObjectName(u"modeTabs")
        self.poPage = QWidget()
        self.poPage.setObjectName(u"poPage")
        self.poPageLayout = QVBoxLayout(self.poPage)
        self.poPageLayout.setObjectName(u"poPageLayout")
        self.poSplitter = QSplitter(self.poPage)
        self.poSplitter.setObjectName(u"poSplitter")
        self.poSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.poView = QTableView(self.poSplitter)
        self.poView.setObjectName(u"poView")
        self.poView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.poView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.poView.setAlternatingRowColors(True)
        self.poSplitter.addWidget(self.poView)
        self.poDetail = QWidget(self.poSplitter)
        self.poDetail.setObjectName(u"poDetail")
        self.poDetailLayout = QVBoxLayout(self.poDetail)
        self.poDetailLayout.setObjectName(u"poDetailLayout")
        self.poDetailLayout.setContentsMargins(0, 0, 0, 0)
        self.poLabel = QLabel(self.poDetail)
        self.poLabel.setObjectName(u"poLabel")
        self.poLabel.setWordWrap(True)

        self.poDetailLayout.addWidget(self.poLabel)

        self.poLinesView = QTableView(self.poDetail)
        self.poLinesView.setObjectName(u"poLinesView")
        self.poLinesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.poLinesView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.poLinesView.setAlternatingRowColors(True)

        self.poDetailLayout.addWidget(self.poLinesView)

        self.poActionLayout = QHBoxLayout()
        self.poActionLayout.setObjectName(u"poActionLayout")
        self.poQuantityLabel = QLabel(self.poDetail)
        self.poQuantityLabel.setObjectName(u"poQuantityLabel")

        self.poActionLayout.addWidget(self.poQuantityLabel)

        self.poQuantityEdit = QLineEdit(self.poDetail)
        self.poQuantityEdit.setObjectName(u"poQuantityEdit")
        self.poQuantityEdit.setMaximumSize(QSize(90, 16777215))

        self.poActionLayout.addWidget(self.poQuantityEdit)

        self.allowOverCheck = QCheckBox(self.poDetail)
        self.allowOverCheck.setObjectName(u"allowOverCheck")

        self.poActionLayout.addWidget(self.allowOverCheck)

        self.poReceiveButton = QPushButton(self.poDetail)
        self.poReceiveButton.setObjectName(u"poReceiveButton")

        self.poActionLayout.addWidget(self.poReceiveButton)

        self.poSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.poActionLayout.addItem(self.poSpacer)

        self.editLinesButton = QPushButton(self.poDetail)
        self.editLinesButton.setObjectName(u"editLinesButton")

        self.poActionLayout.addWidget(self.editLinesButton)

        self.placeButton = QPushButton(self.poDetail)
        self.placeButton.setObjectName(u"placeButton")

        self.poActionLayout.addWidget(self.placeButton)

        self.closeOrderButton = QPushButton(self.poDetail)
        self.closeOrderButton.setObjectName(u"closeOrderButton")

        self.poActionLayout.addWidget(self.closeOrderButton)


        self.poDetailLayout.addLayout(self.poActionLayout)

        self.poSplitter.addWidget(self.poDetail)

        self.poPageLayout.addWidget(self.poSplitter)

        self.modeTabs.addTab(self.poPage, "")
        self.freePage = QWidget()
        self.freePage.setObjectName(u"freePage")
        self.freePageLayout = QVBoxLayout(self.freePage)
        self.freePageLayout.setObjectName(u"freePageLayout")
        self.freeEntryLayout = QHBoxLayout()
        self.freeEntryLayout.setObjectName(u"freeEntryLayout")
        self.supplierLabel = QLabel(self.freePage)
        self.supplierLabel.setObjectName(u"supplierLabel")

        self.freeEntryLayout.addWidget(self.supplierLabel)

        self.supplierCombo = QComboBox(self.freePage)
        self.supplierCombo.setObjectName(u"supplierCombo")
        self.supplierCombo.setMinimumSize(QSize(180, 0))

        self.freeEntryLayout.addWidget(self.supplierCombo)

        self.partLabel = QLabel(self.freePage)
        self.partLabel.setObjectName(u"partLabel")

        self.freeEntryLayout.addWidget(self.partLabel)

        self.partEdit = QLineEdit(self.freePage)
        self.partEdit.setObjectName(u"partEdit")

        self.freeEntryLayout.addWidget(self.partEdit)

        self.freeQuantityLabel = QLabel(self.freePage)
        self.freeQuantityLabel.setObjectName(u"freeQuantityLabel")

        self.freeEntryLayout.addWidget(self.freeQuantityLabel)

        self.freeQuantityEdit = QLineEdit(self.freePage)
        self.freeQuantityEdit.setObjectName(u"freeQuantityEdit")
        self.freeQuantityEdit.setMaximumSize(QSize(80, 16777215))

        self.freeEntryLayout.addWidget(self.freeQuantityEdit)

        self.costLabel = QLabel(self.freePage)
        self.costLabel.setObjectName(u"costLabel")

        self.freeEntryLayout.addWidget(self.costLabel)

        self.costEdit = QLineEdit(self.freePage)
        self.costEdit.setObjectName(u"costEdit")
        self.costEdit.setMaximumSize(QSize(90, 16777215))

        self.freeEntryLayout.addWidget(self.costEdit)

        self.addLineButton = QPushButton(self.freePage)
        self.addLineButton.setObjectName(u"addLineButton")

        self.freeEntryLayout.addWidget(self.addLineButton)


        self.freePageLayout.addLayout(self.freeEntryLayout)

        self.partInfoLabel = QLabel(self.freePage)
        self.partInfoLabel.setObjectName(u"partInfoLabel")
        self.partInfoLabel.setText(u"")

        self.freePageLayout.addWidget(self.partInfoLabel)

        self.freeLinesTable = QTableWidget(self.freePage)
        self.freeLinesTable.setObjectName(u"freeLinesTable")
        self.freeLinesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.freeLinesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.freePageLayout.addWidget(self.freeLinesTable)

        self.freeActionLayout = QHBoxLayout()
        self.freeActionLayout.setObjectName(u"freeActionLayout")
        self.removeLineButton = QPushButton(self.freePage)
        self.removeLineButton.setObjectName(u"removeLineButton")

        self.freeActionLayout.addWidget(self.removeLineButton)

        self.freeSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.freeActionLayout.addItem(self.freeSpacer)

        self.freeReceiveButton = QPushButton(self.freePage)
        self.freeReceiveButton.setObjectName(u"freeReceiveButton")

        self.freeActionLayout.addWidget(self.freeReceiveButton)


        self.freePageLayout.addLayout(self.freeActionLayout)

        self.modeTabs.addTab(self.freePage, "")
        self.reorderPage = QWidget()
        self.reorderPage.setObjectName(u"reorderPage")
        self.reorderLayout = QVBoxLayout(self.reorderPage)
        self.reorderLayout.setObjectName(u"reorderLayout")
        self.reorderView = QTableView(self.reorderPage)
        self.reorderView.setObjectName(u"reorderView")
        self.reorderView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reorderView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.reorderView.setAlternatingRowColors(True)

        self.reorderLayout.addWidget(self.reorderView)

        self.reorderActionLayout = QHBoxLayout()
        self.reorderActionLayout.setObjectName(u"reorderActionLayout")
        self.reorderSupplierLabel = QLabel(self.reorderPage)
        self.reorderSupplierLabel.setObjectName(u"reorderSupplierLabel")

        self.reorderActionLayout.addWidget(self.reorderSupplierLabel)

        self.reorderSupplierCombo = QComboBox(self.reorderPage)
        self.reorderSupplierCombo.setObjectName(u"reorderSupplierCombo")
        self.reorderSupplierCombo.setMinimumSize(QSize(180, 0))

        self.reorderActionLayout.addWidget(self.reorderSupplierCombo)

        self.createPoButton = QPushButton(self.reorderPage)
        self.createPoButton.setObjectName(u"createPoButton")

        self.reorderActionLayout.addWidget(self.createPoButton)

        self.reorderSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reorderActionLayout.addItem(self.reorderSpacer)


        self.reorderLayout.addLayout(self.reorderActionLayout)

        self.modeTabs.addTab(self.reorderPage, "")

        self.receivingLayout.addWidget(self.modeTabs)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.messageLabel = QLabel(PartsReceiving)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setText(u"")

        self.bottomLayout.addWidget(self.messageLabel)

        self.printButton = QPushButton(PartsReceiving)
        self.printButton.setObjectName(u"printButton")

        self.bottomLayout.addWidget(self.printButton)

        self.bottomLayout.setStretch(0, 1)

        self.receivingLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.poQuantityLabel.setBuddy(self.poQuantityEdit)
        self.supplierLabel.setBuddy(self.supplierCombo)
        self.partLabel.setBuddy(self.partEdit)
        self.freeQuantityLabel.setBuddy(self.freeQuantityEdit)
        self.costLabel.setBuddy(self.costEdit)
        self.reorderSupplierLabel.setBuddy(self.reorderSupplierCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PartsReceiving)

        QMetaObject.connectSlotsByName(PartsReceiving)
    # setupUi

    def retranslateUi(self, PartsReceiving):
        self.poLabel.setText(QCoreApplication.translate("PartsReceiving", u"\u8bf7\u9009\u62e9\u91c7\u8d2d\u5355\u3002", None))
        self.poQuantityLabel.setText(QCoreApplication.translate("PartsReceiving", u"\u672c\u6b21\u5230\u8d27(&Q)\uff1a", None))
        self.poQuantityEdit.setPlaceholderText(QCoreApplication.translate("PartsReceiving", u"\u672a\u5230\u6570\u91cf", None))
        self.allowOverCheck.setText(QCoreApplication.translate("PartsReceiving", u"\u5141\u8bb8\u8d85\u6536", None))
        self.poReceiveButton.setText(QCoreApplication.translate("PartsReceiving", u"\u5165\u5e93 (F9)", None))
        self.editLinesButton.setText(QCoreApplication.translate("PartsReceiving", u"\u4fee\u6539\u660e\u7ec6\u2026", None))
        self.placeButton.setText(QCoreApplication.translate("PartsReceiving", u"\u4e0b\u5355", None))
        self.closeOrderButton.setText(QCoreApplication.translate("PartsReceiving", u"\u5173\u95ed\u91c7\u8d2d\u5355\u2026", None))
        self.modeTabs.setTabText(self.modeTabs.indexOf(self.poPage), QCoreApplication.translate("PartsReceiving", u"\u6309\u91c7\u8d2d\u5355\u5165\u5e93", None))
        self.supplierLabel.setText(QCoreApplication.translate("PartsReceiving", u"\u4f9b\u5e94\u5546\uff1a", None))
        self.partLabel.setText(QCoreApplication.translate("PartsReceiving", u"\u96f6\u4ef6\u53f7(&P)\uff1a", None))
        self.partEdit.setPlaceholderText(QCoreApplication.translate("PartsReceiving", u"\u8f93\u5165\u6216\u626b\u7801\uff0c\u56de\u8f66", None))
        self.freeQuantityLabel.setText(QCoreApplication.translate("PartsReceiving", u"\u6570\u91cf\uff1a", None))
        self.costLabel.setText(QCoreApplication.translate("PartsReceiving", u"\u8fdb\u4ef7\uff1a", None))
        self.costEdit.setPlaceholderText(QCoreApplication.translate("PartsReceiving", u"\u9ed8\u8ba4\u4e0a\u6b21\u8fdb\u4ef7", None))
        self.addLineButton.setText(QCoreApplication.translate("PartsReceiving", u"\u52a0\u5165", None))
        self.removeLineButton.setText(QCoreApplication.translate("PartsReceiving", u"\u5220\u9664\u884c", None))
        self.freeReceiveButton.setText(QCoreApplication.translate("PartsReceiving", u"\u5165\u5e93 (F9)", None))
        self.modeTabs.setTabText(self.modeTabs.indexOf(self.freePage), QCoreApplication.translate("PartsReceiving", u"\u65e0\u91c7\u8d2d\u5355\u5165\u5e93", None))
        self.reorderSupplierLabel.setText(QCoreApplication.translate("PartsReceiving", u"\u5411\u4f9b\u5e94\u5546\uff1a", None))
        self.createPoButton.setText(QCoreApplication.translate("PartsReceiving", u"\u4e3a\u6240\u9009\u5907\u4ef6\u751f\u6210\u91c7\u8d2d\u5355", None))
        self.modeTabs.setTabText(self.modeTabs.indexOf(self.reorderPage), QCoreApplication.translate("PartsReceiving", u"\u8865\u8d27\u6e05\u5355", None))
        self.printButton.setText(QCoreApplication.translate("PartsReceiving", u"\u6253\u5370\u5165\u5e93\u5355 (Ctrl+P)", None))
        pass
    # retranslateUi

