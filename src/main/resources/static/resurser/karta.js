// Draws each pledge's place ([data-karta]) with Leaflet, loaded before this file from the application's own
// resources. The geometry comes in the element's data-geometry (GeoJSON); tiles only when a tile server is configured
// (data-tiles), otherwise the shape lies on a plain background. The coordinator's editor ([data-karta-redigering])
// sets a point or clicks out an area's corners and saves through the API with the session's CSRF token.
(function () {
  'use strict';

  const SHAPE = { color: '#00325a', weight: 3, fillColor: '#1f5f8b', fillOpacity: 0.25 };
  const DRAFT = { color: '#a3140f', weight: 3, dashArray: '6 4', fillOpacity: 0.15 };

  function plainText(text) {
    const node = document.createElement('span');
    node.textContent = text;
    return node.innerHTML;
  }

  function shapeOf(geometry) {
    return L.geoJSON(geometry, {
      style: () => SHAPE,
      pointToLayer: (feature, latlng) => L.circleMarker(latlng, Object.assign({ radius: 9 }, SHAPE, { fillOpacity: 0.8 })),
    });
  }

  function draw(element) {
    const data = element.dataset;
    const maxZoom = Number(data.maxZoom) || 18;
    element.hidden = false;
    const map = L.map(element, { zoomControl: false, maxZoom: maxZoom });
    L.control.zoom({ zoomInTitle: 'Zooma in', zoomOutTitle: 'Zooma ut' }).addTo(map);
    map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    if (data.tiles) {
      L.tileLayer(data.tiles, { maxZoom: maxZoom, attribution: data.attribution ? plainText(data.attribution) : '' }).addTo(map);
    }
    let shape = null;
    if (data.geometry) {
      shape = shapeOf(JSON.parse(data.geometry)).addTo(map);
      const bounds = shape.getBounds();
      if (bounds.getNorthEast().equals(bounds.getSouthWest())) {
        map.setView(bounds.getCenter(), Math.min(16, maxZoom));
      } else {
        map.fitBounds(bounds, { padding: [24, 24], maxZoom: Math.min(18, maxZoom) });
      }
    } else {
      const centre = data.centre.split(',').map(Number);
      map.setView(centre, Number(data.centreZoom) || 5);
    }
    return { map: map, shape: shape };
  }

  function editor(panel, drawn) {
    const map = drawn.map;
    const status = panel.querySelector('.map-status');
    let mode = null;
    let corners = [];
    let draft = null;

    function say(text) {
      status.textContent = text;
    }

    function redraw() {
      if (draft) {
        map.removeLayer(draft);
        draft = null;
      }
      if (mode === 'point' && corners.length === 1) {
        draft = L.circleMarker(corners[0], Object.assign({ radius: 9 }, DRAFT)).addTo(map);
      } else if (mode === 'area' && corners.length > 0) {
        draft = (corners.length < 3 ? L.polyline(corners, DRAFT) : L.polygon(corners, DRAFT)).addTo(map);
      }
    }

    function geometry() {
      if (mode === 'point' && corners.length === 1) {
        return { type: 'Point', coordinates: [corners[0].lng, corners[0].lat] };
      }
      if (mode === 'area' && corners.length >= 3) {
        const ring = corners.map((c) => [c.lng, c.lat]);
        ring.push(ring[0]);
        return { type: 'Polygon', coordinates: [ring] };
      }
      return null;
    }

    function send(method, body) {
      const headers = { Accept: 'application/json', 'X-XSRF-TOKEN': panel.dataset.csrf };
      if (body) {
        headers['Content-Type'] = 'application/json';
      }
      say('Sparar …');
      fetch(panel.dataset.api, { method: method, credentials: 'same-origin', headers: headers, body: body })
        .then((response) => {
          if (response.ok) {
            say(method === 'DELETE' ? 'Platsen är borttagen.' : 'Platsen är sparad.');
            window.location.reload();
            return null;
          }
          return response
            .json()
            .then((problem) => {
              const field = problem.errors && problem.errors.length ? problem.errors[0].message : null;
              say('Platsen sparades inte: ' + (field || problem.detail || 'försök igen.'));
            })
            .catch(() => say('Platsen sparades inte (fel ' + response.status + '). Ladda om sidan och försök igen.'));
        })
        .catch(() => say('Det gick inte att nå servern. Kontrollera anslutningen och försök igen.'));
    }

    panel.querySelectorAll('[data-mode]').forEach((button) =>
      button.addEventListener('click', () => {
        mode = button.dataset.mode;
        corners = [];
        redraw();
        panel.querySelectorAll('[data-mode]').forEach((b) => b.setAttribute('aria-pressed', String(b === button)));
        say(mode === 'point' ? 'Klicka på kartan där punkten ska ligga.' : 'Klicka ut områdets hörn i tur och ordning.');
      })
    );
    map.on('click', (event) => {
      if (mode === 'point') {
        corners = [event.latlng];
      } else if (mode === 'area') {
        corners.push(event.latlng);
      } else {
        return;
      }
      redraw();
      say(mode === 'point' ? 'Punkten är satt. Spara när den ligger rätt.' : 'Hörn ' + corners.length + ' är satt.');
    });
    panel.querySelector('[data-action="undo"]').addEventListener('click', () => {
      corners.pop();
      redraw();
    });
    panel.querySelector('[data-action="save"]').addEventListener('click', () => {
      const drawn = geometry();
      if (!drawn) {
        say(mode === 'area' ? 'Ett område behöver minst tre hörn.' : 'Välj Sätt en punkt eller Rita ett område och klicka på kartan först.');
        return;
      }
      send('PUT', JSON.stringify(drawn));
    });
    panel.querySelector('[data-action="paste"]').addEventListener('click', () => {
      const text = panel.querySelector('textarea').value.trim();
      if (!text) {
        say('Klistra in GeoJSON i fältet först.');
        return;
      }
      send('PUT', text);
    });
    const remove = panel.querySelector('[data-action="remove"]');
    if (remove) {
      remove.addEventListener('click', () => {
        if (window.confirm('Ta bort platsen från kartan?')) {
          send('DELETE', null);
        }
      });
    }
    panel.hidden = false;
  }

  document.querySelectorAll('[data-karta]').forEach((element) => {
    const drawn = draw(element);
    const panel = element.closest('section') && element.closest('section').querySelector('[data-karta-redigering]');
    if (panel) {
      editor(panel, drawn);
    }
  });
})();
