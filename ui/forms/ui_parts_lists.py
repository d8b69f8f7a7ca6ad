# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'parts_lists.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTableView, QVBoxLayout,
    QWidget)

class Ui_PartsLists(object):
    def setupUi(self, PartsLists):
        if not PartsLists.objectName():
            PartsLists.setObjectName(u"PartsLists")
        PartsLists.resize(1100, 620)
        self.listsLayout = QVBoxLayout(PartsLists)
        self.listsLayout.setObjectName(u"listsLayout")
        self.choiceLayout = QHBoxLayout()
        self.choiceLayout.setObjectName(u"choiceLayout")
        self.kindLabel = QLabel(PartsLists)
        self.kindLabel.setObjectName(u"kindLabel")

        self.choiceLayout.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(PartsLists)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setMinimumSize(QSize(200, 0))

        self.choiceLayout.addWidget(self.kindCombo)

        self.monthsLabel = QLabel(PartsLists)
        self.monthsLabel.setObjectName(u"monthsLabel")

        self.choiceLayout.addWidget(self.monthsLabel)

        self.monthsSpin = QSpinBox(PartsLists)
        self.monthsSpin.setObjectName(u"monthsSpin")
        self.monthsSpin.setMinimum(1)
        self.monthsSpin.setMaximum(60)
        self.monthsSpin.setValue(6)

        self.choiceLayout.addWidget(self.monthsSpin)

        self.choiceSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.choiceLayout.addItem(self.choiceSpacer)

        self.exportButton = QPushButton(PartsLists)
        self.exportButton.setObjectName(u"exportButton")

        self.choiceLayout.addWidget(self.exportButton)


        self.listsLayout.addLayout(self.choiceLayout)

        self.listView = QTableView(PartsLists)
        self.listView.setObjectName(u"listView")
        self.listView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.listView.setAlternatingRowColors(True)

        self.listsLayout.addWidget(self.listView)

        self.messageLabel = QLabel(PartsLists)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")

        self.listsLayout.addWidget(self.messageLabel)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.monthsLabel.setBuddy(self.monthsSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PartsLists)

        QMetaObject.connectSlotsByName(PartsLists)
    # setupUi

    def retranslateUi(self, PartsLists):
        self.kindLabel.setText(QCoreApplication.translate("PartsLists", u"\u6e05\u5355\uff1a", None))
        self.monthsLabel.setText(QCoreApplication.translate("PartsLists", u"\u65e0\u5f02\u52a8\u6708\u6570\uff1a", None))
        self.exportButton.setText(QCoreApplication.translate("PartsLists", u"\u5bfc\u51fa Excel\u2026", None))
        pass
    # retranslateUi

