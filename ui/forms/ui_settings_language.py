# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_language.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_LanguagePage(object):
    def setupUi(self, LanguagePage):
        if not LanguagePage.objectName():
            LanguagePage.setObjectName(u"LanguagePage")
        LanguagePage.resize(520, 380)
        self.pageLayout = QVBoxLayout(LanguagePage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(LanguagePage)
        self.heading.setObjectName(u"heading")
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.heading.setFont(font)

        self.pageLayout.addWidget(self.heading)

        self.languageForm = QFormLayout()
        self.languageForm.setObjectName(u"languageForm")
        self.languageForm.setHorizontalSpacing(12)
        self.languageForm.setVerticalSpacing(10)
        self.languageLabel = QLabel(LanguagePage)
        self.languageLabel.setObjectName(u"languageLabel")

        self.languageForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(LanguagePage)
        self.languageCombo.setObjectName(u"languageCombo")
        self.languageCombo.setMaximumSize(QSize(240, 16777215))

        self.languageForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)


        self.pageLayout.addLayout(self.languageForm)

        self.restartNote = QLabel(LanguagePage)
        self.restartNote.setObjectName(u"restartNote")
        self.restartNote.setWordWrap(True)
        self.restartNote.setStyleSheet(u"color: #666666;")

        self.pageLayout.addWidget(self.restartNote)

        self.pageSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.pageSpacer)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LanguagePage)

        QMetaObject.connectSlotsByName(LanguagePage)
    # setupUi

    def retranslateUi(self, LanguagePage):
        self.heading.setText(QCoreApplication.translate("LanguagePage", u"\u8bed\u8a00", None))
        self.languageLabel.setText(QCoreApplication.translate("LanguagePage", u"\u754c\u9762\u8bed\u8a00\uff1a", None))
        self.restartNote.setText(QCoreApplication.translate("LanguagePage", u"\u91cd\u65b0\u542f\u52a8\u7a0b\u5e8f\u540e\u751f\u6548\u3002\u5355\u636e\u548c\u7cfb\u7edf\u63d0\u793a\u59cb\u7ec8\u4f7f\u7528\u4e2d\u6587\u3002", None))
        pass
    # retranslateUi

