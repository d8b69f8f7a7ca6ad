# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'care_note.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_CareNote(object):
    def setupUi(self, CareNote):
        if not CareNote.objectName():
            CareNote.setObjectName(u"CareNote")
        CareNote.resize(480, 260)
        CareNote.setWindowTitle(u"")
        self.dialogLayout = QVBoxLayout(CareNote)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.infoLabel = QLabel(CareNote)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setText(u"")
        self.infoLabel.setTextFormat(Qt.RichText)
        self.infoLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.infoLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.textLabel = QLabel(CareNote)
        self.textLabel.setObjectName(u"textLabel")
        self.textLabel.setText(u"")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QPlainTextEdit(CareNote)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setMaximumSize(QSize(16777215, 90))
        self.textEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.choiceLabel = QLabel(CareNote)
        self.choiceLabel.setObjectName(u"choiceLabel")
        self.choiceLabel.setText(u"")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.choiceLabel)

        self.choiceCombo = QComboBox(CareNote)
        self.choiceCombo.setObjectName(u"choiceCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.choiceCombo)

        self.amountLabel = QLabel(CareNote)
        self.amountLabel.setObjectName(u"amountLabel")
        self.amountLabel.setText(u"")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountEdit = QLineEdit(CareNote)
        self.amountEdit.setObjectName(u"amountEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.amountEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(CareNote)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setText(u"")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CareNote)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.textLabel.setBuddy(self.textEdit)
        self.choiceLabel.setBuddy(self.choiceCombo)
        self.amountLabel.setBuddy(self.amountEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CareNote)

        QMetaObject.connectSlotsByName(CareNote)
    # setupUi

    def retranslateUi(self, CareNote):
        pass
    # retranslateUi

