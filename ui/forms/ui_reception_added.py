# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reception_added.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_ReceptionAddedWork(object):
    def setupUi(self, ReceptionAddedWork):
        if not ReceptionAddedWork.objectName():
            ReceptionAddedWork.setObjectName(u"ReceptionAddedWork")
        ReceptionAddedWork.resize(1000, 600)
        self.tabLayout = QVBoxLayout(ReceptionAddedWork)
        self.tabLayout.setObjectName(u"tabLayout")
        self.workView = QTableView(ReceptionAddedWork)
        self.workView.setObjectName(u"workView")
        self.workView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.workView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.workView.setAlternatingRowColors(True)

        self.tabLayout.addWidget(self.workView)

        self.linesLabel = QLabel(ReceptionAddedWork)
        self.linesLabel.setObjectName(u"linesLabel")
        self.linesLabel.setWordWrap(True)

        self.tabLayout.addWidget(self.linesLabel)

        self.answerHeading = QLabel(ReceptionAddedWork)
        self.answerHeading.setObjectName(u"answerHeading")
        self.answerHeading.setWordWrap(True)
        self.answerHeading.setStyleSheet(u"font-weight: bold; font-size: 11pt;")

        self.tabLayout.addWidget(self.answerHeading)

        self.answerRow = QHBoxLayout()
        self.answerRow.setObjectName(u"answerRow")
        self.answerLayout = QGridLayout()
        self.answerLayout.setObjectName(u"answerLayout")
        self.answeredByEditLabel = QLabel(ReceptionAddedWork)
        self.answeredByEditLabel.setObjectName(u"answeredByEditLabel")

        self.answerLayout.addWidget(self.answeredByEditLabel, 0, 0, 1, 1)

        self.answeredByEdit = QLineEdit(ReceptionAddedWork)
        self.answeredByEdit.setObjectName(u"answeredByEdit")

        self.answerLayout.addWidget(self.answeredByEdit, 0, 1, 1, 1)

        self.viaComboLabel = QLabel(ReceptionAddedWork)
        self.viaComboLabel.setObjectName(u"viaComboLabel")

        self.answerLayout.addWidget(self.viaComboLabel, 1, 0, 1, 1)

        self.viaCombo = QComboBox(ReceptionAddedWork)
        self.viaCombo.setObjectName(u"viaCombo")

        self.answerLayout.addWidget(self.viaCombo, 1, 1, 1, 1)

        self.toldEditLabel = QLabel(ReceptionAddedWork)
        self.toldEditLabel.setObjectName(u"toldEditLabel")

        self.answerLayout.addWidget(self.toldEditLabel, 2, 0, 1, 1)

        self.toldEdit = QLineEdit(ReceptionAddedWork)
        self.toldEdit.setObjectName(u"toldEdit")

        self.answerLayout.addWidget(self.toldEdit, 2, 1, 1, 1)


        self.answerRow.addLayout(self.answerLayout)

        self.answerButtons = QVBoxLayout()
        self.answerButtons.setObjectName(u"answerButtons")
        self.acceptButton = QPushButton(ReceptionAddedWork)
        self.acceptButton.setObjectName(u"acceptButton")

        self.answerButtons.addWidget(self.acceptButton)

        self.declineButton = QPushButton(ReceptionAddedWork)
        self.declineButton.setObjectName(u"declineButton")

        self.answerButtons.addWidget(self.declineButton)

        self.printButton = QPushButton(ReceptionAddedWork)
        self.printButton.setObjectName(u"printButton")

        self.answerButtons.addWidget(self.printButton)


        self.answerRow.addLayout(self.answerButtons)

        self.s2 = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.answerRow.addItem(self.s2)


        self.tabLayout.addLayout(self.answerRow)

        self.errorLabel = QLabel(ReceptionAddedWork)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)

        self.tabLayout.addWidget(self.errorLabel)

#if QT_CONFIG(shortcut)
        self.answeredByEditLabel.setBuddy(self.answeredByEdit)
        self.viaComboLabel.setBuddy(self.viaCombo)
        self.toldEditLabel.setBuddy(self.toldEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReceptionAddedWork)

        QMetaObject.connectSlotsByName(ReceptionAddedWork)
    # setupUi

    def retranslateUi(self, ReceptionAddedWork):
        self.linesLabel.setText("")
        self.answerHeading.setText("")
        self.answeredByEditLabel.setText(QCoreApplication.translate("ReceptionAddedWork", u"\u5ba2\u6237\u7b54\u590d\u4eba(&B)\uff1a", None))
        self.answeredByEdit.setPlaceholderText(QCoreApplication.translate("ReceptionAddedWork", u"\u5982\uff1a\u738b\u5efa\u56fd\u672c\u4eba", None))
        self.viaComboLabel.setText(QCoreApplication.translate("ReceptionAddedWork", u"\u7b54\u590d\u65b9\u5f0f(&V)\uff1a", None))
        self.toldEditLabel.setText(QCoreApplication.translate("ReceptionAddedWork", u"\u8f66\u95f4\u53d7\u8bdd\u4eba(&R)\uff1a", None))
        self.toldEdit.setPlaceholderText(QCoreApplication.translate("ReceptionAddedWork", u"\u544a\u77e5\u8f66\u95f4\u7684\u8c01\uff08\u62d2\u7edd\u65f6\u5fc5\u586b\uff09", None))
        self.acceptButton.setText(QCoreApplication.translate("ReceptionAddedWork", u"\u5ba2\u6237\u540c\u610f (Ctrl+Shift+Y)", None))
        self.declineButton.setText(QCoreApplication.translate("ReceptionAddedWork", u"\u5ba2\u6237\u62d2\u7edd (Ctrl+Shift+N)", None))
        self.printButton.setText(QCoreApplication.translate("ReceptionAddedWork", u"\u6253\u5370\u8ffd\u52a0\u9879\u76ee\u5355 (Ctrl+P)", None))
        self.errorLabel.setText("")
        pass
    # retranslateUi

