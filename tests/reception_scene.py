"""A believable morning at reception, built through the storage actions: three cars in the store
(one signed with added work waiting, one draft, one late), a car due for service with declined
work from last time, bays, advisors and tomorrow's appointments with a deposit. Used by the print
tests and the screenshots of the reception window."""
import datetime as dt
from decimal import Decimal

from storage.models import LabourItem, VehicleModel, WorkOrder, now
from storage.parts import catalogue, stock
from storage.reception import appointments, archive, checkin, estimate, packages
from storage.workshop import jobs, setup

CARS = [
    ("王建国", "13912345678", "京N8K2L9", "LSVAM4189C2184820", "迈腾", "黑"),
    ("李秀英", "13801238000", "京A7B6C5", None, "速腾", "白"),
    ("北京华信物流有限公司", "010-88886666", "京C12345", None, "探岳", "银"),
    ("张伟", "13522221111", "京QD12345", None, "ID.4", "蓝"),
]


def build(users: dict) -> dict:
    from storage.rules import auth

    advisor, manager = users[auth.ADVISOR], users[auth.MANAGER]
    keeper, dispatcher = users[auth.STOREKEEPER], users[auth.DISPATCHER]
    models = {name: VehicleModel.create(brand="大众", name=name, service_km=10000, service_months=12)
              for name in ("迈腾", "速腾", "探岳", "ID.4")}
    bays = [setup.create_bay(manager, name, kind=kind) for name, kind in (("1号工位", "机修"), ("2号工位", "机修"),
                                                                        ("3号工位", "快保"), ("钣金1", "钣金"))]
    oil = LabourItem.create(code="BY-001", name="更换机油机滤", system="发动机", hours=Decimal("0.5"))
    brake = LabourItem.create(code="ZD-010", name="更换前刹车片", system="制动", hours=Decimal("1.2"))
    LabourItem.create(code="KT-002", name="清洗空调蒸发箱", system="空调", hours=Decimal("0.8"))
    parts = {}
    for number, name, price, qty in (("06L115562", "机油滤清器", "68.00", "20"), ("G052195M4", "嘉实多极护 5W-30 4L", "398.00", "12"),
                                     ("1K0698151", "前刹车片", "420.00", "0"), ("5Q0819653", "空调滤芯", "128.00", "6")):
        part = catalogue.create_part(keeper, number=number, name=name, price=price, cost=str(Decimal(price) * Decimal("0.6")))
        if Decimal(qty):
            stock.receive(keeper, [{"part": part.id, "quantity": qty}])
        parts[number] = part
    packages.define_package(manager, name="10000 公里保养", model_id=models["迈腾"].id, interval_km=10000, items=[
        {"labour": oil.id}, {"part": parts["06L115562"].id, "quantity": "1"}, {"part": parts["G052195M4"].id, "quantity": "1"}])
    cars = []
    for name, phone, plate, vin, model, colour in CARS:
        customer = archive.create_customer(advisor, name=name, phone=phone, kind="单位" if "公司" in name else "个人")
        values = {"plate": plate, "model": models[model].id, "colour": colour}
        if vin:
            values["vin"] = vin
        cars.append(archive.create_vehicle(advisor, customer.id, **values))

    # 1. 迈腾: signed, the workshop found worn brake pads (no stock: to order) and a dirty cabin filter.
    order = checkin.check_in(advisor, vehicle_id=cars[0].id, mileage=38650, fuel_level=35, key_number="A-07",
                             belongings=[("备胎", 1), ("行车记录仪", 1), ("雨伞", 2)],
                             damage=[{"x": 0.12, "y": 0.2, "kind": "划痕"}, {"x": 0.55, "y": 0.92, "kind": "凹陷"}],
                             customer_words="冷车启动时发动机有异响，刹车时方向盘抖", findings="机油偏黑，前刹车片剩约 3 mm",
                             job_type="保养")
    order = estimate.apply_package(advisor, order.id, order.version, packages.packages_for(cars[0].id)[0]["id"])
    order = estimate.add_fee_line(advisor, order.id, order.version, "四轮定位检测", "80.00").order
    order = checkin.set_terms(advisor, order.id, order.version, promised_at=now() + dt.timedelta(hours=3),
                              return_old_parts=True)
    order = checkin.sign_estimate(advisor, order.id, order.version)
    jobs.raise_added_work(dispatcher, order.id, order.version, "前刹车片磨损到极限，建议更换",
                          labour=[{"labour_item": brake.id}], parts=[], delay_minutes=60)
    order = WorkOrder.get_by_id(order.id)
    jobs.raise_added_work(dispatcher, order.id, order.version, "空调滤芯脏堵",
                          parts=[{"part": parts["5Q0819653"].id, "quantity": "1"}])
    first = WorkOrder.get_by_id(order.id)

    # 2. 速腾: a draft at the desk, with a part to order and a customer's own part.
    draft = checkin.check_in(advisor, vehicle_id=cars[1].id, mileage=61200, fuel_level=60, key_number="A-12",
                             belongings=[("儿童座椅", 1)], customer_words="刹车异响", job_type="一般维修")
    draft = estimate.add_labour_line(advisor, draft.id, draft.version, brake.id).order
    draft = estimate.add_part_line(advisor, draft.id, draft.version, parts["1K0698151"].id, "1", to_order=True).order
    draft = estimate.add_customer_part(advisor, draft.id, draft.version, "客户自购刹车油 1L", "1").order
    draft = checkin.set_terms(advisor, draft.id, draft.version, promised_at=now() + dt.timedelta(days=1),
                              aftermarket_insisted=True)

    # 3. 探岳: signed this morning, promised soon (past 70 %).
    late = checkin.check_in(manager, vehicle_id=cars[2].id, mileage=120400, fuel_level=20, key_number="B-03",
                            job_type="一般维修", customer_words="空调不凉")
    late = estimate.add_labour_line(manager, late.id, late.version, LabourItem.get(LabourItem.code == "KT-002").id).order
    late = checkin.set_terms(manager, late.id, late.version, promised_at=now() + dt.timedelta(minutes=2))
    late = checkin.sign_estimate(manager, late.id, late.version)

    # Appointments: tomorrow, one with costly parts and a deposit.
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    booked = appointments.book(advisor, vehicle_id=cars[3].id, starts_at=dt.datetime.combine(tomorrow, dt.time(9, 30)),
                               minutes=90, bay_id=bays[0].id, job_type="一般维修", request="更换前刹车片",
                               parts_note="前刹车片 1 套", parts_value="840.00")
    booked = appointments.record_deposit(advisor, booked.id, booked.version, "420.00", "微信")
    appointments.book(manager, vehicle_id=cars[0].id, starts_at=dt.datetime.combine(tomorrow, dt.time(14, 0)),
                      minutes=60, bay_id=bays[2].id, advisor_id=manager.id, job_type="保养", request="复查刹车")
    return {"cars": cars, "signed": first, "draft": WorkOrder.get_by_id(draft.id), "late": late, "appointment": booked,
            "bays": bays, "parts": parts}
