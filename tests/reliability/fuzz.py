"""Hostile values and the one rule every storage action must keep with them: it succeeds with data
that is valid, or refuses with a DomainError carrying a Chinese message and changes nothing. A value
no window can produce (a float, a list, bytes...) may also end in a programming error (TypeError,
ValueError, AttributeError: loud, not caught), but still changes nothing. Never a database error,
never half a change."""
import os
import re
from decimal import Decimal

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from storage.models import ALL_MODELS, Part
from storage.models.base import VersionedModel
from storage.plumbing.db import database
from storage.rules.errors import DomainError
from storage.store import backup_restore

EXAMPLES = int(os.environ.get("FOURS_FUZZ_EXAMPLES", "25"))
# The CI size runs the same examples every time (a red CI names a change, not luck); a longer run
# asked for with FOURS_FUZZ_EXAMPLES explores new ones (its failures are kept in .hypothesis/).
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize="FOURS_FUZZ_EXAMPLES" not in os.environ,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                       HealthCheck.data_too_large, HealthCheck.filter_too_much])
CJK = re.compile(r"[\u4e00-\u9fff]")

WEIRD = [
    "", " ", " \t ", "NaN", "nan", "-NaN", "sNaN", "Infinity", "-Infinity", "inf", "1e309", "-1e309", "1e-400",
    "-0", "0", "0.000001", "1.005", "1,000.50", "¥88", "￥-5", "１２３", "１２.５", "0x1F", "1_000", "五十",
    "'; DROP TABLE customer; --", "\" OR 1=1 --", "1; DELETE FROM part", "%", "_", "\\", "NULL", "None",
    "😀🚗💰", "🚗" * 30, "\u202e倒序", "\u200b", "\x00", "a\x00b", "\ud800", "a\udfffb", "\U0010FFFF", "\uffff", "\r\n", "<script>alert(1)</script>",
    "9" * 40, "-" + "9" * 30, "99999999999.99", "-99999999999.99", "9999999999.995", "长" * 10_000, "x" * 100_000,
]
# Every code point, lone surrogates (half an emoji pasted) and noncharacters included.
ANY_CHARACTER = st.characters(codec=None, exclude_categories=())
text = st.one_of(st.sampled_from(WEIRD), st.text(max_size=40), st.text(ANY_CHARACTER, max_size=40), st.from_regex(r"-?\d{1,25}(\.\d{1,6})?", fullmatch=True))
# What a window can hand to storage: text as typed (or nothing) for a text field; for a number field
# also a whole number (spin box) or an exact Decimal.
typed_number = st.one_of(text, st.none(), st.integers(-(10**25), 10**25), st.decimals(allow_nan=True, allow_infinity=True))
# What no window produces: a caller's programming error.
wrong = st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.lists(st.integers(), max_size=2),
                  st.dictionaries(st.text(max_size=2), st.integers(), max_size=2), st.booleans(), st.binary(max_size=8))
hostile = st.one_of(typed_number, wrong)


def or_good(good) -> st.SearchStrategy:
    """A sensible value half the time, so the hostile one in another argument gets through the
    earlier checks and reaches the deeper ones."""
    return st.one_of(st.just(good), hostile)


def typable(value, number: bool) -> bool:
    if value is None or type(value) is str:
        return True
    return number and type(value) in (int, Decimal)


def _counting_sql() -> str:
    """One statement for every table's row count and the sum of its records' versions: a save bumps a
    version, so a changed, added or removed row changes one of the numbers (one round trip, where a
    query a table took a hundred on PostgreSQL)."""
    parts = []
    for model in ALL_MODELS:
        table = model._meta.table_name
        parts.append(f'(SELECT count(*) FROM "{table}")')
        if issubclass(model, VersionedModel):
            parts.append(f'(SELECT coalesce(sum(version), 0) FROM "{table}")')
    return "SELECT " + ", ".join(parts)


COUNTING_SQL = _counting_sql()


def table_counts() -> dict:
    """Every table's row count (and, for a versioned table, the sum of its versions)."""
    row = database.execute_sql(COUNTING_SQL).fetchone()
    names = [f"{m._meta.table_name}{suffix}" for m in ALL_MODELS
             for suffix in (("", ".versions") if issubclass(m, VersionedModel) else ("",))]
    return dict(zip(names, (int(value) for value in row)))


def state():
    """What a refused action must leave exactly as it was: every table's rows, every record's
    version (a rolled-back update), every part's stock."""
    stock = Part.select(Part.id, Part.on_hand, Part.stock_value, Part.cost).order_by(Part.id).tuples()[:]
    return table_counts(), stock


def attempt(action, texts=(), numbers=()):
    """Run `action`; return its result, or None when it was refused. Asserts the rule above.
    `texts` and `numbers` are the values given to its text and its number fields."""
    before = state()
    try:
        result = action()
    except DomainError as exc:
        assert exc.message and CJK.search(exc.message), f"refusal without a clear message: {exc!r}"
        assert state() == before, f"refused ({exc.message}), yet something changed"
        return None
    except (TypeError, ValueError, AttributeError) as exc:
        if all(typable(v, False) for v in texts) and all(typable(v, True) for v in numbers):
            raise AssertionError(f"a value a window can send crashed the action: {texts!r} {numbers!r}") from exc
        assert state() == before, f"crashed on a wrong type ({exc!r}), yet something changed"
        return None
    problems = backup_restore.check()
    assert problems == [], [str(p) for p in problems]
    return result


# Every string a keyboard, a scanner, a paste or an import can give a search box: any code point,
# lone surrogates (a paste of half an emoji), NUL, the top of the range, noncharacters.
TYPED_LOOKUPS = [
    "\U0010FFFF", "\uffff", "\ud7ff", "张\ud7ff", "\U0010FFFD", "\ufffe", "\ufdd0", "\ud800", "\udfff", "ab\ud800cd", "\ud83d", "\x00", "a\x00b", "\x1b[2J",
    "京A\U0010FFFF", "京\uffff", "138\U0010FFFF", "1380013\uffff", "张\U0010FFFF", "\U0010FFFF" * 3, "A\U0010FFFF",
    "\U000E0001", "\U0001F697\U0001F697\U0001F697", "e\u0301\u0301\u0301", "\u0301", "京\u20dd", "ＡＢＣ１２３", "京Ａ１２３４５",
    "１３８００１３８", "\u3000", '"', "*", "^", "NEAR", "(", ")", ":", "-", "+", "'", '""', '"a"', "a*", "^abc",
    "a NEAR b", "NEAR(a b)", "plate:123", "vin:LSV", "name : 张", "-abc", "a AND b", "a OR b", "NOT a", "{plate}: 1",
    "%", "_", "\\", "%%%", "a%b_c", "'; DROP TABLE vehicle; --", "JS", "JS\U0010FFFF", "WO\x00",
    "长" * 10_000, "x" * 100_000, "1" * 5_000, "京A" + "1" * 3_000,
]
# Prefixes that lead each look-up down its deeper paths (a plate, a phone, a VIN, a name, numbers).
PREFIXES = ["", "京A", "京F1", "138", "8000", "LSV", "06L", "WO", "JS", "张", "FZ", "A-"]
any_text = st.one_of(
    st.sampled_from(TYPED_LOOKUPS + WEIRD),
    st.text(ANY_CHARACTER, max_size=30),
    st.builds(lambda head, tail: head + tail, st.sampled_from(PREFIXES), st.text(ANY_CHARACTER, min_size=1, max_size=6)),
)
