import Foundation

/// Something wrong or suspicious in an offer, named by its field (`base`, `equity.vesting`, `signOn[2]`).
public struct OfferIssue: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }
    public var field: String
    public var message: String
    public var severity: Severity

    public init(field: String, message: String, severity: Severity = .error) {
        self.field = field
        self.message = message
        self.severity = severity
    }

    /// The message already names the field.
    public var description: String { message }
}

/// Checks an offer's terms: errors stop it being saved or compared; warnings are shown and the value is kept.
public enum OfferValidation {
    /// The largest cliff accepted: the table covers four years.
    public static let maximumCliffMonths = 48

    public static func issues(_ offer: Offer) -> [OfferIssue] {
        var issues: [OfferIssue] = []
        func error(_ field: String, _ message: String) { issues.append(OfferIssue(field: field, message: message)) }
        func number(_ field: String, _ value: Double) -> Bool {
            if !value.isFinite { error(field, "\(field) must be a number"); return false }
            if value < 0 { error(field, "\(field) is \(OfferNumber.plain(value)) — it must be zero or more"); return false }
            return true
        }
        if offer.company.trimmingCharacters(in: .whitespaces).isEmpty { error("company", "company is missing — name the company that made the offer") }
        _ = number("base", offer.base)
        if number("bonus", offer.bonus), offer.bonus > 1 {
            // 15 where 0.15 was meant: kept as typed (someone may truly have a bonus above 100% of base), but said.
            issues.append(OfferIssue(
                field: "bonus",
                message: "bonus is \(OfferNumber.plain(offer.bonus)) — a fraction of base is expected (\(OfferNumber.plain(offer.bonus / 100)) for \(OfferNumber.plain(offer.bonus))%)",
                severity: .warning))
        }
        for (index, amount) in offer.signOn.enumerated() { _ = number("signOn[\(index + 1)]", amount) }
        if offer.signOn.count > VestingSchedule.years {
            issues.append(OfferIssue(
                field: "signOn", message: "signOn has \(offer.signOn.count) years — only years 1 to \(VestingSchedule.years) are counted",
                severity: .warning))
        }
        _ = number("refresher", offer.refresher)
        if let equity = offer.equity { issues += Self.issues(equity) }
        return issues
    }

    static func issues(_ equity: Equity) -> [OfferIssue] {
        var issues: [OfferIssue] = []
        func error(_ field: String, _ message: String) { issues.append(OfferIssue(field: field, message: message)) }
        func check(_ field: String, _ value: Double) {
            if !value.isFinite { error(field, "\(field) must be a number") }
            else if value < 0 { error(field, "\(field) is \(OfferNumber.plain(value)) — it must be zero or more") }
        }
        switch equity.amount {
        case .grant(let value): check("equity.grant", value)
        case .shares(let shares, let price):
            check("equity.shares", shares)
            check("equity.price", price)
        }
        let percentages = equity.vesting.yearly
        if percentages.isEmpty {
            error("equity.vesting", "equity.vesting is empty — give a preset (25/25/25/25, 5/15/40/40, 33/33/22/12) or yearly percentages")
        } else if percentages.count > VestingSchedule.years {
            error("equity.vesting", "equity.vesting has \(percentages.count) years — give at most \(VestingSchedule.years) yearly percentages")
        } else if let negative = percentages.first(where: { !$0.isFinite || $0 < 0 }) {
            error("equity.vesting", "equity.vesting has \(OfferNumber.plain(negative)) — every yearly percentage must be zero or more")
        } else {
            let sum = percentages.reduce(0, +)
            if abs(sum - 100) > VestingSchedule.tolerance {
                error("equity.vesting", "equity.vesting sums to \(OfferNumber.plain((sum * 1000).rounded() / 1000)), not 100 (\(equity.vesting.name))")
            }
        }
        if equity.cliffMonths < 0 || equity.cliffMonths > OfferValidation.maximumCliffMonths {
            error("equity.cliffMonths", "equity.cliffMonths is \(equity.cliffMonths) — it must be from 0 to \(OfferValidation.maximumCliffMonths)")
        }
        return issues
    }

    /// The errors only.
    public static func errors(_ offer: Offer) -> [OfferIssue] { issues(offer).filter { $0.severity == .error } }
    /// The warnings only.
    public static func warnings(_ offer: Offer) -> [OfferIssue] { issues(offer).filter { $0.severity == .warning } }
}
