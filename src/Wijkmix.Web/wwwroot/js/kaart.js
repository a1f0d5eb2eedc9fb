// Draws every element with class "map" as a choropleth from its data-geojson address.
// Colours come from the CSS classes klasse-0..4 (site.css); names and values are inserted as text, never as HTML.
// Every area opens its profile (data-profile + code + data-profile-query, which carries the year and language), by
// mouse and by keyboard (each area is a link in the tab order). An optional background map (data-tiles: a {z}/{x}/{y}
// template) lies under the areas; when its tiles fail (offline) the areas are drawn all the same.
// On the Kaart page the year slider redraws the map for another year: the page for that year is fetched, its
// year-bound parts (marked data-per-jaar) replace ours, and the address is updated so a copied link opens that year.
(function () {
  'use strict';

  function label(props, empty) {
    var el = document.createElement('span');
    var name = document.createElement('strong');
    name.textContent = props.name;
    el.appendChild(name);
    el.appendChild(document.createTextNode(': ' + (props.value === null ? empty : props.text)));
    return el;
  }

  function format(template, a, b) {
    return template.replace('{0}', a).replace('{1}', b);
  }

  function profileUrl(container, code) {
    return container.dataset.profile + encodeURIComponent(code) + (container.dataset.profileQuery || '');
  }

  // Each area as a link: focusable, named by its figure, opened with Enter (and by click).
  function linkArea(container, feature, layer) {
    var p = feature.properties;
    var open = function () { window.location.href = profileUrl(container, p.code); };
    layer.on('click', open);
    var el = layer.getElement && layer.getElement();
    if (!el) {
      return;
    }
    var text = p.value === null ? container.dataset.empty : p.text;
    el.setAttribute('tabindex', '0');
    el.setAttribute('role', 'link');
    el.setAttribute('aria-label', container.dataset.open ? format(container.dataset.open, p.name, text) : p.name + ': ' + text);
    el.dataset.code = p.code;
    el.addEventListener('keydown', function (e) {
      if (e.key === 'Enter') {
        e.preventDefault();
        open();
      }
    });
  }

  function load(container, fit) {
    var map = container.wijkmixMap;
    return fetch(container.dataset.geojson, { headers: { 'Accept': 'application/geo+json' } })
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
      .then(function (data) {
        if (container.wijkmixLayer) {
          map.removeLayer(container.wijkmixLayer);
        }
        var layer = L.geoJSON(data, {
          style: function (f) {
            var k = f.properties['class'];
            return { className: 'area klasse-' + (k === null ? 'leeg' : k), weight: 1 };
          },
          onEachFeature: function (f, l) {
            l.bindTooltip(function () { return label(f.properties, container.dataset.empty); }, { sticky: true });
          }
        }).addTo(map);
        container.wijkmixLayer = layer;
        if (fit && layer.getLayers().length > 0) {
          map.fitBounds(layer.getBounds(), { padding: [8, 8] });
        }
        // Leaflet creates the areas' SVG paths only once the map has a view (above), so they are made links now.
        if (container.dataset.profile) {
          layer.eachLayer(function (l) { linkArea(container, l.feature, l); });
        }
        container.dataset.features = String(layer.getLayers().length);
        container.classList.add('is-drawn');
      });
  }

  // The background map: off unless configured; a switch (hidden without script) turns it off and on.
  function background(container, map) {
    var url = container.dataset.tiles;
    if (!url) {
      return;
    }
    var escape = document.createElement('span');
    escape.textContent = container.dataset.tilesAttribution || '';
    var tiles = L.tileLayer(url, { attribution: escape.innerHTML, maxZoom: 19, className: 'background-tiles' });
    // Offline or blocked: the failed tile stays empty, the areas above it are unaffected.
    tiles.on('tileerror', function (e) { e.tile.hidden = true; });
    tiles.addTo(map);
    container.classList.add('has-background');
    var toggle = document.getElementById(container.dataset.tilesToggle || '');
    if (toggle) {
      toggle.closest('[hidden]') && (toggle.closest('[hidden]').hidden = false);
      toggle.addEventListener('change', function () {
        if (toggle.checked) {
          tiles.addTo(map);
        } else {
          map.removeLayer(tiles);
        }
        container.classList.toggle('has-background', toggle.checked);
      });
    }
  }

  function draw(container) {
    var map = L.map(container, { zoomSnap: 0.25, attributionControl: true, preferCanvas: false });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution(container.dataset.source || 'CBS (CC BY 4.0)');
    container.wijkmixMap = map;
    background(container, map);
    load(container, true).catch(function () {
      container.classList.add('is-failed');
      container.textContent = container.dataset.failed || '';
    });
  }

  // The year slider on the Kaart page.
  function slider(root) {
    var input = root.querySelector('input[type="range"][data-years]');
    if (!input) {
      return;
    }
    var years = input.dataset.years.split(',');
    var output = document.getElementById(input.dataset.output);
    var links = root.querySelector('.map-year-links');
    input.closest('.map-slider').hidden = false;
    var wait = null;
    var asked = 0;

    function show(year) {
      var url = new URL(root.dataset.url, window.location.href);
      url.searchParams.set('jaar', year);
      var ask = ++asked;
      root.setAttribute('aria-busy', 'true');
      fetch(url.pathname + url.search, { headers: { 'Accept': 'text/html' } })
        .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.text(); })
        .then(function (html) {
          if (ask !== asked) {
            return null;
          }
          var doc = new DOMParser().parseFromString(html, 'text/html');
          root.querySelectorAll('[data-per-jaar]').forEach(function (el) {
            var fresh = doc.getElementById(el.id);
            if (fresh) {
              el.replaceWith(document.importNode(fresh, true));
            }
          });
          var container = document.getElementById('kaart');
          var next = doc.getElementById('kaart');
          var freshRoot = doc.getElementById('kaart-uitkomst');
          root.dataset.url = freshRoot ? freshRoot.dataset.url : url.pathname + url.search;
          history.replaceState(null, '', root.dataset.url);
          var select = document.getElementById('jaar');
          if (select) {
            select.value = year;
          }
          links = root.querySelector('.map-year-links');
          if (links) {
            links.hidden = true;
          }
          if (container && next) {
            container.dataset.geojson = next.dataset.geojson;
            container.dataset.profileQuery = next.dataset.profileQuery;
            container.setAttribute('aria-label', next.getAttribute('aria-label'));
            container.dataset.year = year;
            return load(container, false);
          }
          return null;
        })
        .catch(function () { window.location.href = url.pathname + url.search; })
        .then(function () { root.removeAttribute('aria-busy'); });
    }

    if (links) {
      links.hidden = true;
    }
    input.addEventListener('input', function () {
      var year = years[Number(input.value)];
      output.textContent = year;
      input.setAttribute('aria-valuetext', year);
      clearTimeout(wait);
      wait = setTimeout(function () { show(year); }, 200);
    });
  }

  var root = document.getElementById('kaart-uitkomst');
  if (root && root.dataset.url) {
    // The address always holds the whole view, also when the page was opened with defaults.
    history.replaceState(null, '', root.dataset.url);
  }
  document.querySelectorAll('.map[data-geojson]').forEach(draw);
  if (root) {
    slider(root);
  }
})();
