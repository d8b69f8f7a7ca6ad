# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'manager_market.ui'
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
from PySide6.QtWidgets import (QApplication, QDateEdit, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ManagerMarketTab(object):
    def setupUi(self, ManagerMarketTab):
        if not ManagerMarketTab.objectName():
            ManagerMarketTab.setObjectName(u"ManagerMarketTab")
        ManagerMarketTab.resize(1060, 520)
        self.tabLayout = QVBoxLayout(ManagerMarketTab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.monthLayout = QHBoxLayout()
        self.monthLayout.setObjectName(u"monthLayout")
        self.monthCaption = QLabel(ManagerMarketTab)
        self.monthCaption.setObjectName(u"monthCaption")

        self.monthLayout.addWidget(self.monthCaption)

        self.monthEdit = QDateEdit(ManagerMarketTab)
        self.monthEdit.setObjectName(u"monthEdit")
        self.monthEdit.setCalendarPopup(True)
        self.monthEdit.setDisplayFormat(u"yyyy-MM")

        self.monthLayout.addWidget(self.monthEdit)

        self.stateLabel = QLabel(ManagerMarketTab)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setText(u"")

        self.monthLayout.addWidget(self.stateLabel)

        self.monthSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.monthLayout.addItem(self.monthSpacer)


        self.tabLayout.addLayout(self.monthLayout)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.textsLayout = QFormLayout()
        self.textsLayout.setObjectName(u"textsLayout")
        self.overviewCaption = QLabel(ManagerMarketTab)
        self.overviewCaption.setObjectName(u"overviewCaption")

        self.textsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.overviewCaption)

        self.overviewEdit = QPlainTextEdit(ManagerMarketTab)
        self.overviewEdit.setObjectName(u"overviewEdit")
        self.overviewEdit.setTabChangesFocus(True)

        self.textsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.overviewEdit)

        self.demandCaption = QLabel(ManagerMarketTab)
        self.demandCaption.setObjectName(u"demandCaption")

        self.textsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.demandCaption)

        self.demandEdit = QPlainTextEdit(ManagerMarketTab)
        self.demandEdit.setObjectName(u"demandEdit")
        self.demandEdit.setTabChangesFocus(True)

        self.textsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.demandEdit)

        self.policyCaption = QLabel(ManagerMarketTab)
        self.policyCaption.setObjectName(u"policyCaption")

        self.textsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.policyCaption)

        self.policyEdit = QPlainTextEdit(ManagerMarketTab)
        self.policyEdit.setObjectName(u"policyEdit")
        self.policyEdit.setTabChangesFocus(True)

        self.textsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.policyEdit)

        self.suggestionsCaption = QLabel(ManagerMarketTab)
        self.suggestionsCaption.setObjectName(u"suggestionsCaption")

        self.textsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.suggestionsCaption)

        self.suggestionsEdit = QPlainTextEdit(ManagerMarketTab)
        self.suggestionsEdit.setObjectName(u"suggestionsEdit")
        self.suggestionsEdit.setTabChangesFocus(True)

        self.textsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.suggestionsEdit)


        self.bodyLayout.addLayout(self.textsLayout)

        self.competitorsLayout = QVBoxLayout()
        self.competitorsLayout.setObjectName(u"competitorsLayout")
        self.competitorsCaption = QLabel(ManagerMarketTab)
        self.competitorsCaption.setObjectName(u"competitorsCaption")

        self.competitorsLayout.addWidget(self.competitorsCaption)

        self.competitorsTable = QTableWidget(ManagerMarketTab)
        self.competitorsTable.setObjectName(u"competitorsTable")
        self.competitorsTable.setTabKeyNavigation(False)

        self.competitorsLayout.addWidget(self.competitorsTable)


        self.bodyLayout.addLayout(self.competitorsLayout)

        self.bodyLayout.setStretch(0, 2)
        self.bodyLayout.setStretch(1, 3)

        self.tabLayout.addLayout(self.bodyLayout)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.saveButton = QPushButton(ManagerMarketTab)
        self.saveButton.setObjectName(u"saveButton")

        self.actionsLayout.addWidget(self.saveButton)

        self.printButton = QPushButton(ManagerMarketTab)
        self.printButton.setObjectName(u"printButton")

        self.actionsLayout.addWidget(self.printButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.tabLayout.addLayout(self.actionsLayout)

        self.messageLabel = QLabel(ManagerMarketTab)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setText(u"")

        self.tabLayout.addWidget(self.messageLabel)

        self.tabLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.monthCaption.setBuddy(self.monthEdit)
        self.overviewCaption.setBuddy(self.overviewEdit)
        self.demandCaption.setBuddy(self.demandEdit)
        self.policyCaption.setBuddy(self.policyEdit)
        self.suggestionsCaption.setBuddy(self.suggestionsEdit)
        self.competitorsCaption.setBuddy(self.competitorsTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.monthEdit, self.overviewEdit)
        QWidget.setTabOrder(self.overviewEdit, self.demandEdit)
        QWidget.setTabOrder(self.demandEdit, self.policyEdit)
        QWidget.setTabOrder(self.policyEdit, self.suggestionsEdit)
        QWidget.setTabOrder(self.suggestionsEdit, self.competitorsTable)
        QWidget.setTabOrder(self.competitorsTable, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.printButton)

        self.retranslateUi(ManagerMarketTab)

        QMetaObject.connectSlotsByName(ManagerMarketTab)
    # setupUi

    def retranslateUi(self, ManagerMarketTab):
        self.monthCaption.setText(QCoreApplication.translate("ManagerMarketTab", u"\u62a5\u544a\u6708\u4efd(&M)\uff1a", None))
        self.overviewCaption.setText(QCoreApplication.translate("ManagerMarketTab", u"\u5e02\u573a\u6982\u51b5(&O)\uff1a", None))
        self.overviewEdit.setPlaceholderText(QCoreApplication.translate("ManagerMarketTab", u"\u4fdd\u6709\u91cf\u3001\u65b0\u8f66\u9500\u552e\u3001\u5b63\u8282\u4e0e\u9700\u6c42\u53d8\u5316", None))
        self.demandCaption.setText(QCoreApplication.translate("ManagerMarketTab", u"\u5ba2\u6237\u9700\u6c42(&N)\uff1a", None))
        self.demandEdit.setPlaceholderText(QCoreApplication.translate("ManagerMarketTab", u"\u56de\u8bbf\u3001\u63a5\u5f85\u4e2d\u4e86\u89e3\u5230\u7684\u9700\u6c42\u4e0e\u6f5c\u5728\u4e1a\u52a1", None))
        self.policyCaption.setText(QCoreApplication.translate("ManagerMarketTab", u"\u653f\u7b56\u52a8\u6001(&Y)\uff1a", None))
        self.policyEdit.setPlaceholderText(QCoreApplication.translate("ManagerMarketTab", u"\u5382\u5bb6\u653f\u7b56\u4e0e\u884c\u4e1a\u52a8\u6001", None))
        self.suggestionsCaption.setText(QCoreApplication.translate("ManagerMarketTab", u"\u5bf9\u7b56\u5efa\u8bae(&G)\uff1a", None))
        self.suggestionsEdit.setPlaceholderText(QCoreApplication.translate("ManagerMarketTab", u"\u670d\u52a1\u8425\u9500\u65b9\u6848\u4e0e\u6539\u8fdb\u63aa\u65bd", None))
        self.competitorsCaption.setText(QCoreApplication.translate("ManagerMarketTab", u"\u7ade\u4e89\u5bf9\u624b(&R)\uff08\u4ef7\u683c\u5355\u4f4d\uff1a\u5143\uff09\uff1a", None))
        self.saveButton.setText(QCoreApplication.translate("ManagerMarketTab", u"\u4fdd\u5b58\u62a5\u544a (Ctrl+S)", None))
        self.printButton.setText(QCoreApplication.translate("ManagerMarketTab", u"\u6253\u5370\u5e02\u573a\u60c5\u51b5\u62a5\u544a\u8868 (Ctrl+P)", None))
        pass
    # retranslateUi

