extension ErrorCode {
    /// `ReadOptions.csvDelimiter` or a writer delimiter that cannot separate fields.
    public static let csvDelimiter = ErrorCode("csv.delimiter")
}
