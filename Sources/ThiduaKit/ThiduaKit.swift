/// Domain layer: criteria schema, forms, validation, consolidation, exports.
@_exported import Spreadsheet
