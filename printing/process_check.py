"""过程检验单 (seed 003: 质检员认真填写过程检验单; 维修质量检验员负责机动车维修过程的质量监控): the
order's job lines with team and technician, then every check the inspector recorded during the work —
the item, on which job, 合格 / 不合格 / 不适用, what must be put right, the inspector, the time — signed
by the inspector, the team leader (整改确认) and the workshop head. With nothing recorded yet it
prints the checklist to fill in by hand at the car.

NUMBER is the work order number; without it, the newest order with a check."""
from printing.base import Column, info_grid, items_table, section, text
from printing.order_forms import render_order_form, sign_off
from printing.registry import DocumentKind
from storage.workshop import process_checks


def latest_number() -> str | None:
    return process_checks.latest_number()


def render(user, number: str | None, out, *, copies: int = 1) -> None:
    render_order_form(number, out, copies=copies, label=DOCUMENT.label, paper=DOCUMENT.paper, latest=latest_number,
                      sheet=process_checks.process_sheet, story=story,
                      none="车间还没有任何工单，无法打印过程检验单。")


def story(sheet, data: dict) -> list:
    order = data["order"]
    flow = [info_grid(sheet, [
        ("车牌号", data["plate"]), ("车型", data["model"]), ("业务类型", order.job_type),
        ("服务顾问", data["advisor"]), ("进厂时间", text(order.opened_at)), ("当前状态", order.status),
    ], columns=3)]
    jobs = [[i, j["description"], j["team"], j["technician"]] for i, j in enumerate(data["jobs"], 1)]
    flow += [section(sheet, "维修项目"), items_table(sheet, [
        Column("序", 6, "center"), Column("维修项目", 62), Column("班组", 16, "center"), Column("技师", 16, "center")], jobs,
        empty="（尚无维修项目）")]
    columns = [Column("序", 5, "center"), Column("检验时间", 13, "center"), Column("工序", 17), Column("检验项目", 28),
               Column("结果", 11, "center"), Column("整改要求 / 备注", 17), Column("检验员", 9, "center")]
    if data["checks"]:
        rows = [[i, f"{c['at']:%m-%d %H:%M}", c["line"], c["item"], c["result"], c["note"], c["inspector"]]
                for i, c in enumerate(data["checks"], 1)]
        title = f"检验记录（不合格 {data['failed']} 项）"
    else:
        rows = [[i, "", "", item, "□ 合格\n□ 不合格", "", ""] for i, item in enumerate(data["items"], 1)]
        title = "检验记录（现场填写）"
    flow += [section(sheet, title), items_table(sheet, columns, rows)]
    statement = "检验中发现不正确的操作方法，须立即责令维修工改正；不合格项整改后由质检员复检，复检合格方可进入下道工序。"
    flow.append(sign_off(sheet, ("质检员", "班组长（整改确认）", "车间主管"), statement=statement))
    return flow


DOCUMENT = DocumentKind(kind="process-check", label="过程检验单", paper="a4", render=render)
