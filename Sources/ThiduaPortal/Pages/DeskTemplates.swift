/// The templates of the district desk: verified points on a return's page, and the
/// consolidations (the action, on the dashboard too; the list; one with its inputs and files).
enum DeskTemplates {
    static let consolidateForm = """
    {{#canConsolidate}}<form method="post" action="/consolidations" id="consolidate-form">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <p>{{t.consolidateHelp}}</p>
    <label class="check"><input type="checkbox" name="ods" value="1" id="consolidate-ods"> {{t.alsoOds}}</label>
    <button type="submit" id="consolidate">{{t.consolidate}}</button>
    </form>{{/canConsolidate}}
    """

    static let fileLinks = """
    {{#files}}<a href="{{url}}" class="file" title="SHA-256 {{sha256}}">{{name}}</a> {{/files}}
    """

    static let list = """
    {{> head}}
    <p><a href="/">← {{t.back}}</a></p>
    <h1>{{t.consolidations}}</h1>
    {{#canConsolidate}}<section class="card" id="consolidate-card"><h2>{{t.consolidate}}</h2>
    {{#hasReady}}<table class="list" id="ready"><thead><tr><th>{{t.fileName}}</th><th>{{t.ward}}</th><th>{{t.sha256}}</th></tr></thead><tbody>
    {{#ready}}<tr><td>{{name}}</td><td>{{ward}}</td><td class="sha">{{sha256}}</td></tr>
    {{/ready}}</tbody></table>
    {{> consolidateForm}}{{/hasReady}}
    {{^hasReady}}<p>{{t.nothingToConsolidate}}</p>{{/hasReady}}
    </section>{{/canConsolidate}}
    <section class="card"><h2>{{t.consolidationsMade}}</h2>
    {{^hasConsolidations}}<p>{{t.noConsolidations}}</p>{{/hasConsolidations}}
    {{#hasConsolidations}}<table class="list" id="consolidations"><thead><tr><th>#</th><th>{{t.madeAt}}</th><th>{{t.madeBy}}</th><th>{{t.validWards}}</th><th>{{t.files}}</th></tr></thead><tbody>
    {{#consolidations}}<tr><td><a href="/consolidations/{{id}}">{{id}}</a></td><td>{{createdAt}}</td><td>{{by}}</td><td class="num">{{wardsText}}</td><td>{{> fileLinks}}</td></tr>
    {{/consolidations}}</tbody></table>{{/hasConsolidations}}
    </section>
    {{> foot}}
    """

    static let detail = """
    {{> head}}
    <p><a href="/consolidations">← {{t.consolidations}}</a></p>
    <h1>{{t.consolidation}} {{id}}</h1>
    <section class="facts">
    <div><span class="k">{{t.madeAt}}</span><span class="v">{{createdAt}}</span></div>
    <div><span class="k">{{t.madeBy}}</span><span class="v">{{by}}</span></div>
    <div><span class="k">{{t.validWards}}</span><span class="v">{{wardsText}}</span></div>
    </section>
    <section class="card" id="files"><h2>{{t.files}}</h2>
    <table class="list"><thead><tr><th>{{t.fileName}}</th><th class="num">{{t.size}}</th><th>{{t.sha256}}</th></tr></thead><tbody>
    {{#files}}<tr><td><a href="{{url}}">{{name}}</a></td><td class="num">{{size}}</td><td class="sha">{{sha256}}</td></tr>
    {{/files}}</tbody></table></section>
    <section class="card" id="inputs"><h2>{{t.inputs}}</h2><p>{{t.inputsHelp}}</p>
    <table class="list"><thead><tr><th>{{t.fileName}}</th><th>{{t.ward}}</th><th>{{t.sha256}}</th><th>{{t.returnOf}}</th></tr></thead><tbody>
    {{#inputs}}<tr><td>{{name}}</td><td>{{ward}}</td><td class="sha">{{sha256}}</td><td><a href="/returns/{{returnId}}">{{returnId}}</a></td></tr>
    {{/inputs}}</tbody></table></section>
    {{#hasVerified}}<section class="card" id="verified"><h2>{{t.verifiedPoints}}</h2>
    <table class="list"><thead><tr><th>{{t.ward}}</th><th>{{t.criterion}}</th><th class="num">{{t.verifiedPoints}}</th></tr></thead><tbody>
    {{#verified}}<tr><td>{{ward}}</td><td>{{criterion}}</td><td class="num">{{points}}</td></tr>
    {{/verified}}</tbody></table>
    <p><a href="/consolidations/{{id}}/verified-points.csv" id="verified-csv">verified-points-{{id}}.csv</a> — {{t.verifiedCsvHelp}}</p></section>{{/hasVerified}}
    {{> foot}}
    """

    static let verifiedPoints = """
    {{#verifiedSection}}<section class="card" id="verified"><h2>{{t.verifiedPoints}}</h2><p>{{t.verifiedHelp}}</p>
    {{#canVerify}}<form method="post" action="/returns/{{id}}/verified-points"><input type="hidden" name="_csrf" value="{{csrf}}">{{/canVerify}}
    <table class="list"><thead><tr><th>{{t.criterion}}</th><th></th><th class="num">{{t.maxPoints}}</th><th class="num">{{t.selfPoints}}</th><th class="num">{{t.verifiedPoints}}</th><th>{{t.verifiedBy}}</th></tr></thead><tbody>
    {{#verifiedRows}}<tr{{#isVerified}} class="verified"{{/isVerified}}><td>{{code}}</td><td>{{name}}</td><td class="num">{{max}}</td><td class="num">{{own}}</td>
    <td class="num">{{#canVerify}}<input name="p_{{code}}" id="verified-{{code}}" value="{{verified}}" inputmode="decimal" size="5" aria-label="{{t.verifiedPoints}} {{code}}">{{/canVerify}}{{^canVerify}}{{verified}}{{/canVerify}}</td><td>{{by}}</td></tr>
    {{/verifiedRows}}<tr class="total"><td colspan="3">{{t.total}}</td><td class="num" id="own-total">{{ownTotal}}</td><td class="num" id="verified-total">{{verifiedTotal}}</td><td></td></tr>
    </tbody></table>
    {{#canVerify}}<button type="submit" id="save-verified">{{t.saveVerified}}</button></form>{{/canVerify}}
    </section>{{/verifiedSection}}
    """

    static let all: [String: String] = [
        "verifiedPoints": verifiedPoints, "consolidateForm": consolidateForm, "fileLinks": fileLinks, "consolidations": list, "consolidation": detail,
    ]

    static let texts: [String: (vi: String, en: String)] = [
        "consolidations": ("Tổng hợp", "Consolidations"),
        "consolidation": ("Bản tổng hợp", "Consolidation"),
        "consolidate": ("Tổng hợp các báo cáo hợp lệ", "Consolidate the valid returns"),
        "consolidateHelp": ("Lập bảng tổng hợp (.xlsx) và các tệp gửi tài chính, thống kê từ báo cáo hợp lệ hiện nay của mỗi phường (đã duyệt, hoặc báo cáo mới nhất không có lỗi), có tính điểm thẩm định.",
                            "Builds the consolidated workbook (.xlsx) and the finance and statistics files from each ward's current valid return (approved, else the latest without errors), scoring the verified points."),
        "alsoOds": ("Thêm bản LibreOffice (.ods)", "Also as LibreOffice (.ods)"),
        "nothingToConsolidate": ("Chưa có báo cáo hợp lệ nào để tổng hợp.", "There is no valid return to consolidate yet."),
        "consolidationsMade": ("Các lần tổng hợp", "Consolidations made"),
        "noConsolidations": ("Chưa tổng hợp lần nào.", "None yet."),
        "verifiedCsvHelp": ("cho `thidua consolidate --verified`.", "for `thidua consolidate --verified`."),
        "madeAt": ("Lập lúc", "Made at"),
        "madeBy": ("Người lập", "Made by"),
        "validWards": ("Phường có báo cáo hợp lệ", "Wards with a valid return"),
        "files": ("Tệp kết quả", "Files"),
        "size": ("Kích thước (byte)", "Size (bytes)"),
        "inputs": ("Báo cáo được tổng hợp", "Returns consolidated"),
        "inputsHelp": ("Chạy `thidua consolidate` với các tệp này (cùng tên, theo thứ tự này) cho ra đúng các tệp kết quả trên.",
                       "`thidua consolidate` run on these files (same names, in this order) writes exactly the files above."),
        "verifiedPoints": ("Điểm thẩm định", "Verified points"),
        "verifiedHelp": ("Điểm quận thẩm định, ở tiêu chí nào khác điểm của báo cáo; khi tổng hợp, điểm thẩm định được tính thay điểm tự chấm. Để trống: giữ điểm của báo cáo.",
                         "The district's verified points, where they differ from the return's; consolidation scores them instead of the self-assessed points. Empty: the return's points stand."),
        "selfPoints": ("Điểm tự chấm", "Self-assessed"),
        "verifiedBy": ("Người thẩm định, lúc", "Verified by, at"),
        "saveVerified": ("Lưu điểm thẩm định", "Save the verified points"),
    ]
}
