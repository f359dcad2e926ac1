"""Query rows shaped into the command center's answers: daily series, branches of the region tree, rankings.
Pure: rows and dates come in as parameters."""

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from dashboard.periods import Period


def daily_series(period: Period, today: date, opened: list[date], closed: list[date]) -> list[dict]:
    """One row per day of the period up to today: hazards found and hazards closed that day."""
    found, fixed = Counter(opened), Counter(closed)
    days = period.elapsed_days(today)
    return [{"date": day, "opened": found[day], "closed": fixed[day]}
            for day in (period.start + timedelta(days=n) for n in range(days))]


def branch_of(path: str, scope: str | None) -> int | None:
    """The id of the region directly under `scope` whose subtree holds `path` ("/1/4/9/" under "/1/" is 4);
    None for the scope region itself or a path outside it. No scope means the top of the tree."""
    scope = scope or "/"
    if not path.startswith(scope):
        return None
    below = path[len(scope):].split("/", 1)[0]
    return int(below) if below else None


@dataclass(frozen=True)
class ScoreChange:
    enterprise_id: int
    color_start: str
    score_start: float
    color_end: str
    score_end: float

    @property
    def change(self) -> float:
        return round(self.score_end - self.score_start, 2)


def ranking(changes: list[ScoreChange], limit: int) -> dict[str, list[ScoreChange]]:
    """Who improved most, who fell most, and who was red at the start and still is (lowest score first)."""
    improved = sorted((c for c in changes if c.change > 0), key=lambda c: (-c.change, c.enterprise_id))
    worsened = sorted((c for c in changes if c.change < 0), key=lambda c: (c.change, c.enterprise_id))
    stays_red = sorted((c for c in changes if c.color_start == c.color_end == "red"),
                       key=lambda c: (c.score_end, c.enterprise_id))
    return {"improved": improved[:limit], "worsened": worsened[:limit], "stays_red": stays_red[:limit]}
