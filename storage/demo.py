"""Seeded generator of a believable store (演示数据) and of "ten busy years" (benchmark data).

    populate_if_empty(seed=20261124, today=None) -> bool
        An empty store gets one brand's after-sales department: settings, staff, bays, labour-time
        table, parts and opening stock, ~300 customers with ~360 cars, and the last 30 days of work
        orders in every state, with their parts issues, QC, settlements, payments, follow-ups,
        reminders, complaints and appointments for today and tomorrow. Returns False (touching
        nothing) when the store already holds business data.

    generate(scale=1.0, seed=..., progress=None, cancel=None, today=None) -> dict
        The same generator sized for benchmarks: scale 1.0 is ten busy years, about 400k work
        orders, 100k customers, 120k cars, 20k parts, several million lines and stock movements.
        Everything is written in one transaction; cancel() returning True rolls it all back and
        raises DomainError("已取消").

Logins of the demo (password for all demo users: demo123; the administrator, when the demo creates
it, is admin / admin123):

    admin      系统管理员   (admin123)
    advisor1   刘洋  服务顾问        advisor2   陈静  服务顾问
    dispatch1  张建国 车间调度        qc1        李志强 质检员
    parts1     赵敏  备件仓库员      cashier1   孙丽  收银员
    care1      周婷  客服专员        manager1   王海涛 服务经理

Bigger scales add more advisors (advisor3...), cashier2, parts2, care2 and qc2, same password.

Everything derives from random.Random(seed) and `today` (the data's clock stops at 15:00 that day),
so one seed gives the same store twice. Invariants `check` relies on hold by construction: part
on-hand equals the sum of its movements (never negative, balance_after the running sum in id
order); each live settlement's totals equal its lines, its payers' shares and its payments;
insurer and warranty shares are receivables.
"""
import bisect
import datetime as dt
import itertools
import json
import math
import random
from collections import Counter, defaultdict, deque
from dataclasses import dataclass
from decimal import Decimal

import peewee

from . import auth, guarantee, settings
from .cashier import day_end
from .cashier.common import NOT_TAKINGS
from .db import SQLITE_PRAGMAS, database, is_sqlite, transaction
from .errors import DomainError
from .models import (
    ALL_MODELS, ORDER_STATES, PAYMENT_METHODS, AddedWork, Appointment, Bay, Bin, Clocking, Collection, Complaint, Customer,
    DayClose, DocumentCounter, FollowUp, LabourItem, MileageReading, Ownership, Part, PartSupplier,
    Payment, PickRequest, PurchaseOrder, PurchaseOrderLine, QualityCheck, Receivable, Reminder, ServicePackage,
    ServicePackageItem, Setting, Settlement, SettlementLine, StatusChange, StockMovement, Suggestion,
    Supplier, Team, Technician, User, Vehicle, VehicleModel, WarrantyClaim, WorkOrder, WorkOrderLine,
)
from .numbering import PREFIXES
from .validation import digits_reversed, normalize_phone, normalize_plate, normalize_vin, vin_check_digit

DEFAULT_SEED = 20261124
DEMO_PASSWORD = "demo123"
ADMIN_PASSWORD = "admin123"
# username, display name, role. The first of each role is the demo; the rest join as the store grows.
STAFF = (
    ("advisor1", "刘洋", auth.ADVISOR), ("advisor2", "陈静", auth.ADVISOR),
    ("dispatch1", "张建国", auth.DISPATCHER), ("qc1", "李志强", auth.INSPECTOR),
    ("parts1", "赵敏", auth.STOREKEEPER), ("cashier1", "孙丽", auth.CASHIER),
    ("care1", "周婷", auth.CARE), ("manager1", "王海涛", auth.MANAGER),
)
MORE_STAFF = (
    ("advisor3", "马俊", auth.ADVISOR), ("advisor4", "杨雪", auth.ADVISOR), ("advisor5", "黄磊", auth.ADVISOR),
    ("advisor6", "吴芳", auth.ADVISOR), ("advisor7", "郑凯", auth.ADVISOR), ("advisor8", "何丽娟", auth.ADVISOR),
    ("cashier2", "林晓燕", auth.CASHIER), ("parts2", "高鹏", auth.STOREKEEPER),
    ("care2", "罗婷婷", auth.CARE), ("qc2", "梁志刚", auth.INSPECTOR),
)
STORE = {
    "store.name": "京诚一汽-大众4S店",
    "store.address": "北京市朝阳区广渠路 36 号",
    "store.phone": "010-87651234",
    "store.brand": "一汽-大众",
    "store.licence": "京交运管许可朝字 110105001234 号",
    "labour.rate": "150.00",
}

# ---------------------------------------------------------------------------------------------
# The brand's catalogue. Models: name, part-number prefix, engine family, VIN VDS, plant, weight,
# first model year, tyre size.
MODELS = (
    ("速腾", "5GM", "EA211", "2A21K", "3", 25, 2012, "205/55 R16"),
    ("迈腾", "3GD", "EA888", "3A23C", "3", 17, 2012, "235/45 R18"),
    ("宝来", "5GC", "EA211", "2A11G", "5", 20, 2012, "205/55 R16"),
    ("探岳", "5HG", "EA888", "3B28T", "6", 14, 2018, "235/55 R18"),
    ("高尔夫", "5GD", "EA211", "2A28B", "5", 8, 2012, "225/45 R17"),
    ("探歌", "2GM", "EA211", "3A21M", "7", 6, 2018, "215/55 R17"),
    ("CC", "3GE", "EA888", "3A29C", "3", 4, 2012, "245/40 R19"),
    ("ID.4 CROZZ", "11A", "EV", "2B1E5", "7", 6, 2021, "235/50 R20"),
)
ENGINES = {  # part prefix, litres of oil (milli), engine-number codes
    "EA211": ("04E", 4000, ("CSS", "DLS", "DJS")),
    "EA888": ("06K", 5700, ("DKV", "DKX", "CUF")),
    "EV": ("", 0, ("EBJ",)),
}
# key, name, unit, whole units, scope, number (or group+sub for per-model/engine parts), price,
# category, tier (A fast / B medium / C slow), special, genuine, brand, default quantity (milli).
# scope: all | ice | ev (one part), engine (one per engine family), model | model_ice (one per model).
PART_TYPES = (
    ("oil", "5W-30 全合成机油", "升", False, "ice", "G052195M4", 98, "油品", "A", False, True, "大众原厂", 4000),
    ("drain_plug", "放油螺栓", "个", True, "ice", "N90813202", 15, "保养件", "A", False, True, "大众原厂", 1000),
    ("brake_fluid", "制动液 DOT4", "瓶", True, "all", "B000750M3", 88, "油品", "A", False, True, "大众原厂", 1000),
    ("coolant", "冷却液 G13", "升", False, "all", "G013A8JM1", 46, "油品", "B", False, True, "大众原厂", 4000),
    ("dsg_oil", "双离合变速箱油", "升", False, "ice", "G052182A2", 158, "油品", "B", False, True, "大众原厂", 5500),
    ("fuel_additive", "燃油系统清洗剂 G17", "瓶", True, "ice", "G001770A2", 98, "养护品", "A", False, True, "大众原厂", 1000),
    ("throttle_cleaner", "节气门清洗剂", "瓶", True, "ice", "LM-5111", 68, "养护品", "B", False, False, "力魔", 1000),
    ("ac_cleaner", "空调系统清洗剂", "瓶", True, "all", "3M-PN7032", 128, "养护品", "A", False, False, "3M", 1000),
    ("refrigerant", "R134a 制冷剂", "千克", False, "ice", "G052A3VM1", 180, "油品", "B", False, True, "大众原厂", 550),
    ("wax", "车漆养护蜡", "瓶", True, "all", "3M-PN39026", 168, "养护品", "C", False, False, "3M", 1000),
    ("glass_water", "玻璃清洗液", "瓶", True, "all", "G052164M2", 25, "养护品", "A", False, True, "大众原厂", 1000),
    ("valve", "轮胎气门嘴", "个", True, "all", "1K0601361A", 18, "轮胎", "B", False, True, "大众原厂", 1000),
    ("clips", "塑料卡扣", "个", True, "all", "N90641401", 4, "车身附件", "A", False, True, "大众原厂", 6000),
    ("battery", "蓄电池 12V 60Ah", "个", True, "all", "JZW915105D", 920, "电气", "B", False, True, "大众原厂", 1000),
    ("tpms", "胎压传感器", "个", True, "all", "5Q0907275B", 480, "电气", "C", False, True, "大众原厂", 1000),
    ("oil_filter", "机油滤清器", "个", True, "engine", "115561", 68, "滤清器", "A", False, True, "大众原厂", 1000),
    ("spark_plug", "火花塞", "个", True, "engine", "905612", 78, "点火系统", "B", False, True, "大众原厂", 4000),
    ("ignition_coil", "点火线圈", "个", True, "engine", "905110", 390, "点火系统", "C", False, True, "大众原厂", 1000),
    ("timing_kit", "正时套件", "套", True, "engine", "198119", 1680, "发动机", "C", True, True, "大众原厂", 1000),
    ("water_pump", "水泵总成", "个", True, "engine", "121600", 980, "发动机", "C", False, True, "大众原厂", 1000),
    ("thermostat", "节温器总成", "个", True, "engine", "121113", 860, "发动机", "C", False, True, "大众原厂", 1000),
    ("valve_cover_gasket", "气门室盖垫", "个", True, "engine", "103483", 180, "发动机", "C", False, True, "大众原厂", 1000),
    ("engine_mount", "发动机悬置", "个", True, "engine", "199262", 650, "发动机", "C", False, True, "大众原厂", 1000),
    ("pcv", "油气分离器", "个", True, "engine", "103495", 720, "发动机", "C", False, True, "大众原厂", 1000),
    ("fuel_filter", "燃油滤清器", "个", True, "engine", "201051", 260, "滤清器", "B", False, True, "大众原厂", 1000),
    ("dsg_filter", "变速箱滤清器", "个", True, "engine", "325183", 180, "滤清器", "B", False, True, "大众原厂", 1000),
    ("alternator", "发电机总成", "个", True, "engine", "903023", 2680, "电气", "C", True, True, "大众原厂", 1000),
    ("starter", "起动机", "个", True, "engine", "911023", 1980, "电气", "C", False, True, "大众原厂", 1000),
    ("clutch_kit", "双离合器总成", "套", True, "engine", "141725", 8800, "传动", "C", True, True, "大众原厂", 1000),
    ("air_filter", "空气滤清器", "个", True, "model_ice", "129620", 128, "滤清器", "A", False, True, "大众原厂", 1000),
    ("cabin_filter", "空调滤清器", "个", True, "model", "819644", 158, "滤清器", "A", False, True, "大众原厂", 1000),
    ("brake_pad_front", "前刹车片", "套", True, "model", "698151", 680, "制动", "B", False, True, "大众原厂", 1000),
    ("brake_pad_rear", "后刹车片", "套", True, "model", "698451", 520, "制动", "B", False, True, "大众原厂", 1000),
    ("brake_disc_front", "前刹车盘", "个", True, "model", "615301", 620, "制动", "C", False, True, "大众原厂", 2000),
    ("brake_disc_rear", "后刹车盘", "个", True, "model", "615601", 480, "制动", "C", False, True, "大众原厂", 2000),
    ("wiper_front", "前雨刮片（对）", "对", True, "model", "955425", 198, "雨刮", "A", False, True, "大众原厂", 1000),
    ("shock_front", "前减震器", "个", True, "model", "413031", 980, "悬架", "C", False, True, "大众原厂", 1000),
    ("shock_rear", "后减震器", "个", True, "model", "513029", 620, "悬架", "C", False, True, "大众原厂", 1000),
    ("control_arm", "前下摆臂", "个", True, "model", "407151", 760, "悬架", "C", False, True, "大众原厂", 1000),
    ("stab_link", "稳定杆连杆", "个", True, "model", "411315", 180, "悬架", "C", False, True, "大众原厂", 2000),
    ("tie_rod_end", "转向横拉杆球头", "个", True, "model", "423811", 260, "转向", "C", False, True, "大众原厂", 1000),
    ("wheel_bearing", "轮毂轴承单元", "个", True, "model", "407621", 680, "悬架", "C", False, True, "大众原厂", 1000),
    ("cv_boot", "半轴防尘套", "个", True, "model", "498201", 220, "传动", "C", False, True, "大众原厂", 1000),
    ("headlamp", "LED 前大灯总成", "个", True, "model", "941005", 4200, "灯具", "C", True, True, "大众原厂", 1000),
    ("taillamp", "尾灯总成", "个", True, "model", "945095", 1200, "灯具", "C", False, True, "大众原厂", 1000),
    ("window_regulator", "车窗玻璃升降器", "个", True, "model", "837461", 580, "电气", "C", False, True, "大众原厂", 1000),
    ("ac_compressor", "空调压缩机", "个", True, "model", "820803", 5600, "空调", "C", True, True, "大众原厂", 1000),
    ("blower", "鼓风机总成", "个", True, "model", "819015", 980, "空调", "C", False, True, "大众原厂", 1000),
    ("condenser", "空调冷凝器", "个", True, "model", "820411", 1600, "空调", "C", False, True, "大众原厂", 1000),
    ("bumper_front", "前保险杠皮", "个", True, "model", "807221", 1650, "钣金件", "C", False, True, "大众原厂", 1000),
    ("bumper_rear", "后保险杠皮", "个", True, "model", "807421", 1450, "钣金件", "C", False, True, "大众原厂", 1000),
    ("fender", "前叶子板", "个", True, "model", "821021", 980, "钣金件", "C", False, True, "大众原厂", 1000),
    ("hood", "发动机盖", "个", True, "model", "823031", 2800, "钣金件", "C", False, True, "大众原厂", 1000),
    ("mirror", "外后视镜总成", "个", True, "model", "857507", 1650, "车身附件", "C", False, True, "大众原厂", 1000),
    ("windshield", "前挡风玻璃", "块", True, "model", "845011", 2600, "玻璃", "C", True, True, "大众原厂", 1000),
    ("grille", "中网总成", "个", True, "model", "853651", 1100, "车身附件", "C", False, True, "大众原厂", 1000),
    ("floor_mats", "全包围脚垫", "套", True, "model", "061270", 880, "精品附件", "C", False, True, "大众原厂", 1000),
    ("tyre", "轮胎", "条", True, "model", "", 980, "轮胎", "B", False, True, "米其林", 1000),
)
# code, name, system, hours (centi-hours), team (quick/mech/body/paint), applies (all/ice/ev), parts
LABOUR = (
    ("BY-001", "更换机油及机油滤清器", "保养", 50, "quick", "ice", ("oil", "oil_filter", "drain_plug")),
    ("BY-002", "更换空气滤清器", "保养", 20, "quick", "ice", ("air_filter",)),
    ("BY-003", "更换空调滤清器", "保养", 30, "quick", "all", ("cabin_filter",)),
    ("BY-004", "更换火花塞", "保养", 80, "mech", "ice", ("spark_plug",)),
    ("BY-005", "更换制动液", "保养", 80, "quick", "all", ("brake_fluid",)),
    ("BY-006", "更换燃油滤清器", "保养", 60, "mech", "ice", ("fuel_filter",)),
    ("BY-007", "更换双离合变速箱油及滤清器", "保养", 120, "mech", "ice", ("dsg_oil", "dsg_filter")),
    ("BY-008", "更换冷却液", "保养", 80, "mech", "all", ("coolant",)),
    ("BY-009", "常规保养检查（40 项）", "检测", 50, "quick", "all", ()),
    ("BY-010", "节气门清洗", "保养", 50, "quick", "ice", ("throttle_cleaner",)),
    ("BY-011", "燃油系统清洗", "保养", 30, "quick", "ice", ("fuel_additive",)),
    ("BY-012", "空调系统清洗消毒", "空调", 50, "quick", "all", ("ac_cleaner",)),
    ("BY-013", "四轮定位", "底盘", 80, "mech", "all", ()),
    ("BY-014", "轮胎换位及动平衡", "底盘", 60, "quick", "all", ()),
    ("BY-015", "更换雨刮片", "电气", 10, "quick", "all", ("wiper_front",)),
    ("BY-016", "高压电池及电驱系统检查", "电气", 80, "mech", "ev", ()),
    ("BY-017", "添加玻璃清洗液", "保养", 10, "quick", "all", ("glass_water",)),
    ("FDJ-001", "更换正时套件", "发动机", 350, "mech", "ice", ("timing_kit",)),
    ("FDJ-002", "更换水泵", "发动机", 200, "mech", "ice", ("water_pump", "coolant")),
    ("FDJ-003", "更换点火线圈", "发动机", 50, "mech", "ice", ("ignition_coil",)),
    ("FDJ-004", "更换节温器", "发动机", 150, "mech", "ice", ("thermostat", "coolant")),
    ("FDJ-005", "发动机积碳清洗", "发动机", 300, "mech", "ice", ()),
    ("FDJ-006", "更换气门室盖垫", "发动机", 150, "mech", "ice", ("valve_cover_gasket",)),
    ("FDJ-007", "更换发动机悬置", "发动机", 120, "mech", "ice", ("engine_mount",)),
    ("FDJ-008", "更换油气分离器", "发动机", 80, "mech", "ice", ("pcv",)),
    ("FDJ-009", "发动机故障诊断", "检测", 100, "mech", "ice", ()),
    ("DP-001", "更换前刹车片", "制动", 80, "mech", "all", ("brake_pad_front",)),
    ("DP-002", "更换后刹车片", "制动", 80, "mech", "all", ("brake_pad_rear",)),
    ("DP-003", "更换前刹车盘", "制动", 120, "mech", "all", ("brake_disc_front",)),
    ("DP-004", "更换后刹车盘", "制动", 120, "mech", "all", ("brake_disc_rear",)),
    ("DP-005", "更换前减震器（单侧）", "底盘", 150, "mech", "all", ("shock_front",)),
    ("DP-006", "更换后减震器（单侧）", "底盘", 100, "mech", "all", ("shock_rear",)),
    ("DP-007", "更换前下摆臂（单侧）", "底盘", 120, "mech", "all", ("control_arm",)),
    ("DP-008", "更换稳定杆连杆", "底盘", 60, "mech", "all", ("stab_link",)),
    ("DP-009", "更换转向横拉杆球头", "转向", 100, "mech", "all", ("tie_rod_end",)),
    ("DP-010", "更换轮胎", "底盘", 30, "quick", "all", ("tyre", "valve")),
    ("DP-011", "更换轮毂轴承", "底盘", 150, "mech", "all", ("wheel_bearing",)),
    ("DP-012", "更换双离合器总成", "传动", 600, "mech", "ice", ("clutch_kit",)),
    ("DP-013", "更换半轴防尘套", "传动", 150, "mech", "all", ("cv_boot",)),
    ("DQ-001", "更换蓄电池", "电气", 30, "quick", "all", ("battery",)),
    ("DQ-002", "更换发电机", "电气", 150, "mech", "ice", ("alternator",)),
    ("DQ-003", "更换起动机", "电气", 150, "mech", "ice", ("starter",)),
    ("DQ-004", "更换前大灯总成（单侧）", "电气", 100, "mech", "all", ("headlamp",)),
    ("DQ-005", "更换尾灯总成（单侧）", "电气", 50, "mech", "all", ("taillamp",)),
    ("DQ-006", "更换车窗玻璃升降器", "电气", 120, "mech", "all", ("window_regulator",)),
    ("DQ-007", "电气系统故障诊断", "检测", 100, "mech", "all", ()),
    ("DQ-008", "控制单元软件升级", "电气", 80, "mech", "all", ()),
    ("DQ-009", "更换胎压传感器", "电气", 50, "quick", "all", ("tpms",)),
    ("KT-001", "空调系统抽真空加注制冷剂", "空调", 80, "mech", "ice", ("refrigerant",)),
    ("KT-002", "更换空调压缩机", "空调", 300, "mech", "all", ("ac_compressor",)),
    ("KT-003", "更换鼓风机", "空调", 100, "mech", "all", ("blower",)),
    ("KT-004", "更换空调冷凝器", "空调", 200, "mech", "all", ("condenser",)),
    ("BJ-001", "前保险杠拆装", "钣金", 100, "body", "all", ()),
    ("BJ-002", "前保险杠整形修复", "钣金", 200, "body", "all", ("clips",)),
    ("BJ-003", "更换前保险杠皮", "钣金", 150, "body", "all", ("bumper_front", "clips")),
    ("BJ-004", "更换后保险杠皮", "钣金", 150, "body", "all", ("bumper_rear", "clips")),
    ("BJ-005", "前叶子板钣金修复", "钣金", 250, "body", "all", ()),
    ("BJ-006", "更换前叶子板", "钣金", 200, "body", "all", ("fender",)),
    ("BJ-007", "车门钣金修复（单门）", "钣金", 300, "body", "all", ()),
    ("BJ-008", "更换发动机盖", "钣金", 150, "body", "all", ("hood",)),
    ("BJ-009", "更换外后视镜总成", "钣金", 60, "body", "all", ("mirror",)),
    ("BJ-010", "更换前挡风玻璃", "车身", 200, "body", "all", ("windshield",)),
    ("BJ-011", "更换中网总成", "钣金", 50, "body", "all", ("grille",)),
    ("PQ-001", "前保险杠喷漆", "喷漆", 300, "paint", "all", ()),
    ("PQ-002", "后保险杠喷漆", "喷漆", 300, "paint", "all", ()),
    ("PQ-003", "前叶子板喷漆", "喷漆", 250, "paint", "all", ()),
    ("PQ-004", "车门喷漆（单门）", "喷漆", 300, "paint", "all", ()),
    ("PQ-005", "发动机盖喷漆", "喷漆", 350, "paint", "all", ()),
    ("PQ-006", "后叶子板喷漆", "喷漆", 300, "paint", "all", ()),
    ("PQ-007", "局部补漆", "喷漆", 150, "paint", "all", ()),
    ("MR-001", "全车打蜡", "美容", 150, "quick", "all", ("wax",)),
    ("MR-002", "内饰深度清洁", "美容", 200, "quick", "all", ()),
    ("JC-001", "新车 PDI 检查", "检测", 150, "quick", "all", ()),
    ("JC-002", "年审前安全检测", "检测", 80, "quick", "all", ()),
    ("JZ-001", "加装全包围脚垫", "精品", 20, "quick", "all", ("floor_mats",)),
)
# Maintenance packages: km, name, labour codes (ICE); the EV has its own two.
PACKAGES_ICE = (
    (5000, "首次保养", ("BY-001", "BY-009")),
    (10000, "常规保养", ("BY-001", "BY-009")),
    (20000, "二万公里保养", ("BY-001", "BY-002", "BY-003", "BY-009")),
    (40000, "四万公里保养", ("BY-001", "BY-002", "BY-003", "BY-004", "BY-005", "BY-009")),
    (60000, "六万公里保养", ("BY-001", "BY-002", "BY-003", "BY-006", "BY-007", "BY-009")),
)
PACKAGES_EV = (
    (30000, "常规保养", ("BY-003", "BY-016", "BY-009")),
    (60000, "六万公里保养", ("BY-003", "BY-005", "BY-008", "BY-016", "BY-009")),
)
# Repairs a car comes in for: labour code, weight, minimum km.
REPAIRS = (
    ("DP-001", 14, 30000), ("DP-002", 8, 40000), ("DP-003", 4, 60000), ("DP-004", 3, 70000),
    ("DQ-001", 8, 0), ("BY-015", 6, 0), ("DP-010", 8, 30000), ("BY-013", 5, 0), ("DQ-007", 4, 0),
    ("FDJ-009", 4, 0), ("FDJ-003", 3, 40000), ("FDJ-004", 2, 60000), ("FDJ-002", 2, 80000),
    ("FDJ-001", 1, 100000), ("FDJ-006", 2, 60000), ("FDJ-007", 2, 80000), ("FDJ-008", 2, 60000),
    ("FDJ-005", 2, 50000), ("DP-005", 3, 60000), ("DP-006", 2, 60000), ("DP-007", 2, 60000),
    ("DP-008", 3, 40000), ("DP-009", 2, 50000), ("DP-011", 2, 60000), ("DP-013", 1, 60000),
    ("DP-012", 1, 80000), ("DQ-002", 1, 80000), ("DQ-003", 1, 80000), ("DQ-005", 1, 0),
    ("DQ-006", 2, 0), ("DQ-008", 3, 0), ("DQ-009", 2, 20000), ("KT-001", 4, 20000), ("KT-002", 1, 80000),
    ("KT-003", 1, 40000), ("KT-004", 1, 60000), ("BY-012", 4, 0), ("MR-001", 2, 0), ("MR-002", 1, 0),
    ("JC-002", 2, 0), ("JZ-001", 1, 0), ("BY-010", 2, 30000),
)
# Panels an accident damages: name, repair code, replace code, paint code, mark on the outline.
PANELS = (
    ("前保险杠", "BJ-002", "BJ-003", "PQ-001", (0.50, 0.05)),
    ("后保险杠", "PQ-007", "BJ-004", "PQ-002", (0.50, 0.95)),
    ("左前叶子板", "BJ-005", "BJ-006", "PQ-003", (0.20, 0.20)),
    ("右前叶子板", "BJ-005", "BJ-006", "PQ-003", (0.80, 0.20)),
    ("左前门", "BJ-007", None, "PQ-004", (0.15, 0.45)),
    ("右后门", "BJ-007", None, "PQ-004", (0.85, 0.60)),
    ("发动机盖", "PQ-007", "BJ-008", "PQ-005", (0.50, 0.18)),
    ("左后叶子板", "PQ-007", None, "PQ-006", (0.18, 0.80)),
)
ADDED_WORK = (  # what the workshop finds: labour code, how the technician puts it
    ("DP-001", "检查发现前刹车片剩余约 2 mm，建议更换"), ("DP-002", "后刹车片磨损到限，建议更换"),
    ("BY-015", "雨刮片老化刮不干净，建议更换"), ("DQ-001", "蓄电池检测健康度 45%，建议更换"),
    ("BY-012", "空调出风有异味，建议清洗消毒"), ("BY-013", "轮胎偏磨，建议做四轮定位"),
    ("DP-008", "稳定杆连杆球头松旷，建议更换"), ("BY-003", "空调滤清器脏污严重，建议更换"),
    ("DP-010", "左前轮胎侧面鼓包，建议更换"), ("FDJ-008", "油气分离器漏气，怠速不稳，建议更换"),
)
QC_FAILS = ("轮胎螺栓扭矩未复检", "机油液位偏高，需重新调整", "故障码未清除", "车内有油污，需清洁",
            "刹车踏板行程偏长，需排空气", "漆面有流挂，需抛光处理")
COMPLAINTS = ("交车时间比承诺晚了两个小时，也没有提前通知", "保养后车内有油污，座椅被弄脏",
              "结算金额比估价高，没有事先说明", "刹车异响修理后仍然存在", "服务顾问态度冷淡，电话不接",
              "追加项目没有经过我同意就做了", "洗车没洗干净", "等待时间太长，休息区没有座位")
INSURERS = ("中国人保财险", "平安产险", "太平洋产险", "中华联合财险", "大地保险", "阳光产险")
MANUFACTURER = "一汽-大众汽车有限公司"
SUPPLIERS = (  # name, contact, phone, manufacturer, which part brands it supplies
    ("一汽-大众备件配送中心（北京库）", "韩立新", "010-80481166", True, ("大众原厂",)),
    ("北京瑞驰轮胎贸易有限公司", "许文斌", "010-67893321", False, ("米其林", "普利司通", "马牌")),
    ("北京顺达养护用品有限公司", "邓晓梅", "010-84725530", False, ("3M", "力魔")),
    ("北京华通汽车配件有限公司", "曹志远", "010-63358812", False, ()),
)
TYRE_BRANDS = (("米其林", "MIC", 1.0), ("普利司通", "BRI", 0.92), ("马牌", "CON", 0.95))
COLOURS = (("白色", 30), ("黑色", 22), ("银色", 12), ("灰色", 14), ("蓝色", 8), ("红色", 6), ("棕色", 4), ("金色", 4))
SURNAMES = (
    "王" * 9 + "李" * 9 + "张" * 8 + "刘" * 7 + "陈" * 6 + "杨" * 4 + "黄" * 3 + "赵" * 4 + "吴" * 3 + "周" * 3
    + "徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔汤"
)
GIVEN_MALE = "伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林阳峰亮建志国海东文博晨"
GIVEN_FEMALE = "芳娜敏静丽艳娟霞英玲婷雪慧莉红燕倩颖琳洁晶欣璐佳梅丹萍月秀兰"
TWO_CHAR = ("建国", "建华", "志强", "志明", "海涛", "晓东", "国强", "德华", "文杰", "子轩", "浩然", "宇航", "晓燕",
            "秀英", "桂英", "丽娟", "雅琴", "欣怡", "梓涵", "思雨", "佳怡", "晓丽", "春梅", "玉兰")
COMPANY_CORES = "恒信 华通 金泰 瑞丰 中联 嘉禾 宏达 鑫源 博远 天成 万通 东方 盛世 新科 永安 德润 鼎盛 京华 远航 安泰 泰和 通达 兴业 正阳 中科 联创".split()
COMPANY_TRADES = "物流 科技 建设工程 商贸 文化传媒 餐饮管理 医药 物业管理 汽车租赁 环保科技 教育咨询 电子 建材 食品".split()
DISTRICTS = ("朝阳区", "朝阳区", "朝阳区", "东城区", "西城区", "海淀区", "丰台区", "通州区", "大兴区", "顺义区", "昌平区")
ROADS = "广渠路 建国路 朝阳北路 姚家园路 东四环中路 西大望路 劲松路 百子湾路 双井街 光华路 农光里 潘家园路 十里河路 化工路 东坝中路 望京街".split()
ESTATES = "阳光小区 富力城 珠江帝景 华贸中心 金港国际 首城国际 百环家园 远洋天地 苹果社区 金隅万科城 美然动力街区".split()
BEIJING_LETTERS = "ACEFGHJKLMNPQ"
OTHER_PROVINCES = (("冀", "ABCDEFGHJR"), ("津", "ABCDEFGHJKLM"), ("鲁", "ABCDEFGHJK"), ("晋", "ABCDEFGHJK"),
                   ("蒙", "ABCDEFGHJK"), ("辽", "ABCDEFGHJKLMN"), ("豫", "ABCDEFGHJKLMNPQRSU"), ("黑", "ABCDEFGHJKLMN"))
PLATE_SERIAL = "ABCDEFGHJKLMNPQRSTUVWXYZ"
MOBILE_PREFIXES = ("130 131 132 133 134 135 136 137 138 139 150 151 152 153 155 156 157 158 159 166 "
                   "173 175 176 177 178 180 181 182 183 184 185 186 187 188 189 191 195 198 199").split()
TAIL_COMPONENTS = (  # the long tail of the parts catalogue: name, category, group, price
    ("车门密封条", "车身附件", "837", 260), ("门内拉手", "内饰", "837", 120), ("门外拉手", "车身附件", "837", 180),
    ("车门饰板", "内饰", "867", 680), ("座椅调节手柄", "内饰", "881", 90), ("安全带锁扣", "内饰", "857", 320),
    ("遮阳板", "内饰", "857", 260), ("阅读灯", "电气", "947", 240), ("倒车雷达传感器", "电气", "919", 380),
    ("倒车影像摄像头", "电气", "980", 1280), ("组合开关", "电气", "953", 860), ("车窗开关", "电气", "959", 210),
    ("喇叭", "电气", "951", 160), ("线束插头", "电气", "971", 60), ("保险丝盒盖", "电气", "937", 80),
    ("ABS 轮速传感器", "制动", "927", 420), ("制动软管", "制动", "611", 150), ("手刹电机", "制动", "615", 1580),
    ("转向机防尘套", "转向", "423", 160), ("减震器顶胶", "悬架", "412", 230), ("下摆臂衬套", "悬架", "407", 140),
    ("排气管吊胶", "排气", "253", 45), ("三元催化器", "排气", "253", 5200), ("氧传感器", "发动机", "906", 760),
    ("进气压力传感器", "发动机", "906", 520), ("机油压力开关", "发动机", "919", 110), ("曲轴油封", "发动机", "103", 130),
    ("凸轮轴调节阀", "发动机", "906", 640), ("散热器", "冷却", "121", 1350), ("膨胀水箱", "冷却", "121", 280),
    ("水管", "冷却", "121", 190), ("雾灯", "灯具", "941", 480), ("侧转向灯", "灯具", "949", 90),
    ("牌照灯", "灯具", "943", 70), ("轮眉", "车身附件", "853", 210), ("翼子板内衬", "车身附件", "809", 240),
    ("发动机下护板", "车身附件", "825", 320), ("后备箱撑杆", "车身附件", "827", 150), ("油箱盖", "车身附件", "809", 180),
    ("车标", "车身附件", "853", 160), ("雨刮电机", "电气", "955", 760), ("玻璃水壶", "电气", "955", 150),
    ("空调出风口", "内饰", "819", 130), ("空调控制面板", "空调", "907", 1680), ("蒸发箱温度传感器", "空调", "907", 160),
    ("钥匙遥控器", "电气", "959", 980), ("点烟器", "电气", "919", 60), ("USB 接口", "电气", "035", 180),
)
TAIL_SIDES = ("", "左前", "右前", "左后", "右后", "左", "右", "前", "后")

BELONGINGS = ('[["行驶证", 1]]', '[["行驶证", 1], ["雨伞", 1]]', '[["行驶证", 1], ["儿童座椅", 1]]',
              '[["行驶证", 1], ["行车记录仪", 1]]', '[["行驶证", 1], ["备用钥匙", 1], ["雨伞", 1]]', "[]")
WORDS = {
    "保养": ("到时间做保养了", "按里程做保养", "保养，顺便检查一下刹车", "保养，空调有点味道", "首保"),
    "一般维修": ("刹车时有异响", "发动机故障灯亮了", "早上打火有点困难", "空调不太凉", "方向盘有点跑偏",
              "过减速带底盘有异响", "车窗升降有卡顿", "仪表提示胎压异常"),
    "事故车": ("追尾，后部受损", "倒车碰到柱子", "被别的车刮了", "前部碰撞，已报案", "侧面剐蹭"),
    "保修索赔": ("发动机有异响，还在保修期", "大灯进水起雾", "车窗升降器不工作", "空调不制冷，还在质保期"),
    "返修": ("上次修完问题又出现了", "修过的地方还有异响"),
    "内部": ("试驾车定期保养", "新车 PDI", "展车检查"),
}
ANSWERS = {(score, a, b): json.dumps({"服务态度": score, "维修质量": max(1, score - a), "交车准时": max(1, score - b)},
                                     ensure_ascii=False)
           for score in range(1, 6) for a in (False, True) for b in (False, True)}
QC_CHECKLIST = json.dumps({"外观清洁": True, "灯光": True, "制动": True, "油液液位": True, "轮胎气压": True,
                           "故障码": True, "随车物品": True}, ensure_ascii=False)
JOBS, JOB_WEIGHTS = ("保养", "一般维修", "事故车", "保修索赔", "内部"), (56, 82, 91, 96, 97.5)  # cumulative
OPEN_AT, CLOSE_AT, NOW_AT = 8 * 60 + 30, 18 * 60, 15 * 60  # the workshop's day; the data's clock stops at 15:00
DAY = 1440
BIG_SQLITE_ROWS = 50000  # rows held before they are written
TOD = [f"{h:02d}:{m:02d}:00" for h in range(24) for m in range(60)]


@dataclass(frozen=True)
class Profile:
    """How big a store to make."""

    days: int  # days of work orders, ending today
    orders_per_day: float
    customers: int
    vehicles: int
    parts: int
    base_fraction: float  # share of the archive that exists before the first day
    base_span_days: int = 3 * 365  # ... entered over this many days before it (at each car's last service)
    comeback_rate: float = 0.01
    complaint_rate: float = 0.5  # chance that a follow-up scored 1–2 becomes a complaint
    reversal_rate: float = 0.002
    min_comebacks: int = 0
    min_complaints: int = 0
    min_reversals: int = 0
    min_added_work: int = 0
    future_appointments: int = 3  # for the rest of today and for tomorrow, each


DEMO = Profile(days=30, orders_per_day=9.0, customers=300, vehicles=360, parts=400, base_fraction=0.9, base_span_days=330,
               comeback_rate=0.02, reversal_rate=0.005, min_comebacks=2, min_complaints=3, min_reversals=1,
               min_added_work=6, future_appointments=4)


def busy_years(scale: float = 1.0) -> Profile:
    """Ten busy years; scale 1.0 ≈ 400k orders, 100k customers, 120k cars, 20k parts."""
    if not scale > 0:
        raise DomainError("规模必须大于 0。")
    return Profile(days=3650, orders_per_day=110.0 * scale, customers=max(20, round(100000 * scale)),
                   vehicles=max(24, round(120000 * scale)), parts=round(20000 * scale), base_fraction=0.15,
                   future_appointments=max(3, round(30 * scale)))


# ---------------------------------------------------------------------------------------------
# Every figure here is an int in its column's stored unit (storage.models.base.FixedPointField):
# money in fen, quantities in thousandths, unit costs in ten-thousandths of a yuan, hours in
# hundredths. Rows go to the database as they are, so no value passes through float or Decimal.
def _half(numerator: int, denominator: int) -> int:
    """numerator / denominator rounded half-up (both >= 0), as Decimal ROUND_HALF_UP would."""
    return (2 * numerator + denominator) // (2 * denominator)


def _amount(qty_milli: int, price_fen: int) -> int:
    """quantity × unit price rounded half-up to the fen, as storage.orders.line_amount does."""
    return _half(qty_milli * price_fen, 1000)


def _allocate(total: int, weights: list) -> list:
    """storage.cashier.bill.allocate in fen: largest remainder, ties to the earlier line."""
    whole = sum(weights)
    if total == 0 or whole == 0:
        return [0] * len(weights)
    shares = [total * w // whole for w in weights]
    remainders = [(total * w % whole, -i) for i, w in enumerate(weights)]
    for _rest, neg_index in sorted(remainders, reverse=True)[: total - sum(shares)]:
        shares[-neg_index] += 1
    return shares


def _work(minute: int, minutes: int) -> int:
    """`minutes` of workshop time after `minute`, within 08:30–18:00 each day."""
    while True:
        day, rest = divmod(minute, DAY)
        if rest < OPEN_AT:
            minute, rest = day * DAY + OPEN_AT, OPEN_AT
        elif rest >= CLOSE_AT:
            minute = (day + 1) * DAY + OPEN_AT
            continue
        if minutes <= CLOSE_AT - rest:
            return minute + minutes
        minutes -= CLOSE_AT - rest
        minute = (day + 1) * DAY + OPEN_AT


class _Buffer:
    """Rows of one table waiting for a bulk insert. Columns not named get the model's constant default."""

    def __init__(self, sink, model, columns):
        self.sink, self.model, self.columns = sink, model, tuple(columns)
        fields = model._meta.fields
        rest = [name for name in fields if name not in self.columns]
        defaults = []
        for name in rest:
            field = fields[name]
            if callable(field.default) or (field.default is None and not field.null):
                raise AssertionError(f"{model.__name__}.{name} needs an explicit value")
            defaults.append(field.db_value(field.default))
        self.all_columns = self.columns + tuple(rest)
        self.defaults = tuple(defaults)
        self.fields = [fields[name] for name in self.all_columns]
        names = ", ".join(f'"{f.column_name}"' for f in self.fields)
        values = ", ".join("?" * len(self.fields)) if sink.sqlite else "%s"
        self.sql = f'INSERT INTO "{model._meta.table_name}" ({names}) VALUES ({values})' if sink.sqlite else \
            f'INSERT INTO "{model._meta.table_name}" ({names}) VALUES %s'
        self.rows = []
        self.add = self.rows.append  # the sink flushes between days, when enough is waiting
        self.written = 0

    def flush(self):
        rows = self.rows
        if not rows:
            return
        if self.defaults:
            extra = self.defaults
            rows = [row + extra for row in rows]
        else:
            rows = rows[:]
        del self.rows[:]
        self.written += len(rows)
        self.sink.write(self, rows)


class _Sink:
    """Bulk writer of rows already in the columns' stored form: executemany on SQLite, multi-row
    VALUES (psycopg2's execute_values) on PostgreSQL. Peewee's insert_many would convert every value
    through Field.db_value again, which both costs most of the time and would re-scale our ints."""

    def __init__(self, db):
        self.db = db
        self.sqlite = is_sqlite(db)
        self.buffers = {}

    def table(self, model, columns) -> _Buffer:
        buffer = self.buffers[model] = _Buffer(self, model, columns)
        return buffer

    def write(self, buffer, rows):
        if self.sqlite:
            self.db.cursor().executemany(buffer.sql, rows)
        else:
            from psycopg2.extras import execute_values

            execute_values(self.db.cursor(), buffer.sql, rows, page_size=max(1, 20000 // len(buffer.fields)))

    def flush(self):
        for model in ALL_MODELS:  # parents before children, so a foreign key always finds its row
            if model in self.buffers:
                self.buffers[model].flush()

    def maybe_flush(self):
        if sum(len(buffer.rows) for buffer in self.buffers.values()) >= BIG_SQLITE_ROWS:
            self.flush()

    def counts(self) -> dict:
        return {m._meta.table_name: b.written for m, b in self.buffers.items() if b.written}


class _DayFigures:
    """What the day-end sheet of one business day adds up, gathered as the rows are written."""

    __slots__ = ("settled", "methods", "method_count", "cashiers", "deposits", "opened", "opened_count",
                 "collected", "collected_count", "discounts", "voids")

    def __init__(self):
        self.settled, self.methods, self.method_count = Counter(), Counter(), Counter()
        self.opened, self.opened_count, self.collected, self.collected_count = Counter(), Counter(), Counter(), Counter()
        self.cashiers, self.deposits, self.discounts, self.voids = {}, [0, 0], [], []


class _Line:
    """One work-order line while it is being planned."""

    __slots__ = ("kind", "labour", "part", "desc", "qty", "price", "amount", "disc", "payer", "genuine",
                 "by_customer", "team", "added", "hours", "to_order", "start", "finish", "issue_at", "id",
                 "status", "tech", "bay", "issued", "team_id", "started", "finished", "pause")

    def __init__(self, kind, desc, qty, price, payer, *, labour=None, part=None, disc=0, genuine=True,
                 team="quick", added=False, hours=0, by_customer=False):
        self.kind, self.desc, self.qty, self.price, self.payer = kind, desc, qty, price, payer
        self.labour, self.part, self.disc, self.genuine, self.team = labour, part, disc, genuine, team
        self.added, self.hours, self.by_customer = added, hours, by_customer
        self.amount = _amount(qty, price)
        self.to_order = False
        self.start = self.finish = self.issue_at = self.id = self.tech = self.bay = None
        self.status, self.issued = "待派工", 0


class _Plan:
    """One work order from check-in to delivery, planned before any row is written."""

    __slots__ = ("opened", "vehicle", "customer", "model", "advisor", "job", "mileage", "lines", "trans",
                 "added", "qcs", "settles", "delivered", "promised", "insurer", "claim", "comeback_of",
                 "appointment", "wait", "state", "cancel", "qc_fail", "reversal", "team", "words", "findings",
                 "handed", "damage", "id", "number", "forced", "new_vehicle", "repaid", "kind")

    def __init__(self, opened, vehicle, job):
        self.opened, self.vehicle, self.job = opened, vehicle, job
        self.lines, self.trans, self.qcs, self.settles = [], [], [], []
        self.added = self.wait = self.appointment = self.comeback_of = self.delivered = None
        self.insurer = self.claim = self.words = self.findings = self.damage = ""
        self.cancel = self.qc_fail = self.reversal = self.new_vehicle = False
        self.forced = None
        self.handed = self.promised = self.repaid = None
        self.kind = ""
        self.team = "quick"


class _Generator:
    def __init__(self, profile: Profile, *, seed: int, today: dt.date, progress=None, cancel=None):
        self.p = profile
        self.rng = random.Random(seed)
        self.today = today
        self.start = today - dt.timedelta(days=profile.days - 1)
        self.last_day = profile.days - 1
        self.now = self.last_day * DAY + NOW_AT
        self.progress = progress or (lambda fraction, message: None)
        self.cancelled = cancel or (lambda: False)
        self.db = database.obj
        self.sink = _Sink(self.db)
        self.ids = {}
        for model in ALL_MODELS:
            if model not in (Setting, DocumentCounter):
                self.ids[model] = itertools.count((model.select(peewee.fn.MAX(model.id)).scalar() or 0) + 1)
        self.counters = Counter()
        for row in DocumentCounter.select():
            self.counters[(row.kind, row.day)] = row.last
        self.iso, self.prefixes = {}, {}
        self.random = self.rng.random
        self.events = defaultdict(list)
        self.seq, self.today_index = 0, 0
        self.stats = Counter()
        self.comeback_pool = deque()
        self.figures = {}
        self.suggestions = {}
        self.delivered = []  # (delivered minute, order id, customer, vehicle) for late complaints
        self.ownership_ends = []
        self.day_po = {}
        self.day_docs = {}
        self._buffers()

    # -- plumbing ----------------------------------------------------------------------------
    def _id(self, model) -> int:
        return next(self.ids[model])

    def _r(self, low: int, high: int) -> int:
        """randint, without its cost (this runs millions of times)."""
        return low + int(self.random() * (high - low + 1))

    def _pick(self, seq):
        return seq[int(self.random() * len(seq))]

    def _weighted(self, population, cumulative):
        """random.choices(population, cum_weights=cumulative)[0], cheaper."""
        return population[bisect.bisect(cumulative, self.random() * cumulative[-1])]

    def _date(self, day: int) -> str:
        text = self.iso.get(day)
        if text is None:
            text = self.iso[day] = (self.start + dt.timedelta(days=day)).isoformat()
        return text

    def _ts(self, minute):
        """'YYYY-MM-DD HH:MM:SS', as SQLite and PostgreSQL both read a timestamp."""
        if minute is None:
            return None
        day, rest = divmod(minute, DAY)
        prefix = self.prefixes.get(day)
        if prefix is None:
            prefix = self.prefixes[day] = self._date(day) + " "
        return prefix + TOD[rest]

    def _number(self, kind: str, day: int) -> str:
        text = self._date(day).replace("-", "")
        key = (kind, text)
        self.counters[key] += 1
        return f"{PREFIXES[kind]}{text}-{self.counters[key]:04d}"

    def _event(self, minute: int, kind: int, data) -> None:
        if minute // DAY < self.today_index:
            raise AssertionError("an event in a day already written")  # the ledger would miss it
        self.events[minute // DAY].append((minute, self.seq, kind, data))
        self.seq += 1

    def _buffers(self):
        t = self.sink.table
        versioned = ("version", "updated_at", "updated_by")
        self.w_customer = t(Customer, ("id", "name", "kind", "phone", "phone_rev", "phone2", "address", "company",
                                       "birthday", "source", "note", "created_at", "created_by") + versioned)
        self.w_vehicle = t(Vehicle, ("id", "plate", "plate_rev", "vin", "vin_tail", "engine_no", "model", "model_text",
                                     "colour", "purchase_date", "owner", "last_mileage", "insurance_due",
                                     "inspection_due", "family_car", "created_at") + versioned)
        self.w_ownership = t(Ownership, ("id", "vehicle", "customer", "since"))
        self.w_mileage = t(MileageReading, ("id", "vehicle", "km", "at", "source"))
        self.w_appointment = t(Appointment, ("id", "number", "customer", "vehicle", "advisor", "bay", "starts_at",
                                             "ends_at", "job_type", "request", "status", "reminded_at", "parts_note",
                                             "parts_value", "deposit", "created_at") + versioned)
        self.w_order = t(WorkOrder, ("id", "number", "customer", "vehicle", "advisor", "appointment", "comeback_of",
                                     "job_type", "status", "estimate_mode", "mileage", "fuel_level", "key_number",
                                     "belongings", "damage", "customer_words", "findings", "parts_by_customer",
                                     "return_old_parts", "wash", "promised_at", "estimate_total", "signed_estimate",
                                     "opened_at", "signed_at", "handed_over_at", "handed_over_to", "finished_at",
                                     "qc_passed_at", "settled_at", "delivered_at", "bay", "insurer", "claim_number",
                                     "progress_checked_at", "delay_reason", "delay_notified_at", "customer_notified_at",
                                     "cashier_handover_at") + versioned)
        self.w_added = t(AddedWork, ("id", "order", "description", "raised_by", "raised_at", "delay_minutes", "answer",
                                     "answered_by", "answer_via", "answer_at", "recorded_by", "told_workshop_to")
                         + versioned)
        self.w_line = t(WorkOrderLine, ("id", "order", "kind", "position", "labour", "part", "description", "quantity",
                                        "unit_price", "amount", "discount", "payer", "supplied_by_customer", "genuine",
                                        "to_order", "added_work", "status", "pause_reason", "team", "technician",
                                        "bay", "issued", "dispatched_at", "dispatched_by", "started_at",
                                        "finished_at") + versioned)
        self.w_status = t(StatusChange, ("id", "order", "from_status", "to_status", "at", "user", "note"))
        self.w_suggestion = t(Suggestion, ("id", "vehicle", "order", "description", "created_at", "done_in"))
        self.w_qc = t(QualityCheck, ("id", "order", "inspector", "at", "passed", "checklist", "reason",
                                     "certificate_number"))
        self.w_clock = t(Clocking, ("id", "line", "technician", "started_at", "ended_at"))
        self.w_po = t(PurchaseOrder, ("id", "number", "supplier", "status", "ordered_at", "created_by", "created_at",
                                      "note") + versioned)
        self.w_po_line = t(PurchaseOrderLine, ("id", "order", "part", "quantity", "received", "unit_cost"))
        self.w_move = t(StockMovement, ("id", "part", "kind", "quantity", "unit_cost", "value", "balance_after", "at", "user",
                                        "document", "order", "order_line", "purchase_line", "supplier",
                                        "approved_by", "reason"))
        self.w_pick = t(PickRequest, ("id", "line", "quantity", "requested_by", "requested_at", "status"))
        self.w_settlement = t(Settlement, ("id", "number", "order", "status", "labour_total", "parts_total",
                                           "fees_total", "discount_total", "bill_discount", "total", "customer_due",
                                           "insurer_due", "warranty_due", "internal_due", "cashier",
                                           "discount_approved_by", "repair_kind", "guarantee_days", "guarantee_km",
                                           "at", "business_day", "reversed_by", "reversal_approved_by", "reversed_at",
                                           "reversal_reason", "live_order") + versioned)
        self.w_settlement_line = t(SettlementLine, ("id", "settlement", "position", "order_line", "kind", "code",
                                                    "description", "quantity", "unit", "unit_price", "amount",
                                                    "discount", "bill_share", "payer", "guaranteed", "guarantee_note"))
        self.w_payment = t(Payment, ("id", "settlement", "appointment", "method", "amount", "tendered", "reference",
                                     "at", "business_day", "cashier"))
        self.w_receivable = t(Receivable, ("id", "settlement", "debtor_kind", "debtor", "claim_number", "amount",
                                           "collected", "status", "opened_at") + versioned)
        self.w_collection = t(Collection, ("id", "receivable", "amount", "at", "business_day", "reference", "user"))
        self.w_dayclose = t(DayClose, ("id", "business_day", "closed_at", "closed_by", "summary"))
        self.w_followup = t(FollowUp, ("id", "order", "round", "due_on", "status", "attempts", "high_value", "answers",
                                       "satisfaction", "remark", "called_by", "called_at") + versioned)
        self.w_reminder = t(Reminder, ("id", "vehicle", "kind", "due_on", "due_km", "stage", "last_reminded_at",
                                       "done"))
        self.w_complaint = t(Complaint, ("id", "number", "customer", "vehicle", "order", "source", "description",
                                         "owner", "received_at", "answer_due", "answer", "answered_at", "verdict",
                                         "status", "revisit_at") + versioned)
        self.w_claim = t(WarrantyClaim, ("id", "number", "line", "old_part_number", "status", "amount", "paid",
                                         "submitted_at", "note") + versioned)

    # -- staff, workshop, catalogue ----------------------------------------------------------
    def setup_staff(self, admin: User) -> None:
        opd = self.p.orders_per_day
        wanted = list(STAFF) + [s for s in MORE_STAFF if s[2] == auth.ADVISOR][: min(6, max(0, round(opd / 18) - 2))]
        if opd >= 40:
            wanted += [s for s in MORE_STAFF if s[2] != auth.ADVISOR]
        limits = {auth.CASHIER: 300, auth.ADVISOR: 100, auth.MANAGER: 5000}
        self.users = defaultdict(list)
        for number, (username, name, role) in enumerate(wanted):
            user = User.get_or_none(User.username == username)
            if user is None:
                user = auth.create_user(admin, username, name, role, DEMO_PASSWORD, phone=f"1391000{number:04d}",
                                        discount_limit=limits.get(role, 0))
            self.users[user.role].append((user.id, user.display_name))
        self.users[auth.ADMIN].append((admin.id, admin.display_name))
        pick = lambda role: self.users[role] or self.users[auth.MANAGER] or self.users[auth.ADMIN]  # noqa: E731
        self.advisors, self.dispatchers, self.inspectors = pick(auth.ADVISOR), pick(auth.DISPATCHER), pick(auth.INSPECTOR)
        self.storekeepers, self.cashiers, self.carers = pick(auth.STOREKEEPER), pick(auth.CASHIER), pick(auth.CARE)
        self.manager = pick(auth.MANAGER)[0]

    def setup_workshop(self) -> None:
        w_team = self.sink.table(Team, ("id", "name", "leader"))
        w_tech = self.sink.table(Technician, ("id", "name", "team", "grade"))
        w_bay = self.sink.table(Bay, ("id", "name", "kind"))
        size = max(1, round(self.p.orders_per_day / 30))
        self.crews = {}
        for name, kinds, count in (("机修一组", ("mech",), 5), ("机修二组", ("mech",), 5),
                                   ("钣喷组", ("body", "paint"), 4), ("快保组", ("quick",), 3)):
            team_id = self._id(Team)
            people = [(self._id(Technician), self._person()[0]) for _ in range(count * size)]
            w_team.add((team_id, name, people[0][1]))
            for k, (tech_id, tech_name) in enumerate(people):
                w_tech.add((tech_id, tech_name, team_id, "技师" if k == 0 else self._pick(("初级", "中级", "中级", "高级"))))
            for n, kind in enumerate(kinds):
                share = people[n::len(kinds)] if len(kinds) > 1 else people
                self.crews.setdefault(kind, []).append((team_id, people[0][1], [p[0] for p in share]))
        self.bays = defaultdict(list)
        bays = [(f"机修{i}", "机修", "mech") for i in range(1, 9)] + [("钣金1", "钣金", "body"), ("钣金2", "钣金", "body"),
                ("喷漆房", "喷漆", "paint"), ("快保1", "快保", "quick"), ("快保2", "快保", "quick"), ("洗车位", "洗车", "wash")]
        for name, kind, team in bays:
            bay_id = self._id(Bay)
            w_bay.add((bay_id, name, kind))
            self.bays[team].append(bay_id)

    def setup_catalogue(self) -> None:
        rng = self.rng
        w_model = self.sink.table(VehicleModel, ("id", "brand", "name", "service_km", "service_months"))
        self.model_ids, self.model_weights = [], []
        for name, *_rest in MODELS:
            model_id = self._id(VehicleModel)
            ev = _rest[1] == "EV"
            w_model.add((model_id, "一汽-大众", name, 30000 if ev else 10000, 24 if ev else 12))
            self.model_ids.append(model_id)
            self.model_weights.append(_rest[4])
        self.model_cumulative = list(itertools.accumulate(self.model_weights))
        self.service = [(30000, 24) if m[2] == "EV" else (10000, 12) for m in MODELS]
        w_labour = self.sink.table(LabourItem, ("id", "code", "name", "system", "hours"))
        self.labour, self.labour_code = {}, {}
        for code, name, system, hours, team, applies, parts in LABOUR:
            labour_id = self._id(LabourItem)
            w_labour.add((labour_id, code, name, system, hours))
            self.labour[code] = (labour_id, name, hours, team, applies, parts)
            self.labour_code[labour_id] = code
        self._parts(rng)
        self._packages()

    def _parts(self, rng) -> None:
        w_supplier = self.sink.table(Supplier, ("id", "name", "contact", "phone", "is_manufacturer") + ("version", "updated_at", "updated_by"))
        supplier_ids = []
        for name, contact, phone, maker, _brands in SUPPLIERS:
            supplier_ids.append(self._id(Supplier))
            w_supplier.add((supplier_ids[-1], name, contact, phone, maker, 1, self._ts(-2 * DAY), ""))
        self.manufacturer_supplier = supplier_ids[0]
        by_brand = {brand: supplier_ids[i] for i, s in enumerate(SUPPLIERS) for brand in s[4]}
        self.p_id, self.p_name, self.p_price, self.p_cost, self.p_whole, self.p_tier = [], [], [], [], [], []
        self.p_special, self.p_supplier, self.p_genuine, self.p_number, self.p_unit = [], [], [], [], []
        self.p_by_number, self.part_for, self.qty_default = {}, {}, {}
        rows = []

        def add(number, name, spec, unit, whole, brand, category, genuine, models, price, tier, special):
            idx = len(self.p_id)
            self.p_by_number[number] = idx
            self.p_id.append(self._id(Part))
            self.p_name.append(name)
            self.p_price.append(price * 100)
            self.p_cost.append(round(price * rng.uniform(0.62, 0.76) * 100) * 100)  # list cost, to the fen
            self.p_number.append(number)
            self.p_unit.append(unit)
            self.p_whole.append(whole)
            self.p_tier.append(tier)
            self.p_special.append(special)
            self.p_supplier.append(by_brand.get(brand, supplier_ids[3]))
            self.p_genuine.append(genuine)
            rows.append([number, name, spec, unit, whole, brand, category, genuine, models, special])
            return idx

        engines = {fam: [m for m, model in enumerate(MODELS) if model[2] == fam] for fam in ENGINES}
        factor = (1.0, 1.25, 0.85, 1.2, 1.05, 0.95, 1.3, 1.3)
        for key, name, unit, whole, scope, num, price, cat, tier, special, genuine, brand, qty in PART_TYPES:
            self.qty_default[key] = qty
            if scope in ("all", "ice"):
                idx = add(num, name, "", unit, whole, brand, cat, genuine, "全车系" if scope == "all" else "燃油车型",
                          price, tier, special)
                for m, model in enumerate(MODELS):
                    if scope == "all" or model[2] != "EV":
                        self.part_for[(key, m)] = idx
            elif scope == "engine":
                for n, family in enumerate(("EA211", "EA888")):
                    members = engines[family]
                    idx = add(f"{ENGINES[family][0]}{num}{'AB'[n]}", name, f"{family} 发动机", unit, whole, brand, cat,
                              genuine, "/".join(MODELS[m][0] for m in members), round(price * (1.0, 1.2)[n]), tier, special)
                    for m in members:
                        self.part_for[(key, m)] = idx
            else:
                for m, model in enumerate(MODELS):
                    if scope == "model_ice" and model[2] == "EV":
                        continue
                    if key == "tyre":
                        tyre_brand, code, tyre_factor = TYRE_BRANDS[m % len(TYRE_BRANDS)]
                        number = code + "".join(c for c in model[7] if c.isdigit())
                        idx = self.p_by_number.get(number)
                        if idx is None:
                            rim = int(model[7][-2:])
                            idx = add(number, f"轮胎 {model[7]}", model[7], unit, whole, tyre_brand, cat, genuine,
                                      model[0], round((rim * 70 - 340) * tyre_factor), tier, special)
                    else:
                        idx = add(f"{model[1]}{num}{'ABCDEFGH'[m]}", name, "", unit, whole, brand, cat, genuine,
                                  model[0], round(price * factor[m]), tier, special)
                    self.part_for[(key, m)] = idx
        self.tail = [[] for _ in MODELS]
        chars = "ABCDEFGHJKLMNPRSTVWXZ"
        for _ in range(max(0, self.p.parts - len(rows))):
            m = rng.choices(range(len(MODELS)), self.model_weights)[0]
            component, cat, group, price = self._pick(TAIL_COMPONENTS)
            side = self._pick(TAIL_SIDES)
            while True:
                number = f"{MODELS[m][1]}{group}{self._r(100, 999)}{self._pick(('', '', *chars))}"
                if number not in self.p_by_number:
                    break
            genuine = rng.random() > 0.1
            self.tail[m].append(add(number, side + component, "", "个", True, "大众原厂" if genuine else "", cat, genuine,
                                    MODELS[m][0], max(5, round(price * rng.uniform(0.8, 1.3))), "T", price >= 3000))
        self._write_parts(rows, supplier_ids)

    def _write_parts(self, rows, supplier_ids) -> None:
        zones = {"滤清器": "A", "保养件": "A", "雨刮": "A", "油品": "B", "养护品": "B", "制动": "C", "悬架": "C",
                 "转向": "C", "传动": "C", "电气": "D", "点火系统": "D", "灯具": "D", "空调": "D", "钣金件": "E",
                 "玻璃": "E", "车身附件": "E", "轮胎": "F", "内饰": "G", "精品附件": "G"}
        w_bin = self.sink.table(Bin, ("id", "code", "zone"))
        w_part = self.sink.table(Part, ("id", "number", "name", "spec", "unit", "whole_units", "brand", "category",
                                        "genuine", "models", "bin", "cost", "price", "special", "version", "updated_at",
                                        "updated_by"))
        w_ps = self.sink.table(PartSupplier, ("id", "part", "supplier", "supplier_number", "last_cost"))
        in_zone = Counter()
        bins = {}
        created = self._ts(-DAY - 240)
        for idx, (number, name, spec, unit, whole, brand, cat, genuine, models, special) in enumerate(rows):
            zone = zones.get(cat, "H")
            slot = in_zone[zone] // 4
            in_zone[zone] += 1
            code = f"{zone}-{slot // 5 + 1:02d}-{slot % 5 + 1}"
            if code not in bins:
                bins[code] = self._id(Bin)
                w_bin.add((bins[code], code, zone))
            w_part.add((self.p_id[idx], number, name, spec, unit, whole, brand, cat, genuine, models, bins[code],
                        self.p_cost[idx], self.p_price[idx], special, 1, created, self.storekeepers[0][1]))
            supplier = self.p_supplier[idx]
            w_ps.add((self._id(PartSupplier), self.p_id[idx], supplier,
                      number if supplier == supplier_ids[0] else f"HT-{number}", self.p_cost[idx]))

    def _packages(self) -> None:
        w_pkg = self.sink.table(ServicePackage, ("id", "name", "model", "interval_km"))
        w_item = self.sink.table(ServicePackageItem, ("id", "package", "labour", "part", "quantity"))
        self.packages = []
        for m, model in enumerate(MODELS):
            mine = []
            for km, name, codes in PACKAGES_EV if model[2] == "EV" else PACKAGES_ICE:
                package_id = self._id(ServicePackage)
                w_pkg.add((package_id, f"{model[0]} {name}（{km:,} 公里）", self.model_ids[m], km))
                for code in codes:
                    labour_id, _name, hours, _team, _applies, parts = self.labour[code]
                    w_item.add((self._id(ServicePackageItem), package_id, labour_id, None, hours * 10))
                    for key in parts:
                        idx = self.part_for.get((key, m))
                        if idx is not None:
                            w_item.add((self._id(ServicePackageItem), package_id, None, self.p_id[idx],
                                        self._part_qty(key, m)))
                mine.append((km, codes))
            self.packages.append(mine)

    def _part_qty(self, key: str, m: int) -> int:
        if key == "oil":
            return ENGINES[MODELS[m][2]][1]
        return self.qty_default[key]

    # -- the archive: people, phones, plates, VINs --------------------------------------------
    def _person(self):
        rng = self.rng
        male = rng.random() < 0.62
        pool = GIVEN_MALE if male else GIVEN_FEMALE
        draw = rng.random()
        given = self._pick(pool) if draw < 0.3 else self._pick(TWO_CHAR) if draw < 0.42 else self._pick(pool) + self._pick(pool)
        return self._pick(SURNAMES) + given, male

    def _mobile(self) -> str:
        while True:
            phone = self._pick(MOBILE_PREFIXES) + f"{self.rng.randrange(10 ** 8):08d}"
            if phone not in self.phones:
                self.phones.add(phone)
                return normalize_phone(phone)

    def _plate(self, ev: bool) -> str:
        rng = self.rng
        digits = "0123456789"
        while True:
            draw = rng.random()
            province, letters = ("京", BEIJING_LETTERS) if draw < 0.82 else OTHER_PROVINCES[0] if draw < 0.9 \
                else self._pick(OTHER_PROVINCES)
            if ev:
                serial = self._pick("DF") + self._pick(PLATE_SERIAL + digits) + "".join(rng.choices(digits, k=4))
            else:
                serial = "".join(self._pick(digits) if rng.random() < 0.78 else self._pick(PLATE_SERIAL) for _ in range(5))
            plate = province + self._pick(letters) + serial
            if plate not in self.plates:
                self.plates.add(plate)
                return normalize_plate(plate)

    def _vin(self, m: int, year: int) -> str:
        model = MODELS[m]
        code = "ABCDEFGHJKLMNPRSTVWXY123456789"[(year - 1980) % 30]
        while True:
            body = f"LFV{model[3]}0{code}{model[4]}{self.rng.randrange(10 ** 6):06d}"
            vin = body[:8] + vin_check_digit(body) + body[9:]
            if vin not in self.vins:
                self.vins.add(vin)
                return normalize_vin(vin)

    def _address(self) -> str:
        rng = self.rng
        if rng.random() < 0.5:
            return f"北京市{self._pick(DISTRICTS)}{self._pick(ROADS)}{self._r(1, 199)} 号"
        return (f"北京市{self._pick(DISTRICTS)}{self._pick(ESTATES)}{self._r(1, 30)} 号楼"
                f"{self._r(1, 6)} 单元 {self._r(1, 28)}{self._r(1, 4):02d}")

    def setup_archive(self) -> None:
        p, rng = self.p, self.rng
        self.phones, self.plates, self.vins = set(), set(), set()
        self.c_id, self.c_name, self.c_kind, self.units = [], [], [], []
        self.v_id, self.v_owner, self.v_model, self.v_km, self.v_rate, self.v_purchase = [], [], [], [], [], []
        self.v_busy, self.v_visit, self.v_service, self.v_created, self.v_dues = [], [], [], [], []
        self.v_ownership = []
        self.store_cars = []
        base_vehicles = max(1, round(p.vehicles * p.base_fraction))
        base_customers = max(1, round(p.customers * p.base_fraction))
        self.new_customer_share = (p.customers - base_customers) / max(1, p.vehicles - base_vehicles)
        store = self._new_customer(-4 * 365 * DAY + 600, kind="单位", name=settings.get("store.name") or STORE["store.name"],
                                   phone=settings.get("store.phone") or STORE["store.phone"], source="本店")
        self.units.clear()  # the store's own cars are not handed to random new owners
        for _ in range(2 + round(p.orders_per_day / 25)):
            self.store_cars.append(self._new_vehicle(-400 * DAY + 600, owner=store, store_car=True))
        base_share = (base_customers - 1) / max(1, base_vehicles - len(self.store_cars))
        created = sorted(self._r(-p.base_span_days, -1) * DAY + self._r(OPEN_AT, CLOSE_AT)
                         for _ in range(base_vehicles - len(self.store_cars)))
        for minute in created:
            owner = self._new_customer(minute - 5) if rng.random() < base_share or len(self.c_id) < 2 else None
            self._new_vehicle(minute, owner=owner, reading=True)
        # new cars over the history: the day each first comes in
        count = max(0, p.vehicles - len(self.v_id))
        self.schedule = Counter(min(p.days - 1, j * p.days // count) for j in range(count)) if count else Counter()

    def _new_customer(self, minute, *, kind=None, name=None, phone=None, source=None) -> int:
        rng = self.rng
        idx = len(self.c_id)
        customer_id = self._id(Customer)
        kind = kind or ("单位" if rng.random() < 0.04 else "个人")
        birthday, note, company = None, "", ""
        if kind == "单位":
            name = name or f"北京{self._pick(COMPANY_CORES)}{self._pick(COMPANY_TRADES)}有限公司"
            phone = phone or (f"010-{self._pick('5678')}{rng.randrange(10 ** 7):07d}" if rng.random() < 0.6 else self._mobile())
            note = f"联系人：{self._person()[0][0]}经理"
            self.units.append(idx)
        else:
            name = name or self._person()[0]
            phone = phone or self._mobile()
            if rng.random() < 0.6:
                birthday = dt.date(self._r(1958, 2002), self._r(1, 12), self._r(1, 28)).isoformat()
            company = f"北京{self._pick(COMPANY_CORES)}{self._pick(COMPANY_TRADES)}有限公司" if rng.random() < 0.1 else ""
        phone = normalize_phone(phone)
        source = source or self._pick(("本店购车", "本店购车", "外店购车", "转介绍", "网络预约", "老客户"))
        advisor = self._pick(self.advisors)[1]
        phone2 = self._mobile() if rng.random() < 0.05 else ""
        self.w_customer.add((customer_id, name, kind, phone, digits_reversed(phone), phone2, self._address(), company,
                             birthday, source, note, self._ts(minute), advisor, 1, self._ts(minute), advisor))
        self.c_id.append(customer_id)
        self.c_name.append(name)
        self.c_kind.append(kind)
        return idx

    def _new_vehicle(self, minute, *, owner=None, store_car=False, reading=False) -> int:
        """A car enters the archive at `minute` (its first visit, or the import of the old archive)."""
        rng = self.rng
        if owner is None:
            if self.units and rng.random() < 0.35:
                owner = self._pick(self.units)
            else:
                owner = rng.randrange(1, len(self.c_id)) if len(self.c_id) > 1 else 0
        day = minute // DAY
        created_date = self.start + dt.timedelta(days=day)
        if store_car:
            age = self._r(30, 360)
        elif rng.random() < 0.35:
            age = self._r(0, 20)  # bought new here, first visit soon after
        else:
            age = int(365 * rng.uniform(0.3, 9.0))
        purchase = created_date - dt.timedelta(days=age)
        while True:
            m = self._weighted(range(len(MODELS)), self.model_cumulative)
            if MODELS[m][6] <= purchase.year:
                break
            if purchase.year < 2012:
                purchase = dt.date(2012, purchase.month, min(purchase.day, 28))
        rate = rng.uniform(25, 75)
        km = int(age * rate) + self._r(5, 40)
        idx = len(self.v_id)
        vehicle_id = self._id(Vehicle)
        model = MODELS[m]
        plate = self._plate(model[2] == "EV")
        vin = self._vin(m, purchase.year if rng.random() < 0.8 else purchase.year - 1)
        engine = f"{self._pick(ENGINES[model[2]][2])}{rng.randrange(10 ** 6):06d}"
        colour = rng.choices([c for c, _w in COLOURS], [w for _c, w in COLOURS])[0]
        insurance = self._anniversary(purchase, 1)
        six_years = purchase.replace(year=purchase.year + 6, day=min(purchase.day, 28))
        inspection = six_years if six_years >= self.today else self._anniversary(purchase, 2)
        created = self._ts(minute)
        owner_kind = self.c_kind[owner]
        self.w_vehicle.add((vehicle_id, plate, plate[::-1], vin, vin[-6:], engine, self.model_ids[m], model[0], colour,
                            purchase.isoformat(), self.c_id[owner], km, insurance.isoformat(), inspection.isoformat(),
                            owner_kind == "个人", created, 1, created, self._pick(self.advisors)[1]))
        self.v_ownership.append(self._id(Ownership))
        self.w_ownership.add((self.v_ownership[-1], vehicle_id, self.c_id[owner], created))
        if reading:
            self.w_mileage.add((self._id(MileageReading), vehicle_id, km, created, "建档"))
        self.v_id.append(vehicle_id)
        self.v_owner.append(owner)
        self.v_model.append(m)
        self.v_km.append([km, minute])
        self.v_rate.append(rate)
        self.v_purchase.append((purchase - self.start).days)
        self.v_busy.append(minute)
        self.v_visit.append(None)
        # reception notes the last service from the car's booklet when it enters the archive
        self.v_service.append((minute, km) if age > 30 else ((purchase - self.start).days * DAY, 0))
        self.v_created.append(minute)
        self.v_dues.append((insurance, inspection))
        return idx

    def _anniversary(self, date: dt.date, every: int) -> dt.date:
        """The first anniversary of `date` (every `every` years) falling on or after today."""
        years = max(every, self.today.year - date.year)
        years += (-years) % every
        candidate = date.replace(year=date.year + years, day=min(date.day, 28))
        while candidate < self.today:
            years += every
            candidate = date.replace(year=date.year + years, day=min(date.day, 28))
        return candidate

    # -- the stock ledger -------------------------------------------------------------------
    # Each movement follows storage.parts.ledger.post exactly: a receipt is worth qty × unit cost and
    # sets the moving average (stock value / on hand, four decimals); a take leaves at its share of
    # the stock value and keeps the average; the last unit out takes all that is left.
    def setup_stock(self) -> None:
        rng, n = self.rng, len(self.p_id)
        self.p_base = list(self.p_cost)
        self.p_on, self.p_value = [0] * n, [0] * n
        self.p_ema, self.p_ema_day, self.p_last = [0.0] * n, [0] * n, [None] * n
        self.issued_value = {}  # line id -> value taken, for a return that follows
        self.used = set()
        usage = max(0.25, self.p.orders_per_day / 40)
        minute = -DAY + 20 * 60
        for idx in range(n):
            tier = self.p_tier[idx]
            units = {"A": 12 * usage, "B": 4 * usage}.get(tier) or (rng.random() < (0.5 if tier == "C" else 0.1))
            qty = math.ceil(units * (1 if self.p_whole[idx] else 20)) * 1000
            self.p_ema[idx] = qty / 7
            if qty:
                self._stock_in(minute, idx, qty, self.p_cost[idx], "期初", "期初库存", None, None, "系统上线期初库存")

    def _stock_in(self, minute, idx, qty, unit_cost, kind, document, purchase_line, supplier, reason="") -> None:
        value = _half(qty * unit_cost, 100000)
        on, stock_value = self.p_on[idx] + qty, self.p_value[idx] + value
        self.p_on[idx], self.p_value[idx], self.p_last[idx] = on, stock_value, minute
        self.p_cost[idx] = _half(stock_value * 100000, on)
        self.w_move.add((self._id(StockMovement), self.p_id[idx], kind, qty, unit_cost, value, on, self._ts(minute),
                         self.storekeepers[(minute // DAY) % len(self.storekeepers)][0], document, None, None,
                         purchase_line, supplier, None, reason))

    def _levels(self, idx: int):
        """Safety stock and order-up-to level (milli-units) from the part's recent daily use."""
        tier = self.p_tier[idx]
        if tier in "CT":
            return 0, 0
        least = 2000 if tier == "A" else 1000
        safety = max(least, math.ceil(self.p_ema[idx] * 2 / 1000) * 1000)
        return safety, max(2 * least, math.ceil(self.p_ema[idx] * 7 / 1000) * 1000)

    def _receive(self, minute: int, idx: int, qty: int, urgent: bool) -> None:
        """入库 against the day's purchase order to the part's supplier (routine or urgent)."""
        day = minute // DAY
        supplier = self.p_supplier[idx]
        po = self.day_po.get((supplier, urgent))
        if po is None:
            keeper_id, keeper = self.storekeepers[day % len(self.storekeepers)]
            ordered = minute - self._r(60, 300) if urgent else (day - 1) * DAY + 17 * 60 + 30
            po = self.day_po[(supplier, urgent)] = (self._id(PurchaseOrder), self._number("receiving", day))
            self.w_po.add((po[0], self._number("purchase", ordered // DAY), supplier, "已完成", self._ts(ordered),
                           keeper_id, self._ts(ordered), "急件" if urgent else "日常补货", 2, self._ts(minute), keeper))
        line_id = self._id(PurchaseOrderLine)
        # this year's price list; earlier years were a little cheaper
        unit_cost = round(self.p_base[idx] * max(0.8, 1 - 0.02 * (self.last_day - day) / 365) / 100) * 100
        self.w_po_line.add((line_id, po[0], self.p_id[idx], qty, qty, unit_cost))
        self._stock_in(minute, idx, qty, unit_cost, "入库", po[1], line_id, supplier)
        self.stats["receipts"] += 1

    def _issue(self, minute: int, order_id: int, line_id: int, idx: int, qty: int, ordered: bool) -> None:
        """领料出库 to a work-order line (qty > 0), or 退库 back from it (qty < 0)."""
        day = minute // DAY
        keeper = self.storekeepers[day % len(self.storekeepers)][0]
        if qty < 0:  # back at the cost it left with (its share of what the line took)
            taken_qty, taken_value = self.issued_value.pop(line_id)
            value = _half(taken_value * -qty, taken_qty)
            on, stock_value = self.p_on[idx] - qty, self.p_value[idx] + value
            self.p_on[idx], self.p_value[idx], self.p_last[idx] = on, stock_value, minute
            self.p_cost[idx] = _half(stock_value * 100000, on)
            self.w_move.add((self._id(StockMovement), self.p_id[idx], "退库", -qty, _half(value * 100000, -qty), value,
                             on, self._ts(minute), keeper, self._number("stock_return", day), order_id, line_id, None,
                             None, None, "多领退回"))
            return
        if ordered:
            self._receive(minute, idx, qty, True)  # ordered for this very job
        elif self.p_on[idx] < qty:
            _safety, target = self._levels(idx)
            self._receive(minute, idx, math.ceil((qty - self.p_on[idx] + target) / 1000) * 1000, True)
        before, stock_value = self.p_on[idx], self.p_value[idx]
        on = before - qty
        value = stock_value if on == 0 else min(_half(stock_value * qty, before), stock_value)
        self.p_on[idx], self.p_value[idx], self.p_last[idx] = on, stock_value - value, minute
        if line_id in self.issued_value:
            self.issued_value[line_id] = (qty, value)
        self.p_ema[idx] = self.p_ema[idx] * 0.97 ** (day - self.p_ema_day[idx]) + 0.03 * qty
        self.p_ema_day[idx] = day
        key = (order_id, minute)
        document = self.day_docs.get(key)
        if document is None:
            document = self.day_docs[key] = self._number("outbound", day)
        special = self.p_special[idx]
        self.w_move.add((self._id(StockMovement), self.p_id[idx], "出库", -qty, self.p_cost[idx], -value, on,
                         self._ts(minute), keeper, document, order_id, line_id, None, None,
                         self.manager[0] if special else None, "特殊备件，经服务经理批准出库" if special else ""))
        if self.p_tier[idx] in "AB":
            self.used.add(idx)

    def _morning_delivery(self, day: int) -> None:
        """The daily stock order to the manufacturer: what the stocked parts lost yesterday arrives
        this morning, back up to their order-up-to level."""
        minute = day * DAY + 8 * 60
        for idx in sorted(self.used):
            _safety, target = self._levels(idx)
            if self.p_on[idx] < target:
                self._receive(minute, idx, math.ceil((target - self.p_on[idx]) / 1000) * 1000, False)
        self.used.clear()

    # -- one day of the workshop ------------------------------------------------------------
    def run_days(self) -> None:
        p = self.p
        weekday = (1.0, 0.95, 0.95, 0.95, 1.0, 1.15, 1.0)
        for day in range(p.days):
            self.today_index = day
            if self.cancelled():
                raise DomainError("已取消")
            if day % 10 == 0:
                self.progress(0.05 + 0.85 * day / p.days, f"生成 {self._date(day)[:7]} 的工单")
            last = day == self.last_day
            rate = p.orders_per_day * weekday[(self.start + dt.timedelta(days=day)).weekday()]
            rate *= 0.8 + 0.4 * day / max(1, p.days - 1)
            if last:
                rate *= (NOW_AT - 8 * 60) / (9.5 * 60)
            count = int(rate) + (self.rng.random() < rate - int(rate))
            fresh = self.schedule.get(day, 0)
            count = max(count, fresh)
            close = NOW_AT - 5 if last else 17 * 60 + 30
            minutes = sorted(self._arrival(day, close) for _ in range(count))
            fresh_slots = set(self.rng.sample(range(count), fresh))
            plans = self._forced(day) if last else []
            for k, minute in enumerate(minutes):
                plan = self._natural(minute, k in fresh_slots)
                if plan is not None:
                    plans.append(plan)
            if self.rng.random() < p.comeback_rate * count or (last and self.stats["comebacks"] < p.min_comebacks):
                for _ in range(max(1, p.min_comebacks - self.stats["comebacks"]) if last else 1):
                    plan = self._comeback(self._arrival(day, close))
                    if plan is not None:
                        plans.append(plan)
            plans.sort(key=lambda plan: plan.opened)
            for plan in plans:
                self._emit(plan)
            self.sink.maybe_flush()
            self._missed_appointments(day, count)
            self.day_po, self.day_docs = {}, {}
            self._morning_delivery(day)
            events = self.events.pop(day, [])
            events.sort(key=lambda e: (e[0], e[1]))
            for minute, _seq, kind, data in events:
                if kind == 0:
                    self._issue(minute, *data)
                elif kind == 1:
                    self._qc(minute, *data)
                else:
                    self._settle(minute, *data)
        self._future_appointments()

    def _arrival(self, day: int, close: int) -> int:
        rng = self.rng
        if rng.random() < 0.6:
            return day * DAY + self._r(8 * 60, min(close, 11 * 60 + 30))
        return day * DAY + self._r(min(close, 11 * 60 + 30), close)

    def _pick_vehicle(self, minute: int):
        rng, count = self.rng, len(self.v_id)
        for _ in range(10):
            v = rng.randrange(count)
            if self.v_busy[v] < minute - 30 and self.v_owner[v] != 0:
                visit = self.v_visit[v]
                if visit is None or minute - visit > 20 * DAY or rng.random() < 0.1:
                    return v
        return None

    def _natural(self, minute: int, fresh: bool):
        rng = self.rng
        job = self._weighted(JOBS, JOB_WEIGHTS)
        if fresh:
            job = "保养" if rng.random() < 0.6 else self._weighted(("一般维修", "事故车", "保修索赔"), (6, 9, 10))
            owner = self._new_customer(minute - 12) if rng.random() < self.new_customer_share else None
            v = self._new_vehicle(minute - self._r(3, 10), owner=owner)
        elif job == "内部":
            v = self._pick(self.store_cars)
            if self.v_busy[v] >= minute - 30:
                return None
        else:
            v = self._pick_vehicle(minute)
            if v is None:
                return None
            if rng.random() < 0.003:
                self._transfer(v, minute)
        if job == "保修索赔" and (minute // DAY - self.v_purchase[v] > 3 * 365 or self.v_km[v][0] > 90000):
            job = "一般维修"
        appointment = not fresh and job in ("保养", "一般维修") and rng.random() < 0.3
        if appointment:
            minute = max(minute, minute // 30 * 30 + self._r(-5, 15))
        plan = self._plan(minute, v, job, fresh=fresh)
        if appointment:
            plan.appointment = minute // 30 * 30
        return plan

    def _transfer(self, v: int, minute: int) -> None:
        """The car was sold on: a new owner, the old ownership period closed."""
        owner = self._new_customer(minute - 10, source="二手车过户")
        when = self._ts(minute - 10)
        self.ownership_ends.append((when, self.v_ownership[v]))
        self.v_ownership[v] = self._id(Ownership)
        self.w_ownership.add((self.v_ownership[v], self.v_id[v], self.c_id[owner], when))
        self.v_owner[v] = owner
        self.stats["transfers"] += 1

    def _comeback(self, minute: int):
        """返修: a car back within the guarantee period for the same fault."""
        pool = self.comeback_pool
        while pool and pool[0][0] < minute - 20 * DAY:
            pool.popleft()
        for k in range(len(pool) - 1, -1, -1):
            delivered, order_id, v, code, kind = pool[k]
            if delivered < minute - 60 and self.v_busy[v] < minute - 30:
                del pool[k]
                plan = self._plan(minute, v, "返修", comeback=(order_id, code))
                plan.kind = kind
                self.stats["comebacks"] += 1
                return plan
        return None

    def _forced(self, day: int):
        """Today's showcase: at 15:00 one order stands in each state (草稿 ... 已取消)."""
        plans = []
        for state in ORDER_STATES:
            v = self._pick_vehicle(day * DAY + 8 * 60)
            if v is None:
                continue
            job = "一般维修" if state == "待料" else "保养"
            plan = self._plan(day * DAY + 8 * 60 + self._r(0, 30), v, job, forced=state)
            plans.append(plan)
        return plans

    # -- planning one order ---------------------------------------------------------------
    def _plan(self, opened: int, v: int, job: str, *, forced=None, comeback=None, fresh=False) -> _Plan:
        rng, p = self.rng, self.p
        plan = _Plan(opened, v, job)
        plan.customer, plan.model, plan.forced = self.v_owner[v], self.v_model[v], forced
        plan.new_vehicle = fresh
        plan.advisor = self._pick(self.advisors)
        km, at = self.v_km[v]
        plan.mileage = km + max(1, int((opened - at) / DAY * self.v_rate[v] * rng.uniform(0.8, 1.2)))
        payer = {"事故车": "保险公司", "保修索赔": "厂家索赔", "返修": "内部", "内部": "内部"}.get(job, "客户")
        if job == "保养":
            self._maintenance(plan, payer)
        elif job == "一般维修":
            self._repair(plan, payer, slow=forced == "待料")
        elif job == "事故车":
            self._accident(plan)
        elif job == "保修索赔":
            self._warranty(plan)
        elif job == "返修":
            plan.comeback_of = comeback[0]
            self._labour(plan, comeback[1], "内部")
        else:
            if rng.random() < 0.5:
                self._labour(plan, "JC-001", "内部")
            else:
                self._maintenance(plan, "内部")
        plan.words = self._pick(WORDS[job])
        plan.team = "body" if job == "事故车" else "quick" if job == "保养" else "mech"
        # what may happen on the way
        if forced:
            plan.added = self._added_work(plan, None) if forced == "待客户确认" else None
            plan.cancel, plan.qc_fail = forced == "已取消", forced == "返工"
        else:
            plan.cancel = job in ("保养", "一般维修") and rng.random() < 0.012
            if job in ("保养", "一般维修") and (rng.random() < 0.12 or self.stats["added"] < p.min_added_work):
                plan.added = self._added_work(plan, rng.random() < 0.65)
            plan.qc_fail = rng.random() < 0.03
            plan.reversal = payer == "客户" and not plan.cancel and (
                rng.random() < p.reversal_rate or (self.stats["reversals"] < p.min_reversals and opened // DAY >= self.last_day - 3))
        waits = forced == "待料" or (not forced and rng.random() < (0.3 if job == "事故车" else 0.06))
        if not plan.added and job in ("一般维修", "事故车", "保修索赔") and waits:
            slow = [k for k, ln in enumerate(plan.lines) if ln.kind == "材料" and self.p_tier[ln.part] in "CT"
                    and not ln.by_customer]
            if slow:
                k = slow[-1]
                labour = next((ln for ln in reversed(plan.lines[:k]) if ln.kind == "工时"), None)
                if labour is not None:
                    plan.wait = (labour, plan.lines[k])
                    plan.lines[k].to_order = True
        self._timeline(plan)
        if forced:
            self._force(plan, forced)
        self._cut(plan)
        # the car's own record moves on
        self.v_km[v] = [plan.mileage, plan.opened]
        self.v_visit[v] = plan.opened
        self.v_busy[v] = plan.trans[-1][1] if plan.state in ("已交车", "已取消") else 1 << 40
        if job == "保养" and plan.state != "已取消":
            self.v_service[v] = (plan.opened, plan.mileage)
        if plan.added is not None and plan.added[3] is not None and plan.added[3] <= self.now:
            self.stats["added"] += 1
        if plan.reversal and plan.settles and plan.settles[0][2] is not None and plan.settles[0][2] <= self.now:
            self.stats["reversals"] += 1
        return plan

    def _applies(self, plan, code: str) -> bool:
        applies = self.labour[code][4]
        ev = MODELS[plan.model][2] == "EV"
        return applies == "all" or (applies == "ev") == ev

    def _labour(self, plan, code: str, payer: str, *, added=False, free=False):
        labour_id, name, hours, team, _applies, parts = self.labour[code]
        line = _Line("工时", name, hours * 10, self.rate, payer, labour=labour_id, team=team, added=added, hours=hours)
        if free:
            line.disc = line.amount
        plan.lines.append(line)
        tyres = 1000
        for key in parts:
            idx = self.part_for.get((key, plan.model))
            if idx is None:
                continue
            qty = self._part_qty(key, plan.model)
            if key == "tyre":
                tyres = qty = self._pick((1000, 1000, 2000, 2000, 4000))
            elif key == "valve":
                qty = tyres
            self._part(plan, idx, qty, payer, added=added)
        return line

    def _part(self, plan, idx: int, qty: int, payer: str, *, added=False):
        line = _Line("材料", self.p_name[idx], qty, self.p_price[idx], payer, part=idx, genuine=self.p_genuine[idx],
                     added=added)
        plan.lines.append(line)
        return line

    def _fee(self, plan, name: str, qty: int, price: int, payer: str):
        plan.lines.append(_Line("其他", name, qty, price, payer))

    def _maintenance(self, plan, payer: str) -> None:
        rng, m, km = self.rng, plan.model, plan.mileage
        packages = self.packages[m]
        if MODELS[m][2] == "EV":
            codes = packages[1 if max(1, round(km / 30000)) % 2 == 0 else 0][1]
        elif km < 7500:
            codes = packages[0][1]
        else:
            n = max(1, round(km / 10000))
            codes = packages[4 if n % 6 == 0 else 3 if n % 4 == 0 else 2 if n % 2 == 0 else 1][1]
        for code in codes:
            self._labour(plan, code, payer, free=code == "BY-009")
        for code, chance in (("BY-011", 0.35), ("BY-012", 0.15), ("BY-017", 0.45), ("BY-013", 0.06), ("BY-014", 0.05),
                             ("BY-010", 0.05), ("BY-015", 0.08)):
            if rng.random() < chance and self._applies(plan, code):
                self._labour(plan, code, payer)
        if km > 35000 and rng.random() < 0.08:
            self._labour(plan, "DP-001", payer)
        if payer == "客户" and rng.random() < 0.1:  # 会员工时折扣
            for line in plan.lines:
                if line.kind == "工时" and not line.disc:
                    line.disc = (line.amount + 5) // 10

    def _repair(self, plan, payer: str, *, slow=False) -> None:
        rng, km = self.rng, plan.mileage
        choices = [(code, weight) for code, weight, least in REPAIRS if km >= least and self._applies(plan, code)]
        codes = {rng.choices([c for c, _w in choices], [w for _c, w in choices])[0] for _ in range(self._pick((1, 1, 2, 2, 3)))}
        if slow:
            codes.add("DQ-004")
        for code in sorted(codes):
            self._labour(plan, code, payer)
        if rng.random() < 0.25 and self.tail[plan.model]:
            idx = self._pick(self.tail[plan.model])
            hours = self._pick((30, 50, 80, 100, 150))
            plan.lines.append(_Line("工时", f"更换{self.p_name[idx]}", hours * 10, self.rate, payer, team="mech",
                                    hours=hours))
            self._part(plan, idx, 1000, payer)
        if rng.random() < 0.2 and self._applies(plan, "BY-017"):
            self._labour(plan, "BY-017", payer)
        if rng.random() < 0.03:
            self._fee(plan, "外出救援费", 1000, 30000, payer)
        if rng.random() < 0.01:  # the customer brought the part
            line = plan.lines[-1]
            if line.kind == "材料":
                line.by_customer, line.price, line.amount = True, 0, 0

    def _accident(self, plan) -> None:
        rng = self.rng
        plan.insurer = self._pick(INSURERS)
        year = (self.start + dt.timedelta(days=plan.opened // DAY)).year
        plan.claim = f"{'RDAA' if plan.insurer == INSURERS[0] else 'BJ'}{year}{rng.randrange(10 ** 12):012d}"
        panels = rng.sample(PANELS, self._pick((1, 1, 2, 2, 3, 4)))
        marks = []
        for name, repair, replace, paint, (x, y) in panels:
            self._labour(plan, replace if replace and rng.random() < 0.45 else repair, "保险公司")
            self._labour(plan, paint, "保险公司")
            marks.append({"x": x, "y": y, "kind": self._pick(("凹陷", "划痕", "破裂")), "note": name})
        self._fee(plan, "油漆辅料费", len(panels) * 1000, self._pick((18000, 22000, 26000)), "保险公司")
        for code, chance in (("DQ-004", 0.15), ("BJ-009", 0.12), ("BJ-011", 0.1), ("BJ-010", 0.04)):
            if rng.random() < chance:
                self._labour(plan, code, "保险公司")
        if rng.random() < 0.25:
            self._fee(plan, "拖车费", 1000, self._pick((20000, 30000, 45000, 60000)), "保险公司")
        if rng.random() < 0.25:  # done at the same visit, paid by the owner
            self._labour(plan, "BY-001" if self._applies(plan, "BY-001") else "BY-003", "客户")
        plan.damage = json.dumps(marks, ensure_ascii=False)

    def _warranty(self, plan) -> None:
        rng = self.rng
        codes = [c for c in ("FDJ-003", "FDJ-002", "FDJ-004", "FDJ-008", "DQ-006", "DQ-004", "KT-002", "DQ-009", "DQ-008")
                 if self._applies(plan, c)]
        for code in rng.sample(codes, self._pick((1, 1, 2))):
            self._labour(plan, code, "厂家索赔")
        if rng.random() < 0.3:
            self._maintenance(plan, "客户")

    def _added_work(self, plan, agreed):
        """维修追加项目: [code, description, agreed (None while waiting), raised minute, answer minute]."""
        present = {line.labour for line in plan.lines}
        options = [(c, d) for c, d in ADDED_WORK if self._applies(plan, c) and self.labour[c][0] not in present]
        if not options:
            return None
        code, text = self._pick(options)
        self._labour(plan, code, "客户", added=True)
        return [code, text, agreed, None, None]

    def _timeline(self, plan) -> None:
        """Every status change the order would go through, with its minute and who made it."""
        rng = self.rng
        r = self._r
        advisor, trans = plan.advisor, plan.trans
        dispatcher, inspector = self._pick(self.dispatchers), self._pick(self.inspectors)
        labour = [line for line in plan.lines if line.kind == "工时" and not line.added]
        hours = sum(line.hours for line in labour)
        plan.promised = _work(plan.opened + 30, hours * 72 // 100 + 60)
        if plan.job == "事故车":
            plan.promised = _work(plan.promised, DAY // 3 * r(1, 3))
        signed = plan.opened + r(5, 20)
        trans.append(("待派工", signed, advisor, ""))
        if plan.cancel:
            trans.append(("已取消", signed + r(10, 90), advisor, "客户取消维修"))
            return
        plan.handed = -(-(signed + r(5, 25)) // 10) * 10
        start = _work(plan.handed, r(1, 40))
        trans.append(("维修中", start, dispatcher, ""))
        cur = start + r(2, 8)
        for line in plan.lines:
            if line.kind == "材料" and not line.added and not line.by_customer and not line.to_order:
                line.issue_at = cur
        queue = list(labour)
        k = 0
        while k < len(queue):
            line = queue[k]
            if plan.wait and line is plan.wait[0]:
                trans.append(("待料", cur, dispatcher, f"等待备件：{plan.wait[1].desc}"))
                cur = _work(cur, r(570, 2280) if plan.job == "事故车" else r(180, 1500))
                trans.append(("维修中", cur, dispatcher, "备件到货"))
                plan.wait[1].issue_at = cur
            line.start = cur
            cur = _work(cur, max(10, int(line.hours * 0.6 * rng.uniform(0.8, 1.25))))
            line.finish = cur
            if k == 0 and plan.added:
                added = plan.added
                raiser = self._pick(self.dispatchers + self.inspectors)
                added[3] = cur + 1
                trans.append(("待客户确认", cur + 1, raiser, added[1]))
                cur = added[4] = cur + r(10, 60)
                agreed = added[2] is not False
                trans.append(("维修中", cur, advisor, "客户同意追加项目" if agreed else "客户拒绝追加项目"))
                cur += 8
                for extra in plan.lines:
                    if extra.added and agreed:
                        if extra.kind == "工时":
                            queue.append(extra)
                        elif not extra.by_customer:
                            extra.issue_at = cur - r(1, 6)
            k += 1
        if not queue:
            cur += 20
        trans.append(("质检", cur, dispatcher, "完工报检"))
        check = cur + r(10, 40)
        if plan.qc_fail:
            reason = self._pick(QC_FAILS)
            plan.qcs.append((check, False, reason, inspector[0]))
            trans.append(("返工", check, inspector, reason))
            redo = _work(check, r(30, 120))
            trans.append(("质检", redo, dispatcher, "返工完成"))
            check = redo + r(10, 30)
        plan.qcs.append((check, True, "", inspector[0]))
        trans.append(("完工", check, inspector, ""))
        draw = self.random()  # when the customer comes to collect
        if plan.forced:  # today's showcase orders all fit into today
            settle = check + r(20, 60)
        elif plan.job == "事故车":
            settle = _work(check, r(60, 1200))
        elif check % DAY < 16 * 60 + 30 and draw < 0.5:
            settle = check + r(20, 90)
        elif check % DAY < 17 * 60 and draw < 0.85:
            settle = check // DAY * DAY + r(17 * 60, 18 * 60 + 30)  # after work
        else:
            settle = (check // DAY + 1) * DAY + OPEN_AT + r(0, 240)
        cashier = self._pick(self.cashiers)
        if plan.reversal:
            back = settle + r(5, 15)
            trans.append(("已结算", settle, cashier, ""))
            trans.append(("完工", back, self.manager, "结算冲销：结算项目有误，重新结算"))
            plan.settles.append((settle, cashier, back))
            settle = back + r(3, 10)
        plan.settles.append((settle, cashier, None))
        trans.append(("已结算", settle, cashier, ""))
        trans.append(("已交车", settle + r(5, 20), advisor, ""))

    def _force(self, plan, state: str) -> None:
        """Slide the whole plan in time so that at 15:00 today the order stands in `state`."""
        trans = plan.trans
        if state == "草稿":
            entry, following = plan.opened, trans[0][1] if trans else None
        else:
            k = next((i for i, t in enumerate(trans) if t[0] == state), None)
            if k is None:  # the plan could not take that path after all: it runs its natural course
                return
            entry, following = trans[k][1], trans[k + 1][1] if k + 1 < len(trans) else None
        gap = self._r(5, 40)
        if following is not None:
            gap = max(1, min(gap, (following - entry) // 2))
        delta = self.now - gap - entry
        plan.opened += delta
        plan.promised += delta
        if plan.handed is not None:
            plan.handed += delta
        plan.trans = [(s, minute + delta, user, note) for s, minute, user, note in trans]
        for line in plan.lines:
            for name in ("start", "finish", "issue_at"):
                if getattr(line, name) is not None:
                    setattr(line, name, getattr(line, name) + delta)
        plan.qcs = [(minute + delta, *rest) for minute, *rest in plan.qcs]
        plan.settles = [(minute + delta, cashier, back if back is None else back + delta) for minute, cashier, back in plan.settles]
        if plan.added:
            plan.added[3:5] = [None if x is None else x + delta for x in plan.added[3:5]]

    def _cut(self, plan) -> None:
        """Keep what happened by 15:00 today; the order's status is the last change kept."""
        now, trans = self.now, plan.trans
        kept = 0
        while kept < len(trans) and trans[kept][1] <= now:
            kept += 1
        del trans[kept:]
        plan.state = trans[-1][0] if trans else "草稿"
        plan.qcs = [qc for qc in plan.qcs if qc[0] <= now]
        plan.settles = [s for s in plan.settles if s[0] <= now]
        if plan.state == "已交车":
            plan.delivered = trans[-1][1]

    # -- writing one order ------------------------------------------------------------------
    def _emit(self, plan) -> None:
        rng, now, ts = self.rng, self.now, self._ts
        day = plan.opened // DAY
        order_id = plan.id = self._id(WorkOrder)
        number = plan.number = self._number("work_order", day)
        v, state = plan.vehicle, plan.state
        vehicle_id, customer_id = self.v_id[v], self.c_id[plan.customer]
        first = {}
        for to_state, minute, _user, _note in plan.trans:
            first.setdefault(to_state, minute)
        dispatched = "维修中" in first
        past_qc = "完工" in first
        crews = {}

        def crew(kind):
            if kind not in crews:
                crews[kind] = self._pick(self.crews[kind])
            return crews[kind]

        main = crew(plan.team)
        added = plan.added
        raised = added is not None and added[3] is not None and added[3] <= now
        answered = raised and added[4] is not None and added[4] <= now
        agreed = answered and added[2] is not False
        lines = []
        for line in plan.lines:
            if line.added and not raised:
                line.status = "已取消"  # not found yet at 15:00 today: no line on the order
            else:
                self._line_state(plan, line, answered, agreed, dispatched, past_qc, crew, state != "已取消")
                lines.append(line)
        active = [line for line in lines if line.status not in ("已取消", "待确认")]
        estimate = sum(line.amount - line.disc for line in active)
        signed = sum(line.amount - line.disc for line in lines if not line.added) if "待派工" in first else 0
        if plan.job == "保修索赔" and past_qc:
            plan.claim = self._number("claim", first["完工"] // DAY)
        appointment_id = self._appointment_for(plan) if plan.appointment is not None else None
        settled = plan.settles[-1][0] if state in ("已结算", "已交车") else None
        checked = plan.opened + (plan.promised - plan.opened) * 3 // 4
        finish = first.get("质检")
        checked = checked if checked <= now and (finish is None or checked < finish) else None
        late = (finish if finish is not None else now) > plan.promised
        delay_reason = ("等待备件到货" if plan.wait else "客户同意追加项目" if agreed else "维修工作量超出预估") if late else ""
        delay_told = max(plan.opened + 30, plan.promised - self._r(30, 90)) if late else None
        notified = first["完工"] + self._r(5, 30) if past_qc else None
        handover = settled - self._r(2, 8) if settled else None
        last_user = plan.trans[-1][2] if plan.trans else plan.advisor
        updated = plan.trans[-1][1] if plan.trans else plan.opened
        self.w_order.add((
            order_id, number, customer_id, vehicle_id, plan.advisor[0], appointment_id, plan.comeback_of, plan.job,
            state, "项目定价" if plan.job in ("保养", "内部") else "系统估价" if plan.job == "事故车" else self._pick(("项目定价", "现象估价")),
            plan.mileage, rng.randrange(10, 101, 5), f"K{order_id % 80 + 1:02d}",
            self._pick(BELONGINGS), plan.damage or "[]", plan.words, self._findings(plan),
            any(line.by_customer for line in lines), rng.random() < 0.15, rng.random() < 0.8,
            ts(plan.promised), estimate, signed, ts(plan.opened), ts(first.get("待派工")),
            ts(plan.handed) if dispatched else None, main[1] if dispatched else "", ts(finish),
            ts(first.get("完工")), ts(settled), ts(plan.delivered), self._pick(self.bays[plan.team]) if dispatched else None,
            plan.insurer, plan.claim, ts(checked), delay_reason, ts(delay_told if delay_told and delay_told <= now else None),
            ts(notified if notified and notified <= now else None), ts(handover), len(plan.trans) + 1, ts(updated),
            last_user[1]))
        previous = "草稿"
        for to_state, minute, user, note in plan.trans:
            self.w_status.add((self._id(StatusChange), order_id, previous, to_state, ts(minute), user[0], note))
            previous = to_state
        self.w_mileage.add((self._id(MileageReading), vehicle_id, plan.mileage, ts(plan.opened), number))
        self._resolve_suggestions(v, order_id)
        added_id = None
        if raised:
            added_id = self._id(AddedWork)
            raiser = next(t[2] for t in plan.trans if t[0] == "待客户确认")
            self.w_added.add((added_id, order_id, added[1], raiser[0], ts(added[3]), self._pick((20, 30, 45, 60, 90)),
                              ("同意" if agreed else "拒绝") if answered else "待答复",
                              self.c_name[plan.customer] if answered else "", self._pick(("电话", "微信", "当面")) if answered else "",
                              ts(added[4]) if answered else None, plan.advisor[0] if answered else None,
                              main[1] if answered else "", 2 if answered else 1, ts(added[4] if answered else added[3]),
                              plan.advisor[1] if answered else raiser[1]))
            if answered and not agreed:
                self._suggest(v, order_id, added[1], added[4])
        for position, line in enumerate(lines, 1):
            self._write_line(plan, line, position, order_id, added_id)
        if plan.job == "保修索赔" and past_qc:
            self._warranty_claim(plan, first["完工"])
        for minute, passed, reason, inspector in plan.qcs:
            self._event(minute, 1, (order_id, passed, reason, inspector))
        for k in range(len(plan.settles)):
            self._event(plan.settles[k][0], 2, (plan, k))
        if state == "待料":
            self._open_purchase(plan)
        plan.kind = guarantee.suggest_kind(plan.job, [line.desc for line in active if line.kind == "工时"],
                                           redone_kind=plan.kind or None)
        if state == "已交车":
            if plan.job != "内部":
                self._follow_ups(plan, estimate)
            self.delivered.append((plan.delivered, order_id, plan.customer, v))
            if len(self.delivered) > 400:
                del self.delivered[:200]
            if plan.job in ("一般维修", "保修索赔"):
                main_labour = next((line for line in lines if line.kind == "工时" and line.labour), None)
                if main_labour is not None:
                    self.comeback_pool.append((plan.delivered, order_id, v, self.labour_code[main_labour.labour],
                                               plan.kind))
        self.stats["orders"] += 1

    def _line_state(self, plan, line, answered, agreed, dispatched, past_qc, crew, live) -> None:
        """Where the line stands at 15:00 today: status, who has it, what was issued to it."""
        now = self.now
        line.tech = line.bay = line.team_id = line.started = line.finished = None
        line.pause, line.issued = "", 0
        if not live or (line.added and answered and not agreed):
            status = "已取消"
        elif line.added and not answered:
            status = "待确认"
        elif not dispatched:
            status = "待派工"
        elif line.kind == "工时":
            team_id, _leader, techs = crew(line.team)
            line.team_id, line.tech, line.bay = team_id, self._pick(techs), self._pick(self.bays[line.team])
            if line.start is not None and line.start <= now:
                line.started = line.start
                line.finished = line.finish if line.finish <= now else None
            if past_qc or line.finished is not None:
                status = "完工"
            elif line.started is not None:
                status = "维修中"
            elif plan.wait and line is plan.wait[0] and plan.state == "待料":
                status, line.pause = "暂停", "待料"
            else:
                status = "待派工"
        elif line.kind == "材料" and not line.by_customer:
            if line.issue_at is not None and line.issue_at <= now:
                line.issued, status = line.qty, "完工"
            else:
                status = "待派工"
        else:
            status = "完工" if past_qc else "维修中"
        line.status = status

    def _write_line(self, plan, line, position, order_id, added_id) -> None:
        ts = self._ts
        line.id = self._id(WorkOrderLine)
        started, finished = line.started, line.finished
        dispatched = None
        if line.team_id is not None:
            dispatched = min(line.start, (plan.added[4] if line.added else plan.handed) + self._r(1, 10))
        version = 1 + (dispatched is not None) + (started is not None) + (finished is not None)
        updated = finished or started or (line.issue_at if line.issued else None) or dispatched or plan.opened
        self.w_line.add((line.id, order_id, line.kind, position, line.labour,
                         self.p_id[line.part] if line.part is not None else None, line.desc, line.qty, line.price,
                         line.amount, line.disc, line.payer, line.by_customer, line.genuine, line.to_order,
                         added_id if line.added else None, line.status, line.pause, line.team_id, line.tech, line.bay,
                         line.issued, ts(dispatched), self._pick(self.dispatchers)[1] if dispatched else "", ts(started),
                         ts(finished), version, ts(updated), plan.advisor[1]))
        if started is not None:
            self.w_clock.add((self._id(Clocking), line.id, line.tech, ts(started), ts(finished)))
        if line.issued:
            self._schedule_issue(line, order_id)
        elif line.kind == "材料" and line.status == "待派工" and plan.handed is not None and "维修中" in \
                (t[0] for t in plan.trans) and not line.by_customer:
            requested = min(self.now, line.issue_at or (plan.wait[0].start if plan.wait else None) or plan.handed)
            self.w_pick.add((self._id(PickRequest), line.id, line.qty, self._pick(self.dispatchers)[0], ts(requested),
                             "待发料"))

    def _schedule_issue(self, line, order_id) -> None:
        """The line's parts leave the warehouse: mostly at once; sometimes in two goes, or one too many
        taken and brought back (退库)."""
        rng, now = self.rng, self.now
        whole = self.p_whole[line.part]
        ordered = line.to_order
        if whole and line.qty >= 2000 and rng.random() < 0.12 and line.issue_at + 60 <= now:
            self._event(line.issue_at, 0, (order_id, line.id, line.part, line.qty - 1000, ordered))
            self._event(line.issue_at + self._r(10, 60), 0, (order_id, line.id, line.part, 1000, False))
        elif whole and not ordered and rng.random() < 0.02 and line.issue_at + 120 <= now:
            self.issued_value[line.id] = None
            self._event(line.issue_at, 0, (order_id, line.id, line.part, line.qty + 1000, False))
            self._event(line.issue_at + self._r(20, 120), 0, (order_id, line.id, line.part, -1000, False))
        else:
            self._event(line.issue_at, 0, (order_id, line.id, line.part, line.qty, ordered))

    def _warranty_claim(self, plan, passed: int) -> None:
        """索赔单 to the manufacturer for the warranty share, on the main warranty line."""
        now, ts = self.now, self._ts
        lines = [line for line in plan.lines if line.payer == "厂家索赔" and line.status != "已取消"]
        amount = sum(line.amount - line.disc for line in lines)
        claim_line = next((line for line in lines if line.kind == "材料"), lines[0])
        submitted = _work(passed, self._r(60, 1200))
        approved, repaid = submitted + self._r(5, 15) * DAY, submitted + self._r(30, 90) * DAY
        status = "已回款" if repaid <= now else "已批准" if approved <= now else "已提交" if submitted <= now else "待提交"
        self.w_claim.add((self._id(WarrantyClaim), plan.claim, claim_line.id, f"JP{plan.id:08d}", status, amount,
                          amount if status == "已回款" else 0, ts(submitted) if submitted <= now else None, "",
                          {"待提交": 1, "已提交": 2, "已批准": 3, "已回款": 4}[status],
                          ts(min(now, max(passed, submitted))), self.carers[0][1]))
        plan.repaid = repaid

    def _findings(self, plan) -> str:
        if plan.job == "事故车":
            return f"{plan.insurer}已定损，按定损单维修"
        if plan.job == "保养":
            return f"里程 {plan.mileage} 公里，按保养手册进行保养"
        names = [line.desc for line in plan.lines if line.kind == "工时" and not line.added][:2]
        return "检查后需" + "、".join(names) if names else ""

    # -- around the order: appointments, suggestions, open purchases ---------------------------
    def _appointment_for(self, plan) -> int:
        slot = plan.appointment
        made = (slot // DAY - self._r(1, 5)) * DAY + self._r(9 * 60, 17 * 60)
        reminded = (slot // DAY - 1) * DAY + self._r(16 * 60, 18 * 60)
        return self._appointment(plan.vehicle, slot, made, "已到店", plan.job, plan.words, plan.advisor,
                                 reminded if reminded > made else None, plan.team)

    def _appointment(self, v, slot, made, status, job, request, advisor, reminded, team, parts=("", 0)) -> int:
        appointment_id = self._id(Appointment)
        self.w_appointment.add((appointment_id, self._number("appointment", made // DAY), self.c_id[self.v_owner[v]],
                                self.v_id[v], advisor[0], self._pick(self.bays[team]), self._ts(slot),
                                self._ts(slot + self._pick((60, 90, 120))), job, request, status,
                                self._ts(reminded), parts[0], parts[1], parts[1] // 2, self._ts(made),
                                2 if status != "已预约" else 1,
                                self._ts(max(made, min(slot, self.now)) if status != "已预约" else made), advisor[1]))
        self.stats["appointments"] += 1
        return appointment_id

    def _missed_appointments(self, day: int, orders: int) -> None:
        """Some appointments never turn into an order: cancelled, or the customer did not come."""
        rng = self.rng
        rate = orders * 0.04
        for _ in range(int(rate) + (rng.random() < rate - int(rate))):
            v = self._pick_vehicle(day * DAY + 9 * 60)
            if v is None:
                continue
            slot = day * DAY + self._pick(range(OPEN_AT, 16 * 60 + 1, 30))
            if slot > self.now:
                continue
            made = slot - self._r(1, 5) * DAY + self._r(-60, 60)
            self._appointment(v, slot, made, self._pick(("未到", "已取消")), "保养", self._pick(WORDS["保养"]),
                              self._pick(self.advisors), slot - DAY + 16 * 60 if rng.random() < 0.7 else None, "quick")

    def _future_appointments(self) -> None:
        """What reception sees for the rest of today and for tomorrow."""
        rng, day = self.rng, self.last_day
        for offset in (0, 1):
            for k in range(self.p.future_appointments):
                v = self._pick_vehicle(self.now)
                if v is None or (offset == 1 and k == 0 and MODELS[self.v_model[v]][2] == "EV"):
                    continue
                first = NOW_AT + 30 if offset == 0 else OPEN_AT
                slot = (day + offset) * DAY + self._pick(range(first, 17 * 60 + 1, 30))
                made = min(self.now - 30, (day - self._r(0, 3)) * DAY + self._r(9 * 60, 17 * 60))
                reminded = (day - 1) * DAY + self._r(16 * 60, 18 * 60) if offset == 0 else \
                    (day * DAY + self._r(10 * 60, 14 * 60) if rng.random() < 0.5 else None)
                job = self._pick(("保养", "保养", "一般维修"))
                # one car comes for a costly part ordered in advance: half its value paid as a deposit
                parts = ("双离合器总成 ×1（已订货）", 880000) if offset == 1 and k == 0 else ("", 0)
                words = "更换双离合器总成，备件已订，已交定金" if parts[1] else self._pick(WORDS[job])
                job = "一般维修" if parts[1] else job
                advisor = self._pick(self.advisors)
                self.v_busy[v] = slot  # one booking per car
                appointment_id = self._appointment(v, slot, made, "已预约", job, words, advisor,
                                                   reminded if reminded and reminded > made else None,
                                                   "quick" if job == "保养" else "mech", parts)
                if parts[1]:
                    self.w_payment.add((self._id(Payment), None, appointment_id, "微信", parts[1] // 2, 0,
                                        f"W{appointment_id:08d}", self._ts(made), self._date(made // DAY),
                                        self.cashiers[0][0]))
                    self._paid(made // DAY, self.cashiers[0][1], "微信", parts[1] // 2)
                    self._figures(made // DAY).deposits[0] += parts[1] // 2

    def _suggest(self, v: int, order_id: int, text: str, minute: int) -> None:
        self.suggestions.setdefault(v, []).append((self._id(Suggestion), self.v_id[v], order_id, text, self._ts(minute)))

    def _resolve_suggestions(self, v: int, order_id: int) -> None:
        """A declined item is often done on the next visit."""
        for row in self.suggestions.pop(v, ()):
            self.w_suggestion.add(row + (order_id if self.rng.random() < 0.5 else None,))

    def _open_purchase(self, plan) -> None:
        """The part the car waits for is on order with the manufacturer."""
        line = plan.wait[1]
        ordered = next(t[1] for t in plan.trans if t[0] == "待料")
        keeper_id, keeper = self.storekeepers[0]
        po_id = self._id(PurchaseOrder)
        self.w_po.add((po_id, self._number("purchase", ordered // DAY), self.p_supplier[line.part], "已下单",
                       self._ts(ordered), keeper_id, self._ts(ordered), f"急件：工单 {plan.number}", 1,
                       self._ts(ordered), keeper))
        self.w_po_line.add((self._id(PurchaseOrderLine), po_id, self.p_id[line.part], line.qty, 0,
                            self.p_base[line.part]))

    # -- after delivery: follow-up calls and complaints ---------------------------------------
    def _follow_ups(self, plan, total: int) -> None:
        rng = self.rng
        due = plan.delivered // DAY + 2
        for round_ in (1, 2):
            follow_id = self._id(FollowUp)
            if due < self.last_day:
                carer = self._pick(self.carers)
                called = due * DAY + self._r(9 * 60 + 30, 17 * 60 + 30)
                draw = rng.random()
                if draw < 0.9:
                    score = self._weighted((5, 4, 3, 2, 1), (70, 92, 98, 99.5, 100))
                    answers = ANSWERS[(score, rng.random() < 0.2, rng.random() < 0.3)]
                    remark = "" if score >= 4 else self._pick(("对等待时间不满意", "觉得价格偏高", "问题未彻底解决"))
                    row = (follow_id, plan.id, round_, self._date(due), "已回访", self._pick((1, 1, 2)),
                           total >= 500000, answers, score, remark, carer[0], self._ts(called))
                    if score <= 2 and rng.random() < self.p.complaint_rate:
                        self._complaint(plan.customer, plan.vehicle, plan.id, called, "回访")
                else:
                    row = (follow_id, plan.id, round_, self._date(due), "未接通" if draw < 0.97 else "放弃", 3,
                           total >= 500000, "", None, "三次未接通", carer[0], self._ts(called))
                self.w_followup.add(row + (2, self._ts(called), carer[1]))
            else:
                self.w_followup.add((follow_id, plan.id, round_, self._date(due), "待回访", 0, total >= 500000, "", None,
                                     "", None, None, 1, self._ts(plan.delivered), plan.advisor[1]))
            due += 7
        if rng.random() < 0.002:
            called = _work(plan.delivered, self._r(600, 3000))
            if called <= self.now:
                self._complaint(plan.customer, plan.vehicle, plan.id, called, "电话")

    def _complaint(self, customer: int, v: int, order_id: int, received: int, source: str) -> None:
        now = self.now
        owner = self._pick(self.carers + [self.manager])
        answered = received + self._r(120, 2400)
        revisit = answered + self._r(1, 4) * DAY
        if answered > now:
            status, answered, revisit, answer, verdict = "处理中", None, None, "", ""
        else:
            answer = self._pick(("已向客户致歉，免费复检并赠送一次保养工时", "已核实并退还多收费用", "已安排技师免费返修",
                                 "已对相关人员进行培训并向客户说明"))
            status, verdict = ("已关闭", self._pick(("满意", "满意", "基本满意", "不满意"))) if revisit <= now else ("已答复", "")
        self.w_complaint.add((self._id(Complaint), self._number("complaint", received // DAY), self.c_id[customer],
                              self.v_id[v], order_id, source, self._pick(COMPLAINTS), owner[0], self._ts(received),
                              self._ts(received + 2 * DAY), answer, self._ts(answered), verdict, status,
                              self._ts(revisit) if revisit is not None and revisit <= now else None,
                              {"处理中": 1, "已答复": 2, "已关闭": 3}[status],
                              self._ts(revisit if status == "已关闭" else answered or received), owner[1]))
        self.stats["complaints"] += 1

    # -- the day's events: QC records and settlements -------------------------------------------
    def _qc(self, minute: int, order_id: int, passed: bool, reason: str, inspector: int) -> None:
        day = minute // DAY
        self.w_qc.add((self._id(QualityCheck), order_id, inspector, self._ts(minute), passed,
                       QC_CHECKLIST, reason, self._number("certificate", day) if passed else ""))

    def _settle(self, minute: int, plan, k: int) -> None:
        """结算 as storage.cashier.settle makes it (k = 1 after a reversal of settlement 0)."""
        rng, now, ts = self.rng, self.now, self._ts
        _at, cashier, back = plan.settles[k]
        day = minute // DAY
        lines = [line for line in plan.lines if line.status not in ("已取消", "待确认")]
        customer = [line for line in lines if line.payer == "客户"]
        bill = 0
        if customer and rng.random() < 0.08:  # 抹零: the odd yuan under ten off the customer's bill
            bill = sum(line.amount - line.disc for line in customer) % 1000
        shares = dict(zip(map(id, customer), _allocate(bill, [line.amount - line.disc for line in customer])))
        totals, dues = Counter(), Counter()
        for line in lines:
            totals[line.kind] += line.amount
            discount = line.disc + shares.get(id(line), 0)
            totals["discount"] += discount
            totals["advisor"] += line.disc
            dues[line.payer] += line.amount - discount
        total = sum(dues.values())
        live = back is None or back > now
        settlement_id = self._id(Settlement)
        days, km = self.periods[plan.kind]
        number = self._number("settlement", day)
        self.w_settlement.add((
            settlement_id, number, plan.id, "有效" if live else "已冲销", totals["工时"],
            totals["材料"], totals["其他"], totals["discount"], bill, total, dues["客户"], dues["保险公司"],
            dues["厂家索赔"], dues["内部"], cashier[0], self.manager[0] if totals["advisor"] > 10000 else None,
            plan.kind, days, km, ts(minute), self._date(day), None if live else cashier[0],
            None if live else self.manager[0], None if live else ts(back),
            "" if live else "结算项目有误，重新结算", plan.id if live else None,
            1 if live else 2, ts(minute if live else back), cashier[1]))
        f = self._figures(day)
        for key, value in (("count", 1), ("total", total), ("labour", totals["工时"]), ("parts", totals["材料"]),
                           ("fees", totals["其他"]), ("discount", totals["discount"]), ("customer", dues["客户"]),
                           ("insurer", dues["保险公司"]), ("warranty", dues["厂家索赔"]), ("internal", dues["内部"])):
            f.settled[key] += value
        if totals["discount"] > 0:
            f.discounts.append((settlement_id, number, totals["discount"], bill, cashier[1],
                                self.manager[1] if totals["advisor"] > 10000 else ""))
        if not live:
            self._figures(back // DAY).voids.append((back, settlement_id, number, total, dues["客户"],
                                                     "结算项目有误，重新结算", ts(back), cashier[1], self.manager[1]))
        order = {"工时": 0, "材料": 1, "其他": 2}
        for position, line in enumerate(sorted(lines, key=lambda ln: order[ln.kind]), 1):
            by_customer = line.kind == "材料" and line.by_customer
            code = self.p_number[line.part] if line.part is not None else self.labour_code.get(line.labour, "")
            unit = self.p_unit[line.part] if line.part is not None else "小时" if line.kind == "工时" else "项"
            share = shares.get(id(line), 0)
            self.w_settlement_line.add((self._id(SettlementLine), settlement_id, position, line.id, line.kind, code,
                                        line.desc, line.qty, unit, line.price, line.amount, line.disc + share, share,
                                        line.payer, not by_customer, guarantee.CUSTOMER_SUPPLIED if by_customer else ""))
        paid = self._payments(settlement_id, minute, dues["客户"], plan, cashier, None)
        if not live:
            self._payments(settlement_id, back, dues["客户"], plan, cashier, paid)
            return
        if dues["保险公司"]:
            collected = _work(minute + self._r(20, 75) * DAY, self._r(0, 400))
            self._receivable(settlement_id, minute, "保险公司", plan.insurer, plan.claim, dues["保险公司"], collected)
        if dues["厂家索赔"]:
            self._receivable(settlement_id, minute, "厂家索赔", self.brand, plan.claim, dues["厂家索赔"], plan.repaid)

    def _payments(self, settlement_id, minute, due, plan, cashier, refund):
        """Take (or, for a reversal, give back) the customer's share; sometimes split over two methods."""
        if due <= 0:
            return []
        rng = self.rng
        if refund is None:
            if self.c_kind[plan.customer] == "单位" and rng.random() < 0.7:
                parts = [("转账", due)]
            elif due > 50000 and rng.random() < 0.12:
                cash = min(due - 100, self._pick((20000, 30000, 50000)))
                parts = [("现金", cash), (self._pick(("微信", "支付宝", "银行卡")), due - cash)]
            else:
                parts = [(self._weighted(("微信", "支付宝", "银行卡", "现金"), (45, 65, 90, 100)), due)]
            parts = [(method, amount, "" if method == "现金" else f"{method[:1]}{settlement_id:08d}{n}")
                     for n, (method, amount) in enumerate(parts)]
        else:
            parts = [(method, -amount, reference) for method, amount, reference in refund]
        day = minute // DAY
        for method, amount, reference in parts:
            tendered = -(-amount // 10000) * 10000 if method == "现金" and amount > 0 else 0
            self.w_payment.add((self._id(Payment), settlement_id, None, method, amount, tendered, reference,
                                self._ts(minute), self._date(day), cashier[0]))
            self._paid(day, cashier[1], method, amount)
        return parts

    def _receivable(self, settlement_id, minute, kind, debtor, claim, amount, paid) -> None:
        """挂账, collected (回款) when the insurer or the manufacturer paid before today."""
        receivable_id = self._id(Receivable)
        collected = paid is not None and paid <= self.now
        self.w_receivable.add((receivable_id, settlement_id, kind, debtor, claim, amount,
                               amount if collected else 0, "已收" if collected else "未收", self._ts(minute),
                               2 if collected else 1, self._ts(paid if collected else minute), self.cashiers[0][1]))
        f = self._figures(minute // DAY)
        f.opened[kind] += amount
        f.opened_count[kind] += 1
        if collected:
            self.w_collection.add((self._id(Collection), receivable_id, amount, self._ts(paid),
                                   self._date(paid // DAY), f"回款 {claim}", self.cashiers[0][0]))
            f = self._figures(paid // DAY)
            f.collected[kind] += amount
            f.collected_count[kind] += 1

    def _paid(self, day: int, cashier: str, method: str, amount: int) -> None:
        f = self._figures(day)
        f.methods[method] += amount
        f.method_count[method] += 1
        f.cashiers.setdefault(cashier, Counter())[method] += amount

    # -- closing the books ------------------------------------------------------------------
    def finish(self, admin) -> None:
        self.progress(0.9, "生成保养提醒与日结记录")
        for rows in self.suggestions.values():
            for row in rows:
                self.w_suggestion.add(row + (None,))
        self.suggestions = {}
        self._ensure_complaints()
        self._reminders()
        self.sink.flush()
        self.progress(0.93, "更新车辆与库存汇总")
        param = self.db.param
        self._execute_many(f'UPDATE "vehicle" SET "owner_id" = {param}, "last_mileage" = {param}, "last_visit_at" = {param} '
                           f'WHERE "id" = {param}',
                           [(self.c_id[self.v_owner[v]], self.v_km[v][0], self._ts(self.v_visit[v]), self.v_id[v])
                            for v in range(len(self.v_id))])
        self._execute_many(f'UPDATE "ownership" SET "until" = {param} WHERE "id" = {param}', self.ownership_ends)
        rows = []
        for idx in range(len(self.p_id)):
            safety, target = self._levels(idx)
            rows.append((self.p_on[idx], self.p_value[idx], self.p_cost[idx], safety, max(1000, target - safety),
                         self._ts(self.p_last[idx]), self.p_id[idx]))
        self._execute_many(f'UPDATE "part" SET "on_hand" = {param}, "stock_value" = {param}, "cost" = {param}, '
                           f'"safety_stock" = {param}, "reorder_qty" = {param}, "last_movement_at" = {param} '
                           f'WHERE "id" = {param}', rows)
        self._day_closes()
        # numbering.next_number carries on from here, so the program never hands out a number twice
        self._execute_many(f'INSERT INTO "document_counter" ("kind", "day", "last") VALUES ({param}, {param}, {param}) '
                           f'ON CONFLICT ("kind", "day") DO UPDATE SET "last" = excluded."last"',
                           [(kind, day, last) for (kind, day), last in sorted(self.counters.items())])
        if not self.sink.sqlite:
            for model, buffer in self.sink.buffers.items():
                table = model._meta.table_name
                self.db.execute_sql(f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                                    f"(SELECT COALESCE(MAX(id), 1) FROM \"{table}\"))")
        from .audit import record

        record(admin, "demo.generate", ("Store", ""), note=json.dumps(self.sink.counts(), ensure_ascii=False))

    def _execute_many(self, sql: str, rows) -> None:
        cursor = self.db.cursor()
        if self.sink.sqlite:
            cursor.executemany(sql, rows)
        else:  # many statements per round trip
            from psycopg2.extras import execute_batch

            execute_batch(cursor, sql, rows, page_size=1000)

    def _ensure_complaints(self) -> None:
        for delivered, order_id, customer, v in reversed(self.delivered[-50:]):
            if self.stats["complaints"] >= self.p.min_complaints:
                break
            received = min(self.now - self._r(10, 600), delivered + self._r(120, 2 * DAY))
            if received > delivered:
                self._complaint(customer, v, order_id, received, self._pick(("电话", "前台")))

    def _reminders(self) -> None:
        """保养 reminders from each car's last service; insurance and inspection when they come near."""
        today = self.last_day
        for v in range(len(self.v_id)):
            if self.v_owner[v] == 0:
                continue
            step_km, months = self.service[self.v_model[v]]
            minute, km = self.v_service[v]
            current, at = self.v_km[v]
            due_km = km + step_km
            due = min(minute // DAY + round(months * 30.4), at // DAY + int(max(0, due_km - current) / self.v_rate[v]))
            self._reminder(v, "保养", due, due_km)
            for kind, date in zip(("保险到期", "年审"), self.v_dues[v]):
                days = (date - self.today).days
                if days <= 30:
                    self._reminder(v, kind, today + days, None)

    def _reminder(self, v, kind, due, due_km) -> None:
        stage, reminded = 0, None
        for number, ahead in ((1, 14), (2, 2)):
            moment = (due - ahead) * DAY + 10 * 60
            if moment <= self.now:
                stage, reminded = number, moment
        self.w_reminder.add((self._id(Reminder), self.v_id[v], kind, self._date(due), due_km, stage,
                             self._ts(reminded), False))

    def _day_closes(self) -> None:
        """日结: every business day before today was closed at 19:00, its summary the figures
        storage.cashier.day_end.day_figures gives (tests compare them), counted as rows were written
        rather than queried back 3,650 times."""
        money = lambda fen: Decimal(fen).scaleb(-2)  # noqa: E731
        zero = money(0)
        for day in range(self.last_day):
            f = self.figures.get(day) or _DayFigures()
            methods = [{"method": m, "amount": money(f.methods[m]), "count": f.method_count[m]}
                       for m in sorted(f.methods, key=lambda m: PAYMENT_METHODS.index(m))]
            cashiers = []
            for name in sorted(f.cashiers):
                paid = f.cashiers[name]
                cashiers.append({"cashier": name, "methods": {m: money(a) for m, a in paid.items()},
                                 "takings": sum((money(a) for m, a in paid.items() if m not in NOT_TAKINGS), zero)})
            discounts = [{"number": n, "discount": money(d), "bill_discount": money(b), "cashier": c, "approved_by": a}
                         for _id, n, d, b, c, a in sorted(f.discounts)]
            figures = {
                "day": self.start + dt.timedelta(days=day),
                "settlements": {key: (f.settled[key] if key == "count" else money(f.settled[key])) for key in
                                ("count", "total", "labour", "parts", "fees", "discount", "customer", "insurer",
                                 "warranty", "internal")},
                "methods": methods,
                "takings": sum((m["amount"] for m in methods if m["method"] not in NOT_TAKINGS), zero),
                "cashiers": cashiers,
                "deposits": {"received": money(f.deposits[0]), "refunded": money(f.deposits[1])},
                "receivables_opened": [{"debtor_kind": k, "amount": money(a), "count": f.opened_count[k]}
                                       for k, a in sorted(f.opened.items())],
                "receivables_collected": [{"debtor_kind": k, "amount": money(a), "count": f.collected_count[k]}
                                          for k, a in sorted(f.collected.items())],
                "discounts": discounts,
                "discount_total": sum((d["discount"] for d in discounts), zero),
                "voids": [{"number": n, "total": money(t), "customer_due": money(c), "reason": r, "reversed_at": at,
                           "reversed_by": by, "approved_by": a} for _m, _id, n, t, c, r, at, by, a in sorted(f.voids)],
            }
            self.w_dayclose.add((self._id(DayClose), self._date(day), self._ts(day * DAY + 19 * 60),
                                 self.cashiers[day % len(self.cashiers)][0], day_end.to_json(figures)))
        self.sink.flush()

    def _figures(self, day: int) -> "_DayFigures":
        figures = self.figures.get(day)
        if figures is None:
            figures = self.figures[day] = _DayFigures()
        return figures


# ---------------------------------------------------------------------------------------------
# The public actions
BUSINESS_MODELS = (Customer, VehicleModel, Vehicle, Part, Supplier, Team, Bay, LabourItem, WorkOrder)


def has_business_data() -> bool:
    """True once the store holds anything beyond logins and settings (then the demo stays away)."""
    return any(model.select().exists() for model in BUSINESS_MODELS)


def _prepare_store() -> User:
    """The administrator and the store's settings; the first-run setup when there is nobody yet."""
    import storage

    if not User.select().exists():
        admin = storage.first_run_setup(store_name=STORE["store.name"], address=STORE["store.address"],
                                        phone=STORE["store.phone"], admin_username="admin", admin_name="系统管理员",
                                        admin_password=ADMIN_PASSWORD)
        settings.put(admin, "labour.rate", STORE["labour.rate"], check_permission=False)
    else:
        admin = None
        for role in (auth.ADMIN, auth.MANAGER):
            admin = admin or User.select().where((User.role == role) & User.active).order_by(User.id).first()
        if admin is None:
            raise DomainError("找不到可用的系统管理员或服务经理账号，无法创建演示用户。")
    for key in ("store.name", "store.address", "store.phone", "store.brand", "store.licence"):
        if not settings.get(key):
            settings.put(admin, key, STORE[key], check_permission=False)
    return admin


def _run(profile: Profile, *, seed: int, today, progress, cancel) -> dict:
    today = today or dt.date.today()
    if isinstance(today, dt.datetime):
        today = today.date()
    progress = progress or (lambda fraction, message: None)
    db = database.obj
    sqlite = is_sqlite(db)
    if sqlite:
        # Loading, not serving: a bigger page cache, and foreign keys checked by construction (and by
        # `check` and the tests) rather than row by row. Both are per connection and put back below;
        # foreign_keys can only change outside a transaction.
        db.execute_sql("PRAGMA cache_size = -262144")
        db.execute_sql("PRAGMA foreign_keys = OFF")
    try:
        with transaction():
            progress(0.0, "准备门店、员工与目录")
            admin = _prepare_store()
            generator = _Generator(profile, seed=seed, today=today, progress=progress, cancel=cancel)
            generator.rate = int(settings.get_money("labour.rate") * 100)
            generator.brand = settings.get("store.brand") or "厂家"
            generator.periods = {kind: guarantee.period(kind) for kind in guarantee.KINDS}
            generator.setup_staff(admin)
            dropped = _drop_indexes(db, generator.sink) if sqlite else []
            generator.setup_workshop()
            generator.setup_catalogue()
            generator.setup_archive()
            generator.setup_stock()
            generator.run_days()
            generator.finish(admin)
            if dropped:
                progress(0.97, "重建索引")
            for sql in dropped:
                db.execute_sql(sql)
    finally:
        if sqlite:
            db.execute_sql(f"PRAGMA cache_size = {SQLITE_PRAGMAS['cache_size']}")
            db.execute_sql(f"PRAGMA foreign_keys = {SQLITE_PRAGMAS['foreign_keys']}")
    progress(1.0, "完成")
    return generator.sink.counts()


def _drop_indexes(db, sink) -> list:
    """SQLite builds an index from sorted rows far faster than it keeps one up to date row by row:
    the secondary indexes of the tables we fill go now and come back (unique ones re-checked) before
    the commit. DDL is transactional, so a cancelled or failed run gets them back with the rollback."""
    tables = tuple({model._meta.table_name for model in ALL_MODELS} - {User._meta.table_name, Setting._meta.table_name,
                                                                        DocumentCounter._meta.table_name, "audit_log"})
    rows = db.execute_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({', '.join('?' * len(tables))}) ORDER BY name", tables).fetchall()
    for name, _sql in rows:
        db.execute_sql(f'DROP INDEX "{name}"')
    return [sql for _name, sql in rows]


def populate_if_empty(*, seed: int = DEFAULT_SEED, today=None) -> bool:
    """Fill an empty store with the demo (see the module docstring); False, touching nothing, otherwise."""
    if has_business_data():
        return False
    _run(DEMO, seed=seed, today=today, progress=None, cancel=None)
    return True


def generate(scale: float = 1.0, *, seed: int = DEFAULT_SEED, progress=None, cancel=None, today=None) -> dict:
    """Ten busy years × `scale` for benchmarks, into an empty store. Returns rows written per table.

    progress(fraction, message) is called as it goes; cancel() returning True rolls everything back and
    raises DomainError("已取消")."""
    profile = busy_years(scale)
    if has_business_data():
        raise DomainError("数据库中已有业务数据：测试数据只能生成到空的数据库中。")
    return _run(profile, seed=seed, today=today, progress=progress, cancel=cancel)
