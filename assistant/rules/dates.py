"""Calendar arithmetic for time rules: whole years and months, month ends clamped."""

from __future__ import annotations

import calendar
from datetime import date


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (or earlier); the 31st becomes the month's last day.

    >>> add_months(date(2025, 5, 31), -3), add_months(date(2024, 11, 30), 3)
    (datetime.date(2025, 2, 28), datetime.date(2025, 2, 28))
    """
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def add_years(day: date, years: int) -> date:
    """The same day ``years`` later; 29 February becomes 28 February.

    >>> add_years(date(2024, 2, 29), 3)
    datetime.date(2027, 2, 28)
    """
    return add_months(day, 12 * years)
