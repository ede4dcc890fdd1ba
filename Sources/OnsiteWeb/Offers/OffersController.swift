import Foundation
import Hummingbird
import OnsiteCore
import OnsiteServices

/// The Offers pages: the list with each offer's Y1–Y4, the add/edit form, an offer's breakdown,
/// delete with confirmation, the comparison with its chart, and the negotiation workspace.
struct OffersController<Context: RequestContext> {
    let offers: OfferService
    let renderer: PageRenderer
    let token: FormToken

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("/offers", use: list)
        routes.get("/offers/new", use: new)
        routes.post("/offers", use: create)
        routes.get("/offers/compare", use: compare)
        routes.get("/offers/negotiate", use: negotiate)
        routes.post("/offers/marks", use: mark)
        routes.get("/offers/{id}", use: detail)
        routes.get("/offers/{id}/edit", use: edit)
        routes.post("/offers/{id}", use: update)
        routes.get("/offers/{id}/delete", use: confirmDelete)
        routes.post("/offers/{id}/delete", use: delete)
        return routes
    }

    func list(request: Request, context: Context) async throws -> HTMLPage {
        let rows = try await offers.list().map(OfferRow.init)
        return renderer.render("offers", OffersListView(offers: rows, hasOffers: !rows.isEmpty, csrf: token.value))
    }

    func new(request: Request, context: Context) async throws -> HTMLPage {
        renderer.render("offers-form", OfferFormView(form: OfferForm(), csrf: token.value))
    }

    func create(request: Request, context: Context) async throws -> Response {
        let form = OfferForm(try await FormFields(request: request, context: context))
        return try await save(form, id: nil, request: request, context: context)
    }

    func update(request: Request, context: Context) async throws -> Response {
        let id = try Self.id(context)
        let form = OfferForm(try await FormFields(request: request, context: context))
        return try await save(form, id: id, request: request, context: context)
    }

    /// Saves and shows the offer, or sends the form back (400) with each error beside its field and what was typed kept.
    private func save(_ form: OfferForm, id: UUID?, request: Request, context: Context) async throws -> Response {
        switch form.offer() {
        case .failure(let errors):
            return try renderer.render("offers-form", OfferFormView(form: form, errors: errors, id: id, csrf: token.value), status: .badRequest)
                .response(from: request, context: context)
        case .success(let offer):
            do {
                let saved = try await offers.save(id: id, offer, preferred: form.preferred)
                return Response.redirect(to: "/offers/\(saved.id.uuidString)", type: .normal)
            } catch let invalid as OfferInvalid {
                var errors = FieldErrors()
                for issue in invalid.errors { errors[OfferForm.formField(issue.field)] = issue.message }
                return try renderer.render("offers-form", OfferFormView(form: form, errors: errors, id: id, csrf: token.value), status: .badRequest)
                    .response(from: request, context: context)
            } catch is OfferNotFound {
                throw HTTPError(.notFound, message: "This offer no longer exists; it may have been deleted.")
            }
        }
    }

    func detail(request: Request, context: Context) async throws -> HTMLPage {
        renderer.render("offers-detail", OfferDetailView(try await find(context), csrf: token.value))
    }

    func edit(request: Request, context: Context) async throws -> HTMLPage {
        let summary = try await find(context)
        return renderer.render("offers-form", OfferFormView(form: OfferForm(summary.saved), id: summary.id, csrf: token.value))
    }

    func confirmDelete(request: Request, context: Context) async throws -> HTMLPage {
        renderer.render("offers-delete", OfferDetailView(try await find(context), csrf: token.value))
    }

    func delete(request: Request, context: Context) async throws -> Response {
        do {
            try await offers.delete(id: try Self.id(context))
        } catch is OfferNotFound {
            throw HTTPError(.notFound, message: "This offer no longer exists; it may have been deleted already.")
        }
        return Response.redirect(to: "/offers", type: .normal)
    }

    /// Side by side: all offers, or those ticked (`?id=…&id=…`), with the chart and the same numbers as a table.
    func compare(request: Request, context: Context) async throws -> HTMLPage {
        let all = try await offers.list()
        let chosen = Set(request.uri.queryParameters.getAll("id").compactMap { UUID(uuidString: String($0)) })
        let picked = all.filter { chosen.contains($0.id) }
        // Ids of deleted offers (an old link) choose nothing: show every offer rather than none.
        let shown = picked.isEmpty ? all : picked
        let rows = shown.map(OfferRow.init)
        return renderer.render("offers-compare", OffersCompareView(
            offers: rows,
            choices: all.map { CompareChoice(id: $0.id.uuidString, company: $0.offer.company, checked: picked.isEmpty || chosen.contains($0.id)) },
            hasOffers: !shown.isEmpty, hasSeveral: all.count > 1, hasIlliquid: shown.contains { $0.projection.hasIlliquid },
            chartSVG: shown.isEmpty ? "" : OfferChartSVG.render(shown), insight: Self.insight(shown)))
    }

    /// The point of Y1–Y4: offers whose averages are close can pay very differently in year one.
    static func insight(_ shown: [OfferSummary]) -> String? {
        guard shown.count > 1,
              let lowY1 = shown.min(by: { $0.projection.years[0].total < $1.projection.years[0].total }),
              let highY1 = shown.max(by: { $0.projection.years[0].total < $1.projection.years[0].total }),
              highY1.id != lowY1.id else { return nil }
        let gap = highY1.projection.years[0].total - lowY1.projection.years[0].total
        let averages = "\(OfferNumber.money(highY1.projection.average)) and \(OfferNumber.money(lowY1.projection.average))"
        let same = highY1.projection.average == lowY1.projection.average ? "the same 4-year average (\(OfferNumber.money(highY1.projection.average)))" : "4-year averages of \(averages)"
        return "\(highY1.offer.company) pays \(OfferNumber.money(gap)) more than \(lowY1.offer.company) in year one, with \(same)."
    }

    func negotiate(request: Request, context: Context) async throws -> HTMLPage {
        let all = try await offers.list()
        let plan = try await offers.negotiation()
        return renderer.render("offers-negotiate", OffersNegotiateView(
            target: plan.target ?? "", hasTarget: plan.target != nil, checklist: plan.checklist, scripts: plan.scripts,
            marks: all.map {
                NegotiationMark(id: $0.id.uuidString, company: $0.offer.company, preferred: $0.saved.preferred, written: $0.offer.written,
                                y1: OfferNumber.money($0.projection.years[0].total), average: OfferNumber.money($0.projection.average))
            },
            hasOffers: !all.isEmpty, noneChosen: !all.contains { $0.saved.preferred }, csrf: token.value))
    }

    /// The workspace's marks: `preferred` (an id, or empty for none) and a `written-ID` box per offer.
    func mark(request: Request, context: Context) async throws -> Response {
        let body = try await request.body.collect(upTo: FormFields.maximumBytes)
        let fields = FormFields(body: body)
        let preferred = fields["preferred"].flatMap { UUID(uuidString: $0) }
        let written = Set(String(buffer: body).split(separator: "&").compactMap { pair -> UUID? in
            let parts = pair.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, parts[0] == "written" else { return nil }
            return UUID(uuidString: String(parts[1]))
        })
        do {
            try await offers.mark(preferred: preferred, written: written)
        } catch is OfferNotFound {
            throw BadInput(field: "preferred", message: "the preferred offer no longer exists; reload the page")
        }
        return Response.redirect(to: "/offers/negotiate", type: .normal)
    }

    private func find(_ context: Context) async throws -> OfferSummary {
        guard let summary = try await offers.offer(id: try Self.id(context)) else {
            throw HTTPError(.notFound, message: "No offer here; it may have been deleted. The list is at /offers.")
        }
        return summary
    }

    static func id(_ context: Context) throws -> UUID {
        guard let id = UUID(uuidString: try context.parameters.require("id")) else {
            throw HTTPError(.notFound, message: "No offer here: the address does not name an offer.")
        }
        return id
    }
}
