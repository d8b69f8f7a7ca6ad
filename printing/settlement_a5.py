"""维修结算单 on A5 (landscape, half an A4): the same document as printing.settlement."""
from . import settlement

KIND = "settlement-a5"
LABEL = "维修结算单（A5）"
PAPER = "a5"
latest_number = settlement.latest_number


def render(number: str | None, out, *, copies: int = 1) -> None:
    settlement.render(number, out, copies=copies, paper=PAPER)
