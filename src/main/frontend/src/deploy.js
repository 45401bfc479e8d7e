// What the three editors share: load the version's file, deploy through the gate (/api/v1/admin/deployments)
// with a reason, and show the gate's answer (its Indonesian refusal, element by element) on the page.
export function page() {
  const root = document.getElementById('editor');
  return {
    root,
    canvas: document.getElementById('kanvas'),
    type: root.dataset.type,
    key: root.dataset.key,
    fileUrl: root.dataset.file,
    fileName: root.dataset.fileName,
    listUrl: root.dataset.list
  };
}

function csrf() {
  const token = document.querySelector('meta[name="csrf-token"]');
  const header = document.querySelector('meta[name="csrf-header"]');
  return token && header ? { [header.content]: token.content } : {};
}

export async function load(url) {
  const response = await fetch(url, { headers: { Accept: '*/*' }, credentials: 'same-origin' });
  if (!response.ok) {
    throw new Error('HTTP ' + response.status);
  }
  return response.text();
}

function show(kind, title, lines) {
  const box = document.getElementById('hasil');
  box.className = 'hasil ' + kind;
  box.replaceChildren();
  const heading = document.createElement('p');
  heading.className = 'judul';
  heading.textContent = title;
  box.appendChild(heading);
  if (lines.length) {
    const list = document.createElement('ul');
    lines.forEach((line) => {
      const item = document.createElement('li');
      item.textContent = line;
      list.appendChild(item);
    });
    box.appendChild(list);
  }
  box.hidden = false;
  box.focus();
}

/** Wires the deploy form: {@code content()} gives the file's text at the moment of deploying. */
export function wireDeploy(p, content) {
  const form = document.getElementById('deploy');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    try {
      const text = await content();
      const data = new FormData();
      data.append('files', new Blob([ text ], { type: p.type === 'FORM' ? 'application/json' : 'application/xml' }),
        p.fileName);
      data.append('reason', form.elements.reason.value);
      data.append('name', 'editor-' + p.key);
      const response = await fetch('/app/admin/proses/deploy', {
        method: 'POST', body: data, credentials: 'same-origin',
        headers: Object.assign({ Accept: 'application/json' }, csrf())
      });
      const body = await response.json().catch(() => ({}));
      if (response.ok) {
        const versions = (body.definitions || []).map((d) => d.key + ' versi ' + d.version);
        show('ok', form.dataset.ok + (body.created ? '' : ' ' + form.dataset.unchanged), versions);
      } else {
        const lines = (body.errors || []).map((v) => (v.field ? v.field + ': ' : '') + v.message);
        show('galat', body.detail || body.title || ('HTTP ' + response.status), lines);
      }
    } catch (e) {
      show('galat', form.dataset.failed, [ String(e.message || e) ]);
    } finally {
      button.disabled = false;
    }
  });
}

export function failed(p, error) {
  show('galat', document.getElementById('deploy').dataset.failed, [ String(error && error.message || error) ]);
}
