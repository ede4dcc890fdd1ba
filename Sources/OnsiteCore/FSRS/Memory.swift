import Foundation

/// The FSRS-6 memory model: stability and difficulty updates and the interval formula.
extension Scheduler {
    /// Python's `math.e`; `e ** x` there is `pow(e, x)`, so mirror it for bit-for-bit agreement.
    private static let euler = 2.718281828459045

    private func ePow(_ exponent: Double) -> Double {
        pow(Self.euler, exponent)
    }

    private func w(_ index: Int) -> Double {
        parameters[index]
    }

    func clampDifficulty(_ difficulty: Double) -> Double {
        min(max(difficulty, Self.difficultyRange.lowerBound), Self.difficultyRange.upperBound)
    }

    func clampStability(_ stability: Double) -> Double {
        max(stability, Self.minimumStability)
    }

    /// S0(G) = w[G-1].
    func initialStability(_ rating: Rating) -> Double {
        clampStability(w(rating.rawValue - 1))
    }

    /// D0(G) = w4 - e^(w5·(G-1)) + 1, optionally clamped to [1, 10].
    func initialDifficulty(_ rating: Rating, clamp: Bool) -> Double {
        let difficulty = w(4) - ePow(w(5) * Double(rating.rawValue - 1)) + 1
        return clamp ? clampDifficulty(difficulty) : difficulty
    }

    /// Linear damping towards 10, then mean reversion towards the unclamped D0(Easy).
    func nextDifficulty(_ difficulty: Double, rating: Rating) -> Double {
        let target = initialDifficulty(.easy, clamp: false)
        let delta = -(w(6) * Double(rating.rawValue - 3))
        let damped = difficulty + (10.0 - difficulty) * delta / 9.0
        return clampDifficulty(w(7) * target + (1 - w(7)) * damped)
    }

    /// Same-day update: S·e^(w17·(G-3+w18))·S^-w19, never shrinking for Hard, Good or Easy.
    func shortTermStability(_ stability: Double, rating: Rating) -> Double {
        var increase = ePow(w(17) * (Double(rating.rawValue - 3) + w(18))) * pow(stability, -w(19))
        if rating != .again {
            increase = max(increase, 1.0)
        }
        return clampStability(stability * increase)
    }

    /// Long-term update after a review at retrievability `r`.
    func nextStability(difficulty: Double, stability: Double, retrievability r: Double, rating: Rating) -> Double {
        let next: Double
        if rating == .again {
            next = forgetStability(difficulty: difficulty, stability: stability, retrievability: r)
        } else {
            next = recallStability(difficulty: difficulty, stability: stability, retrievability: r, rating: rating)
        }
        return clampStability(next)
    }

    private func forgetStability(difficulty: Double, stability: Double, retrievability r: Double) -> Double {
        let longTerm = w(11) * pow(difficulty, -w(12)) * (pow(stability + 1, w(13)) - 1) * ePow((1 - r) * w(14))
        let shortTerm = stability / ePow(w(17) * w(18))
        return min(longTerm, shortTerm)
    }

    private func recallStability(
        difficulty: Double, stability: Double, retrievability r: Double, rating: Rating
    ) -> Double {
        let hardPenalty = rating == .hard ? w(15) : 1
        let easyBonus = rating == .easy ? w(16) : 1
        let growth = ePow(w(8)) * (11 - difficulty) * pow(stability, -w(9)) * (ePow((1 - r) * w(10)) - 1)
        return stability * (1 + growth * hardPenalty * easyBonus)
    }

    /// Days until retrievability falls to the desired retention: rounded half to even, in [1, maximumInterval].
    public func interval(forStability stability: Double) -> Int {
        let raw = (stability / factor) * (pow(desiredRetention, 1 / decay) - 1)
        let days = min(max(raw.rounded(.toNearestOrEven), 1), Double(maximumInterval))
        return days.isNaN ? 1 : Int(days)
    }
}
