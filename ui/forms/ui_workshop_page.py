# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workshop_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_WorkshopPage(object):
    def setupUi(self, WorkshopPage):
        if not WorkshopPage.objectName():
            WorkshopPage.setObjectName(u"WorkshopPage")
        WorkshopPage.resize(1200, 700)
        self.pageLayout = QVBoxLayout(WorkshopPage)
        self.pageLayout.setSpacing(6)
        self.pageLayout.setObjectName(u"pageLayout")
        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.titleLabel = QLabel(WorkshopPage)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(14)
        font.setBold(True)
        self.titleLabel.setFont(font)

        self.toolbarLayout.addWidget(self.titleLabel)

        self.countsLabel = QLabel(WorkshopPage)
        self.countsLabel.setObjectName(u"countsLabel")
        self.countsLabel.setStyleSheet(u"color: #555555;")

        self.toolbarLayout.addWidget(self.countsLabel)

        self.toolbarSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarLayout.addItem(self.toolbarSpacer)

        self.dispatchButton = QPushButton(WorkshopPage)
        self.dispatchButton.setObjectName(u"dispatchButton")

        self.toolbarLayout.addWidget(self.dispatchButton)

        self.addedWorkButton = QPushButton(WorkshopPage)
        self.addedWorkButton.setObjectName(u"addedWorkButton")

        self.toolbarLayout.addWidget(self.addedWorkButton)

        self.qcButton = QPushButton(WorkshopPage)
        self.qcButton.setObjectName(u"qcButton")

        self.toolbarLayout.addWidget(self.qcButton)

        self.ticketButton = QPushButton(WorkshopPage)
        self.ticketButton.setObjectName(u"ticketButton")

        self.toolbarLayout.addWidget(self.ticketButton)

        self.clockPanelButton = QPushButton(WorkshopPage)
        self.clockPanelButton.setObjectName(u"clockPanelButton")

        self.toolbarLayout.addWidget(self.clockPanelButton)

        self.historyButton = QPushButton(WorkshopPage)
        self.historyButton.setObjectName(u"historyButton")

        self.toolbarLayout.addWidget(self.historyButton)

        self.dayButton = QPushButton(WorkshopPage)
        self.dayButton.setObjectName(u"dayButton")

        self.toolbarLayout.addWidget(self.dayButton)

        self.wagesButton = QPushButton(WorkshopPage)
        self.wagesButton.setObjectName(u"wagesButton")

        self.toolbarLayout.addWidget(self.wagesButton)

        self.setupButton = QPushButton(WorkshopPage)
        self.setupButton.setObjectName(u"setupButton")

        self.toolbarLayout.addWidget(self.setupButton)

        self.wallButton = QPushButton(WorkshopPage)
        self.wallButton.setObjectName(u"wallButton")

        self.toolbarLayout.addWidget(self.wallButton)


        self.pageLayout.addLayout(self.toolbarLayout)

        self.splitter = QSplitter(WorkshopPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.boardArea = QScrollArea(self.splitter)
        self.boardArea.setObjectName(u"boardArea")
        self.boardArea.setWidgetResizable(True)
        self.boardArea.setFrameShape(QFrame.Shape.NoFrame)
        self.boardContents = QWidget()
        self.boardContents.setObjectName(u"boardContents")
        self.boardLayout = QHBoxLayout(self.boardContents)
        self.boardLayout.setSpacing(6)
        self.boardLayout.setObjectName(u"boardLayout")
        self.boardLayout.setContentsMargins(0, 0, 0, 0)
        self.boardArea.setWidget(self.boardContents)
        self.splitter.addWidget(self.boardArea)
        self.detailBox = QGroupBox(self.splitter)
        self.detailBox.setObjectName(u"detailBox")
        self.detailLayout = QVBoxLayout(self.detailBox)
        self.detailLayout.setObjectName(u"detailLayout")
        self.orderActionsLayout = QHBoxLayout()
        self.orderActionsLayout.setObjectName(u"orderActionsLayout")
        self.detailLabel = QLabel(self.detailBox)
        self.detailLabel.setObjectName(u"detailLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.detailLabel.sizePolicy().hasHeightForWidth())
        self.detailLabel.setSizePolicy(sizePolicy)
        self.detailLabel.setWordWrap(True)

        self.orderActionsLayout.addWidget(self.detailLabel)

        self.moveButton = QPushButton(self.detailBox)
        self.moveButton.setObjectName(u"moveButton")

        self.orderActionsLayout.addWidget(self.moveButton)

        self.partsButton = QPushButton(self.detailBox)
        self.partsButton.setObjectName(u"partsButton")

        self.orderActionsLayout.addWidget(self.partsButton)

        self.processButton = QPushButton(self.detailBox)
        self.processButton.setObjectName(u"processButton")

        self.orderActionsLayout.addWidget(self.processButton)

        self.submitQcButton = QPushButton(self.detailBox)
        self.submitQcButton.setObjectName(u"submitQcButton")

        self.orderActionsLayout.addWidget(self.submitQcButton)


        self.detailLayout.addLayout(self.orderActionsLayout)

        self.linesTable = QTableWidget(self.detailBox)
        self.linesTable.setObjectName(u"linesTable")
        self.linesTable.setTabKeyNavigation(False)
        self.linesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.linesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.linesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.linesTable.setAlternatingRowColors(True)

        self.detailLayout.addWidget(self.linesTable)

        self.lineActionsLayout = QHBoxLayout()
        self.lineActionsLayout.setObjectName(u"lineActionsLayout")
        self.startButton = QPushButton(self.detailBox)
        self.startButton.setObjectName(u"startButton")

        self.lineActionsLayout.addWidget(self.startButton)

        self.pauseButton = QPushButton(self.detailBox)
        self.pauseButton.setObjectName(u"pauseButton")

        self.lineActionsLayout.addWidget(self.pauseButton)

        self.finishButton = QPushButton(self.detailBox)
        self.finishButton.setObjectName(u"finishButton")

        self.lineActionsLayout.addWidget(self.finishButton)

        self.actionsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.lineActionsLayout.addItem(self.actionsSpacer)

        self.technicianLabel = QLabel(self.detailBox)
        self.technicianLabel.setObjectName(u"technicianLabel")

        self.lineActionsLayout.addWidget(self.technicianLabel)

        self.technicianCombo = QComboBox(self.detailBox)
        self.technicianCombo.setObjectName(u"technicianCombo")
        self.technicianCombo.setMinimumSize(QSize(160, 0))

        self.lineActionsLayout.addWidget(self.technicianCombo)

        self.clockOnButton = QPushButton(self.detailBox)
        self.clockOnButton.setObjectName(u"clockOnButton")

        self.lineActionsLayout.addWidget(self.clockOnButton)

        self.clockOffButton = QPushButton(self.detailBox)
        self.clockOffButton.setObjectName(u"clockOffButton")

        self.lineActionsLayout.addWidget(self.clockOffButton)


        self.detailLayout.addLayout(self.lineActionsLayout)

        self.splitter.addWidget(self.detailBox)

        self.pageLayout.addWidget(self.splitter)

        self.noticeLabel = QLabel(WorkshopPage)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setWordWrap(True)
        self.noticeLabel.setStyleSheet(u"color: #1b5e20;")

        self.pageLayout.addWidget(self.noticeLabel)

        self.errorLabel = QLabel(WorkshopPage)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #c62828;")

        self.pageLayout.addWidget(self.errorLabel)

#if QT_CONFIG(shortcut)
        self.technicianLabel.setBuddy(self.technicianCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WorkshopPage)

        QMetaObject.connectSlotsByName(WorkshopPage)
    # setupUi

    def retranslateUi(self, WorkshopPage):
        self.titleLabel.setText(QCoreApplication.translate("WorkshopPage", u"\u8f66\u95f4\u770b\u677f", None))
        self.countsLabel.setText("")
        self.dispatchButton.setText(QCoreApplication.translate("WorkshopPage", u"\u63a5\u8f66\u6d3e\u5de5 F2", None))
        self.addedWorkButton.setText(QCoreApplication.translate("WorkshopPage", u"\u8ffd\u52a0\u9879\u76ee F3", None))
        self.qcButton.setText(QCoreApplication.translate("WorkshopPage", u"\u8d28\u68c0 F4", None))
        self.ticketButton.setText(QCoreApplication.translate("WorkshopPage", u"\u6253\u5370\u6d3e\u5de5\u5355 Ctrl+P", None))
        self.clockPanelButton.setText(QCoreApplication.translate("WorkshopPage", u"\u6280\u5e08\u6253\u5361\u5c4f F7", None))
        self.historyButton.setText(QCoreApplication.translate("WorkshopPage", u"\u8d28\u68c0\u8bb0\u5f55\u00b7\u5f85\u7b54\u590d Ctrl+H", None))
        self.dayButton.setText(QCoreApplication.translate("WorkshopPage", u"\u8f66\u95f4\u65e5\u62a5", None))
        self.wagesButton.setText(QCoreApplication.translate("WorkshopPage", u"\u8ba1\u4ef6\u5de5\u8d44 Ctrl+J", None))
        self.setupButton.setText(QCoreApplication.translate("WorkshopPage", u"\u73ed\u7ec4\u4e0e\u5de5\u4f4d", None))
        self.wallButton.setText(QCoreApplication.translate("WorkshopPage", u"\u5927\u5c4f\u6a21\u5f0f F11", None))
        self.detailBox.setTitle(QCoreApplication.translate("WorkshopPage", u"\u6240\u9009\u8f66\u8f86\u7684\u7ef4\u4fee\u9879\u76ee", None))
        self.detailLabel.setText(QCoreApplication.translate("WorkshopPage", u"\u5728\u770b\u677f\u4e0a\u9009\u62e9\u4e00\u8f86\u8f66\u3002", None))
        self.moveButton.setText(QCoreApplication.translate("WorkshopPage", u"\u6362\u5de5\u4f4d F6", None))
        self.partsButton.setText(QCoreApplication.translate("WorkshopPage", u"\u8865\u53d1\u9886\u6599\u5355 F8", None))
        self.processButton.setText(QCoreApplication.translate("WorkshopPage", u"\u8fc7\u7a0b\u68c0\u9a8c F10", None))
        self.submitQcButton.setText(QCoreApplication.translate("WorkshopPage", u"\u62a5\u68c0 F9", None))
        self.startButton.setText(QCoreApplication.translate("WorkshopPage", u"\u5f00\u5de5 Ctrl+S", None))
        self.pauseButton.setText(QCoreApplication.translate("WorkshopPage", u"\u5f85\u6599\u6682\u505c Ctrl+W", None))
        self.finishButton.setText(QCoreApplication.translate("WorkshopPage", u"\u5b8c\u5de5 Ctrl+D", None))
        self.technicianLabel.setText(QCoreApplication.translate("WorkshopPage", u"\u6280\u5e08\u6253\u5361(&K)\uff1a", None))
        self.clockOnButton.setText(QCoreApplication.translate("WorkshopPage", u"\u4e0a\u5de5(&G)", None))
        self.clockOffButton.setText(QCoreApplication.translate("WorkshopPage", u"\u4e0b\u5de5(&X)", None))
        self.noticeLabel.setText("")
        self.errorLabel.setText("")
        pass
    # retranslateUi

