"""History thinning: autosave bursts do not push yesterday's states out of the history."""

from __future__ import annotations

import datetime

from lanson_report.store.bodies import HISTORY_LIMIT, RECENT_KEPT, thin

NOW = datetime.datetime(2026, 11, 26, 15, 0, tzinfo=datetime.UTC)


def _entries(*ages: datetime.timedelta) -> list[dict[str, object]]:
    """Version entries saved at NOW - age, oldest first, numbered in order."""
    ordered = sorted(ages, reverse=True)
    return [
        {"number": n, "saved": (NOW - age).isoformat(), "title": ""}
        for n, age in enumerate(ordered, start=1)
    ]


def _numbers(entries: list[dict[str, object]]) -> list[object]:
    return [e["number"] for e in entries]


def test_the_newest_versions_are_all_kept() -> None:
    entries = _entries(*(datetime.timedelta(seconds=s) for s in range(RECENT_KEPT, 0, -1)))
    assert thin(entries, NOW) == entries


def test_a_morning_of_autosaves_keeps_one_state_per_quarter_hour() -> None:
    minutes = [datetime.timedelta(minutes=m, seconds=5) for m in range(1, 181)]  # 3 h, each minute
    kept = thin(_entries(*minutes), NOW)
    older = kept[:-RECENT_KEPT]
    assert 11 <= len(older) <= 13  # ~3 h in quarter hours, less the newest ten minutes
    quarters = [
        int(datetime.datetime.fromisoformat(str(e["saved"])).timestamp()) // 900 for e in older
    ]
    assert len(set(quarters)) == len(quarters)  # one state per quarter of an hour


def test_earlier_days_keep_their_last_state_each() -> None:
    days = [datetime.timedelta(days=d, minutes=m) for d in range(2, 12) for m in (0, 30, 90)]
    burst = [datetime.timedelta(seconds=s) for s in range(300, 0, -1)]  # 300 autosaves now
    kept = thin(_entries(*days, *burst), NOW)
    kept_days = {datetime.datetime.fromisoformat(str(e["saved"])).date() for e in kept}
    assert len(kept_days) >= 11  # ten earlier days survive the burst, plus today
    assert len(kept) <= HISTORY_LIMIT


def test_the_limit_drops_the_oldest() -> None:
    days = [datetime.timedelta(days=d) for d in range(1, 300)]
    kept = thin(_entries(*days), NOW, limit=40)
    assert len(kept) == 40
    assert _numbers(kept) == list(range(260, 300))
