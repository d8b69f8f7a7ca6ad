"""The brand's catalogue (vehicle models, engines, parts, labour items, service packages, suppliers)
and the generator's steps that write it, with the store's parts and their bins."""
import itertools
from collections import Counter

from storage.demo.common import DAY
from storage.models import (
    Bin, LabourItem, Part, PartSupplier, ServicePackage, ServicePackageItem, Supplier, VehicleModel,
)

# Models: name, part-number prefix, engine family, VIN VDS, plant, weight, first model year, tyre size.
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
    # what a job consumes besides its main part: the brand's one-time fasteners (replaced whenever
    # undone), seals, cleaner, and the small body parts a panel job needs
    ("brake_cleaner", "刹车系统清洗剂", "瓶", True, "all", "G000650M2", 45, "养护品", "A", False, True, "大众原厂", 1000),
    ("nut_self_locking", "自锁螺母 M12×1.5", "个", True, "all", "N10106702", 8, "标准件", "A", False, True, "大众原厂", 2000),
    ("bolt_one_time", "一次性螺栓 M10×35", "个", True, "all", "N10504001", 12, "标准件", "A", False, True, "大众原厂", 2000),
    ("sealant", "密封胶 D 176", "支", True, "all", "D176600A2", 120, "油品", "B", False, True, "大众原厂", 1000),
    ("tape", "双面胶带", "卷", True, "all", "3M-PN06384", 85, "养护品", "B", False, False, "3M", 1000),
    ("o_ring", "密封圈", "个", True, "engine", "121119", 25, "发动机", "B", False, True, "大众原厂", 1000),
    ("wear_sensor", "刹车片磨损报警线", "个", True, "model", "615121", 95, "制动", "B", False, True, "大众原厂", 1000),
    ("bumper_bracket", "保险杠支架", "个", True, "model", "807183", 160, "钣金件", "C", False, True, "大众原厂", 2000),
    ("emblem", "车标", "个", True, "model", "853601", 280, "车身附件", "C", False, True, "大众原厂", 1000),
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
    ("FDJ-001", "更换正时套件", "发动机", 350, "mech", "ice", ("timing_kit", "bolt_one_time", "coolant")),
    ("FDJ-002", "更换水泵", "发动机", 200, "mech", "ice", ("water_pump", "o_ring", "coolant")),
    ("FDJ-003", "更换点火线圈", "发动机", 50, "mech", "ice", ("ignition_coil",)),
    ("FDJ-004", "更换节温器", "发动机", 150, "mech", "ice", ("thermostat", "o_ring", "coolant")),
    ("FDJ-005", "发动机积碳清洗", "发动机", 300, "mech", "ice", ()),
    ("FDJ-006", "更换气门室盖垫", "发动机", 150, "mech", "ice", ("valve_cover_gasket", "sealant")),
    ("FDJ-007", "更换发动机悬置", "发动机", 120, "mech", "ice", ("engine_mount", "bolt_one_time")),
    ("FDJ-008", "更换油气分离器", "发动机", 80, "mech", "ice", ("pcv",)),
    ("FDJ-009", "发动机故障诊断", "检测", 100, "mech", "ice", ()),
    ("DP-001", "更换前刹车片", "制动", 80, "mech", "all", ("brake_pad_front", "wear_sensor", "brake_cleaner")),
    ("DP-002", "更换后刹车片", "制动", 80, "mech", "all", ("brake_pad_rear", "brake_cleaner")),
    ("DP-003", "更换前刹车盘", "制动", 120, "mech", "all", ("brake_disc_front", "bolt_one_time", "brake_cleaner")),
    ("DP-004", "更换后刹车盘", "制动", 120, "mech", "all", ("brake_disc_rear", "bolt_one_time", "brake_cleaner")),
    ("DP-005", "更换前减震器（单侧）", "底盘", 150, "mech", "all", ("shock_front", "nut_self_locking")),
    ("DP-006", "更换后减震器（单侧）", "底盘", 100, "mech", "all", ("shock_rear", "bolt_one_time")),
    ("DP-007", "更换前下摆臂（单侧）", "底盘", 120, "mech", "all", ("control_arm", "nut_self_locking", "bolt_one_time")),
    ("DP-008", "更换稳定杆连杆", "底盘", 60, "mech", "all", ("stab_link", "nut_self_locking")),
    ("DP-009", "更换转向横拉杆球头", "转向", 100, "mech", "all", ("tie_rod_end", "nut_self_locking")),
    ("DP-010", "更换轮胎", "底盘", 30, "quick", "all", ("tyre", "valve")),
    ("DP-011", "更换轮毂轴承", "底盘", 150, "mech", "all", ("wheel_bearing", "bolt_one_time")),
    ("DP-012", "更换双离合器总成", "传动", 600, "mech", "ice", ("clutch_kit", "bolt_one_time", "dsg_oil")),
    ("DP-013", "更换半轴防尘套", "传动", 150, "mech", "all", ("cv_boot",)),
    ("DQ-001", "更换蓄电池", "电气", 30, "quick", "all", ("battery",)),
    ("DQ-002", "更换发电机", "电气", 150, "mech", "ice", ("alternator",)),
    ("DQ-003", "更换起动机", "电气", 150, "mech", "ice", ("starter",)),
    ("DQ-004", "更换前大灯总成（单侧）", "电气", 100, "mech", "all", ("headlamp", "clips")),
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
    ("BJ-003", "更换前保险杠皮", "钣金", 150, "body", "all", ("bumper_front", "bumper_bracket", "clips")),
    ("BJ-004", "更换后保险杠皮", "钣金", 150, "body", "all", ("bumper_rear", "bumper_bracket", "clips")),
    ("BJ-005", "前叶子板钣金修复", "钣金", 250, "body", "all", ()),
    ("BJ-006", "更换前叶子板", "钣金", 200, "body", "all", ("fender", "clips")),
    ("BJ-007", "车门钣金修复（单门）", "钣金", 300, "body", "all", ()),
    ("BJ-008", "更换发动机盖", "钣金", 150, "body", "all", ("hood",)),
    ("BJ-009", "更换外后视镜总成", "钣金", 60, "body", "all", ("mirror", "tape")),
    ("BJ-010", "更换前挡风玻璃", "车身", 200, "body", "all", ("windshield",)),
    ("BJ-011", "更换中网总成", "钣金", 50, "body", "all", ("grille", "emblem", "clips")),
    ("BJ-012", "前大灯拆装", "钣金", 60, "body", "all", ()),
    ("BJ-013", "后保险杠拆装", "钣金", 80, "body", "all", ()),
    ("BJ-014", "车门内饰板拆装", "钣金", 50, "body", "all", ("clips",)),
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
SUPPLIERS = (  # name, contact, phone, manufacturer, which part brands it supplies
    ("一汽-大众备件配送中心（北京库）", "韩立新", "010-80481166", True, ("大众原厂",)),
    ("北京瑞驰轮胎贸易有限公司", "许文斌", "010-67893321", False, ("米其林", "普利司通", "马牌")),
    ("北京顺达养护用品有限公司", "邓晓梅", "010-84725530", False, ("3M", "力魔")),
    ("北京华通汽车配件有限公司", "曹志远", "010-63358812", False, ()),
)
TYRE_BRANDS = (("米其林", "MIC", 1.0), ("普利司通", "BRI", 0.92), ("马牌", "CON", 0.95))
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
# The 三包 main-part category of the demo's parts that are main parts (storage.care.main_parts): by the
# part type's key and by the long tail's component, never by a word inside a name (a 下摆臂衬套 is not one).
SANBAO_BY_KEY = {"clutch_kit": "变速器/箱内动力传动元件（含离合器、制动器）", "control_arm": "悬架系统/控制臂"}
SANBAO_BY_COMPONENT = {"三元催化器": "污染控制装置/催化转化器"}
TAIL_SIDES = ("", "左前", "右前", "左后", "右后", "左", "右", "前", "后")


class Catalogue:
    """Part of _Generator: vehicle models, labour items, suppliers, parts and bins, service packages."""

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
        by_brand = {brand: supplier_ids[i] for i, s in enumerate(SUPPLIERS) for brand in s[4]}
        self.p_id, self.p_name, self.p_price, self.p_cost, self.p_whole, self.p_tier = [], [], [], [], [], []
        self.p_special, self.p_supplier, self.p_genuine, self.p_number, self.p_unit = [], [], [], [], []
        self.p_by_number, self.part_for, self.qty_default = {}, {}, {}
        rows = []

        def add(number, name, spec, unit, whole, brand, category, genuine, models, price, tier, special, sanbao=None):
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
            rows.append([number, name, spec, unit, whole, brand, category, genuine, models, special, sanbao])
            return idx

        engines = {fam: [m for m, model in enumerate(MODELS) if model[2] == fam] for fam in ENGINES}
        factor = (1.0, 1.25, 0.85, 1.2, 1.05, 0.95, 1.3, 1.3)
        for key, name, unit, whole, scope, num, price, cat, tier, special, genuine, brand, qty in PART_TYPES:
            self.qty_default[key] = qty
            sanbao = SANBAO_BY_KEY.get(key)
            if scope in ("all", "ice"):
                idx = add(num, name, "", unit, whole, brand, cat, genuine, "全车系" if scope == "all" else "燃油车型",
                          price, tier, special, sanbao)
                for m, model in enumerate(MODELS):
                    if scope == "all" or model[2] != "EV":
                        self.part_for[(key, m)] = idx
            elif scope == "engine":
                for n, family in enumerate(("EA211", "EA888")):
                    members = engines[family]
                    idx = add(f"{ENGINES[family][0]}{num}{'AB'[n]}", name, f"{family} 发动机", unit, whole, brand, cat,
                              genuine, "/".join(MODELS[m][0] for m in members), round(price * (1.0, 1.2)[n]), tier, special,
                              sanbao)
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
                                  model[0], round(price * factor[m]), tier, special, sanbao)
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
                                    MODELS[m][0], max(5, round(price * rng.uniform(0.8, 1.3))), "T", price >= 3000,
                                    SANBAO_BY_COMPONENT.get(component)))
        self._write_parts(rows, supplier_ids)

    def _write_parts(self, rows, supplier_ids) -> None:
        zones = {"滤清器": "A", "保养件": "A", "雨刮": "A", "油品": "B", "养护品": "B", "制动": "C", "悬架": "C",
                 "转向": "C", "传动": "C", "标准件": "C", "电气": "D", "点火系统": "D", "灯具": "D", "空调": "D", "钣金件": "E",
                 "玻璃": "E", "车身附件": "E", "轮胎": "F", "内饰": "G", "精品附件": "G"}
        w_bin = self.sink.table(Bin, ("id", "code", "zone"))
        w_part = self.sink.table(Part, ("id", "number", "name", "spec", "unit", "whole_units", "brand", "category",
                                        "genuine", "models", "sanbao_category", "bin", "cost", "price", "special", "version",
                                        "updated_at", "updated_by"))
        w_ps = self.sink.table(PartSupplier, ("id", "part", "supplier", "supplier_number", "last_cost"))
        in_zone = Counter()
        bins = {}
        self.p_bin = []
        created = self._ts(-DAY - 240)
        for idx, (number, name, spec, unit, whole, brand, cat, genuine, models, special, sanbao) in enumerate(rows):
            zone = zones.get(cat, "H")
            slot = in_zone[zone] // 4
            in_zone[zone] += 1
            code = f"{zone}-{slot // 5 + 1:02d}-{slot % 5 + 1}"
            if code not in bins:
                bins[code] = self._id(Bin)
                w_bin.add((bins[code], code, zone))
            self.p_bin.append(bins[code])
            w_part.add((self.p_id[idx], number, name, spec, unit, whole, brand, cat, genuine, models, sanbao, bins[code],
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
