"""What the care tabs and dialogs share: a list view set up one way, the red/green message line, the
score and verdict choices as people read them, and the reception helpers (time, money, keys)."""
from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView

from storage.rules.vocabulary import VOCABULARY

from ..kit.labels import label
from ..reception.common import km_text, money_text, run_dialog, shortcut, when  # noqa: F401  (shared helpers)

RED, AMBER, GREEN, GREY = QColor("#c62828"), QColor("#b26a00"), QColor("#2e7d32"), QColor("#666666")
OK_STYLE, ERROR_STYLE = "color: #2e7d32;", "color: #c62828;"

# Storage keeps Chinese values; these let lupdate see the care words outside the vocabulary (the states,
# job types and line kinds are ui/kit/labels.py's).
_DATA = (
    QT_TRANSLATE_NOOP("CareData", "首次回访"), QT_TRANSLATE_NOOP("CareData", "二次回访"),
    QT_TRANSLATE_NOOP("CareData", "回访"), QT_TRANSLATE_NOOP("CareData", "电话"),
    QT_TRANSLATE_NOOP("CareData", "前台"), QT_TRANSLATE_NOOP("CareData", "服务态度"),
    QT_TRANSLATE_NOOP("CareData", "维修质量"), QT_TRANSLATE_NOOP("CareData", "价格收费"),
    QT_TRANSLATE_NOOP("CareData", "交车时间"), QT_TRANSLATE_NOOP("CareData", "环境设施"),
    QT_TRANSLATE_NOOP("CareData", "满意"), QT_TRANSLATE_NOOP("CareData", "基本满意"),
    QT_TRANSLATE_NOOP("CareData", "不满意"), QT_TRANSLATE_NOOP("CareData", "两周提醒"),
    QT_TRANSLATE_NOOP("CareData", "到期提醒"), QT_TRANSLATE_NOOP("CareData", "注意"),
    QT_TRANSLATE_NOOP("CareData", "已达到"),
)
VOCABULARY_VALUES = frozenset(member.value for vocabulary in VOCABULARY for member in vocabulary)
SCORE_NAMES = {5: QT_TRANSLATE_NOOP("CareData", "非常满意"), 4: QT_TRANSLATE_NOOP("CareData", "满意"),
               3: QT_TRANSLATE_NOOP("CareData", "一般"), 2: QT_TRANSLATE_NOOP("CareData", "不满意"),
               1: QT_TRANSLATE_NOOP("CareData", "很不满意")}


def data_text(value) -> str:
    """A value storage keeps in Chinese (a state, a source), in the interface language."""
    if value is None:
        return ""
    return label(value) if value in VOCABULARY_VALUES else QCoreApplication.translate("CareData", str(value))


def score_text(score: int) -> str:
    return f"{score} {QCoreApplication.translate('CareData', SCORE_NAMES[score])}"


def set_up_view(view, model) -> None:
    view.setModel(model)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)


def fit_columns(view, widest: int = 280, samples: dict | None = None) -> None:
    """Columns as wide as their loaded contents need (never wider than `widest`); the user may drag.
    `samples` {column key: widest text it may show}: a column that later pages may fill wider (amounts)
    is made wide enough for it now, so "¥14,770.00" is never cut to "¥14,77…" (issue 19 defect 11)."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for index in range(header.count()):
        if header.sectionSize(index) > widest:
            header.resizeSection(index, widest)
    columns = getattr(view.model(), "columns", [])
    for index, column in enumerate(columns):
        sample = (samples or {}).get(column.key) if isinstance(column.key, str) else None
        if sample:
            needed = view.fontMetrics().horizontalAdvance(sample) + 2 * view.style().pixelMetric(
                view.style().PixelMetric.PM_HeaderMargin) + 8
            header.resizeSection(index, max(header.sectionSize(index), needed))


def say(label, text: str, *, ok: bool = False) -> None:
    label.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
    label.setText(text)
    label.setVisible(bool(text))


def selected_row(view):
    """The row dict under the view's current index, or None."""
    index = view.currentIndex()
    if not index.isValid() or index.row() >= view.model().rowCount():
        return None
    return view.model().row(index.row())
