/// The templates of the district's administration pages, schema versions and accounts
/// (registered beside `PageTemplates`, by the same rules: `{{x}}` escapes HTML, no template
/// uses `{{{x}}}`).
enum AdminTemplates {
    static let findingsTable = """
    <table class="list findings" id="schema-findings"><thead><tr><th>{{t.sheet}}</th><th>{{t.cell}}</th><th>{{t.message}}</th></tr></thead><tbody>
    {{#findings}}<tr class="{{severity}}"><td>{{sheet}}</td><td class="ref">{{cell}}</td><td><span class="badge {{severity}}">{{severityText}}</span> {{message}} <span class="code">[{{code}}]</span></td></tr>
    {{/findings}}</tbody></table>
    """

    static let schemas = """
    {{> head}}
    <p><a href="/">← {{t.back}}</a></p>
    <h1>{{t.schemas}}</h1>
    {{#refused}}<section class="card" id="schema-refused"><h2 class="error">{{t.schemaRefused}}: {{fileName}}</h2>
    <p class="alert error" role="alert">{{t.schemaRefusedHelp}}</p>
    {{> findingsTable}}
    </section>{{/refused}}
    {{#added}}<section class="card" id="schema-added"><h2>{{heading}}</h2>
    <p class="alert ok">{{summary}}</p>
    {{^active}}<p>{{t.schemaAddedInactive}}</p>
    <form method="post" action="/schemas/{{id}}/activate" class="inline"><input type="hidden" name="_csrf" value="{{csrf}}"><button type="submit" id="activate-added">{{t.activate}}</button></form>{{/active}}
    {{#hasWarnings}}<h3 class="warning">{{t.schemaWarnings}}</h3>{{> findingsTable}}{{/hasWarnings}}
    </section>{{/added}}
    {{#current}}<section class="card" id="active-schema"><h2>{{t.activeSchema}}</h2>
    <section class="facts">
    <div><span class="k">{{t.schemaId}}</span><span class="v">{{schemaId}}</span></div>
    <div><span class="k">{{t.version}}</span><span class="v" id="active-version">{{version}}</span></div>
    <div><span class="k">{{t.year}}</span><span class="v">{{year}}</span></div>
    <div><span class="k">{{t.deadline}}</span><span class="v">{{deadline}}</span></div>
    <div><span class="k">{{t.criteriaCount}}</span><span class="v">{{criteria}}</span></div>
    <div><span class="k">{{t.wardsCount}}</span><span class="v">{{wards}}</span></div>
    </section><p>{{title}}</p></section>{{/current}}
    <section class="card"><h2>{{t.schemaUpload}}</h2>
    <form method="post" action="/schemas" enctype="multipart/form-data" id="schema-form">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <p>{{t.schemaUploadHelp}}</p>
    <input type="file" name="file" id="schema-file" accept=".xlsx,.xlsm,.ods,.xls" required>
    <label class="check"><input type="checkbox" name="activate" value="1" id="activate-now"> {{t.activateNow}}</label>
    <button type="submit" id="schema-send">{{t.schemaCheck}}</button>
    </form></section>
    <section class="card"><h2>{{t.schemaVersions}}</h2>
    <div class="scroll"><table class="list" id="versions"><thead><tr><th class="num">#</th><th>{{t.fileName}}</th><th>{{t.schemaId}}</th><th>{{t.version}}</th><th>{{t.year}}</th><th>{{t.uploadedBy}}</th><th>{{t.uploadedAt}}</th><th>{{t.sha256}}</th><th>{{t.state}}</th></tr></thead><tbody>
    {{#versions}}<tr id="version-{{id}}"{{#active}} class="active"{{/active}}><td class="num">{{id}}</td><td><a href="/schemas/{{id}}/file">{{fileName}}</a></td><td>{{schemaId}}</td><td>{{version}}</td><td>{{year}}</td><td>{{uploadedBy}}</td><td>{{uploadedAt}}</td><td class="sha" title="{{sha256}}">{{sha256}}</td>
    <td>{{#active}}<span class="badge approved">{{t.active}}</span>{{/active}}{{^active}}<form method="post" action="/schemas/{{id}}/activate" class="inline"><input type="hidden" name="_csrf" value="{{csrf}}"><button type="submit" class="small">{{t.activate}}</button></form>{{/active}}</td></tr>
    {{/versions}}</tbody></table></div>
    </section>
    {{> foot}}
    """

    static let users = """
    {{> head}}
    <p><a href="/">← {{t.back}}</a></p>
    <h1>{{t.accounts}}</h1>
    {{#error}}<p class="alert error" role="alert" id="error-message">{{error}}</p>{{/error}}
    {{#notice}}<p class="alert ok" id="notice">{{notice}}</p>{{/notice}}
    {{#newPassword}}<section class="card" id="new-password"><p>{{t.newPasswordFor}} <b>{{username}}</b>: <code id="password-shown">{{password}}</code></p>
    <p class="alert">{{t.passwordOnce}}</p></section>{{/newPassword}}
    <section class="card"><h2>{{t.addAccount}}</h2>
    <form method="post" action="/users" id="add-user">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <div class="fields">
    <div><label for="new-username">{{t.username}}</label><input id="new-username" name="username" required maxlength="64" value="{{form.username}}"></div>
    <div><label for="new-role">{{t.role}}</label><select id="new-role" name="role">{{#roles}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/roles}}</select></div>
    <div><label for="new-ward">{{t.wardOfAccount}}</label><select id="new-ward" name="ward"><option value="">–</option>{{#wards}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}} ({{code}})</option>{{/wards}}</select></div>
    <div><label for="new-password">{{t.password}}</label><input id="new-password" name="password" type="password" autocomplete="new-password"></div>
    </div>
    <p class="help">{{t.passwordBlankHelp}}</p>
    <button type="submit" id="add-account">{{t.addAccount}}</button>
    </form></section>
    <section class="card"><h2>{{t.accounts}}</h2>
    <table class="list" id="users"><thead><tr><th>{{t.username}}</th><th>{{t.role}}</th><th>{{t.ward}}</th><th>{{t.state}}</th><th>{{t.createdAt}}</th><th>{{t.actions}}</th></tr></thead><tbody>
    {{#users}}<tr id="user-{{username}}"{{#disabled}} class="disabled"{{/disabled}}><td>{{username}}</td><td>{{roleText}}</td><td>{{ward}}</td><td>{{#disabled}}<span class="badge rejected">{{t.disabled}}</span>{{/disabled}}{{^disabled}}{{t.enabled}}{{/disabled}}</td><td>{{createdAt}}</td>
    <td>{{#me}}{{t.you}}{{/me}}{{^me}}<form method="post" action="/users/{{username}}/password" class="inline"><input type="hidden" name="_csrf" value="{{csrf}}"><button type="submit" class="small" id="reset-{{username}}">{{t.resetPassword}}</button></form>
    {{#disabled}}<form method="post" action="/users/{{username}}/enable" class="inline"><input type="hidden" name="_csrf" value="{{csrf}}"><button type="submit" class="small" id="enable-{{username}}">{{t.enable}}</button></form>{{/disabled}}{{^disabled}}<form method="post" action="/users/{{username}}/disable" class="inline"><input type="hidden" name="_csrf" value="{{csrf}}"><button type="submit" class="small danger" id="disable-{{username}}">{{t.disable}}</button></form>{{/disabled}}{{/me}}</td></tr>
    {{/users}}</tbody></table></section>
    {{> foot}}
    """

    static let all: [String: String] = ["findingsTable": findingsTable, "schemas": schemas, "users": users]
}
