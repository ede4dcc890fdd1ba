import Foundation
import OnsiteCore
import OnsiteServices

/// An offer in the list and the comparison: Y1–Y4 with the average beside them.
struct OfferRow {
    var id: String, company: String, detail: String?, vesting: String
    var written: Bool, preferred: Bool, liquid: Bool
    var years: [String], average: String
    var hasIlliquid: Bool, yearsWithIlliquid: [String], averageWithIlliquid: String
    var warnings: [String], hasWarnings: Bool, deadline: String?

    init(_ summary: OfferSummary) {
        let offer = summary.offer, projection = summary.projection
        id = summary.id.uuidString
        company = offer.company
        let detail = [offer.role, offer.level, offer.currency].compactMap { $0 }.joined(separator: " · ")
        self.detail = detail.isEmpty ? nil : detail
        vesting = offer.equity.map { "\($0.vesting.name), \($0.cliffMonths)-month cliff, then \($0.frequency.rawValue)" } ?? "no equity"
        written = offer.written
        preferred = summary.saved.preferred
        liquid = offer.equity?.liquid ?? true
        years = projection.years.map { OfferNumber.money($0.total) }
        average = OfferNumber.money(projection.average)
        hasIlliquid = projection.hasIlliquid
        yearsWithIlliquid = projection.years.map { OfferNumber.money($0.totalWithIlliquid) }
        averageWithIlliquid = OfferNumber.money(projection.averageWithIlliquid)
        warnings = summary.warnings.map(\.message)
        hasWarnings = !warnings.isEmpty
        deadline = offer.deadline.map(OfferDate.text)
    }
}

struct OffersListView { var offers: [OfferRow]; var hasOffers: Bool; var csrf: String }

/// One line of an offer's Y1–Y4 breakdown.
struct BreakdownRow { var label: String; var cells: [String]; var average: String; var total: Bool }
struct LeaveRow { var months: Int; var vested: String; var beforeCliff: Bool }

struct OfferDetailView {
    var offer: OfferRow
    var rows: [BreakdownRow]
    var hasEquity: Bool, grant: String, equityNote: String
    var leaving: [LeaveRow]
    var notes: String?, csrf: String

    init(_ summary: OfferSummary, csrf: String) {
        offer = OfferRow(summary)
        self.csrf = csrf
        let years = summary.projection.years, projection = summary.projection
        func row(_ label: String, total: Bool = false, _ value: (OfferYear) -> Double) -> BreakdownRow {
            let cells = years.map(value)
            return BreakdownRow(label: label, cells: cells.map(OfferNumber.money), average: OfferNumber.money(cells.reduce(0, +) / 4), total: total)
        }
        let liquid = summary.offer.equity?.liquid ?? true
        rows = [row("Base", \.base), row("Bonus (target)", \.bonus), row("Sign-on", \.signOn),
                row(liquid ? "Equity (public)" : "Equity (private)", \.equity), row(liquid ? "Refresher (public)" : "Refresher (private)", \.refresher)]
        rows.append(BreakdownRow(label: "Cash + liquid", cells: years.map { OfferNumber.money($0.total) }, average: OfferNumber.money(projection.average), total: true))
        if projection.hasIlliquid {
            rows.append(BreakdownRow(
                label: "Including illiquid at the last preferred price", cells: years.map { OfferNumber.money($0.totalWithIlliquid) },
                average: OfferNumber.money(projection.averageWithIlliquid), total: true))
        }
        notes = summary.offer.notes
        guard let equity = summary.offer.equity else {
            hasEquity = false; grant = ""; equityNote = ""; leaving = []
            return
        }
        hasEquity = true
        switch equity.amount {
        case .grant(let value): grant = OfferNumber.money(value)
        case .shares(let shares, let price): grant = "\(OfferNumber.money(shares)) shares × \(OfferNumber.money(price)) = \(OfferNumber.money(equity.value))"
        }
        equityNote = equity.liquid ? "public stock" : "private stock, valued at the last preferred price — kept out of the cash + liquid total"
        let months = Set([6, 11, 12, 13, 18, 24, 36, 48, max(equity.cliffMonths - 1, 0), equity.cliffMonths]).filter { $0 > 0 }.sorted()
        leaving = months.map { LeaveRow(months: $0, vested: OfferNumber.money(equity.vested(afterMonths: $0)), beforeCliff: $0 < equity.cliffMonths) }
    }
}

struct OfferFormView {
    var title: String, action: String, isEdit: Bool, id: String, csrf: String
    var form: OfferForm
    var errors: [String: String]
    var hasErrors: Bool
    var vestingOptions: [Option], frequencyOptions: [Option]
    var grantChosen: Bool, sharesChosen: Bool, noEquity: Bool, isPrivate: Bool, customChosen: Bool

    init(form: OfferForm, errors: FieldErrors = FieldErrors(), id: UUID? = nil, csrf: String) {
        self.form = form
        self.errors = errors.messagesByField
        hasErrors = !errors.isEmpty
        isEdit = id != nil
        self.id = id?.uuidString ?? ""
        title = id == nil ? "Add an offer" : "Edit \(form.company)"
        action = id.map { "/offers/\($0.uuidString)" } ?? "/offers"
        self.csrf = csrf
        vestingOptions = VestingPreset.allCases.map { Option(value: $0.rawValue, label: Self.presetLabel($0), selected: form.vesting == $0.rawValue) }
            + [Option(value: "custom", label: "Custom yearly percentages", selected: form.vesting == "custom")]
        frequencyOptions = VestFrequency.allCases.map { Option(value: $0.rawValue, label: $0.rawValue, selected: form.frequency == $0.rawValue) }
        grantChosen = form.equityKind != "shares" && form.equityKind != "none"
        sharesChosen = form.equityKind == "shares"
        noEquity = form.equityKind == "none"
        isPrivate = form.liquid == "private"
        customChosen = form.vesting == "custom"
    }

    static func presetLabel(_ preset: VestingPreset) -> String {
        switch preset {
        case .even: "25/25/25/25 (even)"
        case .backLoaded: "5/15/40/40 (back-loaded)"
        case .frontLoaded: "33/33/22/12 (front-loaded)"
        }
    }
}

extension FieldErrors {
    var messagesByField: [String: String] { messages }
}

struct CompareChoice { var id: String; var company: String; var checked: Bool }

struct OffersCompareView {
    var offers: [OfferRow], choices: [CompareChoice]
    var hasOffers: Bool, hasSeveral: Bool, hasIlliquid: Bool
    var chartSVG: String
    var insight: String?
}

struct NegotiationMark { var id: String; var company: String; var preferred: Bool; var written: Bool; var y1: String; var average: String }

struct OffersNegotiateView {
    var target: String, hasTarget: Bool
    var checklist: [NegotiationStep]
    var scripts: [String]
    var marks: [NegotiationMark], hasOffers: Bool, noneChosen: Bool
    var csrf: String
}
