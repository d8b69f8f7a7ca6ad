"""Plates, VINs and phone numbers as people type them at the front desk."""
import pytest

from storage.rules.errors import ValidationError
from storage.rules.validation import PROVINCES, normalize_phone, normalize_plate, normalize_vin, vin_check_digit


@pytest.mark.parametrize("province", list(PROVINCES))
def test_every_province_is_accepted(province):
    assert normalize_plate(f"{province}a 1234 5") == f"{province}A12345"


def test_there_are_31_provincial_abbreviations():
    assert len(set(PROVINCES)) == 31


@pytest.mark.parametrize(
    "typed, plate",
    [
        ("京a12345", "京A12345"),
        ("京A·12345", "京A12345"),
        (" 沪 b-8k2l9 ", "沪B8K2L9"),
        ("粤ｂ１２３４５", "粤B12345"),  # full-width letters and digits from a Chinese IME
        ("苏E1234学", "苏E1234学"),  # driving-school car
        ("京AD12345", "京AD12345"),  # new energy, small car
        ("沪afa1234", "沪AFA1234"),
        ("粤B12345D", "粤B12345D"),  # new energy, large vehicle
    ],
)
def test_plate_is_normalised(typed, plate):
    assert normalize_plate(typed) == plate


@pytest.mark.parametrize(
    "typed, why",
    [
        ("", "请输入"),
        ("A12345", "省份简称"),
        ("港A12345", "省份简称"),
        ("京112345", "发牌机关字母"),
        ("京I12345", "发牌机关字母"),
        ("京A1234", "5 位"),
        ("京A1234567", "现在是 7 位"),
        ("京AO1234", "I 或 O"),
        ("京A12#45", "字母"),
        ("京A123456", "新能源"),  # six digits: neither ordinary nor new-energy
    ],
)
def test_bad_plate_says_why(typed, why):
    with pytest.raises(ValidationError) as err:
        normalize_plate(typed)
    assert why in err.value.message
    assert err.value.field == "plate"


REAL_VINS = ["1M8GDM9AXKP042788", "1HGCM82633A004352", "JH4KA7561PC008269"]


@pytest.mark.parametrize("vin", REAL_VINS)
def test_real_world_vins_pass(vin):
    assert normalize_vin(vin.lower()) == vin


@pytest.mark.parametrize("vin", REAL_VINS)
def test_every_wrong_check_digit_is_refused(vin):
    for wrong in "0123456789X":
        if wrong == vin[8]:
            continue
        with pytest.raises(ValidationError) as err:
            normalize_vin(vin[:8] + wrong + vin[9:])
        assert f"第 9 位应为“{vin[8]}”" in err.value.message


def test_a_single_mistyped_character_is_caught():
    vin = "LFV2A21K" + "0" + "D4001234"
    vin = vin[:8] + vin_check_digit(vin) + vin[9:]
    assert normalize_vin(vin) == vin
    typo = vin[:12] + ("5" if vin[12] != "5" else "6") + vin[13:]
    with pytest.raises(ValidationError):
        normalize_vin(typo)


@pytest.mark.parametrize(
    "typed, why",
    [
        ("1M8GDM9AXKP04278", "17 位"),
        ("1M8GDM9AXKP0427888", "17 位"),
        ("1M8GDM9AXKPO42788", "I、O、Q"),
        ("IM8GDM9AXKP042788", "I、O、Q"),
        ("1M8GDM9AXKP04278*", "无效字符"),
        ("", "请输入"),
    ],
)
def test_bad_vin_says_why(typed, why):
    with pytest.raises(ValidationError) as err:
        normalize_vin(typed)
    assert why in err.value.message


@pytest.mark.parametrize(
    "typed, phone",
    [
        ("13800138000", "13800138000"),
        ("138 0013 8000", "13800138000"),
        ("+86 138-0013-8000", "13800138000"),
        ("8613800138000", "13800138000"),
        ("19912345678", "19912345678"),
        ("010 8888 6666", "010-88886666"),
        ("(021)6123-4567", "021-61234567"),
        ("0755-1234567", "0755-1234567"),
        ("0571-87654321转808", "0571-87654321转808"),
    ],
)
def test_phone_is_normalised(typed, phone):
    assert normalize_phone(typed) == phone


@pytest.mark.parametrize(
    "typed, why",
    [
        ("1380013800", "11 位"),
        ("12800138000", "第二位"),
        ("88886666", "区号"),
        ("010-12345", "区号加 7–8 位"),
        ("电话", "无法识别"),
        ("", "请输入"),
    ],
)
def test_bad_phone_says_why(typed, why):
    with pytest.raises(ValidationError) as err:
        normalize_phone(typed)
    assert why in err.value.message
