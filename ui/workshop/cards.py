"""How one car on the board reads and looks, as plain functions of storage.workshop.BoardCard
(the station's board and the wall display both use them; tested table-driven)."""
from PySide6.QtCore import QCoreApplication

from storage.rules.vocabulary import OrderStatus

translate = QCoreApplication.translate

# Card tones: (background, text) for the normal board; the wall uses its own darker pair.
OVERDUE, CHECK, NORMAL = "overdue", "check", "normal"
TONES = {OVERDUE: ("#fde2e1", "#b71c1c"), CHECK: ("#fff1d6", "#8a4b00"), NORMAL: ("#ffffff", "#1f2933")}
WALL_TONES = {OVERDUE: ("#7f1d1d", "#ffffff"), CHECK: ("#7a4a00", "#ffffff"), NORMAL: ("#1f2a37", "#e8edf3")}


def tone(card) -> str:
    """Overdue (red) before the 70–80 % progress check (orange) before normal. A check that
    reception has already recorded since the 70 % point no longer warns."""
    if card.overdue:
        return OVERDUE
    if card.progress_check and not card.progress_checked:
        return CHECK
    return NORMAL


def duration_text(minutes: int) -> str:
    """Short enough for a card: 90 → "1时30分", 120 → "2时", 3 days → "3天2时"; always positive
    (the caller says late or left)."""
    minutes = abs(int(minutes))
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        if not hours:
            return translate("WorkshopCards", "{d}天").format(d=days)
        return translate("WorkshopCards", "{d}天{h}时").format(d=days, h=hours)
    if hours:
        if not mins:
            return translate("WorkshopCards", "{h}时").format(h=hours)
        return translate("WorkshopCards", "{h}时{m}分").format(h=hours, m=mins)
    return translate("WorkshopCards", "{m}分").format(m=mins)


def time_left_text(card) -> str:
    if card.minutes_left is None:
        return translate("WorkshopCards", "未约定交车时间")
    if card.status == OrderStatus.DONE:
        return translate("WorkshopCards", "已完工")
    if card.overdue or card.minutes_left < 0:
        return translate("WorkshopCards", "超时{t}").format(t=duration_text(card.minutes_left))
    return translate("WorkshopCards", "剩{t}").format(t=duration_text(card.minutes_left))


def promised_text(card, today) -> str:
    if card.promised_at is None:
        return "—"
    if card.promised_at.date() == today:
        return card.promised_at.strftime("%H:%M")
    return card.promised_at.strftime("%m-%d %H:%M")


def people_text(card) -> str:
    """Team and technicians, short: "快保组等2组 · 王莉、肖刚峰等" (the tooltip and the detail list all)."""
    if not card.teams:
        teams = translate("WorkshopCards", "未派工")
    elif len(card.teams) == 1:
        teams = card.teams[0]
    else:
        teams = card.teams[0] + translate("WorkshopCards", "等{n}组").format(n=len(card.teams))
    techs = "、".join(card.technicians[:2])
    if len(card.technicians) > 2:
        techs += translate("WorkshopCards", "等")
    return f"{teams} · {techs}" if techs else teams


def waiting_text(reasons: str) -> str:
    """The state 待料 with the reasons after it, but a reason that only repeats the state ("待料") is not
    written twice: "前刹车片" → "待料：前刹车片", "待料" → "待料", "待料；前刹车片" → "待料：前刹车片"."""
    real = [r.strip() for r in (reasons or "").split("；") if r.strip() and r.strip() != "待料"]
    if not real:
        return translate("WorkshopCards", "待料")
    return translate("WorkshopCards", "待料：{why}").format(why="；".join(real))


def notes(card) -> list[str]:
    """Short flags under the card: parts awaited, answers awaited, rework, lines done."""
    found = []
    if card.lines_total:
        found.append(translate("WorkshopCards", "完成 {done}/{total}").format(done=card.lines_done,
                                                                          total=card.lines_total))
    if card.waiting_for_parts:
        found.append(waiting_text(card.waiting_for_parts))
    if card.awaiting_answer:
        found.append(translate("WorkshopCards", "{n} 项增项待客户答复").format(n=card.awaiting_answer))
    if card.rework_count:
        found.append(translate("WorkshopCards", "返工 {n} 次").format(n=card.rework_count))
    if tone(card) == CHECK:
        found.append(translate("WorkshopCards", "查进度"))
    if card.loan_overdue:
        found.append(translate("WorkshopCards", "代步车逾期"))
    return found


def card_lines(card, today) -> list[str]:
    """The card, line by line: plate and model; job type and advisor; team and technician with the
    bay; promised time and time left; then the flags on one line."""
    if card.bay:
        bay = translate("WorkshopCards", "工位 {bay}").format(bay=card.bay)
    else:
        bay = translate("WorkshopCards", "未进工位")
    return [
        f"{card.plate}  {card.model}".strip(),
        translate("WorkshopCards", "{job} · 顾问 {advisor}").format(job=card.job_type, advisor=card.advisor),
        f"{people_text(card)} · {bay}",
        translate("WorkshopCards", "承诺 {at} · {left}").format(at=promised_text(card, today),
                                                              left=time_left_text(card)),
        *([" · ".join(notes(card))] if notes(card) else []),
    ]


def by_column(cards, columns) -> dict[str, list]:
    """Cards grouped under each board column's status, keeping storage's order."""
    grouped = {status: [] for status, _ in columns}
    for card in cards:
        grouped.setdefault(card.status, []).append(card)
    return grouped


def page_count(grouped: dict[str, list], per_page: int) -> int:
    """Pages the wall needs so the longest column shows every card: at least one."""
    longest = max((len(v) for v in grouped.values()), default=0)
    return max(1, -(-longest // per_page))
