# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_database.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_DatabasePage(object):
    def setupUi(self, DatabasePage):
        if not DatabasePage.objectName():
            DatabasePage.setObjectName(u"DatabasePage")
        DatabasePage.resize(520, 380)
        self.pageLayout = QVBoxLayout(DatabasePage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(DatabasePage)
        self.heading.setObjectName(u"heading")
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.heading.setFont(font)

        self.pageLayout.addWidget(self.heading)

        self.intro = QLabel(DatabasePage)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet(u"color: #666666;")

        self.pageLayout.addWidget(self.intro)

        self.databaseForm = QFormLayout()
        self.databaseForm.setObjectName(u"databaseForm")
        self.databaseForm.setHorizontalSpacing(12)
        self.databaseForm.setVerticalSpacing(10)
        self.currentLabel = QLabel(DatabasePage)
        self.currentLabel.setObjectName(u"currentLabel")

        self.databaseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currentLabel)

        self.currentValue = QLabel(DatabasePage)
        self.currentValue.setObjectName(u"currentValue")
        self.currentValue.setText(u"")
        self.currentValue.setWordWrap(True)
        self.currentValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.databaseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.currentValue)

        self.urlLabel = QLabel(DatabasePage)
        self.urlLabel.setObjectName(u"urlLabel")

        self.databaseForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.urlLabel)

        self.urlEdit = QLineEdit(DatabasePage)
        self.urlEdit.setObjectName(u"urlEdit")

        self.databaseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.urlEdit)

        self.examples = QLabel(DatabasePage)
        self.examples.setObjectName(u"examples")
        self.examples.setWordWrap(True)
        self.examples.setStyleSheet(u"color: #666666;")

        self.databaseForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.examples)


        self.pageLayout.addLayout(self.databaseForm)

        self.testLayout = QHBoxLayout()
        self.testLayout.setSpacing(12)
        self.testLayout.setObjectName(u"testLayout")
        self.testButton = QPushButton(DatabasePage)
        self.testButton.setObjectName(u"testButton")
        self.testButton.setAutoDefault(False)

        self.testLayout.addWidget(self.testButton)

        self.testResult = QLabel(DatabasePage)
        self.testResult.setObjectName(u"testResult")
        self.testResult.setText(u"")
        self.testResult.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.testResult.sizePolicy().hasHeightForWidth())
        self.testResult.setSizePolicy(sizePolicy)

        self.testLayout.addWidget(self.testResult)


        self.pageLayout.addLayout(self.testLayout)

        self.restartNote = QLabel(DatabasePage)
        self.restartNote.setObjectName(u"restartNote")
        self.restartNote.setWordWrap(True)
        self.restartNote.setStyleSheet(u"color: #666666;")

        self.pageLayout.addWidget(self.restartNote)

        self.pageSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.pageSpacer)

#if QT_CONFIG(shortcut)
        self.urlLabel.setBuddy(self.urlEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DatabasePage)

        QMetaObject.connectSlotsByName(DatabasePage)
    # setupUi

    def retranslateUi(self, DatabasePage):
        self.heading.setText(QCoreApplication.translate("DatabasePage", u"\u6570\u636e\u5e93", None))
        self.intro.setText(QCoreApplication.translate("DatabasePage", u"\u672c\u673a\u7a0b\u5e8f\u4f7f\u7528\u7684\u6570\u636e\u5e93\u3002\u53ea\u5728\u8fd9\u53f0\u7535\u8111\u4e0a\u4f7f\u7528\u65f6\u4fdd\u7559\u9ed8\u8ba4\u7684\u672c\u673a\u6587\u4ef6\uff1b\u591a\u53f0\u7535\u8111\u5171\u7528\u65f6\uff0c\u586b\u5199\u95e8\u5e97\u670d\u52a1\u5668\u4e0a PostgreSQL \u6570\u636e\u5e93\u7684\u5730\u5740\u3002", None))
        self.currentLabel.setText(QCoreApplication.translate("DatabasePage", u"\u6b63\u5728\u4f7f\u7528\uff1a", None))
        self.urlLabel.setText(QCoreApplication.translate("DatabasePage", u"\u6570\u636e\u5e93\u5730\u5740\uff1a", None))
        self.urlEdit.setPlaceholderText(QCoreApplication.translate("DatabasePage", u"\u7559\u7a7a = \u672c\u673a\u9ed8\u8ba4\u6587\u4ef6", None))
        self.examples.setText(QCoreApplication.translate("DatabasePage", u"\u4f8b\uff1asqlite:///D:/4S/service.db\u3000\u6216\u3000postgresql://\u7528\u6237:\u5bc6\u7801@192.168.1.10/fours", None))
        self.testButton.setText(QCoreApplication.translate("DatabasePage", u"\u6d4b\u8bd5\u8fde\u63a5", None))
        self.restartNote.setText(QCoreApplication.translate("DatabasePage", u"\u66f4\u6539\u6570\u636e\u5e93\u5730\u5740\u540e\uff0c\u9700\u91cd\u65b0\u542f\u52a8\u7a0b\u5e8f\u624d\u4f1a\u751f\u6548\u3002", None))
        pass
    # retranslateUi

