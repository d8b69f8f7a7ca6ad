# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_permissions.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_AdminPermissions(object):
    def setupUi(self, AdminPermissions):
        if not AdminPermissions.objectName():
            AdminPermissions.setObjectName(u"AdminPermissions")
        AdminPermissions.resize(1000, 520)
        self.permissionsLayout = QVBoxLayout(AdminPermissions)
        self.permissionsLayout.setObjectName(u"permissionsLayout")
        self.permissionsTools = QHBoxLayout()
        self.permissionsTools.setObjectName(u"permissionsTools")
        self.searchLabel = QLabel(AdminPermissions)
        self.searchLabel.setObjectName(u"searchLabel")

        self.permissionsTools.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(AdminPermissions)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.permissionsTools.addWidget(self.searchEdit)

        self.noteLabel = QLabel(AdminPermissions)
        self.noteLabel.setObjectName(u"noteLabel")

        self.permissionsTools.addWidget(self.noteLabel)

        self.permissionsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.permissionsTools.addItem(self.permissionsSpacer)

        self.exportButton = QPushButton(AdminPermissions)
        self.exportButton.setObjectName(u"exportButton")

        self.permissionsTools.addWidget(self.exportButton)


        self.permissionsLayout.addLayout(self.permissionsTools)

        self.table = QTableWidget(AdminPermissions)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)

        self.permissionsLayout.addWidget(self.table)

        self.messageLabel = QLabel(AdminPermissions)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")

        self.permissionsLayout.addWidget(self.messageLabel)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AdminPermissions)

        QMetaObject.connectSlotsByName(AdminPermissions)
    # setupUi

    def retranslateUi(self, AdminPermissions):
        self.searchLabel.setText(QCoreApplication.translate("AdminPermissions", u"\u67e5\u627e\uff1a", None))
        self.noteLabel.setText(QCoreApplication.translate("AdminPermissions", u"\u89d2\u8272\u7684\u6743\u9650\u7531\u7a0b\u5e8f\u89c4\u5b9a\uff0c\u8fd9\u91cc\u53ea\u4f9b\u67e5\u770b\uff08\u2713 \u6709\u6743\u9650\uff09\u3002", None))
        self.exportButton.setText(QCoreApplication.translate("AdminPermissions", u"\u5bfc\u51fa Excel\u2026", None))
        pass
    # retranslateUi

