import Foundation
import Hummingbird
import NIOFoundationCompat
import OnsiteCore
import OnsiteServices

/// `/api/v1/offers`: the list with each offer's Y1–Y4, create, read, replace, delete, the
/// preferred mark, the comparison and the negotiation plan, as JSON (docs/openapi.yaml).
struct OffersAPIController<Context: RequestContext> {
    let offers: OfferService

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("/api/v1/offers", use: list)
        routes.post("/api/v1/offers", use: create)
        routes.get("/api/v1/offers/compare", use: compare)
        routes.get("/api/v1/offers/negotiation", use: negotiation)
        routes.get("/api/v1/offers/{id}", use: read)
        routes.put("/api/v1/offers/{id}", use: replace)
        routes.delete("/api/v1/offers/{id}", use: delete)
        routes.post("/api/v1/offers/{id}/prefer", use: prefer)
        return routes
    }

    struct List: ResponseEncodable { var offers: [OfferJSON] }

    func list(request: Request, context: Context) async throws -> List {
        List(offers: try await offers.list().map(OfferJSON.init))
    }

    func create(request: Request, context: Context) async throws -> EditedResponse<OfferJSON> {
        let input = try await Self.decode(request)
        do {
            let saved = try await offers.save(try input.offer(), preferred: input.preferred)
            return EditedResponse(status: .created, headers: [.location: "/api/v1/offers/\(saved.id.uuidString)"], response: OfferJSON(saved))
        } catch let invalid as OfferInvalid {
            throw invalid.badInput
        }
    }

    func read(request: Request, context: Context) async throws -> OfferJSON {
        guard let summary = try await offers.offer(id: try Self.id(context)) else { throw Self.notFound }
        return OfferJSON(summary)
    }

    func replace(request: Request, context: Context) async throws -> OfferJSON {
        let id = try Self.id(context)
        let input = try await Self.decode(request)
        do {
            return OfferJSON(try await offers.save(id: id, try input.offer(), preferred: input.preferred))
        } catch let invalid as OfferInvalid {
            throw invalid.badInput
        } catch is OfferNotFound {
            throw Self.notFound
        }
    }

    struct Deleted: ResponseEncodable { var deleted: Bool }

    func delete(request: Request, context: Context) async throws -> Deleted {
        do {
            try await offers.delete(id: try Self.id(context))
        } catch is OfferNotFound {
            throw Self.notFound
        }
        return Deleted(deleted: true)
    }

    struct Preferred: ResponseEncodable { var preferred: String }

    func prefer(request: Request, context: Context) async throws -> Preferred {
        let id = try Self.id(context)
        do {
            try await offers.prefer(id: id)
        } catch is OfferNotFound {
            throw Self.notFound
        }
        return Preferred(preferred: id.uuidString)
    }

    /// `?ids=A,B` in that order, or every offer.
    func compare(request: Request, context: Context) async throws -> List {
        let raw = request.uri.queryParameters["ids"].map(String.init) ?? ""
        var ids: [UUID] = []
        for part in raw.split(separator: ",") {
            guard let id = UUID(uuidString: String(part)) else { throw BadInput(field: "ids", message: "`ids` must be offer ids separated by commas, not `\(part)`") }
            ids.append(id)
        }
        do {
            return List(offers: try await offers.compare(ids: ids).map(OfferJSON.init))
        } catch let error as OfferNotFound {
            throw BadInput(field: "ids", message: error.description)
        }
    }

    struct Plan: ResponseEncodable {
        struct Step: Codable { var text: String; var done: Bool }
        var target: String?
        var checklist: [Step]
        var scripts: [String]
    }

    func negotiation(request: Request, context: Context) async throws -> Plan {
        let plan = try await offers.negotiation()
        return Plan(target: plan.target, checklist: plan.checklist.map { Plan.Step(text: $0.text, done: $0.done) }, scripts: plan.scripts)
    }

    static var notFound: HTTPError { HTTPError(.notFound, message: "no offer with this id (it may have been deleted)") }

    static func id(_ context: Context) throws -> UUID {
        guard let id = UUID(uuidString: try context.parameters.require("id")) else { throw notFound }
        return id
    }

    static func decode(_ request: Request) async throws -> OfferInput {
        let body = try await request.body.collect(upTo: 64 * 1024)
        do {
            return try JSONDecoder().decode(OfferInput.self, from: body)
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            let field = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw BadInput(field: field, message: "`\(field)` has the wrong type: \(context.debugDescription)")
        } catch let DecodingError.keyNotFound(key, context) {
            let field = (context.codingPath.map(\.stringValue) + [key.stringValue]).joined(separator: ".")
            throw BadInput(field: field, message: "`\(field)` is missing")
        } catch {
            throw BadInput(field: "body", message: "the body must be a JSON offer like {\"company\": \"Acme\", \"base\": 200000, \"bonus\": 0.15}")
        }
    }
}

/// An offer as the API takes it: the YAML file's fields, plus `preferred`.
struct OfferInput: Decodable {
    struct EquityInput: Decodable {
        var grant: Double?, shares: Double?, price: Double?
        var vesting: VestingInput?
        var cliffMonths: Int?, frequency: String?, liquid: Bool?
    }

    /// `"25/25/25/25"` or `[10, 20, 30, 40]`.
    struct VestingInput: Decodable {
        var schedule: VestingSchedule?
        var text: String
        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let list = try? container.decode([Double].self) {
                schedule = VestingSchedule.from(list)
                text = list.map(OfferNumber.plain).joined(separator: "/")
            } else {
                text = try container.decode(String.self)
                schedule = VestingSchedule.parse(text)
            }
        }
    }

    var company: String
    var role: String?, level: String?, currency: String?
    var base: Double
    var bonus: Double?
    var signOn: [Double]?
    var equity: EquityInput?
    var refresher: Double?
    var written: Bool?
    var deadline: String?
    var notes: String?
    var preferred: Bool?

    func offer() throws -> Offer {
        var equityValue: Equity?
        if let equity {
            let amount: Equity.Amount
            switch (equity.grant, equity.shares, equity.price) {
            case (let grant?, nil, nil): amount = .grant(grant)
            case (nil, let shares?, let price?): amount = .shares(shares, price: price)
            default: throw BadInput(field: "equity.grant", message: "equity needs `grant`, or `shares` and `price` — one of them")
            }
            var schedule = VestingSchedule.preset(.even)
            if let vesting = equity.vesting {
                guard let parsed = vesting.schedule else {
                    throw BadInput(field: "equity.vesting", message: "equity.vesting must be a preset (25/25/25/25, 5/15/40/40, 33/33/22/12) or yearly percentages, not `\(vesting.text)`")
                }
                schedule = parsed
            }
            var frequency = VestFrequency.monthly
            if let raw = equity.frequency {
                guard let value = VestFrequency(rawValue: raw) else { throw BadInput(field: "equity.frequency", message: "equity.frequency must be monthly, quarterly or yearly") }
                frequency = value
            }
            equityValue = Equity(amount: amount, vesting: schedule, cliffMonths: equity.cliffMonths ?? 12, frequency: frequency, liquid: equity.liquid ?? true)
        }
        var date: Date?
        if let deadline {
            guard let parsed = OfferDate.parse(deadline) else { throw BadInput(field: "deadline", message: "deadline must be a date like 2026-12-20") }
            date = parsed
        }
        return Offer(
            company: company, role: role, level: level, currency: currency, base: base, bonus: bonus ?? 0, signOn: signOn ?? [],
            equity: equityValue, refresher: refresher ?? 0, written: written ?? false, deadline: date, notes: notes)
    }
}

/// An offer as the API returns it: its terms, the Y1–Y4 breakdown, the averages and the warnings.
struct OfferJSON: ResponseEncodable {
    struct Year: Codable {
        var year: Int, base: Double, bonus: Double, signOn: Double, equity: Double, refresher: Double
        var total: Double, illiquid: Double, totalWithIlliquid: Double
    }
    struct EquityJSON: Codable {
        var grant: Double?, shares: Double?, price: Double?, value: Double
        var vesting: String, cliffMonths: Int, frequency: String, liquid: Bool
    }
    struct Warning: Codable { var field: String; var message: String }

    var id: String, company: String, role: String?, level: String?, currency: String?
    var base: Double, bonus: Double, signOn: [Double], equity: EquityJSON?, refresher: Double
    var written: Bool, preferred: Bool, deadline: String?, notes: String?
    var years: [Year], average: Double, averageWithIlliquid: Double
    var warnings: [Warning]

    init(_ summary: OfferSummary) {
        let offer = summary.offer
        id = summary.id.uuidString
        company = offer.company; role = offer.role; level = offer.level; currency = offer.currency
        base = offer.base; bonus = offer.bonus; signOn = offer.signOn; refresher = offer.refresher
        written = offer.written; preferred = summary.saved.preferred
        deadline = offer.deadline.map(OfferDate.text); notes = offer.notes
        equity = offer.equity.map { equity in
            var grant: Double?, shares: Double?, price: Double?
            switch equity.amount {
            case .grant(let value): grant = value
            case .shares(let count, let each): (shares, price) = (count, each)
            }
            return EquityJSON(grant: grant, shares: shares, price: price, value: equity.value, vesting: equity.vesting.name,
                              cliffMonths: equity.cliffMonths, frequency: equity.frequency.rawValue, liquid: equity.liquid)
        }
        years = summary.projection.years.map {
            Year(year: $0.year, base: $0.base, bonus: $0.bonus, signOn: $0.signOn, equity: $0.equity, refresher: $0.refresher,
                 total: $0.total, illiquid: $0.illiquid, totalWithIlliquid: $0.totalWithIlliquid)
        }
        average = summary.projection.average
        averageWithIlliquid = summary.projection.averageWithIlliquid
        warnings = summary.warnings.map { Warning(field: $0.field, message: $0.message) }
    }
}
