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


@dataclass(frozen=True)
class BoardEntry:
    """One enterprise over a month: its colour and score at the start (the verdict in force, or its first one if
    it was first scored during the month) and at the end, and whether every verdict in between was green."""

    change: ScoreChange
    community_id: int
    green_throughout: bool


def monthly_board(entries: list[BoardEntry], limit: int) -> dict[int, dict[str, list[ScoreChange]]]:
    """比学赶超, per community: who turned green, who improved most (score gained, best first), who stayed green
    all month (highest score first)."""
    by_community: dict[int, list[BoardEntry]] = {}
    for entry in entries:
        by_community.setdefault(entry.community_id, []).append(entry)
    board = {}
    for community, rows in by_community.items():
        changes = [row.change for row in rows]
        turned = sorted((c for c in changes if c.color_start != "green" and c.color_end == "green"),
                        key=lambda c: (-c.change, c.enterprise_id))
        improved = sorted((c for c in changes if c.change > 0), key=lambda c: (-c.change, c.enterprise_id))
        stayed = sorted((row.change for row in rows if row.green_throughout),
                        key=lambda c: (-c.score_end, c.enterprise_id))
        board[community] = {"turned_green": turned[:limit], "improved_most": improved[:limit],
                            "stayed_green": stayed[:limit]}
    return board
