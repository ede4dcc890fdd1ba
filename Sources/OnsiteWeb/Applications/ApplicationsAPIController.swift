import Foundation
import Hummingbird
import OnsiteCore
import OnsiteServices

/// `/api/v1/applications`: what the applications pages do, as JSON (the shapes are in docs/applications.md).
struct ApplicationsAPIController<Context: RequestContext> {
    let applications: ApplicationService

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("/api/v1/applications", use: list)
        routes.post("/api/v1/applications", use: add)
        routes.get("/api/v1/applications/funnel", use: funnel)
        routes.get("/api/v1/applications/odds", use: odds)
        routes.post("/api/v1/applications/import", use: importFile)
        routes.get("/api/v1/applications/{id}", use: one)
        routes.post("/api/v1/applications/{id}", use: edit)
        routes.post("/api/v1/applications/{id}/move", use: move)
        return routes
    }

    func list(request: Request, context: Context) async throws -> ApplicationsAPIResponse {
        ApplicationsAPIResponse(.object(["applications": .array(try await applications.list().map(ApplicationJSON.object))]))
    }

    func one(request: Request, context: Context) async throws -> ApplicationsAPIResponse {
        ApplicationsAPIResponse(ApplicationJSON.object(try await applications.application(id: try context.parameters.require("id"))))
    }

    func add(request: Request, context: Context) async throws -> ApplicationsAPIResponse {
        let values = try await Self.fields(request)
        return ApplicationsAPIResponse(ApplicationJSON.object(try await applications.add(values)), status: .created)
    }

    func edit(request: Request, context: Context) async throws -> ApplicationsAPIResponse {
        let values = try await Self.fields(request)
        return ApplicationsAPIResponse(ApplicationJSON.object(try await applications.edit(id: try context.parameters.require("id"), values)))
    }

    func move(request: Request, context: Context) async throws -> ApplicationsAPIResponse {
        let values = try await Self.fields(request)
        guard let stage = values["stage"], !stage.isEmpty else {
            throw BadInput(field: "stage", message: "`stage` is required: one of \(ApplicationStage.names)")
        }
        let moved = try await applications.move(id: try context.parameters.require("id"), to: stage, date: values["date"])
        return ApplicationsAPIResponse(ApplicationJSON.object(moved))
    }

    func funnel(request: Request, context: Context) async throws -> ApplicationsAPIResponse {
        let funnel = try await applications.funnel()
        func number(_ value: Double?) -> JSONValue { value.map { .double($0) } ?? .null }
        return ApplicationsAPIResponse(.object([
            "stages": .array(funnel.stages.map { rate in
                .object([
                    "stage": .string(rate.stage.rawValue), "decided": .int(rate.decided), "passed": .int(rate.passed),
                    "pending": .int(rate.pending), "rate": number(rate.rate), "typical": number(rate.typical),
                    "meaningful": .bool(rate.isMeaningful),
                ])
            }),
            "applications": .int(funnel.applications), "offers": .int(funnel.offers), "decided": .int(funnel.decided),
            "endToEnd": number(funnel.endToEnd), "typicalEndToEnd": .double(ApplicationFunnel.typicalPerApplication),
            "ownPerApplication": number(funnel.ownPerApplication),
        ]))
    }

    func odds(request: Request, context: Context) async throws -> ApplicationsAPIResponse {
        let query = request.uri.queryParameters
        let probability = try ApplicationService.checked { () throws(FieldProblem) -> Double in
            try ApplicationOdds.probability(query["probability"].map(String.init) ?? "", field: "probability")
        }
        let raw = query["rates"].map(String.init) ?? "typical"
        let rates: OddsRates = switch raw {
        case "typical": .typical
        case "own": .own
        default: .given(try ApplicationService.checked { () throws(FieldProblem) -> [Double] in try ApplicationOdds.rates(raw, field: "rates") })
        }
        let odds = try await applications.odds(probability: probability, rates: rates)
        return ApplicationsAPIResponse(.object([
            "perApplication": .double((odds.perApplication * 10_000).rounded() / 10_000),
            "applications": odds.applications.map { .int($0) } ?? .null,
        ]))
    }

    func importFile(request: Request, context: Context) async throws -> ApplicationsAPIResponse {
        let body = try await Self.object(request, limit: 16 << 20)
        guard case .string(let text)? = body["text"] else { throw BadInput(field: "text", message: "`text` must hold the file's content as a string") }
        let format: ApplicationFileFormat
        switch body["format"] {
        case .string(let raw)?:
            guard let parsed = ApplicationFileFormat(rawValue: raw.lowercased()) else { throw BadInput(field: "format", message: "`format` must be csv or json") }
            format = parsed
        default:
            format = text.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("{") ? .json : .csv
        }
        let outcome = try await applications.importFile(text, format: format)
        return ApplicationsAPIResponse(.object([
            "imported": .int(outcome.imported), "alreadyPresent": .array(outcome.alreadyPresent.map(JSONValue.string)),
            "problems": .array(outcome.problems.map { .object(["line": .int($0.line), "message": .string($0.message)]) }),
        ]))
    }

    /// The body's members as text, the way a form would send them (numbers become their digits).
    static func fields(_ request: Request) async throws -> [String: String] {
        var values: [String: String] = [:]
        for (name, value) in try await object(request, limit: 256 << 10) {
            switch value {
            case .string(let text): values[name] = text
            case .int(let number): values[name] = String(number)
            case .null: break
            case .object(let step) where name == "nextStep":
                if case .string(let text)? = step["text"] { values["nextStep"] = text }
                if case .string(let date)? = step["date"] { values["nextStepDate"] = date }
            default: throw BadInput(field: name, message: "`\(name)` must be text")
            }
        }
        return values
    }

    static func object(_ request: Request, limit: Int) async throws -> [String: JSONValue] {
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit)
        } catch {
            throw BadInput(field: "body", message: "the request is over \(limit >> 10) kB")
        }
        guard case .object(let object)? = try? JSONParser.parse(bytes: Array(buffer.readableBytesView)) else {
            throw BadInput(field: "body", message: "the body must be a JSON object, like {\"stage\": \"coding\"}")
        }
        return object
    }
}

/// A JSON response written by the project's JSON writer (sorted keys, stable text).
struct ApplicationsAPIResponse: ResponseGenerator {
    var value: JSONValue
    var status: HTTPResponse.Status = .ok

    init(_ value: JSONValue, status: HTTPResponse.Status = .ok) {
        self.value = value
        self.status = status
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(bytes: value.jsonBytes)))
    }
}
