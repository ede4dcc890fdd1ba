public import Foundation

/// Short human text for a scheduling interval, as drill buttons show it ("10m", "3d", "2.1mo").
public enum IntervalText {
    public static func format(_ interval: TimeInterval) -> String {
        let seconds = max(0, interval)
        let minutes = seconds / 60, hours = minutes / 60, days = hours / 24
        switch true {
        case minutes < 1: return "<1m"
        case hours < 1: return "\(Int(minutes.rounded()))m"
        case days < 1: return "\(Int(hours.rounded()))h"
        case days < 30: return "\(Int(days.rounded()))d"
        case days < 365: return oneDecimal(days / 30) + "mo"
        default: return oneDecimal(days / 365) + "y"
        }
    }

    private static func oneDecimal(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? "\(Int(rounded))" : String(format: "%.1f", rounded)
    }
}
