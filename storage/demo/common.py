"""What every step of the generator shares: the workshop's clock and fixed-point arithmetic."""
OPEN_AT, CLOSE_AT = 8 * 60 + 30, 18 * 60  # the workshop's day
NOW_AT = 15 * 60  # the data's clock on a day given without a time (storage.demo._moment)
SHOWCASE_FROM, SHOWCASE_BY = 12 * 60, 17 * 60 + 30  # today's showcase of every state needs a morning; else it is yesterday's
DAY = 1440
TOD = [f"{h:02d}:{m:02d}:00" for h in range(24) for m in range(60)]


# Every figure the generator handles is an int in its column's stored unit
# (storage.models.base.FixedPointField): money in fen, quantities in thousandths, unit costs in
# ten-thousandths of a yuan, hours in hundredths. Rows go to the database as they are, so no value
# passes through float or Decimal.
def _half(numerator: int, denominator: int) -> int:
    """numerator / denominator rounded half-up (both >= 0), as Decimal ROUND_HALF_UP would."""
    return (2 * numerator + denominator) // (2 * denominator)


def _amount(qty_milli: int, price_fen: int) -> int:
    """quantity × unit price rounded half-up to the fen, as storage.rules.orders.line_amount does."""
    return _half(qty_milli * price_fen, 1000)


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
