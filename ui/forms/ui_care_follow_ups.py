# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'care_follow_ups.ui'
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
    QDateEdit, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_CareFollowUps(object):
    def setupUi(self, CareFollowUps):
        if not CareFollowUps.objectName():
            CareFollowUps.setObjectName(u"CareFollowUps")
        CareFollowUps.resize(1100, 600)
        self.tabLayout = QVBoxLayout(CareFollowUps)
        self.tabLayout.setObjectName(u"tabLayout")
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.summaryLabel = QLabel(CareFollowUps)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setTextFormat(Qt.RichText)
        self.summaryLabel.setWordWrap(True)

        self.topLayout.addWidget(self.summaryLabel)

        self.searchLabel = QLabel(CareFollowUps)
        self.searchLabel.setObjectName(u"searchLabel")

        self.topLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(CareFollowUps)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMinimumSize(QSize(220, 0))

        self.topLayout.addWidget(self.searchEdit)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topLayout.addItem(self.topSpacer)

        self.viewLabel = QLabel(CareFollowUps)
        self.viewLabel.setObjectName(u"viewLabel")

        self.topLayout.addWidget(self.viewLabel)

        self.viewCombo = QComboBox(CareFollowUps)
        self.viewCombo.setObjectName(u"viewCombo")

        self.topLayout.addWidget(self.viewCombo)

        self.highValueCheck = QCheckBox(CareFollowUps)
        self.highValueCheck.setObjectName(u"highValueCheck")

        self.topLayout.addWidget(self.highValueCheck)


        self.tabLayout.addLayout(self.topLayout)

        self.callsView = QTableView(CareFollowUps)
        self.callsView.setObjectName(u"callsView")
        self.callsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.callsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.callsView.setAlternatingRowColors(True)

        self.tabLayout.addWidget(self.callsView)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.callButton = QPushButton(CareFollowUps)
        self.callButton.setObjectName(u"callButton")

        self.actionsLayout.addWidget(self.callButton)

        self.noAnswerButton = QPushButton(CareFollowUps)
        self.noAnswerButton.setObjectName(u"noAnswerButton")

        self.actionsLayout.addWidget(self.noAnswerButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.periodLabel = QLabel(CareFollowUps)
        self.periodLabel.setObjectName(u"periodLabel")

        self.actionsLayout.addWidget(self.periodLabel)

        self.fromEdit = QDateEdit(CareFollowUps)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.fromEdit.setCalendarPopup(True)

        self.actionsLayout.addWidget(self.fromEdit)

        self.toLabel = QLabel(CareFollowUps)
        self.toLabel.setObjectName(u"toLabel")

        self.actionsLayout.addWidget(self.toLabel)

        self.toEdit = QDateEdit(CareFollowUps)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.toEdit.setCalendarPopup(True)

        self.actionsLayout.addWidget(self.toEdit)

        self.printButton = QPushButton(CareFollowUps)
        self.printButton.setObjectName(u"printButton")

        self.actionsLayout.addWidget(self.printButton)

        self.exportButton = QPushButton(CareFollowUps)
        self.exportButton.setObjectName(u"exportButton")

        self.actionsLayout.addWidget(self.exportButton)


        self.tabLayout.addLayout(self.actionsLayout)

        self.errorLabel = QLabel(CareFollowUps)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setText(u"")

        self.tabLayout.addWidget(self.errorLabel)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.viewLabel.setBuddy(self.viewCombo)
        self.periodLabel.setBuddy(self.fromEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CareFollowUps)

        QMetaObject.connectSlotsByName(CareFollowUps)
    # setupUi

    def retranslateUi(self, CareFollowUps):
        self.searchLabel.setText(QCoreApplication.translate("CareFollowUps", u"\u67e5\u627e(&S)\uff1a", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("CareFollowUps", u"\u8f66\u724c\u3001\u624b\u673a\u5c3e\u53f7\u3001\u59d3\u540d\u6216\u5de5\u5355\u53f7", None))
        self.viewLabel.setText(QCoreApplication.translate("CareFollowUps", u"\u663e\u793a(&V)\uff1a", None))
        self.highValueCheck.setText(QCoreApplication.translate("CareFollowUps", u"\u53ea\u770b\u9ad8\u989d\u7ef4\u4fee(&H)", None))
        self.callButton.setText(QCoreApplication.translate("CareFollowUps", u"\u56de\u8bbf\u767b\u8bb0\u2026 (Enter)", None))
        self.noAnswerButton.setText(QCoreApplication.translate("CareFollowUps", u"\u672a\u63a5\u901a (F3)", None))
        self.periodLabel.setText(QCoreApplication.translate("CareFollowUps", u"\u767b\u8bb0\u8868\u671f\u95f4(&D)\uff1a", None))
        self.toLabel.setText(QCoreApplication.translate("CareFollowUps", u"\u81f3", None))
        self.printButton.setText(QCoreApplication.translate("CareFollowUps", u"\u6253\u5370\u767b\u8bb0\u8868 (Ctrl+P)", None))
        self.exportButton.setText(QCoreApplication.translate("CareFollowUps", u"\u5bfc\u51fa Excel (Ctrl+E)", None))
        pass
    # retranslateUi

