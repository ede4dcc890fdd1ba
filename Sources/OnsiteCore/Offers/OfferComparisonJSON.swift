/// The stable JSON of `onsite offer compare --json` (documented in docs/offers.md): keys in a
/// fixed order, amounts as numbers (whole ones without a fraction).
///
/// `{"offers": [{"company", "liquid", "years": [{"year", "base", "bonus", "signOn", "equity",
/// "refresher", "total", "illiquid", "totalWithIlliquid"}, …4], "average", "averageWithIlliquid", "warnings": [text]}]}`
public enum OfferComparisonJSON {
    public struct Entry: Sendable {
        public var offer: Offer
        /// Each as the person should read it, e.g. `b.yaml:3: bonus is 15 — …`.
        public var warnings: [String]
        public init(offer: Offer, warnings: [String]) {
            self.offer = offer
            self.warnings = warnings
        }
    }

    public static func text(_ entries: [Entry]) -> String {
        let offers = entries.map { entry -> String in
            let projection = OfferProjection(entry.offer)
            let years = projection.years.map { year in
                object([
                    ("year", String(year.year)), ("base", number(year.base)), ("bonus", number(year.bonus)),
                    ("signOn", number(year.signOn)), ("equity", number(year.equity)), ("refresher", number(year.refresher)),
                    ("total", number(year.total)), ("illiquid", number(year.illiquid)), ("totalWithIlliquid", number(year.totalWithIlliquid)),
                ])
            }
            let warnings = entry.warnings.map(string)
            return object([
                ("company", string(entry.offer.company)), ("liquid", entry.offer.equity?.liquid ?? true ? "true" : "false"),
                ("years", "[" + years.joined(separator: ",") + "]"),
                ("average", number(projection.average)), ("averageWithIlliquid", number(projection.averageWithIlliquid)),
                ("warnings", "[" + warnings.joined(separator: ",") + "]"),
            ])
        }
        return object([("offers", "[" + offers.joined(separator: ",") + "]")])
    }

    static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }

    static func number(_ value: Double) -> String { OfferNumber.plain(OfferNumber.cents(value)) }

    static func string(_ text: String) -> String {
        var out: [UInt8] = []
        JSONValue.write(string: text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
