# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'care_complaint.ui'
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
    QDialogButtonBox, QGridLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_CareComplaint(object):
    def setupUi(self, CareComplaint):
        if not CareComplaint.objectName():
            CareComplaint.setObjectName(u"CareComplaint")
        CareComplaint.resize(560, 380)
        self.dialogLayout = QVBoxLayout(CareComplaint)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QGridLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.findLabel = QLabel(CareComplaint)
        self.findLabel.setObjectName(u"findLabel")

        self.formLayout.addWidget(self.findLabel, 0, 0, 1, 1)

        self.findEdit = QLineEdit(CareComplaint)
        self.findEdit.setObjectName(u"findEdit")

        self.formLayout.addWidget(self.findEdit, 0, 1, 1, 1)

        self.foundLabel = QLabel(CareComplaint)
        self.foundLabel.setObjectName(u"foundLabel")
        self.foundLabel.setText(u"")
        self.foundLabel.setWordWrap(True)

        self.formLayout.addWidget(self.foundLabel, 1, 1, 1, 1)

        self.sourceLabel = QLabel(CareComplaint)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.formLayout.addWidget(self.sourceLabel, 2, 0, 1, 1)

        self.sourceCombo = QComboBox(CareComplaint)
        self.sourceCombo.setObjectName(u"sourceCombo")

        self.formLayout.addWidget(self.sourceCombo, 2, 1, 1, 1)

        self.categoryLabel = QLabel(CareComplaint)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.formLayout.addWidget(self.categoryLabel, 3, 0, 1, 1)

        self.categoryCombo = QComboBox(CareComplaint)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.formLayout.addWidget(self.categoryCombo, 3, 1, 1, 1)

        self.ownerLabel = QLabel(CareComplaint)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.formLayout.addWidget(self.ownerLabel, 4, 0, 1, 1)

        self.ownerCombo = QComboBox(CareComplaint)
        self.ownerCombo.setObjectName(u"ownerCombo")

        self.formLayout.addWidget(self.ownerCombo, 4, 1, 1, 1)

        self.descriptionLabel = QLabel(CareComplaint)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.formLayout.addWidget(self.descriptionLabel, 5, 0, 1, 1)

        self.descriptionEdit = QPlainTextEdit(CareComplaint)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.formLayout.addWidget(self.descriptionEdit, 5, 1, 1, 1)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(CareComplaint)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setText(u"")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CareComplaint)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.findLabel.setBuddy(self.findEdit)
        self.sourceLabel.setBuddy(self.sourceCombo)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.ownerLabel.setBuddy(self.ownerCombo)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CareComplaint)

        QMetaObject.connectSlotsByName(CareComplaint)
    # setupUi

    def retranslateUi(self, CareComplaint):
        CareComplaint.setWindowTitle(QCoreApplication.translate("CareComplaint", u"\u767b\u8bb0\u6295\u8bc9", None))
        self.findLabel.setText(QCoreApplication.translate("CareComplaint", u"\u5ba2\u6237(&F)\uff1a", None))
        self.findEdit.setPlaceholderText(QCoreApplication.translate("CareComplaint", u"\u8f66\u724c\u53f7\u3001\u624b\u673a\u53f7\u6216\u5de5\u5355\u53f7\uff0c\u56de\u8f66\u67e5\u627e", None))
        self.sourceLabel.setText(QCoreApplication.translate("CareComplaint", u"\u6765\u6e90(&S)\uff1a", None))
        self.categoryLabel.setText(QCoreApplication.translate("CareComplaint", u"\u7c7b\u522b(&K)\uff1a", None))
        self.ownerLabel.setText(QCoreApplication.translate("CareComplaint", u"\u8d1f\u8d23\u4eba(&O)\uff1a", None))
        self.descriptionLabel.setText(QCoreApplication.translate("CareComplaint", u"\u6295\u8bc9\u5185\u5bb9(&D)\uff1a", None))
    # retranslateUi

