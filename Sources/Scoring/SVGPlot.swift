import Batch

/// Small, dependency-free SVG charts for the HTML report: histograms and scatter plots.
///
/// Coordinates are written with 1 decimal, so the same data always gives the same bytes.
enum SVGPlot {
    static let width = 280.0
    static let height = 220.0
    static let margin = (left: 44.0, right: 22.0, top: 24.0, bottom: 40.0)

    static var plotWidth: Double { width - margin.left - margin.right }
    static var plotHeight: Double { height - margin.top - margin.bottom }

    static func n(_ value: Double) -> String { Format.fixed(value, 1) }

    /// A histogram of values in [0, 1] with `bins` bins.
    static func histogram(_ values: [Double], title: String, bins: Int = 20, color: String = "#3b6ea8") -> String {
        var counts = [Int](repeating: 0, count: bins)
        for value in values where value.isFinite {
            counts[Swift.max(0, Swift.min(bins - 1, Int(value * Double(bins))))] += 1
        }
        let top = niceTop(counts.max() ?? 1)
        var svg = open(title: title)
        let barWidth = plotWidth / Double(bins)
        for (index, count) in counts.enumerated() where count > 0 {
            let h = Double(count) / top * plotHeight
            let x = margin.left + Double(index) * barWidth
            let y = margin.top + plotHeight - h
            svg +=
                "<rect x=\"\(n(x + 0.5))\" y=\"\(n(y))\" width=\"\(n(barWidth - 1))\" height=\"\(n(h))\" fill=\"\(color)\">"
                + "<title>\(Format.fixed(Double(index) / Double(bins), 2))–\(Format.fixed(Double(index + 1) / Double(bins), 2)): \(count)</title></rect>\n"
        }
        svg += axes(
            xLabel: "F1", yLabel: "documents", xMax: 1, yMax: top, xTicks: [0, 0.25, 0.5, 0.75, 1], integerY: true)
        return svg + "</svg>\n"
    }

    /// A scatter plot; `diagonal` draws y = x (for system A against system B).
    static func scatter(
        _ points: [(x: Double, y: Double)], title: String, xLabel: String, yLabel: String, xMax: Double, diagonal: Bool
    ) -> String {
        let xTop = Swift.max(xMax, 1e-9)
        var svg = open(title: title)
        if diagonal {
            svg +=
                "<line x1=\"\(n(margin.left))\" y1=\"\(n(margin.top + plotHeight))\" x2=\"\(n(margin.left + plotWidth))\" "
                + "y2=\"\(n(margin.top))\" stroke=\"#999\" stroke-dasharray=\"4 3\"/>\n"
        }
        for point in points where point.x.isFinite && point.y.isFinite {
            let x = margin.left + Swift.min(point.x / xTop, 1) * plotWidth
            let y = margin.top + plotHeight - Swift.min(Swift.max(point.y, 0), 1) * plotHeight
            svg += "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"2\" fill=\"#c0504d\" fill-opacity=\"0.45\"/>\n"
        }
        let ticks = [0, 0.25, 0.5, 0.75, 1].map { $0 * xTop }
        svg += axes(xLabel: xLabel, yLabel: yLabel, xMax: xTop, yMax: 1, xTicks: ticks, integerY: false)
        return svg + "</svg>\n"
    }

    /// The smallest multiple of 4 × (1, 2 or 5 × 10^k) at least `count`: five round y ticks.
    static func niceTop(_ count: Int) -> Double {
        var power = 1
        while true {
            for step in [1, 2, 5] where 4 * step * power >= Swift.max(count, 1) { return Double(4 * step * power) }
            power *= 10
        }
    }

    static func open(title: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" "
            + "height=\"\(Int(height))\" role=\"img\" aria-label=\"\(MarkupEscaping.escape(title))\">\n"
            + "<text x=\"\(n(width / 2))\" y=\"15\" text-anchor=\"middle\" font-size=\"12\" font-weight=\"bold\">"
            + "\(MarkupEscaping.escape(title))</text>\n"
    }

    static func axes(xLabel: String, yLabel: String, xMax: Double, yMax: Double, xTicks: [Double], integerY: Bool)
        -> String
    {
        let bottom = margin.top + plotHeight
        var svg =
            "<line x1=\"\(n(margin.left))\" y1=\"\(n(bottom))\" x2=\"\(n(margin.left + plotWidth))\" y2=\"\(n(bottom))\" stroke=\"#333\"/>\n"
            + "<line x1=\"\(n(margin.left))\" y1=\"\(n(margin.top))\" x2=\"\(n(margin.left))\" y2=\"\(n(bottom))\" stroke=\"#333\"/>\n"
        for tick in xTicks {
            let x = margin.left + tick / xMax * plotWidth
            let label = xMax > 10 ? String(Int(tick.rounded())) : Format.fixed(tick, 2)
            svg +=
                "<line x1=\"\(n(x))\" y1=\"\(n(bottom))\" x2=\"\(n(x))\" y2=\"\(n(bottom + 4))\" stroke=\"#333\"/>"
                + "<text x=\"\(n(x))\" y=\"\(n(bottom + 15))\" text-anchor=\"middle\" font-size=\"10\">\(label)</text>\n"
        }
        for step in 0...4 {
            let value = yMax * Double(step) / 4
            let y = bottom - Double(step) / 4 * plotHeight
            let label = integerY ? String(Int(value.rounded())) : Format.fixed(value, 2)
            svg +=
                "<line x1=\"\(n(margin.left - 4))\" y1=\"\(n(y))\" x2=\"\(n(margin.left))\" y2=\"\(n(y))\" stroke=\"#333\"/>"
                + "<text x=\"\(n(margin.left - 6))\" y=\"\(n(y + 3))\" text-anchor=\"end\" font-size=\"10\">\(label)</text>\n"
        }
        svg +=
            "<text x=\"\(n(margin.left + plotWidth / 2))\" y=\"\(n(height - 6))\" text-anchor=\"middle\" font-size=\"11\">"
            + "\(MarkupEscaping.escape(xLabel))</text>\n"
            + "<text x=\"12\" y=\"\(n(margin.top + plotHeight / 2))\" text-anchor=\"middle\" font-size=\"11\" "
            + "transform=\"rotate(-90 12 \(n(margin.top + plotHeight / 2)))\">\(MarkupEscaping.escape(yLabel))</text>\n"
        return svg
    }
}
