"""The arithmetic of the nightly snapshot (decision 099): which days each enterprise's street inspections cover.
Pure: rows come in as parameters."""

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta


def covered_days(inspected: Iterable[date], interval_days: int, before: date) -> list[tuple[date, date]]:
    """The days, before `before`, on which an enterprise inspected on `inspected` counts as covered: an inspection
    on day t covers t up to t + interval - 1 (the live count's window, dashboard.queries._covered). Merged runs,
    both ends included."""
    runs: list[tuple[date, date]] = []
    for day in sorted(set(inspected)):
        if day >= before:
            break
        end = min(day + timedelta(days=interval_days - 1), before - timedelta(days=1))
        if runs and day <= runs[-1][1] + timedelta(days=1):
            runs[-1] = (runs[-1][0], max(runs[-1][1], end))
        else:
            runs.append((day, end))
    return runs


class Coverage:
    """Covered enterprises per region and day, added run by run and read back as daily counts."""

    def __init__(self) -> None:
        self._steps: dict[int, dict[date, int]] = defaultdict(lambda: defaultdict(int))

    def add(self, region_id: int, runs: list[tuple[date, date]]) -> None:
        steps = self._steps[region_id]
        for start, end in runs:
            steps[start] += 1
            steps[end + timedelta(days=1)] -= 1

    def days(self) -> Iterable[tuple[int, date, int]]:
        """(region, day, covered) for every day with at least one covered enterprise."""
        for region_id, steps in self._steps.items():
            count, day = 0, None
            for step in sorted(steps):
                if count and day is not None:
                    while day < step:
                        yield region_id, day, count
                        day += timedelta(days=1)
                count += steps[step]
                day = step
