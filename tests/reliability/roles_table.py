"""The table of every storage action the roles test calls: 'module function' -> [(permissions,
call)]. The call gets the World (tests/reliability/roles_world.py) and the acting user; a role is
allowed when it holds any of the permissions (storage.rules.auth.PERMISSIONS). A new action in storage/
that checks a permission needs a row here, or tests/reliability/test_roles.py fails."""
import datetime as dt

from storage import cashier, reports, workshop
from storage.admin import labour as admin_labour
from storage.admin import users as admin_users
from storage.admin import vehicles as admin_vehicles
from storage.care import claims, complaints, exports, follow_ups, reminders, sanbao
from storage.cashier import cards, invoices
from storage.golive import importing as golive_importing
from storage.golive import opening as golive_opening
from storage.golive.kinds import balances as golive_balances
from storage.golive.kinds import receivables as golive_receivables
from storage.models import Invoice, Loan, MemberCard, WorkOrder
from storage.parts import catalogue
from storage.parts import count as stock_count
from storage.parts import importer
from storage.parts import opening as opening_stock
from storage.parts import purchasing, stock
from storage.reception import (
    appointments, archive, checkin, diagnosis, estimate, loaners, lookup_details, packages, progress, search,
)
from storage.reports import periods
from storage.rules import auth, settings
from storage.store import backup_schedule
from storage.workshop import process_checks, wages
from tests.factories import ALL_FIVES, PASSWORD, make_order, order_ready_to_settle
from tests.reliability.roles_world import TOMORROW_NOON, v


def golive_customers(w):
    """A one-customer file of the old system (数据导入), a new phone each call."""
    path = w.tmp_path / f"golive-{w.n()}.csv"
    path.write_text(f"客户名称,联系电话\n导入客户,139{w.n():08d}\n", "utf-8")
    return path



ORDER_EDIT = ("order.edit",)



def diagnosed(w):
    """A draft with a diagnosis written, once per World (the diagnosed-not-repaired close needs one)."""
    if "diagnosed" not in w.__dict__:
        order = w.priced()
        diagnosis.record_diagnosis(w.manager, order.id, order.version, items=(), conclusion="点火线圈损坏", fee="50")
        w.__dict__["diagnosed"] = order
    return w.__dict__["diagnosed"]


# 'module function' -> [(permissions, call)]. The call gets the World and the acting user. A role
# is allowed when it holds any of the permissions (storage.rules.auth.PERMISSIONS).
ACTIONS = {
    # archive
    "storage.reception.archive create_customer": [(("archive.edit",), lambda w, u: archive.create_customer(u, name="新客户", phone="13912345678"))],
    "storage.reception.archive update_customer": [(("archive.edit",), lambda w, u: archive.update_customer(u, w.customer.id, v(w.customer), address="北京市朝阳区"))],
    "storage.reception.archive create_vehicle": [(("archive.edit",), lambda w, u: archive.create_vehicle(u, w.customer.id, plate=f"京S{w.n():05d}"))],
    "storage.reception.archive update_vehicle": [(("archive.edit",), lambda w, u: archive.update_vehicle(u, w.vehicle.id, v(w.vehicle), colour="白"))],
    "storage.reception.archive change_owner": [(("archive.edit",), lambda w, u: archive.change_owner(u, w.vehicle.id, v(w.vehicle), w.new_owner.id))],
    # users
    "storage.rules.auth create_user": [(("users.manage",), lambda w, u: auth.create_user(u, f"new{w.n()}", "新同事", auth.ADVISOR, PASSWORD))],
    "storage.rules.auth change_password": [(("users.manage",), lambda w, u: auth.change_password(u, w.locked_user.id, "another-123"))],
    "storage.rules.auth update_user": [(("users.manage",), lambda w, u: auth.update_user(u, w.locked_user.id, v(w.locked_user), phone="13800001111"))],
    "storage.rules.auth unlock_user": [(("users.manage",), lambda w, u: auth.unlock_user(u, w.locked_user.id))],
    # 系统管理 (issue 16)
    "storage.admin.users users_page": [(("users.manage",), lambda w, u: admin_users.users_page(u, "user"))],
    "storage.admin.users reset_password": [(("users.manage",), lambda w, u: admin_users.reset_password(
        u, w.locked_user.id, f"temp-{w.n():04d}"))],
    "storage.admin.vehicles save_vehicle_model": [(("vehicles.catalogue",), lambda w, u: admin_vehicles.save_vehicle_model(
        u, brand="一汽-大众", name=f"新车型{w.n()}", engine="EA211"))],
    "storage.admin.vehicles save_vin_prefix": [(("vehicles.catalogue",), lambda w, u: admin_vehicles.save_vin_prefix(
        u, f"LSV{w.n():04d}", w.vehicle_model.id))],
    "storage.admin.vehicles delete_vin_prefix": [(("vehicles.catalogue",), lambda w, u: admin_vehicles.delete_vin_prefix(
        u, w.vin_prefix.id))],
    "storage.admin.labour import_labour": [(("labour.edit",), lambda w, u: admin_labour.import_labour(u, w.labour_file))],
    "storage.golive.importing run": [(("golive.import",), lambda w, u: golive_importing.run(u, "customers", golive_customers(w)))],
    "storage.rules.settings save_store": [(("settings.store",), lambda w, u: settings.save_store(
        u, {"store.licence": f"京交运管许可字 {w.n()} 号"}))],
    # 开账 (issue 16 item 3)
    "storage.parts.opening approve": [(("parts.opening.approve",), lambda w, u: (w.opening_pending, opening_stock.approve(u)))],
    "storage.golive.opening confirm_none": [(("golive.opening",), lambda w, u: golive_opening.confirm_none(u, "balances"))],
    "storage.golive.kinds.receivables apply": [(("golive.opening",), lambda w, u: golive_receivables.apply(
        u, [w.opening_receivable_row]))],
    "storage.golive.kinds.balances apply": [(("golive.opening",), lambda w, u: golive_balances.apply(u, [w.member_balance_row]))],
    # cashier
    "storage.cashier.settle settle": [(("cashier.settle",), lambda w, u: cashier.settle(
        u, w.done.id, v(w.done), payments=[("现金", cashier.preview(w.done.id).customer_due)]))],
    "storage.cashier.reversal reverse": [(("cashier.settle",), lambda w, u: cashier.reverse(
        u, w.settlement.id, v(w.settlement), reason="金额录错", approver=w.approver("reversal")))],
    "storage.cashier.receivables collect": [(("cashier.receivables",), lambda w, u: cashier.collect(u, w.receivable.id, v(w.receivable), "100.00"))],
    "storage.cashier.receivables match_remittance": [(("cashier.receivables",), lambda w, u: cashier.match_remittance(
        u, debtor_kind="保险公司", debtor="中国人保", total="50.00", reference=f"YH{w.n()}",
        allocations=[(w.receivable.id, v(w.receivable), "50.00")]))],
    "storage.cashier.receivables set_claim_number": [(("cashier.receivables",), lambda w, u: cashier.set_claim_number(
        u, w.receivable.id, v(w.receivable), f"RB-{w.n()}"))],
    "storage.cashier.day_end close_day": [(("cashier.day_close",), lambda w, u: cashier.close_day(u))],
    # warehouse: catalogue and purchasing
    "storage.parts.catalogue create_part": [(("parts.catalogue",), lambda w, u: catalogue.create_part(u, number=f"NEW-{w.n()}", name="新备件"))],
    "storage.parts.catalogue update_part": [(("parts.catalogue",), lambda w, u: catalogue.update_part(u, w.part.id, v(w.part), name=f"改名{w.n()}"))],
    "storage.parts.catalogue create_supplier": [(("parts.purchase",), lambda w, u: catalogue.create_supplier(u, f"新供应商{w.n()}"))],
    "storage.parts.catalogue update_supplier": [(("parts.purchase",), lambda w, u: catalogue.update_supplier(u, w.supplier.id, v(w.supplier), phone="010-88886666"))],
    "storage.parts.catalogue set_part_supplier": [(("parts.catalogue",), lambda w, u: catalogue.set_part_supplier(u, w.part.id, w.supplier.id, supplier_number="S-9"))],
    "storage.parts.catalogue remove_part_supplier": [(("parts.catalogue",), lambda w, u: catalogue.remove_part_supplier(u, w.linked_part.id, w.supplier.id))],
    "storage.parts.importer import_parts": [(("parts.catalogue",), lambda w, u: importer.import_parts(u, w.import_file))],
    "storage.parts.purchasing create_purchase_order": [(("parts.purchase",), lambda w, u: purchasing.create_purchase_order(
        u, w.supplier.id, [{"part": w.part.id, "quantity": "3"}]))],
    "storage.parts.purchasing purchase_order_from_reorder_list": [(("parts.purchase",), lambda w, u: purchasing.purchase_order_from_reorder_list(
        u, w.supplier.id, [w.low_part.id]))],
    "storage.parts.purchasing set_purchase_lines": [(("parts.purchase",), lambda w, u: purchasing.set_purchase_lines(
        u, w.purchase.id, v(w.purchase), [{"part": w.part.id, "quantity": "8"}]))],
    "storage.parts.purchasing place_order": [(("parts.purchase",), lambda w, u: purchasing.place_order(u, w.purchase.id, v(w.purchase)))],
    "storage.parts.purchasing close_order": [(("parts.purchase",), lambda w, u: purchasing.close_order(u, w.placed.id, v(w.placed), reason="供应商缺货"))],
    # warehouse: stock
    "storage.parts.stock receive": [(("parts.stock",), lambda w, u: stock.receive(u, [{"part": w.part.id, "quantity": "2", "unit_cost": "40"}]))],
    "storage.parts.stock issue": [(("parts.stock",), lambda w, u: stock.issue(u, w.part_order[0].id, [{"line": w.part_order[1].id, "quantity": "1"}]))],
    "storage.parts.stock return_from_workshop": [(("parts.stock",), lambda w, u: stock.return_from_workshop(
        u, w.issued[0].id, [{"line": w.issued[1].id, "quantity": "1"}], reason="多领"))],
    "storage.parts.stock return_to_supplier": [(("parts.stock",), lambda w, u: stock.return_to_supplier(
        u, w.supplier.id, [{"part": w.part.id, "quantity": "1"}], reason="质量问题"))],
    "storage.parts.stock adjust": [(("parts.adjust",), lambda w, u: stock.adjust(u, w.part.id, "-1", reason="损坏"))],
    "storage.parts.count start_count": [(("parts.stock",), lambda w, u: stock_count.start_count(u, part_ids=[w.uncounted_part.id]))],
    "storage.parts.count enter_count": [(("parts.stock",), lambda w, u: stock_count.enter_count(u, w.count_line.id, "20"))],
    "storage.parts.count submit_count": [(("parts.stock",), lambda w, u: stock_count.submit_count(u, w.counted.id, v(w.counted)))],
    "storage.parts.count cancel_count": [(("parts.stock",), lambda w, u: stock_count.cancel_count(u, w.count.id, v(w.count)))],
    "storage.parts.count post_count": [(("parts.stock",), lambda w, u: stock_count.post_count(
        u, w.submitted.id, v(w.submitted), approver=w.approver("stock_count")))],
    # reception: appointments
    "storage.reception.appointments book": [(("appointment.edit",), lambda w, u: appointments.book(
        u, vehicle_id=w.free_vehicle.id, starts_at=TOMORROW_NOON))],
    "storage.reception.appointments reschedule": [(("appointment.edit",), lambda w, u: appointments.reschedule(
        u, w.appointment.id, v(w.appointment), starts_at=w.appointment.starts_at + dt.timedelta(hours=w.n())))],
    "storage.reception.appointments update_request": [(("appointment.edit",), lambda w, u: appointments.update_request(
        u, w.appointment.id, v(w.appointment), request="保养并检查刹车"))],
    "storage.reception.appointments record_deposit": [(("appointment.deposit",), lambda w, u: appointments.record_deposit(
        u, w.appointment.id, v(w.appointment), "400.00", "微信"))],
    "storage.reception.appointments cancel": [(("appointment.edit",), lambda w, u: appointments.cancel(
        u, w.appointment.id, v(w.appointment), "客户改期"))],
    "storage.reception.appointments mark_no_show": [(("appointment.edit",), lambda w, u: appointments.mark_no_show(u, w.missed.id, v(w.missed)))],
    "storage.reception.appointments mark_reminded": [(("appointment.edit",), lambda w, u: appointments.mark_reminded(
        u, w.appointment.id, v(w.appointment)))],
    # reception: check-in and the order's terms
    "storage.reception.checkin check_in": [(ORDER_EDIT, lambda w, u: checkin.check_in(
        u, vehicle_id=w.free_vehicle.id, mileage=5000, fuel_level=40, key_number=f"C{w.n()}"))],
    "storage.reception.checkin open_comeback": [(ORDER_EDIT, lambda w, u: checkin.open_comeback(
        u, w.delivered.id, mileage=w.delivered.mileage + 100, fuel_level=30, key_number=f"F{w.n()}"))],
    "storage.reception.checkin update_check_in": [(ORDER_EDIT, lambda w, u: checkin.update_check_in(
        u, w.draft.id, v(w.draft), customer_words="发动机异响"))],
    "storage.reception.checkin set_terms": [(ORDER_EDIT, lambda w, u: checkin.set_terms(u, w.draft.id, v(w.draft), wash=True))],
    "storage.reception.checkin take_up_suggestion": [(ORDER_EDIT, lambda w, u: checkin.take_up_suggestion(
        u, w.draft.id, v(w.draft), w.suggestion.id))],
    "storage.reception.checkin sign_estimate": [(ORDER_EDIT, lambda w, u: checkin.sign_estimate(u, w.ready_to_sign.id, v(w.ready_to_sign)))],
    "storage.reception.checkin reopen_order": [(ORDER_EDIT, lambda w, u: checkin.reopen_order(u, w.signed.id, v(w.signed), "客户要加项目"))],
    "storage.reception.checkin cancel_order": [(ORDER_EDIT, lambda w, u: checkin.cancel_order(u, w.draft.id, v(w.draft), "客户不修了"))],
    # reception: the estimate's lines
    "storage.reception.estimate add_labour_line": [(ORDER_EDIT, lambda w, u: estimate.add_labour_line(
        u, w.draft.id, v(w.draft), w.labour_item.id))],
    "storage.reception.estimate add_priced_item": [(ORDER_EDIT, lambda w, u: estimate.add_priced_item(
        u, w.draft.id, v(w.draft), "检查底盘", "50.00"))],
    "storage.reception.estimate add_part_line": [(ORDER_EDIT, lambda w, u: estimate.add_part_line(
        u, w.draft.id, v(w.draft), w.part.id, "1"))],
    "storage.reception.estimate add_customer_part": [(ORDER_EDIT, lambda w, u: estimate.add_customer_part(
        u, w.draft.id, v(w.draft), "客户自带机油", "1"))],
    "storage.reception.estimate add_fee_line": [(ORDER_EDIT, lambda w, u: estimate.add_fee_line(u, w.draft.id, v(w.draft), "洗车", "30.00"))],
    "storage.reception.estimate update_line": [(ORDER_EDIT, lambda w, u: estimate.update_line(
        u, w.draft.id, v(w.draft), w.draft_line.id, payer="保险公司"))],
    "storage.reception.estimate remove_line": [(ORDER_EDIT, lambda w, u: estimate.remove_line(u, w.draft.id, v(w.draft), w.draft_line.id))],
    "storage.reception.estimate apply_package": [(ORDER_EDIT, lambda w, u: estimate.apply_package(u, w.draft.id, v(w.draft), w.package.id))],
    # reception: labour times and packages
    "storage.reception.packages save_labour_item": [(("labour.edit",), lambda w, u: packages.save_labour_item(
        u, code=f"XL-{w.n()}", name="检查空调", hours="0.8"))],
    "storage.reception.packages define_package": [(("packages.edit",), lambda w, u: packages.define_package(
        u, name=f"套餐{w.n()}", interval_km=5000, items=[{"labour": w.labour_item.id}]))],
    "storage.reception.packages update_package": [(("packages.edit",), lambda w, u: packages.update_package(u, w.package.id, name=f"新套餐{w.n()}"))],
    "storage.reception.packages set_active": [(("packages.edit",), lambda w, u: packages.set_active(u, w.package.id, False))],
    # reception: progress and hand-over
    "storage.reception.progress answer_added_work": [(("order.added_work.answer",), lambda w, u: progress.answer_added_work(
        u, w.added_work.id, v(w.added_work), accepted=True, answered_by="客户本人", via="电话"))],
    "storage.reception.progress record_progress_check": [(ORDER_EDIT, lambda w, u: progress.record_progress_check(
        u, w.in_work.id, v(w.in_work), "进度正常"))],
    "storage.reception.progress notify_delay": [(ORDER_EDIT, lambda w, u: progress.notify_delay(
        u, w.in_work.id, v(w.in_work), reason="等配件", new_promised_at=TOMORROW_NOON + dt.timedelta(minutes=w.n())))],
    "storage.reception.progress notify_collect": [(ORDER_EDIT, lambda w, u: progress.notify_collect(u, w.done.id, v(w.done)))],
    "storage.reception.progress hand_to_cashier": [(ORDER_EDIT, lambda w, u: progress.hand_to_cashier(u, w.done.id, v(w.done)))],
    "storage.reception.progress deliver": [(("order.deliver",), lambda w, u: progress.deliver(u, w.settled.id, v(w.settled)))],
    # look-up and settings
    "storage.reception.search lookup": [(("archive.view",), lambda w, u: search.lookup(u, w.vehicle.plate))],
    "storage.rules.settings put": [(("settings.store",), lambda w, u: settings.put(u, "store.address", f"红旗路 {w.n()} 号")),
                             (("labour.edit",), lambda w, u: settings.put(u, "labour.rate", "130.00"))],
    # workshop
    "storage.workshop.day_report labour_hours": [(("workshop.figures",), lambda w, u: workshop.labour_hours(u, dt.date.today(), dt.date.today()))],
    "storage.workshop.day_report qc_rates": [(("workshop.figures",), lambda w, u: workshop.qc_rates(u, dt.date.today(), dt.date.today()))],
    "storage.workshop.day_report day_figures": [(("workshop.figures",), lambda w, u: workshop.day_figures(u))],
    "storage.workshop.jobs receive_car": [(("order.dispatch",), lambda w, u: workshop.receive_car(u, w.signed.id, v(w.signed)))],
    "storage.workshop.jobs dispatch": [(("order.dispatch",), lambda w, u: workshop.dispatch(
        u, w.received.id, v(w.received), [{"line": ln.id, "team": w.shop["team"].id} for ln in w.labour_lines(w.received)]))],
    "storage.workshop.jobs move_car": [(("order.dispatch",), lambda w, u: workshop.move_car(
        u, w.dispatched.id, v(w.dispatched), w.shop["bay2"].id if WorkOrder.get_by_id(w.dispatched.id).bay_id != w.shop["bay2"].id else None))],
    "storage.workshop.jobs request_parts": [(("order.dispatch",), lambda w, u: workshop.request_parts(u, w.dispatched.id))],
    "storage.workshop.jobs start_line": [(("workshop.progress",), lambda w, u: workshop.start_line(
        u, w.labour_lines(w.dispatched)[0].id, v(w.labour_lines(w.dispatched)[0])))],
    "storage.workshop.jobs pause_line": [(("workshop.progress",), lambda w, u: workshop.pause_line(
        u, w.in_work_line.id, v(w.in_work_line), "等配件"))],
    "storage.workshop.jobs finish_line": [(("workshop.progress",), lambda w, u: workshop.finish_line(u, w.in_work_line.id, v(w.in_work_line)))],
    "storage.workshop.jobs clock_on": [(("workshop.progress",), lambda w, u: workshop.clock_on(
        u, w.shop["tech2"].id, w.in_work_line.id))],
    "storage.workshop.jobs clock_off": [(("workshop.progress",), lambda w, u: workshop.clock_off(u, w.clocked_on.id))],
    "storage.workshop.jobs raise_added_work": [(("order.added_work.raise",), lambda w, u: workshop.raise_added_work(
        u, w.in_work.id, v(w.in_work), "轮胎鼓包", labour=[{"description": "更换轮胎", "hours": "0.5"}]))],
    "storage.workshop.jobs after_customer_answer": [(("order.added_work.answer", "order.dispatch"), lambda w, u: workshop.after_customer_answer(
        u, w.answered.id))],
    "storage.workshop.qc submit_for_qc": [(("workshop.progress",), lambda w, u: workshop.submit_for_qc(
        u, w.finished_lines.id, v(w.finished_lines)))],
    "storage.workshop.qc pass_qc": [(("order.qc",), lambda w, u: workshop.pass_qc(
        u, w.in_qc.id, v(w.in_qc), {c["key"]: True for c in workshop.qc_checklist(w.in_qc.id)}))],
    "storage.workshop.process_checks record_process_checks": [(("order.qc",), lambda w, u: process_checks.record_process_checks(
        u, w.in_work.id, [{"item": "关键部位螺栓按规定顺序和力矩拧紧", "result": "合格"}]))],
    "storage.reception.diagnosis record_diagnosis": [(ORDER_EDIT, lambda w, u: diagnosis.record_diagnosis(
        u, w.draft.id, v(w.draft), items=[("读取故障码", "无故障码")], conclusion="未见异常", fee="50"))],
    "storage.reception.diagnosis close_unrepaired": [(ORDER_EDIT, lambda w, u: diagnosis.close_unrepaired(
        u, diagnosed(w).id, v(diagnosed(w)), reason="客户决定不修"))],
    "storage.workshop.qc fail_qc": [(("order.qc",), lambda w, u: workshop.fail_qc(u, w.in_qc.id, v(w.in_qc), "刹车异响未消除"))],
    "storage.workshop.setup create_team": [(("workshop.setup",), lambda w, u: workshop.create_team(u, f"班组{w.n()}"))],
    "storage.workshop.setup update_team": [(("workshop.setup",), lambda w, u: workshop.update_team(u, w.shop["team"].id, leader=f"组长{w.n()}"))],
    "storage.workshop.setup create_technician": [(("workshop.setup",), lambda w, u: workshop.create_technician(
        u, f"技师{w.n()}", w.shop["team"].id))],
    "storage.workshop.setup update_technician": [(("workshop.setup",), lambda w, u: workshop.update_technician(
        u, w.shop["tech"].id, grade="高级"))],
    "storage.workshop.setup create_bay": [(("workshop.setup",), lambda w, u: workshop.create_bay(u, f"B{w.n()}"))],
    "storage.workshop.setup update_bay": [(("workshop.setup",), lambda w, u: workshop.update_bay(u, w.shop["bay2"].id, kind="快保"))],
}

ACTIONS.update({
    "storage.reception.archive set_credit_limit": [(("customer.credit",), lambda w, u: archive.set_credit_limit(u, w.company.id, v(w.company), "20000"))],
    "storage.store.backup_schedule back_up_now": [(("backup",), lambda w, u: backup_schedule.back_up_now(
        u, backup_schedule.BackupPolicy(folder=str(w.tmp_path / "backups"))))],
    "storage.reception.lookup_details add_details": [(("archive.view",), lambda w, u: lookup_details.add_details(
        u, search.lookup(w.manager, w.vehicle.plate)[0]))],
    # care: warranty claims
    "storage.care.claims open_claims": [(("care.claim",), lambda w, u: claims.open_claims(u, w.claim_order.id, fault="水泵漏水"))],
    "storage.care.claims submit": [(("care.claim",), lambda w, u: claims.submit(
        u, w.opened_claims[0].id, v(w.opened_claims[0]), fault="水泵漏水"))],
    "storage.care.claims approve": [(("care.claim",), lambda w, u: claims.approve(u, w.submitted_claim(0).id, v(w.submitted_claim(0))))],
    "storage.care.claims reject": [(("care.claim",), lambda w, u: claims.reject(
        u, w.submitted_claim(1).id, v(w.submitted_claim(1)), reason="缺少旧件照片"))],
    "storage.care.claims record_payments": [(("cashier.receivables",), lambda w, u: claims.record_payments(
        u, reference=f"BANK-{w.n()}", allocations=[(w.approved_claim.id, v(w.approved_claim), "10.00")]))],
    "storage.care.claims move_old_parts": [(("care.claim",), lambda w, u: claims.move_old_parts(u, [w.opened_claims[1].id], "已返厂"))],
    "storage.care.claims awaiting": [(("archive.view",), lambda w, u: claims.awaiting(u))],
    "storage.care.claims claims": [(("archive.view",), lambda w, u: claims.claims(u))],
    "storage.care.claims old_parts": [(("archive.view",), lambda w, u: claims.old_parts(u))],
    "storage.care.claims get": [(("archive.view",), lambda w, u: claims.get(u, w.opened_claims[0].id))],
    # care: complaints
    "storage.care.complaints raise_complaint": [(("care.complaint",), lambda w, u: complaints.raise_complaint(
        u, customer_id=w.customer.id, description="电话没人接", source="电话"))],
    "storage.care.complaints assign": [(("care.complaint",), lambda w, u: complaints.assign(
        u, w.complaint.id, v(w.complaint), w.manager.id))],
    "storage.care.complaints answer": [(("care.complaint",), lambda w, u: complaints.answer(
        u, w.complaint.id, v(w.complaint), text="已致歉并免费洗车", verdict="满意"))],
    "storage.care.complaints close": [(("care.complaint",), lambda w, u: complaints.close(
        u, w.answered_complaint.id, v(w.answered_complaint), note="客户表示满意", verdict="满意"))],
    "storage.care.complaints complaints": [(("archive.view",), lambda w, u: complaints.complaints(u))],
    "storage.care.complaints get": [(("archive.view",), lambda w, u: complaints.get(u, w.complaint.id))],
    "storage.care.complaints find_complainant": [(("archive.view",), lambda w, u: complaints.find_complainant(u, w.vehicle.plate))],
    # care: follow-up calls, reminders, exports, 三包
    "storage.care.follow_ups complete_call": [(("care.follow_up",), lambda w, u: follow_ups.complete_call(
        u, w.follow_up.id, v(w.follow_up), answers=ALL_FIVES))],
    "storage.care.follow_ups record_no_answer": [(("care.follow_up",), lambda w, u: follow_ups.record_no_answer(
        u, w.follow_up.id, v(w.follow_up)))],
    "storage.care.follow_ups due_calls": [(("archive.view",), lambda w, u: follow_ups.due_calls(u))],
    "storage.care.follow_ups call_log": [(("archive.view",), lambda w, u: follow_ups.call_log(
        u, date_from=dt.date.today(), date_to=dt.date.today()))],
    "storage.care.follow_ups get_follow_up": [(("archive.view",), lambda w, u: follow_ups.get_follow_up(u, w.follow_up.id))],
    "storage.care.reminders refresh_all_service_reminders": [(("care.follow_up",), lambda w, u: reminders.refresh_all_service_reminders(u))],
    "storage.care.reminders record_reminder": [(("care.follow_up",), lambda w, u: reminders.record_reminder(
        u, vehicle_id=w.insured.id, kind="保险到期", due_on=w.insured.insurance_due))],
    "storage.care.reminders service_due": [(("archive.view",), lambda w, u: reminders.service_due(u))],
    "storage.care.reminders dated_due": [(("archive.view",), lambda w, u: reminders.dated_due(u, "保险到期"))],
    "storage.care.reminders lost_customers": [(("archive.view",), lambda w, u: reminders.lost_customers(u))],
    "storage.care.reminders tomorrow_appointments": [(("archive.view",), lambda w, u: reminders.tomorrow_appointments(u))],
    "storage.care.exports export_call_log": [(("archive.view",), lambda w, u: exports.export_call_log(
        u, w.tmp_path / f"calls-{w.n()}.xlsx", date_from=dt.date.today(), date_to=dt.date.today()))],
    "storage.care.exports export_due_calls": [(("archive.view",), lambda w, u: exports.export_due_calls(
        u, w.tmp_path / f"due-{w.n()}.xlsx"))],
    "storage.care.sanbao vehicle_status": [(("archive.view",), lambda w, u: sanbao.vehicle_status(u, w.vehicle.id))],
    "storage.care.sanbao cars_near_limits": [(("archive.view",), lambda w, u: sanbao.cars_near_limits(u))],
    "storage.care.sanbao record_faults": [(("order.qc", "order.edit"), lambda w, u: sanbao.record_faults(
        u, w.in_work.id, v(w.in_work), ["燃油泄漏"]))],
    "storage.care.sanbao record_mobility": [(ORDER_EDIT, lambda w, u: sanbao.record_mobility(
        u, w.in_work.id, v(w.in_work), "备用车", "京A12345 自第6日起"))],
    # the manager's figures and the workshop's wages
    "storage.reports report": [(("reports.view",), lambda w, u: reports.report(u, periods.day(dt.date.today())))],
    "storage.reports dashboard": [(("reports.view",), lambda w, u: reports.dashboard(u))],
    "storage.reports export_xlsx": [(("reports.view",), lambda w, u: reports.export_xlsx(
        u, w.report, w.tmp_path / f"report-{w.n()}.xlsx"))],
    "storage.workshop.wages set_piece_rate": [(("workshop.wage_rate",), lambda w, u: wages.set_piece_rate(u, "15.00"))],
    "storage.workshop.wages piece_wages": [(("workshop.wages",), lambda w, u: wages.piece_wages(u, dt.date.today(), dt.date.today()))],
})
# Allowed, but with nothing to succeed at on this backend (a domain refusal is expected there).
ONLY_ON_SQLITE = {"storage.store.backup_schedule back_up_now"}

# Issue 18, forms with no printout: the letter log, the quick-handling form, the manager's analysis and market report.
from storage.care import letters
from storage.reports import analysis, market


def _letter(w):
    """A letter sent by the care desk (once per World), for the roles that record its result."""
    if not hasattr(w, "letter"):
        w.letter = letters.record_letter(w.users[auth.CARE], customer_id=w.customer.id, subject="保养到期通知",
                                         kind="通知", method="短信")
    return w.letter


ACTIONS.update({
    "storage.care.letters record_letter": [(("care.follow_up",), lambda w, u: letters.record_letter(
        u, customer_id=w.customer.id, subject="冬季免费检测周邀请", kind="邀请函", method="短信"))],
    "storage.care.letters record_result": [(("care.follow_up",), lambda w, u: letters.record_result(
        u, _letter(w).id, v(_letter(w)), "客户确认参加"))],
    "storage.care.letters letters": [(("archive.view",), lambda w, u: letters.letters(
        u, date_from=dt.date.today(), date_to=dt.date.today()))],
    "storage.care.complaints record_handling": [(("care.complaint",), lambda w, u: complaints.record_handling(
        u, w.complaint.id, v(w.complaint), cause="等待时间过长", measures="增加快保工位"))],
    "storage.reports.analysis view": [(("reports.view",), lambda w, u: analysis.view(u, periods.month(2026, 11)))],
    "storage.reports.analysis save_comment": [(("reports.write",), lambda w, u: analysis.save_comment(
        u, periods.month(2026, 1 + w.n() % 12), None, "本月进厂台次上升"))],
    "storage.reports.market save_report": [(("reports.write",), lambda w, u: market.save_report(
        u, f"2025-{1 + w.n() % 12:02d}", None, overview="本区保有量约 12 万辆", suggestions="推出冬季免费检测周"))],
})


def _card_kinds(w):
    """A stored-value and a package card kind (once per World), and a customer holding a stored-value card."""
    if "card_kinds" not in w.__dict__:
        stored = cards.define_kind(w.manager, name="金卡", card_type="储值卡", price="500")
        package = cards.define_kind(w.manager, name="保养四次卡", card_type="套餐卡", price="400",
                                    service_name="机油保养", services=4, valid_months=12)
        cards.sell(w.manager, w.customer.id, stored.id, payments=[("现金", "500")], amount="500")
        w.__dict__["card_kinds"] = (stored, package)
    return w.__dict__["card_kinds"]


def _package_card(w):
    """A package card not refunded yet: eight are sold the first time (a refund closes one, and a
    refused call must find the same world the next role does)."""
    if "package_cards" not in w.__dict__:
        w.__dict__["package_cards"] = [cards.sell(w.manager, w.customer.id, _card_kinds(w)[1].id,
                                                  payments=[("现金", "400")]).card_id for _ in range(8)]
    return MemberCard.select().where(MemberCard.id.in_(w.__dict__["package_cards"]) & (MemberCard.status == "有效")).first()


ACTIONS.update({
    "storage.cashier.cards define_kind": [(("cards.define",), lambda w, u: cards.define_kind(
        u, name=f"洗车卡{w.n()}", card_type="套餐卡", price="200", service_name="洗车", services=10, valid_months=6))],
    "storage.cashier.cards set_bonus_rules": [(("cards.define",), lambda w, u: cards.set_bonus_rules(u, [("1000", "100")]))],
    "storage.cashier.cards sell": [(("cards.sell",), lambda w, u: cards.sell(
        u, w.customer.id, _card_kinds(w)[1].id, payments=[("现金", "400")]))],
    "storage.cashier.cards top_up": [(("cards.sell",), lambda w, u: (_card_kinds(w), cards.top_up(
        u, w.customer.id, "100", payments=[("现金", "100")])))],
    "storage.cashier.cards refund": [(("cards.sell",), lambda w, u: (lambda card: cards.refund(
        u, card.id, card.version, reason="客户搬家", approver=w.approver("card_refund")))(_package_card(w)))],
})


def _invoice(w):
    """An invoice in force: four are recorded on a settlement of their own the first time (a
    red-letter marks one, and a refused call must find the same world the next role does)."""
    if "invoices" not in w.__dict__:
        order = order_ready_to_settle(w.manager, vehicle=w.new_vehicle())
        settlement = cashier.settle(w.manager, order.id, order.version,
                                    payments=[("现金", cashier.preview(order.id).customer_due)])
        w.__dict__["invoices"] = [invoices.record_invoice(
            w.manager, settlement.id, kind="普通发票", code="035001900111", number=f"{w.n():08d}", buyer_title="张三",
            amount="1").id for _ in range(4)]
    return Invoice.select().where(Invoice.id.in_(w.__dict__["invoices"]) & (Invoice.status == "正常")).first()


ACTIONS.update({
    "storage.cashier.invoices record_invoice": [(("invoices.record",), lambda w, u: invoices.record_invoice(
        u, w.settlement.id, kind="普通发票", code="035001900111", number=f"{w.n():08d}", buyer_title="张三", amount="1"))],
    "storage.cashier.invoices red_letter": [(("invoices.record",), lambda w, u: (lambda i: invoices.red_letter(
        u, i.id, i.version, "抬头开错", approver=w.approver("red_letter")))(_invoice(w)))],
    "storage.cashier.invoices invoices": [(("invoices.view",), lambda w, u: invoices.invoices(u, date_from=None, date_to=None))],
    "storage.cashier.invoices export_invoices": [(("invoices.view",), lambda w, u: invoices.export_invoices(
        u, w.tmp_path / f"invoices-{w.n()}.csv", date_from=None, date_to=None))],
})


def _loan_pool(w):
    """Eight fleet cars and eight orders, made the first time: each allowed call takes one of each (a
    refused call must find the same world the next role does)."""
    if "loan_pool" not in w.__dict__:
        cars = [loaners.save_car(w.manager, plate=f"京AD{900 + i:04d}", model="大众 朗逸").id for i in range(8)]
        orders = [make_order(w.manager, vehicle=w.new_vehicle(), status="维修中").id for _ in range(8)]
        w.__dict__["loan_pool"] = (cars, orders)
    return w.__dict__["loan_pool"]


def _free_car_and_order(w):
    cars, orders = _loan_pool(w)
    busy = set(Loan.select(Loan.car).where(Loan.status == "借出").tuples()) | set(
        Loan.select(Loan.order).where(Loan.status == "借出").tuples())
    busy = {i for (i,) in busy}
    return next(c for c in cars if c not in busy), next(o for o in orders if o not in busy)


def _open_loan(w):
    """A car out on loan (two handed out the first time; a return closes one)."""
    if "loans_out" not in w.__dict__:
        for _ in range(2):
            car, order = _free_car_and_order(w)
            loaners.hand_out(w.manager, order, car, due_at=TOMORROW_NOON, deposit="500")
        w.__dict__["loans_out"] = True
    return Loan.select().where(Loan.status == "借出").order_by(Loan.id).first()


ACTIONS.update({
    "storage.reception.loaners save_car": [(("loaners.fleet",), lambda w, u: loaners.save_car(
        u, plate=f"京AE{w.n():04d}", model="丰田 卡罗拉"))],
    "storage.reception.loaners hand_out": [(("loaners.lend",), lambda w, u: (lambda car, order: loaners.hand_out(
        u, order, car, due_at=TOMORROW_NOON))(*_free_car_and_order(w)))],
    "storage.reception.loaners return_loan": [(("loaners.lend",), lambda w, u: (lambda loan: loaners.return_loan(
        u, loan.id, loan.version, mileage_in=100, fuel_in=8))(_open_loan(w)))],
})
