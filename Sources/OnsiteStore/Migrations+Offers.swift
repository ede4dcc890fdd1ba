import FluentKit
import SQLKit

/// Saved offers, one row each. Equity is four nullable columns (a grant value, or shares and a
/// price); the vesting schedule is its text (`25/25/25/25`, or custom percentages the same way);
/// sign-on by year is a comma-separated list. Dates are seconds since 1970, as everywhere.
struct CreateOffers: AsyncMigration {
    var name: String { "2026-12-07-create-offers" }

    func prepare(on database: any Database) async throws {
        try await (database as! any SQLDatabase).raw("""
            CREATE TABLE offers (
                id TEXT PRIMARY KEY, company TEXT NOT NULL, role TEXT, level TEXT, currency TEXT,
                base DOUBLE PRECISION NOT NULL, bonus DOUBLE PRECISION NOT NULL, sign_on TEXT NOT NULL,
                equity_kind TEXT, equity_grant DOUBLE PRECISION, equity_shares DOUBLE PRECISION, equity_price DOUBLE PRECISION,
                vesting TEXT, cliff_months BIGINT, frequency TEXT, liquid BOOLEAN,
                refresher DOUBLE PRECISION NOT NULL, written BOOLEAN NOT NULL, deadline DOUBLE PRECISION, notes TEXT,
                preferred BOOLEAN NOT NULL, created_at DOUBLE PRECISION NOT NULL, updated_at DOUBLE PRECISION NOT NULL,
                CHECK (equity_kind IS NULL OR equity_kind IN ('grant', 'shares')),
                CHECK (base >= 0 AND bonus >= 0 AND refresher >= 0))
            """).run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).raw("DROP TABLE offers").run()
    }
}
