# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reception_book.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateTimeEdit,
    QDialog, QDialogButtonBox, QGridLayout, QLabel,
    QLineEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_ReceptionBook(object):
    def setupUi(self, ReceptionBook):
        if not ReceptionBook.objectName():
            ReceptionBook.setObjectName(u"ReceptionBook")
        ReceptionBook.resize(520, 420)
        self.dialogLayout = QVBoxLayout(ReceptionBook)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.vehicleLabel = QLabel(ReceptionBook)
        self.vehicleLabel.setObjectName(u"vehicleLabel")
        self.vehicleLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.vehicleLabel)

        self.bookLayout = QGridLayout()
        self.bookLayout.setObjectName(u"bookLayout")
        self.startEditLabel = QLabel(ReceptionBook)
        self.startEditLabel.setObjectName(u"startEditLabel")

        self.bookLayout.addWidget(self.startEditLabel, 0, 0, 1, 1)

        self.startEdit = QDateTimeEdit(ReceptionBook)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)

        self.bookLayout.addWidget(self.startEdit, 0, 1, 1, 1)

        self.minutesSpinLabel = QLabel(ReceptionBook)
        self.minutesSpinLabel.setObjectName(u"minutesSpinLabel")

        self.bookLayout.addWidget(self.minutesSpinLabel, 1, 0, 1, 1)

        self.minutesSpin = QSpinBox(ReceptionBook)
        self.minutesSpin.setObjectName(u"minutesSpin")
        self.minutesSpin.setMinimum(15)
        self.minutesSpin.setMaximum(7200)
        self.minutesSpin.setSingleStep(30)
        self.minutesSpin.setValue(60)

        self.bookLayout.addWidget(self.minutesSpin, 1, 1, 1, 1)

        self.bayComboLabel = QLabel(ReceptionBook)
        self.bayComboLabel.setObjectName(u"bayComboLabel")

        self.bookLayout.addWidget(self.bayComboLabel, 2, 0, 1, 1)

        self.bayCombo = QComboBox(ReceptionBook)
        self.bayCombo.setObjectName(u"bayCombo")

        self.bookLayout.addWidget(self.bayCombo, 2, 1, 1, 1)

        self.advisorComboLabel = QLabel(ReceptionBook)
        self.advisorComboLabel.setObjectName(u"advisorComboLabel")

        self.bookLayout.addWidget(self.advisorComboLabel, 3, 0, 1, 1)

        self.advisorCombo = QComboBox(ReceptionBook)
        self.advisorCombo.setObjectName(u"advisorCombo")

        self.bookLayout.addWidget(self.advisorCombo, 3, 1, 1, 1)

        self.jobComboLabel = QLabel(ReceptionBook)
        self.jobComboLabel.setObjectName(u"jobComboLabel")

        self.bookLayout.addWidget(self.jobComboLabel, 4, 0, 1, 1)

        self.jobCombo = QComboBox(ReceptionBook)
        self.jobCombo.setObjectName(u"jobCombo")

        self.bookLayout.addWidget(self.jobCombo, 4, 1, 1, 1)

        self.requestEditLabel = QLabel(ReceptionBook)
        self.requestEditLabel.setObjectName(u"requestEditLabel")

        self.bookLayout.addWidget(self.requestEditLabel, 5, 0, 1, 1)

        self.requestEdit = QLineEdit(ReceptionBook)
        self.requestEdit.setObjectName(u"requestEdit")

        self.bookLayout.addWidget(self.requestEdit, 5, 1, 1, 1)

        self.partsNoteEditLabel = QLabel(ReceptionBook)
        self.partsNoteEditLabel.setObjectName(u"partsNoteEditLabel")

        self.bookLayout.addWidget(self.partsNoteEditLabel, 6, 0, 1, 1)

        self.partsNoteEdit = QLineEdit(ReceptionBook)
        self.partsNoteEdit.setObjectName(u"partsNoteEdit")

        self.bookLayout.addWidget(self.partsNoteEdit, 6, 1, 1, 1)

        self.partsValueEditLabel = QLabel(ReceptionBook)
        self.partsValueEditLabel.setObjectName(u"partsValueEditLabel")

        self.bookLayout.addWidget(self.partsValueEditLabel, 7, 0, 1, 1)

        self.partsValueEdit = QLineEdit(ReceptionBook)
        self.partsValueEdit.setObjectName(u"partsValueEdit")

        self.bookLayout.addWidget(self.partsValueEdit, 7, 1, 1, 1)


        self.dialogLayout.addLayout(self.bookLayout)

        self.errorLabel = QLabel(ReceptionBook)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ReceptionBook)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.startEditLabel.setBuddy(self.startEdit)
        self.minutesSpinLabel.setBuddy(self.minutesSpin)
        self.bayComboLabel.setBuddy(self.bayCombo)
        self.advisorComboLabel.setBuddy(self.advisorCombo)
        self.jobComboLabel.setBuddy(self.jobCombo)
        self.requestEditLabel.setBuddy(self.requestEdit)
        self.partsNoteEditLabel.setBuddy(self.partsNoteEdit)
        self.partsValueEditLabel.setBuddy(self.partsValueEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReceptionBook)

        QMetaObject.connectSlotsByName(ReceptionBook)
    # setupUi

    def retranslateUi(self, ReceptionBook):
        ReceptionBook.setWindowTitle(QCoreApplication.translate("ReceptionBook", u"\u7ef4\u4fee\u9884\u7ea6", None))
        self.vehicleLabel.setText("")
        self.startEditLabel.setText(QCoreApplication.translate("ReceptionBook", u"\u5f00\u59cb\u65f6\u95f4(&S)\uff1a", None))
        self.startEdit.setDisplayFormat(QCoreApplication.translate("ReceptionBook", u"yyyy-MM-dd HH:mm", None))
        self.minutesSpinLabel.setText(QCoreApplication.translate("ReceptionBook", u"\u9884\u8ba1\u65f6\u957f(&M)\uff1a", None))
        self.minutesSpin.setSuffix(QCoreApplication.translate("ReceptionBook", u" \u5206\u949f", None))
        self.bayComboLabel.setText(QCoreApplication.translate("ReceptionBook", u"\u5de5\u4f4d(&B)\uff1a", None))
        self.advisorComboLabel.setText(QCoreApplication.translate("ReceptionBook", u"\u670d\u52a1\u987e\u95ee(&A)\uff1a", None))
        self.jobComboLabel.setText(QCoreApplication.translate("ReceptionBook", u"\u4e1a\u52a1\u7c7b\u578b(&J)\uff1a", None))
        self.requestEditLabel.setText(QCoreApplication.translate("ReceptionBook", u"\u9884\u7ea6\u5185\u5bb9(&R)\uff1a", None))
        self.partsNoteEditLabel.setText(QCoreApplication.translate("ReceptionBook", u"\u9700\u51c6\u5907\u5907\u4ef6(&P)\uff1a", None))
        self.partsValueEditLabel.setText(QCoreApplication.translate("ReceptionBook", u"\u5907\u4ef6\u91d1\u989d(&V)\uff1a", None))
        self.partsValueEdit.setPlaceholderText(QCoreApplication.translate("ReceptionBook", u"\u5143\uff1b\u8d35\u91cd\u5907\u4ef6\u9700\u6536\u4e0d\u5c11\u4e8e\u4e00\u534a\u7684\u5b9a\u91d1", None))
        self.errorLabel.setText("")
    # retranslateUi

