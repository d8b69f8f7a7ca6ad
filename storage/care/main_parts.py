"""三包 main parts (主要零部件) as data: the categories a part in the catalogue belongs to (Part.sanbao_category).

家用汽车产品修理更换退货责任规定 (国家市场监督管理总局令第43号) does not list the main parts itself: 第四十一条
"家用汽车产品的主要零部件、特殊零部件、易损耗零部件的种类范围，按照有关国家标准确定", and 第九条 puts them on the
三包凭证 ("主要零部件、特殊零部件的种类范围"). That standard is
GB/T 29632 (家用汽车产品三包主要零部件种类范围及三包凭证; 2021 edition replacing 2013). From its published
interpretation (found): the standard "规定了汽车生产者需要明示的发动机、变速器、动力蓄电池、行驶驱动电机这几个
主要总成的主要零部件种类范围" and "转向系统、制动系统、悬架系统、传动系统、污染控制装置、车身等系统的主要零部件
范围"; "动力蓄电池的主要零部件包括：电芯和动力蓄电池箱体，行驶驱动电机的主要零部件包括：定子组件、转子组件、
轴承和壳体".

NOT FOUND in the sources available while writing this: the standard's own tables for the engine, the
gearbox and the six systems. Those rows below follow the 2013 edition's tables as they are commonly
reproduced and the main parts named in issue 17 (主轴承, 变速器壳体, gears and shafts, 离合器, 转向拉杆,
制动轮缸/助力器, springs, 主减速器, 桥壳, 车身骨架/纵梁, 三元催化转化器 …); check them against the standard
and against the manufacturer's 三包凭证, which may name more (it may only add to the standard).

A part is a main part because the catalogue says so (its category), never because of a word in its name:
曲轴位置传感器, 气门室盖垫, 轮胎气门嘴, 差速器油 and 控制臂衬套 have no category and never count.
Two part numbers of one category (a superseded number, another supplier's name) count as the same main
part for 第二十四条(三).
"""
from storage.rules.errors import ValidationError

# The four assemblies of 第二十条, 第二十二条 and 第二十四条(二).
ASSEMBLIES = ("发动机", "变速器", "动力蓄电池", "行驶驱动电机")
# The systems of 第二十四条(三) besides the assemblies.
SYSTEMS = ("转向系统", "制动系统", "悬架系统", "传动系统", "污染控制装置", "车身")
WHOLE = "总成"  # the category of a whole assembly (发动机总成): 第二十四条(二) counts these

# group -> its main parts (category names). A category's code is "group/name"; a whole assembly's is "group/总成".
TABLE = {
    "发动机": ("曲轴", "主轴承", "连杆", "连杆轴承", "活塞", "活塞环", "活塞销", "气缸盖", "凸轮轴", "气门", "气缸体"),
    "变速器": ("箱体", "齿轮", "轴类", "轴承", "箱内动力传动元件（含离合器、制动器）"),
    "动力蓄电池": ("电芯", "动力蓄电池箱体"),  # GB/T 29632-2021 (interpretation found)
    "行驶驱动电机": ("定子组件", "转子组件", "轴承", "壳体"),  # GB/T 29632-2021 (interpretation found)
    "转向系统": ("转向机总成", "转向柱", "转向万向节", "转向拉杆（不含球头）", "转向节"),
    "制动系统": ("制动主缸", "轮缸", "助力器", "制动踏板及其支架"),
    "悬架系统": ("弹簧", "控制臂", "连杆"),
    "传动系统": ("桥壳", "主减速器", "差速器", "传动轴", "半轴"),
    "污染控制装置": ("催化转化器", "颗粒捕集器"),
    "车身": ("车身骨架", "副车架", "纵梁", "横梁", "前后车门本体"),
}


def code(group: str, name: str) -> str:
    return f"{group}/{name}"


CATEGORIES = tuple([code(a, WHOLE) for a in ASSEMBLIES]
                   + [code(group, name) for group, names in TABLE.items() for name in names])


def group_of(category: str) -> str:
    return category.split("/", 1)[0]


def is_whole_assembly(category: str) -> bool:
    return category.split("/", 1)[1] == WHOLE


def label(category: str) -> str:
    """How a warning names it: 发动机总成, 发动机主要零部件“曲轴”."""
    group, name = category.split("/", 1)
    return f"{group}{WHOLE}" if name == WHOLE else f"{group}“{name}”"


def check_category(value) -> str | None:
    """The catalogue's value: None (not a main part) or one of CATEGORIES."""
    value = (value or "").strip()
    if not value:
        return None
    if value not in CATEGORIES:
        raise ValidationError(f"未知的三包主要零部件类别“{value}”。", field="sanbao_category")
    return value
