/// A number as people write it in messages and canonical text: `5`, not `5.0`; `0.5`.
func format(_ v: Double) -> String {
    v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
}
