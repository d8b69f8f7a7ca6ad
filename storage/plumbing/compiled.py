"""Queries that run many times a minute (the look-up on every keystroke, the workshop board on every
wall screen): written with Peewee, their SQL built once per kind of database and then re-run with
new values.

Peewee takes 0.1-0.5 ms to turn a query into SQL, often more than the database takes to answer an
indexed question, and for a board of a few hundred cars its per-row model construction costs more
than the queries. A Statement keeps the SQL text (so the driver's own statement cache reuses the
prepared statement too) and returns plain tuples.

    CARS = Statement(lambda ids, moment: Vehicle.select(...).where(Vehicle.id.in_(ids) & ...))
    rows = CARS.rows([3, 5, 8], dt.datetime.now())      # -> [tuple, ...]

`build` receives stand-in values; their positions among the parameters are remembered and the real
values are put there on each run. A list argument is padded to a few fixed widths (8, 16, 32, ...)
with its own last value, so one statement serves any number of ids. With convert=True each column
that is a model field (or carries a _python_value) is turned into its Python value as Peewee would;
with convert=False the rows are exactly what the driver returns.
"""
import datetime as dt

from peewee import AutoField, CharField, Field, ForeignKeyField, IntegerField, TextField

from storage.plumbing.db import database


class Statement:
    def __init__(self, build, *, convert: bool = True):
        self.build = build
        self.convert = convert
        self.compiled = {}

    def sql(self, *args) -> tuple[str, list]:
        """The SQL and the parameters this call would run (for EXPLAIN in tests and tools)."""
        sql, params, positions, _ = self._entry(args)
        return sql, self._values(args, params, positions)

    def rows(self, *args) -> list[tuple]:
        sql, params, positions, converters = self._entry(args)
        rows = database.execute_sql(sql, self._values(args, params, positions)).fetchall()
        if not converters:
            return rows
        converted = []
        for row in rows:
            row = list(row)
            for i, conv in converters:
                if row[i] is not None:
                    row[i] = conv(row[i])
            converted.append(tuple(row))
        return converted

    def _entry(self, args):
        shapes = tuple(_width(len(a)) if isinstance(a, list) else None for a in args)
        key = (type(database.obj), shapes)
        entry = self.compiled.get(key)
        if entry is None:
            stand_ins, slots = _stand_ins(args, shapes)
            query = self.build(*stand_ins)
            sql, params = query.sql()
            positions = [(k, *slots[(type(p), p)]) for k, p in enumerate(params) if (type(p), p) in slots]
            # A UNION's rows are typed by its first branch.
            columns = query.lhs.selected_columns if hasattr(query, "lhs") else query.selected_columns
            converters = [(i, c) for i, c in enumerate(map(_converter, columns)) if c is not None] if self.convert else []
            entry = self.compiled[key] = (sql, params, positions, converters)
        return entry

    @staticmethod
    def _values(args, params, positions) -> list:
        values = list(params)  # the constants of the query (e.g. a status) stay as they are
        for k, arg, index in positions:
            value = args[arg]
            if index is not None:  # one id of a list, padded with the list's last id
                value = value[index] if index < len(value) else (value[-1] if value else 0)
            values[k] = value
        return values


def _width(n: int) -> int:
    width = 8
    while width < n:
        width *= 2
    return width


def _stand_ins(args, shapes):
    stand_ins, slots = [], {}
    for i, (arg, width) in enumerate(zip(args, shapes)):
        if width is not None:
            values = [-(10**9) - i * 1000 - j for j in range(width)]
            slots.update({(int, v): (i, j) for j, v in enumerate(values)})
            stand_ins.append(values)
            continue
        if isinstance(arg, str):
            value = f"\x00{i}\x00"
        elif isinstance(arg, dt.datetime):
            value = dt.datetime(1111, 1, 1) + dt.timedelta(minutes=i)
        else:
            value = -(2 * 10**9) - i
        slots[(type(value), value)] = (i, None)
        stand_ins.append(value)
    return stand_ins, slots


# Columns both drivers already return as Python wants them: no per-value call. Exact types: a
# subclass may convert (storage's FixedPointField is an IntegerField holding fen).
_AS_IS = {CharField, TextField, IntegerField, AutoField}


def _converter(column):
    if isinstance(column, ForeignKeyField):
        column = column.rel_field
    if isinstance(column, Field):
        return None if type(column) in _AS_IS else column.python_value
    return getattr(column, "_python_value", None)


__all__ = ["Statement"]
