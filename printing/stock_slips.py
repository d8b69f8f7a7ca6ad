"""What the outbound and receiving slips share: how a slip number is found (typed, scanned, or the
newest of its kind) and the header grid."""
from storage.models import StockMovement
from storage.rules.errors import NotFound


def latest_document(kind: str | tuple) -> str | None:
    """The newest slip number among movements of `kind` (出库, 入库, or several kinds)."""
    kinds = (kind,) if isinstance(kind, str) else tuple(kind)
    newest = (StockMovement.select(StockMovement.document).where(StockMovement.kind.in_(kinds))
              .order_by(StockMovement.at.desc(), StockMovement.id.desc()).first())
    return newest.document if newest else None


def slip_number(number: str | None, kind: str | tuple, label: str) -> str:
    typed = (number or "").strip().upper()
    if typed:
        return typed
    newest = latest_document(kind)
    if newest is None:
        raise NotFound(f"还没有{label}，无法打印。")
    return newest
