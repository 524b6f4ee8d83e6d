/// `policies/*.yaml` of the scaffolded study: two options with a trade-off (neither is better
/// on every criterion, or `validate` would warn that one is dominated), every score noted.
extension StudyTemplate {
    static var speedCameras: String {
        """
        \(modeline(.policy, depth: 1))
        # One policy option per file. Score every leaf criterion of the tree, say why in `notes`,
        # and list the sources a reviewer can check. The scores here are illustrations: replace
        # them with your own evidence.
        id: speed_cameras            # unique among the policies; other files refer to it
        name: Average-speed cameras on arterial roads
        description: >
          Average-speed enforcement on the twelve arterial roads with the most serious crashes,
          with fines reinvested in road safety.
        scores:
          injuries: {low: 4, likely: 5, high: 7}   # triangular uncertainty: ranked at `likely`
          evidence: strong                         # a level of the criterion's scale
          annual_cost: {low: 300, high: 500}       # uniform uncertainty: ranked at the midpoint
          public_support: 4                        # a point on the criterion's scale
        notes:                       # one note per score: why this score
          injuries: >
            Evaluations of average-speed cameras report large falls in fatal and serious crashes on
            the treated roads; fewer on the rest of the network, hence a quarter overall.
          evidence: Several controlled before-and-after studies agree on the direction of the effect.
          annual_cost: Cameras, back office and maintenance; the range is the supplier quotes.
          public_support: Drivers' groups oppose enforcement cameras; residents on the arterials back them.
        sources:                     # {title, url}; what the scores rest on
          - title: Example source (replace with the evaluation behind these scores)
            url: https://example.org/average-speed-cameras

        """
    }

    static var schoolStreets: String {
        """
        \(modeline(.policy, depth: 1))
        # A second option. Each option needs a score on every leaf criterion; the study ranks
        # them against each other, so add as many as the decision has.
        id: school_streets
        name: School streets and traffic calming
        description: >
          Close streets outside primary schools to through traffic at opening and closing times,
          and add raised crossings and 20 mph zones in residential areas.
        scores:
          injuries: {low: 2, likely: 4, high: 6}
          evidence: moderate
          annual_cost: 250
          public_support: 7
        notes:
          injuries: Calming cuts injuries where it is built, but most serious crashes happen on arterials.
          evidence: Before-and-after studies in comparable cities; no controlled trial yet.
          annual_cost: Signs, planters and crossings spread over ten years, plus enforcement staff.
          public_support: Parents and schools back it; some businesses worry about deliveries.
        sources:
          - title: Example source (replace with the evaluation behind these scores)
            url: https://example.org/school-streets

        """
    }
}
