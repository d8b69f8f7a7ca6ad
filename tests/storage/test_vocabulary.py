"""The vocabulary (storage/rules/vocabulary.py): every member is stored as its Chinese word, fits the column
that holds it, reads back equal, has an English label, and no stored word is written out as a literal
elsewhere in storage/, ui/ or printing/."""
import io
import re
import tokenize
import xml.etree.ElementTree as ET
from pathlib import Path

import peewee
import pytest
from PySide6.QtCore import QTranslator

from storage.models import (
    AddedWork, Appointment, CardKind, Complaint, Customer, FollowUp, Invoice, Loan, MemberCard, MemberMovement,
    OpeningStock, Payment, PickRequest, ProcessCheck, PurchaseOrder, Receivable, Settlement, SettlementLine,
    StatusChange, StockCount, StockMovement, User, WarrantyClaim, WorkOrder, WorkOrderLine,
)
from storage.rules import vocabulary as V
from ui.kit import labels

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "assets" / "i18n" / "fours_en.ts"
QM = ROOT / "assets" / "i18n" / "fours_en.qm"

# The columns each vocabulary is stored in.
COLUMNS = {
    V.OrderStatus: (WorkOrder.status, StatusChange.from_status, StatusChange.to_status),
    V.LineStatus: (WorkOrderLine.status,),
    V.JobType: (WorkOrder.job_type, Appointment.job_type),
    V.LineKind: (WorkOrderLine.kind, SettlementLine.kind),
    V.Payer: (WorkOrderLine.payer, SettlementLine.payer),
    V.PartsQuality: (WorkOrder.parts_quality,),
    V.PaymentMethod: (Payment.method,),
    V.SettlementStatus: (Settlement.status,),
    V.ReceivableStatus: (Receivable.status,),
    V.DebtorKind: (Receivable.debtor_kind,),
    V.RepairClass: (WorkOrder.repair_kind, Settlement.repair_kind),
    V.AppointmentStatus: (Appointment.status,),
    V.AddedWorkAnswer: (AddedWork.answer,),
    V.ProcessCheckResult: (ProcessCheck.result,),
    V.FollowUpStatus: (FollowUp.status,),
    V.ComplaintStatus: (Complaint.status,),
    V.ClaimStatus: (WarrantyClaim.status,),
    V.OldPartStatus: (WarrantyClaim.old_part_status,),
    V.PurchaseOrderStatus: (PurchaseOrder.status,),
    V.PickStatus: (PickRequest.status,),
    V.StockCountStatus: (StockCount.status,),
    V.OpeningStockStatus: (OpeningStock.status,),
    V.MovementKind: (StockMovement.kind,),
    V.MemberMovementKind: (MemberMovement.kind,),
    V.Role: (User.role,),
    V.CustomerKind: (Customer.kind,),
    V.CardType: (CardKind.card_type,),
    V.CardStatus: (MemberCard.status,),
    V.InvoiceKind: (Invoice.kind,),
    V.InvoiceStatus: (Invoice.status,),
    V.LoanStatus: (Loan.status,),
}
ALL_VALUES = {member.value for vocabulary in V.VOCABULARY for member in vocabulary}


def test_every_vocabulary_has_its_columns():
    assert set(COLUMNS) == set(V.VOCABULARY)


@pytest.mark.parametrize("vocabulary", V.VOCABULARY, ids=lambda v: v.__name__)
def test_every_member_fits_its_columns(vocabulary):
    for field in COLUMNS[vocabulary]:
        too_long = [m.value for m in vocabulary if len(m.value) > field.max_length]
        assert not too_long, f"{field.model.__name__}.{field.name} (max {field.max_length}): {too_long}"


def test_every_value_round_trips_through_the_database(db):
    """Each member goes in as the member and comes out as the plain string the database always held,
    equal to the member; a query by member and by a tuple of members finds it."""

    class Word(peewee.Model):
        vocabulary = peewee.CharField(max_length=32)
        value = peewee.CharField(max_length=16)

        class Meta:
            database = db
            table_name = "vocabulary_round_trip"

    Word.create_table(temporary=True)
    try:
        for vocabulary in V.VOCABULARY:
            for member in vocabulary:
                Word.create(vocabulary=vocabulary.__name__, value=member)
        raw = db.execute_sql("SELECT vocabulary, value FROM vocabulary_round_trip").fetchall()
        stored = {}
        for name, value in raw:
            assert type(value) is str
            stored.setdefault(name, []).append(value)
        for vocabulary in V.VOCABULARY:
            assert sorted(stored[vocabulary.__name__]) == sorted(m.value for m in vocabulary)
            for member in vocabulary:
                found = Word.get((Word.vocabulary == vocabulary.__name__) & (Word.value == member))
                assert found.value == member and vocabulary(found.value) is member
            assert Word.select().where((Word.vocabulary == vocabulary.__name__)
                                       & Word.value.in_(tuple(vocabulary))).count() == len(vocabulary)
    finally:
        Word.drop_table()


def test_members_are_their_stored_words():
    assert V.OrderStatus.DONE == "完工" and f"{V.OrderStatus.DELIVERED}" == "已交车" and str(V.PaymentMethod.CASH) == "现金"
    for vocabulary in V.VOCABULARY:
        assert len({m.value for m in vocabulary}) == len(vocabulary), vocabulary


def test_labels_list_every_member_for_lupdate():
    """ui/kit/labels.py writes out each value (lupdate reads only literals): the list and the enums agree."""
    text = (ROOT / "ui" / "kit" / "labels.py").read_text(encoding="utf-8")
    # every QT_TRANSLATE_NOOP("vocabulary", "…") in the file (the care desk's other words are "CareData")
    listed = set(re.findall(r'QT_TRANSLATE_NOOP\("vocabulary", "([^"]+)"\)', text))
    assert listed == ALL_VALUES


def test_every_member_has_an_english_label():
    root = ET.parse(TS).getroot()
    english = {message.findtext("source"): message.find("translation")
               for context in root.iter("context") if context.findtext("name") == labels.CONTEXT
               for message in context.iter("message")}
    missing = sorted(v for v in ALL_VALUES if v not in english or not (english[v].text or "").strip()
                     or english[v].get("type") in ("unfinished", "obsolete", "vanished"))
    assert not missing, missing
    translator = QTranslator()
    assert translator.load(str(QM))
    for value in ALL_VALUES:
        text = translator.translate(labels.CONTEXT, value)
        assert text and text.isascii(), (value, text)


def test_label_is_the_stored_word_without_a_translator(qapp):
    assert labels.label(V.OrderStatus.DONE) == "完工"
    assert labels.label("") == "" and labels.label(None) == ""
    assert labels.choices(V.SettlementStatus, blank="全部") == [("全部", ""), ("有效", "有效"), ("已冲销", "已冲销")]


def test_label_in_english(qapp):
    translator = QTranslator()
    assert translator.load(str(QM))
    qapp.installTranslator(translator)
    try:
        assert labels.label(V.OrderStatus.DELIVERED) == "Delivered"
        assert labels.label("现金") == "Cash"
        assert labels.label(V.Role.CASHIER) == "Cashier"
    finally:
        qapp.removeTranslator(translator)


# The words whose literal must not come back: order and line states, tenders, settlement and receivable
# states, repair classes, appointment, complaint, follow-up, claim, pick, count and purchase states.
GUARDED = {m.value for vocabulary in (V.OrderStatus, V.LineStatus, V.PaymentMethod, V.SettlementStatus,
                                      V.ReceivableStatus, V.RepairClass, V.AppointmentStatus, V.ComplaintStatus,
                                      V.FollowUpStatus, V.ClaimStatus, V.PickStatus, V.StockCountStatus,
                                      V.PurchaseOrderStatus) for m in vocabulary}
# Literals that are interface or paper text, not a stored value (a translated string is never one:
# lupdate needs the literal). Each is (file, word): keep this list short.
NOT_STORED = {
    ("storage/admin/checklist.py", "会员余额"),  # the go-live checklist's item title
    ("storage/golive/kinds/balances.py", "会员余额"),  # the import's title and column heading
    ("storage/golive/opening.py", "会员余额"),
    ("storage/store/backup_restore.py", "会员余额"),  # the self-check's section title
    ("storage/care/letters.py", "微信"),  # a letter's way of sending, not a tender
    ("storage/reception/progress.py", "微信"),  # how the customer answered
    ("storage/demo/order_rows.py", "微信"),
    ("storage/admin/users.py", "质检"),  # the permission's name
    ("storage/workshop/jobs.py", "已取消"),  # the refusal's wording: 项目“…”已取消
    ("ui/reception/order_editor.py", "待客户确认"),  # the line's state as the editor words it
    ("printing/work_order.py", "待客户确认"),
    ("ui/workshop/cards.py", "待料"),  # a pause reason that only repeats the state
    ("ui/workshop/history_dialog.py", "返工"),  # the filter's caption
    ("printing/appointment.py", "未收"),  # "deposit: not taken"
    ("printing/receiving_slip.py", "未到"),  # column heading: not yet delivered
}
SKIPPED_CALLS = {"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP", "Shortcut"}


def _enclosing_call(tokens, index):
    depth = 0
    for token in reversed(tokens[:index]):
        if token.type == tokenize.NEWLINE:
            return None
        if token.type == tokenize.OP and token.string in ")]}":
            depth += 1
        elif token.type == tokenize.OP and token.string in "([{":
            if depth == 0:
                position = tokens.index(token)
                before = tokens[position - 1]
                return before.string if token.string == "(" and before.type == tokenize.NAME else None
            depth -= 1
    return None


def _stored_literals(path: Path):
    tokens = list(tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline))
    for index, token in enumerate(tokens):
        if token.type != tokenize.STRING or token.string[:1] not in "\"'" or token.string[1:-1] not in GUARDED:
            continue
        call = _enclosing_call(tokens, index) or ""
        if call in SKIPPED_CALLS or call.endswith("Error"):  # translated text, or a message
            continue
        yield token.start[0], token.string[1:-1]


def test_no_stored_word_is_written_out_beside_the_vocabulary():
    found = []
    for folder in ("storage", "ui", "printing"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            if relative in ("storage/rules/vocabulary.py", "storage/store/schema.py") or path.name.startswith("ui_"):
                continue
            found += [f"{relative}:{line}: {word}" for line, word in _stored_literals(path)
                      if (relative, word) not in NOT_STORED]
    assert not found, "write the vocabulary member (storage.rules.vocabulary), not the word:\n" + "\n".join(found)


def test_the_guard_sees_a_literal(tmp_path):
    """The scan above finds a stored word in an ordinary comparison and leaves a translated one alone."""
    sample = tmp_path / "sample.py"
    sample.write_text('if order.status == "完工":\n    text = tr("完工")\n    raise ValidationError("已取消")\n',
                      encoding="utf-8")
    assert list(_stored_literals(sample)) == [(1, "完工")]
