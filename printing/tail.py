"""Signatures never alone on a page: keep_with_tail(body, tail) lays out a table (or a paragraph)
and what follows it (the signature lines) so that whenever the tail has to go to the next page, the
body's last rows go with it — the split table repeats its header row there (items_table's
repeatRows), so the page the customer signs on always shows what they sign for."""
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

KEEP_ROWS = 2


class KeepWithTail(Flowable):
    def __init__(self, body, tail: list, rows: int = KEEP_ROWS):
        super().__init__()
        self.body, self.tail, self.rows = body, list(tail), rows
        self._sizes = []

    def _measure(self, width, height):
        self._sizes = [f.wrap(width, height) for f in [self.body] + self.tail]
        return sum(h for _, h in self._sizes)

    def wrap(self, available_width, available_height):
        self._width = available_width
        self._height = self._measure(available_width, available_height)
        return available_width, self._height

    def _kept_height(self) -> float | None:
        """How much of the body goes along with the tail: its last rows (a table) or lines (a paragraph)."""
        if isinstance(self.body, Table):
            heights = list(self.body._rowHeights or [])
            body_rows = len(heights) - self.body.repeatRows
            if body_rows <= self.rows:
                return None  # too short to split: the whole body goes with the tail
            return sum(heights[-self.rows:])
        if isinstance(self.body, Paragraph):
            leading = self.body.style.leading
            lines = len(getattr(self.body.blPara, "lines", []) or [])
            if lines <= self.rows + 1:
                return None
            return leading * self.rows
        return None

    def split(self, available_width, available_height):
        total = self._measure(available_width, available_height)
        if total <= available_height:
            return [self]
        body_height = self._sizes[0][1]
        kept = self._kept_height()
        if body_height <= available_height:  # the body fits, the tail does not: hold back its end
            if kept is None:
                return []
            limit = body_height - kept - 0.5
        else:  # split where the page ends, but never leave fewer than its last rows for the tail's page
            limit = available_height if kept is None else min(available_height, body_height - kept - 0.5)
        parts = self.body.split(available_width, limit)
        if len(parts) < 2:
            return []
        return [parts[0], KeepWithTail(parts[1], self.tail, self.rows)]

    def draw(self):
        y = self._height
        for flowable, (width, height) in zip([self.body] + self.tail, self._sizes):
            y -= height
            align = getattr(flowable, "hAlign", "LEFT")
            x = (self._width - width) / 2 if align in ("CENTER", "CENTRE") else self._width - width if align == "RIGHT" else 0
            flowable.drawOn(self.canv, x, y)


def keep_with_tail(body, tail: list, rows: int = KEEP_ROWS) -> KeepWithTail:
    return KeepWithTail(body, tail, rows)


def headed(heading, body) -> KeepTogether:
    """A section heading never left alone at the foot of a page: it goes with the start of its body."""
    return KeepTogether([heading, body])
