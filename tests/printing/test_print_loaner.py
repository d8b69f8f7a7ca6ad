"""代步车交接单: the car, the customer, the order, mileage, fuel, damage, the deposit and the
signatures, on one A5 page; the return half blank until the car is back; the 三包 record when there is one."""
import datetime as dt

from printing.cli import print_document
from storage.models import base
from storage.reception import loaners
from tests.factories import family_car, make_order, quality_repair
from tests.pdftext import pdftotext


def test_the_sheet_prints_the_hand_out_then_the_return(manager, advisor, tmp_path):
    car = loaners.save_car(manager, plate="京AD0001", model="大众 朗逸", colour="白", mileage=12000, fuel=8)
    order = make_order(advisor, status="维修中")
    loan = loaners.hand_out(advisor, order.id, car.id, due_at=base.now() + dt.timedelta(days=2), mileage_out=12050,
                            fuel_out=6, damage="左后门划痕", deposit="2000", deposit_method="微信")
    out = tmp_path / "out.pdf"
    print_document("loaner-sheet", loan.number, out)
    text = pdftotext(out)
    assert text.count("\f") == 1, text
    for words in ("代步车交接单", loan.number, "京AD0001", "大众 朗逸", "张三", order.number, "12,050 km", "6/8",
                  "左后门划痕", "¥2,000.00", "微信", "经办人", "客户签字"):
        assert words in text, words
    assert "退还押金" not in text  # the return half is blank to fill in

    loaners.return_loan(advisor, loan.id, loan.version, mileage_in=12380, fuel_in=8, damage="前保险杠擦伤", keep="300",
                        kept_reason="前保险杠擦伤修复费")
    print_document("loaner-sheet", None, out)  # the newest
    text = pdftotext(out)
    for words in ("12,380 km", "330 km", "满", "前保险杠擦伤", "¥1,700.00", "扣留 ¥300.00（前保险杠擦伤修复费）"):
        assert words in text, words
    assert "三包" not in text


def test_a_spare_car_under_article_21_says_so_on_the_sheet(manager, advisor, tmp_path):
    car = loaners.save_car(manager, plate="京AD0002", model="丰田 卡罗拉")
    repair = quality_repair(advisor, family_car(advisor), opened_days_ago=6, delivered=False)
    loan = loaners.hand_out(advisor, repair.id, car.id, due_at=base.now() + dt.timedelta(days=2))
    out = tmp_path / "sanbao.pdf"
    print_document("loaner-sheet", loan.number, out)
    text = pdftotext(out)
    assert "三包（第二十一条）：备用车：京AD0002" in text, text
    assert "押金" in text and "无" in text
