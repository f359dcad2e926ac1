"""The quarterly statistics of hazard investigation and governance (16号令 第十四条, domain.md §1.1): each
enterprise's hazards found, by level, rectified, the rectification rate and those overdue, and the street's
total. Pure arithmetic: the facts and the cut-off day come in as parameters. Standard library only."""

from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import date, timedelta

from core.errors import InvalidInput
from dashboard.periods import rate


@dataclass(frozen=True)
class Quarter:
    year: int
    number: int

    @property
    def first_day(self) -> date:
        return date(self.year, 3 * self.number - 2, 1)

    @property
    def last_day(self) -> date:
        following = date(self.year + 1, 1, 1) if self.number == 4 else date(self.year, 3 * self.number + 1, 1)
        return following - timedelta(days=1)

    @property
    def report_due(self) -> date:
        """第十四条: the quarter's sheet is due before the 15th of the next quarter's first month."""
        return self.last_day + timedelta(days=15)

    def cutoff(self, today: date) -> date:
        """The figures stand as of the quarter's last day, or today while the quarter runs."""
        return min(self.last_day, today)


def quarter(year: int, number: int, today: date) -> Quarter:
    """The quarter asked for; one that has not begun has nothing to report (422 QUARTER_IN_FUTURE)."""
    if number not in (1, 2, 3, 4):
        raise InvalidInput("季度须为 1 至 4", code="QUARTER_INVALID", detail=[{"field": "quarter"}])
    asked = Quarter(year, number)
    if asked.first_day > today:
        raise InvalidInput(f"{year}年第{number}季度尚未开始,无法统计", code="QUARTER_IN_FUTURE",
                           detail=[{"field": "quarter"}])
    return asked


@dataclass(frozen=True)
class HazardFact:
    """A hazard found in the quarter, as the sheet needs it."""

    major: bool
    deadline: date
    closed_on: date | None
    has_plan: bool


@dataclass
class QuarterlyTally:
    """One row of the quarterly sheet: an enterprise's counts as of the cut-off day, or the street's sum."""

    inspections: int = 0
    self_inspections: int = 0
    found: int = 0
    general: int = 0
    major: int = 0
    rectified: int = 0
    major_rectified: int = 0
    unrectified: int = 0
    overdue: int = 0
    major_with_plan: int = 0

    @property
    def rectification_rate(self) -> float | None:
        """Rectified / found; none when nothing was found (a rate of 0 would read as a failure)."""
        return rate(self.rectified, self.found)


def tally(hazards: Iterable[HazardFact], cutoff: date, inspections: int = 0,
          self_inspections: int = 0) -> QuarterlyTally:
    """One enterprise's figures as of `cutoff`: a hazard counts as rectified when it was closed by then, and as
    overdue when it was not and its deadline day had passed."""
    figures = QuarterlyTally(inspections=inspections, self_inspections=self_inspections)
    for hazard in hazards:
        rectified = hazard.closed_on is not None and hazard.closed_on <= cutoff
        figures.found += 1
        figures.major += hazard.major
        figures.general += not hazard.major
        figures.rectified += rectified
        figures.major_rectified += rectified and hazard.major
        figures.unrectified += not rectified
        figures.overdue += not rectified and cutoff > hazard.deadline
        figures.major_with_plan += hazard.major and hazard.has_plan
    return figures


def total(rows: Iterable[QuarterlyTally]) -> QuarterlyTally:
    """The street's row: every count summed, the rate computed again from the sums (never averaged)."""
    summed = QuarterlyTally()
    for row in rows:
        for field in fields(QuarterlyTally):
            setattr(summed, field.name, getattr(summed, field.name) + getattr(row, field.name))
    return summed
