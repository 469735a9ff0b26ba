// The breakout suite's hostile room (tests/breakout, ONLY for tests): loaded into the stand-in
// Jitsi room (tests/data/calls/room.html), i.e. into the page of the call server, a frame
// cross-origin to the kiosk's host page (dorfplatz-call://kiosk): what it tries on the top window
// itself fails with a SecurityError, and it tries anyway. It plays a call server that was taken over: it asks its
// server for the next attack (GET /breakout/next: {"id": N, "attack": "name"}), says it is ready
// (GET /breakout/armed/N), runs the attack on the next tap into the page (a tap gives the page
// the user activation most of these need) and reports what came of it
// (GET /breakout/done/N/<outcome>). When the room page goes away it says so
// (beacon /breakout/pagehide/<room>).
"use strict";
(function () {
    const room = location.pathname.replace(/^\//, "");
    let current = 0;
    let pending = null;

    function get(path) {
        return fetch(path, { cache: "no-store" }).catch(() => {});
    }

    function done(id, outcome) {
        return get("/breakout/done/" + id + "/" + encodeURIComponent(String(outcome).slice(0, 80)));
    }

    function settle(promise, ms) {
        return Promise.race([
            Promise.resolve(promise).then(() => "granted",
                                          error => "refused:" + (error && error.name || error)),
            new Promise(resolve => setTimeout(() => resolve("no-answer"), ms))
        ]);
    }

    function navigateTop(url) {
        try {
            top.location.href = url;
            return "asked";
        } catch (error) {
            return "threw:" + error.name;
        }
    }

    const attacks = {
        // Only the tap: the page has the focus for the keys the test types next.
        focus: async () => "focused",
        fullscreen: async () => {
            const top = await settle(
                Promise.resolve().then(() => window.top.document.documentElement.requestFullscreen()),
                3000);
            const frame = await settle(document.documentElement.requestFullscreen(), 3000);
            let now = document.fullscreenElement;
            try {
                now = now || window.top.document.fullscreenElement;
            } catch (error) {
            }
            return "top-" + top + ",frame-" + frame + (now ? ",FULLSCREEN" : "");
        },
        print: async () => {
            window.print();
            try {
                window.top.print();
            } catch (error) {
            }
            return "returned";
        },
        close: async () => { window.top.close(); window.close(); return "returned"; },
        displayMedia: async () => {
            const result = await settle(navigator.mediaDevices.getDisplayMedia({ video: true }), 5000);
            return result;
        },
        pointerLock: async () => {
            const outcome = new Promise(resolve => {
                document.addEventListener("pointerlockchange",
                    () => resolve(document.pointerLockElement ? "LOCKED" : "unlocked"), { once: true });
                document.addEventListener("pointerlockerror", () => resolve("refused"), { once: true });
                setTimeout(() => resolve("no-answer"), 3000);
            });
            try {
                const request = document.body.requestPointerLock();
                if (request && request.catch)
                    request.catch(() => {});
            } catch (error) {
                return "threw:" + error.name;
            }
            const result = await outcome;
            if (document.pointerLockElement)
                document.exitPointerLock();
            return result;
        },
        protocolHandler: async () => {
            try {
                navigator.registerProtocolHandler("web+dorfplatz", location.origin + "/breakout/handler?u=%s");
                return "returned";
            } catch (error) {
                return "threw:" + error.name;
            }
        },
        filePicker: async () => {
            if (typeof window.showOpenFilePicker !== "function") {
                // Without the File System Access API the plain file input is the way to a chooser.
                const input = document.createElement("input");
                input.type = "file";
                document.body.appendChild(input);
                input.click();
                return "no-api,input-clicked";
            }
            return await settle(window.showOpenFilePicker(), 3000);
        },
        colorInput: async () => {
            const input = document.createElement("input");
            input.type = "color";
            input.style.position = "fixed";
            input.style.left = "40%";
            input.style.top = "40%";
            document.body.appendChild(input);
            input.click();
            return "clicked";
        },
        viewSource: async () => navigateTop("view-source:" + location.href),
        chromeGpu: async () => navigateTop("chrome://gpu"),
        filePasswd: async () => navigateTop("file:///etc/passwd"),
        dataFrame: async () => navigateTop("data:text/html,<h1>Ausgebrochen</h1>"),
        openWindow: async () => {
            // window.open returns a proxy even when the kiosk drops the new window; whether the
            // window loaded shows on the server (/breakout/popup).
            const opened = window.open(location.origin + "/breakout/popup", "_blank");
            return opened ? "proxy" : "null";
        },
        beforeUnload: async () => {
            const hold = event => { event.preventDefault(); event.returnValue = "Bleiben?"; return "Bleiben?"; };
            try {
                window.top.addEventListener("beforeunload", hold);
            } catch (error) {
            }
            window.addEventListener("beforeunload", hold);
            return "installed";
        },
        busyOnHangUp: async () => {
            // The kiosk's hang-up command arrives as a message: from then on, never let go.
            window.addEventListener("message", event => {
                const data = event.data;
                if (data && data.postis && data.params && data.params.data
                    && data.params.data.name === "video-hangup") {
                    for (;;) {
                    }
                }
            });
            return "installed";
        }
    };

    document.addEventListener("click", () => {
        if (!pending)
            return;
        const { id, attack } = pending;
        pending = null;
        const run = attacks[attack];
        if (!run) {
            done(id, "unknown-attack");
            return;
        }
        run().then(outcome => done(id, outcome), error => done(id, "threw:" + (error && error.name || error)));
    }, true);

    async function poll() {
        try {
            const response = await fetch("/breakout/next", { cache: "no-store" });
            const next = await response.json();
            if (next && next.id > current) {
                current = next.id;
                pending = next;
                get("/breakout/armed/" + next.id);
            }
        } catch (error) {
        }
        setTimeout(poll, 100);
    }

    window.addEventListener("pagehide", () => navigator.sendBeacon("/breakout/pagehide/" + room));
    poll();
})();
