"""The archive of customers and their cars: believable people, phones, addresses, plates and VINs,
and the cars changing hands."""
import datetime as dt
from collections import Counter

from storage.demo.catalogue import ENGINES, MODELS
from storage.demo.common import CLOSE_AT, DAY, OPEN_AT
from storage.models import Customer, MileageReading, Ownership, Vehicle
from storage.rules.validation import digits_reversed, normalize_phone, normalize_plate, normalize_vin, vin_check_digit
from storage.rules.vocabulary import CustomerKind

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


class Identities:
    """Part of _Generator: customers and vehicles (the archive before the first day, and each new
    car on its first visit), ownerships and their transfers."""

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
        store = self._new_customer(-4 * 365 * DAY + 600, kind=CustomerKind.COMPANY, name=self.store_name,
                                   phone=self.store_phone,
                                   source="本店")
        self.units.clear()  # the store's own cars are not handed to random new owners
        for _ in range(2 + round(p.orders_per_day / 25)):
            self.store_cars.append(self._new_vehicle(-400 * DAY + 600, owner=store, store_car=True, reading=True))
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
        kind = kind or (CustomerKind.COMPANY if rng.random() < 0.04 else CustomerKind.PERSON)
        birthday, note, company = None, "", ""
        if kind == CustomerKind.COMPANY:
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
                            owner_kind == CustomerKind.PERSON, created, 1, created, self._pick(self.advisors)[1]))
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

    def _transfer(self, v: int, minute: int) -> None:
        """The car was sold on: a new owner, the old ownership period closed."""
        owner = self._new_customer(minute - 10, source="二手车过户")
        when = self._ts(minute - 10)
        self.ownership_ends.append((when, self.v_ownership[v]))
        self.v_ownership[v] = self._id(Ownership)
        self.w_ownership.add((self.v_ownership[v], self.v_id[v], self.c_id[owner], when))
        self.v_owner[v] = owner
