public import Foundation

/// One job offer's terms, as the person typed them (the web form) or wrote them (an offer YAML file).
/// Amounts are plain numbers in one currency; `currency` is only a label.
public struct Offer: Sendable, Equatable {
    public var company: String
    public var role: String?
    public var level: String?
    public var currency: String?
    /// Yearly base salary, flat over the four years (no raise is assumed).
    public var base: Double
    /// Target bonus as a fraction of base (0.15 for 15%). Kept as given when it looks like a percentage; validation warns.
    public var bonus: Double
    /// Sign-on paid in year 1, 2, …; a missing year is 0.
    public var signOn: [Double]
    public var equity: Equity?
    /// The person's own assumption: value of refresher grants vesting each year, from year 2.
    public var refresher: Double
    /// A written offer (a real lever) or only a verbal number.
    public var written: Bool
    /// When the company wants an answer (a calendar day, at 00:00 UTC).
    public var deadline: Date?
    public var notes: String?

    public init(
        company: String, role: String? = nil, level: String? = nil, currency: String? = nil, base: Double, bonus: Double = 0,
        signOn: [Double] = [], equity: Equity? = nil, refresher: Double = 0, written: Bool = false, deadline: Date? = nil,
        notes: String? = nil
    ) {
        self.company = company
        self.role = role
        self.level = level
        self.currency = currency
        self.base = base
        self.bonus = bonus
        self.signOn = signOn
        self.equity = equity
        self.refresher = refresher
        self.written = written
        self.deadline = deadline
        self.notes = notes
    }
}

/// A stock grant: its value (given, or shares × price), how it vests, and whether it can be sold.
public struct Equity: Sendable, Equatable {
    public enum Amount: Sendable, Equatable {
        /// The grant's total value.
        case grant(Double)
        /// A number of shares at a price per share (for private companies, the last preferred price).
        case shares(Double, price: Double)
    }

    public var amount: Amount
    public var vesting: VestingSchedule
    /// Nothing vests before the cliff; at the cliff, everything accrued so far vests at once.
    public var cliffMonths: Int
    /// How often shares vest after the cliff.
    public var frequency: VestFrequency
    /// Public stock (can be sold) or private paper (valued at the last preferred price, kept apart).
    public var liquid: Bool

    public init(amount: Amount, vesting: VestingSchedule = .preset(.even), cliffMonths: Int = 12, frequency: VestFrequency = .monthly, liquid: Bool = true) {
        self.amount = amount
        self.vesting = vesting
        self.cliffMonths = cliffMonths
        self.frequency = frequency
        self.liquid = liquid
    }

    /// The grant's total value.
    public var value: Double {
        switch amount {
        case .grant(let value): value
        case .shares(let shares, let price): shares * price
        }
    }
}

/// How often vesting happens after the cliff.
public enum VestFrequency: String, Sendable, CaseIterable {
    case monthly, quarterly, yearly

    /// Vesting events in a year.
    public var perYear: Int {
        switch self {
        case .monthly: 12
        case .quarterly: 4
        case .yearly: 1
        }
    }
}

/// An offer as saved: the terms plus the person's own marks.
public struct SavedOffer: Sendable, Equatable, Identifiable {
    public var id: UUID
    public var offer: Offer
    /// The offer the person would most like to accept: the one the negotiation scripts work on.
    public var preferred: Bool
    public var createdAt: Date
    public var updatedAt: Date

    public init(id: UUID, offer: Offer, preferred: Bool = false, createdAt: Date, updatedAt: Date) {
        self.id = id
        self.offer = offer
        self.preferred = preferred
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
