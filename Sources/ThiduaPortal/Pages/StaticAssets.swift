/// The stylesheet and the one small script (drag-and-drop onto the file input), served from
/// the binary: nothing is fetched from outside, and every page works without the script.
enum StaticAssets {
    static let css = """
    :root { --ink: #1d2330; --muted: #5b6475; --line: #d3d8e0; --accent: #0b5394; --err: #c62828; --errbg: #fdecea;
      --warn: #8a6100; --warnbg: #fff4d6; --ok: #1b6e2a; --okbg: #e6f4ea; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 15px/1.45 "Segoe UI", Arial, "Liberation Sans", sans-serif; color: var(--ink); background: #f5f6f8; }
    header.top { display: flex; justify-content: space-between; align-items: center; padding: .6em 1.2em; background: var(--accent); color: #fff; }
    header.top a { color: #fff; }
    .brand { font-weight: bold; font-size: 1.1em; text-decoration: none; }
    nav { display: flex; gap: 1em; align-items: center; }
    form.inline { display: inline; margin: 0; }
    main { max-width: 1200px; margin: 0 auto; padding: 1em 1.2em 3em; }
    footer { text-align: center; color: var(--muted); font-size: .85em; padding: 1em; }
    h1 { font-size: 1.5em; margin: .4em 0 .6em; }
    h2 { font-size: 1.2em; margin: 0 0 .5em; }
    h3.error { color: var(--err); } h3.warning { color: var(--warn); }
    .card { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 1em 1.2em; margin: 0 0 1em; }
    .narrow { max-width: 360px; }
    label { display: block; margin: .6em 0 .2em; font-weight: 600; }
    input[type=text], input:not([type]), input[type=password], input[type=date] { width: 100%; padding: .45em; border: 1px solid #9aa3b2; border-radius: 4px; font: inherit; }
    button, .button { display: inline-block; margin-top: .8em; padding: .5em 1em; border: 0; border-radius: 4px; background: var(--accent); color: #fff; font: inherit; cursor: pointer; text-decoration: none; }
    header button { margin: 0; background: #fff; color: var(--accent); padding: .25em .7em; }
    .facts { display: flex; flex-wrap: wrap; gap: .8em; margin: 0 0 1em; }
    .facts div { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .5em .9em; }
    .facts .k { display: block; color: var(--muted); font-size: .85em; }
    .facts .v { font-weight: 600; font-size: 1.05em; }
    .sha { font-family: monospace; font-size: .85em; word-break: break-all; }
    .badge { display: inline-block; padding: .1em .5em; border-radius: 3px; background: #eceff3; }
    .badge.accepted, .badge.approved { background: var(--okbg); color: var(--ok); }
    .badge.rejected, .badge.sentBack { background: var(--errbg); color: var(--err); }
    .badge.late { background: var(--warnbg); color: var(--warn); }
    .alert { padding: .6em .9em; border-radius: 4px; background: var(--warnbg); }
    .alert.error { background: var(--errbg); color: var(--err); }
    .alert.ok { background: var(--okbg); color: var(--ok); }
    table.list { border-collapse: collapse; width: 100%; }
    table.list th, table.list td { border-bottom: 1px solid var(--line); padding: .35em .5em; text-align: left; vertical-align: top; }
    td.num, th.num { text-align: right; white-space: nowrap; }
    td.ref { white-space: nowrap; font-weight: 600; }
    table.findings { table-layout: fixed; }
    table.findings th:nth-child(1) { width: 11em; } table.findings th:nth-child(2) { width: 6em; }
    .code { color: var(--muted); font-size: .8em; }
    tr.total td { font-weight: bold; }
    .scroll { overflow-x: auto; border: 1px solid var(--line); }
    table.sheet { border-collapse: collapse; font-size: .85em; }
    table.sheet th { background: #eef0f4; color: var(--muted); font-weight: normal; padding: .15em .4em; border: 1px solid var(--line); }
    table.sheet tbody th { text-align: right; }
    table.sheet td { border: 1px solid #e3e6eb; padding: .15em .4em; max-width: 22em; vertical-align: top; }
    table.sheet td.num { text-align: right; }
    table.sheet td.flag { outline: 2px solid var(--warn); background: var(--warnbg); font-weight: 600; }
    table.sheet td.flag.error { outline-color: var(--err); background: var(--errbg); }
    table.sheet td.notes { min-width: 18em; max-width: 34em; border: 0; }
    .note { margin: 0 0 .2em; padding: .1em .4em; border-left: 3px solid var(--warn); background: var(--warnbg); }
    .note.error { border-left-color: var(--err); background: var(--errbg); }
    textarea { width: 100%; font: inherit; padding: .45em; border: 1px solid #9aa3b2; border-radius: 4px; }
    select { font: inherit; padding: .3em; }
    #review form.inline { margin-right: .6em; }
    .drop { border: 2px dashed #9aa3b2; border-radius: 6px; padding: 1.2em; text-align: center; background: #fafbfc; }
    .drop span { display: block; color: var(--muted); margin-bottom: .5em; }
    .drop.over { border-color: var(--accent); background: #e8f0fa; }
    nav a[id^=nav-] { text-decoration: none; }
    button.small { margin-top: 0; padding: .25em .7em; font-size: .9em; }
    button.danger { background: var(--err); }
    .fields { display: grid; grid-template-columns: repeat(auto-fit, minmax(13em, 1fr)); gap: 0 1em; }
    .fields select { width: 100%; }
    .help { color: var(--muted); font-size: .9em; margin: .4em 0 0; }
    label.check { font-weight: normal; }
    tr.disabled td { color: var(--muted); }
    tr.active td { background: var(--okbg); }
    .badge.error { background: var(--errbg); color: var(--err); }
    .badge.warning { background: var(--warnbg); color: var(--warn); }
    """

    static let js = """
    (function () {
      var table = document.getElementById('wards'), rows = document.getElementById('ward-rows');
      var chart = document.getElementById('chart');
      if (table && rows && window.fetch) {
        setInterval(function () {
          fetch(table.getAttribute('data-refresh'), {credentials: 'same-origin'}).then(function (r) {
            return r.ok ? r.text() : null;
          }).then(function (html) {
            if (html !== null && html !== rows.innerHTML) {
              rows.innerHTML = html;
              if (chart) chart.src = '/dashboard/chart.svg?t=' + Date.now();
            }
          }).catch(function () {});
        }, 10000);
      }
    })();
    (function () {
      var drop = document.getElementById('drop'), input = document.getElementById('file');
      if (!drop || !input || !window.DataTransfer) return;
      ['dragenter', 'dragover'].forEach(function (e) {
        drop.addEventListener(e, function (ev) { ev.preventDefault(); drop.className = 'drop over'; });
      });
      ['dragleave', 'drop'].forEach(function (e) {
        drop.addEventListener(e, function (ev) { ev.preventDefault(); drop.className = 'drop'; });
      });
      drop.addEventListener('drop', function (ev) {
        if (ev.dataTransfer && ev.dataTransfer.files.length) {
          input.files = ev.dataTransfer.files;
          var name = drop.getElementsByTagName('span')[0];
          if (name) name.textContent = ev.dataTransfer.files[0].name;
        }
      });
    })();
    """
}
