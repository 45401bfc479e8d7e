// The daily report on a bad connection. Each entry is first kept on the device (IndexedDB, with its photos), then
// sent with its own Idempotency-Key, so that a retry after a lost answer never stores it twice. What is still
// waiting is listed on the page; refused entries show the reason and can be removed. Without this script the form
// posts as an ordinary form.
(function () {
  'use strict';
  var form = document.getElementById('laporan');
  if (!form || !window.indexedDB || !window.fetch || !window.FormData) { return; }
  var DB = 'kinerja-antrean', STORE = 'laporan', RETRY_MS = 10000;
  var queueBox = document.getElementById('antrean');
  var queueList = document.getElementById('antrean-daftar');
  var queueStatus = document.getElementById('antrean-status');
  var text = form.dataset;
  var flushing = false;

  function open() {
    return new Promise(function (resolve, reject) {
      var request = indexedDB.open(DB, 1);
      request.onupgradeneeded = function () { request.result.createObjectStore(STORE, { keyPath: 'key' }); };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }
  function store(mode, work) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var t = db.transaction(STORE, mode);
        var request = work(t.objectStore(STORE));
        t.oncomplete = function () { resolve(request ? request.result : undefined); };
        t.onerror = function () { reject(t.error); };
      });
    });
  }
  function all() { return store('readonly', function (s) { return s.getAll(); }); }
  function put(entry) { return store('readwrite', function (s) { return s.put(entry); }); }
  function remove(key) { return store('readwrite', function (s) { return s.delete(key); }); }

  function newKey() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }
  function csrf() {
    var token = document.querySelector('meta[name=csrf-token]');
    var header = document.querySelector('meta[name=csrf-header]');
    return token && header ? { header: header.content, token: token.content } : null;
  }

  function render() {
    return all().then(function (entries) {
      entries.sort(function (a, b) { return a.createdAt - b.createdAt; });
      queueBox.hidden = entries.length === 0;
      queueList.textContent = '';
      entries.forEach(function (entry) {
        var li = document.createElement('li');
        li.className = entry.state;
        li.setAttribute('data-key', entry.key);
        var what = document.createElement('span');
        what.textContent = entry.label + ' — ' + (entry.fields.value || entry.fields.narrative || '') + ' ('
          + entry.fields.date + (entry.files.length ? ', ' + entry.files.length + ' 📎' : '') + ')';
        li.appendChild(what);
        var state = document.createElement('span');
        state.className = 'meta';
        state.textContent = entry.state === 'refused' ? text.refused + ': ' + entry.reason : text.waiting;
        li.appendChild(state);
        if (entry.state === 'refused') {
          var drop = document.createElement('button');
          drop.type = 'button';
          drop.className = 'secondary';
          drop.textContent = text.remove;
          drop.addEventListener('click', function () { remove(entry.key).then(render); });
          li.appendChild(drop);
        }
        queueList.appendChild(li);
      });
      return entries;
    });
  }

  function reasonOf(response) {
    return response.json().then(function (problem) {
      var reason = problem.detail || problem.title || String(response.status);
      (problem.errors || []).forEach(function (e) { reason += ' ' + e.message; });
      return reason;
    }, function () { return String(response.status); });
  }

  function send(entry, token) {
    var body = new FormData();
    body.append('skpId', entry.skpId);
    Object.keys(entry.fields).forEach(function (name) {
      if (entry.fields[name] !== '' && entry.fields[name] != null) { body.append(name, entry.fields[name]); }
    });
    entry.files.forEach(function (file) { body.append('files', file.blob, file.name); });
    var headers = { 'Accept': 'application/json', 'Idempotency-Key': entry.key };
    if (token) { headers[token.header] = token.token; }
    return fetch(form.action, { method: 'POST', body: body, headers: headers, credentials: 'same-origin',
      redirect: 'manual' });
  }

  // a page kept by the service worker may carry an old CSRF token: fetch the page again for a fresh one
  function freshToken() {
    return fetch('/app/laporan', { headers: { 'Accept': 'text/html' }, credentials: 'same-origin', redirect: 'manual' })
      .then(function (response) {
        if (!response.ok) { return null; }
        return response.text().then(function (html) {
          var page = new DOMParser().parseFromString(html, 'text/html');
          var token = page.querySelector('meta[name=csrf-token]');
          var header = page.querySelector('meta[name=csrf-header]');
          if (!token || !header) { return null; }
          document.querySelector('meta[name=csrf-token]').content = token.content;
          return { header: header.content, token: token.content };
        });
      });
  }

  function flush() {
    if (flushing) { return Promise.resolve(); }
    flushing = true;
    var sent = 0, refused = 0;
    return all().then(function (entries) {
      var waiting = entries.filter(function (e) { return e.state === 'waiting'; })
        .sort(function (a, b) { return a.createdAt - b.createdAt; });
      var chain = Promise.resolve(true);
      var retried = false;
      waiting.forEach(function (entry) {
        chain = chain.then(function (goOn) {
          if (!goOn) { return false; }
          var attempt = function (token) {
            return send(entry, token).then(function (response) {
              if (response.ok) { sent++; return remove(entry.key).then(function () { return true; }); }
              if ((response.status === 403 || response.type === 'opaqueredirect' || response.status === 401)
                  && !retried) {
                retried = true;
                return freshToken().then(function (token) {
                  if (!token) { queueStatus.textContent = text.login; return false; }
                  return attempt(token);
                });
              }
              if (response.status === 401 || response.status === 403 || response.type === 'opaqueredirect') {
                queueStatus.textContent = text.login;
                return false;
              }
              if (response.status >= 500 || response.status === 429) { return false; }
              refused++;
              return reasonOf(response).then(function (reason) {
                entry.state = 'refused';
                entry.reason = reason;
                return put(entry).then(function () { return true; });
              });
            });
          };
          return attempt(csrf());
        });
      });
      return chain;
    }).catch(function () {
      queueStatus.textContent = text.offline;
    }).then(function () {
      flushing = false;
      return render();
    }).then(function (left) {
      if (sent > 0 && refused === 0 && left.length === 0) {
        window.location.assign('/app/laporan?tersimpan');
      } else if (sent > 0) {
        queueStatus.textContent = text.sent.replace('{0}', sent);
      }
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (!form.reportValidity()) { return; }
    var data = new FormData(form);
    var chosen = form.querySelector('input[name=indicatorId]:checked');
    var entry = {
      key: newKey(), createdAt: Date.now(), state: 'waiting', reason: null,
      skpId: data.get('skpId'),
      label: chosen ? chosen.parentNode.querySelector('.choice-text').textContent : '',
      fields: { indicatorId: data.get('indicatorId'), date: data.get('date'), value: data.get('value'),
        narrative: data.get('narrative'), description: data.get('description') },
      files: data.getAll('files').filter(function (f) { return f && f.size > 0; })
        .map(function (f) { return { name: f.name, blob: f }; })
    };
    put(entry).then(function () {
      ['value', 'narrative', 'description', 'files'].forEach(function (name) { form.elements[name].value = ''; });
      queueStatus.textContent = text.queued;
      return render();
    }).then(function () {
      queueBox.scrollIntoView({ block: 'nearest' });
      return flush();
    });
  });

  window.addEventListener('online', flush);
  setInterval(function () { if (navigator.onLine) { flush(); } }, RETRY_MS);
  render().then(function (entries) { if (entries.length) { flush(); } });
})();
