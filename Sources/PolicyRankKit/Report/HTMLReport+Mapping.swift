/// The study's participants (multicriteria mapping, DESIGN §4.2), when it has any: the same
/// headline, chart and tables as `mapping --format html`.
extension HTMLReport {
    func mappingSection() -> Markup? {
        guard let mapping else { return nil }
        return HTML.section(
            "mapping", "Participants (multicriteria mapping)",
            [
                HTML.paragraph(
                    "Each participant scored the options on criteria of their own choosing, pessimistically and optimistically (participants/*.yaml). Where they agree despite their own uncertainty, the merit order is robust across people; where intervals nest, the difference is within their uncertainty."
                )
            ] + MappingHTMLRenderer.body(mapping))
    }

    /// The summary's line on the participants: the option of highest merit and how widely it leads.
    var mappingSummary: Markup? {
        mapping.map { Markup("<li>Participants: \(MappingText.headline($0))</li>") }
    }
}
