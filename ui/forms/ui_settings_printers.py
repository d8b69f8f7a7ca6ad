# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_printers.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_PrintersPage(object):
    def setupUi(self, PrintersPage):
        if not PrintersPage.objectName():
            PrintersPage.setObjectName(u"PrintersPage")
        PrintersPage.resize(520, 380)
        self.pageLayout = QVBoxLayout(PrintersPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(PrintersPage)
        self.heading.setObjectName(u"heading")
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.heading.setFont(font)

        self.pageLayout.addWidget(self.heading)

        self.intro = QLabel(PrintersPage)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet(u"color: #666666;")

        self.pageLayout.addWidget(self.intro)

        self.printerForm = QFormLayout()
        self.printerForm.setObjectName(u"printerForm")
        self.printerForm.setHorizontalSpacing(12)
        self.printerForm.setVerticalSpacing(10)

        self.pageLayout.addLayout(self.printerForm)

        self.paperHeading = QLabel(PrintersPage)
        self.paperHeading.setObjectName(u"paperHeading")
        font1 = QFont()
        font1.setBold(True)
        self.paperHeading.setFont(font1)

        self.pageLayout.addWidget(self.paperHeading)

        self.paperIntro = QLabel(PrintersPage)
        self.paperIntro.setObjectName(u"paperIntro")
        self.paperIntro.setWordWrap(True)
        self.paperIntro.setStyleSheet(u"color: #666666;")

        self.pageLayout.addWidget(self.paperIntro)

        self.paperForm = QFormLayout()
        self.paperForm.setObjectName(u"paperForm")
        self.paperForm.setHorizontalSpacing(12)
        self.paperForm.setVerticalSpacing(8)

        self.pageLayout.addLayout(self.paperForm)

        self.testResult = QLabel(PrintersPage)
        self.testResult.setObjectName(u"testResult")
        self.testResult.setText(u"")
        self.testResult.setWordWrap(True)

        self.pageLayout.addWidget(self.testResult)

        self.noPrinters = QLabel(PrintersPage)
        self.noPrinters.setObjectName(u"noPrinters")
        self.noPrinters.setWordWrap(True)
        self.noPrinters.setStyleSheet(u"color: #a05a00;")

        self.pageLayout.addWidget(self.noPrinters)

        self.pageSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.pageSpacer)


        self.retranslateUi(PrintersPage)

        QMetaObject.connectSlotsByName(PrintersPage)
    # setupUi

    def retranslateUi(self, PrintersPage):
        self.heading.setText(QCoreApplication.translate("PrintersPage", u"\u6253\u5370\u673a", None))
        self.intro.setText(QCoreApplication.translate("PrintersPage", u"\u4e3a\u6bcf\u79cd\u7eb8\u5f20\u6307\u5b9a\u8fd9\u53f0\u7535\u8111\u4e0a\u7684\u6253\u5370\u673a\uff0c\u5e76\u6253\u5370\u4e00\u5f20\u6d4b\u8bd5\u9875\u6838\u5bf9\u7eb8\u5f20\u548c\u5b57\u4f53\u3002\u9009\u201c\uff08\u6bcf\u6b21\u8be2\u95ee\uff09\u201d\uff0c\u5219\u6bcf\u6b21\u6253\u5370\u524d\u518d\u9009\u62e9\u3002", None))
        self.paperHeading.setText(QCoreApplication.translate("PrintersPage", u"\u5355\u636e\u7528\u7eb8", None))
        self.paperIntro.setText(QCoreApplication.translate("PrintersPage", u"\u7ed3\u7b97\u5355\u3001\u51fa\u5e93\u5355\u53ef\u4ee5\u6539\u7528 241 mm \u9488\u5f0f\u6253\u5370\u673a\u7684\u591a\u8054\u8fde\u7eed\u7eb8\uff08\u4e00\u6b21\u6253\u5370\uff0c\u5404\u8054\u540c\u65f6\u5370\u51fa\uff09\u3002", None))
        self.noPrinters.setText(QCoreApplication.translate("PrintersPage", u"\u672c\u673a\u672a\u5b89\u88c5\u6253\u5370\u673a\u3002\u5b89\u88c5\u6253\u5370\u673a\u540e\u91cd\u65b0\u6253\u5f00\u672c\u7a97\u53e3\u5373\u53ef\u9009\u62e9\u5e76\u6253\u5370\u6d4b\u8bd5\u9875\uff1b\u5728\u6b64\u4e4b\u524d\uff0c\u5355\u636e\u53ef\u4ee5\u9884\u89c8\u5e76\u53e6\u5b58\u4e3a PDF\u3002", None))
        pass
    # retranslateUi

