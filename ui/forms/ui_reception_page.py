# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reception_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_ReceptionPage(object):
    def setupUi(self, ReceptionPage):
        if not ReceptionPage.objectName():
            ReceptionPage.setObjectName(u"ReceptionPage")
        ReceptionPage.resize(1100, 700)
        self.pageLayout = QVBoxLayout(ReceptionPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(12, 10, 12, 10)
        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchLabel = QLabel(ReceptionPage)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(ReceptionPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(360, 30))
        self.searchEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.searchEdit)

        self.countLabel = QLabel(ReceptionPage)
        self.countLabel.setObjectName(u"countLabel")

        self.searchLayout.addWidget(self.countLabel)

        self.searchSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.searchLayout.addItem(self.searchSpacer)

        self.userLabel = QLabel(ReceptionPage)
        self.userLabel.setObjectName(u"userLabel")

        self.searchLayout.addWidget(self.userLabel)


        self.pageLayout.addLayout(self.searchLayout)

        self.addedAlert = QLabel(ReceptionPage)
        self.addedAlert.setObjectName(u"addedAlert")
        self.addedAlert.setVisible(False)
        self.addedAlert.setWordWrap(True)
        self.addedAlert.setStyleSheet(u"background: #fff3e0; color: #bf360c; border: 1px solid #ff9800; border-radius: 4px; padding: 6px; font-weight: bold;")

        self.pageLayout.addWidget(self.addedAlert)

        self.tabs = QTabWidget(ReceptionPage)
        self.tabs.setObjectName(u"tabs")

        self.pageLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReceptionPage)

        self.tabs.setCurrentIndex(-1)


        QMetaObject.connectSlotsByName(ReceptionPage)
    # setupUi

    def retranslateUi(self, ReceptionPage):
        self.searchLabel.setText(QCoreApplication.translate("ReceptionPage", u"\u67e5\u6863\u6848(&F)\uff1a", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ReceptionPage", u"\u8f66\u724c\u4efb\u610f\u51e0\u4f4d\u3001\u624b\u673a\u5c3e\u53f7\u3001\u8f66\u67b6\u53f7\uff08\u6216\u540e 6 \u4f4d\uff09\u3001\u5ba2\u6237\u59d3\u540d", None))
        self.countLabel.setText("")
        self.userLabel.setText("")
        self.addedAlert.setText("")
        pass
    # retranslateUi

