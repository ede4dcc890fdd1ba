import OnsiteCore

/// A realistic ML story that the STAR linter passes, and the sample bank for the coverage matrix.
enum StoryFixtures {
    static let good = Story(
        id: "ranking-rollback", title: "Rolling back a ranking model that hid new listings",
        situation: """
            Our feed ranking model at a mid-size marketplace was retrained every week. Two days after a routine launch, \
            click-through held steady but complaints from sellers about missing listings doubled. I was the on-call ML engineer that week.
            """,
        task: "I had to find out whether the new model caused it, and fix it without stopping the weekly retraining the team depended on.",
        action: """
            I compared the new and old models on the same day of traffic and found that new listings with no history scored near zero. \
            I traced it to a feature pipeline change that filled missing seller ratings with 0 instead of the median, e.g. for every seller \
            younger than 30 days. I rolled the model back within an hour, then wrote a fix that imputed the median and added a flag for \
            missing values. I also added a monitoring check on the share of new listings in the top 50 results, so the next drift would \
            page someone. Before the relaunch, I ran a two-week A/B test with the product manager, who had wanted to skip it.
            """,
        result: """
            New listings in the top 50 went back from 2% to 9%, seller complaints returned to their usual level within a week, \
            and the monitor has caught two similar regressions since.
            """,
        learning: """
            I now treat a silent default in a feature pipeline as a launch risk, and I ask for a monitor on the population the \
            model serves worst before every launch.
            """,
        themes: ["ownership", "model-failed-after-launch", "poor-data-quality"])

    /// Six stories tagged with ten of the twelve common themes: ambiguity and customer-focus are the gaps.
    static let bank: [Story] = [
        good,
        Story(
            id: "feature-store-disagreement", title: "Arguing for a shared feature store",
            situation: "Two teams computed the same user features in separate pipelines and the numbers disagreed by 4%.",
            task: "I wanted one feature store; the other team's lead preferred to keep their own pipeline.",
            action: "I wrote a design comparing both approaches, benchmarked them on a week of data and proposed a migration in two steps.",
            result: "The other team adopted the store within a quarter and the feature mismatch went to zero.",
            learning: "I bring a benchmark before an opinion.", themes: ["technical-disagreement", "influence-without-authority"]),
        Story(
            id: "missed-deadline", title: "A forecasting model that missed its deadline",
            situation: "I owned a demand forecast for a retail planning team with a fixed launch date.",
            task: "I had to ship a model that beat the old heuristic before the holiday freeze.",
            action: "I tried three model families, underestimated the data cleaning, told my manager two weeks late and cut the scope to one region.",
            result: "We shipped one region 3 weeks late; it beat the heuristic by 11% there.",
            learning: "I now say a date is at risk as soon as I know it.", themes: ["failure", "speed-vs-quality"]),
        Story(
            id: "intern-mentoring", title: "Mentoring an intern through her first model",
            situation: "An intern joined with no production experience and a 12-week project.",
            task: "I was her mentor and owned the project's success.",
            action: "I split the project into weekly milestones, reviewed her code daily at first and gave written feedback every Friday.",
            result: "She shipped a churn model used by the support team and got a return offer.",
            learning: "Feedback lands better written down and early.", themes: ["mentoring-and-feedback", "learning-fast"]),
        Story(
            id: "label-noise", title: "Fixing noisy labels before retraining",
            situation: "Our fraud model's precision fell after a vendor changed how chargebacks were labelled.",
            task: "I had to decide whether to retrain now or fix the labels first.",
            action: "I sampled 500 labels, found 18% wrong, and ranked the fixes by the fraud loss they would prevent, so the team did the top three first.",
            result: "Precision recovered by 6 points in two sprints.",
            learning: "I check the labels before I blame the model.", themes: ["prioritization", "conflict"]),
        Story(
            id: "new-stack", title: "Learning a new serving stack in a week",
            situation: "Our serving stack moved to a framework nobody on the team had used, and the migration plan was unclear.",
            task: "I volunteered to port the first model.",
            action: "I read the docs, built a toy service, then ported the model with a shadow deployment and compared outputs.",
            result: "The port went live in 6 days with identical outputs on 1 million requests.",
            learning: "A shadow deployment makes a rewrite boring.", themes: ["learning-fast", "ownership"]),
    ]
}
