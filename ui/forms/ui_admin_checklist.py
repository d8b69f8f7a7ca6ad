# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_checklist.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_AdminChecklist(object):
    def setupUi(self, AdminChecklist):
        if not AdminChecklist.objectName():
            AdminChecklist.setObjectName(u"AdminChecklist")
        AdminChecklist.resize(1000, 520)
        self.checklistLayout = QVBoxLayout(AdminChecklist)
        self.checklistLayout.setObjectName(u"checklistLayout")
        self.introLabel = QLabel(AdminChecklist)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.checklistLayout.addWidget(self.introLabel)

        self.itemsTable = QTableWidget(AdminChecklist)
        if (self.itemsTable.columnCount() < 3):
            self.itemsTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.itemsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.itemsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.itemsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.itemsTable.setObjectName(u"itemsTable")
        self.itemsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.itemsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.itemsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.itemsTable.setColumnCount(3)

        self.checklistLayout.addWidget(self.itemsTable)

        self.checklistButtons = QHBoxLayout()
        self.checklistButtons.setObjectName(u"checklistButtons")
        self.summaryLabel = QLabel(AdminChecklist)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")

        self.checklistButtons.addWidget(self.summaryLabel)

        self.checklistSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.checklistButtons.addItem(self.checklistSpacer)

        self.refreshButton = QPushButton(AdminChecklist)
        self.refreshButton.setObjectName(u"refreshButton")

        self.checklistButtons.addWidget(self.refreshButton)


        self.checklistLayout.addLayout(self.checklistButtons)


        self.retranslateUi(AdminChecklist)

        QMetaObject.connectSlotsByName(AdminChecklist)
    # setupUi

    def retranslateUi(self, AdminChecklist):
        self.introLabel.setText(QCoreApplication.translate("AdminChecklist", u"\u5f00\u4e1a\u4e0a\u7ebf\u524d\u8981\u51c6\u5907\u597d\u7684\u5185\u5bb9\u3002\u672a\u5b8c\u6210\u7684\u9879\u76ee\u53cc\u51fb\u6216\u6309\u56de\u8f66\u76f4\u63a5\u53bb\u8bbe\u7f6e\u3002", None))
        ___qtablewidgetitem = self.itemsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("AdminChecklist", u"\u9879\u76ee", None))
        ___qtablewidgetitem1 = self.itemsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AdminChecklist", u"\u72b6\u6001", None))
        ___qtablewidgetitem2 = self.itemsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("AdminChecklist", u"\u8bf4\u660e", None))
        self.refreshButton.setText(QCoreApplication.translate("AdminChecklist", u"\u5237\u65b0", None))
        pass
    # retranslateUi

