"""The story of a register ends with its table and the signature lines: written in that order, the
print pipeline (printing/base.py, the layout rules of issue 18) keeps the signatures with the
table's last rows and a section title with the start of its section. These two helpers only say
which flowables go together, as flat lists for `flow.extend`."""


def keep_with_tail(body, tail: list) -> list:
    return [body, *tail]


def headed(heading, body) -> list:
    return [heading, *(body if isinstance(body, list) else [body])]
