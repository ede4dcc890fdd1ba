import Foundation

/// The functions a formula may call (`docs/content-numeric.md`), all pure.
enum NumericFunctions {
    /// Words that are operators, not names.
    static let keywords: Set<String> = ["and", "or", "not"]

    /// How many arguments each function takes.
    static let arity: [String: ClosedRange<Int>] = [
        "ln": 1...1, "log2": 1...1, "log10": 1...1, "exp": 1...1, "sqrt": 1...1, "abs": 1...1,
        "floor": 1...1, "ceil": 1...1, "round": 1...2, "min": 1...64, "max": 1...64, "if": 3...3,
        "choose": 2...2, "factorial": 1...1, "normcdf": 1...1, "norminv": 1...1,
        "sum": 1...1, "mean": 1...1, "prod": 1...1, "len": 1...1, "var": 1...1, "sd": 1...1,
        "at": 2...2, "range": 2...2, "map": 2...2, "dcg": 2...2, "ndcg": 2...2, "ap": 1...1,
        "auc": 2...2, "psi": 2...2, "entropy": 1...1, "gini": 1...1, "softmax": 2...2,
    ]

    static func describe(_ arity: ClosedRange<Int>) -> String {
        if arity.lowerBound == arity.upperBound { return "\(arity.lowerBound) argument\(arity.lowerBound == 1 ? "" : "s")" }
        if arity.upperBound >= 64 { return "one list or at least \(arity.lowerBound) number" }
        return "\(arity.lowerBound) to \(arity.upperBound) arguments"
    }

    static func call(_ name: String, _ args: [NumericValue]) throws(NumericError) -> NumericValue {
        func number(_ index: Int) throws(NumericError) -> Double { try args[index].number("argument \(index + 1) of `\(name)`") }
        func list(_ index: Int) throws(NumericError) -> [Double] { try args[index].list("argument \(index + 1) of `\(name)`") }
        func integer(_ index: Int) throws(NumericError) -> Int {
            let value = try number(index)
            guard value == value.rounded(), abs(value) < 1e9 else { throw NumericError("argument \(index + 1) of `\(name)` must be an integer, not \(value)") }
            return Int(value)
        }
        func nonEmpty(_ index: Int) throws(NumericError) -> [Double] {
            let values = try list(index)
            guard !values.isEmpty else { throw NumericError("`\(name)` of an empty list") }
            return values
        }
        switch name {
        case "ln", "log2", "log10":
            let x = try number(0)
            guard x > 0 else { throw NumericError("`\(name)` of a non-positive number (\(x))") }
            return .number(name == "ln" ? log(x) : name == "log2" ? log2(x) : log10(x))
        case "exp":
            let value = exp(try number(0))
            guard value.isFinite else { throw NumericError("`exp` overflows") }
            return .number(value)
        case "sqrt":
            let x = try number(0)
            guard x >= 0 else { throw NumericError("`sqrt` of a negative number (\(x))") }
            return .number(x.squareRoot())
        case "abs": return .number(abs(try number(0)))
        case "floor": return .number(try number(0).rounded(.down))
        case "ceil": return .number(try number(0).rounded(.up))
        case "round":
            let x = try number(0)
            guard args.count == 2 else { return .number(x.rounded(.toNearestOrAwayFromZero)) }
            let scale = pow(10, Double(try integer(1)))
            return .number((x * scale).rounded(.toNearestOrAwayFromZero) / scale)
        case "min", "max":
            var values: [Double] = []
            if args.count == 1, case .list(let items) = args[0] { values = items } else {
                for index in args.indices { values.append(try number(index)) }
            }
            guard let result = name == "min" ? values.min() : values.max() else { throw NumericError("`\(name)` of an empty list") }
            return .number(result)
        case "if": return try number(0) != 0 ? args[1] : args[2]
        case "choose":
            let (n, k) = (try integer(0), try integer(1))
            guard n >= 0, k >= 0 else { throw NumericError("`choose` needs non-negative integers") }
            guard k <= n else { return .number(0) }
            var result = 1.0
            for j in 0..<min(k, n - k) { result = result * Double(n - j) / Double(j + 1) }
            return .number(result.rounded())
        case "factorial":
            let n = try integer(0)
            guard (0...170).contains(n) else { throw NumericError("`factorial` needs an integer from 0 to 170") }
            return .number((0..<n).reduce(1.0) { $0 * Double($1 + 1) })
        case "normcdf": return .number(Normal.cdf(try number(0)))
        case "norminv":
            let p = try number(0)
            guard p > 0, p < 1 else { throw NumericError("`norminv` needs 0 < p < 1, not \(p)") }
            return .number(Normal.inverse(p))
        case "sum": return .number(try list(0).reduce(0, +))
        case "prod": return .number(try list(0).reduce(1, *))
        case "len": return .number(Double(try list(0).count))
        case "mean":
            let values = try nonEmpty(0)
            return .number(values.reduce(0, +) / Double(values.count))
        case "var", "sd":
            let values = try nonEmpty(0)
            let mean = values.reduce(0, +) / Double(values.count)
            let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
            return .number(name == "var" ? variance : variance.squareRoot())
        case "at":
            let values = try list(0)
            let index = try integer(1)
            guard values.indices.contains(index - 1) else { throw NumericError("`at` index \(index) is outside 1…\(values.count)") }
            return .number(values[index - 1])
        case "range":
            let (a, b) = (try integer(0), try integer(1))
            guard b >= a - 1, b - a < 10_000 else { throw NumericError("`range(\(a), \(b))` needs b ≥ a − 1 and at most 10000 elements") }
            return .list(b < a ? [] : (a...b).map(Double.init))
        case "dcg": return .number(Ranking.dcg(try list(0), k: try integer(1)))
        case "ndcg":
            let rels = try list(0)
            let k = try integer(1)
            let ideal = Ranking.dcg(rels.sorted(by: >), k: k)
            guard ideal > 0 else { throw NumericError("`ndcg` of a ranking with no relevant item in the top \(k) (ideal DCG is 0)") }
            return .number(Ranking.dcg(rels, k: k) / ideal)
        case "ap": return .number(try Ranking.averagePrecision(try list(0)))
        case "auc": return .number(try Ranking.auc(scores: try list(0), labels: try list(1)))
        case "psi": return .number(try Distribution.psi(expected: try list(0), actual: try list(1)))
        case "entropy", "gini":
            let p = try Distribution.proportions(try nonEmpty(0), what: name)
            return .number(name == "entropy"
                ? -p.filter { $0 > 0 }.reduce(0) { $0 + $1 * log2($1) }
                : 1 - p.reduce(0) { $0 + $1 * $1 })
        case "softmax":
            let logits = try nonEmpty(0)
            let index = try integer(1)
            guard logits.indices.contains(index - 1) else { throw NumericError("`softmax` index \(index) is outside 1…\(logits.count)") }
            let top = logits.max()!
            let exps = logits.map { exp($0 - top) }
            return .number(exps[index - 1] / exps.reduce(0, +))
        default:
            throw NumericError("unknown function `\(name)`")
        }
    }
}

/// Ranking metrics over relevances in ranked order.
enum Ranking {
    /// Gain 2^rel − 1, discount log2(i + 1), over the first k positions.
    static func dcg(_ rels: [Double], k: Int) -> Double {
        rels.prefix(max(0, k)).enumerated().reduce(0) { $0 + (pow(2, $1.element) - 1) / log2(Double($1.offset + 2)) }
    }

    /// Mean of precision@i over the positions i of relevant (non-zero) items.
    static func averagePrecision(_ rels: [Double]) throws(NumericError) -> Double {
        var hits = 0.0
        var total = 0.0
        for (offset, rel) in rels.enumerated() where rel != 0 {
            hits += 1
            total += hits / Double(offset + 1)
        }
        guard hits > 0 else { throw NumericError("`ap` of a ranking with no relevant item") }
        return total / hits
    }

    /// The share of (positive, negative) pairs ranked the right way, ties counting one half.
    static func auc(scores: [Double], labels: [Double]) throws(NumericError) -> Double {
        guard scores.count == labels.count else { throw NumericError("`auc` needs as many labels as scores") }
        let positives = zip(scores, labels).filter { $0.1 != 0 }.map(\.0)
        let negatives = zip(scores, labels).filter { $0.1 == 0 }.map(\.0)
        guard !positives.isEmpty, !negatives.isEmpty else { throw NumericError("`auc` needs at least one positive and one negative") }
        var wins = 0.0
        for p in positives { for n in negatives { wins += p > n ? 1 : p == n ? 0.5 : 0 } }
        return wins / Double(positives.count * negatives.count)
    }
}

/// Histograms and class counts.
enum Distribution {
    static func proportions(_ counts: [Double], what: String) throws(NumericError) -> [Double] {
        let total = counts.reduce(0, +)
        guard total > 0, counts.allSatisfy({ $0 >= 0 }) else { throw NumericError("`\(what)` needs non-negative counts with a positive sum") }
        return counts.map { $0 / total }
    }

    /// Σ (a − e) · ln(a / e) over the bins of both histograms, each normalised to sum 1.
    static func psi(expected: [Double], actual: [Double]) throws(NumericError) -> Double {
        guard expected.count == actual.count, !expected.isEmpty else { throw NumericError("`psi` needs two histograms with the same number of bins") }
        let e = try proportions(expected, what: "psi")
        let a = try proportions(actual, what: "psi")
        guard !e.contains(0), !a.contains(0) else { throw NumericError("`psi` of a histogram with an empty bin (ln of 0)") }
        return zip(e, a).reduce(0) { $0 + ($1.1 - $1.0) * log($1.1 / $1.0) }
    }
}

/// The standard normal distribution.
enum Normal {
    static func cdf(_ z: Double) -> Double { 0.5 * erfc(-z / 2.0.squareRoot()) }

    /// Acklam's rational approximation, refined by one Halley step to full double precision.
    static func inverse(_ p: Double) -> Double {
        let a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00]
        let b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01]
        let c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00]
        let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00]
        let low = 0.02425
        var x: Double
        if p < low {
            let q = (-2 * log(p)).squareRoot()
            x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        } else if p <= 1 - low {
            let q = p - 0.5
            let r = q * q
            x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
        } else {
            let q = (-2 * log(1 - p)).squareRoot()
            x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        }
        let e = cdf(x) - p
        let u = e * (2 * Double.pi).squareRoot() * exp(x * x / 2)
        x -= u / (1 + x * u / 2)
        return x
    }
}
