"""Static checks of the numeric-drill files, without the Swift binary.

Every generator in content/drills is read with PyYAML: its fields, its folder and topics, its
tolerance and the names its templates use. Then 200 parameter sets drawn here (not by the engine)
go through the generator's own formulas, read by the small Python reader in drill_files.py, and
the answer must agree with the independent function in reference.py. test_drills.py does the
same against the engine's own instances.
"""
import math
import random

import pytest
import yaml

from drill_files import CONTENT, Parser, evaluate_generator, load_generators, names_in, template_names, FUNCTIONS
from reference import CEILING, EXACT_IDS, PROBABILITY, REFERENCE, InputError, agree

GENERATORS = load_generators()
TOPICS = {t["id"] for t in yaml.safe_load((CONTENT / "topics.yaml").read_text())}
FIELDS = {"id", "title", "topics", "difficulty", "parameters", "derived", "require", "answer",
          "tolerance", "unit", "question", "solution"}
REQUIRED = {"id", "title", "topics", "difficulty", "parameters", "answer", "tolerance", "question", "solution"}


def draw(shape, rng):
    if "int" in shape:
        lo, hi = shape["int"]
        return rng.randint(lo, hi)
    if "choice" in shape:
        return rng.choice(shape["choice"])
    if "real" in shape:
        lo, hi = shape["real"]
        x = rng.uniform(lo, hi)
        step = shape.get("step")
        if step:
            x = round(x / step) * step
            x = min(max(x, lo), hi)
        return x
    if "list" in shape:
        return [draw(shape["list"], rng) for _ in range(shape["length"])]
    raise ValueError(shape)


def ids(gens):
    return [g["id"] for _, g in gens]


@pytest.mark.parametrize("path,gen", GENERATORS, ids=ids(GENERATORS))
def test_fields(path, gen):
    assert set(gen) <= FIELDS, f"unknown fields {set(gen) - FIELDS}"
    assert REQUIRED <= set(gen), f"missing {REQUIRED - set(gen)}"
    assert gen["id"] == path.stem
    assert path.parent.name == gen["topics"][0]
    assert set(gen["topics"]) <= TOPICS, f"unknown topics {set(gen['topics']) - TOPICS}"
    assert gen["difficulty"] in ("easy", "medium", "hard")
    tol = gen["tolerance"]
    assert len(tol) == 1 and next(iter(tol)) in ("relative", "absolute", "exact")
    assert gen["id"] in REFERENCE, "no independent function in reference.py"
    assert (next(iter(tol)) == "exact") == (gen["id"] in EXACT_IDS)


@pytest.mark.parametrize("path,gen", GENERATORS, ids=ids(GENERATORS))
def test_names(path, gen):
    known = set(gen["parameters"])
    for name in known:
        assert name not in FUNCTIONS and name not in ("if", "map", "x", "i")
    for name, expr in (gen.get("derived") or {}).items():
        assert isinstance(expr, (str, int, float)), f"{name}: YAML read {expr!r}, not an expression (quote it)"
        used = names_in(Parser(str(expr)).parse())
        assert used <= known, f"{name} uses unknown {used - known}"
        assert name not in known and name not in FUNCTIONS
        known.add(name)
    for expr in list(gen.get("require") or []) + [gen["answer"]]:
        assert isinstance(expr, (str, int, float)), f"YAML read {expr!r}, not an expression (quote it)"
        used = names_in(Parser(str(expr)).parse())
        assert used <= known, f"{expr} uses unknown {used - known}"
    assert set(template_names(gen["question"])) <= known
    assert set(template_names(gen["solution"])) <= known | {"answer"}
    assert template_names(gen["question"]), "the question shows no drawn number"


@pytest.mark.parametrize("path,gen", GENERATORS, ids=ids(GENERATORS))
def test_formulas_agree_with_reference(path, gen):
    rng = random.Random(gen["id"])
    fn = REFERENCE[gen["id"]]
    accepted = 0
    for _ in range(200):
        for attempt in range(100):
            params = {k: draw(v, rng) for k, v in gen["parameters"].items()}
            try:
                env, ok, answer = evaluate_generator(gen, params)
            except (ZeroDivisionError, ValueError, IndexError):
                continue
            if ok:
                break
        else:
            pytest.fail("the draw fails `require` 100 times in a row")
        accepted += 1
        assert math.isfinite(answer)
        expected = fn(params)
        assert agree(gen["id"], params, answer, expected), f"{params}: formula {answer!r}, reference {expected!r}"
        if gen["id"] in PROBABILITY:
            assert 0 <= answer <= 1
        if gen["tolerance"].get("exact"):
            assert float(answer).is_integer()
    assert accepted == 200
