# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_backup.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_BackupPage(object):
    def setupUi(self, BackupPage):
        if not BackupPage.objectName():
            BackupPage.setObjectName(u"BackupPage")
        BackupPage.resize(520, 420)
        self.pageLayout = QVBoxLayout(BackupPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(BackupPage)
        self.heading.setObjectName(u"heading")
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.heading.setFont(font)

        self.pageLayout.addWidget(self.heading)

        self.intro = QLabel(BackupPage)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet(u"color: #666666;")

        self.pageLayout.addWidget(self.intro)

        self.serverNote = QLabel(BackupPage)
        self.serverNote.setObjectName(u"serverNote")
        self.serverNote.setWordWrap(True)
        self.serverNote.setStyleSheet(u"color: #b26a00;")

        self.pageLayout.addWidget(self.serverNote)

        self.backupForm = QFormLayout()
        self.backupForm.setObjectName(u"backupForm")
        self.backupForm.setHorizontalSpacing(12)
        self.backupForm.setVerticalSpacing(10)
        self.enabledCheck = QCheckBox(BackupPage)
        self.enabledCheck.setObjectName(u"enabledCheck")

        self.backupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.enabledCheck)

        self.folderLabel = QLabel(BackupPage)
        self.folderLabel.setObjectName(u"folderLabel")

        self.backupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.folderLabel)

        self.folderLayout = QHBoxLayout()
        self.folderLayout.setSpacing(6)
        self.folderLayout.setObjectName(u"folderLayout")
        self.folderEdit = QLineEdit(BackupPage)
        self.folderEdit.setObjectName(u"folderEdit")

        self.folderLayout.addWidget(self.folderEdit)

        self.browseButton = QPushButton(BackupPage)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.folderLayout.addWidget(self.browseButton)


        self.backupForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.folderLayout)

        self.intervalLabel = QLabel(BackupPage)
        self.intervalLabel.setObjectName(u"intervalLabel")

        self.backupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.intervalLabel)

        self.intervalSpin = QSpinBox(BackupPage)
        self.intervalSpin.setObjectName(u"intervalSpin")
        self.intervalSpin.setMaximumSize(QSize(300, 16777215))
        self.intervalSpin.setMinimum(1)
        self.intervalSpin.setMaximum(168)
        self.intervalSpin.setValue(4)

        self.backupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.intervalSpin)

        self.dailyLabel = QLabel(BackupPage)
        self.dailyLabel.setObjectName(u"dailyLabel")

        self.backupForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dailyLabel)

        self.dailySpin = QSpinBox(BackupPage)
        self.dailySpin.setObjectName(u"dailySpin")
        self.dailySpin.setMaximumSize(QSize(300, 16777215))
        self.dailySpin.setMinimum(1)
        self.dailySpin.setMaximum(365)
        self.dailySpin.setValue(7)

        self.backupForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dailySpin)

        self.weeklyLabel = QLabel(BackupPage)
        self.weeklyLabel.setObjectName(u"weeklyLabel")

        self.backupForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.weeklyLabel)

        self.weeklySpin = QSpinBox(BackupPage)
        self.weeklySpin.setObjectName(u"weeklySpin")
        self.weeklySpin.setMaximumSize(QSize(300, 16777215))
        self.weeklySpin.setMinimum(0)
        self.weeklySpin.setMaximum(520)
        self.weeklySpin.setValue(4)

        self.backupForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.weeklySpin)

        self.lastLabel = QLabel(BackupPage)
        self.lastLabel.setObjectName(u"lastLabel")

        self.backupForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.lastLabel)

        self.lastValue = QLabel(BackupPage)
        self.lastValue.setObjectName(u"lastValue")
        self.lastValue.setText(u"")
        self.lastValue.setWordWrap(True)
        self.lastValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.backupForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.lastValue)


        self.pageLayout.addLayout(self.backupForm)

        self.keepNote = QLabel(BackupPage)
        self.keepNote.setObjectName(u"keepNote")
        self.keepNote.setWordWrap(True)
        self.keepNote.setStyleSheet(u"color: #666666;")

        self.pageLayout.addWidget(self.keepNote)

        self.nowLayout = QHBoxLayout()
        self.nowLayout.setSpacing(12)
        self.nowLayout.setObjectName(u"nowLayout")
        self.backupNowButton = QPushButton(BackupPage)
        self.backupNowButton.setObjectName(u"backupNowButton")
        self.backupNowButton.setAutoDefault(False)

        self.nowLayout.addWidget(self.backupNowButton)

        self.resultLabel = QLabel(BackupPage)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setText(u"")
        self.resultLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.resultLabel.sizePolicy().hasHeightForWidth())
        self.resultLabel.setSizePolicy(sizePolicy)

        self.nowLayout.addWidget(self.resultLabel)


        self.pageLayout.addLayout(self.nowLayout)

        self.pageSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.pageSpacer)

#if QT_CONFIG(shortcut)
        self.folderLabel.setBuddy(self.folderEdit)
        self.intervalLabel.setBuddy(self.intervalSpin)
        self.dailyLabel.setBuddy(self.dailySpin)
        self.weeklyLabel.setBuddy(self.weeklySpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.enabledCheck, self.folderEdit)
        QWidget.setTabOrder(self.folderEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.intervalSpin)
        QWidget.setTabOrder(self.intervalSpin, self.dailySpin)
        QWidget.setTabOrder(self.dailySpin, self.weeklySpin)
        QWidget.setTabOrder(self.weeklySpin, self.backupNowButton)

        self.retranslateUi(BackupPage)

        QMetaObject.connectSlotsByName(BackupPage)
    # setupUi

    def retranslateUi(self, BackupPage):
        self.heading.setText(QCoreApplication.translate("BackupPage", u"\u5907\u4efd", None))
        self.intro.setText(QCoreApplication.translate("BackupPage", u"\u7a0b\u5e8f\u8fd0\u884c\u65f6\u6309\u95f4\u9694\u5728\u7ebf\u5907\u4efd\u672c\u673a\u6570\u636e\u5e93\uff0c\u5404\u5de5\u4f5c\u7ad9\u7167\u5e38\u8425\u4e1a\uff1b\u6bcf\u4efd\u5907\u4efd\u5199\u5b8c\u540e\u90fd\u4f1a\u6821\u9a8c\u3002\u5907\u4efd\u6700\u597d\u653e\u5728\u53e6\u4e00\u5757\u786c\u76d8\u3001U \u76d8\u6216\u7f51\u7edc\u5171\u4eab\u6587\u4ef6\u5939\u91cc\uff0c\u786c\u76d8\u635f\u574f\u65f6\u624d\u4e0d\u4f1a\u4e00\u8d77\u4e22\u5931\u3002", None))
        self.serverNote.setText(QCoreApplication.translate("BackupPage", u"\u672c\u673a\u4f7f\u7528\u7684\u662f PostgreSQL \u670d\u52a1\u5668\u6570\u636e\u5e93\uff1a\u8bf7\u5728\u670d\u52a1\u5668\u4e0a\u7528 pg_dump \u5b9a\u65f6\u5907\u4efd\uff08\u89c1 README \u7684\u201c\u5907\u4efd\u4e0e\u6062\u590d\u201d\uff09\uff0c\u672c\u673a\u4e0d\u505a\u5b9a\u65f6\u5907\u4efd\u3002", None))
        self.enabledCheck.setText(QCoreApplication.translate("BackupPage", u"\u542f\u7528\u5b9a\u65f6\u5907\u4efd", None))
        self.folderLabel.setText(QCoreApplication.translate("BackupPage", u"\u5907\u4efd\u6587\u4ef6\u5939\uff1a", None))
        self.browseButton.setText(QCoreApplication.translate("BackupPage", u"\u6d4f\u89c8\u2026", None))
        self.intervalLabel.setText(QCoreApplication.translate("BackupPage", u"\u5907\u4efd\u95f4\u9694\uff1a", None))
        self.intervalSpin.setSuffix(QCoreApplication.translate("BackupPage", u" \u5c0f\u65f6", None))
        self.dailyLabel.setText(QCoreApplication.translate("BackupPage", u"\u6309\u5929\u4fdd\u7559\uff1a", None))
        self.dailySpin.setSuffix(QCoreApplication.translate("BackupPage", u" \u5929\uff08\u6bcf\u5929\u7559\u6700\u65b0\u4e00\u4efd\uff09", None))
        self.weeklyLabel.setText(QCoreApplication.translate("BackupPage", u"\u6309\u5468\u4fdd\u7559\uff1a", None))
        self.weeklySpin.setSuffix(QCoreApplication.translate("BackupPage", u" \u5468\uff08\u6bcf\u5468\u7559\u6700\u65b0\u4e00\u4efd\uff09", None))
        self.lastLabel.setText(QCoreApplication.translate("BackupPage", u"\u4e0a\u6b21\u5907\u4efd\uff1a", None))
        self.keepNote.setText(QCoreApplication.translate("BackupPage", u"\u5f53\u5929\u7684\u5907\u4efd\u5168\u90e8\u4fdd\u7559\uff1b\u66f4\u65e9\u7684\u6309\u4e0a\u9762\u7684\u5929\u6570\u548c\u5468\u6570\u5404\u7559\u6700\u65b0\u4e00\u4efd\uff0c\u5176\u4f59\u81ea\u52a8\u5220\u9664\u3002\u624b\u52a8\u5907\u4efd\u548c\u5347\u7ea7\u524d\u7684\u5907\u4efd\u4e0d\u4f1a\u88ab\u5220\u9664\u3002", None))
        self.backupNowButton.setText(QCoreApplication.translate("BackupPage", u"\u7acb\u5373\u5907\u4efd", None))
        pass
    # retranslateUi

