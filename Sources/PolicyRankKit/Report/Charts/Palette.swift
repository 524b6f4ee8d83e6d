import Foundation

/// Colours for charts. Categorical colours are Okabe & Ito's (2008) palette, which stays
/// distinguishable under the common colour-vision deficiencies and in greyscale print;
/// magnitudes use one hue from white to blue, which reads the same for every viewer.
enum Palette {
    /// Okabe–Ito, reordered so that the first colours have the most contrast on white
    /// (yellow comes late: it is faint on paper).
    static let okabeIto = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442", "#000000"]

    /// The categorical colour of the `index`th series, cycling.
    static func categorical(_ index: Int) -> String {
        okabeIto[((index % okabeIto.count) + okabeIto.count) % okabeIto.count]
    }

    /// `hex` mixed with white by `amount` in [0, 1]: lighter shades of one category, so
    /// leaves of one group share their group's hue.
    static func tint(_ hex: String, _ amount: Double) -> String {
        mix(hex, "#FFFFFF", amount)
    }

    /// The sequential scale: 0 is white, 1 is Okabe–Ito blue.
    static func sequential(_ value: Double) -> String {
        mix("#FFFFFF", "#0072B2", min(max(value.isFinite ? value : 0, 0), 1))
    }

    /// Text colour with enough contrast on `sequential(value)`.
    static func sequentialText(_ value: Double) -> String {
        value > 0.6 ? "#FFFFFF" : "#000000"
    }

    /// Black or white, whichever contrasts more with `background` (WCAG relative luminance).
    static func textColor(on background: String) -> String {
        relativeLuminance(background) > 0.179 ? "#000000" : "#FFFFFF"
    }

    /// WCAG 2 relative luminance of an sRGB colour, 0 (black) to 1 (white).
    static func relativeLuminance(_ hex: String) -> Double {
        let linear = rgb(hex).map { channel -> Double in
            let c = Double(channel) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    }

    static func mix(_ from: String, _ to: String, _ amount: Double) -> String {
        let a = rgb(from), b = rgb(to)
        let channels = (0..<3).map { channel -> Int in
            let start = Double(a[channel]), end = Double(b[channel])
            return Int((start + (end - start) * amount).rounded())
        }
        return "#" + channels.map { String(format: "%02X", min(max($0, 0), 255)) }.joined()
    }

    static func rgb(_ hex: String) -> [Int] {
        let digits = Array(hex.dropFirst())
        guard digits.count == 6 else { return [0, 0, 0] }
        return (0..<3).map { Int(String(digits[2 * $0..<2 * $0 + 2]), radix: 16) ?? 0 }
    }
}
