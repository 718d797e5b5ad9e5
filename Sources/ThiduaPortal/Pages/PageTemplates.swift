/// The pages' Mustache templates. Kept in the binary, so `thidua serve` needs no files beside
/// it; `{{x}}` escapes HTML, and no template uses the unescaped `{{{x}}}` form.
enum PageTemplates {
    static let head = """
    <!doctype html>
    <html lang="{{lang}}">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{title}} – {{t.portal}}</title>
    <link rel="stylesheet" href="/static/portal.css">
    </head>
    <body>
    <header class="top">
    <a class="brand" href="/">{{t.portal}}</a>
    <nav>
    {{#user}}{{#district}}<a href="/schemas" id="nav-schemas">{{t.schemas}}</a><a href="/users" id="nav-users">{{t.accounts}}</a>{{/district}}{{#desk}}<a href="/consolidations" id="nav-consolidations">{{t.consolidations}}</a><a href="/audit" id="nav-audit">{{t.audit}}</a>{{/desk}}{{/user}}
    <a href="{{path}}?lang={{otherLang}}" hreflang="{{otherLang}}">{{t.language}}</a>
    {{#user}}<span class="who">{{username}}{{#wardName}} · {{wardName}}{{/wardName}}</span>
    <form method="post" action="/logout" class="inline"><input type="hidden" name="_csrf" value="{{csrf}}"><button type="submit">{{t.signOut}}</button></form>{{/user}}
    </nav>
    </header>
    <main>
    {{#demo}}<p class="alert demo" id="demo-banner">{{t.demoBanner}}</p>{{/demo}}

    """

    static let foot = """
    </main>
    <footer>thidua</footer>
    <script src="/static/upload.js"></script>
    </body>
    </html>

    """

    static let login = """
    {{> head}}
    <h1>{{t.signIn}}</h1>
    {{#error}}<p class="alert error" role="alert">{{error}}</p>{{/error}}
    <form method="post" action="/login" class="card narrow">
    <input type="hidden" name="_csrf" value="{{loginCsrf}}">
    <label for="username">{{t.username}}</label>
    <input id="username" name="username" autocomplete="username" required value="{{username}}">
    <label for="password">{{t.password}}</label>
    <input id="password" name="password" type="password" autocomplete="current-password" required>
    <button type="submit" id="sign-in">{{t.signIn}}</button>
    </form>
    {{> foot}}
    """

    static let uploadForm = """
    <form method="post" action="/returns" enctype="multipart/form-data" class="upload" id="upload-form">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <p>{{t.uploadHelp}}</p>
    <div class="drop" id="drop"><span>{{t.dropHere}}</span>
    <input type="file" name="file" id="file" accept=".xlsx,.xlsm,.xls,.ods,.csv" required></div>
    {{#district}}<label for="receivedAt">{{t.receivedOn}}</label>
    <input type="date" id="receivedAt" name="receivedAt">{{/district}}
    <button type="submit" id="send">{{t.send}}</button>
    </form>
    """

    static let history = """
    <h2>{{t.history}}</h2>
    {{^returns}}<p>{{t.noUploads}}</p>{{/returns}}
    {{#hasReturns}}<table class="list" id="history">
    <thead><tr><th>{{t.time}}</th>{{#district}}<th>{{t.ward}}</th>{{/district}}<th>{{t.fileName}}</th><th>{{t.sha256}}</th><th>{{t.result}}</th><th>{{t.original}}</th></tr></thead>
    <tbody>{{/hasReturns}}
    {{#returns}}<tr class="{{status}}"><td>{{receivedAt}}</td>{{#district}}<td>{{ward}}</td>{{/district}}<td><a href="/returns/{{id}}">{{fileName}}</a></td>
    <td class="sha" title="{{sha256}}">{{shortSha}}</td><td><span class="badge {{status}}">{{statusText}}</span></td>
    <td><a href="/returns/{{id}}/file">{{t.download}}</a></td></tr>
    {{/returns}}
    {{#hasReturns}}</tbody></table>{{/hasReturns}}
    """

    static let home = """
    {{> head}}
    <h1>{{heading}}</h1>
    <section class="facts">
    <div><span class="k">{{t.year}}</span><span class="v">{{year}}</span></div>
    <div><span class="k">{{t.deadline}}</span><span class="v" id="deadline">{{deadline}}{{#demo}} ({{t.demoDeadline}}){{/demo}}</span></div>
    <div><span class="k">{{t.daysLeft}}</span><span class="v">{{daysLeftText}}</span></div>
    {{#wardStatus}}<div><span class="k">{{t.status}}</span><span class="v badge {{statusClass}}" id="status">{{statusText}}</span></div>{{/wardStatus}}
    </section>
    {{#wardStatus}}<section class="card">
    <h2>{{t.blankForm}}</h2>
    <p><a class="button" id="form-xlsx" href="/form.xlsx">{{t.formXlsx}}</a> <a class="button" id="form-ods" href="/form.ods">{{t.formOds}}</a></p>
    </section>{{/wardStatus}}
    {{#hasWards}}<section class="facts" id="counts">
    <div><span class="k">{{t.sent}}</span><span class="v">{{counts.sent}}/{{counts.wards}}</span></div>
    <div><span class="k">{{t.valid}}</span><span class="v">{{counts.accepted}}</span></div>
    <div><span class="k">{{t.approvedCount}}</span><span class="v">{{counts.approved}}</span></div>
    <div><span class="k">{{t.lateCount}}</span><span class="v">{{counts.late}}</span></div>
    <div><span class="k">{{t.missing}}</span><span class="v">{{counts.missing}}</span></div>
    </section>
    <section class="card"><h2>{{t.wards}}</h2><table class="list" id="wards" data-refresh="/dashboard/rows">
    <thead><tr><th>{{t.ward}}</th><th>{{t.status}}</th><th>{{t.time}}</th><th class="num">{{t.points}}</th><th>{{t.grade}}</th><th class="num">{{t.rank}}</th><th>{{t.blankForm}}</th></tr></thead>
    <tbody id="ward-rows">{{> wardRows}}</tbody></table>
    <p><a href="/audit">{{t.audit}}</a> · <a href="/consolidations" id="consolidations-link">{{t.consolidations}}</a></p>
    {{> consolidateForm}}</section>
    <section class="card"><h2>{{t.ranking}}</h2><img id="chart" src="/dashboard/chart.svg" alt="{{t.ranking}}"></section>{{/hasWards}}
    {{#canUpload}}<section class="card"><h2>{{t.upload}}</h2>
    {{> uploadForm}}
    </section>{{/canUpload}}
    <section class="card">{{> history}}</section>
    {{> foot}}
    """

    static let wardRows = """
    {{#wards}}<tr><td>{{#returnId}}<a href="/returns/{{returnId}}">{{name}} ({{code}})</a>{{/returnId}}{{^returnId}}{{name}} ({{code}}){{/returnId}}</td><td><span class="badge {{statusClass}}">{{statusText}}</span></td><td>{{receivedAt}}</td><td class="num">{{points}}</td><td>{{grade}}</td><td class="num">{{rank}}</td>
    <td><a href="/form.xlsx?ward={{code}}">.xlsx</a> · <a href="/form.ods?ward={{code}}">.ods</a></td></tr>
    {{/wards}}
    """

    static let review = """
    {{#sentBackComment}}<section class="card alert error" id="sent-back"><h2>{{t.sentBackTitle}}</h2><p>{{sentBackComment}}</p></section>{{/sentBackComment}}
    {{#canReview}}<section class="card" id="review"><h2>{{t.review}}</h2>
    {{#canApprove}}<form method="post" action="/returns/{{id}}/approve" class="inline"><input type="hidden" name="_csrf" value="{{csrf}}"><button type="submit" id="approve">{{t.approve}}</button></form>{{/canApprove}}
    {{#canReopen}}<form method="post" action="/returns/{{id}}/reopen" class="inline"><input type="hidden" name="_csrf" value="{{csrf}}"><button type="submit" id="reopen">{{t.reopen}}</button></form>{{/canReopen}}
    <form method="post" action="/returns/{{id}}/send-back"><input type="hidden" name="_csrf" value="{{csrf}}">
    <label for="comment">{{t.sendBackComment}}</label><textarea id="comment" name="comment" rows="3" required></textarea>
    <button type="submit" id="send-back">{{t.sendBack}}</button></form>
    </section>{{/canReview}}
    """

    static let audit = """
    {{> head}}
    <p><a href="/">← {{t.back}}</a></p>
    <h1>{{t.audit}}</h1>
    <form method="get" action="/audit" class="card"><label for="ward">{{t.ward}}</label>
    <select id="ward" name="ward"><option value="">–</option>{{#wards}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}} ({{code}})</option>{{/wards}}</select>
    <button type="submit">{{t.filter}}</button></form>
    <table class="list" id="audit"><thead><tr><th>{{t.when}}</th><th>{{t.username}}</th><th>{{t.action}}</th><th>{{t.ward}}</th><th>{{t.returnOf}}</th><th>{{t.detail}}</th><th>IP</th></tr></thead><tbody>
    {{#entries}}<tr data-action="{{actionCode}}"><td>{{at}}</td><td>{{user}}</td><td>{{action}} <span class="code">[{{actionCode}}]</span></td><td>{{ward}}</td><td>{{returnId}}</td><td>{{detail}}</td><td>{{address}}</td></tr>
    {{/entries}}</tbody></table>
    {{> foot}}
    """

    static let returnPage = """
    {{> head}}
    <p><a href="/">← {{t.back}}</a></p>
    <h1>{{t.returnOf}}: {{fileName}}</h1>
    <section class="facts">
    <div><span class="k">{{t.ward}}</span><span class="v">{{ward}}</span></div>
    <div><span class="k">{{t.receivedAt}}</span><span class="v">{{receivedAt}}</span></div>
    <div><span class="k">{{t.sentBy}}</span><span class="v">{{sentBy}}</span></div>
    <div><span class="k">{{t.result}}</span><span class="v badge {{status}}" id="result">{{statusText}}</span></div>
    <div><span class="k">{{t.sha256}}</span><span class="v sha">{{sha256}}</span></div>
    <div><span class="k">{{t.checkedAgainst}}</span><span class="v" id="schema-version">{{checkedAgainst}}</span></div>
    </section>
    {{#olderVersion}}<p class="alert" id="older-version">{{olderVersion}}</p>{{/olderVersion}}
    <p><a class="button" href="/returns/{{id}}/file">{{t.original}}: {{t.download}}</a></p>
    {{> review}}
    {{> verifiedPoints}}
    <section class="card" id="findings">
    <h2>{{t.findings}}</h2>
    {{^groups}}<p class="alert ok">{{t.noFindings}}</p>{{/groups}}
    {{#groups}}<h3 class="{{severity}}">{{title}} ({{count}})</h3>
    <table class="list findings {{severity}}"><thead><tr><th>{{t.cell}}</th><th>{{t.criterion}}</th><th>{{t.message}}</th></tr></thead><tbody>
    {{#items}}<tr><td class="ref">{{cell}}</td><td>{{criterion}}</td><td>{{message}} <span class="code">[{{code}}]</span></td></tr>
    {{/items}}</tbody></table>
    {{/groups}}
    </section>
    {{#points}}<section class="card" id="points"><h2>{{t.points}}</h2>
    <table class="list"><thead><tr><th>{{t.area}}</th><th>{{t.points}}</th><th>{{t.maxPoints}}</th></tr></thead><tbody>
    {{#areas}}<tr><td>{{name}}</td><td class="num">{{points}}</td><td class="num">{{max}}</td></tr>
    {{/areas}}<tr><td>{{t.bonusPenalty}}</td><td class="num">+{{bonus}} / −{{penalty}}</td><td></td></tr>
    <tr class="total"><td>{{t.total}}</td><td class="num" id="total">{{total}}</td><td class="num">{{max}}</td></tr></tbody></table>
    </section>{{/points}}
    {{#table}}<section class="card" id="sheet"><h2>{{t.sheet}} “{{name}}”</h2>
    <p>{{t.sheetNote}}</p>{{#truncated}}<p class="alert">{{t.truncated}}</p>{{/truncated}}
    <div class="scroll"><table class="sheet"><thead><tr><th></th>{{#columns}}<th>{{.}}</th>{{/columns}}<th class="notes">{{t.notes}}</th></tr></thead><tbody>
    {{#rows}}<tr><th>{{number}}</th>{{#cells}}<td{{#colspan}} colspan="{{colspan}}"{{/colspan}}{{#rowspan}} rowspan="{{rowspan}}"{{/rowspan}}{{#flag}} class="flag {{flag}}" id="cell-{{ref}}" title="{{title}}"{{/flag}}{{^flag}}{{#number}} class="num"{{/number}}{{/flag}}>{{text}}</td>{{/cells}}<td class="notes">{{#notes}}<div class="note {{severity}}"><b>{{ref}}</b>: {{message}}</div>{{/notes}}</td></tr>
    {{/rows}}</tbody></table></div>
    </section>{{/table}}
    {{^table}}<p class="alert">{{t.noSheet}}</p>{{/table}}
    {{#hasValues}}<section class="card" id="values"><h2>{{t.valuesRead}}</h2><p>{{t.valuesHelp}}</p>
    <table class="list"><thead><tr><th>{{t.criterion}}</th><th></th><th>{{t.valuesRead}}</th><th>{{t.points}}</th></tr></thead><tbody>{{/hasValues}}
    {{#values}}<tr><td>{{criterion}}</td><td>{{name}}</td><td>{{read}}</td><td class="num">{{points}}</td></tr>
    {{/values}}
    {{#hasValues}}</tbody></table></section>{{/hasValues}}
    {{#canUpload}}<section class="card"><h2>{{t.upload}}</h2>{{> uploadForm}}</section>{{/canUpload}}
    {{> foot}}
    """

    static let error = """
    {{> head}}
    <h1>{{t.errorTitle}}</h1>
    <p class="alert error" role="alert" id="error-message">{{message}}</p>
    <p><a href="/">← {{t.back}}</a></p>
    {{> foot}}
    """

    static let all: [String: String] = [
        "head": head, "foot": foot, "login": login, "uploadForm": uploadForm, "history": history,
        "home": home, "return": returnPage, "error": error, "wardRows": wardRows, "review": review, "audit": audit,
    ].merging(DeskTemplates.all) { a, _ in a }.merging(AdminTemplates.all) { a, _ in a }
}
