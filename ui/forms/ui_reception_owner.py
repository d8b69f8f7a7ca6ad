# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reception_owner.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QGridLayout, QGroupBox, QHeaderView,
    QLabel, QLineEdit, QSizePolicy, QTableView,
    QVBoxLayout, QWidget)

class Ui_ReceptionOwner(object):
    def setupUi(self, ReceptionOwner):
        if not ReceptionOwner.objectName():
            ReceptionOwner.setObjectName(u"ReceptionOwner")
        ReceptionOwner.resize(640, 560)
        self.dialogLayout = QVBoxLayout(ReceptionOwner)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.infoLabel = QLabel(ReceptionOwner)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.infoLabel)

        self.existingGroup = QGroupBox(ReceptionOwner)
        self.existingGroup.setObjectName(u"existingGroup")
        self.existingLayout = QVBoxLayout(self.existingGroup)
        self.existingLayout.setObjectName(u"existingLayout")
        self.searchEdit = QLineEdit(self.existingGroup)
        self.searchEdit.setObjectName(u"searchEdit")

        self.existingLayout.addWidget(self.searchEdit)

        self.customersView = QTableView(self.existingGroup)
        self.customersView.setObjectName(u"customersView")
        self.customersView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.customersView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.customersView.setAlternatingRowColors(True)

        self.existingLayout.addWidget(self.customersView)


        self.dialogLayout.addWidget(self.existingGroup)

        self.newGroup = QGroupBox(ReceptionOwner)
        self.newGroup.setObjectName(u"newGroup")
        self.newGroup.setCheckable(True)
        self.newGroup.setChecked(False)
        self.newLayout = QGridLayout(self.newGroup)
        self.newLayout.setObjectName(u"newLayout")
        self.nameEditLabel = QLabel(self.newGroup)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.newLayout.addWidget(self.nameEditLabel, 0, 0, 1, 1)

        self.nameEdit = QLineEdit(self.newGroup)
        self.nameEdit.setObjectName(u"nameEdit")

        self.newLayout.addWidget(self.nameEdit, 0, 1, 1, 1)

        self.phoneEditLabel = QLabel(self.newGroup)
        self.phoneEditLabel.setObjectName(u"phoneEditLabel")

        self.newLayout.addWidget(self.phoneEditLabel, 1, 0, 1, 1)

        self.phoneEdit = QLineEdit(self.newGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.newLayout.addWidget(self.phoneEdit, 1, 1, 1, 1)

        self.phoneEditHint = QLabel(self.newGroup)
        self.phoneEditHint.setObjectName(u"phoneEditHint")
        self.phoneEditHint.setWordWrap(True)

        self.newLayout.addWidget(self.phoneEditHint, 2, 1, 1, 1)


        self.dialogLayout.addWidget(self.newGroup)

        self.errorLabel = QLabel(ReceptionOwner)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ReceptionOwner)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.phoneEditLabel.setBuddy(self.phoneEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReceptionOwner)

        QMetaObject.connectSlotsByName(ReceptionOwner)
    # setupUi

    def retranslateUi(self, ReceptionOwner):
        ReceptionOwner.setWindowTitle(QCoreApplication.translate("ReceptionOwner", u"\u8fc7\u6237\uff1a\u66f4\u6362\u8f66\u4e3b", None))
        self.infoLabel.setText("")
        self.existingGroup.setTitle(QCoreApplication.translate("ReceptionOwner", u"\u65b0\u8f66\u4e3b\u5df2\u6709\u6863\u6848\uff1a\u67e5\u627e\u5e76\u9009\u4e2d", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ReceptionOwner", u"\u59d3\u540d\u3001\u7535\u8bdd\u5c3e\u53f7\u2026\u2026", None))
        self.newGroup.setTitle(QCoreApplication.translate("ReceptionOwner", u"\u6216\u8005\u65b0\u5efa\u8f66\u4e3b\u6863\u6848", None))
        self.nameEditLabel.setText(QCoreApplication.translate("ReceptionOwner", u"\u59d3\u540d / \u5355\u4f4d(&N)\uff1a", None))
        self.phoneEditLabel.setText(QCoreApplication.translate("ReceptionOwner", u"\u624b\u673a / \u7535\u8bdd(&T)\uff1a", None))
        self.phoneEditHint.setText("")
        self.errorLabel.setText("")
    # retranslateUi

