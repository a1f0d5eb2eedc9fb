// The Simulatie page's progress: asks the server how far the run is and moves the progress bar; when the
// outcome is kept, opens it; when the run failed or was cancelled, reloads the page to show why.
// Without JavaScript the page reloads itself (<noscript> refresh) and has a reload link.
(function () {
    'use strict';
    var section = document.getElementById('voortgang');
    if (!section || !section.dataset.voortgang) {
        return;
    }

    var bar = document.getElementById('voortgang-balk');
    var text = document.getElementById('voortgang-tekst');
    var url = section.dataset.voortgang;

    function ask() {
        fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error(response.status);
                }
                return response.json();
            })
            .then(function (progress) {
                if (progress.result) {
                    window.location.replace(progress.result);
                    return;
                }
                if (progress.state === 'failed' || progress.state === 'cancelled') {
                    window.location.reload();
                    return;
                }
                if (bar) {
                    bar.max = Math.max(progress.total, 1);
                    bar.value = progress.done;
                    bar.textContent = Math.round(100 * progress.done / Math.max(progress.total, 1)) + ' %';
                }
                if (text && text.textContent !== progress.text) {
                    text.textContent = progress.text;
                }
                window.setTimeout(ask, 1000);
            })
            .catch(function () {
                // The server did not answer (restarted, or the job is forgotten): the page itself says what is known.
                window.setTimeout(function () { window.location.reload(); }, 3000);
            });
    }

    window.setTimeout(ask, 500);
}());
