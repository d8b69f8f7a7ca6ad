# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reception_checkin.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_ReceptionCheckIn(object):
    def setupUi(self, ReceptionCheckIn):
        if not ReceptionCheckIn.objectName():
            ReceptionCheckIn.setObjectName(u"ReceptionCheckIn")
        ReceptionCheckIn.resize(900, 560)
        self.dialogLayout = QVBoxLayout(ReceptionCheckIn)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.vehicleLabel = QLabel(ReceptionCheckIn)
        self.vehicleLabel.setObjectName(u"vehicleLabel")
        self.vehicleLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.vehicleLabel)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.formLayout = QGridLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.mileageEditLabel = QLabel(ReceptionCheckIn)
        self.mileageEditLabel.setObjectName(u"mileageEditLabel")

        self.formLayout.addWidget(self.mileageEditLabel, 0, 0, 1, 1)

        self.mileageEdit = QLineEdit(ReceptionCheckIn)
        self.mileageEdit.setObjectName(u"mileageEdit")

        self.formLayout.addWidget(self.mileageEdit, 0, 1, 1, 1)

        self.mileageEditHint = QLabel(ReceptionCheckIn)
        self.mileageEditHint.setObjectName(u"mileageEditHint")
        self.mileageEditHint.setWordWrap(True)

        self.formLayout.addWidget(self.mileageEditHint, 1, 1, 1, 1)

        self.fuelSpinLabel = QLabel(ReceptionCheckIn)
        self.fuelSpinLabel.setObjectName(u"fuelSpinLabel")

        self.formLayout.addWidget(self.fuelSpinLabel, 2, 0, 1, 1)

        self.fuelSpin = QSpinBox(ReceptionCheckIn)
        self.fuelSpin.setObjectName(u"fuelSpin")
        self.fuelSpin.setMaximum(100)
        self.fuelSpin.setSingleStep(5)

        self.formLayout.addWidget(self.fuelSpin, 2, 1, 1, 1)

        self.keyEditLabel = QLabel(ReceptionCheckIn)
        self.keyEditLabel.setObjectName(u"keyEditLabel")

        self.formLayout.addWidget(self.keyEditLabel, 3, 0, 1, 1)

        self.keyEdit = QLineEdit(ReceptionCheckIn)
        self.keyEdit.setObjectName(u"keyEdit")

        self.formLayout.addWidget(self.keyEdit, 3, 1, 1, 1)

        self.jobComboLabel = QLabel(ReceptionCheckIn)
        self.jobComboLabel.setObjectName(u"jobComboLabel")

        self.formLayout.addWidget(self.jobComboLabel, 4, 0, 1, 1)

        self.jobCombo = QComboBox(ReceptionCheckIn)
        self.jobCombo.setObjectName(u"jobCombo")

        self.formLayout.addWidget(self.jobCombo, 4, 1, 1, 1)

        self.belongingsEditLabel = QLabel(ReceptionCheckIn)
        self.belongingsEditLabel.setObjectName(u"belongingsEditLabel")

        self.formLayout.addWidget(self.belongingsEditLabel, 5, 0, 1, 1)

        self.belongingsEdit = QLineEdit(ReceptionCheckIn)
        self.belongingsEdit.setObjectName(u"belongingsEdit")

        self.formLayout.addWidget(self.belongingsEdit, 5, 1, 1, 1)

        self.wordsEditLabel = QLabel(ReceptionCheckIn)
        self.wordsEditLabel.setObjectName(u"wordsEditLabel")

        self.formLayout.addWidget(self.wordsEditLabel, 6, 0, 1, 1)

        self.wordsEdit = QPlainTextEdit(ReceptionCheckIn)
        self.wordsEdit.setObjectName(u"wordsEdit")
        self.wordsEdit.setTabChangesFocus(True)
        self.wordsEdit.setMaximumSize(QSize(16777215, 60))

        self.formLayout.addWidget(self.wordsEdit, 6, 1, 1, 1)

        self.findingsEditLabel = QLabel(ReceptionCheckIn)
        self.findingsEditLabel.setObjectName(u"findingsEditLabel")

        self.formLayout.addWidget(self.findingsEditLabel, 7, 0, 1, 1)

        self.broughtByEditLabel = QLabel(ReceptionCheckIn)
        self.broughtByEditLabel.setObjectName(u"broughtByEditLabel")

        self.formLayout.addWidget(self.broughtByEditLabel, 8, 0, 1, 1)

        self.broughtByEdit = QLineEdit(ReceptionCheckIn)
        self.broughtByEdit.setObjectName(u"broughtByEdit")

        self.formLayout.addWidget(self.broughtByEdit, 8, 1, 1, 1)

        self.broughtPhoneEditLabel = QLabel(ReceptionCheckIn)
        self.broughtPhoneEditLabel.setObjectName(u"broughtPhoneEditLabel")

        self.formLayout.addWidget(self.broughtPhoneEditLabel, 9, 0, 1, 1)

        self.broughtPhoneEdit = QLineEdit(ReceptionCheckIn)
        self.broughtPhoneEdit.setObjectName(u"broughtPhoneEdit")

        self.formLayout.addWidget(self.broughtPhoneEdit, 9, 1, 1, 1)

        self.findingsEdit = QPlainTextEdit(ReceptionCheckIn)
        self.findingsEdit.setObjectName(u"findingsEdit")
        self.findingsEdit.setTabChangesFocus(True)
        self.findingsEdit.setMaximumSize(QSize(16777215, 60))

        self.formLayout.addWidget(self.findingsEdit, 7, 1, 1, 1)


        self.columns.addLayout(self.formLayout)

        self.damageLayout = QVBoxLayout()
        self.damageLayout.setObjectName(u"damageLayout")
        self.damageTitle = QLabel(ReceptionCheckIn)
        self.damageTitle.setObjectName(u"damageTitle")
        self.damageTitle.setWordWrap(True)

        self.damageLayout.addWidget(self.damageTitle)

        self.outlineHolder = QWidget(ReceptionCheckIn)
        self.outlineHolder.setObjectName(u"outlineHolder")
        self.outlineHolder.setMinimumSize(QSize(300, 260))

        self.damageLayout.addWidget(self.outlineHolder)

        self.damageKindLayout = QHBoxLayout()
        self.damageKindLayout.setObjectName(u"damageKindLayout")
        self.damageKindLabel = QLabel(ReceptionCheckIn)
        self.damageKindLabel.setObjectName(u"damageKindLabel")

        self.damageKindLayout.addWidget(self.damageKindLabel)

        self.damageKindCombo = QComboBox(ReceptionCheckIn)
        self.damageKindCombo.setObjectName(u"damageKindCombo")

        self.damageKindLayout.addWidget(self.damageKindCombo)

        self.undoMarkButton = QPushButton(ReceptionCheckIn)
        self.undoMarkButton.setObjectName(u"undoMarkButton")
        self.undoMarkButton.setAutoDefault(False)

        self.damageKindLayout.addWidget(self.undoMarkButton)


        self.damageLayout.addLayout(self.damageKindLayout)

        self.zoneLayout = QHBoxLayout()
        self.zoneLayout.setObjectName(u"zoneLayout")
        self.zoneComboLabel = QLabel(ReceptionCheckIn)
        self.zoneComboLabel.setObjectName(u"zoneComboLabel")

        self.zoneLayout.addWidget(self.zoneComboLabel)

        self.zoneCombo = QComboBox(ReceptionCheckIn)
        self.zoneCombo.setObjectName(u"zoneCombo")

        self.zoneLayout.addWidget(self.zoneCombo)

        self.markZoneButton = QPushButton(ReceptionCheckIn)
        self.markZoneButton.setObjectName(u"markZoneButton")
        self.markZoneButton.setAutoDefault(False)

        self.zoneLayout.addWidget(self.markZoneButton)


        self.damageLayout.addLayout(self.zoneLayout)

        self.damageList = QLabel(ReceptionCheckIn)
        self.damageList.setObjectName(u"damageList")
        self.damageList.setWordWrap(True)

        self.damageLayout.addWidget(self.damageList)


        self.columns.addLayout(self.damageLayout)


        self.dialogLayout.addLayout(self.columns)

        self.errorLabel = QLabel(ReceptionCheckIn)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ReceptionCheckIn)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.mileageEditLabel.setBuddy(self.mileageEdit)
        self.fuelSpinLabel.setBuddy(self.fuelSpin)
        self.keyEditLabel.setBuddy(self.keyEdit)
        self.jobComboLabel.setBuddy(self.jobCombo)
        self.belongingsEditLabel.setBuddy(self.belongingsEdit)
        self.wordsEditLabel.setBuddy(self.wordsEdit)
        self.findingsEditLabel.setBuddy(self.findingsEdit)
        self.broughtByEditLabel.setBuddy(self.broughtByEdit)
        self.broughtPhoneEditLabel.setBuddy(self.broughtPhoneEdit)
        self.damageKindLabel.setBuddy(self.damageKindCombo)
        self.zoneComboLabel.setBuddy(self.zoneCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReceptionCheckIn)

        QMetaObject.connectSlotsByName(ReceptionCheckIn)
    # setupUi

    def retranslateUi(self, ReceptionCheckIn):
        ReceptionCheckIn.setWindowTitle(QCoreApplication.translate("ReceptionCheckIn", u"\u63a5\u8f66\u5355", None))
        self.vehicleLabel.setText("")
        self.mileageEditLabel.setText(QCoreApplication.translate("ReceptionCheckIn", u"\u8fdb\u5382\u91cc\u7a0b(&M)\uff1a", None))
        self.mileageEdit.setPlaceholderText(QCoreApplication.translate("ReceptionCheckIn", u"\u516c\u91cc", None))
        self.mileageEditHint.setText("")
        self.fuelSpinLabel.setText(QCoreApplication.translate("ReceptionCheckIn", u"\u71c3\u6cb9(&U)\uff1a", None))
        self.fuelSpin.setSuffix(QCoreApplication.translate("ReceptionCheckIn", u" %", None))
        self.keyEditLabel.setText(QCoreApplication.translate("ReceptionCheckIn", u"\u94a5\u5319\u67dc\u7f16\u53f7(&K)\uff1a", None))
        self.keyEdit.setPlaceholderText(QCoreApplication.translate("ReceptionCheckIn", u"\u5982 A-12", None))
        self.jobComboLabel.setText(QCoreApplication.translate("ReceptionCheckIn", u"\u4e1a\u52a1\u7c7b\u578b(&J)\uff1a", None))
        self.belongingsEditLabel.setText(QCoreApplication.translate("ReceptionCheckIn", u"\u968f\u8f66\u7269\u54c1(&B)\uff1a", None))
        self.belongingsEdit.setPlaceholderText(QCoreApplication.translate("ReceptionCheckIn", u"\u7528\u987f\u53f7\u5206\u9694\uff0c\u5982\uff1a\u5907\u80ce\u3001\u884c\u8f66\u8bb0\u5f55\u4eea\u3001\u96e8\u4f1e\u00d72", None))
        self.wordsEditLabel.setText(QCoreApplication.translate("ReceptionCheckIn", u"\u5ba2\u6237\u63cf\u8ff0(&W)\uff1a", None))
        self.findingsEditLabel.setText(QCoreApplication.translate("ReceptionCheckIn", u"\u521d\u6b65\u68c0\u67e5(&I)\uff1a", None))
        self.broughtByEditLabel.setText(QCoreApplication.translate("ReceptionCheckIn", u"\u9001\u4fee\u4eba(&R)\uff1a", None))
        self.broughtByEdit.setPlaceholderText(QCoreApplication.translate("ReceptionCheckIn", u"\u4e0d\u662f\u8f66\u4e3b\u672c\u4eba\u9001\u8f66\u65f6\u586b\u5199", None))
        self.broughtPhoneEditLabel.setText(QCoreApplication.translate("ReceptionCheckIn", u"\u9001\u4fee\u4eba\u7535\u8bdd(&P)\uff1a", None))
        self.broughtPhoneEdit.setPlaceholderText(QCoreApplication.translate("ReceptionCheckIn", u"\u624b\u673a\u6216\u56fa\u8bdd", None))
        self.damageTitle.setText(QCoreApplication.translate("ReceptionCheckIn", u"\u5916\u89c2\u635f\u4f24\uff1a\u5728\u793a\u610f\u56fe\u4e0a\u70b9\u51fb\u6807\u8bb0\uff0c\u6216\u9009\u90e8\u4f4d\u540e\u56de\u8f66\uff08D \u952e\u6362\u635f\u4f24\u7c7b\u578b\uff0cBackspace \u5220\u9664\u6700\u540e\u4e00\u5904\uff09", None))
        self.damageKindLabel.setText(QCoreApplication.translate("ReceptionCheckIn", u"\u635f\u4f24\u7c7b\u578b(&D)\uff1a", None))
        self.undoMarkButton.setText(QCoreApplication.translate("ReceptionCheckIn", u"\u5220\u9664\u6700\u540e\u4e00\u5904", None))
        self.zoneComboLabel.setText(QCoreApplication.translate("ReceptionCheckIn", u"\u90e8\u4f4d(&Z)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.zoneCombo.setToolTip(QCoreApplication.translate("ReceptionCheckIn", u"\u4e0d\u7528\u9f20\u6807\uff1a\u9009\u90e8\u4f4d\u548c\u635f\u4f24\u7c7b\u578b\uff0c\u56de\u8f66\u6807\u8bb0", None))
#endif // QT_CONFIG(tooltip)
        self.markZoneButton.setText(QCoreApplication.translate("ReceptionCheckIn", u"\u6807\u8bb0\u6b64\u90e8\u4f4d (Enter)", None))
        self.damageList.setText("")
        self.errorLabel.setText("")
    # retranslateUi

