/// How a design attempt is scheduled: the person's own rating and the rubric's coverage must agree.
/// The FSRS rating is the lower of the two: the self-rating (very weak → Again, weak → Hard, strong → Good,
/// very strong → Easy) and the coverage band (below 25% → Again, below 50% → Hard, below 75% → Good, else Easy).
/// So neither a generous self-rating nor a keyword-rich answer alone earns a long interval (docs/design.md).
public enum DesignRating {
    public static func rating(self level: DesignLevel, coverage: Double) -> Rating {
        Rating(rawValue: min(level.number, coverageBand(coverage).rawValue))!
    }

    public static func coverageBand(_ coverage: Double) -> Rating {
        switch coverage {
        case ..<0.25: .again
        case ..<0.5: .hard
        case ..<0.75: .good
        default: .easy
        }
    }
}
