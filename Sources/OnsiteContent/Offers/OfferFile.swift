public import Foundation
public import OnsiteCore
import Yams

/// An offer written as YAML (`onsite offer compare A.yaml B.yaml`), read with the line of every
/// problem: YAML syntax, a field of the wrong type, and the offer's own checks (`OfferValidation`).
///
/// ```yaml
/// company: Acme
/// base: 200000
/// bonus: 0.15            # target, fraction of base
/// signOn: [50000]        # by year; missing years are 0
/// equity:
///   grant: 400000        # or shares: N and price: P
///   vesting: 25/25/25/25 # a preset name or yearly percentages
///   cliffMonths: 12
///   liquid: true
/// refresher: 0           # per year, from year 2
/// ```
public struct OfferFile: Sendable {
    public var offer: Offer
    /// Warnings with their line (`path:line: message`); the offer is still compared.
    public var warnings: [ContentDiagnostic]

    static let fields: Set<String> = ["company", "role", "level", "currency", "base", "bonus", "signOn", "equity", "refresher", "written", "deadline", "notes"]
    static let equityFields: Set<String> = ["grant", "shares", "price", "vesting", "cliffMonths", "frequency", "liquid"]

    /// Reads the file at `url`; the path in messages is `path` as the person typed it.
    public static func load(_ url: URL, path: String) throws(ContentInvalid) -> OfferFile {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ContentInvalid(diagnostics: [ContentDiagnostic(path: path, line: 1, message: "cannot read the file: \((error as NSError).localizedDescription)")])
        }
        return try parse(text, path: path)
    }

    /// Parses an offer; every error found is reported, each with its line.
    public static func parse(_ text: String, path: String) throws(ContentInvalid) -> OfferFile {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text, .plainScalars)
        } catch let error as YamlError {
            let diagnostic = FrontMatterFile.diagnostic(for: error, path: path, offset: 0)
            throw ContentInvalid(diagnostics: [ContentDiagnostic(
                path: path, line: diagnostic.line, message: diagnostic.message.replacingOccurrences(of: "front matter", with: "the offer"))])
        } catch {
            throw ContentInvalid(diagnostics: [ContentDiagnostic(path: path, line: 1, message: "the offer is not valid YAML: \(error)")])
        }
        guard let mapping = node?.mapping else {
            throw ContentInvalid(diagnostics: [ContentDiagnostic(path: path, line: 1, message: "an offer must be a YAML mapping of fields (company: …, base: …)")])
        }
        var reader = Reader(path: path)
        let offer = reader.offer(mapping)
        guard reader.errors.isEmpty, let offer else { throw ContentInvalid(diagnostics: reader.errors) }
        var errors: [ContentDiagnostic] = [], warnings: [ContentDiagnostic] = []
        for issue in OfferValidation.issues(offer) {
            let diagnostic = ContentDiagnostic(path: path, line: reader.line(of: issue.field), message: issue.message)
            if issue.severity == .error { errors.append(diagnostic) } else { warnings.append(diagnostic) }
        }
        guard errors.isEmpty else { throw ContentInvalid(diagnostics: errors) }
        return OfferFile(offer: offer, warnings: warnings)
    }

    /// Reads fields, noting each one's line so that a check on `equity.vesting` points at it.
    struct Reader {
        let path: String
        var errors: [ContentDiagnostic] = []
        var lines: [String: Int] = [:]

        init(path: String) { self.path = path }

        func line(of field: String) -> Int {
            lines[field] ?? lines[String(field.prefix { $0 != "[" })] ?? lines[String(field.prefix { $0 != "." })] ?? 1
        }

        mutating func fail(_ node: Node?, _ message: String) {
            errors.append(ContentDiagnostic(path: path, line: node?.mark?.line ?? 1, message: message))
        }

        mutating func offer(_ mapping: Node.Mapping) -> Offer? {
            for (key, value) in mapping {
                guard let name = key.string else { continue }
                lines[name] = value.mark?.line ?? key.mark?.line
                if !Self.known(name, in: OfferFile.fields) { fail(key, "unknown field `\(name)` (expected: \(OfferFile.fields.sorted().joined(separator: ", ")))") }
            }
            guard let companyNode = mapping["company"] else {
                fail(nil, "company is missing — name the company that made the offer (company: Acme)")
                return nil
            }
            let company = companyNode.scalar?.string ?? ""
            let base = number(mapping["base"], "base", required: true) ?? 0
            let bonus = number(mapping["bonus"], "bonus") ?? 0
            var signOn: [Double] = []
            if let node = mapping["signOn"] {
                if let sequence = node.sequence {
                    for (index, item) in sequence.enumerated() {
                        lines["signOn[\(index + 1)]"] = item.mark?.line
                        signOn.append(number(item, "signOn[\(index + 1)]") ?? 0)
                    }
                } else if let single = number(node, "signOn") {
                    signOn = [single]
                }
            }
            let refresher = number(mapping["refresher"], "refresher") ?? 0
            var equity: Equity?
            if let node = mapping["equity"] { equity = self.equity(node) }
            var offer = Offer(
                company: company, role: text(mapping["role"]), level: text(mapping["level"]), currency: text(mapping["currency"]),
                base: base, bonus: bonus, signOn: signOn, equity: equity, refresher: refresher,
                written: bool(mapping["written"], "written") ?? false, notes: text(mapping["notes"]))
            if let node = mapping["deadline"] {
                if let date = node.scalar.flatMap({ OfferDate.parse($0.string) }) { offer.deadline = date }
                else { fail(node, "deadline must be a date like 2026-12-20") }
            }
            return offer
        }

        mutating func equity(_ node: Node) -> Equity? {
            guard let mapping = node.mapping else {
                fail(node, "equity must be a mapping: grant (or shares and price), vesting, cliffMonths, liquid")
                return nil
            }
            for (key, value) in mapping {
                guard let name = key.string else { continue }
                lines["equity." + name] = value.mark?.line ?? key.mark?.line
                if !Self.known(name, in: OfferFile.equityFields) { fail(key, "unknown field `equity.\(name)` (expected: \(OfferFile.equityFields.sorted().joined(separator: ", ")))") }
            }
            let amount: Equity.Amount
            switch (mapping["grant"], mapping["shares"], mapping["price"]) {
            case (let grant?, nil, nil):
                amount = .grant(number(grant, "equity.grant") ?? 0)
            case (nil, let shares?, let price?):
                amount = .shares(number(shares, "equity.shares") ?? 0, price: number(price, "equity.price") ?? 0)
            case (nil, _?, nil):
                fail(node, "equity.price is missing — shares need a price per share (for a private company, the last preferred price)")
                return nil
            case (nil, nil, _?):
                fail(node, "equity.shares is missing — a price needs a number of shares")
                return nil
            case (nil, nil, nil):
                fail(node, "equity needs grant (its value) or shares and price")
                return nil
            default:
                fail(node, "equity has both grant and shares/price — give one of them")
                return nil
            }
            var vesting = VestingSchedule.preset(.even)
            if let vestingNode = mapping["vesting"] {
                if let sequence = vestingNode.sequence {
                    vesting = VestingSchedule.from(sequence.map { number($0, "equity.vesting") ?? 0 })
                } else if let parsed = vestingNode.scalar.flatMap({ VestingSchedule.parse($0.string) }) {
                    vesting = parsed
                } else {
                    fail(vestingNode, "equity.vesting must be a preset (25/25/25/25, 5/15/40/40, 33/33/22/12) or yearly percentages like [10, 20, 30, 40]")
                }
            }
            var frequency = VestFrequency.monthly
            if let frequencyNode = mapping["frequency"] {
                if let value = frequencyNode.scalar.flatMap({ VestFrequency(rawValue: $0.string) }) { frequency = value }
                else { fail(frequencyNode, "equity.frequency must be monthly, quarterly or yearly") }
            }
            var cliff = 12
            if let cliffNode = mapping["cliffMonths"] {
                if let value = cliffNode.scalar.flatMap({ Int($0.string) }) { cliff = value }
                else { fail(cliffNode, "equity.cliffMonths must be a whole number of months") }
            }
            return Equity(amount: amount, vesting: vesting, cliffMonths: cliff, frequency: frequency, liquid: bool(mapping["liquid"], "equity.liquid") ?? true)
        }

        mutating func number(_ node: Node?, _ field: String, required: Bool = false) -> Double? {
            guard let node else {
                if required { fail(nil, "\(field) is missing") }
                return nil
            }
            guard let raw = node.scalar?.string, let value = Double(raw.replacingOccurrences(of: "_", with: "")), value.isFinite else {
                fail(node, "\(field) must be a number, not `\(node.scalar?.string ?? "a list or mapping")`")
                return nil
            }
            return value
        }

        mutating func bool(_ node: Node?, _ field: String) -> Bool? {
            guard let node else { return nil }
            switch node.scalar?.string {
            case "true", "yes": return true
            case "false", "no": return false
            default:
                fail(node, "\(field) must be true or false")
                return nil
            }
        }

        func text(_ node: Node?) -> String? {
            node?.scalar.map(\.string).flatMap { $0.isEmpty ? nil : $0 }
        }

        static func known(_ name: String, in fields: Set<String>) -> Bool { fields.contains(name) }
    }
}
