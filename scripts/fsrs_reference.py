"""Generate the FSRS reference vectors used by the Swift tests.

Usage (from the repository root):
    .venv-fsrs/bin/python scripts/fsrs_reference.py

Requires fsrs==6.3.2 in that venv:
    python3 -m venv .venv-fsrs && .venv-fsrs/bin/pip install fsrs==6.3.2

Writes Tests/OnsiteCoreTests/Vectors/fsrs-6.3.2.json. Every scheduler runs with
enable_fuzzing=False, so the output is deterministic. Times are stored as epoch
seconds (floats, whole seconds except in the "subsecond" scenario).

File layout:
    {"fsrs_version": "6.3.2",
     "scenarios": [{
        "name": str,
        "scheduler": {"parameters": [21 floats], "desired_retention": float,
                      "learning_steps": [seconds], "relearning_steps": [seconds],
                      "maximum_interval": int},
        "initial_card": card,        # card before the first review
        "reviews": [{
            "rating": 1..4,
            "at": epoch seconds,
            "preview": [due for Again, Hard, Good, Easy] (from the card before this review),
            "expected": card,        # card after this review
            "retrievability": [[epoch seconds, R], ...]   # of the expected card
        }],
        "reschedule": optional {"scheduler": settings, "expected": card}
            # reschedule_card of the final card with all review logs under that scheduler
     }]}
    card = {"state": 1|2|3, "step": int|null, "stability": float|null,
            "difficulty": float|null, "due": epoch seconds, "last_review": epoch seconds|null}
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime, timedelta, timezone
from importlib.metadata import version
from pathlib import Path

from fsrs import Card, Rating, ReviewLog, Scheduler, State
from fsrs.scheduler import (
    DEFAULT_PARAMETERS,
    LOWER_BOUNDS_PARAMETERS,
    UPPER_BOUNDS_PARAMETERS,
)

EXPECTED_VERSION = "6.3.2"
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
US = 1_000_000
MINUTE = 60 * US
HOUR = 3600 * US
DAY = 86400 * US
# Keep every generated time well inside Python's datetime range.
LATEST_US = int((datetime(2600, 1, 1, tzinfo=timezone.utc) - EPOCH) / timedelta(microseconds=1))

OUT = Path(__file__).resolve().parent.parent / "Tests/OnsiteCoreTests/Vectors/fsrs-6.3.2.json"


def to_dt(us: int) -> datetime:
    return EPOCH + timedelta(microseconds=us)


def to_us(dt: datetime) -> int:
    return (dt - EPOCH) // timedelta(microseconds=1)


def secs(us: int) -> float:
    return us / US


def card_json(card: Card) -> dict:
    return {
        "state": int(card.state),
        "step": card.step,
        "stability": card.stability,
        "difficulty": card.difficulty,
        "due": secs(to_us(card.due)),
        "last_review": None if card.last_review is None else secs(to_us(card.last_review)),
    }


def settings(
    parameters=DEFAULT_PARAMETERS,
    desired_retention=0.9,
    learning_steps=(60, 600),
    relearning_steps=(600,),
    maximum_interval=36500,
) -> dict:
    return {
        "parameters": [float(p) for p in parameters],
        "desired_retention": desired_retention,
        "learning_steps": list(learning_steps),
        "relearning_steps": list(relearning_steps),
        "maximum_interval": maximum_interval,
    }


def make_scheduler(s: dict) -> Scheduler:
    return Scheduler(
        parameters=s["parameters"],
        desired_retention=s["desired_retention"],
        learning_steps=tuple(timedelta(seconds=x) for x in s["learning_steps"]),
        relearning_steps=tuple(timedelta(seconds=x) for x in s["relearning_steps"]),
        maximum_interval=s["maximum_interval"],
        enable_fuzzing=False,
    )


class Recorder:
    """Reviews one card step by step and records what py-fsrs produced."""

    def __init__(self, name: str, sched: dict, start_us: int, initial: Card | None = None):
        self.name = name
        self.settings = sched
        self.scheduler = make_scheduler(sched)
        self.card = initial if initial is not None else Card(card_id=1, due=to_dt(start_us))
        self.initial = card_json(self.card)
        self.now = start_us  # time of the latest review (or creation)
        self.reviews: list[dict] = []
        self.logs: list[ReviewLog] = []
        self.reschedule: dict | None = None

    @property
    def due(self) -> int:
        return to_us(self.card.due)

    @property
    def interval(self) -> int:
        """Scheduled interval of the current card in microseconds (0 for a new card)."""
        if self.card.last_review is None:
            return 0
        return self.due - to_us(self.card.last_review)

    def review(self, rating: int, at_us: int) -> Card:
        at = to_dt(at_us)
        preview = [
            secs(to_us(self.scheduler.review_card(self.card, Rating(r), at)[0].due))
            for r in (1, 2, 3, 4)
        ]
        card, log = self.scheduler.review_card(self.card, Rating(rating), at)
        last = to_us(card.last_review)
        due = to_us(card.due)
        probes = sorted({last + 86399 * US, last + DAY, due, min(last + 3 * (due - last) + 7 * DAY, LATEST_US)})
        self.reviews.append(
            {
                "rating": rating,
                "at": secs(at_us),
                "preview": preview,
                "expected": card_json(card),
                "retrievability": [
                    [secs(t), self.scheduler.get_card_retrievability(card, to_dt(t))] for t in probes
                ],
            }
        )
        self.logs.append(log)
        self.card = card
        self.now = at_us
        return card

    def add_reschedule(self, sched: dict) -> None:
        other = make_scheduler(sched)
        shuffled = list(self.logs)
        random.Random(len(shuffled)).shuffle(shuffled)  # order must not matter
        card = other.reschedule_card(self.card, shuffled)
        self.reschedule = {"scheduler": sched, "expected": card_json(card)}

    def json(self) -> dict:
        out = {
            "name": self.name,
            "scheduler": self.settings,
            "initial_card": self.initial,
            "reviews": self.reviews,
        }
        if self.reschedule is not None:
            out["reschedule"] = self.reschedule
        return out


T0 = int(datetime(2024, 3, 10, 9, 0, tzinfo=timezone.utc).timestamp()) * US


def random_times_walk(rec: Recorder, rng: random.Random, n: int, weights=(15, 15, 55, 15)) -> None:
    """Random ratings at a random mix of same-day, boundary, on-time, late and early times."""
    for _ in range(n):
        rating = rng.choices((1, 2, 3, 4), weights=weights)[0]
        ivl = rec.interval
        u = rng.random()
        if rec.card.last_review is None:
            at = rec.now + rng.randint(0, 3 * DAY // US) * US
        elif u < 0.15:  # same day, a few minutes to hours later
            at = rec.now + rng.randint(1, 6 * 3600) * US
        elif u < 0.25:  # around the 24-hour boundary
            at = rec.now + DAY + rng.choice((-60, -1, 0, 1, 60)) * US
        elif u < 0.55:  # exactly on time
            at = rec.due
        elif u < 0.75:  # late (overdue)
            at = rec.due + rng.randint(0, max(1, 3 * ivl // US)) * US
        else:  # early
            at = rec.now + rng.randint(1, max(1, ivl // US)) * US
        if at > LATEST_US - 200 * 365 * DAY:
            at = rec.now + rng.randint(1, 365 * DAY // US) * US
        rec.review(rating, at)


def perturbed_parameters(rng: random.Random, spread: float) -> list[float]:
    out = []
    for p, lo, hi in zip(DEFAULT_PARAMETERS, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS):
        if rng.random() < 0.1:
            v = rng.choice((lo, hi))  # occasionally sit exactly on a bound
        else:
            v = p + rng.uniform(-spread, spread) * (hi - lo)
        out.append(round(min(max(v, lo), hi), 6))
    return out


def hand_scenarios() -> list[Recorder]:
    out: list[Recorder] = []
    d = settings()

    # Walk through learning steps, all same day.
    r = Recorder("learning same-day: again, hard, good, hard, good", d, T0)
    r.review(1, T0)
    r.review(2, r.now + 60 * US)
    r.review(3, r.now + 360 * US)
    r.review(2, r.now + 600 * US)
    r.review(3, r.now + 600 * US)
    r.review(3, r.due)
    out.append(r)

    for rating in (1, 2, 3, 4):
        r = Recorder(f"new card single review rating {rating}", d, T0)
        r.review(rating, T0)
        out.append(r)

    # Same-day reviews in the review state, every rating, small and large stability.
    for first in (3, 4):
        for rating in (1, 2, 3, 4):
            r = Recorder(f"review state same-day rating {rating} after first {first}", d, T0)
            r.review(first, T0)
            if first == 3:
                r.review(3, r.now + 600 * US)  # graduate
            r.review(rating, r.now + 2 * HOUR)
            r.review(rating, r.now + 5 * HOUR)
            out.append(r)
    for rating in (1, 2, 3, 4):
        r = Recorder(f"mature card same-day rating {rating}", d, T0)
        r.review(4, T0)
        for _ in range(4):
            r.review(3, r.due)
        r.review(rating, r.now + 3 * HOUR)
        out.append(r)

    # 23h59m versus 24h after the previous review, in each state.
    for gap, label in ((86340, "23h59m"), (86399, "23h59m59s"), (86400, "24h"), (86401, "24h+1s")):
        for rating in (1, 2, 3, 4):
            r = Recorder(f"learning {label} rating {rating}", d, T0)
            r.review(3, T0)
            r.review(rating, r.now + gap * US)
            out.append(r)

            r = Recorder(f"review {label} rating {rating}", d, T0)
            r.review(4, T0)
            r.review(3, r.due)
            r.review(rating, r.now + gap * US)
            out.append(r)

            r = Recorder(f"relearning {label} rating {rating}", d, T0)
            r.review(4, T0)
            r.review(3, r.due)
            r.review(1, r.due)
            r.review(rating, r.now + gap * US)
            out.append(r)

    # Lapses and relearning with one and two relearning steps.
    for rsteps in ((600,), (300, 1800), (60, 600, 3600)):
        name = "/".join(str(x) for x in rsteps)
        sched = settings(relearning_steps=rsteps)
        r = Recorder(f"lapse and relearn steps {name}", sched, T0)
        r.review(3, T0)
        r.review(3, r.due)
        r.review(3, r.due)
        r.review(3, r.due)
        r.review(1, r.due)  # lapse
        r.review(2, r.due)  # hard at step 0
        r.review(1, r.due)
        r.review(3, r.due)
        for _ in range(len(rsteps)):
            r.review(3, r.due)
        r.review(3, r.due)
        r.review(1, r.due + 20 * DAY)  # late lapse
        r.review(4, r.due)  # easy out of relearning
        out.append(r)

    # Late reviews of learning and relearning cards.
    for late_days in (1, 2, 5, 30, 400):
        for rating in (1, 2, 3, 4):
            r = Recorder(f"learning card {late_days} days late rating {rating}", d, T0)
            r.review(3, T0)
            r.review(rating, r.due + late_days * DAY)
            r.review(3, r.due)
            out.append(r)
        r = Recorder(f"relearning card {late_days} days late", d, T0)
        r.review(4, T0)
        r.review(3, r.due)
        r.review(1, r.due)
        r.review(3, r.due + late_days * DAY)
        out.append(r)

    # Overdue and early reviews in review state.
    for factor in (0.05, 0.3, 0.5, 0.99, 1.0, 1.5, 3.0, 10.0):
        for rating in (1, 2, 3, 4):
            r = Recorder(f"review at {factor}x interval rating {rating}", d, T0)
            r.review(3, T0)
            r.review(3, r.due)
            r.review(3, r.due)
            r.review(3, r.due)
            r.review(rating, r.now + int(r.interval * factor) // US * US)
            out.append(r)

    # No learning steps: everything goes straight to review.
    for rating in (1, 2, 3, 4):
        r = Recorder(f"no learning steps rating {rating}", settings(learning_steps=()), T0)
        r.review(rating, T0)
        r.review(rating, r.due)
        r.review(3, r.due)
        out.append(r)

    # No relearning steps: Again in review stays in review.
    r = Recorder("no relearning steps", settings(relearning_steps=()), T0)
    r.review(3, T0)
    r.review(3, r.due)
    for rating in (3, 1, 1, 3, 2, 1, 4, 1):
        r.review(rating, r.due)
    r.review(1, r.now + HOUR)
    out.append(r)

    r = Recorder("no steps at all", settings(learning_steps=(), relearning_steps=()), T0)
    for rating in (1, 1, 2, 3, 1, 4, 3):
        r.review(rating, r.due)
    out.append(r)

    # Custom learning steps 1m, 5m, 30m.
    sched = settings(learning_steps=(60, 300, 1800))
    r = Recorder("custom steps 1m/5m/30m", sched, T0)
    r.review(2, T0)  # hard at step 0: average of first two steps
    r.review(3, r.due)
    r.review(2, r.due)  # hard at step 1: that step
    r.review(3, r.due)
    r.review(2, r.due)  # hard at step 2
    r.review(1, r.due)
    r.review(3, r.due)
    r.review(3, r.due)
    r.review(3, r.due)  # graduates
    r.review(3, r.due)
    out.append(r)

    for steps in ((60,), (45,), (61, 600), (1,), (3 * 3600, 86400, 3 * 86400)):
        name = "/".join(str(x) for x in steps)
        r = Recorder(f"learning steps {name}", settings(learning_steps=steps, relearning_steps=steps), T0)
        for rating in (2, 2, 3, 1, 2, 3, 3, 3, 1, 2, 2, 3, 3, 3):
            r.review(rating, r.due)
        out.append(r)

    # Cards whose step exceeds the scheduler's steps (scheduled under a scheduler with more steps).
    for state in (State.Learning, State.Relearning):
        for rating in (1, 2, 3, 4):
            initial = Card(
                card_id=1,
                state=state,
                step=3,
                stability=2.5,
                difficulty=5.5,
                due=to_dt(T0),
                last_review=to_dt(T0 - 20 * MINUTE),
            )
            r = Recorder(f"stale step 3 in state {int(state)} rating {rating}", d, T0, initial)
            r.review(rating, T0)
            r.review(3, r.due)
            out.append(r)

    # A card with memory state but no last review (hand-built or imported).
    for state, step in ((State.Learning, 0), (State.Review, None), (State.Relearning, 0)):
        initial = Card(card_id=1, state=state, step=step, stability=4.0, difficulty=6.0, due=to_dt(T0))
        r = Recorder(f"memory state without last review, state {int(state)}", d, T0, initial)
        r.review(3, T0)
        out.append(r)

    # Intervals of exactly x.5 days round half to even (same-day Hard keeps the stability).
    for stability in (2.5, 3.5, 4.5, 12.5, 100.5):
        initial = Card(
            card_id=1,
            state=State.Review,
            stability=stability,
            difficulty=5.0,
            due=to_dt(T0),
            last_review=to_dt(T0 - HOUR),
        )
        r = Recorder(f"half-day interval rounding, stability {stability}", d, T0, initial)
        r.review(2, T0)
        out.append(r)

    # Review timestamp earlier than the last review (clock skew).
    r = Recorder("review before the last review", d, T0)
    r.review(4, T0)
    r.review(3, r.due)
    r.review(3, r.now - 2 * DAY)
    r.review(2, r.now - 3 * HOUR)
    out.append(r)

    # Sub-second review times (microseconds). They stay within a few years of now: a Swift Date
    # (a Double) only resolves microseconds for dates before roughly 2100.
    rng = random.Random(4242)
    r = Recorder("subsecond", d, T0 + 123456)
    for _ in range(40):
        rating = rng.choices((1, 2, 3, 4), weights=(15, 15, 55, 15))[0]
        gap = min(r.due - r.now, 30 * DAY) + rng.randint(-DAY, DAY) + rng.randint(0, US - 1)
        r.review(rating, r.now + max(gap, 1))
    out.append(r)

    # Retention, maximum interval and parameter extremes on a fixed sequence.
    fixed = (3, 3, 3, 1, 3, 3, 4, 2, 3, 1, 1, 3, 4, 4, 3, 2, 3, 3)
    variants = {
        "desired retention 0.8": settings(desired_retention=0.8),
        "desired retention 0.95": settings(desired_retention=0.95),
        "desired retention 0.7": settings(desired_retention=0.7),
        "desired retention 0.99": settings(desired_retention=0.99),
        "maximum interval 30": settings(maximum_interval=30),
        "maximum interval 1": settings(maximum_interval=1),
        "maximum interval 365": settings(maximum_interval=365),
        "all lower bounds": settings(parameters=LOWER_BOUNDS_PARAMETERS),
        "all upper bounds": settings(parameters=UPPER_BOUNDS_PARAMETERS),
        "decay 0.1": settings(parameters=DEFAULT_PARAMETERS[:20] + (0.1,)),
        "decay 0.8": settings(parameters=DEFAULT_PARAMETERS[:20] + (0.8,)),
        "easy initial difficulty above 1": settings(
            parameters=DEFAULT_PARAMETERS[:4] + (9.0, 0.3) + DEFAULT_PARAMETERS[6:]
        ),
        "strong mean reversion": settings(parameters=DEFAULT_PARAMETERS[:7] + (0.75,) + DEFAULT_PARAMETERS[8:]),
        "same-day hard would shrink": settings(
            parameters=DEFAULT_PARAMETERS[:17] + (2.0, 0.0, 0.8) + DEFAULT_PARAMETERS[20:]
        ),
    }
    for name, sched in variants.items():
        r = Recorder(name, sched, T0)
        for i, rating in enumerate(fixed):
            at = r.due if i % 5 != 4 else r.now + 4 * HOUR
            r.review(rating, at)
        r.add_reschedule(settings())
        out.append(r)

    # Same-day Hard and Good when the short-term factor would be below one.
    sched = variants["same-day hard would shrink"]
    for rating in (1, 2, 3, 4):
        r = Recorder(f"short-term clamp rating {rating}", sched, T0)
        r.review(3, T0)
        r.review(3, r.due)
        r.review(3, r.due)
        r.review(rating, r.now + HOUR)
        r.review(rating, r.now + HOUR)
        out.append(r)
    return out


def random_scenarios() -> list[Recorder]:
    out: list[Recorder] = []
    rng = random.Random(20240310)
    for i in range(60):
        weights = (15, 15, 55, 15) if i % 2 == 0 else (25, 25, 25, 25)
        r = Recorder(f"random default #{i}", settings(), T0 + rng.randint(0, 400) * DAY)
        random_times_walk(r, rng, 50, weights)
        if i % 10 == 0:
            r.add_reschedule(settings(desired_retention=0.85, learning_steps=(60, 300, 1800)))
        out.append(r)
    for retention in (0.8, 0.95):
        for i in range(8):
            r = Recorder(f"random retention {retention} #{i}", settings(desired_retention=retention), T0)
            random_times_walk(r, rng, 40)
            out.append(r)
    for i in range(8):
        r = Recorder(f"random maximum interval 30 #{i}", settings(maximum_interval=30), T0)
        random_times_walk(r, rng, 40)
        out.append(r)
    for i in range(40):
        spread = 0.05 if i < 20 else 0.3
        steps = rng.choice(((60, 600), (), (60, 300, 1800), (120,)))
        rsteps = rng.choice(((600,), (), (300, 1200)))
        sched = settings(
            parameters=perturbed_parameters(rng, spread),
            desired_retention=rng.choice((0.8, 0.85, 0.9, 0.95)),
            learning_steps=steps,
            relearning_steps=rsteps,
            maximum_interval=rng.choice((36500, 365, 30)),
        )
        r = Recorder(f"random parameters #{i}", sched, T0)
        random_times_walk(r, rng, 40)
        if i % 5 == 0:
            r.add_reschedule(settings())
        out.append(r)
    return out


def main() -> None:
    if version("fsrs") != EXPECTED_VERSION:
        sys.exit(f"expected fsrs {EXPECTED_VERSION}, found {version('fsrs')}")
    scenarios = [r.json() for r in hand_scenarios() + random_scenarios()]
    doc = {"fsrs_version": EXPECTED_VERSION, "scenarios": scenarios}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(doc, separators=(",", ":")) + "\n")
    states = sum(len(s["reviews"]) for s in scenarios)
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes): {len(scenarios)} scenarios, {states} reviews")


if __name__ == "__main__":
    main()
