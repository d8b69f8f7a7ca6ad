# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'manager_analysis.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ManagerAnalysisTab(object):
    def setupUi(self, ManagerAnalysisTab):
        if not ManagerAnalysisTab.objectName():
            ManagerAnalysisTab.setObjectName(u"ManagerAnalysisTab")
        ManagerAnalysisTab.resize(1060, 520)
        self.tabLayout = QVBoxLayout(ManagerAnalysisTab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.periodLayout = QHBoxLayout()
        self.periodLayout.setObjectName(u"periodLayout")
        self.kindCaption = QLabel(ManagerAnalysisTab)
        self.kindCaption.setObjectName(u"kindCaption")

        self.periodLayout.addWidget(self.kindCaption)

        self.kindCombo = QComboBox(ManagerAnalysisTab)
        self.kindCombo.setObjectName(u"kindCombo")

        self.periodLayout.addWidget(self.kindCombo)

        self.dateCaption = QLabel(ManagerAnalysisTab)
        self.dateCaption.setObjectName(u"dateCaption")

        self.periodLayout.addWidget(self.dateCaption)

        self.dateEdit = QDateEdit(ManagerAnalysisTab)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.periodLayout.addWidget(self.dateEdit)

        self.prevButton = QPushButton(ManagerAnalysisTab)
        self.prevButton.setObjectName(u"prevButton")

        self.periodLayout.addWidget(self.prevButton)

        self.nextButton = QPushButton(ManagerAnalysisTab)
        self.nextButton.setObjectName(u"nextButton")

        self.periodLayout.addWidget(self.nextButton)

        self.periodsLabel = QLabel(ManagerAnalysisTab)
        self.periodsLabel.setObjectName(u"periodsLabel")
        self.periodsLabel.setText(u"")
        self.periodsLabel.setWordWrap(True)

        self.periodLayout.addWidget(self.periodsLabel)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodSpacer)


        self.tabLayout.addLayout(self.periodLayout)

        self.splitter = QSplitter(ManagerAnalysisTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.figuresTable = QTableWidget(self.splitter)
        self.figuresTable.setObjectName(u"figuresTable")
        self.figuresTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.figuresTable.setAlternatingRowColors(True)
        self.figuresTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.splitter.addWidget(self.figuresTable)
        self.commentPanel = QWidget(self.splitter)
        self.commentPanel.setObjectName(u"commentPanel")
        self.commentLayout = QVBoxLayout(self.commentPanel)
        self.commentLayout.setObjectName(u"commentLayout")
        self.commentLayout.setContentsMargins(0, 0, 0, 0)
        self.commentCaption = QLabel(self.commentPanel)
        self.commentCaption.setObjectName(u"commentCaption")

        self.commentLayout.addWidget(self.commentCaption)

        self.commentEdit = QPlainTextEdit(self.commentPanel)
        self.commentEdit.setObjectName(u"commentEdit")
        self.commentEdit.setTabChangesFocus(True)

        self.commentLayout.addWidget(self.commentEdit)

        self.writtenLabel = QLabel(self.commentPanel)
        self.writtenLabel.setObjectName(u"writtenLabel")
        self.writtenLabel.setText(u"")

        self.commentLayout.addWidget(self.writtenLabel)

        self.splitter.addWidget(self.commentPanel)

        self.tabLayout.addWidget(self.splitter)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.saveButton = QPushButton(ManagerAnalysisTab)
        self.saveButton.setObjectName(u"saveButton")

        self.actionsLayout.addWidget(self.saveButton)

        self.printButton = QPushButton(ManagerAnalysisTab)
        self.printButton.setObjectName(u"printButton")

        self.actionsLayout.addWidget(self.printButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.tabLayout.addLayout(self.actionsLayout)

        self.messageLabel = QLabel(ManagerAnalysisTab)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setText(u"")

        self.tabLayout.addWidget(self.messageLabel)

        self.tabLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.kindCaption.setBuddy(self.kindCombo)
        self.dateCaption.setBuddy(self.dateEdit)
        self.commentCaption.setBuddy(self.commentEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.prevButton)
        QWidget.setTabOrder(self.prevButton, self.nextButton)
        QWidget.setTabOrder(self.nextButton, self.figuresTable)
        QWidget.setTabOrder(self.figuresTable, self.commentEdit)
        QWidget.setTabOrder(self.commentEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.printButton)

        self.retranslateUi(ManagerAnalysisTab)

        QMetaObject.connectSlotsByName(ManagerAnalysisTab)
    # setupUi

    def retranslateUi(self, ManagerAnalysisTab):
        self.kindCaption.setText(QCoreApplication.translate("ManagerAnalysisTab", u"\u671f\u95f4(&K)\uff1a", None))
        self.dateCaption.setText(QCoreApplication.translate("ManagerAnalysisTab", u"\u65e5\u671f(&D)\uff1a", None))
        self.prevButton.setText(QCoreApplication.translate("ManagerAnalysisTab", u"\u25c0 \u4e0a\u4e00\u671f (Alt+\u2190)", None))
        self.nextButton.setText(QCoreApplication.translate("ManagerAnalysisTab", u"\u4e0b\u4e00\u671f (Alt+\u2192) \u25b6", None))
        self.commentCaption.setText(QCoreApplication.translate("ManagerAnalysisTab", u"\u7ecf\u8425\u5206\u6790\u4e0e\u6539\u8fdb\u63aa\u65bd(&C)\uff1a", None))
        self.commentEdit.setPlaceholderText(QCoreApplication.translate("ManagerAnalysisTab", u"\u672c\u671f\u4e0e\u4e0a\u671f\u3001\u53bb\u5e74\u540c\u671f\u76f8\u6bd4\u7684\u53d8\u5316\uff0c\u539f\u56e0\uff0c\u4e0b\u4e00\u671f\u7684\u63aa\u65bd", None))
        self.saveButton.setText(QCoreApplication.translate("ManagerAnalysisTab", u"\u4fdd\u5b58\u5206\u6790\u610f\u89c1 (Ctrl+S)", None))
        self.printButton.setText(QCoreApplication.translate("ManagerAnalysisTab", u"\u6253\u5370\u5206\u6790\u62a5\u544a\u8868 (Ctrl+P)", None))
        pass
    # retranslateUi

