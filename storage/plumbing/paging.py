"""Keyset paging, the one way every long list is read a page at a time.

A page is the query in the order of its keys (columns or expressions, all ascending or all
descending, the last one unique, usually the id), starting just past the previous page's last row,
`limit` rows long. The cursor, `after`, is that last row's key: a value for one key, a tuple for
several; None starts at the beginning. One extra row is fetched only to say whether there is more.
Never OFFSET: the thousandth page costs what the first does.

    rows, after = keyset_page(query, [Part.number], after, limit)
    ...
    rows, after = keyset_page(query, [Clocking.at, Clocking.id], after, limit, descending=True)

Returns the rows (as the query yields them: call `.dicts()`, `.tuples()` or `.objects()` on it
first) and the cursor of the next page, None on the last one.
"""
from typing import Any, Callable, Sequence

from peewee import Field, Tuple, Value

MAX_LIMIT = 500


def check_limit(limit: int) -> int:
    """A page size a screen may ask for (lists a person scrolls; exports read 500 at a time)."""
    if not 1 <= int(limit) <= MAX_LIMIT:
        raise ValueError(f"page size must be between 1 and {MAX_LIMIT}")
    return int(limit)


def _parameter(key, value):
    # As `column > value` would send it: through the column's own conversion (money as fen, …).
    return Value(value, converter=key.db_value) if isinstance(key, Field) else Value(value)


def past(keys: Sequence, after, *, descending: bool = False):
    """The condition "after the cursor" in the order of `keys`. Several keys compare as one row
    value, `(a, b) > (x, y)`, which an index on (a, b) serves on SQLite and PostgreSQL alike."""
    values = after if len(keys) > 1 else (after,)
    if len(values) != len(keys):
        raise ValueError(f"a cursor of {len(keys)} values expected, got {after!r}")
    if len(keys) == 1:
        left, right = keys[0], _parameter(keys[0], values[0])
    else:
        left, right = Tuple(*keys), Tuple(*(_parameter(k, v) for k, v in zip(keys, values)))
    return left < right if descending else left > right


def _key_of(keys: Sequence) -> Callable[[Any], Any]:
    names = [k.name for k in keys]

    def key(row):
        values = [row[n] if isinstance(row, dict) else getattr(row, n) for n in names]
        return values[0] if len(values) == 1 else tuple(values)
    return key


def keyset_page(query, keys: Sequence, after=None, limit: int = 50, *, descending: bool = False,
                key: Callable[[Any], Any] | None = None) -> tuple[list, Any]:
    """One page of `query` in the order of `keys`, past the cursor `after`: (rows, next cursor or
    None). `key(row)` is a row's cursor; by default the keys' names read from the row (an item of a
    dict, an attribute of a model); give it when a key is an expression or the rows are tuples."""
    if after is not None:
        query = query.where(past(keys, after, descending=descending))
    order = [k.desc() for k in keys] if descending else list(keys)
    rows = list(query.order_by(*order).limit(limit + 1))
    if len(rows) <= limit:
        return rows, None
    rows = rows[:limit]
    return rows, (key or _key_of(keys))(rows[-1])


def every_row(fetch: Callable[[Any], tuple[list, Any]]):
    """Every row of a paged list, one page in memory at a time (exports, printing):
    `fetch(after)` returns a page and the next cursor, as the page functions do."""
    after = None
    while True:
        rows, after = fetch(after)
        yield from rows
        if after is None:
            return
