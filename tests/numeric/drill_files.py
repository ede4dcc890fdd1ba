"""A small reader of the numeric-drill YAML files (docs/content-numeric.md) for the static checks.

It parses the expression language and evaluates a generator's `derived`, `require` and `answer`
for given parameters, and lists the names a template uses. It is not the engine: the engine's
answers are checked against the hand-written functions in test_drills.py, which never read the
formulas. This reader lets the static test catch a formula that disagrees with those functions
before the Swift side is built, and a template that names an unknown value.
"""
import math
import re
from pathlib import Path
from statistics import NormalDist

import yaml

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "content"

_TOKEN = re.compile(r"\s*(?:(\d+\.\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?|\d+(?:[eE][-+]?\d+)?)"
                    r"|([a-z][a-z0-9_]*)|(\"[^\"]*\")|(<=|>=|==|!=|[-+*/%^(),<>\[\]]))")


def tokenize(text):
    tokens, pos = [], 0
    text = text.strip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise SyntaxError(f"bad character at {pos} in {text!r}")
        num, name, string, op = m.groups()
        if num is not None:
            tokens.append(("num", float(num)))
        elif name is not None:
            tokens.append(("name", name))
        elif string is not None:
            tokens.append(("str", string[1:-1]))
        else:
            tokens.append(("op", op))
        pos = m.end()
        while pos < len(text) and text[pos].isspace():
            pos += 1
    return tokens


class Parser:
    def __init__(self, text):
        self.tokens = tokenize(text)
        self.i = 0

    def peek(self):
        return self.tokens[self.i] if self.i < len(self.tokens) else (None, None)

    def take(self, kind=None, value=None):
        tok = self.peek()
        if (kind and tok[0] != kind) or (value is not None and tok[1] != value):
            raise SyntaxError(f"expected {value or kind}, got {tok}")
        self.i += 1
        return tok

    def parse(self):
        node = self.or_()
        if self.i != len(self.tokens):
            raise SyntaxError(f"trailing {self.tokens[self.i:]}")
        return node

    def or_(self):
        node = self.and_()
        while self.peek() == ("name", "or"):
            self.take()
            node = ("or", node, self.and_())
        return node

    def and_(self):
        node = self.not_()
        while self.peek() == ("name", "and"):
            self.take()
            node = ("and", node, self.not_())
        return node

    def not_(self):
        if self.peek() == ("name", "not"):
            self.take()
            return ("not", self.not_())
        return self.cmp()

    def cmp(self):
        node = self.add()
        while self.peek()[0] == "op" and self.peek()[1] in ("<", "<=", ">", ">=", "==", "!="):
            op = self.take()[1]
            node = ("bin", op, node, self.add())
        return node

    def add(self):
        node = self.mul()
        while self.peek()[0] == "op" and self.peek()[1] in "+-":
            op = self.take()[1]
            node = ("bin", op, node, self.mul())
        return node

    def mul(self):
        node = self.unary()
        while self.peek()[0] == "op" and self.peek()[1] in ("*", "/", "%"):
            op = self.take()[1]
            node = ("bin", op, node, self.unary())
        return node

    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return ("neg", self.unary())
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek() == ("op", "^"):
            self.take()
            return ("bin", "^", base, self.unary())
        return base

    def atom(self):
        kind, value = self.peek()
        if kind == "num":
            self.take()
            return ("num", value)
        if kind == "str":
            self.take()
            return ("str", value)
        if kind == "op" and value == "(":
            self.take()
            node = self.or_()
            self.take("op", ")")
            return node
        if kind == "op" and value == "[":
            self.take()
            items = []
            if self.peek() != ("op", "]"):
                items.append(self.or_())
                while self.peek() == ("op", ","):
                    self.take()
                    items.append(self.or_())
            self.take("op", "]")
            return ("list", items)
        if kind == "name":
            self.take()
            if self.peek() == ("op", "("):
                self.take()
                args = []
                if self.peek() != ("op", ")"):
                    args.append(self.or_())
                    while self.peek() == ("op", ","):
                        self.take()
                        args.append(self.or_())
                self.take("op", ")")
                return ("call", value, args)
            return ("name", value)
        raise SyntaxError(f"unexpected {kind} {value}")


def _dcg(rels, k):
    return sum((2 ** r - 1) / math.log2(i + 2) for i, r in enumerate(rels[:int(k)]))


def _ndcg(rels, k):
    ideal = _dcg(sorted(rels, reverse=True), k)
    if ideal == 0:
        raise ZeroDivisionError("ideal DCG is 0")
    return _dcg(rels, k) / ideal


def _ap(rels):
    hits, total = 0, 0.0
    for i, r in enumerate(rels, 1):
        if r:
            hits += 1
            total += hits / i
    if hits == 0:
        raise ZeroDivisionError("no relevant item")
    return total / hits


def _auc(scores, labels):
    pos = [s for s, y in zip(scores, labels) if y]
    neg = [s for s, y in zip(scores, labels) if not y]
    if not pos or not neg:
        raise ZeroDivisionError("AUC needs both classes")
    wins = sum(1.0 if p > n else 0.5 if p == n else 0.0 for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def _psi(e, a):
    se, sa = sum(e), sum(a)
    return sum((y / sa - x / se) * math.log((y / sa) / (x / se)) for x, y in zip(e, a))


def _entropy(counts):
    n = sum(counts)
    return -sum(c / n * math.log2(c / n) for c in counts if c > 0)


def _gini(counts):
    n = sum(counts)
    return 1 - sum((c / n) ** 2 for c in counts)


def _softmax(logits, i):
    m = max(logits)
    e = [math.exp(x - m) for x in logits]
    return e[int(i) - 1] / sum(e)


def _round(x, d=0):
    q = 10 ** d
    v = abs(x) * q
    return math.copysign(math.floor(v + 0.5) / q, x)


def _ln(x):
    if x <= 0:
        raise ValueError("ln of a non-positive number")
    return math.log(x)


def _norminv(p):
    if not 0 < p < 1:
        raise ValueError("norminv outside (0, 1)")
    return NormalDist().inv_cdf(p)


def _lst(x):
    return x if isinstance(x, list) else [x]


FUNCTIONS = {
    "ln": _ln, "log2": math.log2, "log10": math.log10, "exp": math.exp, "sqrt": math.sqrt,
    "abs": abs, "floor": math.floor, "ceil": math.ceil, "round": _round,
    "min": lambda *a: min(a[0]) if len(a) == 1 else min(a),
    "max": lambda *a: max(a[0]) if len(a) == 1 else max(a),
    "choose": lambda n, k: math.comb(int(n), int(k)), "factorial": lambda n: math.factorial(int(n)),
    "normcdf": NormalDist().cdf, "norminv": _norminv,
    "sum": lambda l: sum(l), "mean": lambda l: sum(l) / len(l), "prod": lambda l: math.prod(l),
    "len": len, "var": lambda l: sum((x - sum(l) / len(l)) ** 2 for x in l) / len(l),
    "sd": lambda l: math.sqrt(sum((x - sum(l) / len(l)) ** 2 for x in l) / len(l)),
    "at": lambda l, i: l[int(i) - 1] if 1 <= i <= len(l) else (_ for _ in ()).throw(IndexError("at")),
    "range": lambda a, b: [float(x) for x in range(int(a), int(b) + 1)],
    "dcg": lambda r, k: _dcg(r, k), "ndcg": _ndcg, "ap": _ap, "auc": _auc, "psi": _psi,
    "entropy": _entropy, "gini": _gini, "softmax": _softmax,
}


def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "str":
        return node[1]
    if kind == "name":
        if node[1] not in env:
            raise NameError(node[1])
        return env[node[1]]
    if kind == "list":
        return [evaluate(n, env) for n in node[1]]
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "not":
        return 0.0 if evaluate(node[1], env) else 1.0
    if kind == "or":
        return 1.0 if (evaluate(node[1], env) or evaluate(node[2], env)) else 0.0
    if kind == "and":
        return 1.0 if (evaluate(node[1], env) and evaluate(node[2], env)) else 0.0
    if kind == "bin":
        op, a, b = node[1], evaluate(node[2], env), evaluate(node[3], env)
        if op == "+": return a + b
        if op == "-": return a - b
        if op == "*": return a * b
        if op == "/":
            if b == 0:
                raise ZeroDivisionError("division by zero")
            return a / b
        if op == "%": return a - b * math.floor(a / b)  # floored, as the engine
        if op == "^": return float(a) ** b
        return 1.0 if {"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b, "==": a == b, "!=": a != b}[op] else 0.0
    if kind == "call":
        name, args = node[1], node[2]
        if name == "if":
            c, a, b = (evaluate(x, env) for x in args)  # both branches, as an eager engine would
            return a if c else b
        if name == "map":
            items = evaluate(args[0], env)
            expr = Parser(evaluate(args[1], env)).parse()
            return [evaluate(expr, {**env, "x": x, "i": float(i)}) for i, x in enumerate(items, 1)]
        values = [evaluate(a, env) for a in args]
        return float(FUNCTIONS[name](*values))  if name not in ("range",) else FUNCTIONS[name](*values)
    raise ValueError(kind)


def names_in(node, out=None):
    out = set() if out is None else out
    if node[0] == "name":
        out.add(node[1])
    for child in node[1:]:
        if isinstance(child, tuple):
            names_in(child, out)
        elif isinstance(child, list):
            for c in child:
                if isinstance(c, tuple):
                    names_in(c, out)
    return out


TEMPLATE_NAME = re.compile(r"(?<!\{)\{([a-z][a-z0-9_]*)(?::(\d+))?\}(?!\})")


def template_names(text):
    return [m.group(1) for m in TEMPLATE_NAME.finditer(text.replace("{{", "").replace("}}", ""))]


def load_generators():
    files = sorted((CONTENT / "drills").glob("*/*.yaml"))
    return [(path, yaml.safe_load(path.read_text())) for path in files]


def evaluate_generator(gen, params):
    """Returns (env, ok, answer): ok is False when a `require` fails."""
    env = {k: (float(v) if not isinstance(v, list) else [float(x) for x in v]) for k, v in params.items()}
    for name, expr in (gen.get("derived") or {}).items():
        env[name] = evaluate(Parser(str(expr)).parse(), env)
    for cond in gen.get("require") or []:
        if not evaluate(Parser(str(cond)).parse(), env):
            return env, False, None
    answer = evaluate(Parser(str(gen["answer"])).parse(), env)
    env["answer"] = answer
    return env, True, answer
