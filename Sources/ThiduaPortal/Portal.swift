import Foundation
import GRDB
import Spreadsheet
import Synchronization
import ThiduaKit

/// The ward portal's state: storage, accounts, sessions, schema versions and the intake of
/// returns. `PortalRoutes` puts it on the web; `thidua serve` and `thidua users` use it.
public final class Portal: Sendable {
    public let configuration: PortalConfiguration
    public let database: PortalDatabase
    public let files: FileStore
    public let accounts: AccountStore
    let sessions: SessionStore
    let throttle: LoginThrottle
    let schemas: SchemaRegistry
    let intake: ReturnIntake
    let intakeGate: IntakeGate
    let pages: PageRenderer
    let forms = BlankForms()
    /// Returns already checked, by schema version and SHA-256, for the dashboard.
    let checkedCache = Mutex<[String: WardReturn]>([:])

    /// Opens the data folder (creating `thidua.sqlite` and `files/` on first use).
    public init(configuration: PortalConfiguration) throws {
        self.configuration = configuration
        // The portal's own storage (its folder, SQLite through GRDB, FileStore) stays with
        // Foundation and GRDB: no user's file is read or replaced there.
        try FileManager.default.createDirectory(atPath: configuration.dataDirectory, withIntermediateDirectories: true)
        database = try PortalDatabase(path: configuration.dataDirectory + "/thidua.sqlite")
        files = try FileStore(root: configuration.dataDirectory + "/files")
        accounts = AccountStore(database: database, bcryptCost: configuration.bcryptCost)
        sessions = SessionStore(database: database)
        throttle = LoginThrottle()
        schemas = SchemaRegistry(database: database, files: files, demoDeadline: configuration.demoDeadline,
                                 readOptions: configuration.readOptions)
        intake = ReturnIntake(database: database, files: files, schemas: schemas)
        intakeGate = IntakeGate(budget: configuration.intakeBudget, workers: configuration.intakeWorkers)
        pages = try PageRenderer()
    }

    var now: Date { configuration.now() }

    /// Loads a criteria workbook as the active schema version (the version already known when
    /// the same criteria were loaded before).
    /// Its problems come back as a `SchemaError` with located findings.
    @discardableResult
    public func useSchema(path: String) throws -> SchemaVersionRecord {
        // Read as any input is: a regular file within the upload limit (a FIFO never blocks).
        let bytes = try FileContents.read(path, maxSize: configuration.uploadLimit)
        return try schemas.add(bytes: bytes, fileName: (path as NSString).lastPathComponent, activate: true, by: nil, now: now,
                               readOptions: configuration.readOptions).record
    }

    /// The active schema version, if one was loaded.
    public func activeSchemaVersion() throws -> SchemaVersionRecord? { try schemas.activeRecord() }

    /// The wards of the active schema (to check `--ward` on accounts).
    public func activeSchema() throws -> CriteriaSchema { try schemas.active().schema }
}
