/// `criteria/tree.yaml` of the scaffolded study: one group, four leaves, one perspective.
extension StudyTemplate {
    static var criteria: String {
        """
        \(modeline(.criteria, depth: 1))
        # The value tree: what every option is judged on.
        # - An internal node (one with `children`) groups criteria; it has no direction or scale.
        # - A leaf is what each policy scores, so it needs a direction and a scale.
        # Weights are relative to their siblings and may be any positive numbers (60/40 and 3/2
        # mean the same). A leaf's effective weight is the product of its normalized weights down
        # the tree: `injuries` counts for 50% × 70% = 35% of the decision.
        # Each leaf's description holds a rubric, so that two people scoring alone agree.
        criteria:
          - id: effectiveness        # a lowercase letter, then lowercase letters, digits, _ or -
            name: Effectiveness      # shown in tables and reports; files refer to the id
            description: How much the option achieves the study's aim.
            weight: 50               # against its siblings: effectiveness 50, annual_cost 30, public_support 20
            children:
              - id: injuries
                name: Reduces serious road injuries
                description: >
                  Expected fall in the number of people killed or seriously injured on the city's
                  roads within three years. Rubric: 0 = no change, 2 = a tenth fewer,
                  5 = a quarter fewer, 8 = 40% fewer, 10 = half as many.
                direction: benefit   # benefit: higher is better; cost: lower is better
                weight: 70
                scale: {min: 0, max: 10}
              - id: evidence
                name: Strength of evidence
                description: >
                  How well evaluations elsewhere support the expected effect. Rubric: weak = expert
                  opinion or a single pilot; moderate = before-and-after studies in comparable
                  cities; strong = controlled studies or a systematic review.
                direction: benefit
                weight: 30
                scale:               # a qualitative scale: each label stands for a number
                  levels: {weak: 1, moderate: 5, strong: 9}
          - id: annual_cost
            name: Annual cost to the city budget
            description: >
              Running costs plus capital costs spread over ten years. Rubric: the finance office's
              central estimate; score a range when it gives one.
            direction: cost          # scored as a magnitude (higher = worse); policyrank inverts it
            unit: EUR thousand per year
            weight: 30
            scale: {min: 0, max: 2000}   # what any plausible option could cost, not just these two
          - id: public_support
            name: Public support
            description: >
              How residents are likely to receive the option in its first year. Rubric:
              0 = organised opposition, 5 = residents split, 10 = broad support in every district.
            direction: benefit
            weight: 20
            scale: {min: 0, max: 10}

        # Stakeholder perspectives: other weightings of the same tree. A perspective overrides the
        # weights of the nodes it names (groups or leaves); the others keep their weight.
        # Try `policyrank rank --perspective finance_office`: it puts school_streets first.
        perspectives:
          - id: finance_office
            name: City finance office
            description: Cost counts for more than effectiveness.
            weights: {annual_cost: 80}

        """
    }
}
