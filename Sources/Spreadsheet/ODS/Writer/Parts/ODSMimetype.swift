/// `mimetype`: the package's media type, which ODF requires to be the first entry, stored
/// (not deflated) and without an extra field, so tools can read it at a fixed offset.
enum ODSMimetype {
    static var bytes: [UInt8] { Array(ODSWriterNamespace.mediaType.utf8) }
}
