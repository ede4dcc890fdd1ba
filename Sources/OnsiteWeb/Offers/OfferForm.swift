import Foundation
import OnsiteCore
import OnsiteServices

/// The add/edit form: what was typed (kept when it is sent back with errors), read into an `Offer`,
/// and every error placed beside its field.
struct OfferForm {
    var company = "", role = "", level = "", currency = ""
    var base = "", bonus = "", signOn1 = "", signOn2 = "", signOn3 = "", signOn4 = ""
    var equityKind = "grant", grant = "", shares = "", price = ""
    var vesting = VestingPreset.even.rawValue, customVesting = "", cliffMonths = "12", frequency = VestFrequency.monthly.rawValue
    var liquid = "public", refresher = "", written = false, preferred = false, deadline = "", notes = ""

    init() {}

    init(_ fields: FormFields) {
        func value(_ name: String) -> String { (fields[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        company = value("company"); role = value("role"); level = value("level"); currency = value("currency")
        base = value("base"); bonus = value("bonus")
        signOn1 = value("signOn1"); signOn2 = value("signOn2"); signOn3 = value("signOn3"); signOn4 = value("signOn4")
        equityKind = value("equityKind"); grant = value("grant"); shares = value("shares"); price = value("price")
        vesting = value("vesting"); customVesting = value("customVesting"); cliffMonths = value("cliffMonths"); frequency = value("frequency")
        liquid = value("liquid"); refresher = value("refresher"); deadline = value("deadline"); notes = value("notes")
        written = fields["written"] != nil
        preferred = fields["preferred"] != nil
    }

    /// The form filled from a saved offer, for editing.
    init(_ saved: SavedOffer) {
        let offer = saved.offer
        func number(_ value: Double) -> String { OfferNumber.plain(value) }
        company = offer.company; role = offer.role ?? ""; level = offer.level ?? ""; currency = offer.currency ?? ""
        base = number(offer.base); bonus = number(offer.bonus)
        let signOn = offer.signOn.map(number) + Array(repeating: "", count: 4)
        (signOn1, signOn2, signOn3, signOn4) = (signOn[0], signOn[1], signOn[2], signOn[3])
        refresher = offer.refresher == 0 ? "" : number(offer.refresher)
        written = offer.written
        preferred = saved.preferred
        deadline = offer.deadline.map(OfferDate.text) ?? ""
        notes = offer.notes ?? ""
        guard let equity = offer.equity else { equityKind = "none"; return }
        switch equity.amount {
        case .grant(let value): equityKind = "grant"; grant = number(value)
        case .shares(let count, let each): equityKind = "shares"; shares = number(count); price = number(each)
        }
        if case .preset(let preset) = equity.vesting { vesting = preset.rawValue } else { vesting = "custom"; customVesting = equity.vesting.name }
        cliffMonths = String(equity.cliffMonths)
        frequency = equity.frequency.rawValue
        liquid = equity.liquid ? "public" : "private"
    }

    /// The offer, or every field error (by form field name) when something cannot be read or is invalid.
    func offer() -> Result<Offer, FieldErrors> {
        var errors = FieldErrors()
        func number(_ field: String, _ text: String, label: String, default fallback: Double? = 0) -> Double? {
            let cleaned = text.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "_", with: "").replacingOccurrences(of: " ", with: "")
            if cleaned.isEmpty {
                if fallback == nil { errors[field] = "\(label) is missing" }
                return fallback
            }
            guard let value = Double(cleaned), value.isFinite else {
                errors[field] = "\(label) must be a number, not “\(text)”"
                return nil
            }
            return value
        }
        let base = number("base", base, label: "base", default: nil)
        let bonus = number("bonus", bonus, label: "bonus")
        var signOn = [signOn1, signOn2, signOn3, signOn4].enumerated().map { number("signOn", $1, label: "sign-on year \($0 + 1)") ?? 0 }
        while signOn.last == 0 { signOn.removeLast() }
        let refresher = number("refresher", refresher, label: "refresher")
        var equity: Equity?
        // "grant" is chosen by default: an offer without equity may leave its amount blank.
        let blank = equityKind == "shares" ? shares.isEmpty && price.isEmpty : grant.isEmpty
        if equityKind != "none" && !blank {
            let amount: Equity.Amount?
            if equityKind == "shares" {
                let count = number("shares", shares, label: "shares", default: nil), each = number("price", price, label: "price", default: nil)
                amount = count.flatMap { count in each.map { Equity.Amount.shares(count, price: $0) } }
            } else {
                amount = number("grant", grant, label: "grant value", default: nil).map(Equity.Amount.grant)
            }
            var schedule: VestingSchedule?
            if vesting == "custom" {
                schedule = VestingSchedule.parse(customVesting)
                if schedule == nil { errors["vesting"] = "custom vesting must be yearly percentages like 10/20/30/40, not “\(customVesting)”" }
            } else if let preset = VestingPreset(rawValue: vesting) {
                schedule = .preset(preset)
            } else {
                errors["vesting"] = "choose a vesting schedule"
            }
            let cliff = cliffMonths.isEmpty ? 12 : Int(cliffMonths)
            if cliff == nil { errors["cliffMonths"] = "cliff must be a whole number of months, not “\(cliffMonths)”" }
            let every = VestFrequency(rawValue: frequency)
            if every == nil { errors["frequency"] = "vesting after the cliff must be monthly, quarterly or yearly" }
            if let amount, let schedule, let cliff, let every {
                equity = Equity(amount: amount, vesting: schedule, cliffMonths: cliff, frequency: every, liquid: liquid != "private")
            }
        }
        var date: Date?
        if !deadline.isEmpty {
            date = OfferDate.parse(deadline)
            if date == nil { errors["deadline"] = "deadline must be a date like 2026-12-20, not “\(deadline)”" }
        }
        func optional(_ text: String) -> String? { text.isEmpty ? nil : text }
        let offer = Offer(
            company: company, role: optional(role), level: optional(level), currency: optional(currency), base: base ?? 0,
            bonus: bonus ?? 0, signOn: signOn, equity: equity, refresher: refresher ?? 0, written: written, deadline: date, notes: optional(notes))
        // The offer's own checks, for fields that were read; an unreadable field already has its error.
        for issue in OfferValidation.errors(offer) where errors[Self.formField(issue.field)] == nil {
            errors[Self.formField(issue.field)] = issue.message
        }
        return errors.isEmpty ? .success(offer) : .failure(errors)
    }

    /// The form field an offer field is typed in: `equity.vesting` → `vesting`, `signOn[2]` → `signOn`.
    static func formField(_ field: String) -> String {
        let name = field.hasPrefix("equity.") ? String(field.dropFirst(7)) : field
        return String(name.prefix { $0 != "[" })
    }
}

/// Errors by form field name (as Mustache reads a view's properties, so the template can look them up).
struct FieldErrors: Error {
    private(set) var messages: [String: String] = [:]
    subscript(field: String) -> String? {
        get { messages[field] }
        set { messages[field] = newValue }
    }
    var isEmpty: Bool { messages.isEmpty }
}
