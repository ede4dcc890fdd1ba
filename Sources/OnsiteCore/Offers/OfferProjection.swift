/// One year of an offer, each part rounded to cents.
public struct OfferYear: Sendable, Equatable {
    public var year: Int
    public var base: Double
    public var bonus: Double
    public var signOn: Double
    /// The initial grant's value vesting this year.
    public var equity: Double
    /// The refresher assumption vesting this year (0 in year 1).
    public var refresher: Double
    /// Whether `equity` and `refresher` are public stock.
    public var liquid: Bool

    /// Cash plus liquid equity: what the year pays in money or sellable stock.
    public var total: Double { OfferNumber.cents(base + bonus + signOn + (liquid ? equity + refresher : 0)) }
    /// Private equity vesting this year, at the last preferred price (0 for public stock).
    public var illiquid: Double { liquid ? 0 : OfferNumber.cents(equity + refresher) }
    /// `total` plus private equity: shown apart, never summed into `total`.
    public var totalWithIlliquid: Double { OfferNumber.cents(total + illiquid) }
}

/// An offer's Y1–Y4 and the 4-year average beside them (the average is never shown alone).
public struct OfferProjection: Sendable, Equatable {
    public var years: [OfferYear]
    /// Mean of the four `total`s.
    public var average: Double
    /// Mean of the four `totalWithIlliquid`s.
    public var averageWithIlliquid: Double
    /// True when the offer has private equity (so the two totals differ).
    public var hasIlliquid: Bool

    /// Year y = base + bonus·base + signOn[y] + equity vested in year y + refresher (from year 2).
    /// Equity vested in year y is what is vested at the end of month 12y minus at the end of month
    /// 12(y−1), so a cliff longer than a year moves value into the year the cliff ends.
    public init(_ offer: Offer) {
        var years: [OfferYear] = []
        let liquid = offer.equity?.liquid ?? true
        for year in 1...VestingSchedule.years {
            let equity = offer.equity.map { $0.vested(afterMonths: 12 * year) - $0.vested(afterMonths: 12 * (year - 1)) } ?? 0
            years.append(OfferYear(
                year: year, base: OfferNumber.cents(offer.base), bonus: OfferNumber.cents(offer.base * offer.bonus),
                signOn: OfferNumber.cents(year <= offer.signOn.count ? offer.signOn[year - 1] : 0),
                equity: OfferNumber.cents(equity), refresher: year >= 2 ? OfferNumber.cents(offer.refresher) : 0, liquid: liquid))
        }
        self.years = years
        average = OfferNumber.cents(years.map(\.total).reduce(0, +) / Double(years.count))
        averageWithIlliquid = OfferNumber.cents(years.map(\.totalWithIlliquid).reduce(0, +) / Double(years.count))
        hasIlliquid = years.contains { $0.illiquid != 0 }
    }
}

extension Equity {
    /// The grant's value vested if the person leaves after `months`: nothing before the cliff;
    /// after it, every vesting event so far (each year's percentage spread evenly over that year's
    /// events, monthly, quarterly or yearly). Whole months, rounded to cents; after the schedule ends, the whole grant.
    public func vested(afterMonths months: Int) -> Double {
        guard months >= cliffMonths, months > 0 else { return 0 }
        let perYear = frequency.perYear
        let monthsPerEvent = 12 / perYear
        let events = months / monthsPerEvent
        var percent = 0.0
        for (index, yearly) in vesting.yearly.enumerated() {
            let eventsThisYear = min(max(events - index * perYear, 0), perYear)
            percent += yearly * Double(eventsThisYear) / Double(perYear)
        }
        return OfferNumber.cents(value * percent / 100)
    }
}

/// Rounding and number text shared by the offer pages, the CLI and messages.
public enum OfferNumber {
    /// Rounded to cents, so 200,000 × 0.15 is 30,000 and sums do not drift.
    public static func cents(_ value: Double) -> Double { (value * 100).rounded() / 100 }

    /// `380,000` or `1,234.50`: thousands separators, cents only when there are some. No currency symbol.
    public static func money(_ value: Double) -> String {
        let rounded = cents(value)
        let negative = rounded < 0
        let whole = Int64((abs(rounded)).rounded(.down))
        let fraction = Int64(((abs(rounded) - Double(whole)) * 100).rounded())
        var digits = String(whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits = String(digits.dropLast(3))
        }
        grouped = digits + grouped
        let cents = fraction == 0 ? "" : "." + (fraction < 10 ? "0" : "") + String(fraction)
        return (negative ? "-" : "") + grouped + cents
    }

    /// `15`, `0.15`, `33.5`: the shortest text, without a trailing `.0`.
    public static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
