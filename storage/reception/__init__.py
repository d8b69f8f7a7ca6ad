"""Reception (业务接待): the service advisor's side of a car's journey.

    checkin      check-in (接车), the order's terms, signing the estimate, comebacks, cancelling
    estimate     the lines of a draft order: labour, parts with live stock, fees, packages
    mileage      mileage sanity (below the last reading needs a manager; implausible jumps confirmed)
    appointments bookings that hold a bay, deposits, the reminder list
    progress     added-work answers, today's cars, progress checks, call to collect, hand-over
    documents    what the order screens and the printed work order / estimate / check-in show
    packages     the labour-time table (工时定额) and maintenance packages (保养套餐)
    diagnosis    the diagnosis report (汽车检测诊断报告单), its fee, and the car taken away unrepaired (诊断未修)
    forms        the added-work form, the declined work (建议项目表), the service card (售后服务卡)
    loaners      代步车: the loaner fleet, hand-out against an order and return, overdue loans, 三包 第二十一条's record

The as-you-type archive look-up that reception shows is storage.reception.search."""
