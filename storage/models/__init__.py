"""Every table of the after-sales department, in dependency order (ALL_MODELS)."""
from storage.models.base import (
    BaseModel, CostField, FixedPointField, MoneyField, QuantityField, VersionedModel, now, summed,
)
from storage.models.care import Complaint, FollowUp, FollowUpLetter, Reminder, WarrantyClaim
from storage.models.cashier import (
    CARD_MOVEMENT_KINDS, CARD_TYPES, PAYMENT_METHODS, BonusRule, CardKind, CardMovement, CardSale, Collection, DayClose,
    Invoice, InvoiceBuyer, MemberCard, Payment, Receivable, Settlement, SettlementLine,
)
from storage.models.customers import (
    MEMBER_MOVEMENT_KINDS, Customer, MemberMovement, MileageReading, Ownership, Vehicle, VehicleModel, VinPrefix,
)
from storage.models.loaners import Loan, LoanerCar
from storage.models.parts import Bin, Part, PartSupplier, PurchaseOrder, PurchaseOrderLine, Supplier
from storage.models.people import Approval, AuditLog, DocumentCounter, Setting, User
from storage.models.reports import AnalysisComment, DailyFigure, MarketReport
from storage.models.stock import MOVEMENT_KINDS, OpeningStock, PickRequest, StockCount, StockCountLine, StockMovement
from storage.models.workshop import (
    JOB_TYPES, ORDER_STATES, PARTS_QUALITY, PAYERS, AddedWork, Appointment, Bay, Clocking, Diagnosis, LabourItem,
    ProcessCheck, QualityCheck, ServicePackage, ServicePackageItem, StatusChange, Suggestion, Team, Technician,
    WorkOrder, WorkOrderLine,
)

ALL_MODELS = [
    User, Setting, AuditLog, DocumentCounter, Approval,
    Customer, VehicleModel, VinPrefix, Vehicle, Ownership, MileageReading,
    Supplier, Bin, Part, PartSupplier, PurchaseOrder, PurchaseOrderLine,
    Team, Technician, Bay, LabourItem, ServicePackage, ServicePackageItem,
    Appointment, WorkOrder, AddedWork, WorkOrderLine, StatusChange, Suggestion, QualityCheck, Clocking,
    Diagnosis, ProcessCheck,
    StockMovement, PickRequest, StockCount, StockCountLine, OpeningStock,
    Settlement, SettlementLine, CardKind, BonusRule, MemberCard, CardSale, CardMovement,
    Payment, Receivable, Collection, DayClose, MemberMovement, Invoice, InvoiceBuyer,
    FollowUp, Reminder, Complaint, WarrantyClaim,
    FollowUpLetter, AnalysisComment, MarketReport, DailyFigure,
    LoanerCar, Loan,
]
