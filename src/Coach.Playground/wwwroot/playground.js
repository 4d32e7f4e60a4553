// The playground page: draws the workspace from the server's live feed of messages.
// Coach's messages arrive as HTML the server has made safe; people's messages are text and are
// only ever set with textContent, never parsed as HTML.
'use strict';

const state = {
  workspace: null,
  me: localStorage.getItem('coach.playground.user'),
  view: 'channel', // or 'direct'
  thread: null, // id of the open thread's first message
  messages: new Map(),
};

const $ = (id) => document.getElementById(id);

async function boot() {
  const response = await fetch('/playground/workspace');
  state.workspace = await response.json();
  const people = state.workspace.people;
  if (!people.some((person) => person.id === state.me)) state.me = people[0].id;
  for (const person of people) $('user').append(new Option(person.name, person.id, false, person.id === state.me));
  $('open-channel').textContent = state.workspace.channelName;

  $('user').addEventListener('change', () => {
    state.me = $('user').value;
    localStorage.setItem('coach.playground.user', state.me);
    follow();
  });
  $('open-channel').addEventListener('click', () => show('channel'));
  $('open-direct').addEventListener('click', () => show('direct'));
  $('close-thread').addEventListener('click', () => openThread(null));
  wireComposer($('composer'), $('composer-text'), $('composer-error'), () => ({ conversation: currentConversation(), thread: null }));
  wireComposer($('thread-composer'), $('thread-text'), $('thread-error'), () => ({ conversation: state.workspace.channel, thread: state.thread }));
  document.addEventListener('click', pressButton);
  document.addEventListener('submit', sendPrompt);

  follow();
  show('channel');
}

// The server sends each person only what they may see, so another person is another feed.
let events = null;
function follow() {
  if (events) events.close();
  state.messages.clear();
  render();
  events = new EventSource(`/playground/events?as=${encodeURIComponent(state.me)}`);
  events.addEventListener('open', () => setStatus('live'));
  events.addEventListener('error', () => setStatus('reconnecting…'));
  events.addEventListener('entry', (event) => {
    const entry = JSON.parse(event.data);
    state.messages.set(entry.id, entry);
    scheduleRender();
  });
}

function setStatus(text) {
  $('status').textContent = text;
  document.body.dataset.connected = text === 'live' ? 'true' : 'false';
}

function currentConversation() {
  return state.view === 'channel' ? state.workspace.channel : `dm-${state.me}`;
}

function show(view) {
  state.view = view;
  if (view !== 'channel') openThread(null);
  $('open-channel').setAttribute('aria-current', String(view === 'channel'));
  $('open-direct').setAttribute('aria-current', String(view === 'direct'));
  $('conversation-title').textContent = view === 'channel' ? state.workspace.channelName : 'Coach';
  $('composer-text').setAttribute('aria-label', view === 'channel' ? `Message ${state.workspace.channelName}` : 'Message Coach');
  $('composer-text').placeholder = view === 'channel'
    ? 'Message the channel — try /ask what is macie or /coach next'
    : 'Message Coach — try mock, then answer each question';
  render();
  $('composer-text').focus();
}

function openThread(id) {
  state.thread = id;
  $('thread').hidden = id === null;
  render();
  if (id !== null) $('thread-text').focus();
}

let renderQueued = false;
function scheduleRender() {
  if (renderQueued) return;
  renderQueued = true;
  requestAnimationFrame(() => { renderQueued = false; render(); });
}

function visible(entry) {
  return entry.visibleTo === null || entry.visibleTo === state.me;
}

function render() {
  if (!state.workspace) return;
  const all = [...state.messages.values()].filter(visible).sort((a, b) => a.id - b.id);
  const conversation = currentConversation();
  const replies = new Map();
  for (const entry of all) {
    if (entry.thread !== null) replies.set(entry.thread, (replies.get(entry.thread) ?? 0) + 1);
  }

  const main = all.filter((entry) => entry.conversation === conversation && entry.thread === null);
  fill($('messages'), main.map((entry) => [entry, conversation === state.workspace.channel ? replies.get(entry.id) ?? 0 : null]));

  if (state.thread !== null) {
    const root = state.messages.get(state.thread);
    const thread = all.filter((entry) => entry.thread === state.thread);
    fill($('thread-messages'), [root, ...thread].filter(Boolean).map((entry) => [entry, null]));
  }
}

// Each container's elements by message id, with what they were drawn from. A message that has not
// changed keeps its element, and the DOM is touched only where the list differs: a button being
// clicked or a text box being typed in stays as it is when another message arrives.
const drawn = new Map();
function fill(container, messages) {
  const atBottom = container.scrollHeight - container.scrollTop - container.clientHeight < 40;
  const before = drawn.get(container) ?? new Map();
  const now = new Map();
  const elements = messages.map(([entry, replyCount]) => {
    const source = JSON.stringify([entry, replyCount]);
    const kept = before.get(entry.id);
    const element = kept && kept.source === source ? kept.element : messageElement(entry, replyCount);
    now.set(entry.id, { source, element });
    return element;
  });
  drawn.set(container, now);
  elements.forEach((element, i) => {
    if (container.children[i] !== element) container.insertBefore(element, container.children[i] ?? null);
  });
  while (container.children.length > elements.length) container.lastElementChild.remove();
  if (atBottom) container.scrollTop = container.scrollHeight;
}

function messageElement(entry, replyCount) {
  const article = document.createElement('article');
  article.className = 'msg';
  article.dataset.id = entry.id;
  article.dataset.author = entry.author;
  if (entry.visibleTo !== null) article.classList.add('private');

  const header = document.createElement('header');
  const author = document.createElement('span');
  author.className = 'author';
  author.textContent = entry.authorName;
  const time = document.createElement('time');
  time.dateTime = entry.at;
  time.textContent = new Date(entry.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  header.append(author, time);
  if (entry.edited) header.append(span('edited', '(edited)'));
  if (entry.visibleTo !== null) header.append(span('visibility', 'Only visible to you'));

  const body = document.createElement('div');
  body.className = 'body';
  if (entry.html !== null) {
    body.innerHTML = entry.html; // Coach's own rendering, encoded on the server.
  } else {
    body.append(span('user-text', entry.text));
  }
  article.append(header, body);

  if (replyCount !== null && entry.visibleTo === null) {
    const open = document.createElement('button');
    open.type = 'button';
    open.className = 'open-thread';
    open.textContent = replyCount === 0 ? 'Reply in thread' : `${replyCount} ${replyCount === 1 ? 'reply' : 'replies'}`;
    open.addEventListener('click', () => openThread(entry.id));
    article.append(open);
  }
  return article;
}

function span(className, text) {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}

function wireComposer(form, textarea, error, target) {
  const send = async () => {
    const text = textarea.value.trim();
    if (text === '') return;
    error.hidden = true;
    const response = await postJson('/playground/messages', { user: state.me, text, ...target() });
    if (response.ok) {
      textarea.value = '';
    } else {
      error.textContent = await problem(response);
      error.hidden = false;
    }
  };
  form.addEventListener('submit', (event) => { event.preventDefault(); send(); });
  textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) { event.preventDefault(); send(); }
  });
}

async function pressButton(event) {
  const button = event.target.closest('.msg .buttons button[data-action]');
  if (!button) return;
  const message = Number(button.closest('.msg').dataset.id);
  const response = await postJson('/playground/actions', { user: state.me, message, action: button.dataset.action, value: button.dataset.value });
  if (!response.ok) {
    $('composer-error').textContent = await problem(response);
    $('composer-error').hidden = false;
  } else if (button.dataset.action === 'mock-start' && state.view !== 'direct') {
    show('direct'); // the interview happens in the direct conversation
  }
}

async function sendPrompt(event) {
  const form = event.target.closest('.msg form.prompt');
  if (!form) return;
  event.preventDefault();
  const input = form.querySelector('input[name=text]');
  const message = Number(form.closest('.msg').dataset.id);
  const response = await postJson('/playground/actions', { user: state.me, message, action: form.dataset.action, value: form.dataset.value, text: input.value });
  if (!response.ok) {
    $('composer-error').textContent = await problem(response);
    $('composer-error').hidden = false;
  } else {
    input.value = '';
  }
}

// Each message and press says the browser's time zone: streak days and reminders are the person's own.
function postJson(url, body) {
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ...body, timeZone }) });
}

async function problem(response) {
  try {
    const details = await response.json();
    return details.detail ?? details.title ?? `Error ${response.status}`;
  } catch {
    return `Error ${response.status}`;
  }
}

boot();
