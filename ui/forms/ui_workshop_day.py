# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workshop_day.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDateEdit,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_WorkshopDayDialog(object):
    def setupUi(self, WorkshopDayDialog):
        if not WorkshopDayDialog.objectName():
            WorkshopDayDialog.setObjectName(u"WorkshopDayDialog")
        WorkshopDayDialog.resize(820, 560)
        self.dialogLayout = QVBoxLayout(WorkshopDayDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dayLayout = QHBoxLayout()
        self.dayLayout.setObjectName(u"dayLayout")
        self.dayLabel = QLabel(WorkshopDayDialog)
        self.dayLabel.setObjectName(u"dayLabel")

        self.dayLayout.addWidget(self.dayLabel)

        self.dayEdit = QDateEdit(WorkshopDayDialog)
        self.dayEdit.setObjectName(u"dayEdit")
        self.dayEdit.setCalendarPopup(True)

        self.dayLayout.addWidget(self.dayEdit)

        self.daySpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dayLayout.addItem(self.daySpacer)


        self.dialogLayout.addLayout(self.dayLayout)

        self.summaryLabel = QLabel(WorkshopDayDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.teamsHeading = QLabel(WorkshopDayDialog)
        self.teamsHeading.setObjectName(u"teamsHeading")

        self.dialogLayout.addWidget(self.teamsHeading)

        self.teamsTable = QTableWidget(WorkshopDayDialog)
        self.teamsTable.setObjectName(u"teamsTable")
        self.teamsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.teamsTable.setAlternatingRowColors(True)

        self.dialogLayout.addWidget(self.teamsTable)

        self.techniciansHeading = QLabel(WorkshopDayDialog)
        self.techniciansHeading.setObjectName(u"techniciansHeading")

        self.dialogLayout.addWidget(self.techniciansHeading)

        self.techniciansTable = QTableWidget(WorkshopDayDialog)
        self.techniciansTable.setObjectName(u"techniciansTable")
        self.techniciansTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.techniciansTable.setAlternatingRowColors(True)

        self.dialogLayout.addWidget(self.techniciansTable)

        self.buttonBox = QDialogButtonBox(WorkshopDayDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dayLabel.setBuddy(self.dayEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WorkshopDayDialog)

        QMetaObject.connectSlotsByName(WorkshopDayDialog)
    # setupUi

    def retranslateUi(self, WorkshopDayDialog):
        WorkshopDayDialog.setWindowTitle(QCoreApplication.translate("WorkshopDayDialog", u"\u8f66\u95f4\u65e5\u62a5", None))
        self.dayLabel.setText(QCoreApplication.translate("WorkshopDayDialog", u"\u65e5\u671f(&D)\uff1a", None))
        self.dayEdit.setDisplayFormat(QCoreApplication.translate("WorkshopDayDialog", u"yyyy-MM-dd", None))
        self.summaryLabel.setText("")
        self.teamsHeading.setText(QCoreApplication.translate("WorkshopDayDialog", u"\u5404\u73ed\u7ec4\u5b8c\u5de5\u4e0e\u5de5\u65f6", None))
        self.techniciansHeading.setText(QCoreApplication.translate("WorkshopDayDialog", u"\u6280\u5e08\u5de5\u65f6\u4e0e\u6548\u7387\uff08\u8ba1\u4ef6\u5de5\u8d44\u4f9d\u636e\uff09", None))
    # retranslateUi

