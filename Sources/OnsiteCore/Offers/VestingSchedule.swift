import Foundation

/// The named schedules people meet most often.
public enum VestingPreset: String, Sendable, CaseIterable {
    case even = "25/25/25/25"
    case backLoaded = "5/15/40/40"
    case frontLoaded = "33/33/22/12"

    /// Percent of the grant vesting in year 1, 2, 3, 4.
    public var yearly: [Double] {
        switch self {
        case .even: [25, 25, 25, 25]
        case .backLoaded: [5, 15, 40, 40]
        case .frontLoaded: [33, 33, 22, 12]
        }
    }
}

/// Percent of the grant vesting in each year: a preset, or the person's own list.
public enum VestingSchedule: Sendable, Equatable {
    case preset(VestingPreset)
    case custom([Double])

    public static let years = 4
    /// A custom schedule must sum to 100 within this.
    public static let tolerance = 0.001

    public var yearly: [Double] {
        switch self {
        case .preset(let preset): preset.yearly
        case .custom(let percentages): percentages
        }
    }

    /// `25/25/25/25`, or the custom percentages joined the same way.
    public var name: String {
        switch self {
        case .preset(let preset): preset.rawValue
        case .custom(let percentages): percentages.map(OfferNumber.plain).joined(separator: "/")
        }
    }

    /// A schedule from percentages: a preset when they are one, else custom (checked by `OfferValidation`).
    public static func from(_ percentages: [Double]) -> VestingSchedule {
        VestingPreset.allCases.first { $0.yearly == percentages }.map(VestingSchedule.preset) ?? .custom(percentages)
    }

    /// Reads `25/25/25/25`, `10, 20, 30, 40` or `10 20 30 40`; nil when a part is not a number.
    public static func parse(_ text: String) -> VestingSchedule? {
        let parts = text.split(whereSeparator: { "/, ".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
        guard !parts.isEmpty else { return nil }
        var percentages: [Double] = []
        for part in parts {
            guard let value = Double(part.hasSuffix("%") ? String(part.dropLast()) : part), value.isFinite else { return nil }
            percentages.append(value)
        }
        return from(percentages)
    }
}
