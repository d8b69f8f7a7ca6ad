"""预约定金 held for an appointment, as the till deducts it (定金抵扣).

Reception takes and refunds deposits (storage.reception.appointments.record_deposit / cancel): Payment rows
with the appointment and no settlement. What an appointment still holds is those rows (money in,
refunds out) less what settlements deducted (定金抵扣 rows; a reversal's negative row gives it back).
Appointment.deposit is reception's running total of what was taken, not of what is left."""
import peewee

from storage.cashier.common import DEPOSIT
from storage.models import Payment, summed


def deposit_balance(appointment_id: int):
    held = peewee.Case(
        None,
        [(Payment.settlement.is_null(), Payment.amount), (Payment.method == DEPOSIT, 0 - Payment.amount)],
        0,
    )
    return Payment.select(summed(held, Payment.amount)).where(Payment.appointment == appointment_id).scalar()
