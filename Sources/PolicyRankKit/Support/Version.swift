public enum PolicyRankVersion {
    public static let current = "0.1.0"
}
