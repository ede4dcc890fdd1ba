/// Draws a diagram left to right as SVG text: a column per layer, boxes in order of first appearance.
/// Colours are presentation attributes, not `style`, so the page's CSP (no inline style) allows them.
public enum DiagramSVG {
    static let charWidth = 7.2, boxHeight = 32.0, rowGap = 18.0, columnGap = 48.0, margin = 12.0

    public static func render(_ diagram: DesignDiagram) -> String {
        guard !diagram.nodes.isEmpty else {
            return ##"<svg xmlns="http://www.w3.org/2000/svg" class="diagram" width="0" height="0" role="img" aria-label="empty diagram"></svg>"##
        }
        let layers = diagram.layers
        let columns = (layers.max() ?? 0) + 1
        var widths = [Double](repeating: 0, count: columns)
        var rows = [Int](repeating: 0, count: diagram.nodes.count)
        var perColumn = [Int](repeating: 0, count: columns)
        for (node, label) in diagram.nodes.enumerated() {
            widths[layers[node]] = max(widths[layers[node]], Double(label.count) * charWidth + 20)
            rows[node] = perColumn[layers[node]]
            perColumn[layers[node]] += 1
        }
        var xs = [Double](repeating: margin, count: columns)
        for column in 1..<max(columns, 1) { xs[column] = xs[column - 1] + widths[column - 1] + columnGap }
        let width = xs[columns - 1] + widths[columns - 1] + margin
        let height = margin * 2 + Double(perColumn.max() ?? 1) * (boxHeight + rowGap) - rowGap
        func box(_ node: Int) -> (x: Double, y: Double, w: Double) {
            (xs[layers[node]], margin + Double(rows[node]) * (boxHeight + rowGap), widths[layers[node]])
        }
        var out = ##"<svg xmlns="http://www.w3.org/2000/svg" class="diagram" viewBox="0 0 \##(n(width)) \##(n(height))" width="\##(n(width))" height="\##(n(height))" role="img" aria-label="serving path diagram">"##
        out += ##"<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker></defs>"##
        for edge in diagram.edges {
            let a = box(edge.from), b = box(edge.to)
            let (x1, y1) = (a.x + a.w, a.y + boxHeight / 2)
            let (x2, y2) = edge.from == edge.to || layers[edge.to] <= layers[edge.from] ? (b.x + b.w / 2, b.y + boxHeight) : (b.x, b.y + boxHeight / 2)
            out += ##"<line x1="\##(n(x1))" y1="\##(n(y1))" x2="\##(n(x2))" y2="\##(n(y2))" stroke="#555" stroke-width="1.5" marker-end="url(#arrow)"/>"##
        }
        for (node, label) in diagram.nodes.enumerated() {
            let b = box(node)
            out += ##"<g><rect x="\##(n(b.x))" y="\##(n(b.y))" width="\##(n(b.w))" height="\##(n(boxHeight))" rx="6" fill="#eef3fb" stroke="#3b6db3"/>"##
            out += ##"<text x="\##(n(b.x + b.w / 2))" y="\##(n(b.y + boxHeight / 2 + 4))" text-anchor="middle" font-family="sans-serif" font-size="12" fill="#1a1a1a">\##(escape(label))</text></g>"##
        }
        return out + "</svg>"
    }

    /// XML-escapes text for an element body or an attribute.
    public static func escape(_ text: String) -> String { HTMLText.escape(text) }

    private static func n(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format1(value))
    }

    private static func format1(_ value: Double) -> String { String((value * 10).rounded() / 10) }
}
