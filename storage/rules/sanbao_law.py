"""The statutory numbers of 《家用汽车产品修理更换退货责任规定》(国家市场监督管理总局令第 43 号, 2022) that the
store's 三包 settings may tighten but never loosen; the care desk's 三包 rules (storage.care.sanbao)
and the settings (storage.rules.settings) both read them here."""
from storage.rules.errors import ValidationError

FIRST_WEEK, EARLY_DAYS, EARLY_KM = 7, 60, 3000  # 第二十条, 第二十二条, 第二十三条
# 第二十四条 and 第二十一条: the regulation's numbers. Settings may set lower ones (warn earlier), never higher.
SAFETY_REPAIRS, REPLACEMENTS, SAME_FAULT_REPAIRS, REPAIR_DAYS, SPARE_CAR_DAYS = 2, 2, 4, 30, 5
STATUTORY_PERIODS = {"sanbao.valid": (2, 50000), "sanbao.repair_period": (3, 60000)}
STATUTORY_LIMITS = {"sanbao.safety_repairs": SAFETY_REPAIRS, "sanbao.same_fault_repairs": SAME_FAULT_REPAIRS,
                    "sanbao.part_replacements": REPLACEMENTS, "sanbao.repair_days": REPAIR_DAYS,
                    "sanbao.spare_car_days": SPARE_CAR_DAYS}
# Labour systems whose quality repairs are counted as possible serious safety faults (a 注意 under
# 第二十四条第一款第一项); setting sanbao.safety_systems may add systems, never drop these.
SAFETY_SYSTEMS = ("转向", "制动", "车身", "安全装置")


def check_statutory(key: str, value, label: str) -> None:
    """Called by storage.rules.settings.put: a setting may make warnings earlier, never later."""
    if key in STATUTORY_PERIODS:
        years, km = STATUTORY_PERIODS[key]
        if value[0] < years or value[1] < km:
            raise ValidationError(f"{label}不得短于法定的 {years} 年或 {km:,} 公里。", field=key)
    elif key in STATUTORY_LIMITS and value > STATUTORY_LIMITS[key]:
        raise ValidationError(f"{label}不得高于法定的 {STATUTORY_LIMITS[key]}。", field=key)
    elif key == "sanbao.safety_systems":
        missing = [s for s in SAFETY_SYSTEMS if s not in value]
        if missing:
            raise ValidationError(f"严重安全性能故障所属系统不能去掉法定的：{'、'.join(missing)}。", field=key)
