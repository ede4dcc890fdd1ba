public import Foundation
public import OnsiteCore
import SQLKit

/// Saved offers (`offers` table, `CreateOffers`).
extension SQLStore {
    static let offerColumns = """
        id, company, role, level, currency, base, bonus, sign_on, equity_kind, equity_grant, equity_shares, equity_price,
        vesting, cliff_months, frequency, CASE WHEN liquid THEN 1 ELSE 0 END AS liquid, refresher,
        CASE WHEN written THEN 1 ELSE 0 END AS written, deadline, notes, CASE WHEN preferred THEN 1 ELSE 0 END AS preferred,
        created_at, updated_at
        """

    public func saveOffer(_ saved: SavedOffer) async throws {
        try await write { sql in
            let offer = saved.offer, equity = offer.equity
            var kind: String?, grant: Double?, shares: Double?, price: Double?
            switch equity?.amount {
            case .grant(let value)?: (kind, grant) = ("grant", value)
            case .shares(let count, let each)?: (kind, shares, price) = ("shares", count, each)
            case nil: break
            }
            try await sql.raw("""
                INSERT INTO offers (id, company, role, level, currency, base, bonus, sign_on, equity_kind, equity_grant, equity_shares,
                    equity_price, vesting, cliff_months, frequency, liquid, refresher, written, deadline, notes, preferred, created_at, updated_at)
                VALUES (\(bind: saved.id.uuidString), \(bind: offer.company), \(bind: offer.role), \(bind: offer.level), \(bind: offer.currency),
                    \(bind: offer.base), \(bind: offer.bonus), \(bind: offer.signOn.map(OfferNumber.plain).joined(separator: ",")),
                    \(bind: kind), \(bind: grant), \(bind: shares), \(bind: price), \(bind: equity?.vesting.name), \(bind: equity?.cliffMonths),
                    \(bind: equity?.frequency.rawValue), \(bind: equity?.liquid), \(bind: offer.refresher), \(bind: offer.written),
                    \(bind: offer.deadline?.timeIntervalSince1970), \(bind: offer.notes), \(bind: saved.preferred),
                    \(bind: saved.createdAt.timeIntervalSince1970), \(bind: saved.updatedAt.timeIntervalSince1970))
                ON CONFLICT (id) DO UPDATE SET company = excluded.company, role = excluded.role, level = excluded.level,
                    currency = excluded.currency, base = excluded.base, bonus = excluded.bonus, sign_on = excluded.sign_on,
                    equity_kind = excluded.equity_kind, equity_grant = excluded.equity_grant, equity_shares = excluded.equity_shares,
                    equity_price = excluded.equity_price, vesting = excluded.vesting, cliff_months = excluded.cliff_months,
                    frequency = excluded.frequency, liquid = excluded.liquid, refresher = excluded.refresher, written = excluded.written,
                    deadline = excluded.deadline, notes = excluded.notes, preferred = excluded.preferred, updated_at = excluded.updated_at
                """).run()
            if saved.preferred {
                try await sql.raw("UPDATE offers SET preferred = \(bind: false) WHERE id <> \(bind: saved.id.uuidString)").run()
            }
        }
    }

    public func offers() async throws -> [SavedOffer] {
        try await sql.raw("SELECT \(unsafeRaw: Self.offerColumns) FROM offers ORDER BY created_at, company, id").all().map(Self.savedOffer)
    }

    public func offer(id: UUID) async throws -> SavedOffer? {
        try await sql.raw("SELECT \(unsafeRaw: Self.offerColumns) FROM offers WHERE id = \(bind: id.uuidString)").first().map(Self.savedOffer)
    }

    public func deleteOffer(id: UUID) async throws -> Bool {
        try await write { sql in
            let found = try await sql.raw("SELECT id FROM offers WHERE id = \(bind: id.uuidString)").first() != nil
            try await sql.raw("DELETE FROM offers WHERE id = \(bind: id.uuidString)").run()
            return found
        }
    }

    public func preferOffer(id: UUID?, at: Date) async throws {
        try await write { sql in
            try await sql.raw("""
                UPDATE offers SET preferred = (id = \(bind: id?.uuidString ?? "")), updated_at = \(bind: at.timeIntervalSince1970)
                WHERE preferred OR id = \(bind: id?.uuidString ?? "")
                """).run()
        }
    }

    static func savedOffer(_ row: any SQLRow) throws -> SavedOffer {
        func double(_ column: String) throws -> Double? { try row.decode(column: column, as: Double?.self) }
        func text(_ column: String) throws -> String? { try row.decode(column: column, as: String?.self) }
        var equity: Equity?
        let grant = try double("equity_grant"), shares = try double("equity_shares"), price = try double("equity_price")
        let amount: Equity.Amount? = switch try text("equity_kind") {
        case "grant": .grant(grant ?? 0)
        case "shares": .shares(shares ?? 0, price: price ?? 0)
        default: nil
        }
        if let amount {
            equity = Equity(
                amount: amount, vesting: try text("vesting").flatMap(VestingSchedule.parse) ?? .preset(.even),
                cliffMonths: try row.decode(column: "cliff_months", as: Int?.self) ?? 12,
                frequency: try text("frequency").flatMap(VestFrequency.init(rawValue:)) ?? .monthly,
                liquid: try row.decode(column: "liquid", as: Int.self) != 0)
        }
        let offer = Offer(
            company: try row.decode(column: "company", as: String.self), role: try text("role"), level: try text("level"),
            currency: try text("currency"), base: try row.decode(column: "base", as: Double.self),
            bonus: try row.decode(column: "bonus", as: Double.self),
            signOn: try row.decode(column: "sign_on", as: String.self).split(separator: ",").compactMap { Double($0) },
            equity: equity, refresher: try row.decode(column: "refresher", as: Double.self),
            written: try row.decode(column: "written", as: Int.self) != 0,
            deadline: try double("deadline").map(Date.init(timeIntervalSince1970:)), notes: try text("notes"))
        return SavedOffer(
            id: UUID(uuidString: try row.decode(column: "id", as: String.self)) ?? UUID(uuidString: "00000000-0000-0000-0000-000000000000")!,
            offer: offer, preferred: try row.decode(column: "preferred", as: Int.self) != 0,
            createdAt: Date(timeIntervalSince1970: try row.decode(column: "created_at", as: Double.self)),
            updatedAt: Date(timeIntervalSince1970: try row.decode(column: "updated_at", as: Double.self)))
    }
}
