// Schatkaart: a click on the map fills the form's latitude and longitude (WGS84) and shows a marker there.
// The map is server-drawn SVG; its data-west/-north/-squeeze/-scale/-margin attributes give the projection
// (SchatkaartMap.Projection), which is inverted here. Without script the typed fields work as before.
(function () {
  'use strict';
  var svg = document.querySelector('svg.schatkaart-map[data-scale]');
  var lat = document.getElementById('breedtegraad');
  var lon = document.getElementById('lengtegraad');
  if (!svg || !lat || !lon) {
    return;
  }
  var ns = 'http://www.w3.org/2000/svg';
  var figure = svg.closest('[data-pick-hint]');
  var p = {
    west: Number(svg.dataset.west), north: Number(svg.dataset.north), squeeze: Number(svg.dataset.squeeze),
    scale: Number(svg.dataset.scale), margin: Number(svg.dataset.margin)
  };
  var comma = (document.documentElement.lang || 'nl').slice(0, 2) === 'nl';

  function text(v) {
    var s = v.toFixed(5);
    return comma ? s.replace('.', ',') : s;
  }

  function degrees(s) {
    var v = Number(String(s).trim().replace(',', '.'));
    return String(s).trim() === '' || !isFinite(v) ? null : v;
  }

  var marker = document.createElementNS(ns, 'g');
  marker.setAttribute('class', 'pick-marker');
  marker.setAttribute('pointer-events', 'none');
  var ring = document.createElementNS(ns, 'circle');
  ring.setAttribute('r', '11');
  ring.setAttribute('fill', 'none');
  ring.setAttribute('stroke', '#000');
  ring.setAttribute('stroke-width', '3');
  var cross = document.createElementNS(ns, 'path');
  cross.setAttribute('d', 'M-16 0H16M0 -16V16');
  cross.setAttribute('stroke', '#000');
  cross.setAttribute('stroke-width', '2');
  marker.appendChild(ring);
  marker.appendChild(cross);

  var status = document.createElement('p');
  status.id = 'plek-gekozen';
  status.setAttribute('role', 'status');
  var hint = document.createElement('p');
  hint.className = 'hint';
  hint.id = 'plek-uitleg';
  hint.textContent = figure ? figure.dataset.pickHint : '';
  (figure || svg).after(hint, status);

  function place(latitude, longitude) {
    if (latitude === null || longitude === null) {
      marker.remove();
      return;
    }
    var x = p.margin + (longitude - p.west) * p.squeeze * p.scale;
    var y = p.margin + (p.north - latitude) * p.scale;
    marker.setAttribute('transform', 'translate(' + x.toFixed(1) + ' ' + y.toFixed(1) + ')');
    marker.dataset.lat = String(latitude);
    marker.dataset.lon = String(longitude);
    svg.appendChild(marker);
  }

  svg.setAttribute('cursor', 'crosshair');
  svg.addEventListener('click', function (e) {
    var pt = svg.createSVGPoint();
    pt.x = e.clientX;
    pt.y = e.clientY;
    var at = pt.matrixTransform(svg.getScreenCTM().inverse());
    var longitude = p.west + (at.x - p.margin) / (p.squeeze * p.scale);
    var latitude = p.north - (at.y - p.margin) / p.scale;
    lat.value = text(latitude);
    lon.value = text(longitude);
    place(degrees(lat.value), degrees(lon.value));
    var said = figure && figure.dataset.picked ? figure.dataset.picked : '{0}; {1}';
    status.textContent = said.replace('{0}', lat.value).replace('{1}', lon.value);
  });
  [lat, lon].forEach(function (input) {
    input.addEventListener('change', function () { place(degrees(lat.value), degrees(lon.value)); });
  });
  place(degrees(lat.value), degrees(lon.value));
})();
