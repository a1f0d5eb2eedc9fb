// Draws every element with class "map" as a choropleth from its data-geojson address.
// Colours come from the CSS classes klasse-0..4 (site.css); names and values are inserted as text, never as HTML.
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

  function draw(container) {
    var map = L.map(container, { zoomSnap: 0.25, attributionControl: true, preferCanvas: false });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution('Bron: CBS (CC BY 4.0)');
    fetch(container.dataset.geojson, { headers: { 'Accept': 'application/geo+json' } })
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
      .then(function (data) {
        var layer = L.geoJSON(data, {
          style: function (f) {
            var k = f.properties['class'];
            return { className: 'area klasse-' + (k === null ? 'leeg' : k), weight: 1 };
          },
          onEachFeature: function (f, l) {
            l.bindTooltip(function () { return label(f.properties, container.dataset.empty); }, { sticky: true });
            if (container.dataset.profile) {
              l.on('click', function () { window.location.href = container.dataset.profile + encodeURIComponent(f.properties.code); });
            }
          }
        }).addTo(map);
        if (layer.getLayers().length > 0) {
          map.fitBounds(layer.getBounds(), { padding: [8, 8] });
        }
        container.dataset.features = String(layer.getLayers().length);
        container.classList.add('is-drawn');
      })
      .catch(function () {
        container.classList.add('is-failed');
        container.textContent = container.dataset.failed || 'De kaart kon niet worden geladen; de tabel hieronder heeft dezelfde cijfers.';
      });
  }

  document.querySelectorAll('.map[data-geojson]').forEach(draw);
})();
