# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_list.ui'
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
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_AdminList(object):
    def setupUi(self, AdminList):
        if not AdminList.objectName():
            AdminList.setObjectName(u"AdminList")
        AdminList.resize(1000, 520)
        self.listLayout = QVBoxLayout(AdminList)
        self.listLayout.setObjectName(u"listLayout")
        self.toolLayout = QHBoxLayout()
        self.toolLayout.setObjectName(u"toolLayout")
        self.searchLabel = QLabel(AdminList)
        self.searchLabel.setObjectName(u"searchLabel")

        self.toolLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(AdminList)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMinimumSize(QSize(200, 0))

        self.toolLayout.addWidget(self.searchEdit)

        self.toolSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.toolSpacer)

        self.newButton = QPushButton(AdminList)
        self.newButton.setObjectName(u"newButton")

        self.toolLayout.addWidget(self.newButton)

        self.editButton = QPushButton(AdminList)
        self.editButton.setObjectName(u"editButton")

        self.toolLayout.addWidget(self.editButton)

        self.toggleButton = QPushButton(AdminList)
        self.toggleButton.setObjectName(u"toggleButton")

        self.toolLayout.addWidget(self.toggleButton)

        self.extraButton = QPushButton(AdminList)
        self.extraButton.setObjectName(u"extraButton")
        self.extraButton.setText(u"")

        self.toolLayout.addWidget(self.extraButton)

        self.importButton = QPushButton(AdminList)
        self.importButton.setObjectName(u"importButton")

        self.toolLayout.addWidget(self.importButton)

        self.exportButton = QPushButton(AdminList)
        self.exportButton.setObjectName(u"exportButton")

        self.toolLayout.addWidget(self.exportButton)


        self.listLayout.addLayout(self.toolLayout)

        self.listView = QTableView(AdminList)
        self.listView.setObjectName(u"listView")
        self.listView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.listView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.listView.setAlternatingRowColors(True)

        self.listLayout.addWidget(self.listView)

        self.messageLabel = QLabel(AdminList)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.listLayout.addWidget(self.messageLabel)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.listView)
        QWidget.setTabOrder(self.listView, self.newButton)
        QWidget.setTabOrder(self.newButton, self.editButton)

        self.retranslateUi(AdminList)

        QMetaObject.connectSlotsByName(AdminList)
    # setupUi

    def retranslateUi(self, AdminList):
        self.searchLabel.setText(QCoreApplication.translate("AdminList", u"\u67e5\u627e\uff1a", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("AdminList", u"\u8f93\u5165\u4efb\u610f\u90e8\u5206\u67e5\u627e", None))
        self.newButton.setText(QCoreApplication.translate("AdminList", u"\u65b0\u5efa\u2026", None))
        self.editButton.setText(QCoreApplication.translate("AdminList", u"\u4fee\u6539\u2026", None))
        self.toggleButton.setText(QCoreApplication.translate("AdminList", u"\u505c\u7528/\u542f\u7528", None))
        self.importButton.setText(QCoreApplication.translate("AdminList", u"\u4ece Excel \u5bfc\u5165\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("AdminList", u"\u5bfc\u51fa Excel\u2026", None))
        pass
    # retranslateUi

