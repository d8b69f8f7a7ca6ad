"""A dealer DMS export to import (issue 16 "done shows"): customers, their cars and past visits in the
column layout a typical dealer DMS writes (Chinese headers 客户名称/联系电话/车牌号/VIN码/车型/购车日期/
进厂日期/进厂里程/维修项目/金额 ...), as GBK CSV and .xlsx, with a few bad rows planted.

    python -m bench.dms_export DIR [--customers 3000] [--bad]

write(folder, customers=3000, seed=7, bad=True) -> {"customers": Path, "vehicles": Path, "history": Path,
"expected": {...}} writes customers.csv (GBK), vehicles.xlsx and history.csv (GBK); `expected` says how
many rows each file has and which row numbers are the planted bad ones. Dates are relative to today.
"""
import csv
import datetime as dt
import random
import sys
from pathlib import Path

from storage.rules.validation import vin_check_digit
from storage.rules.vocabulary import JobType

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英"
MODELS = ["一汽-大众 迈腾", "一汽-大众 速腾", "一汽-大众 宝来", "一汽-大众 探岳", "一汽-大众 CC", "一汽-大众 高尔夫"]
WORK = [(JobType.MAINTENANCE, "更换机油机滤，常规保养", 480), (JobType.MAINTENANCE, "首保", 0), (JobType.GENERAL, "更换前刹车片", 860),
        (JobType.GENERAL, "空调系统清洗", 380), (JobType.ACCIDENT, "前保险杠钣喷", 1500), (JobType.WARRANTY, "更换水泵（索赔）", 0),
        (JobType.GENERAL, "四轮定位", 200)]
PROVINCES = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新"
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
CUSTOMER_HEADER = ["客户名称", "联系电话", "客户类型", "工作单位", "联系地址", "证件号码", "备注"]
VEHICLE_HEADER = ["车牌号", "VIN码", "客户名称", "联系电话", "车型", "发动机号", "车身颜色", "购车日期", "行驶里程"]
HISTORY_HEADER = ["委托书号", "车牌号", "VIN码", "进厂日期", "进厂里程", "维修类型", "维修项目", "金额", "服务顾问"]


def _vin(rng) -> str:
    body = "LFV" + "".join(rng.choice(VIN_CHARS) for _ in range(14))
    return body[:8] + vin_check_digit(body[:8] + "0" + body[9:]) + body[9:]


def rows(customers: int = 3000, seed: int = 7, today: dt.date | None = None):
    rng = random.Random(seed)
    today = today or dt.date.today()
    people, cars, visits = [], [], []
    phones, plates = set(), set()
    for index in range(customers):
        while (phone := "1" + rng.choice("3589") + "".join(rng.choice("0123456789") for _ in range(9))) in phones:
            pass
        phones.add(phone)
        company = index % 15 == 0
        name = f"{rng.choice(SURNAMES)}{rng.choice(GIVEN)}{rng.choice(GIVEN)}"
        people.append([f"{name}物流有限公司" if company else name, phone, "单位" if company else "个人",
                       f"{name}物流有限公司" if company else "", f"北京市朝阳区{rng.randint(1, 300)}号", "", ""])
        for _ in range(2 if index % 10 == 0 else 1):
            while (plate := rng.choice(PROVINCES) + rng.choice(PLATE_LETTERS)
                   + "".join(rng.choice("0123456789ABCDEFGHJK") for _ in range(5))) in plates:
                pass
            plates.add(plate)
            bought = today - dt.timedelta(days=rng.randint(60, 2500))
            km = (today - bought).days * rng.randint(25, 60)
            vin = _vin(rng)
            cars.append([plate, vin, people[-1][0], phone, rng.choice(MODELS), f"EA888{rng.randint(100000, 999999)}",
                         rng.choice(["白", "黑", "银", "灰", "蓝"]), bought.isoformat(), str(km)])
            for visit in range(rng.randint(0, 4)):
                day = bought + dt.timedelta(days=rng.randint(1, (today - bought).days - 1))
                job, work, amount = rng.choice(WORK)
                visits.append([f"WX{day:%Y%m%d}{len(visits):05d}", plate, vin, day.isoformat(),
                               str(max(1, int(km * (day - bought).days / max(1, (today - bought).days)))),
                               job, work, f"{amount + rng.randint(0, 99)}.{rng.randint(0, 99):02d}" if amount else "0",
                               rng.choice(["张顾问", "李顾问", "王顾问"])])
    return people, cars, visits


def plant_bad(people, cars, visits):
    """A few bad rows, as an old system's data has them; returns the file row numbers (header = row 1)."""
    people[5][1] = "1234"                    # phone too short
    people[17][0] = ""                       # no name
    people[40][2] = "合作伙伴"                # customer kind unknown
    cars[3][0] = "京A"                        # plate incomplete
    cars[8][1] = cars[8][1][:8] + ("0" if cars[8][1][8] != "0" else "1") + cars[8][1][9:]  # VIN check digit wrong
    cars[12][7] = "2019-13-45"               # no such date
    visits[2][3] = "不详"                      # visit date missing
    visits[6][4] = "-50"                     # mileage negative
    visits[9][1], visits[9][2] = "沪Z99999", ""  # a car the export does not have
    return {"customers": [7, 19, 42], "vehicles": [5, 10, 14], "history": [4, 8, 11]}


def write(folder, customers: int = 3000, seed: int = 7, bad: bool = True, today: dt.date | None = None) -> dict:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    people, cars, visits = rows(customers, seed, today)
    expected = {"rows": {"customers": len(people), "vehicles": len(cars), "history": len(visits)},
                "bad": plant_bad(people, cars, visits) if bad else {"customers": [], "vehicles": [], "history": []}}
    paths = {"customers": folder / "客户.csv", "vehicles": folder / "车辆.xlsx", "history": folder / "维修历史.csv"}
    for path, header, data in ((paths["customers"], CUSTOMER_HEADER, people), (paths["history"], HISTORY_HEADER, visits)):
        with open(path, "w", encoding="gbk", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            writer.writerows(data)
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("车辆")
    sheet.append(VEHICLE_HEADER)
    for car in cars:
        sheet.append([*car[:7], dt.date.fromisoformat(car[7]) if car[7][:4].isdigit() and car[7][5:7] <= "12" else car[7],
                      int(car[8])])
    book.save(paths["vehicles"])
    return {**paths, "expected": expected}


if __name__ == "__main__":
    out = write(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 3000)
    print(out)
