// The search page: the edition's own labelled form over Pagefind's JavaScript API (Pagefind's default UI fails
// the accessibility checks), with filters by genre, person and year, excerpts with the hits marked, and the query
// kept in the address (?q=…) so a search can be shared. Works under any base path.
const form = document.getElementById("search-form");
const input = document.getElementById("search-query");
const filterBox = document.getElementById("search-filters");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const base = form.dataset.base;
const filterNames = { genre: "Genre", person: "Person", year: "Year" };
let pagefind;
let latest = 0;

function selectedFilters() {
  const selected = {};
  filterBox.querySelectorAll("input:checked").forEach((box) => {
    (selected[box.name] ||= []).push(box.value);
  });
  return Object.fromEntries(Object.entries(selected).map(([key, values]) => [key, { any: values }]));
}

function renderFilters(filters) {
  for (const key of Object.keys(filterNames).filter((k) => filters[k] && Object.keys(filters[k]).length > 0)) {
    const fieldset = document.createElement("fieldset");
    const legend = document.createElement("legend");
    legend.textContent = filterNames[key];
    fieldset.append(legend);
    for (const [value, count] of Object.entries(filters[key]).sort(([a], [b]) => a.localeCompare(b))) {
      const label = document.createElement("label");
      const box = document.createElement("input");
      box.type = "checkbox";
      box.name = key;
      box.value = value;
      label.append(box, ` ${value} (${count})`);
      fieldset.append(label);
    }
    filterBox.append(fieldset);
  }
}

function resultItem(data) {
  const item = document.createElement("li");
  const heading = document.createElement("h2");
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = data.meta.title || data.url;
  heading.append(link);
  item.append(heading);
  if (data.meta.date) {
    const meta = document.createElement("p");
    meta.className = "meta";
    meta.textContent = [data.filters.genre, data.meta.date].flat().filter(Boolean).join(" · ");
    item.append(meta);
  }
  const excerpt = document.createElement("p");
  excerpt.className = "excerpt";
  // Pagefind's excerpt is the page's own text, escaped, with the hits wrapped in <mark>.
  excerpt.innerHTML = data.excerpt;
  item.append(excerpt);
  return item;
}

async function run() {
  const query = input.value.trim();
  const filters = selectedFilters();
  const url = new URL(window.location.href);
  if (query) { url.searchParams.set("q", query); } else { url.searchParams.delete("q"); }
  window.history.replaceState(null, "", url);
  const ticket = ++latest;
  if (!query && Object.keys(filters).length === 0) {
    list.replaceChildren();
    status.textContent = "";
    return;
  }
  const search = await pagefind.search(query || null, { filters });
  const results = await Promise.all(search.results.slice(0, 50).map((r) => r.data()));
  if (ticket !== latest) { return; }
  list.replaceChildren(...results.map(resultItem));
  const described = query ? `for “${query}”` : "for the chosen filters";
  status.textContent = results.length === 0
    ? `No documents found ${described}.`
    : `${results.length} ${results.length === 1 ? "document" : "documents"} found ${described}.`;
}

async function start() {
  try {
    pagefind = await import(`${base}pagefind/pagefind.js`);
    await pagefind.options({ baseUrl: base });
    await pagefind.init();
  } catch {
    status.textContent = "The search index could not be loaded. Every document is listed on the home page.";
    return;
  }
  renderFilters(await pagefind.filters());
  let timer;
  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(run, 200); });
  filterBox.addEventListener("change", run);
  form.addEventListener("submit", (event) => { event.preventDefault(); run(); });
  const initial = new URL(window.location.href).searchParams.get("q");
  if (initial) { input.value = initial; }
  form.dataset.ready = "true";
  await run();
}

start();
